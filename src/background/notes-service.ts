/**
 * Notes, articles, snapshots and the search index behind the background's
 * message handlers, over the store's one write path (`db.ts`: caller-chosen
 * ids, versions, the import's checks). Every change is one IndexedDB
 * transaction over the stores it touches (note + article + snapshot together),
 * with anything slow (compressing a text) done before the transaction starts;
 * the search index is updated once the transaction committed.
 *
 * Who may touch what is decided by the caller: for a content script, the
 * handlers pass the article key derived from the sender's page, and every
 * note read or changed must be on that article.
 */
import { fingerprintText, type ArticleClaim } from '../shared/article';
import type { ArticleRecord, Snapshot, WhoSaidExport } from '../shared/export-format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../shared/export-format';
import type {
  ImportReport,
  NoteFacets,
  PageNoteInput,
  PageNotes,
  Prefs,
  SearchPage,
  SearchRequest,
} from '../shared/messages';
import type { Note, NoteInput } from '../shared/notes';
import type { Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { gunzipText, gunzipTexts, gzipText, gzipTexts } from './compress';
import * as store from './db';
import type { Clock, SnapshotRecord, WhoSaidDb } from './db';
import type { ImportRecords } from './imports';
import { NoteIndex } from './search-index';
import { getSettings } from './settings-store';

export const DEFAULT_PREFS: Prefs = { selectionButton: true };
const PREFS_KEY = 'prefs';
const PAGE_SIZE = 50;

const systemClock: Clock = { now: () => new Date(), uuid: () => crypto.randomUUID() };

/** An object without its undefined fields (what JSON and structured clones agree on). */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The article record after a visit: what the page says now over what was known. */
export function articleFromClaim(
  existing: ArticleRecord | undefined,
  url: string,
  claim: ArticleClaim,
  now: string,
): ArticleRecord {
  return defined({
    url,
    title: claim.title || existing?.title || '',
    site: claim.site ?? existing?.site,
    byline: claim.byline ?? existing?.byline,
    published: claim.published ?? existing?.published,
    fingerprint: claim.fingerprint,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
}

/** Whether the visit tells anything new about the article. */
const articleChanged = (a: ArticleRecord, b: ArticleRecord): boolean =>
  (['title', 'site', 'byline', 'published', 'fingerprint'] as const).some((k) => a[k] !== b[k]);

export interface NotesService {
  pageNotes(url: string, claim: ArticleClaim): Promise<PageNotes>;
  saveFromPage(
    url: string,
    claim: ArticleClaim,
    input: PageNoteInput,
    text?: string,
  ): Promise<Result<Note>>;
  save(input: NoteInput): Promise<Result<Note>>;
  /** Deletes a note (of article `url` only, when given); answers the deleted copy. */
  remove(id: string, url?: string): Promise<Result<Note>>;
  /** Puts a deleted note back (on article `url` only, when given). */
  restore(note: Note, url?: string): Promise<Result<Note>>;
  list(url: string): Promise<Note[]>;
  article(url: string): Promise<ArticleRecord | undefined>;
  search(request: SearchRequest): Promise<SearchPage>;
  facets(): Promise<NoteFacets>;
  snapshot(url: string, fingerprint: string): Promise<string | null>;
  prefs(): Promise<Prefs>;
  setPrefs(prefs: Prefs): Promise<Prefs>;
  exportData(url?: string): Promise<WhoSaidExport>;
  /** Writes a received import in one transaction (see `imports.ts`). */
  commitImport(data: ImportRecords, onProgress?: (written: number) => void): Promise<ImportReport>;
}

export function createNotesService(
  db: () => Promise<WhoSaidDb>,
  clock: Clock = systemClock,
): NotesService {
  let built: Promise<NoteIndex> | null = null;
  const index = (): Promise<NoteIndex> => {
    built ??= (async () =>
      NoteIndex.of((await (await db()).getAll('notes')).map((n) => store.fromStore(n))))().catch(
      (error: unknown) => {
        built = null;
        throw error;
      },
    );
    return built;
  };
  /** Applies a committed change to the index, if it is built (else it is built from the store later). */
  const reindex = async (change: (i: NoteIndex) => void): Promise<void> => {
    if (built === null) return;
    try {
      change(await built);
    } catch {
      built = null;
    }
  };

  async function readPrefs(d: WhoSaidDb): Promise<Prefs> {
    const stored = await d.get('meta', PREFS_KEY);
    const value = stored?.value;
    if (typeof value !== 'string') return { ...DEFAULT_PREFS };
    try {
      const parsed = JSON.parse(value) as Partial<Prefs>;
      return { selectionButton: parsed.selectionButton !== false };
    } catch {
      return { ...DEFAULT_PREFS };
    }
  }

  /** The compressed snapshot to keep for `text`, if it is the claimed version and not kept yet. */
  async function snapshotFor(
    d: WhoSaidDb,
    url: string,
    claim: ArticleClaim,
    text: string | undefined,
  ): Promise<SnapshotRecord | null> {
    if (text === undefined || fingerprintText(text) !== claim.fingerprint) return null;
    if ((await d.getKey('snapshots', [url, claim.fingerprint])) !== undefined) return null;
    return {
      url,
      fingerprint: claim.fingerprint,
      gzip: await gzipText(text),
      length: text.length,
      createdAt: clock.now().toISOString(),
    };
  }

  /** One page of notes, most recently changed first, and how many there are in all. */
  async function recent(d: WhoSaidDb, offset: number, limit: number): Promise<SearchPage> {
    const tx = d.transaction('notes');
    const total = await tx.store.count();
    const notes: Note[] = [];
    let cursor = await tx.store.index('by-updated').openCursor(null, 'prev');
    if (cursor && offset > 0) cursor = await cursor.advance(offset);
    while (cursor && notes.length < limit) {
      notes.push(store.fromStore(cursor.value));
      cursor = await cursor.continue();
    }
    await tx.done;
    return { notes, total, offset };
  }

  /** After a committed change: the index follows, and the answer goes back as it was. */
  async function indexed(result: Result<Note>): Promise<Result<Note>> {
    if (result.ok) await reindex((i) => i.put(result.value));
    return result;
  }

  return {
    async pageNotes(url, claim) {
      const d = await db();
      const tx = d.transaction(['notes', 'articles', 'snapshots'], 'readwrite');
      const [notes, article, kept] = await Promise.all([
        tx.objectStore('notes').index('by-url').getAll(url),
        tx.objectStore('articles').get(url),
        tx.objectStore('snapshots').getAllKeys(store.articleRange(url)),
      ]);
      // Only articles the reader has notes on are recorded; a visit refreshes what is known.
      if (article !== undefined) {
        const next = articleFromClaim(article, url, claim, clock.now().toISOString());
        if (articleChanged(article, next)) await tx.objectStore('articles').put(next);
      }
      await tx.done;
      return {
        articleUrl: url,
        notes: notes
          .map((n) => store.fromStore(n))
          .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0)),
        snapshots: kept.map(([, fingerprint]) => fingerprint),
        prefs: await readPrefs(d),
      };
    },

    async saveFromPage(url, claim, input, text) {
      const d = await db();
      const snapshot = input.target ? await snapshotFor(d, url, claim, text) : null;
      const now = clock.now().toISOString();
      const note: NoteInput = {
        ...input,
        url,
        title: claim.title,
        ...(input.target ? { articleFingerprint: claim.fingerprint } : {}),
      };
      return indexed(
        await store.saveNote(d, note, clock, {
          mustBeOn: url,
          article: (stored) => articleFromClaim(stored, url, claim, now),
          snapshot,
        }),
      );
    },

    async save(input) {
      return indexed(await store.saveNote(await db(), input, clock));
    },

    async remove(id, url) {
      const removed = await store.deleteNote(await db(), id, url);
      if (removed.ok) await reindex((i) => i.remove(id));
      return removed;
    },

    async restore(note, url) {
      return indexed(await store.restoreNote(await db(), note, url));
    },

    async list(url) {
      return store.listNotes(await db(), url);
    },

    async article(url) {
      return (await db()).get('articles', url);
    },

    async search(request) {
      const offset = request.offset ?? 0;
      const limit = request.limit ?? PAGE_SIZE;
      if (request.query.trim() === '' && !request.tag && !request.site && built === null) {
        // The plain list, most recently changed first, straight from the store's time index:
        // the page opens at once while the full-text index is built in the background.
        void index().catch(() => undefined);
        return recent(await db(), offset, limit);
      }
      const hits = (await index()).search({ ...request, offset, limit });
      const tx = (await db()).transaction('notes');
      const notes = await Promise.all(hits.ids.map((id) => tx.store.get(id)));
      await tx.done;
      const found = notes.flatMap((n) => (n === undefined ? [] : [store.fromStore(n)]));
      return { notes: found, total: hits.total, offset };
    },

    async facets() {
      const i = await index();
      return { tags: i.tags(), sites: i.sites() };
    },

    async snapshot(url, fingerprint) {
      const record = await (await db()).get('snapshots', [url, fingerprint]);
      return record ? gunzipText(record.gzip) : null;
    },

    async prefs() {
      return readPrefs(await db());
    },

    async setPrefs(prefs) {
      await (await db()).put('meta', { key: PREFS_KEY, value: JSON.stringify(prefs) });
      return prefs;
    },

    async exportData(url) {
      const d = await db();
      const records = await store.readRecords(d, url === undefined ? undefined : normalizeUrl(url));
      // An export of everything carries the reader's settings; one article's part does not.
      const settings = url === undefined ? { settings: await getSettings(d) } : {};
      const texts = gunzipTexts(records.snapshots.map((s) => s.gzip));
      const snapshots: Snapshot[] = records.snapshots.map((s, i) => ({
        url: s.url,
        fingerprint: s.fingerprint,
        text: texts[i] ?? '',
        createdAt: s.createdAt,
      }));
      return {
        format: EXPORT_FORMAT,
        version: EXPORT_VERSION,
        exportedAt: clock.now().toISOString(),
        articles: records.articles,
        notes: records.notes,
        decisions: records.decisions,
        snapshots,
        sites: records.sites,
        ...settings,
      };
    },

    async commitImport(data, onProgress) {
      const d = await db();
      const norm = <T extends { url: string }>(r: T): T => ({ ...r, url: normalizeUrl(r.url) });
      // Compressing is slow and async: done before the transaction, for texts not kept yet.
      const kept = new Set((await d.getAllKeys('snapshots')).map(([u, f]) => `${u}\n${f}`));
      const fresh = data.snapshots.map(norm).filter((s) => {
        const key = `${s.url}\n${s.fingerprint}`;
        if (kept.has(key)) return false;
        kept.add(key);
        return true;
      });
      const compressed = gzipTexts(fresh.map((s) => s.text));
      const snapshots: SnapshotRecord[] = fresh.map((s, i) => ({
        url: s.url,
        fingerprint: s.fingerprint,
        gzip: compressed[i] ?? new Uint8Array(),
        length: s.text.length,
        createdAt: s.createdAt,
      }));
      const report = await store.importAll(
        d,
        {
          notes: data.notes,
          sites: data.sites,
          articles: data.articles.map(norm),
          decisions: data.decisions.map(norm),
          snapshots,
        },
        clock,
        onProgress,
      );
      // Many notes may have changed: the index is built again from the store when next needed.
      built = null;
      return report;
    },
  };
}
