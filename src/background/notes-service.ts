/**
 * Notes, articles, snapshots and the search index behind the background's
 * message handlers. Every change is one IndexedDB transaction over the stores
 * it touches (note + article + snapshot together), with anything slow
 * (compressing a text) done before the transaction starts; the search index
 * is updated once the transaction committed.
 *
 * Who may touch what is decided by the caller: for a content script, the
 * handlers pass the article key derived from the sender's page, and every
 * note read or changed must be on that article.
 */
import { fingerprintText, type ArticleClaim } from '../shared/article';
import type { ArticleRecord, Correction, Snapshot, WhoSaidExport } from '../shared/export-format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../shared/export-format';
import { inReaderWords } from '../shared/formats/reader-words';
import { looksLikeW3C, readW3C } from '../shared/formats/w3c';
import { readWhoSaidExport } from '../shared/formats/who-said-json';
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
import { err, ok, type Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { validateNote } from '../shared/validate';
import { gunzipText, gzipText } from './compress';
import type { Clock, SnapshotRecord, WhoSaidDb } from './db';
import { NoteIndex } from './search-index';

export const DEFAULT_PREFS: Prefs = { selectionButton: true };
const PREFS_KEY = 'prefs';
const PAGE_SIZE = 50;

/** All keys [url, *] of a store keyed [url, something]. */
const articleRange = (url: string): IDBKeyRange => IDBKeyRange.bound([url, ''], [url, '\uffff']);

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

/**
 * A note after a save: a new note as given, or the stored note with the
 * reader's new text and tags (its article and passage stay as they were).
 */
export function composeNote(
  existing: Note | undefined,
  input: NoteInput & { id: string },
  now: string,
): Note {
  if (existing === undefined) {
    return defined({
      id: input.id,
      url: input.url,
      title: input.title,
      body: input.body,
      tags: input.tags && input.tags.length > 0 ? input.tags : undefined,
      target: input.target,
      finding: input.finding,
      articleFingerprint: input.target ? input.articleFingerprint : undefined,
      createdAt: now,
      updatedAt: now,
    });
  }
  const next: Note = { ...existing, body: input.body, updatedAt: now };
  if (input.tags !== undefined) {
    if (input.tags.length > 0) next.tags = input.tags;
    else delete next.tags;
  }
  return next;
}

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
  importData(file: unknown): Promise<Result<ImportReport>>;
}

const newestFirst = (a: Note, b: Note): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

export function createNotesService(
  db: () => Promise<WhoSaidDb>,
  clock: Clock = systemClock,
): NotesService {
  let built: Promise<NoteIndex> | null = null;
  const index = (): Promise<NoteIndex> => {
    built ??= (async () => NoteIndex.of(await (await db()).getAll('notes')))().catch(
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

  async function writeNote(
    d: WhoSaidDb,
    input: NoteInput & { id: string },
    mustBeOn: string | undefined,
    claim: ArticleClaim | null,
    snapshot: SnapshotRecord | null,
  ): Promise<Result<Note>> {
    const now = clock.now().toISOString();
    const tx = d.transaction(['notes', 'articles', 'snapshots'], 'readwrite');
    const notes = tx.objectStore('notes');
    const articles = tx.objectStore('articles');
    const [existing, article] = await Promise.all([notes.get(input.id), articles.get(input.url)]);
    if (existing !== undefined && mustBeOn !== undefined && existing.url !== mustBeOn) {
      tx.abort();
      await tx.done.catch(() => undefined);
      return err('forbidden', 'That note belongs to another article.');
    }
    // What is stored must be what an import accepts: the same checks, the same limits.
    const checked = validateNote(composeNote(existing, input, now), 'file.notes[0]');
    if (!checked.ok) {
      tx.abort();
      await tx.done.catch(() => undefined);
      const words = inReaderWords(checked.error.message, 'file').replace(/^Note 1: /, '');
      return err(checked.error.code, words.charAt(0).toUpperCase() + words.slice(1));
    }
    const note = checked.value;
    const writes: Promise<unknown>[] = [notes.put(note)];
    const articleUrl = note.url;
    const base = existing === undefined ? article : await articles.get(articleUrl);
    const nextArticle = claim
      ? articleFromClaim(base, articleUrl, claim, now)
      : (base ?? { url: articleUrl, title: note.title, createdAt: now, updatedAt: now });
    if (base === undefined || articleChanged(base, nextArticle))
      writes.push(articles.put(nextArticle));
    if (snapshot !== null) writes.push(tx.objectStore('snapshots').put(snapshot));
    await Promise.all(writes);
    await tx.done;
    await reindex((i) => i.put(note));
    return ok(note);
  }

  async function exportAll(d: WhoSaidDb, url?: string): Promise<WhoSaidExport> {
    const tx = d.transaction(['articles', 'notes', 'decisions', 'snapshots', 'sites'], 'readonly');
    const [articles, notes, corrections, snapshots, sites] =
      url === undefined
        ? await Promise.all([
            tx.objectStore('articles').getAll(),
            tx.objectStore('notes').index('by-updated').getAll(),
            tx.objectStore('decisions').getAll(),
            tx.objectStore('snapshots').getAll(),
            tx.objectStore('sites').getAll(),
          ])
        : await Promise.all([
            tx
              .objectStore('articles')
              .get(url)
              .then((a) => (a ? [a] : [])),
            tx.objectStore('notes').index('by-url').getAll(url),
            tx.objectStore('decisions').getAll(articleRange(url)),
            tx.objectStore('snapshots').getAll(articleRange(url)),
            Promise.resolve([]),
          ]);
    await tx.done;
    const texts: Snapshot[] = [];
    for (const s of snapshots) {
      texts.push({
        url: s.url,
        fingerprint: s.fingerprint,
        text: await gunzipText(s.gzip),
        createdAt: s.createdAt,
      });
    }
    if (url !== undefined)
      notes.sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
    return {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: clock.now().toISOString(),
      articles,
      notes,
      corrections: corrections.map((c) =>
        defined({ url: c.url, key: c.key, action: c.action, kind: c.kind, createdAt: c.createdAt }),
      ),
      snapshots: texts,
      sites: sites.map(({ origin, alwaysOn }) => ({ origin, alwaysOn })),
    };
  }

  async function importAll(d: WhoSaidDb, data: WhoSaidExport): Promise<ImportReport> {
    const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
    const now = clock.now().toISOString();
    const norm = <T extends { url: string }>(r: T): T => ({ ...r, url: normalizeUrl(r.url) });
    const notes = data.notes.map(norm);
    const articles = data.articles.map(norm);
    const corrections: Correction[] = data.corrections.map(norm);
    // Compressing is slow and async: done before the transaction, for texts not kept yet.
    const keptSnapshots = new Set((await d.getAllKeys('snapshots')).map(([u, f]) => `${u}\n${f}`));
    const snapshots: SnapshotRecord[] = [];
    for (const s of data.snapshots.map(norm)) {
      if (keptSnapshots.has(`${s.url}\n${s.fingerprint}`)) continue;
      snapshots.push({
        url: s.url,
        fingerprint: s.fingerprint,
        gzip: await gzipText(s.text),
        length: s.text.length,
        createdAt: s.createdAt,
      });
    }

    const tx = d.transaction(
      ['notes', 'articles', 'decisions', 'snapshots', 'sites', 'meta'],
      'readwrite',
    );
    const noteStore = tx.objectStore('notes');
    const articleStore = tx.objectStore('articles');
    const [noteKeys, articleKeys, decisionKeys, siteKeys] = await Promise.all([
      noteStore.getAllKeys(),
      articleStore.getAllKeys(),
      tx.objectStore('decisions').getAllKeys(),
      tx.objectStore('sites').getAllKeys(),
    ]);
    const haveNote = new Set(noteKeys);
    const haveArticle = new Set(articleKeys);
    const haveDecision = new Set(decisionKeys.map(([u, k]) => `${u}\n${k}`));
    const haveSite = new Set(siteKeys);
    const writes: Promise<unknown>[] = [];
    const changed: Note[] = [];
    // New notes are written without waiting for each other; a note already here is
    // read first and replaced only by a copy changed more recently.
    const compare: Promise<void>[] = [];
    for (const note of notes) {
      if (!haveNote.has(note.id)) {
        writes.push(noteStore.put(note));
        changed.push(note);
        report.added++;
        continue;
      }
      compare.push(
        noteStore.get(note.id).then(async (existing) => {
          if (existing && existing.updatedAt < note.updatedAt) {
            await noteStore.put(note);
            changed.push(note);
            report.updated++;
          } else {
            report.unchanged++;
          }
        }),
      );
    }
    for (const article of articles) {
      if (!haveArticle.has(article.url)) {
        writes.push(articleStore.put(article));
        continue;
      }
      compare.push(
        articleStore.get(article.url).then(async (existing) => {
          if (existing && existing.updatedAt < article.updatedAt) await articleStore.put(article);
        }),
      );
    }
    for (const c of corrections) {
      if (!haveDecision.has(`${c.url}\n${c.key}`)) writes.push(tx.objectStore('decisions').put(c));
    }
    for (const s of snapshots) writes.push(tx.objectStore('snapshots').put(s));
    for (const site of data.sites) {
      if (!haveSite.has(site.origin)) {
        // Running by itself needs the browser's permission, which a file cannot carry.
        writes.push(
          tx.objectStore('sites').put({ origin: site.origin, alwaysOn: false, updatedAt: now }),
        );
      }
    }
    writes.push(tx.objectStore('meta').put({ key: 'lastImportAt', value: now }));
    await Promise.all([...writes, ...compare]);
    await tx.done;
    await reindex((i) => {
      for (const note of changed) i.put(note);
    });
    return report;
  }

  return {
    async pageNotes(url, claim) {
      const d = await db();
      const tx = d.transaction(['notes', 'articles', 'snapshots'], 'readwrite');
      const [notes, article, kept] = await Promise.all([
        tx.objectStore('notes').index('by-url').getAll(url),
        tx.objectStore('articles').get(url),
        tx.objectStore('snapshots').getAllKeys(articleRange(url)),
      ]);
      // Only articles the reader has notes on are recorded; a visit refreshes what is known.
      if (article !== undefined) {
        const next = articleFromClaim(article, url, claim, clock.now().toISOString());
        if (articleChanged(article, next)) await tx.objectStore('articles').put(next);
      }
      await tx.done;
      return {
        articleUrl: url,
        notes: notes.sort(newestFirst),
        snapshots: kept.map(([, fingerprint]) => fingerprint),
        prefs: await readPrefs(d),
      };
    },

    async saveFromPage(url, claim, input, text) {
      const d = await db();
      const snapshot = input.target ? await snapshotFor(d, url, claim, text) : null;
      return writeNote(
        d,
        { ...input, url, title: claim.title.slice(0, 1000), articleFingerprint: claim.fingerprint },
        url,
        claim,
        snapshot,
      );
    },

    async save(input) {
      const d = await db();
      const id = input.id ?? clock.uuid();
      const url = normalizeUrl(input.url);
      return writeNote(d, { ...input, id, url }, undefined, null, null);
    },

    async remove(id, url) {
      const d = await db();
      const tx = d.transaction('notes', 'readwrite');
      const existing = await tx.store.get(id);
      if (existing === undefined || (url !== undefined && existing.url !== url)) {
        tx.abort();
        await tx.done.catch(() => undefined);
        return existing === undefined
          ? err('not-found', 'That note was already deleted.')
          : err('forbidden', 'That note belongs to another article.');
      }
      await tx.store.delete(id);
      await tx.done;
      await reindex((i) => i.remove(id));
      return ok(existing);
    },

    async restore(note, url) {
      if (url !== undefined && normalizeUrl(note.url) !== url) {
        return err('forbidden', 'That note belongs to another article.');
      }
      const d = await db();
      const restored = { ...note, url: normalizeUrl(note.url) };
      const tx = d.transaction(['notes', 'articles'], 'readwrite');
      const [existing, article] = await Promise.all([
        tx.objectStore('notes').get(note.id),
        tx.objectStore('articles').get(restored.url),
      ]);
      if (existing !== undefined) {
        await tx.done;
        return ok(existing);
      }
      await tx.objectStore('notes').put(restored);
      if (article === undefined) {
        await tx.objectStore('articles').put({
          url: restored.url,
          title: restored.title,
          createdAt: restored.createdAt,
          updatedAt: restored.updatedAt,
        });
      }
      await tx.done;
      await reindex((i) => i.put(restored));
      return ok(restored);
    },

    async list(url) {
      const notes = await (await db()).getAllFromIndex('notes', 'by-url', normalizeUrl(url));
      return notes.sort(newestFirst);
    },

    async article(url) {
      return (await db()).get('articles', url);
    },

    async search(request) {
      const offset = request.offset ?? 0;
      const limit = request.limit ?? PAGE_SIZE;
      const hits = (await index()).search({ ...request, offset, limit });
      const tx = (await db()).transaction('notes');
      const notes = await Promise.all(hits.ids.map((id) => tx.store.get(id)));
      await tx.done;
      return { notes: notes.filter((n): n is Note => n !== undefined), total: hits.total, offset };
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
      return exportAll(await db(), url === undefined ? undefined : normalizeUrl(url));
    },

    async importData(file) {
      const read = looksLikeW3C(file) ? readW3C(file, clock.now()) : readWhoSaidExport(file);
      if (!read.ok) return read;
      return ok(await importAll(await db(), read.value));
    },
  };
}
