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
import type { ImportReport, SiteSetting } from '../shared/messages';
import type { Note, NoteInput } from '../shared/notes';
import { err, ok, type Result } from '../shared/result';
import { normalizeUrl } from '../shared/url';
import { validateNoteInput } from '../shared/validate';

export const DB_NAME = 'who-said';
export const DB_VERSION = 2;

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
    value: Note;
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

/**
 * Opens (creating or upgrading) the database through the given factory. This
 * is idb's `openDB`, which always uses the global `indexedDB`, with the
 * factory passed in.
 */
export function openDb(factory: IDBFactory, name = DB_NAME): Promise<WhoSaidDb> {
  const request = factory.open(name, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = request.transaction;
    if (!tx) return;
    // idb's `wrap` types every transaction as readonly; this one is the upgrade transaction.
    const upgradeTx = wrap(tx) as unknown as UpgradeTransaction;
    upgrade(wrap(request.result) as WhoSaidDb, event.oldVersion, upgradeTx);
  });
  return wrap(request) as Promise<WhoSaidDb>;
}

/**
 * A lazily opened connection that reopens after the browser closes it or a
 * newer version asks for it. The service worker may die at any time, so the
 * connection is only a cache: nothing depends on it staying open.
 */
export function connect(factory: IDBFactory, name = DB_NAME): () => Promise<WhoSaidDb> {
  let pending: Promise<WhoSaidDb> | null = null;
  return () => {
    if (!pending) {
      pending = openDb(factory, name).then(
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
  return notes.sort(newestFirst);
}

/** One note, or undefined. */
export function getNote(db: WhoSaidDb, id: string): Promise<Note | undefined> {
  return db.get('notes', id);
}

/**
 * Creates a note, or updates the note with `input.id`. The input is validated
 * and trimmed; the URL is normalised; timestamps are set here. Updating keeps
 * the note's article and creation time.
 */
export async function saveNote(
  db: WhoSaidDb,
  input: NoteInput,
  clock: Clock = systemClock,
): Promise<Result<Note>> {
  const checked = validateNoteInput(input, 'note');
  if (!checked.ok) return checked;
  const clean = checked.value;
  const now = clock.now().toISOString();

  if (clean.id === undefined) {
    const note: Note = {
      id: clock.uuid(),
      url: normalizeUrl(clean.url),
      title: clean.title,
      body: clean.body,
      ...(clean.target ? { target: clean.target } : {}),
      createdAt: now,
      updatedAt: now,
    };
    await db.add('notes', note);
    return ok(note);
  }

  const tx = db.transaction('notes', 'readwrite');
  const existing = await tx.store.get(clean.id);
  if (!existing) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return err('not-found', 'That note no longer exists; it may have been deleted.');
  }
  const note: Note = {
    ...existing,
    title: clean.title || existing.title,
    body: clean.body,
    updatedAt: now,
  };
  if (clean.target) note.target = clean.target;
  await tx.store.put(note);
  await tx.done;
  return ok(note);
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
function searchableText(note: Note): string {
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
    if (needle === '' || searchableText(cursor.value).includes(needle)) found.push(cursor.value);
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
    notes,
    sites: sites.map(({ origin, alwaysOn }) => ({ origin, alwaysOn })),
    decisions,
  };
}

/**
 * Merges an export (already validated) into the store, in one transaction:
 * new notes are added, a stored note is replaced only by a copy changed more
 * recently, sites not known yet are added switched off (running by itself on
 * a site needs the browser's permission, which a file cannot carry), and a
 * correction replaces the stored one on the same finding only if it is newer.
 */
export async function importAll(
  db: WhoSaidDb,
  data: WhoSaidExport,
  clock: Clock = systemClock,
): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0, decisions: 0 };
  const now = clock.now().toISOString();
  const tx = db.transaction(['notes', 'sites', 'decisions', 'meta'], 'readwrite');
  const notes = tx.objectStore('notes');
  const sites = tx.objectStore('sites');
  const decisions = tx.objectStore('decisions');
  for (const note of data.notes) {
    const incoming: Note = { ...note, url: normalizeUrl(note.url) };
    const existing = await notes.get(note.id);
    if (!existing) {
      await notes.put(incoming);
      report.added++;
    } else if (existing.updatedAt < incoming.updatedAt) {
      await notes.put(incoming);
      report.updated++;
    } else {
      report.unchanged++;
    }
  }
  for (const site of data.sites) {
    if ((await sites.getKey(site.origin)) === undefined) {
      await sites.put({ origin: site.origin, alwaysOn: false, updatedAt: now });
    }
  }
  for (const decision of data.decisions) {
    const incoming: Decision = { ...decision, url: normalizeUrl(decision.url) };
    const existing = await decisions.get([incoming.url, incoming.key]);
    if (!existing || existing.createdAt < incoming.createdAt) {
      await decisions.put(incoming);
      report.decisions++;
    }
  }
  await tx.objectStore('meta').put({ key: 'lastImportAt', value: now });
  await tx.done;
  return report;
}
