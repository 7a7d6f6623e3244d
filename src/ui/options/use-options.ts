/**
 * The options page's data hook: searching every note, the per-site settings,
 * export and import. Display components receive its state and callbacks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS, sizeInWords } from '../../shared/limits';
import type { SiteSetting } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import type { ErrorInfo } from '../../shared/result';
import type { Status } from '../popup/use-popup';
import { saveEdit } from '../note-edit';
import { importFile, type ImportStep, type PickedFile } from './import-file';
import type { OptionsEnv } from './options-env';

export interface OptionsState {
  query: string;
  notes: Note[];
  /** A search is on its way. */
  searching: boolean;
  sites: SiteSetting[];
  status: Status | null;
  /** How far an import is, while one runs. */
  importing: ImportStep | null;
  /**
   * Whether the browser keeps the notes until the reader deletes them (never
   * clears them to make room); null while unknown or when it cannot say.
   */
  persistent: boolean | null;
}

export interface OptionsActions {
  search(query: string): void;
  deleteNote(id: string): void;
  /** Resolves true when saved; a stale edit is refused in words and resolves false. */
  editNote(note: Note, body: string): Promise<boolean>;
  /** Call straight from the change handler: turning on asks the browser for access. */
  setAlwaysOn(origin: string, on: boolean): void;
  exportData(): void;
  /** Imports a file the reader picked. */
  importFile(file: PickedFile): Promise<void>;
}

const errorStatus = (error: ErrorInfo): Status => ({ tone: 'error', text: error.message });
const count = new Intl.NumberFormat('en');
const plural = (n: number, word: string) => `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;

/** The file name of an export made now: `who-said-notes-2026-01-31.json`. */
export function exportFileName(now: Date): string {
  return `who-said-notes-${now.toISOString().slice(0, 10)}.json`;
}

export function useOptions(env: OptionsEnv): OptionsState & OptionsActions {
  const { client } = env;
  const [state, setState] = useState<OptionsState>({
    query: '',
    notes: [],
    searching: true,
    sites: [],
    status: null,
    importing: null,
    persistent: null,
  });
  const current = useRef(state);
  const update = useCallback((patch: Partial<OptionsState>) => {
    current.current = { ...current.current, ...patch };
    setState(current.current);
  }, []);
  // Answers can arrive out of order while the reader types: only the latest counts.
  const searchSeq = useRef(0);

  const search = useCallback(
    (query: string) => {
      const seq = ++searchSeq.current;
      update({ query, searching: true });
      void (async () => {
        const result = await client.request('notes.search', { query });
        if (seq !== searchSeq.current) return;
        if (!result.ok) return update({ searching: false, status: errorStatus(result.error) });
        update({ searching: false, notes: result.value });
      })();
    },
    [client, update],
  );

  const loadSites = useCallback(async () => {
    const result = await client.request('site.list', {});
    if (result.ok) update({ sites: result.value });
    else update({ status: errorStatus(result.error) });
  }, [client, update]);

  useEffect(() => {
    search('');
    void loadSites();
    void env.persist().then((persistent) => update({ persistent }));
  }, [env, search, loadSites, update]);

  const deleteNote = useCallback(
    (id: string) => {
      void (async () => {
        const result = await client.request('notes.delete', { id });
        if (!result.ok && result.error.code !== 'not-found') {
          return update({ status: errorStatus(result.error) });
        }
        update({
          notes: current.current.notes.filter((n) => n.id !== id),
          status: { tone: 'info', text: 'Note deleted.' },
        });
      })();
    },
    [client, update],
  );

  const editNote = useCallback(
    async (note: Note, body: string): Promise<boolean> => {
      const result = await saveEdit(client, note, body);
      if (!result.ok) {
        update({ status: errorStatus(result.error) });
        return false;
      }
      update({
        notes: current.current.notes.map((n) => (n.id === note.id ? result.value : n)),
        status: { tone: 'info', text: 'Note saved.' },
      });
      return true;
    },
    [client, update],
  );

  const setAlwaysOn = useCallback(
    (origin: string, on: boolean) => {
      // Asked first and synchronously: the browser only shows its prompt during the click.
      const access = on ? env.requestSiteAccess(origin) : Promise.resolve(true);
      void (async () => {
        const granted = await access.catch(() => false);
        if (!granted) {
          return update({
            status: { tone: 'error', text: 'Access to that site wasn’t given.' },
          });
        }
        const result = await client.request('site.set', { origin, alwaysOn: on });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        update({
          sites: current.current.sites.map((s) => (s.origin === origin ? result.value : s)),
          status: null,
        });
      })();
    },
    [env, client, update],
  );

  const exportData = useCallback(() => {
    void (async () => {
      const result = await client.request('data.export', {});
      if (!result.ok) return update({ status: errorStatus(result.error) });
      const text = `${JSON.stringify(result.value, null, 2)}\n`;
      env.download(exportFileName(new Date()), text);
      const corrections = result.value.decisions.length;
      const extra = corrections > 0 ? ` and ${plural(corrections, 'correction')}` : '';
      const exported = `Exported ${plural(result.value.notes.length, 'note')}${extra}.`;
      // The same limit an import applies: say so now, not when the file is needed.
      const bytes = new Blob([text]).size;
      update({
        status:
          bytes > LIMITS.importBytes
            ? {
                tone: 'error',
                text: `${exported} The file is ${sizeInWords(bytes)}, more than Who Said can import at once (${sizeInWords(LIMITS.importBytes)}): keep it, and export again after deleting notes you no longer need.`,
              }
            : { tone: 'info', text: exported },
      });
    })();
  }, [env, client, update]);

  const importPicked = useCallback(
    async (file: PickedFile) => {
      if (current.current.importing) return;
      update({ importing: { phase: 'reading', done: 0, total: 0 }, status: null });
      const result = await importFile(client, file, (step) => update({ importing: step }));
      update({ importing: null });
      if (!result.ok) {
        // The commit is one transaction: whatever failed, nothing was written.
        const nothing = result.error.code === 'no-background' ? ' Nothing was imported.' : '';
        return update({ status: { tone: 'error', text: result.error.message + nothing } });
      }
      const { added, updated, unchanged, decisions } = result.value;
      const extra = decisions > 0 ? `; ${plural(decisions, 'correction')}` : '';
      update({
        status: {
          tone: 'info',
          text: `Imported: ${plural(added, 'new note')}, ${count.format(updated)} updated, ${count.format(unchanged)} already here${extra}.`,
        },
      });
      search(current.current.query);
      await loadSites();
    },
    [client, update, search, loadSites],
  );

  return {
    ...state,
    search,
    deleteNote,
    editNote,
    setAlwaysOn,
    exportData,
    importFile: importPicked,
  };
}
