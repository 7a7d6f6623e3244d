// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { SearchPage, SearchRequest } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import { ok, type Result } from '../../shared/result';
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
        version: 2,
        exportedAt: '2026-01-05T00:00:00.000Z',
        articles: [],
        notes: ALL.slice(0, 2),
        corrections: [],
        snapshots: [],
        sites: [],
      }),
    'data.import': () => ok({ added: 2, updated: 1, unchanged: 3 }),
    ...overrides,
  };
  const { client, requests } = fakeClient(handlers);
  const env: OptionsEnv = {
    client,
    requestSiteAccess: vi.fn(async () => true),
    download: vi.fn(),
  };
  return { env, requests };
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
    expect(JSON.parse(text)).toMatchObject({ format: 'who-said-export', version: 2 });
    expect(q('status').textContent).toBe('Exported 2 notes.');
  });

  test('import sends the parsed file and reports what happened', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const file = { format: 'who-said-export', version: 1 };
    const input = q<HTMLInputElement>('import');
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [{ size: 100, text: async () => JSON.stringify(file) }],
    });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(requests.find((r) => r.type === 'data.import')?.payload).toEqual({ data: file });
    expect(q('status').textContent).toBe('Imported: 2 new notes, 1 updated, 3 already here.');
  });

  test('import of something that is not JSON says so without asking the background', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const input = q<HTMLInputElement>('import');
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [{ size: 100, text: async () => 'PK\u0003\u0004 not json' }],
    });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(requests.map((r) => r.type)).not.toContain('data.import');
    expect(q('status').textContent).toContain('isn’t a Who Said export');
    expect(q('status').className).toContain('status--error');
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

  test('a file too large is refused before it is read', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    const read = vi.fn(async () => '{}');
    const input = q<HTMLInputElement>('import');
    Object.defineProperty(input, 'files', {
      configurable: true,
      value: [{ size: 500 * 1024 * 1024, text: read }],
    });
    await act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(requests.map((r) => r.type)).not.toContain('data.import');
    expect(q('status').textContent).toContain('too large to import');
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

test('exportFileName', () => {
  expect(exportFileName(new Date('2026-03-09T23:00:00Z'))).toBe('who-said-notes-2026-03-09.json');
});
