// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { SearchPage, SearchRequest } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import { err, ok, type Result } from '../../shared/result';
import { defaultSettings, type ReaderSettings } from '../../shared/settings';
import { fakeClient, settle, useTestRoot, type FakeHandlers } from '../test-support';
import { Options } from './options';
import type { OptionsEnv } from './options-env';
import { exportFileName } from './use-options';

const note = (id: string, body: string, url = 'https://news.example/a'): Note => ({
  id,
  url,
  title: `Article ${id}`,
  body,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  version: 1,
});

const ALL = [
  { ...note('a', 'Which officials?'), tags: ['sources'] },
  note('b', 'Compare with the wire copy', 'https://other.example/b'),
  note('c', 'Script link', 'javascript:alert(1)'),
];

/** A search over `ALL` the way the background answers: filters, a total, one page. */
function searchAll(req: SearchRequest): Result<SearchPage> {
  const matches = ALL.filter(
    (n) =>
      n.body.toLowerCase().includes(req.query.toLowerCase()) &&
      (!req.tag || (n.tags ?? []).includes(req.tag)),
  );
  const offset = req.offset ?? 0;
  return ok({
    notes: matches.slice(offset, offset + (req.limit ?? 50)),
    total: matches.length,
    offset,
  });
}

function fakeEnv(overrides: FakeHandlers = {}) {
  const handlers: FakeHandlers = {
    'notes.search': searchAll,
    'notes.facets': () =>
      ok({ tags: [{ tag: 'sources', count: 1 }], sites: [{ site: 'news.example', count: 1 }] }),
    'notes.delete': ({ id }) => ok(ALL.find((n) => n.id === id) ?? null),
    'notes.restore': ({ note: n }) => ok(n),
    'prefs.get': () => ok({ selectionButton: true }),
    'prefs.set': (p) => ok(p),
    'site.list': () => ok([{ origin: 'https://news.example', alwaysOn: true }]),
    'site.set': (s) => ok(s),
    'data.export': () =>
      ok({
        format: 'who-said-export',
        version: 3,
        exportedAt: '2026-01-05T00:00:00.000Z',
        articles: [],
        notes: ALL.slice(0, 2),
        corrections: [],
        snapshots: [],
        sites: [],
        decisions: [],
      }),
    'import.begin': () => ok({ importId: IMPORT_ID }),
    'import.notes': ({ notes }) => ok({ received: (received += notes.length) }),
    'import.commit': () => ok({ added: 2, updated: 1, unchanged: 3, decisions: 0 }),
    'import.progress': () => ok({ phase: 'writing', done: 1, total: 2 }),
    'data.exportFile': () =>
      ok({
        text: `${JSON.stringify({ format: 'who-said-export', version: 3, notes: ALL.slice(0, 2) })}\n`,
        notes: 2,
        decisions: 0,
      }),
    'settings.get': () => ok(defaultSettings()),
    'settings.set': ({ settings }) => ok(settings),
    ...overrides,
  };
  let received = 0;
  const { client, requests } = fakeClient(handlers);
  const env: OptionsEnv = {
    client,
    requestSiteAccess: vi.fn(async () => true),
    download: vi.fn(),
    persist: vi.fn(async () => true),
    highlightVariant: async () => 'decorated' as const,
  };
  return { env, requests };
}

const IMPORT_ID = '40000000-0000-4000-8000-000000000001';

/** A stored note as an export file holds it. */
const fileNote = (n: number) => ({
  id: `50000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  url: `https://news.example/${n}`,
  title: `Story ${n}`,
  body: `Note ${n}`,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  version: 1,
});

/** Hands the file input a picked file. */
async function pick(input: HTMLInputElement, file: { size: number; text(): Promise<string> }) {
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

const t = useTestRoot();
const mount = (env: OptionsEnv) => t.mount(<Options env={env} />);
const q = t.byTestId;
const bodies = () =>
  [...t.root.querySelectorAll('[data-testid="note-item"] .note__body')].map((e) => e.textContent);

describe('options page', () => {
  test('lists every note with its article, and searches', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    expect(bodies()).toEqual(['Which officials?', 'Compare with the wire copy', 'Script link']);
    const links = [...t.root.querySelectorAll<HTMLAnchorElement>('.note__article')];
    expect(links.map((a) => a.textContent)).toEqual(['Article a', 'Article b', 'Article c']);
    expect(links[0]?.getAttribute('href')).toBe('https://news.example/a');
    // A stored address that is not a web page never becomes a live link.
    expect(links[2]?.hasAttribute('href')).toBe(false);

    const box = q<HTMLInputElement>('search');
    await act(() => {
      box.value = 'officials';
      box.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await settle();
    expect(requests.at(-1)).toEqual({
      type: 'notes.search',
      payload: { query: 'officials', offset: 0, limit: 50 },
    });
    expect(bodies()).toEqual(['Which officials?']);
    expect(q('results').textContent).toBe('1 matching note');
  });

  test('filters by tag, shows the total and pages through it', async () => {
    const many = Array.from({ length: 120 }, (_, i) => note(`m${i}`, `Many ${i}`));
    const { env, requests } = fakeEnv({
      'notes.search': (req) => {
        const offset = req.offset ?? 0;
        return ok({
          notes: many.slice(offset, offset + (req.limit ?? 50)),
          total: many.length,
          offset,
        });
      },
    });
    await mount(env);
    expect(q('results').textContent).toBe('120 notes · showing 1–50');
    expect(bodies()).toHaveLength(50);
    await act(() => q('page-next').click());
    await settle();
    expect(requests.at(-1)?.payload).toEqual({ query: '', offset: 50, limit: 50 });
    expect(q('results').textContent).toBe('120 notes · showing 51–100');
    expect(t.root.textContent).toContain('Page 2 of 3');
    const tag = q<HTMLSelectElement>('filter-tag');
    expect([...tag.options].map((o) => o.textContent)).toEqual(['Any tag', 'sources (1)']);
    await act(() => {
      tag.value = 'sources';
      tag.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(requests.at(-1)?.payload).toEqual({ query: '', tag: 'sources', offset: 0, limit: 50 });
  });

  test('a slow answer to an old query does not overwrite a newer one', async () => {
    let releaseFirst: () => void = () => undefined;
    const { env } = fakeEnv({
      'notes.search': ({ query }) =>
        query === 'w'
          ? new Promise((resolve) => {
              releaseFirst = () =>
                resolve(ok({ notes: [note('x', 'stale')], total: 1, offset: 0 }));
            })
          : searchAll({ query }),
    });
    await mount(env);
    const box = q<HTMLInputElement>('search');
    for (const value of ['w', 'wire']) {
      await act(() => {
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
      });
    }
    await settle();
    releaseFirst();
    await settle();
    expect(bodies()).toEqual(['Compare with the wire copy']);
  });

  test('export offers a dated JSON file', async () => {
    const { env } = fakeEnv();
    await mount(env);
    await act(() => q('export').click());
    await settle();
    const download = env.download as ReturnType<typeof vi.fn>;
    expect(download).toHaveBeenCalledTimes(1);
    const [name, text] = download.mock.calls[0] as [string, string];
    expect(name).toMatch(/^who-said-notes-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text)).toMatchObject({ format: 'who-said-export', version: 3 });
    expect(q('status').textContent).toBe('Exported 2 notes.');
  });

  test('import checks the file, sends its notes in chunks, shows progress, reports', async () => {
    let releaseCommit: () => void = () => undefined;
    const { env, requests } = fakeEnv({
      'import.commit': () =>
        new Promise((resolve) => {
          releaseCommit = () =>
            resolve(ok({ added: 4_500, updated: 1, unchanged: 3, decisions: 0 }));
        }),
      'import.progress': () => ok({ phase: 'writing', done: 3_000, total: 4_500 }),
    });
    await mount(env);
    const notes = Array.from({ length: 4_500 }, (_, i) => fileNote(i + 1));
    const file = {
      format: 'who-said-export',
      version: 2,
      exportedAt: '2026-01-05T00:00:00.000Z',
      notes,
      sites: [],
    };
    const text = JSON.stringify(file);
    await pick(q<HTMLInputElement>('import'), { size: text.length, text: async () => text });
    await new Promise((resolve) => setTimeout(resolve, 400));
    await settle();
    // Writing: the page asks how far the background is and shows it.
    expect(q('import-step').textContent).toBe('Saving notes: 3,000 of 4,500…');
    expect(q<HTMLProgressElement>('import-progress').querySelector('progress')?.value).toBeCloseTo(
      0.5 + 3_000 / 4_500 / 2,
    );
    releaseCommit();
    await settle();
    const sent = requests.filter((r) => r.type === 'import.notes');
    expect(sent.map((r) => (r.payload as { notes: unknown[] }).notes.length)).toEqual([
      2_000, 2_000, 500,
    ]);
    expect(requests.find((r) => r.type === 'import.begin')?.payload).toEqual({
      notes: 4_500,
      sites: [],
    });
    expect(t.root.querySelector('[data-testid="import-progress"]')).toBeNull();
    expect(q('status').textContent).toBe('Imported: 4,500 new notes, 1 updated, 3 already here.');
  });

  test('a file over the limit is refused by its size, in words, without being read', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const text = vi.fn(async () => '{}');
    await pick(q<HTMLInputElement>('import'), { size: 216_000_000, text });
    expect(text).not.toHaveBeenCalled();
    expect(requests.map((r) => r.type)).not.toContain('import.begin');
    expect(q('status').textContent).toBe(
      'This file is 216 MB; Who Said imports files of up to 100 MB.',
    );
    expect(t.root.textContent).toContain('Files of up to 100 MB.');
  });

  test.each([
    [
      'not JSON',
      'PK\u0003\u0004 not json',
      'isn’t a Who Said export (it isn’t JSON). Choose a file saved with one of the Export buttons on this page.',
    ],
    [
      'an empty file',
      ' \n',
      'This file is empty. Choose a file saved with one of the Export buttons',
    ],
    [
      'a file cut off',
      '{"format":"who-said-export","version":3,"notes":[{"id":"n1","bo',
      'This file is cut off or damaged: it starts as JSON but does not end as JSON. Export again where it was made',
    ],
    [
      'another format',
      JSON.stringify({ format: 'hypothesis', notes: [] }),
      'This file isn’t a Who Said export. Choose a file saved with one of the Export buttons on this page.',
    ],
    [
      'a bad note',
      JSON.stringify({
        format: 'who-said-export',
        version: 2,
        exportedAt: '2026-01-05T00:00:00.000Z',
        notes: [fileNote(1), { ...fileNote(2), body: '' }],
        sites: [],
      }),
      'Note 2: the note’s text must not be empty. Nothing was imported.',
    ],
  ])('an import of %s says so without sending anything', async (_name, text, message) => {
    const { env, requests } = fakeEnv();
    await mount(env);
    await pick(q<HTMLInputElement>('import'), { size: text.length, text: async () => text });
    expect(requests.map((r) => r.type).filter((type) => type.startsWith('import.'))).toEqual([]);
    expect(q('status').textContent).toContain(message);
    expect(q('status').className).toContain('status--error');
  });

  test('an import’s or an export’s outcome shows by their buttons, below the notes; others at the top', async () => {
    const { env } = fakeEnv();
    await mount(env);
    const section = () => q('status').closest('section')?.getAttribute('aria-labelledby');
    const text = 'not json';
    await pick(q<HTMLInputElement>('import'), { size: text.length, text: async () => text });
    expect(q('status').textContent).toContain('it isn’t JSON');
    expect(section()).toBe('backup');
    // (the line at the top says nothing meanwhile: the reader is not looking there)
    expect(q('status-top').textContent).toBe('');
    q<HTMLButtonElement>('export').click();
    await settle();
    expect(q('status').textContent).toMatch(/^Exported/);
    expect(section()).toBe('backup');
  });

  test('an import adds the file’s phrases and never-run sites to the reader’s, keeping the rest', async () => {
    let stored: ReaderSettings = {
      ...defaultSettings(),
      scheme: 'high-contrast',
      phrases: { ...defaultSettings().phrases, hedge: ['it is understood'] },
      neverRun: ['bank.example'],
    };
    const { env } = fakeEnv({
      'settings.get': () => ok(stored),
      'settings.set': ({ settings }) => ok((stored = settings)),
    });
    await mount(env);
    expect(t.root.querySelectorAll('[data-testid="never-run-site"]')).toHaveLength(1);
    const file = {
      format: 'who-said-export',
      version: 3,
      exportedAt: '2026-01-05T00:00:00.000Z',
      notes: [fileNote(1)],
      decisions: [],
      sites: [],
      settings: {
        ...defaultSettings(),
        kinds: { ...defaultSettings().kinds, hedge: false },
        phrases: { ...defaultSettings().phrases, hedge: ['It is understood', 'sources suggest'] },
        neverRun: ['bank.example', 'mail.example'],
      },
    };
    const text = JSON.stringify(file);
    await pick(q<HTMLInputElement>('import'), { size: text.length, text: async () => text });
    await settle();
    expect(q('status').textContent).toBe(
      'Imported: 2 new notes, 1 updated, 3 already here; 1 phrase of yours; 1 never-run site.',
    );
    // Added, not replaced; this browser's kinds and scheme stay as they were.
    expect(stored.phrases.hedge).toEqual(['it is understood', 'sources suggest']);
    expect(stored.neverRun).toEqual(['bank.example', 'mail.example']);
    expect(stored.kinds.hedge).toBe(true);
    expect(stored.scheme).toBe('high-contrast');
    // The settings section shows them without a reload of the page.
    expect(t.root.querySelectorAll('[data-testid="never-run-site"]')).toHaveLength(2);
    expect(q<HTMLTextAreaElement>('phrases-hedge').value).toBe('it is understood\nsources suggest');
  });

  test('an import the worker lost on the way says nothing was imported', async () => {
    const { env } = fakeEnv({
      'import.commit': () =>
        err('no-background', 'Who Said isn’t responding. Close this window and try again.'),
    });
    await mount(env);
    const text = JSON.stringify({
      format: 'who-said-export',
      version: 2,
      exportedAt: '2026-01-05T00:00:00.000Z',
      notes: [fileNote(1)],
      sites: [],
    });
    await pick(q<HTMLInputElement>('import'), { size: text.length, text: async () => text });
    expect(q('status').textContent).toBe(
      'Who Said isn’t responding. Close this window and try again. Nothing was imported.',
    );
  });

  test('says whether the browser keeps the notes for good', async () => {
    const kept = fakeEnv();
    await mount(kept.env);
    expect(q('persistence').textContent).toMatch(/keeps your notes until you delete them/);
  });

  test('when notes are off (private browsing) the page says so, and stops searching', async () => {
    const message = 'Notes are off here: in private browsing … Highlights work as usual.';
    const { env } = fakeEnv({
      'notes.search': () => err('notes-unavailable', message),
      'site.list': () => err('notes-unavailable', message),
    });
    await mount(env);
    expect(q('status').textContent).toBe(message);
    expect(t.root.textContent).not.toContain('Searching…');
  });

  test('sites can be switched off', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const box = q<HTMLInputElement>('site-always-on');
    expect(box.checked).toBe(true);
    expect(t.root.textContent).toContain('news.example');
    await act(() => box.click());
    await settle();
    expect(requests.at(-1)).toEqual({
      type: 'site.set',
      payload: { origin: 'https://news.example', alwaysOn: false },
    });
    expect(q<HTMLInputElement>('site-always-on').checked).toBe(false);
    expect(env.requestSiteAccess).not.toHaveBeenCalled();
  });

  test('delete at once, with Undo', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    await act(() => q('note-delete').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.delete')?.payload).toEqual({ id: 'a' });
    expect(bodies()).toHaveLength(2);
    await act(() => q('status-action').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.restore')?.payload).toEqual({ note: ALL[0] });
    expect(q('status').textContent).toBe('Note restored.');
  });

  test('the note button by a selection can be switched off', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const box = q<HTMLInputElement>('pref-selection-button');
    expect(box.checked).toBe(true);
    await act(() => box.click());
    await settle();
    expect(requests.at(-1)).toEqual({ type: 'prefs.set', payload: { selectionButton: false } });
  });
});

describe('options page: highlights, phrases, sites', () => {
  const lastSettings = (requests: { type: string; payload: unknown }[]) =>
    (
      requests.filter((r) => r.type === 'settings.set').at(-1)?.payload as {
        settings: ReaderSettings;
      }
    )?.settings;
  const typeInto = async (el: HTMLTextAreaElement | HTMLInputElement, value: string) =>
    act(() => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });

  test('a kind switched off and a scheme chosen are saved at once', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    await act(() => q<HTMLInputElement>('kind-hedge').click());
    await settle();
    expect(lastSettings(requests)?.kinds.hedge).toBe(false);
    expect(q('settings-status-highlights').textContent).toBe('Hedges hidden on every page.');
    await act(() => q<HTMLInputElement>('scheme-high-contrast').click());
    await settle();
    expect(lastSettings(requests)).toMatchObject({
      scheme: 'high-contrast',
      kinds: { hedge: false },
    });
    expect(q<HTMLInputElement>('scheme-high-contrast').checked).toBe(true);
  });

  test('phrases are checked line by line before anything is saved', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const box = q<HTMLTextAreaElement>('phrases-unnamed');
    // each box's Save button says what it saves (four buttons read "Save" alike)
    expect(q('phrases-unnamed-save').getAttribute('aria-label')).toBe('Save unnamed actors');
    expect(q('phrases-hedge-save').getAttribute('aria-label')).toBe('Save hedges');
    await typeInto(box, 'insiders say\n<b>x</b>\n\na\nInsiders   say');
    await act(() => q('phrases-unnamed-save').click());
    await settle();
    expect(q('phrases-unnamed-problems').textContent).toBe(
      'Line 2 (“<b>x</b>”) may hold only letters, digits, spaces, apostrophes and hyphens.' +
        'Line 4 (“a”) is too short.',
    );
    expect(requests.some((r) => r.type === 'settings.set')).toBe(false);
    await typeInto(box, 'insiders say\nInsiders   say\npeople familiar with');
    await act(() => q('phrases-unnamed-save').click());
    await settle();
    expect(lastSettings(requests)?.phrases.unnamed).toEqual([
      'insiders say',
      'people familiar with',
    ]);
    expect(q('settings-status-phrases').textContent).toBe('2 phrases saved for unnamed actors.');
  });

  test('never-run sites: added from what a reader types, removed again', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const input = q<HTMLInputElement>('never-run-input');
    await typeInto(input, 'not a site!');
    await act(() => q('never-run-add').click());
    await settle();
    expect(t.root.textContent).toContain('That is not a site.');
    await typeInto(input, 'https://www.Tabloid.example/story/1');
    await act(() => q('never-run-add').click());
    await settle();
    expect(lastSettings(requests)?.neverRun).toEqual(['tabloid.example']);
    expect(q('settings-status-sites').textContent).toBe(
      'Who Said will never run on tabloid.example.',
    );
    expect(q('never-run-site').textContent).toContain('tabloid.example');
    await act(() =>
      (t.root.querySelector('[aria-label^="Allow Who Said"]') as HTMLElement).click(),
    );
    await settle();
    expect(lastSettings(requests)?.neverRun).toEqual([]);
  });

  test('a refused change is rolled back and said', async () => {
    const { env } = fakeEnv({
      'settings.set': () => ({ ok: false, error: { code: 'x', message: 'The store is full.' } }),
    });
    await mount(env);
    await act(() => q<HTMLInputElement>('kind-unnamed').click());
    await settle();
    expect(q<HTMLInputElement>('kind-unnamed').checked).toBe(true);
    expect(q('settings-status-highlights').textContent).toBe('The store is full.');
  });
});

test('exportFileName', () => {
  expect(exportFileName(new Date('2026-03-09T23:00:00Z'))).toBe('who-said-notes-2026-03-09.json');
});
