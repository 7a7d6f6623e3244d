/**
 * A copy of the reader's settings in `storage.session`, for the toolbar click. A click usually
 * wakes a stopped worker, and reading the settings from IndexedDB there means opening the
 * database first (21-56 ms measured in Chromium, docs/adr/0007, session 41) before anything is
 * injected; `storage.session` is read at once. IndexedDB stays the record: the copy is written
 * when the settings are read from it or stored, validated when read back like the record, and
 * without `storage.session` (or when it fails) the settings come from IndexedDB as before.
 * Session storage is emptied when the browser or the extension restarts, and is not readable by
 * content scripts (Chromium's default access level; Firefox gives them no `storage.session`).
 */
import type { ReaderSettings } from '../shared/settings';
import { validateSettings } from '../shared/validate';
import type { BackgroundBrowser } from './browser-api';

const KEY = 'settings';

/** The reader's settings, read from the copy when there is one. */
export interface SettingsCopy {
  /** The settings: the copy's, else the record's (then copied). */
  read(): Promise<ReaderSettings>;
  /**
   * New settings are about to be stored: the copy goes first, so that a worker stopped between
   * the database's write and the copy's leaves no copy older than the record.
   */
  forget(): Promise<void>;
  /** The settings were stored: the copy follows. */
  remember(settings: ReaderSettings): Promise<void>;
}

/**
 * Settings read through a copy in `area`, falling back to `readRecord` (IndexedDB). A copy made
 * from a record read while new settings were being stored is not written: it would be older than
 * the copy they left.
 */
export function settingsCopy(
  area: BackgroundBrowser['storage']['session'],
  readRecord: () => Promise<ReaderSettings>,
): SettingsCopy {
  if (!area)
    return { read: readRecord, forget: async () => undefined, remember: async () => undefined };
  const session = area;
  /** Counts the settings stored in this worker, so that a stale record is not copied. */
  let stored = 0;
  return {
    async read() {
      const copy = await readCopy(session);
      if (copy !== null) return copy;
      const before = stored;
      const record = await readRecord();
      if (stored === before) await writeCopy(session, record);
      return record;
    },
    async forget() {
      stored += 1;
      await removeCopy(session);
    },
    async remember(settings) {
      stored += 1;
      await writeCopy(session, settings);
    },
  };
}

type Area = NonNullable<BackgroundBrowser['storage']['session']>;

/** The copy, if there is a valid one. */
async function readCopy(area: Area): Promise<ReaderSettings | null> {
  try {
    const items: Record<string, unknown> = await area.get(KEY);
    const checked = validateSettings(items[KEY], 'settings');
    return checked.ok ? checked.value : null;
  } catch {
    return null;
  }
}

/** Writes the copy; if that fails, removes the old one rather than leave it out of step. */
async function writeCopy(area: Area, settings: ReaderSettings): Promise<void> {
  try {
    await area.set({ [KEY]: settings });
  } catch {
    await removeCopy(area);
  }
}

/** Removes the copy; the next read falls back to the record. */
async function removeCopy(area: Area): Promise<void> {
  try {
    await area.remove(KEY);
  } catch {
    // Nothing more to do: the next read falls back to the record if the copy is unreadable.
  }
}
