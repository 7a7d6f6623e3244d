/**
 * The reader's settings, one record in the `meta` store. What is read back is
 * validated like anything else: a damaged record falls back to the defaults
 * rather than breaking every page.
 */
import { defaultSettings, type ReaderSettings } from '../shared/settings';
import { validateSettings } from '../shared/validate';
import type { WhoSaidDb } from './db';

const KEY = 'settings';

/** The stored settings, or the defaults. */
export async function getSettings(db: WhoSaidDb): Promise<ReaderSettings> {
  const record = await db.get('meta', KEY);
  if (record === undefined) return defaultSettings();
  const checked = validateSettings(record.value, 'settings');
  return checked.ok ? checked.value : defaultSettings();
}

/** Stores settings (already validated). */
export async function setSettings(
  db: WhoSaidDb,
  settings: ReaderSettings,
): Promise<ReaderSettings> {
  await db.put('meta', { key: KEY, value: settings });
  return settings;
}
