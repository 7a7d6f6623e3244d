import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fingerprintText, type ArticleClaim } from '../shared/article';
import { decisionKey } from '../shared/decisions';
import type { WhoSaidExport } from '../shared/export-format';
import { looksLikeW3C, readW3C, toW3C } from '../shared/formats/w3c';
import { readWhoSaidExport } from '../shared/formats/who-said-json';
import type { ImportReport, PageNoteInput } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { connect, type Clock } from './db';
import { createNotesService, type NotesService } from './notes-service';

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
const TEXT = 'Water levels fell, officials said on Thursday. The repairs were delayed in October.';
const claim = (text = TEXT, over: Partial<ArticleClaim> = {}): ArticleClaim => ({
  title: 'Reservoir levels fall',
  site: 'The Ardmore Gazette',
  byline: 'Tamsin Orrell',
  fingerprint: fingerprintText(text),
  textLength: text.length,
  ...over,
});
const id = (n: number) => `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const passage = (n: number, words = 'officials said'): PageNoteInput => {
  const start = TEXT.indexOf(words);
  return {
    id: id(n),
    body: `Note ${n}: which officials?`,
    tags: ['sources'],
    target: {
      selectors: [
        {
          type: 'TextQuoteSelector',
          exact: words,
          prefix: TEXT.slice(Math.max(0, start - 32), start),
          suffix: TEXT.slice(start + words.length, start + words.length + 32),
        },
        { type: 'TextPositionSelector', start, end: start + words.length },
      ],
    },
    finding: { kind: 'attribution' },
  };
};

/** Reads a file as the options page does (ours or W3C), then commits it as the background does. */
async function importInto(service: NotesService, file: unknown): Promise<Result<ImportReport>> {
  const read = looksLikeW3C(file) ? readW3C(file, new Date()) : readWhoSaidExport(file);
  if (!read.ok) return read;
  const { notes, sites, articles, decisions, snapshots } = read.value;
  return ok(await service.commitImport({ notes, sites, articles, decisions, snapshots }));
}

const dbs = new WeakMap<NotesService, ReturnType<typeof connect>>();
/** The database a service from `setup` writes to (for a second service over the same store). */
const setupDb = (service: NotesService) => dbs.get(service) as ReturnType<typeof connect>;

function setup() {
  const clock = testClock();
  const db = connect(new IDBFactory());
  const notes = createNotesService(db, clock);
  dbs.set(notes, db);
  return { db, clock, notes };
}

describe('notes from the page', () => {
  test('a passage note keeps its article (metadata, fingerprint) and the text as it was, once per version', async () => {
    const { notes, db } = setup();
    const saved = await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    expect(saved).toMatchObject({
      ok: true,
      value: {
        id: id(1),
        url: URL_A,
        title: 'Reservoir levels fall',
        body: 'Note 1: which officials?',
        tags: ['sources'],
        finding: { kind: 'attribution' },
        articleFingerprint: fingerprintText(TEXT),
        version: 1,
      },
    });
    expect(await notes.article(URL_A)).toMatchObject({
      url: URL_A,
      site: 'The Ardmore Gazette',
      byline: 'Tamsin Orrell',
      fingerprint: fingerprintText(TEXT),
    });
    expect(await notes.snapshot(URL_A, fingerprintText(TEXT))).toBe(TEXT);
    const stored = (await (await db()).getAll('snapshots'))[0];
    expect(stored?.gzip).toBeInstanceOf(Uint8Array);

    // A second note on the same version adds no second copy; the page learns it is kept.
    await notes.saveFromPage(URL_A, claim(), passage(2, 'repairs were delayed'), TEXT);
    expect(await (await db()).count('snapshots')).toBe(1);
    expect((await notes.pageNotes(URL_A, claim())).snapshots).toEqual([fingerprintText(TEXT)]);
  });

  test('a text that is not the claimed version is not kept', async () => {
    const { notes } = setup();
    await notes.saveFromPage(URL_A, claim(), passage(1), 'Some other text entirely.');
    expect(await notes.snapshot(URL_A, fingerprintText(TEXT))).toBeNull();
  });

  test('a retried save (same id) is the same note, never a second one', async () => {
    const { notes } = setup();
    await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    expect(await notes.list(URL_A)).toHaveLength(1);
  });

  test('an edit changes text and tags, keeps the passage; another article cannot touch it', async () => {
    const { notes } = setup();
    const first = await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    const edited = await notes.saveFromPage(
      URL_A,
      claim(),
      { id: id(1), baseVersion: 1, body: 'Named later', tags: [] },
      undefined,
    );
    expect(edited.ok && edited.value).toMatchObject({
      body: 'Named later',
      target: first.ok ? first.value.target : null,
    });
    expect(edited.ok && edited.value.tags).toBeUndefined();
    const hijack = await notes.saveFromPage('https://evil.example/', claim(), {
      id: id(1),
      body: 'mine now',
    });
    expect(hijack).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await notes.remove(id(1), 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect((await notes.list(URL_A))[0]?.body).toBe('Named later');
  });

  test('delete answers the deleted note and undo puts it back as it was', async () => {
    const { notes } = setup();
    const saved = await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    const removed = await notes.remove(id(1), URL_A);
    expect(removed).toEqual(saved);
    expect(await notes.list(URL_A)).toEqual([]);
    expect(await notes.remove(id(1), URL_A)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    if (!removed.ok) throw new Error('not removed');
    expect(await notes.restore(removed.value, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await notes.restore(removed.value, URL_A)).toEqual(saved);
    expect(await notes.list(URL_A)).toEqual([removed.value]);
  });

  test('a visit refreshes what is known of an annotated article, and records nothing for others', async () => {
    const { notes } = setup();
    await notes.pageNotes('https://news.example/unannotated', claim());
    expect(await notes.article('https://news.example/unannotated')).toBeUndefined();
    await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    const later = 'Water levels fell. Edited.';
    await notes.pageNotes(URL_A, claim(later, { byline: 'T. Orrell' }));
    expect(await notes.article(URL_A)).toMatchObject({
      byline: 'T. Orrell',
      fingerprint: fingerprintText(later),
    });
  });
});

describe('search kept in step with the store', () => {
  test('the plain list comes from the store’s time index, newest first, paged, before the index is built', async () => {
    const { notes } = setup();
    for (let n = 1; n <= 5; n++) {
      await notes.save({ id: id(n), url: URL_A, title: 'T', body: `Note ${n}` });
    }
    const fresh = createNotesService(setupDb(notes), testClock());
    expect(await fresh.search({ query: '', offset: 1, limit: 2 })).toMatchObject({
      total: 5,
      offset: 1,
      notes: [{ body: 'Note 4' }, { body: 'Note 3' }],
    });
  });

  test('found after saving, by new words after editing, not after deleting; totals and pages', async () => {
    const { notes } = setup();
    for (let n = 1; n <= 5; n++) await notes.saveFromPage(URL_A, claim(), passage(n), TEXT);
    const page = await notes.search({ query: 'officials', limit: 2 });
    expect(page.total).toBe(5);
    expect(page.notes).toHaveLength(2);
    await notes.save({
      id: id(3),
      baseVersion: 1,
      url: URL_A,
      title: '',
      body: 'Hydrology report',
      tags: ['data'],
    });
    expect((await notes.search({ query: 'hydrology' })).notes.map((n) => n.id)).toEqual([id(3)]);
    expect((await notes.search({ query: '', tag: 'data' })).total).toBe(1);
    await notes.remove(id(3));
    expect((await notes.search({ query: 'hydrology' })).total).toBe(0);
    expect(await notes.facets()).toEqual({
      tags: [{ tag: 'sources', count: 4 }],
      sites: [{ site: 'news.example', count: 4 }],
    });
  });
});

/** Everything in a store, as the export shows it (minus its own time). */
async function contents(notes: ReturnType<typeof setup>['notes']) {
  const { exportedAt: _t, ...rest } = await notes.exportData();
  return rest;
}

const unicode = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
  .filter((s) => s.trim() !== '' && s.trim() === s);

describe('export and import', () => {
  test('a whole store round-trips: articles, notes, corrections, texts as they were, sites', async () => {
    const a = setup();
    await a.notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    await a.notes.save({
      id: id(2),
      url: 'https://other.example/b',
      title: 'Other',
      body: 'Whole article',
      tags: ['follow up'],
    });
    const d = await a.db();
    const anchor = {
      kind: 'attribution',
      quote: 'said',
      prefix: 'Officials ',
      suffix: ' the',
    } as const;
    await d.put('decisions', {
      url: URL_A,
      key: decisionKey(anchor),
      anchor,
      action: 'reclassify',
      kind: 'hedge',
      createdAt: '2026-01-02T00:00:00.000Z',
    });
    await d.put('sites', {
      origin: 'https://news.example',
      alwaysOn: true,
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    const file = JSON.parse(JSON.stringify(await a.notes.exportData())) as WhoSaidExport;
    expect(file.snapshots).toEqual([
      { url: URL_A, fingerprint: fingerprintText(TEXT), text: TEXT, createdAt: expect.any(String) },
    ]);

    const b = setup();
    expect(await importInto(b.notes, file)).toEqual({
      ok: true,
      value: { added: 2, updated: 0, unchanged: 0, decisions: 1 },
    });
    const want = await contents(a.notes);
    // Sites arrive switched off: running by itself needs a permission a file cannot carry.
    expect(await contents(b.notes)).toEqual({
      ...want,
      sites: [{ origin: 'https://news.example', alwaysOn: false }],
    });
    expect(await importInto(b.notes, file)).toEqual({
      ok: true,
      value: { added: 0, updated: 0, unchanged: 2, decisions: 0 },
    });
    expect((await b.notes.search({ query: 'whole' })).total).toBe(1);
  });

  test('one article’s export holds only that article', async () => {
    const { notes } = setup();
    await notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    await notes.save({
      id: id(2),
      url: 'https://other.example/b',
      title: 'Other',
      body: 'Elsewhere',
    });
    const one = await notes.exportData(URL_A);
    expect(one.notes.map((n) => n.id)).toEqual([id(1)]);
    expect(one.articles.map((x) => x.url)).toEqual([URL_A]);
    expect(one.snapshots).toHaveLength(1);
  });

  test('newer updated wins; an older copy changes nothing', async () => {
    const { notes } = setup();
    const saved = await notes.save({ id: id(1), url: URL_A, title: 'T', body: 'mine' });
    if (!saved.ok) throw new Error('not saved');
    const file = (body: string, updatedAt: string) => ({
      format: 'who-said-export',
      version: 1,
      exportedAt: '2026-02-01T00:00:00.000Z',
      notes: [{ ...saved.value, body, updatedAt }],
      sites: [],
    });
    expect(await importInto(notes, file('older', '2025-01-01T00:00:00.000Z'))).toMatchObject({
      value: { unchanged: 1 },
    });
    expect((await notes.list(URL_A))[0]?.body).toBe('mine');
    expect(await importInto(notes, file('newer', '2027-01-01T00:00:00.000Z'))).toMatchObject({
      value: { updated: 1 },
    });
    expect((await notes.list(URL_A))[0]?.body).toBe('newer');
    expect((await notes.search({ query: 'newer' })).total).toBe(1);
  });

  test('our W3C export imports into a fresh profile as the same notes', async () => {
    const a = setup();
    await a.notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    const w3c = JSON.parse(JSON.stringify(toW3C(await a.notes.exportData())));
    const b = setup();
    expect(await importInto(b.notes, w3c)).toMatchObject({ ok: true, value: { added: 1 } });
    const [note] = await b.notes.list(URL_A);
    const [orig] = await a.notes.list(URL_A);
    // W3C has no place for the finding or the article's fingerprint; the rest is the same.
    const {
      finding: _f,
      articleFingerprint: _a,
      ...rest
    } = orig ?? ({} as NonNullable<typeof orig>);
    expect(note).toEqual(rest);
  });

  test('property: import(export(db)) equals db for random notes in any Unicode, and is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            body: unicode,
            title: unicode,
            tags: fc.array(unicode, { maxLength: 3 }),
            path: unicode,
          }),
          { minLength: 1, maxLength: 8 },
        ),
        async (drafts) => {
          const a = setup();
          let saved = 0;
          for (const [i, d] of drafts.entries()) {
            // A draft the store refuses (a tag of only "#") is simply not there.
            const result = await a.notes.save({
              id: id(i + 1),
              url: `https://news.example/${encodeURIComponent(d.path)}`,
              title: d.title,
              body: d.body,
              tags: d.tags,
            });
            if (result.ok) saved++;
          }
          const file = JSON.parse(JSON.stringify(await a.notes.exportData()));
          const b = setup();
          const first = await importInto(b.notes, file);
          expect(first.ok).toBe(true);
          expect(await contents(b.notes)).toEqual(await contents(a.notes));
          const second = await importInto(b.notes, file);
          expect(second).toEqual({
            ok: true,
            value: { added: 0, updated: 0, unchanged: saved, decisions: 0 },
          });
          expect(await contents(b.notes)).toEqual(await contents(a.notes));
        },
      ),
      { numRuns: 40 },
    );
  });

  test('property: a malformed file is refused in words and leaves the store untouched', async () => {
    const a = setup();
    await a.notes.saveFromPage(URL_A, claim(), passage(1), TEXT);
    const good = JSON.parse(JSON.stringify(await a.notes.exportData())) as Record<string, unknown>;
    const before = await contents(a.notes);
    const breakages: ((f: Record<string, unknown> & WhoSaidExport) => void)[] = [
      (f) => void ((f.notes[0] as { body: string }).body = ''),
      (f) => void delete (f.notes[0]!.target!.selectors[0] as { exact?: string }).exact,
      (f) => void ((f.notes[0] as unknown as Record<string, unknown>).extra = 1),
      (f) => void ((f.articles[0] as { url: string }).url = 'javascript:void(0)'),
      (f) => void ((f.snapshots[0] as { text: string }).text += '!'),
      (f) =>
        void (f.corrections = [
          { url: URL_A, key: '', action: 'dismiss', createdAt: 'x' },
        ] as never),
      (f) => void (f.version = 99 as never),
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...breakages),
        fc.string({ maxLength: 20 }),
        async (breakage, body) => {
          const file = structuredClone(good) as Record<string, unknown> & WhoSaidExport;
          // A valid new note too: it must not be written either.
          file.notes.push({
            ...file.notes[0]!,
            id: id(99),
            body: body.trim() || 'new',
            createdAt: file.notes[0]!.createdAt,
          });
          breakage(file);
          const result = await importInto(a.notes, JSON.parse(JSON.stringify(file)));
          if (result.ok) return; // a breakage that JSON turned back into something valid
          expect(result.error.message).not.toMatch(/file\.\w|payload|\[\d+\]/);
          expect(await contents(a.notes)).toEqual(before);
        },
      ),
      { numRuns: 30 },
    );
  });
});

test('preferences: the note button is on until switched off', async () => {
  const { notes } = setup();
  expect(await notes.prefs()).toEqual({ selectionButton: true });
  await notes.setPrefs({ selectionButton: false });
  expect(await notes.prefs()).toEqual({ selectionButton: false });
  expect((await notes.pageNotes(URL_A, claim())).prefs).toEqual({ selectionButton: false });
});
