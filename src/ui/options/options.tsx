/** The options page: the data hooks joined to the view. */
import { useCallback } from 'preact/hooks';
import type { OptionsEnv } from './options-env';
import { OptionsView } from './options-view';
import { useOptions } from './use-options';
import { useReaderSettings } from './use-reader-settings';

export interface OptionsProps {
  env: OptionsEnv;
}

export function Options({ env }: OptionsProps) {
  const reader = useReaderSettings(env.client, env.highlightVariant);
  const { reload } = reader;
  const onSettingsImported = useCallback(() => void reload(), [reload]);
  return <OptionsView {...useOptions(env, onSettingsImported)} reader={reader} />;
}
