/** The options page: the data hook joined to the view. */
import type { OptionsEnv } from './options-env';
import { OptionsView } from './options-view';
import { useOptions } from './use-options';

export interface OptionsProps {
  env: OptionsEnv;
}

export function Options({ env }: OptionsProps) {
  return <OptionsView {...useOptions(env)} />;
}
