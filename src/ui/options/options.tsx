/** The options page: the data hook joined to the view. */
import type { OptionsEnv } from './options-env';
import { OptionsView } from './options-view';
import { useOptions } from './use-options';
import { useReaderSettings } from './use-reader-settings';

export interface OptionsProps {
  env: OptionsEnv;
}

export function Options({ env }: OptionsProps) {
  return (
    <OptionsView
      {...useOptions(env)}
      reader={useReaderSettings(env.client, env.highlightVariant)}
    />
  );
}
