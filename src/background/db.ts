/**
 * The reader's local store: IndexedDB in the extension's own origin, never the
 * page's. The schema is declared once, upgrades step through `oldVersion`, and
 * no transaction awaits anything unrelated (a transaction closes as soon as it
 * has no pending request, so an unrelated await would end it early).
 *
 * The module receives its `IDBFactory` so tests can pass fake-indexeddb.
 *
 * Versions: 1 notes; 2 sites, decisions (the reader's corrections of
 * findings, keyed per article) and meta (bookkeeping, preferences); 3 articles
 * (what is known of each annotated article), snapshots (the article text as it
 * was when noted, compressed, once per version) and the notes' tag index.
 */
import { wrap, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { FindingKind } from '../engine/types';
import type { ArticleRecord } from '../shared/export-format';
import type { SiteSetting } from '../shared/messages';
import type { Note } from '../shared/notes';

export const DB_NAME = 'who-said';
export const DB_VERSION = 3;

/** A per-site setting as stored. */
export interface SiteRecord extends SiteSetting {
  /** ISO 8601 time of the last change. */
  updatedAt: string;
}

/** The reader's verdict on one finding of one article (reserved for dismiss/reclassify). */
export interface DecisionRecord {
  /** The article, normalised. */
  url: string;
  /** A stable key for the finding within the article (for example its quote and offset). */
  key: string;
  action: 'dismiss' | 'reclassify';
  /** For `reclassify`: the kind the reader chose. */
  kind?: FindingKind;
  createdAt: string;
}

/** Small bookkeeping values. */
export interface MetaRecord {
  key: string;
  value: string | number | boolean;
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
    value: Note;
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
