import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { decisionKey, type Decision } from '../shared/decisions';
import { readWhoSaidExport } from '../shared/formats/who-said-json';
import { defaultSettings } from '../shared/settings';
import { listDecisions } from './corrections-store';
import { getSettings } from './settings-store';
import { NOTES_UNAVAILABLE, STORAGE_BLOCKED, STORAGE_NEWER, StorageError } from './storage-errors';
import {
  DB_NAME,
  DB_VERSION,
  connect,
  deleteNote,
  getNote,
  getSite,
  importAll,
  listNotes,
  listSites,
  openDb,
  readRecords,
  restoreNote,
  saveNote,
  setSite,
  type Clock,
  type DecisionRecord,
  type SiteRecord,
  type StoredNote,
} from './db';

/** A clock that ticks one second per call and hands out numbered ids. */
function testClock(): Clock {
  let t = Date.UTC(2026, 0, 1, 12, 0, 0);
  let n = 0;
  return {
    now: () => new Date((t += 1000)),
    uuid: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  };
}

const URL_A = 'https://news.example/2026/story';
let nextId = 0;
/** A fresh note id, as the popup picks one before the first save attempt. */
const newId = () => `10000000-0000-4000-8000-${String(++nextId).padStart(12, '0')}`;
const input = (body: string, url = URL_A) => ({ id: newId(), url, title: 'A story', body });

const URL_B = 'https://other.example/b';

const OLD_NOTES: StoredNote[] = [
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
const DECISION_ANCHOR = {
  kind: 'hedge',
  quote: 'reportedly',
  prefix: 'The contractor had ',
  suffix: ' asked for more money',
} as const;
/** A correction as version 2 keeps them (a finding's card wrote it). */
const DECISION: DecisionRecord = {
  url: URL_A,
  key: decisionKey(DECISION_ANCHOR),
  anchor: DECISION_ANCHOR,
  action: 'reclassify',
  kind: 'none',
  createdAt: '2025-07-02T00:00:00.000Z',
};
/** The reader's settings as version 2 keeps them, in `meta`. */
const SETTINGS = {
  ...defaultSettings(),
  scheme: 'high-contrast' as const,
  neverRun: ['ads.example'],
};

/** Version 2 as the second release made it: plus sites, decisions and meta, with records in each. */
const fillV2 = (db: IDBDatabase): void => {
  fillV1(db);
  db.createObjectStore('sites', { keyPath: 'origin' }).add(SITE);
  db.createObjectStore('decisions', { keyPath: ['url', 'key'] }).add(DECISION);
  const meta = db.createObjectStore('meta', { keyPath: 'key' });
  meta.add({ key: 'lastImportAt', value: '2025-07-03T00:00:00.000Z' });
  meta.add({ key: 'settings', value: SETTINGS });
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
        // The reader's corrections and settings come through, and read as before.
        expect(await db.getAll('decisions')).toEqual([DECISION]);
        expect(await listDecisions(db, URL_A)).toEqual([DECISION]);
        expect(await getSettings(db)).toEqual(SETTINGS);
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

describe('notes', () => {
  test('save creates a note with the caller’s id, normalised URL, trimmed text, timestamps, version 1', async () => {
    const db = await openDb(new IDBFactory());
    const id = newId();
    const saved = await saveNote(
      db,
      { id, url: `${URL_A}?utm_source=x#top`, title: ' A story ', body: '  Check the source.  ' },
      testClock(),
    );
    expect(saved).toEqual({
      ok: true,
      value: {
        id,
        url: URL_A,
        title: 'A story',
        body: 'Check the source.',
        createdAt: '2026-01-01T12:00:01.000Z',
        updatedAt: '2026-01-01T12:00:01.000Z',
        version: 1,
      },
    });
    expect(await listNotes(db, `${URL_A}#other`)).toHaveLength(1);
    db.close();
  });

  test('a long page title is shortened, not refused, and the note exports and imports again', async () => {
    const db = await openDb(new IDBFactory());
    const saved = await saveNote(db, { ...input('x'), title: 'T'.repeat(1_500) });
    expect(saved.ok && saved.value.title).toBe(`${'T'.repeat(999)}…`);
    const records = await readRecords(db);
    const file = {
      format: 'who-said-export',
      version: 3,
      exportedAt: '2026-01-01T00:00:00.000Z',
      ...records,
      snapshots: [],
    };
    expect(readWhoSaidExport(JSON.parse(JSON.stringify(file)))).toMatchObject({ ok: true });
    db.close();
  });

  test('a title is not cut between the halves of a surrogate pair', async () => {
    const db = await openDb(new IDBFactory());
    // The cut falls after unit 999, inside the first emoji: it goes whole.
    const saved = await saveNote(db, { ...input('x'), title: `${'a'.repeat(998)}😀😀😀` });
    expect(saved.ok && saved.value.title).toBe(`${'a'.repeat(998)}…`);
    db.close();
  });

  test('an address too long to keep is refused in words; one that only tracking made long is kept', async () => {
    const db = await openDb(new IDBFactory());
    const long = `https://news.example/${'a'.repeat(5_000)}`;
    const refused = await saveNote(db, input('x', long));
    expect(refused).toMatchObject({ ok: false, error: { code: 'url-too-long' } });
    expect(!refused.ok && refused.error.message).toContain('5,021 characters long');
    // An address that grows when normalised (each € becomes nine characters): the stored
    // length counts, so an export can never hold an address its import refuses.
    const grows = `https://news.example/${'€'.repeat(821)}`;
    expect(await saveNote(db, input('x', grows))).toMatchObject({
      ok: false,
      error: { code: 'url-too-long' },
    });
    const tracked = `${URL_A}?utm_source=${'x'.repeat(5_000)}`;
    const kept = await saveNote(db, input('x', tracked));
    expect(kept.ok && kept.value.url).toBe(URL_A);
    expect(await db.count('notes')).toBe(1);
    db.close();
  });

  test('save refuses invalid input', async () => {
    const db = await openDb(new IDBFactory());
    expect(await saveNote(db, input('   '))).toMatchObject({
      ok: false,
      error: { code: 'empty-note' },
    });
    expect(await saveNote(db, input('x'.repeat(20_001)))).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(await db.count('notes')).toBe(0);
    db.close();
  });

  test('an edit keeps article and creation time, changes body and updatedAt, and the version', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const first = await saveNote(db, input('first'), clock);
    if (!first.ok) throw new Error('save failed');
    const updated = await saveNote(
      db,
      {
        id: first.value.id,
        baseVersion: 1,
        url: 'https://elsewhere.example/',
        title: '',
        body: 'second',
      },
      clock,
    );
    expect(updated).toEqual({
      ok: true,
      value: { ...first.value, body: 'second', updatedAt: '2026-01-01T12:00:02.000Z', version: 2 },
    });
    expect(await getNote(db, first.value.id)).toEqual(updated.ok && updated.value);
    db.close();
  });

  test('the same create again (a retry after a lost answer) stores one note', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const note = input('Only once, please');
    const first = await saveNote(db, note, clock);
    const retry = await saveNote(db, note, clock);
    expect(retry).toEqual(first);
    expect(await db.count('notes')).toBe(1);
    // The same id with other text is not a retry: nothing is overwritten.
    const other = await saveNote(db, { ...note, body: 'Something else' }, clock);
    expect(other).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect((await getNote(db, note.id))?.body).toBe('Only once, please');
    db.close();
  });

  test('the same edit again is answered, not applied twice; a stale edit is refused in words', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const note = input('v1');
    await saveNote(db, note, clock);
    const edit = { ...note, baseVersion: 1, body: 'v2 from the popup' };
    const applied = await saveNote(db, edit, clock);
    expect(applied).toMatchObject({ ok: true, value: { version: 2, body: 'v2 from the popup' } });
    expect(await saveNote(db, edit, clock)).toEqual(applied);
    // The options page still shows version 1 and edits it: refused, version 2 kept.
    const stale = await saveNote(db, { ...note, baseVersion: 1, body: 'v2 from options' }, clock);
    expect(stale).toMatchObject({ ok: false, error: { code: 'stale' } });
    expect(!stale.ok && stale.error.message).toMatch(/changed in another window.*wasn’t saved/);
    expect(await getNote(db, note.id)).toMatchObject({ body: 'v2 from the popup', version: 2 });
    db.close();
  });

  test('updating a note that does not exist is an error and writes nothing', async () => {
    const db = await openDb(new IDBFactory());
    const result = await saveNote(db, {
      ...input('ghost'),
      baseVersion: 1,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await db.count('notes')).toBe(0);
    db.close();
  });

  test('list returns only the article, newest first', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    await saveNote(db, input('one'), clock);
    await saveNote(db, input('other article', 'https://news.example/other'), clock);
    await saveNote(db, input('two'), clock);
    expect((await listNotes(db, URL_A)).map((n) => n.body)).toEqual(['two', 'one']);
    db.close();
  });

  test('delete answers the deleted note; Undo puts it back as it was; a page reaches its own only', async () => {
    const db = await openDb(new IDBFactory());
    const saved = await saveNote(db, input('bye'), testClock());
    if (!saved.ok) throw new Error('save failed');
    expect(await deleteNote(db, saved.value.id, 'https://elsewhere.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await deleteNote(db, saved.value.id, URL_A)).toEqual(saved);
    expect(await deleteNote(db, saved.value.id)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(await listNotes(db, URL_A)).toEqual([]);
    expect(await restoreNote(db, saved.value, 'https://elsewhere.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await restoreNote(db, saved.value)).toEqual(saved);
    expect(await listNotes(db, URL_A)).toEqual([saved.value]);
    db.close();
  });

  test('a note and its article are written in one transaction, the text as it was once per version', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const snapshot = {
      url: URL_A,
      fingerprint: 'v1-a-1',
      gzip: new Uint8Array([1, 2, 3]),
      length: 3,
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const article = () => ({
      url: URL_A,
      title: 'A story',
      site: 'The Gazette',
      createdAt: 'x',
      updatedAt: 'y',
    });
    const first = await saveNote(
      db,
      { ...input('one'), tags: ['Sources', '#sources', 'legal'] },
      clock,
      { article, snapshot },
    );
    expect(first.ok && first.value.tags).toEqual(['Sources', 'legal']);
    await saveNote(db, input('two'), clock, {
      article,
      snapshot: { ...snapshot, gzip: new Uint8Array([9]) },
    });
    expect(await db.getAll('articles')).toEqual([article()]);
    expect((await db.getAll('snapshots')).map((s) => [...s.gzip])).toEqual([[1, 2, 3]]);
    expect(await db.getAllKeysFromIndex('notes', 'by-tag', 'legal')).toEqual([
      first.ok && first.value.id,
    ]);
    db.close();
  });
});

describe('sites and export', () => {
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

  test('readRecords reads every store, or one article, as a consistent snapshot', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const a = await saveNote(db, input('one'), clock);
    const b = await saveNote(db, input('two', 'https://other.example/x'), clock);
    await setSite(db, { origin: 'https://other.example', alwaysOn: true }, clock);
    const anchor = { kind: 'hedge', quote: 'reportedly', prefix: 'it ', suffix: ' said' } as const;
    const decision: Decision = {
      url: URL_A,
      key: decisionKey(anchor),
      anchor,
      action: 'dismiss',
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    await db.put('decisions', decision);
    const all = await readRecords(db);
    expect(all.notes).toEqual([a.ok && a.value, b.ok && b.value]);
    expect(all.sites).toEqual([{ origin: 'https://other.example', alwaysOn: true }]);
    expect(all.articles.map((x) => x.url)).toEqual([URL_A, 'https://other.example/x']);
    expect(all.decisions).toEqual([decision]);
    const one = await readRecords(db, URL_A);
    expect(one.notes).toEqual([a.ok && a.value]);
    expect(one.sites).toEqual([]);
    expect(one.decisions).toEqual([decision]);
    expect((await readRecords(db, 'https://other.example/x')).decisions).toEqual([]);
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

describe('importAll', () => {
  test('an export imported into an empty store gives the same export back', async () => {
    const source = await openDb(new IDBFactory());
    const clock = testClock();
    await saveNote(source, input('one'), clock);
    await saveNote(
      source,
      {
        ...input('two', 'https://other.example/x'),
        target: { selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }] },
      },
      clock,
    );
    await setSite(source, { origin: 'https://other.example', alwaysOn: false }, clock);
    const data = await readRecords(source);

    const target = await openDb(new IDBFactory());
    expect(await importAll(target, data, clock)).toEqual({
      added: 2,
      updated: 0,
      unchanged: 0,
      decisions: 0,
    });
    const again = await readRecords(target);
    expect(again.notes).toEqual(data.notes);
    expect(again.sites).toEqual(data.sites);
    expect(again.articles).toEqual(data.articles);
    // Importing twice changes nothing.
    expect(await importAll(target, data, clock)).toEqual({
      added: 0,
      updated: 0,
      unchanged: 2,
      decisions: 0,
    });
    expect((await target.get('meta', 'lastImportAt'))?.value).toMatch(/^2026-/);
    source.close();
    target.close();
  });

  test('a newer copy replaces, an older one does not; sites arrive switched off', async () => {
    const db = await openDb(new IDBFactory());
    const clock = testClock();
    const saved = await saveNote(db, input('mine'), clock);
    if (!saved.ok) throw new Error('save failed');
    const older = { ...saved.value, body: 'older', updatedAt: '2025-01-01T00:00:00.000Z' };
    expect(
      await importAll(db, {
        notes: [older],
        sites: [{ origin: 'https://a.example', alwaysOn: true }],
      }),
    ).toEqual({ added: 0, updated: 0, unchanged: 1, decisions: 0 });
    expect((await getNote(db, saved.value.id))?.body).toBe('mine');
    expect(await getSite(db, 'https://a.example')).toEqual({
      origin: 'https://a.example',
      alwaysOn: false,
    });

    const newer = { ...saved.value, body: 'newer', updatedAt: '2027-01-01T00:00:00.000Z' };
    expect(await importAll(db, { notes: [newer], sites: [] })).toEqual({
      added: 0,
      updated: 1,
      unchanged: 0,
      decisions: 0,
    });
    // Replaced, at a later version: an edit based on the note as it was is now stale.
    expect(await getNote(db, saved.value.id)).toMatchObject({ body: 'newer', version: 2 });
    expect(
      await saveNote(db, {
        id: saved.value.id,
        url: saved.value.url,
        title: saved.value.title,
        baseVersion: 1,
        body: 'edit of the old copy',
      }),
    ).toMatchObject({ ok: false, error: { code: 'stale' } });
    db.close();
  });
});

describe('storage failures are StorageErrors the reader can act on', () => {
  /** A factory like Firefox's in private browsing: opening throws InvalidStateError. */
  const privateFactory = (how: 'throws' | 'fails'): IDBFactory =>
    ({
      open() {
        const error = new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
        if (how === 'throws') throw error;
        const request = new EventTarget() as EventTarget & { error: DOMException };
        request.error = error;
        setTimeout(() => request.dispatchEvent(new Event('error', { cancelable: true })), 0);
        return request;
      },
    }) as unknown as IDBFactory;

  test.each(['throws', 'fails'] as const)(
    'private browsing (open %s with InvalidStateError): notes-unavailable',
    async (how) => {
      const error = await openDb(privateFactory(how)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).info).toEqual(NOTES_UNAVAILABLE);
      expect((error as StorageError).info.message).toMatch(/Highlights work as usual/);
    },
  );

  test('an upgrade blocked by an old connection that never closes fails in words, then recovers', async () => {
    const factory = new IDBFactory();
    // An old page holding version 1 open and ignoring requests to close it.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = connect(factory, { blockedGraceMs: 50 });
    const error = await get().catch((e: unknown) => e);
    expect((error as StorageError).info).toEqual(STORAGE_BLOCKED);
    // Once the old page is closed, the next request opens (and upgrades) the store.
    old.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const db = await get();
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });

  test('a database from a newer version: storage-newer', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open(DB_NAME, DB_VERSION + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const error = await openDb(factory).catch((e: unknown) => e);
    expect((error as StorageError).info).toEqual(STORAGE_NEWER);
  });
});
