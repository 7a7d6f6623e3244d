/**
 * Properties of export and import, over the real path: notes saved through
 * `notes.save`, exported through `data.export`, written to a file (JSON text)
 * and imported the way the options page does (`importFile`: size, parse,
 * validate, chunks, one commit), into the background over fake-indexeddb.
 *
 * - Whatever was stored exports to a file that imports again, and the store it
 *   makes equals the first (any Unicode, lone surrogates included, lengths at
 *   the limits, addresses that grow when normalised).
 * - Importing the same file again changes nothing.
 * - A malformed file is refused in words and leaves the store untouched.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { LIMITS } from '../shared/limits';
import type { ImportReport } from '../shared/messages';
import type { NoteInput } from '../shared/notes';
import type { Result } from '../shared/result';
import { createClient, type Client } from '../ui/messaging';
import { importFile } from '../ui/options/import-file';
import { createBackground } from './background';
import { fakeBrowser } from './fake-browser';

const POPUP = {
  id: 'who-said-test',
  url: 'chrome-extension://who-said-test/src/ui/popup/index.html',
};

/** A background over a fresh store, and a client that talks to it like the popup does. */
function world(): Client {
  const background = createBackground({ browser: fakeBrowser(), indexedDB: new IDBFactory() });
  // Every message is structured-cloned on the way, as the browser does.
  return createClient(async (message) =>
    structuredClone(await background.route(structuredClone(message), POPUP)),
  );
}

/** Everything the store holds, as `data.export` gives it (without the export time). */
async function contents(client: Client) {
  const exported = await client.request('data.export', {});
  if (!exported.ok) throw new Error(exported.error.message);
  return { ...exported.value, exportedAt: 'any time' };
}

/** The export as the file a reader saves. */
async function exportFile(client: Client): Promise<string> {
  const exported = await client.request('data.export', {});
  if (!exported.ok) throw new Error(exported.error.message);
  return `${JSON.stringify(exported.value, null, 2)}\n`;
}

const importText = (client: Client, text: string): Promise<Result<ImportReport>> =>
  importFile(client, { size: new Blob([text]).size, text: async () => text }, () => undefined, 1);

/** Any UTF-16 text: every code point, and lone surrogates too. */
const anyText = (maxLength: number) =>
  fc.string({
    unit: fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
    ),
    maxLength,
  });

/** Text of exactly `n` code units (ASCII, then one character of any kind). */
const exactly = (n: number) =>
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: 1 })
    .map((tail) => `${'x'.repeat(n - tail.length)}${tail}`);

const TRACKING = ['utm_source=news', 'fbclid=abc', 'gclid=1', 'smid=tw-share'];

/** Article addresses: any Unicode path and query, tracking parameters, and lengths at the limit. */
const address = fc.oneof(
  fc
    .record({
      scheme: fc.constantFrom('https://', 'http://'),
      host: fc.domain(),
      path: anyText(40),
      query: fc.array(fc.tuple(fc.constantFrom('id', 'page', 'b', 'a'), anyText(8)), {
        maxLength: 3,
      }),
      tracking: fc.subarray(TRACKING),
      hash: fc.option(anyText(10)),
    })
    .map(({ scheme, host, path, query, tracking, hash }) => {
      const params = [...query.map(([k, v]) => `${k}=${v}`), ...tracking];
      return `${scheme}${host}/${path}${params.length ? `?${params.join('&')}` : ''}${hash === null ? '' : `#${hash}`}`;
    }),
  // Stored length around the limit: 4,096 is kept, 4,097 is refused.
  fc
    .integer({ min: LIMITS.url - 3, max: LIMITS.url + 3 })
    .map((n) => `https://news.example/${'a'.repeat(n - 'https://news.example/'.length)}`),
  // Short before normalising, long after: characters outside ASCII become escapes.
  fc.integer({ min: 440, max: 460 }).map((n) => `https://news.example/${'€'.repeat(n)}`),
  fc.constant('file:///home/reader/saved-article.html'),
);

const noteInput = fc.record(
  {
    url: address,
    title: fc.oneof(
      anyText(30),
      exactly(LIMITS.noteTitle),
      exactly(LIMITS.noteTitle + 1),
      exactly(1_500),
    ),
    body: fc.oneof(anyText(60), exactly(LIMITS.noteBody)),
    target: fc.constantFrom<NoteInput['target']>(
      undefined,
      { selectors: [{ type: 'TextPositionSelector' as const, start: 3, end: 9 }] },
      {
        selectors: [
          {
            type: 'TextQuoteSelector' as const,
            exact: 'officials said',
            prefix: '',
            suffix: ' so',
          },
        ],
      },
    ),
    edit: fc.option(anyText(40)),
  },
  { requiredKeys: ['url', 'title', 'body', 'edit'] },
);

const site = fc.record({
  origin: fc.domain().map((d) => `https://${d}`),
  alwaysOn: fc.boolean(),
});

const database = fc.record({
  notes: fc.array(noteInput, { maxLength: 6 }),
  sites: fc.uniqueArray(site, { maxLength: 3, selector: (s) => s.origin }),
});

/** Fills a store through the popup's messages; what the store refuses is simply not there. */
type Database = typeof database extends fc.Arbitrary<infer T> ? T : never;

async function fill(client: Client, db: Database): Promise<void> {
  for (const { edit, target, ...fields } of db.notes) {
    const input: NoteInput = { id: crypto.randomUUID(), ...fields, ...(target ? { target } : {}) };
    const saved = await client.request('notes.save', { note: input });
    if (!saved.ok) {
      // The only refusals: nothing left once trimmed, or an address too long to keep.
      expect(['empty-note', 'url-too-long']).toContain(saved.error.code);
      continue;
    }
    if (edit !== null) {
      const edited = await client.request('notes.save', {
        note: { ...input, baseVersion: saved.value.version, body: edit },
      });
      if (!edited.ok) expect(edited.error.code).toBe('empty-note');
    }
  }
}

describe('export and import (fast-check properties)', () => {
  test('import(export(db)) equals db, for any stored notes', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (db) => {
        const source = world();
        await fill(source, db);
        const before = await contents(source);
        const file = await exportFile(source);

        const target = world();
        const imported = await importText(target, file);
        expect(imported).toEqual({
          ok: true,
          // The source's settings are the defaults: nothing of them to add.
          value: {
            added: before.notes.length,
            updated: 0,
            unchanged: 0,
            decisions: 0,
            phrases: 0,
            sites: 0,
          },
        });
        const after = await contents(target);
        expect(after.notes).toEqual(before.notes);
        // Sites come back switched off: running by itself needs the browser's permission.
        expect(after.sites).toEqual(before.sites.map((s) => ({ ...s, alwaysOn: false })));
      }),
      { numRuns: 60 },
    );
  });

  test('importing the same file again changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(database, async (db) => {
        const client = world();
        await fill(client, db);
        const file = await exportFile(client);
        const before = await contents(client);
        const n = before.notes.length;
        for (let i = 0; i < 2; i++) {
          expect(await importText(client, file)).toEqual({
            ok: true,
            value: { added: 0, updated: 0, unchanged: n, decisions: 0, phrases: 0, sites: 0 },
          });
          expect(await contents(client)).toEqual(before);
        }
      }),
      { numRuns: 30 },
    );
  });

  /** Ways to spoil an export file. */
  const spoil = fc.constantFrom<[string, (file: Record<string, unknown>, text: string) => string]>(
    ['cut short', (_f, text) => text.slice(0, Math.floor(text.length / 2))],
    ['not ours', (f) => JSON.stringify({ ...f, format: 'hypothesis' })],
    ['from the future', (f) => JSON.stringify({ ...f, version: 99 })],
    ['an extra field', (f) => JSON.stringify({ ...f, extra: true })],
    ['notes not a list', (f) => JSON.stringify({ ...f, notes: {} })],
    [
      'a polluted note',
      (f) => JSON.stringify({ ...f, notes: [...notesOf(f), JSON.parse('{"__proto__":{"x":1}}')] }),
    ],
    [
      'a note without body',
      (f) => JSON.stringify({ ...f, notes: [...notesOf(f), { ...noteLike(), body: '' }] }),
    ],
    [
      'a title over the limit',
      (f) =>
        JSON.stringify({
          ...f,
          notes: [...notesOf(f), { ...noteLike(), title: 'x'.repeat(LIMITS.noteTitle + 1) }],
        }),
    ],
    [
      'an address too long once normalised',
      (f) =>
        JSON.stringify({
          ...f,
          notes: [...notesOf(f), { ...noteLike(), url: `https://a.example/${'€'.repeat(500)}` }],
        }),
    ],
    [
      'a bad time',
      (f) =>
        JSON.stringify({ ...f, notes: [...notesOf(f), { ...noteLike(), updatedAt: 'tomorrow' }] }),
    ],
  );

  const notesOf = (f: Record<string, unknown>): unknown[] =>
    Array.isArray(f.notes) ? f.notes : [];
  const noteLike = () => ({
    id: crypto.randomUUID(),
    url: 'https://news.example/x',
    title: 'T',
    body: 'B',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 1,
  });

  test('a malformed file is refused in words and leaves the store untouched', async () => {
    await fc.assert(
      fc.asyncProperty(database, database, spoil, async (mine, theirs, [_name, damage]) => {
        const other = world();
        await fill(other, theirs);
        const text = await exportFile(other);
        const bad = damage(JSON.parse(text) as Record<string, unknown>, text);

        const client = world();
        await fill(client, mine);
        const before = await contents(client);
        const result = await importText(client, bad);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.message).toMatch(/^[A-Z“]|^file\./);
        expect(await contents(client)).toEqual(before);
        expect(({} as Record<string, unknown>).x).toBeUndefined();
      }),
      { numRuns: 40 },
    );
  });
});
