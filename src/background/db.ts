/**
 * The reader's local store: IndexedDB in the extension's own origin, never the
 * page's. The schema is declared once, upgrades step through `oldVersion`, and
 * no transaction awaits anything unrelated (a transaction closes as soon as it
 * has no pending request, so an unrelated await would end it early).
 *
 * The module receives its `IDBFactory` so tests can pass fake-indexeddb.
 *
 * Findings the reader dismisses or reclassifies go to `decisions`, keyed
 * [article, anchor] (see `corrections-store.ts`); `meta` holds the reader's
 * settings and bookkeeping such as the time of the last import. A search
 * index would be a new store in a version 3 step.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { Decision } from '../shared/decisions';
import { EXPORT_FORMAT, EXPORT_VERSION, type WhoSaidExport } from '../shared/export-format';
import { LIMITS, shorten } from '../shared/limits';
import type { ImportReport, SiteSetting } from '../shared/messages';
import type { Note, NoteInput } from '../shared/notes';
import { err, ok, type Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { articleUrl, validateNote, validateNoteInput } from '../shared/validate';
import { openFailure, StorageError, STORAGE_BLOCKED } from './storage-errors';

export const DB_NAME = 'who-said';
export const DB_VERSION = 2;

/** A note as it may be found in the store. */
export type StoredNote = Omit<Note, 'version'> & { version?: number };

/** A stored note as the rest of Who Said sees it: every note has a version. */
function fromStore(note: StoredNote): Note;
function fromStore(note: StoredNote | undefined): Note | undefined;
function fromStore(note: StoredNote | undefined): Note | undefined {
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

/** Every store and index of the database, in one place. */
export interface WhoSaidDB extends DBSchema {
  notes: {
    key: string;
    /** Notes written before versions existed have none; `fromStore` reads them as version 1. */
    value: StoredNote;
    indexes: { 'by-url': string; 'by-updated': string };
  };
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
    JSON.stringify(a.target ?? null) === JSON.stringify(b.target ?? null)
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
      ...target,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    if (existing) return { answer: sameContent(existing, next) ? ok(existing) : TAKEN_ID };
  } else {
    if (!existing) {
      return { answer: err('not-found', 'That note no longer exists; it may have been deleted.') };
    }
    // An edit keeps the note's article and creation time.
    const edited = { ...existing, title: title || existing.title, body: input.body, ...target };
    if (existing.version === input.baseVersion + 1 && sameContent(existing, edited)) {
      return { answer: ok(existing) };
    }
    if (existing.version !== input.baseVersion) return { answer: STALE_EDIT };
    next = { ...edited, updatedAt: now, version: existing.version + 1 };
  }
  const checked = validateNote(next, 'note');
  return checked.ok ? { write: checked.value } : { answer: checked };
}

/**
 * Creates or edits a note: the single validated write path for notes. The
 * input is validated and trimmed, the title shortened to the stored limit, the
 * URL normalised (and refused in words when too long to export), timestamps
 * and version set here. Reading and writing happen in one transaction, so two
 * saves of one note cannot interleave. See `decideSave` for retries and stale
 * edits.
 */
export async function saveNote(
  db: WhoSaidDb,
  input: NoteInput,
  clock: Clock = systemClock,
): Promise<Result<Note>> {
  const checked = validateNoteInput(input, 'note');
  if (!checked.ok) return checked;
  const url = articleUrl(checked.value.url);
  if (!url.ok) return url;
  const now = clock.now().toISOString();
  const tx = db.transaction('notes', 'readwrite');
  const existing = fromStore(await tx.store.get(checked.value.id));
  const decision = decideSave(existing, { ...checked.value, url: url.value }, now);
  if ('write' in decision) await tx.store.put(decision.write);
  await tx.done;
  return 'write' in decision ? ok(decision.write) : decision.answer;
}

/** Deletes a note; returns whether it existed. */
export async function deleteNote(db: WhoSaidDb, id: string): Promise<boolean> {
  const tx = db.transaction('notes', 'readwrite');
  const existed = (await tx.store.getKey(id)) !== undefined;
  if (existed) await tx.store.delete(id);
  await tx.done;
  return existed;
}

/** The text of a note that search looks at: body, title and quoted passages. */
function searchableText(note: StoredNote): string {
  const quotes = (note.target?.selectors ?? []).map((s) =>
    s.type === 'TextQuoteSelector' ? s.exact : '',
  );
  return [note.body, note.title, ...quotes].join('\n').toLowerCase();
}

/**
 * Notes whose body, title or quoted passage contains `query` (ignoring case),
 * most recently changed first. An empty query returns the most recent notes.
 * A linear scan: fine for the thousands of notes one reader writes.
 */
export async function searchNotes(db: WhoSaidDb, query: string, limit = 200): Promise<Note[]> {
  const needle = query.trim().toLowerCase();
  const found: Note[] = [];
  let cursor = await db.transaction('notes').store.index('by-updated').openCursor(null, 'prev');
  while (cursor && found.length < limit) {
    if (needle === '' || searchableText(cursor.value).includes(needle)) {
      found.push(fromStore(cursor.value));
    }
    cursor = await cursor.continue();
  }
  return found;
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

/** Everything the reader owns, as one versioned JSON object (see `export-format.ts`). */
export async function exportAll(db: WhoSaidDb, clock: Clock = systemClock): Promise<WhoSaidExport> {
  // One transaction so notes, sites and corrections are a consistent snapshot.
  const tx = db.transaction(['notes', 'sites', 'decisions'], 'readonly');
  const [notes, sites, decisions] = await Promise.all([
    tx.objectStore('notes').index('by-updated').getAll(),
    tx.objectStore('sites').getAll(),
    tx.objectStore('decisions').getAll(),
  ]);
  await tx.done;
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: clock.now().toISOString(),
    notes: notes.map((n) => fromStore(n)),
    sites: sites.map(({ origin, alwaysOn }) => ({ origin, alwaysOn })),
    decisions,
  };
}

/**
 * What an import writes: notes, sites and corrections, each already checked by
 * `validateNote` / `validateSiteSetting` / `validateDecision`.
 */
export interface ImportData {
  notes: readonly Note[];
  sites: readonly SiteSetting[];
  decisions?: readonly Decision[];
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
  const tx = db.transaction(['notes', 'sites', 'decisions', 'meta'], 'readwrite');
  const notes = tx.objectStore('notes');
  const sites = tx.objectStore('sites');
  // One request tells which ids are stored; only those are read back.
  const [storedIds, storedOrigins] = await Promise.all([notes.getAllKeys(), sites.getAllKeys()]);
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
