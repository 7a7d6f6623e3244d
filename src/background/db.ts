/**
 * The reader's local store: IndexedDB in the extension's own origin, never the
 * page's. The schema is declared once, upgrades step through `oldVersion`, and
 * no transaction awaits anything unrelated (a transaction closes as soon as it
 * has no pending request, so an unrelated await would end it early).
 *
 * The module receives its `IDBFactory` so tests can pass fake-indexeddb.
 *
 * Versions: 1 notes; 2 sites, decisions (the reader's corrections of
 * findings, keyed [article, anchor]: see `corrections-store.ts`) and meta (the
 * reader's settings, preferences, bookkeeping such as the time of the last
 * import); 3 articles (what is known of each annotated article), snapshots (the
 * article text as it was when noted, compressed, once per version) and the
 * notes' tag index.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Decision } from '../shared/decisions';
import type { ArticleRecord } from '../shared/export-format';
import { LIMITS, shorten } from '../shared/limits';
import type { ImportReport, SiteSetting } from '../shared/messages';
import type { Note, NoteInput } from '../shared/notes';
import { err, ok, type Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { articleUrl, validateNote, validateNoteInput } from '../shared/validate';
import { openFailure, StorageError, STORAGE_BLOCKED } from './storage-errors';

export const DB_NAME = 'who-said';
export const DB_VERSION = 3;

/** A note as it may be found in the store. */
export type StoredNote = Omit<Note, 'version'> & { version?: number };

/** A stored note as the rest of Who Said sees it: every note has a version. */
export function fromStore(note: StoredNote): Note;
export function fromStore(note: StoredNote | undefined): Note | undefined;
export function fromStore(note: StoredNote | undefined): Note | undefined {
  if (!note) return undefined;
  return note.version === undefined ? { ...note, version: 1 } : (note as Note);
}

/** A per-site setting as stored. */
export interface SiteRecord extends SiteSetting {
  /** ISO 8601 time of the last change. */
  updatedAt: string;
}

/** The reader's verdict on one finding of one article: dismissed or reclassified. */
export type DecisionRecord = Decision;

/** Small bookkeeping values, and the reader's settings (validated when read). */
export interface MetaRecord {
  key: string;
  value: string | number | boolean | object;
}

/** An article text as it was, gzip-compressed (`compress.ts`), once per article version. */
export interface SnapshotRecord {
  url: string;
  fingerprint: string;
  /** The text, gzip-compressed. */
  gzip: Uint8Array;
  /** Characters in the text. */
  length: number;
  createdAt: string;
}

/** Every store and index of the database, in one place. */
export interface WhoSaidDB extends DBSchema {
  notes: {
    key: string;
    /** Notes written before versions existed have none; `fromStore` reads them as version 1. */
    value: StoredNote;
    indexes: { 'by-url': string; 'by-updated': string; 'by-tag': string };
  };
  articles: { key: string; value: ArticleRecord; indexes: { 'by-updated': string } };
  snapshots: { key: [string, string]; value: SnapshotRecord };
  sites: { key: string; value: SiteRecord };
  decisions: { key: [string, string]; value: DecisionRecord };
  meta: { key: string; value: MetaRecord };
}

export type WhoSaidDb = IDBPDatabase<WhoSaidDB>;

type UpgradeTransaction = IDBPTransaction<WhoSaidDB, StoreNames<WhoSaidDB>[], 'versionchange'>;

/** Brings a database at `oldVersion` up to `DB_VERSION`, one version at a time. */
function upgrade(db: WhoSaidDb, oldVersion: number, tx: UpgradeTransaction): void {
  if (oldVersion < 1) {
    const notes = db.createObjectStore('notes', { keyPath: 'id' });
    notes.createIndex('by-url', 'url');
  }
  if (oldVersion < 2) {
    // Recent-first listing and search walk this index instead of loading every note.
    tx.objectStore('notes').createIndex('by-updated', 'updatedAt');
    db.createObjectStore('sites', { keyPath: 'origin' });
    // Keyed [url, key] so all decisions of one article are one key range.
    db.createObjectStore('decisions', { keyPath: ['url', 'key'] });
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 3) {
    const notes = tx.objectStore('notes');
    // multiEntry: a note is listed once under each of its tags.
    notes.createIndex('by-tag', 'tags', { multiEntry: true });
    const articles = db.createObjectStore('articles', { keyPath: 'url' });
    articles.createIndex('by-updated', 'updatedAt');
    // Keyed [url, fingerprint]: one copy per article version, all of an article one key range.
    db.createObjectStore('snapshots', { keyPath: ['url', 'fingerprint'] });
    // Articles noted before version 3 get a record from their notes (title, first and last note).
    void deriveArticles(tx);
  }
}

/** Writes an article record for every article the stored notes are on (inside the upgrade). */
async function deriveArticles(tx: UpgradeTransaction): Promise<void> {
  const notes = tx.objectStore('notes');
  const articles = tx.objectStore('articles');
  const byUrl = new Map<string, ArticleRecord>();
  for (let cursor = await notes.openCursor(); cursor; cursor = await cursor.continue()) {
    const note = cursor.value;
    const known = byUrl.get(note.url);
    if (!known) {
      byUrl.set(note.url, {
        url: note.url,
        title: note.title,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
      });
    } else {
      if (note.createdAt < known.createdAt) known.createdAt = note.createdAt;
      if (note.updatedAt > known.updatedAt) {
        known.updatedAt = note.updatedAt;
        if (note.title) known.title = note.title;
      }
    }
  }
  for (const article of byUrl.values()) await articles.put(article);
}

/** How long an upgrade may wait for an old connection to close before the reader is told. */
const BLOCKED_GRACE_MS = 3_000;

/** Options for opening the database; tests shorten the wait for a blocked upgrade. */
export interface OpenOptions {
  name?: string;
  /** How long to wait, once blocked by an old connection, before failing in words. */
  blockedGraceMs?: number;
}

/**
 * Opens (creating or upgrading) the database through the given factory. Like
 * idb's `openDb`, which always uses the global `indexedDB`, with the factory
 * passed in, and with every failure a `StorageError` the reader can act on:
 * no storage at all (Firefox private browsing), an upgrade blocked by an old
 * connection that does not close (after a grace period, instead of waiting
 * forever), a newer database, a full disk.
 */
export function openDb(factory: IDBFactory, options: OpenOptions = {}): Promise<WhoSaidDb> {
  const { name = DB_NAME, blockedGraceMs = BLOCKED_GRACE_MS } = options;
  return new Promise<WhoSaidDb>((resolve, reject) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, DB_VERSION);
    } catch (error) {
      reject(openFailure(error));
      return;
    }
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const fail = (error: StorageError): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    };
    request.addEventListener('upgradeneeded', (event) => {
      const tx = request.transaction;
      if (!tx) return;
      // idb's `wrap` types every transaction as readonly; this one is the upgrade transaction.
      const upgradeTx = wrap(tx) as unknown as UpgradeTransaction;
      upgrade(wrap(request.result) as WhoSaidDb, event.oldVersion, upgradeTx);
    });
    request.addEventListener('blocked', () => {
      timer ??= setTimeout(() => fail(new StorageError(STORAGE_BLOCKED)), blockedGraceMs);
    });
    request.addEventListener('success', () => {
      // Opened after the caller was told it failed: nobody holds this connection.
      if (settled) {
        request.result.close();
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(wrap(request.result) as WhoSaidDb);
    });
    request.addEventListener('error', (event) => {
      // Handled here: without this, Firefox also reports it as an uncaught error.
      event.preventDefault();
      fail(openFailure(request.error));
    });
  });
}

/**
 * A lazily opened connection that reopens after the browser closes it or a
 * newer version asks for it. The service worker may die at any time, so the
 * connection is only a cache: nothing depends on it staying open. A failed
 * open is forgotten, so the next request tries again.
 */
export function connect(factory: IDBFactory, options: OpenOptions = {}): () => Promise<WhoSaidDb> {
  let pending: Promise<WhoSaidDb> | null = null;
  return () => {
    if (!pending) {
      pending = openDb(factory, options).then(
        (db) => {
          const forget = (): void => {
            pending = null;
          };
          db.addEventListener('close', forget);
          db.addEventListener('versionchange', () => {
            // Let a newer version (another extension page after an update) upgrade.
            db.close();
            forget();
          });
          return db;
        },
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
    }
    return pending;
  };
}

/** Sources of time and identity, replaceable in tests. */
export interface Clock {
  now(): Date;
  uuid(): string;
}

const systemClock: Clock = { now: () => new Date(), uuid: () => crypto.randomUUID() };

const newestFirst = (a: Note, b: Note): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;

/** The notes of one article, newest first. */
export async function listNotes(db: WhoSaidDb, url: string): Promise<Note[]> {
  const notes = await db.getAllFromIndex('notes', 'by-url', normalizeUrl(url));
  return notes.map((n) => fromStore(n)).sort(newestFirst);
}

/** One note, or undefined. */
export async function getNote(db: WhoSaidDb, id: string): Promise<Note | undefined> {
  return fromStore(await db.get('notes', id));
}

/** What a save decided: write this note, or answer without writing. */
type SaveDecision = { write: Note } | { answer: Result<Note> };

const STALE_EDIT = err(
  'stale',
  'This note was changed in another window after you opened it, so your edit wasn’t saved. Your text is still here: copy it, reopen Who Said to see the latest version, and edit that.',
);

const TAKEN_ID = err(
  'stale',
  'A note with this id was already saved with different text, so nothing was overwritten. Reopen Who Said to see it.',
);

/** Whether two notes say the same (the parts a save can change). */
function sameContent(a: Note, b: Note): boolean {
  return (
    a.url === b.url &&
    a.title === b.title &&
    a.body === b.body &&
    JSON.stringify(a.target ?? null) === JSON.stringify(b.target ?? null) &&
    JSON.stringify(a.tags ?? []) === JSON.stringify(b.tags ?? [])
  );
}

/**
 * The one rule for writing a note, given what is stored under its id. A new
 * note (no `baseVersion`) is written at version 1; the same create again finds
 * it written and answers it (a retry after a lost answer). An edit applies to
 * the version it was based on and makes the next one; the same edit again
 * finds the next version with its text and answers it; anything else is stale.
 * Whatever is written passes `validateNote`, the check an import applies.
 */
function decideSave(
  existing: Note | undefined,
  input: NoteInput & { url: string },
  now: string,
): SaveDecision {
  const title = shorten(input.title, LIMITS.noteTitle);
  const target = input.target ? { target: input.target } : {};
  let next: Note;
  if (input.baseVersion === undefined) {
    next = {
      id: input.id,
      url: input.url,
      title,
      body: input.body,
      ...(input.tags && input.tags.length > 0 ? { tags: input.tags } : {}),
      ...target,
      ...(input.finding ? { finding: input.finding } : {}),
      // The article version a passage was noted in ("the article changed since this note").
      ...(input.target && input.articleFingerprint
        ? { articleFingerprint: input.articleFingerprint }
        : {}),
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    if (existing) return { answer: sameContent(existing, next) ? ok(existing) : TAKEN_ID };
  } else {
    if (!existing) {
      return { answer: err('not-found', 'That note no longer exists; it may have been deleted.') };
    }
    // An edit keeps the note's article, passage and creation time; tags change when given.
    const edited: Note = {
      ...existing,
      title: title || existing.title,
      body: input.body,
      ...target,
    };
    if (input.tags !== undefined) {
      if (input.tags.length > 0) edited.tags = input.tags;
      else delete edited.tags;
    }
    if (existing.version === input.baseVersion + 1 && sameContent(existing, edited)) {
      return { answer: ok(existing) };
    }
    if (existing.version !== input.baseVersion) return { answer: STALE_EDIT };
    next = { ...edited, updatedAt: now, version: existing.version + 1 };
  }
  const checked = validateNote(next, 'note');
  return checked.ok ? { write: checked.value } : { answer: checked };
}

/** What else a note's save writes, in the same transaction. */
export interface SaveExtras {
  /** The note must be on this article (a content script's own page); else it is refused. */
  mustBeOn?: string;
  /** The article record after the save, from the record stored (if any). */
  article?: (stored: ArticleRecord | undefined) => ArticleRecord;
  /** The article text as it was, kept once per version. */
  snapshot?: SnapshotRecord | null;
}

const NOT_YOURS = err('forbidden', 'That note belongs to another article.');

/**
 * Creates or edits a note: the single validated write path for notes. The
 * input is validated and trimmed, the title shortened to the stored limit, the
 * URL normalised (and refused in words when too long to export), timestamps
 * and version set here. Reading and writing happen in one transaction, with
 * the article's record and, the first time a version of it is noted, its text
 * as it was: so two saves of one note cannot interleave, and a stopped worker
 * leaves all of it or none. See `decideSave` for retries and stale edits.
 */
export async function saveNote(
  db: WhoSaidDb,
  input: NoteInput,
  clock: Clock = systemClock,
  extras: SaveExtras = {},
): Promise<Result<Note>> {
  const checked = validateNoteInput(input, 'note');
  if (!checked.ok) return checked;
  const url = articleUrl(checked.value.url);
  if (!url.ok) return url;
  const now = clock.now().toISOString();
  const tx = db.transaction(['notes', 'articles', 'snapshots'], 'readwrite');
  const notes = tx.objectStore('notes');
  const existing = fromStore(await notes.get(checked.value.id));
  if (existing && extras.mustBeOn !== undefined && existing.url !== extras.mustBeOn) {
    await tx.done;
    return NOT_YOURS;
  }
  const decision = decideSave(existing, { ...checked.value, url: url.value }, now);
  if ('write' in decision) {
    const note = decision.write;
    const articles = tx.objectStore('articles');
    const stored = await articles.get(note.url);
    const article = extras.article
      ? extras.article(stored)
      : (stored ?? { url: note.url, title: note.title, createdAt: now, updatedAt: now });
    const writes: Promise<unknown>[] = [notes.put(note)];
    if (stored === undefined || JSON.stringify(stored) !== JSON.stringify(article)) {
      writes.push(articles.put(article));
    }
    const snapshot = extras.snapshot;
    if (
      snapshot &&
      (await tx.objectStore('snapshots').getKey([snapshot.url, snapshot.fingerprint])) === undefined
    ) {
      writes.push(tx.objectStore('snapshots').put(snapshot));
    }
    await Promise.all(writes);
  }
  await tx.done;
  return 'write' in decision ? ok(decision.write) : decision.answer;
}

/** Deletes a note (of article `mustBeOn` only, when given) and answers the deleted copy. */
export async function deleteNote(
  db: WhoSaidDb,
  id: string,
  mustBeOn?: string,
): Promise<Result<Note>> {
  const tx = db.transaction('notes', 'readwrite');
  const existing = fromStore(await tx.store.get(id));
  if (existing && (mustBeOn === undefined || existing.url === mustBeOn)) await tx.store.delete(id);
  await tx.done;
  if (!existing) return err('not-found', 'That note was already deleted.');
  return existing.url === mustBeOn || mustBeOn === undefined ? ok(existing) : NOT_YOURS;
}

/**
 * Puts a deleted note back as it was (Undo), with its article's record if that
 * is gone; a note stored again under its id meanwhile is kept and answered.
 */
export async function restoreNote(
  db: WhoSaidDb,
  note: Note,
  mustBeOn?: string,
): Promise<Result<Note>> {
  const checked = validateNote(note, 'note');
  if (!checked.ok) return checked;
  const restored = checked.value;
  if (mustBeOn !== undefined && restored.url !== mustBeOn) return NOT_YOURS;
  const tx = db.transaction(['notes', 'articles'], 'readwrite');
  const [existing, article] = await Promise.all([
    tx.objectStore('notes').get(restored.id),
    tx.objectStore('articles').get(restored.url),
  ]);
  if (existing) {
    await tx.done;
    return ok(fromStore(existing));
  }
  const writes: Promise<unknown>[] = [tx.objectStore('notes').put(restored)];
  if (!article) {
    writes.push(
      tx.objectStore('articles').put({
        url: restored.url,
        title: restored.title,
        createdAt: restored.createdAt,
        updatedAt: restored.updatedAt,
      }),
    );
  }
  await Promise.all(writes);
  await tx.done;
  return ok(restored);
}

/** The setting for one site; a site never set is not always-on. */
export async function getSite(db: WhoSaidDb, origin: string): Promise<SiteSetting> {
  const record = await db.get('sites', origin);
  return { origin, alwaysOn: record?.alwaysOn ?? false };
}

/** Stores the setting for one site. */
export async function setSite(
  db: WhoSaidDb,
  setting: SiteSetting,
  clock: Clock = systemClock,
): Promise<SiteSetting> {
  const record: SiteRecord = {
    origin: setting.origin,
    alwaysOn: setting.alwaysOn,
    updatedAt: clock.now().toISOString(),
  };
  await db.put('sites', record);
  return { origin: record.origin, alwaysOn: record.alwaysOn };
}

/** Every stored site setting. */
export async function listSites(db: WhoSaidDb): Promise<SiteSetting[]> {
  const records = await db.getAll('sites');
  return records.map(({ origin, alwaysOn }) => ({ origin, alwaysOn }));
}

/** Every record of the store (or of one article), as stored: the raw material of an export. */
export interface StoreRecords {
  articles: ArticleRecord[];
  notes: Note[];
  decisions: Decision[];
  snapshots: SnapshotRecord[];
  sites: SiteSetting[];
}

/**
 * All keys [url, *] of a store keyed [url, string] (decisions, snapshots):
 * strings sort below arrays, so [url, []] is past every [url, key].
 */
export const articleRange = (url: string): IDBKeyRange => IDBKeyRange.bound([url, ''], [url, []]);

/**
 * Everything the reader owns, or one article's part of it, read in one
 * transaction so the parts are a consistent snapshot. Notes oldest change first.
 */
export async function readRecords(db: WhoSaidDb, url?: string): Promise<StoreRecords> {
  const tx = db.transaction(['articles', 'notes', 'decisions', 'snapshots', 'sites'], 'readonly');
  const [articles, notes, decisions, snapshots, sites] =
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
  const byChange = (a: StoredNote, b: StoredNote): number =>
    a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
  return {
    articles,
    notes: (url === undefined ? notes : notes.sort(byChange)).map((n) => fromStore(n)),
    decisions,
    snapshots,
    sites: sites.map(({ origin, alwaysOn }) => ({ origin, alwaysOn })),
  };
}

/**
 * What an import writes, each record already checked (`validateNote`,
 * `validateSiteSetting`, `validateArticle`, ...); article texts already compressed.
 */
export interface ImportData {
  notes: readonly Note[];
  sites: readonly SiteSetting[];
  articles?: readonly ArticleRecord[];
  decisions?: readonly Decision[];
  snapshots?: readonly SnapshotRecord[];
}

/**
 * Writes an import's articles (a newer record replaces an older one) and
 * article texts (one per version; never replaced).
 */
async function mergeArticleRecords(
  tx: IDBPTransaction<
    WhoSaidDB,
    ('notes' | 'sites' | 'meta' | 'articles' | 'decisions' | 'snapshots')[],
    'readwrite'
  >,
  data: ImportData,
): Promise<void> {
  const articles = tx.objectStore('articles');
  const snapshots = tx.objectStore('snapshots');
  const [articleKeys, snapshotKeys] = await Promise.all([
    articles.getAllKeys(),
    snapshots.getAllKeys(),
  ]);
  const haveArticle = new Set(articleKeys);
  const haveSnapshot = new Set(snapshotKeys.map(([u, f]) => `${u}\n${f}`));
  const writes: Promise<unknown>[] = [];
  for (const article of data.articles ?? []) {
    if (!haveArticle.has(article.url)) {
      writes.push(articles.put(article));
      continue;
    }
    writes.push(
      articles
        .get(article.url)
        .then((stored) =>
          stored && stored.updatedAt < article.updatedAt ? articles.put(article) : undefined,
        ),
    );
  }
  for (const s of data.snapshots ?? []) {
    if (!haveSnapshot.has(`${s.url}\n${s.fingerprint}`)) writes.push(snapshots.put(s));
  }
  await Promise.all(writes);
}

/** Notes read and written per step of an import: one await per batch, never per note. */
export const IMPORT_BATCH = 1_000;

/**
 * Merges validated notes, sites and corrections into the store, in one
 * transaction (a file is imported whole or not at all): new notes are added, a
 * stored note is replaced only by a copy changed more recently (whose version
 * then passes the stored one, so an edit based on the replaced note is
 * refused), sites not known yet are added switched off (running by itself on a
 * site needs the browser's permission, which a file cannot carry), and a
 * correction replaces the stored one on the same finding only when it is newer.
 *
 * Requests go out a batch at a time without awaiting each note; `onProgress`
 * hears how many notes are written after each batch.
 */
export async function importAll(
  db: WhoSaidDb,
  data: ImportData,
  clock: Clock = systemClock,
  onProgress: (written: number) => void = () => undefined,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, decisions: 0 };
  const now = clock.now().toISOString();
  const tx = db.transaction(
    ['notes', 'sites', 'meta', 'articles', 'decisions', 'snapshots'],
    'readwrite',
  );
  const notes = tx.objectStore('notes');
  const sites = tx.objectStore('sites');
  // One request tells which ids are stored; only those are read back.
  const [storedIds, storedOrigins] = await Promise.all([notes.getAllKeys(), sites.getAllKeys()]);
  await mergeArticleRecords(tx, data);
  const stored = new Set(storedIds);
  // Notes written by this import, so a file listing one id twice keeps the later change.
  const written = new Map<string, Note>();
  for (let start = 0; start < data.notes.length; start += IMPORT_BATCH) {
    const batch = data.notes.slice(start, start + IMPORT_BATCH);
    const before = await Promise.all(
      batch.map(
        (note) => written.get(note.id) ?? (stored.has(note.id) ? notes.get(note.id) : undefined),
      ),
    );
    const writes: Promise<unknown>[] = [];
    batch.forEach((note, i) => {
      const existing = fromStore(before[i]);
      let next: Note;
      if (!existing) {
        next = note;
        report.added++;
      } else if (existing.updatedAt < note.updatedAt) {
        next = { ...note, version: Math.max(note.version, existing.version + 1) };
        report.updated++;
      } else {
        report.unchanged++;
        return;
      }
      written.set(note.id, next);
      writes.push(notes.put(next));
    });
    await Promise.all(writes);
    onProgress(start + batch.length);
  }
  const known = new Set(storedOrigins);
  // One article record per article; a note imported without one gets one from the note.
  const articles = tx.objectStore('articles');
  const described = new Set((data.articles ?? []).map((a) => a.url));
  const missing = new Map<string, ArticleRecord>();
  for (const note of data.notes) {
    if (described.has(note.url) || missing.has(note.url)) continue;
    missing.set(note.url, {
      url: note.url,
      title: note.title,
      createdAt: note.createdAt,
      updatedAt: note.updatedAt,
    });
  }
  const haveArticle = new Set(await articles.getAllKeys());
  await Promise.all(
    [...missing.values()].filter((a) => !haveArticle.has(a.url)).map((a) => articles.put(a)),
  );
  const siteWrites = data.sites
    .filter((site) => !known.has(site.origin))
    .map((site) => sites.put({ origin: site.origin, alwaysOn: false, updatedAt: now }));
  // Corrections: one read for those already there, then one write per newer correction.
  const decisions = tx.objectStore('decisions');
  const incoming = (data.decisions ?? []).map((d) => ({ ...d, url: normalizeUrl(d.url) }));
  const there = await Promise.all(incoming.map((d) => decisions.get([d.url, d.key])));
  const decisionWrites = incoming
    .filter((d, i) => {
      const existing = there[i];
      return existing === undefined || existing.createdAt < d.createdAt;
    })
    .map((d) => decisions.put(d));
  report.decisions = decisionWrites.length;
  await Promise.all([
    ...siteWrites,
    ...decisionWrites,
    tx.objectStore('meta').put({ key: 'lastImportAt', value: now }),
  ]);
  await tx.done;
  return report;
}
