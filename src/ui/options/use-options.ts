/**
 * The options page's data hook: search over every note as the reader types
 * (filters by tag and site, a total and pages), editing and deleting with
 * Undo, the per-site settings, the note button preference, export and import.
 * Display components receive its state and callbacks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { toW3C } from '../../shared/formats/w3c';
import { LIMITS, sizeInWords } from '../../shared/limits';
import type { NoteFacets, Prefs, SiteSetting } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import { errorStatus, useDeleteNote, useEditNote } from '../note-edit';
import type { Status } from '../popup/use-popup';
import { importFile, type ImportStep, type PickedFile } from './import-file';
import type { OptionsEnv } from './options-env';

/** Notes shown per page. */
export const PAGE_SIZE = 50;

export interface OptionsState {
  query: string;
  tag: string;
  site: string;
  offset: number;
  notes: Note[];
  /** Every note that matches, not only this page. */
  total: number;
  facets: NoteFacets;
  /** A search is on its way. */
  searching: boolean;
  sites: SiteSetting[];
  prefs: Prefs | null;
  /** How far an import is, while one runs. */
  importing: ImportStep | null;
  /**
   * Whether the browser keeps the notes until the reader deletes them (never
   * clears them to make room); null while unknown or when it cannot say.
   */
  persistent: boolean | null;
  status: Status | null;
}

export interface OptionsActions {
  search(query: string): void;
  filter(by: { tag?: string; site?: string }): void;
  /** Moves to another page of results. */
  goTo(offset: number): void;
  editNote(note: Note, body: string, tags: string[]): Promise<boolean>;
  deleteNote(note: Note): void;
  /** Call straight from the change handler: turning on asks the browser for access. */
  setAlwaysOn(origin: string, on: boolean): void;
  setPrefs(prefs: Prefs): void;
  exportData(format: 'json' | 'w3c'): void;
  /** Imports a file the reader picked (its size is checked before it is read). */
  importFile(file: PickedFile): Promise<void>;
}

const count = new Intl.NumberFormat('en');
const plural = (n: number, word: string) => `${count.format(n)} ${word}${n === 1 ? '' : 's'}`;

/** The file name of an export made now: `who-said-notes-2026-01-31.json`. */
export function exportFileName(now: Date, extension = 'json'): string {
  return `who-said-notes-${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * The options page's data. `onSettingsImported` hears when an import added phrases or
 * never-run sites to the reader's settings (the settings hook reads them again).
 */
export function useOptions(
  env: OptionsEnv,
  onSettingsImported: () => void = () => undefined,
): OptionsState & OptionsActions {
  const { client } = env;
  const [state, setState] = useState<OptionsState>({
    query: '',
    tag: '',
    site: '',
    offset: 0,
    notes: [],
    total: 0,
    facets: { tags: [], sites: [] },
    searching: true,
    sites: [],
    prefs: null,
    importing: null,
    persistent: null,
    status: null,
  });
  const current = useRef(state);
  const update = useCallback((patch: Partial<OptionsState>) => {
    current.current = { ...current.current, ...patch };
    setState(current.current);
  }, []);
  // Answers can arrive out of order while the reader types: only the latest counts.
  const searchSeq = useRef(0);

  /** Runs the search the state describes now. */
  const refresh = useCallback(() => {
    const seq = ++searchSeq.current;
    const { query, tag, site, offset } = current.current;
    update({ searching: true });
    void (async () => {
      const result = await client.request('notes.search', {
        query,
        ...(tag ? { tag } : {}),
        ...(site ? { site } : {}),
        offset,
        limit: PAGE_SIZE,
      });
      if (seq !== searchSeq.current) return;
      if (!result.ok) return update({ searching: false, status: errorStatus(result.error) });
      update({ searching: false, notes: result.value.notes, total: result.value.total });
    })();
  }, [client, update]);

  const loadFacets = useCallback(async () => {
    const result = await client.request('notes.facets', {});
    if (result.ok) update({ facets: result.value });
  }, [client, update]);

  const search = useCallback(
    (query: string) => {
      update({ query, offset: 0 });
      refresh();
    },
    [update, refresh],
  );

  const filter = useCallback(
    (by: { tag?: string; site?: string }) => {
      update({ ...by, offset: 0 });
      refresh();
    },
    [update, refresh],
  );

  const goTo = useCallback(
    (offset: number) => {
      update({ offset: Math.max(0, offset) });
      refresh();
    },
    [update, refresh],
  );

  const loadSites = useCallback(async () => {
    const result = await client.request('site.list', {});
    if (result.ok) update({ sites: result.value });
    else update({ status: errorStatus(result.error) });
  }, [client, update]);

  useEffect(() => {
    refresh();
    void loadFacets();
    void loadSites();
    void client.request('prefs.get', {}).then((result) => {
      if (result.ok) update({ prefs: result.value });
    });
    void env.persist().then((persistent) => update({ persistent }));
  }, [env, client, update, refresh, loadFacets, loadSites]);

  const afterEdit = useCallback(() => void loadFacets(), [loadFacets]);
  const editNote = useEditNote(client, current, update, afterEdit);

  const deleteNote = useDeleteNote(
    client,
    current,
    update,
    useCallback(() => {
      update({ total: Math.max(0, current.current.total - 1) });
      void loadFacets();
    }, [update, loadFacets]),
    useCallback(() => {
      refresh();
      void loadFacets();
    }, [refresh, loadFacets]),
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

  const setPrefs = useCallback(
    (prefs: Prefs) => {
      update({ prefs });
      void client.request('prefs.set', prefs).then((result) => {
        if (!result.ok) update({ status: errorStatus(result.error) });
      });
    },
    [client, update],
  );

  const exportData = useCallback(
    (format: 'json' | 'w3c') => {
      void (async () => {
        const now = new Date();
        let text: string;
        let noted: number;
        // Corrections travel in Who Said JSON only (W3C annotations have no place for them).
        let corrected = 0;
        if (format === 'w3c') {
          const result = await client.request('data.export', {});
          if (!result.ok)
            return update({ status: { ...errorStatus(result.error), near: 'backup' } });
          text = `${JSON.stringify(toW3C(result.value), null, 2)}\n`;
          noted = result.value.notes.length;
          env.download(exportFileName(now, 'jsonld'), text, 'application/ld+json');
        } else {
          // The file's text, made in the background: one string crosses faster than the objects.
          const result = await client.request('data.exportFile', {});
          if (!result.ok)
            return update({ status: { ...errorStatus(result.error), near: 'backup' } });
          ({ text, notes: noted, decisions: corrected } = result.value);
          env.download(exportFileName(now), text);
        }
        const extra = corrected > 0 ? ` and ${plural(corrected, 'correction')}` : '';
        const exported = `Exported ${plural(noted, 'note')}${extra}.`;
        // The same limit an import applies: say so now, not when the file is needed.
        const bytes = new Blob([text]).size;
        update({
          status:
            bytes > LIMITS.importBytes
              ? {
                  tone: 'error',
                  text: `${exported} The file is ${sizeInWords(bytes)}, more than Who Said can import at once (${sizeInWords(LIMITS.importBytes)}): keep it, and export again after deleting notes you no longer need.`,
                  near: 'backup',
                }
              : { tone: 'info', text: exported, near: 'backup' },
        });
      })();
    },
    [env, client, update],
  );

  const importPicked = useCallback(
    async (file: PickedFile) => {
      if (current.current.importing) return;
      update({ importing: { phase: 'reading', done: 0, total: 0 }, status: null });
      const result = await importFile(client, file, (step) => update({ importing: step }));
      update({ importing: null });
      if (!result.ok) {
        // The commit is one transaction: whatever failed, nothing was written.
        // (a file refused for one bad record: the reader may wonder whether the rest came in)
        const code = result.error.code;
        const nothing =
          code === 'no-background' || code === 'invalid-file' ? ' Nothing was imported.' : '';
        return update({
          status: { tone: 'error', text: result.error.message + nothing, near: 'backup' },
        });
      }
      const { added, updated, unchanged, decisions, phrases, sites, settingsProblem } =
        result.value;
      const extra = [
        decisions > 0 ? `; ${plural(decisions, 'correction')}` : '',
        phrases > 0 ? `; ${plural(phrases, 'phrase')} of yours` : '',
        sites > 0 ? `; ${plural(sites, 'never-run site')}` : '',
      ].join('');
      const notes = `Imported: ${plural(added, 'new note')}, ${count.format(updated)} updated, ${count.format(unchanged)} already here${extra}.`;
      update({
        status: settingsProblem
          ? {
              tone: 'error',
              text: `${notes} Your phrases and never-run sites from the file were not added: ${settingsProblem}`,
              near: 'backup',
            }
          : { tone: 'info', text: notes, near: 'backup' },
      });
      if (phrases > 0 || sites > 0) onSettingsImported();
      refresh();
      await Promise.all([loadFacets(), loadSites()]);
    },
    [client, update, refresh, loadFacets, loadSites, onSettingsImported],
  );

  return {
    ...state,
    search,
    filter,
    goTo,
    editNote,
    deleteNote,
    setAlwaysOn,
    setPrefs,
    exportData,
    importFile: importPicked,
  };
}
