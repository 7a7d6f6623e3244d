// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { Note } from '../../shared/notes';
import { ok } from '../../shared/result';
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
});

const ALL = [
  note('a', 'Which officials?'),
  note('b', 'Compare with the wire copy', 'https://other.example/b'),
  note('c', 'Script link', 'javascript:alert(1)'),
];

function fakeEnv(overrides: FakeHandlers = {}) {
  const handlers: FakeHandlers = {
    'notes.search': ({ query }) =>
      ok(ALL.filter((n) => n.body.toLowerCase().includes(query.toLowerCase()))),
    'notes.delete': () => ok(null),
    'site.list': () => ok([{ origin: 'https://news.example', alwaysOn: true }]),
    'site.set': (s) => ok(s),
    'data.export': () =>
      ok({
        format: 'who-said-export',
        version: 2,
        exportedAt: '2026-01-05T00:00:00.000Z',
        notes: ALL.slice(0, 2),
        sites: [],
        decisions: [],
      }),
    'data.import': () => ok({ added: 2, updated: 1, unchanged: 3, decisions: 0 }),
    'settings.get': () => ok(defaultSettings()),
    'settings.set': ({ settings }) => ok(settings),
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
    expect(requests.at(-1)).toEqual({ type: 'notes.search', payload: { query: 'officials' } });
    expect(bodies()).toEqual(['Which officials?']);
  });

  test('a slow answer to an old query does not overwrite a newer one', async () => {
    let releaseFirst: () => void = () => undefined;
    const { env } = fakeEnv({
      'notes.search': ({ query }) =>
        query === 'w'
          ? new Promise((resolve) => {
              releaseFirst = () => resolve(ok([note('x', 'stale')]));
            })
          : ok(ALL.filter((n) => n.body.includes(query))),
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
      value: [{ text: async () => JSON.stringify(file) }],
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
      value: [{ text: async () => 'PK\u0003\u0004 not json' }],
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

  test('deleting asks first', async () => {
    const { env, requests } = fakeEnv();
    await mount(env);
    await act(() => q('note-delete').click());
    await act(() => q('note-delete-confirm').click());
    await settle();
    expect(requests.at(-1)).toEqual({ type: 'notes.delete', payload: { id: 'a' } });
    expect(bodies()).toHaveLength(2);
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
    expect(q('settings-status').textContent).toBe('Hedges hidden on every page.');
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
    expect(q('settings-status').textContent).toBe('2 phrases saved for unnamed actors.');
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
    expect(q('settings-status').textContent).toBe('The store is full.');
  });
});

test('exportFileName', () => {
  expect(exportFileName(new Date('2026-03-09T23:00:00Z'))).toBe('who-said-notes-2026-03-09.json');
});
