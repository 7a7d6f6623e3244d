/**
 * The options page's data hook: searching every note, the per-site settings,
 * export and import. Display components receive its state and callbacks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { WhoSaidExport } from '../../shared/export-format';
import type { SiteSetting } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import type { ErrorInfo } from '../../shared/result';
import type { Status } from '../popup/use-popup';
import type { OptionsEnv } from './options-env';

export interface OptionsState {
  query: string;
  notes: Note[];
  /** A search is on its way. */
  searching: boolean;
  sites: SiteSetting[];
  status: Status | null;
}

export interface OptionsActions {
  search(query: string): void;
  deleteNote(id: string): void;
  /** Call straight from the change handler: turning on asks the browser for access. */
  setAlwaysOn(origin: string, on: boolean): void;
  exportData(): void;
  /** Imports the text of a file the reader picked. */
  importText(text: string): Promise<void>;
}

const errorStatus = (error: ErrorInfo): Status => ({ tone: 'error', text: error.message });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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
  }, [search, loadSites]);

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
      env.download(exportFileName(new Date()), `${JSON.stringify(result.value, null, 2)}\n`);
      const corrections = result.value.decisions.length;
      const extra = corrections > 0 ? ` and ${plural(corrections, 'correction')}` : '';
      update({
        status: {
          tone: 'info',
          text: `Exported ${plural(result.value.notes.length, 'note')}${extra}.`,
        },
      });
    })();
  }, [env, client, update]);

  const importText = useCallback(
    async (text: string) => {
      let data: unknown;
      try {
        data = JSON.parse(text);
      } catch {
        return update({
          status: { tone: 'error', text: 'This file isn’t a Who Said export (it isn’t JSON).' },
        });
      }
      // Checked where it counts: the background validates the whole file and refuses
      // what is not a Who Said export, with a readable error.
      const result = await client.request('data.import', { data: data as WhoSaidExport });
      if (!result.ok) return update({ status: errorStatus(result.error) });
      const { added, updated, unchanged, decisions } = result.value;
      const extra = decisions > 0 ? `; ${plural(decisions, 'correction')}` : '';
      update({
        status: {
          tone: 'info',
          text: `Imported: ${plural(added, 'new note')}, ${updated} updated, ${unchanged} already here${extra}.`,
        },
      });
      search(current.current.query);
      await loadSites();
    },
    [client, update, search, loadSites],
  );

  return { ...state, search, deleteNote, setAlwaysOn, exportData, importText };
}
