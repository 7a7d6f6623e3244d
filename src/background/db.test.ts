import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import type { Note } from '../shared/notes';
import {
  DB_NAME,
  DB_VERSION,
  connect,
  getSite,
  listSites,
  openDb,
  setSite,
  type DecisionRecord,
  type SiteRecord,
} from './db';

const URL_A = 'https://news.example/2026/story';
const URL_B = 'https://other.example/b';

const OLD_NOTES: Note[] = [
  {
    id: 'a1',
    url: URL_A,
    title: 'Old',
    body: 'Written under version 1',
    createdAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-01T10:00:00.000Z',
  },
  {
    id: 'a2',
    url: URL_A,
    title: 'Old, retitled',
    body: 'A later one',
    target: { selectors: [{ type: 'TextQuoteSelector', exact: 'officials said' }] },
    createdAt: '2025-05-02T10:00:00.000Z',
    updatedAt: '2025-05-03T10:00:00.000Z',
  },
  {
    id: 'b1',
    url: URL_B,
    title: 'Another',
    body: 'On another article',
    createdAt: '2025-06-01T10:00:00.000Z',
    updatedAt: '2025-06-01T10:00:00.000Z',
  },
];

/** Opens a raw database at `version`, lets `fill` create and fill stores as that release did. */
function createAt(
  factory: IDBFactory,
  version: number,
  fill: (db: IDBDatabase, tx: IDBTransaction) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, version);
    request.onupgradeneeded = () => fill(request.result, request.transaction as IDBTransaction);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

/** Version 1 as the first release made it: notes only. */
const fillV1 = (db: IDBDatabase): void => {
  const store = db.createObjectStore('notes', { keyPath: 'id' });
  store.createIndex('by-url', 'url');
  for (const note of OLD_NOTES) store.add(note);
};

const SITE: SiteRecord = {
  origin: 'https://news.example',
  alwaysOn: true,
  updatedAt: '2025-07-01T00:00:00.000Z',
};
const DECISION: DecisionRecord = {
  url: URL_A,
  key: 'said@10',
  action: 'dismiss',
  createdAt: '2025-07-02T00:00:00.000Z',
};

/** Version 2 as the second release made it: plus sites, decisions and meta, with a record in each. */
const fillV2 = (db: IDBDatabase): void => {
  fillV1(db);
  db.createObjectStore('sites', { keyPath: 'origin' }).add(SITE);
  db.createObjectStore('decisions', { keyPath: ['url', 'key'] }).add(DECISION);
  db.createObjectStore('meta', { keyPath: 'key' }).add({
    key: 'lastImportAt',
    value: '2025-07-03T00:00:00.000Z',
  });
};

const STORES = ['articles', 'decisions', 'meta', 'notes', 'sites', 'snapshots'];

describe('schema', () => {
  test('a fresh database has every store and index', async () => {
    const db = await openDb(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(3);
    expect([...db.objectStoreNames].sort()).toEqual(STORES);
    const tx = db.transaction(['notes', 'decisions', 'articles', 'snapshots']);
    expect([...tx.objectStore('notes').indexNames].sort()).toEqual([
      'by-tag',
      'by-updated',
      'by-url',
    ]);
    expect(tx.objectStore('notes').index('by-tag').multiEntry).toBe(true);
    expect([...tx.objectStore('articles').indexNames]).toEqual(['by-updated']);
    expect(tx.objectStore('decisions').keyPath).toEqual(['url', 'key']);
    expect(tx.objectStore('snapshots').keyPath).toEqual(['url', 'fingerprint']);
    db.close();
  });

  test.each([
    ['version 1', 1, (db: IDBDatabase) => fillV1(db)],
    [
      'version 2',
      2,
      (db: IDBDatabase, tx: IDBTransaction) => {
        fillV2(db);
        // Version 2 added the by-updated index to the notes store.
        tx.objectStore('notes').createIndex('by-updated', 'updatedAt');
      },
    ],
  ])(
    'upgrading from %s keeps every record and derives the articles',
    async (_name, version, fill) => {
      const factory = new IDBFactory();
      await createAt(factory, version, fill);
      const db = await openDb(factory);
      expect(db.version).toBe(3);
      expect([...db.objectStoreNames].sort()).toEqual(STORES);
      // Notes kept as they were, and the indexes cover them.
      expect(await db.getAll('notes')).toEqual(OLD_NOTES);
      expect(await db.getAllKeysFromIndex('notes', 'by-updated')).toEqual(['a1', 'a2', 'b1']);
      expect(await db.getAllKeysFromIndex('notes', 'by-url', URL_A)).toEqual(['a1', 'a2']);
      // One article per noted address: first note, last change, the latest title.
      expect(await db.getAll('articles')).toEqual([
        {
          url: URL_A,
          title: 'Old, retitled',
          createdAt: '2025-05-01T10:00:00.000Z',
          updatedAt: '2025-05-03T10:00:00.000Z',
        },
        {
          url: URL_B,
          title: 'Another',
          createdAt: '2025-06-01T10:00:00.000Z',
          updatedAt: '2025-06-01T10:00:00.000Z',
        },
      ]);
      if (version === 2) {
        expect(await db.getAll('sites')).toEqual([SITE]);
        expect(await db.getAll('decisions')).toEqual([DECISION]);
        expect(await db.get('meta', 'lastImportAt')).toEqual({
          key: 'lastImportAt',
          value: '2025-07-03T00:00:00.000Z',
        });
      }
      // Tagged notes written now are found through the new index.
      await db.put('notes', { ...OLD_NOTES[0]!, id: 't1', tags: ['sources', 'legal'] });
      expect(await db.getAllKeysFromIndex('notes', 'by-tag', 'legal')).toEqual(['t1']);
      db.close();
    },
  );
});

describe('sites', () => {
  test('a site never set is not always-on; set and list', async () => {
    const db = await openDb(new IDBFactory());
    expect(await getSite(db, 'https://a.example')).toEqual({
      origin: 'https://a.example',
      alwaysOn: false,
    });
    await setSite(db, { origin: 'https://a.example', alwaysOn: true });
    await setSite(db, { origin: 'https://b.example', alwaysOn: false });
    expect(await listSites(db)).toEqual([
      { origin: 'https://a.example', alwaysOn: true },
      { origin: 'https://b.example', alwaysOn: false },
    ]);
    db.close();
  });
});

describe('connect', () => {
  test('reuses one connection', async () => {
    const get = connect(new IDBFactory());
    const first = await get();
    expect(await get()).toBe(first);
    first.close();
  });

  test('steps aside when another connection wants to upgrade', async () => {
    const factory = new IDBFactory();
    const get = connect(factory);
    const first = await get();
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onblocked = () => reject(new Error('blocked'));
      request.onerror = () => reject(request.error);
    });
    // It closed and forgot the old connection (else the upgrade above would be blocked), so
    // the next call opens again and meets the newer version.
    await expect(get()).rejects.toThrow(/version/i);
    expect(first.objectStoreNames.length).toBe(STORES.length);
  });
});
