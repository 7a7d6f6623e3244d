// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, test, vi } from 'vitest';
import type { NoteAnchorState, PageSummary, TabNotes } from '../../shared/messages';
import type { Note } from '../../shared/notes';
import type { Decision } from '../../shared/decisions';
import type { LedgerEntry, PageLedger } from '../../shared/ledger';
import { GROUP_WORDS } from './ledger';
import { err, ok, type Result } from '../../shared/result';
import { defaultSettings } from '../../shared/settings';
import { fakeClient, settle, useTestRoot, type FakeHandlers } from '../test-support';
import { HIGHLIGHT_KEYS, styleOf, type StyleVariant } from '../../shared/highlight-styles';
import { Popup } from './popup';
import { tabIdFromSearch, type PopupEnv, type TabInfo } from './popup-env';

const URL_A = 'https://news.example/2026/story';

const summary = (over: Partial<PageSummary> = {}): PageSummary => ({
  url: URL_A,
  title: 'Officials said the plan was sound',
  counts: { attribution: 12, unnamed: 3, agentless: 4, hedge: 7 },
  textLength: 5321,
  highlighted: true,
  ms: 9,
  ...over,
});

const note = (id: string, body: string, createdAt: string, over: Partial<Note> = {}): Note => ({
  id,
  url: URL_A,
  title: 'Officials said the plan was sound',
  body,
  createdAt,
  updatedAt: createdAt,
  version: 1,
  ...over,
});

const FINGERPRINT = 'v1-abc-123';
const NOTES = [
  note('b', 'Second thought', '2026-01-02T10:00:00.000Z'),
  note('a', 'Which officials?', '2026-01-01T10:00:00.000Z'),
];

const tabNotes = (notes: Note[] = NOTES, anchors: NoteAnchorState[] = []): TabNotes => ({
  article: { url: URL_A, title: 'Officials said the plan was sound' },
  notes,
  fingerprint: FINGERPRINT,
  anchors,
});

/** Note ids as the popup picks them: `…0001`, `…0002`, in order. */
function idSequence() {
  let n = 0;
  return () => `30000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

/** A fake environment: answers from `handlers`, records every request. */
function fakeEnv(
  handlers: FakeHandlers,
  tab: TabInfo | null = { id: 5, url: URL_A, title: 'Tab title' },
  variant: StyleVariant = 'decorated',
) {
  const { client, requests } = fakeClient(handlers);
  const requestSiteAccess = vi.fn(async (_origin: string) => true);
  const env: PopupEnv = {
    client,
    currentTab: async () => tab,
    requestSiteAccess,
    openNotesPage: vi.fn(),
    newId: idSequence(),
    copy: vi.fn(async () => undefined),
    download: vi.fn(),
    highlightVariant: async () => variant,
  };
  return { env, requests, requestSiteAccess };
}

/** Answers like the background, over a list of notes that saves and deletes change. */
const defaults = (): FakeHandlers => {
  let stored = [...NOTES];
  return {
    'tab.summary': () => ok(null),
    'tab.run': () => ok(summary()),
    'tab.clear': () => ok(null),
    'tab.notes': () => ok(tabNotes(stored)),
    'tab.syncNotes': () => ok(null),
    'tab.showNote': () => ok(null),
    'notes.save': ({ note: input }) => {
      const old = stored.find((n) => n.id === input.id);
      const saved: Note = {
        ...(old ?? note(input.id ?? 'c', input.body, '2026-01-03T10:00:00.000Z')),
        url: input.url,
        body: input.body,
        ...(input.tags?.length ? { tags: input.tags } : {}),
      };
      stored = [saved, ...stored.filter((n) => n.id !== saved.id)];
      return ok(saved);
    },
    'notes.delete': ({ id }) => {
      const gone = stored.find((n) => n.id === id) ?? null;
      stored = stored.filter((n) => n.id !== id);
      return ok(gone);
    },
    'notes.restore': ({ note: n }) => {
      stored = [...stored, n].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
      return ok(n);
    },
    'site.get': ({ origin }) => ok({ origin, alwaysOn: false }),
    'site.set': (setting) => ok(setting),
  };
};

const t = useTestRoot();
const mount = (env: PopupEnv) => t.mount(<Popup env={env} />);
const byTestId = t.byTestId;
const text = (id: string) => byTestId(id).textContent?.trim();

async function type(textarea: HTMLTextAreaElement, value: string): Promise<void> {
  await act(() => {
    textarea.value = value;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('popup', () => {
  test('runs on open and shows the four counts, the title and the notes', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    expect(requests.map((r) => r.type)).toContain('tab.run');
    expect(requests.find((r) => r.type === 'tab.run')?.payload).toEqual({ tabId: 5 });
    expect(text('count-attribution')).toBe('12');
    expect(text('count-unnamed')).toBe('3');
    expect(text('count-agentless')).toBe('4');
    expect(text('count-hedge')).toBe('7');
    expect(t.root.textContent).toContain('Attributions');
    expect(t.root.textContent).toContain('Agentless passives');
    expect(t.root.querySelector('h1')?.textContent).toBe('Officials said the plan was sound');
    expect(text('run')).toBe('Re-run');
    const items = t.root.querySelectorAll('[data-testid="note-item"]');
    expect([...items].map((li) => li.querySelector('.note__body')?.textContent)).toEqual([
      'Second thought',
      'Which officials?',
    ]);
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe(
      '2026-01-02T10:00:00.000Z',
    );
    expect(text('status')).toContain('5,321 characters');
    expect(requests.find((r) => r.type === 'tab.notes')?.payload).toEqual({ tabId: 5 });
    expect(requests.find((r) => r.type === 'site.get')?.payload).toEqual({
      origin: 'https://news.example',
    });
  });

  test('says when a very long page is only partly highlighted', async () => {
    const { env } = fakeEnv({
      ...defaults(),
      'tab.run': () =>
        ok(
          summary({
            counts: { attribution: 90_000, unnamed: 20_000, agentless: 30_000, hedge: 10_000 },
            textLength: 6_500_000,
            painted: 14_000,
          }),
        ),
    });
    await mount(env);
    expect(text('status')).toBe(
      'Read 6,500,000 characters of article text. This page is very long, so only part of it ' +
        'is highlighted: 14,000 of 150,000 findings, from where you were reading.',
    );
  });

  test.each(['decorated', 'tint'] as const)(
    'the legend has a sample of every highlight the page paints, %s as this browser paints',
    async (variant) => {
      const { env } = fakeEnv(defaults(), undefined, variant);
      await mount(env);
      expect(t.root.textContent).toContain('Sources');
      for (const key of HIGHLIGHT_KEYS) {
        const sample = byTestId(`swatch-${key}`);
        const style = styleOf(key, variant);
        // The table's declarations, inline; the browser itself is checked in pixels (test/e2e).
        expect(sample.style.backgroundColor !== '', key).toBe(style.background !== undefined);
        expect(sample.style.textDecorationLine, key).toBe(style.underline ? 'underline' : '');
        if (style.underline) {
          expect(sample.style.textDecorationStyle, key).toBe(style.underline.style);
        }
      }
      // Firefox 140 paints no lines: there, the source sample is a tint like the others.
      if (variant === 'tint') expect(byTestId('swatch-source').style.backgroundColor).not.toBe('');
    },
  );

  test('shows a dash, not zero, before the page is read, and a readable error', async () => {
    const { env } = fakeEnv({
      ...defaults(),
      'tab.run': () =>
        err(
          'restricted-page',
          'Who Said can’t run on browser pages such as settings or a new tab.',
        ),
    });
    await mount(env);
    expect(text('count-attribution')).toBe('–');
    expect(text('status')).toBe(
      'Who Said can’t run on browser pages such as settings or a new tab.',
    );
    expect(byTestId('status').className).toContain('status--error');
    expect(text('run')).toBe('Run');
  });

  test('keeps highlights off if the reader turned them off earlier', async () => {
    const { env, requests } = fakeEnv({
      ...defaults(),
      'tab.summary': () => ok(summary({ highlighted: false })),
    });
    await mount(env);
    expect(requests.map((r) => r.type)).not.toContain('tab.run');
    expect(text('count-hedge')).toBe('7');
    expect(byTestId('highlights').getAttribute('aria-pressed')).toBe('false');
  });

  test('shows the last counts at once while the fresh analysis runs', async () => {
    let finish: (r: Result<PageSummary>) => void = () => undefined;
    const { env } = fakeEnv({
      ...defaults(),
      'tab.summary': () =>
        ok(summary({ counts: { attribution: 1, unnamed: 1, agentless: 1, hedge: 1 } })),
      'tab.run': () => new Promise<Result<PageSummary>>((resolve) => (finish = resolve)),
    });
    await mount(env);
    expect(text('count-attribution')).toBe('1');
    expect(text('run')).toBe('Reading…');
    await act(() => finish(ok(summary())));
    await settle();
    expect(text('count-attribution')).toBe('12');
  });

  test('the highlights control clears and re-runs', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    expect(byTestId('highlights').getAttribute('aria-pressed')).toBe('true');
    await act(() => byTestId('highlights').click());
    await settle();
    expect(requests.at(-1)).toEqual({ type: 'tab.clear', payload: { tabId: 5 } });
    // A toggle keeps its name; its state is pressed or not (and the check mark).
    expect(text('highlights')).toBe('Show highlights');
    expect(byTestId('highlights').getAttribute('aria-pressed')).toBe('false');
    const before = requests.length;
    await act(() => byTestId('highlights').click());
    await settle();
    expect(requests[before]).toEqual({ type: 'tab.run', payload: { tabId: 5 } });
    expect(text('highlights')).toBe('✓ Show highlights');
    expect(byTestId('highlights').getAttribute('aria-pressed')).toBe('true');
  });

  test('save sends notes.save with the article, then shows the note first', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    const textarea = byTestId<HTMLTextAreaElement>('note-body');
    await type(textarea, '  Nobody is named in paragraph 3.  ');
    await act(() => byTestId('note-save').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.save')?.payload).toEqual({
      note: {
        id: '30000000-0000-4000-8000-000000000001',
        url: URL_A,
        title: 'Officials said the plan was sound',
        body: '  Nobody is named in paragraph 3.  ',
        tags: [],
      },
    });
    expect(textarea.value).toBe('');
    const first = t.root.querySelector('[data-testid="note-item"] .note__body');
    expect(first?.textContent).toBe('  Nobody is named in paragraph 3.  ');
    expect(t.root.querySelectorAll('[data-testid="note-item"]')).toHaveLength(3);
    expect(text('status')).toBe('Note saved.');
  });

  test('Ctrl+Enter saves; an empty box does not', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    const textarea = byTestId<HTMLTextAreaElement>('note-body');
    expect(byTestId<HTMLButtonElement>('note-save').disabled).toBe(true);
    await act(() => {
      textarea.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await settle();
    expect(requests.map((r) => r.type)).not.toContain('notes.save');
    await type(textarea, 'Hedged twice.');
    await act(() => {
      textarea.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
      );
    });
    await settle();
    expect(requests.filter((r) => r.type === 'notes.save')).toHaveLength(1);
  });

  test('a retry after a lost answer is the same write (same id); the next note gets a new id', async () => {
    let answer = 0;
    const { env, requests } = fakeEnv({
      ...defaults(),
      // The first answer is lost (the worker stopped after writing); then all goes well.
      'notes.save': ({ note: input }) =>
        ++answer === 1
          ? err('no-background', 'Who Said isn’t responding. Close this window and try again.')
          : ok({ ...note(input.id, input.body, '2026-01-03T10:00:00.000Z') }),
    });
    await mount(env);
    const textarea = byTestId<HTMLTextAreaElement>('note-body');
    await type(textarea, 'Said twice?');
    await act(() => byTestId('note-save').click());
    await settle();
    expect(textarea.value).toBe('Said twice?');
    expect(text('status')).toContain('isn’t responding');
    await act(() => byTestId('note-save').click());
    await settle();
    await type(textarea, 'Another note');
    await act(() => byTestId('note-save').click());
    await settle();
    const ids = requests
      .filter((r) => r.type === 'notes.save')
      .map((r) => (r.payload as { note: { id: string } }).note.id);
    expect(ids).toEqual([
      '30000000-0000-4000-8000-000000000001',
      '30000000-0000-4000-8000-000000000001',
      '30000000-0000-4000-8000-000000000002',
    ]);
  });

  test.each([
    ['notes-unavailable', 'Notes are off here: in private browsing … Highlights work as usual.'],
    [
      'url-too-long',
      'Who Said can’t keep notes for this page: its address is 5,021 characters long…',
    ],
  ])(
    'when notes cannot be kept (%s) the notes section says why, and the counts still show',
    async (code, message) => {
      const { env } = fakeEnv({ ...defaults(), 'tab.notes': () => err(code, message) });
      await mount(env);
      expect(text('notes-off')).toBe(message);
      expect(t.root.querySelector('[data-testid="note-body"]')).toBeNull();
      expect(byTestId('status').className).not.toContain('status--error');
      expect(text('count-attribution')).toBe('12');
    },
  );

  test('an edit names the version it is based on; a stale one is refused in words, text kept', async () => {
    let latest = NOTES;
    const { env, requests } = fakeEnv({
      ...defaults(),
      'tab.notes': () => ok(tabNotes(latest)),
      'notes.save': ({ note: input }) => {
        if (input.body.includes('stale')) {
          return err(
            'stale',
            'This note was changed in another window after you opened it, so your edit wasn’t saved.',
          );
        }
        const saved = { ...note(input.id, input.body, '2026-01-02T10:00:00.000Z'), version: 2 };
        latest = latest.map((n) => (n.id === saved.id ? saved : n));
        return ok(saved);
      },
    });
    await mount(env);
    await act(() => byTestId('note-edit').click());
    const editor = byTestId<HTMLTextAreaElement>('note-edit-body');
    expect(editor.value).toBe('Second thought');
    await type(editor, 'Second thought, revised');
    await act(() => byTestId('note-edit-save').click());
    await settle();
    expect(requests.filter((r) => r.type === 'notes.save').at(-1)).toEqual({
      type: 'notes.save',
      payload: {
        note: {
          id: 'b',
          baseVersion: 1,
          url: URL_A,
          title: 'Officials said the plan was sound',
          body: 'Second thought, revised',
          tags: [],
        },
      },
    });
    expect(t.root.querySelector('[data-testid="note-edit-body"]')).toBeNull();
    expect(t.root.querySelector('.note__body')?.textContent).toBe('Second thought, revised');

    await act(() => byTestId('note-edit').click());
    await type(byTestId<HTMLTextAreaElement>('note-edit-body'), 'a stale edit');
    await act(() => byTestId('note-edit-save').click());
    await settle();
    expect(text('status')).toMatch(/changed in another window.*wasn’t saved/);
    expect(byTestId<HTMLTextAreaElement>('note-edit-body').value).toBe('a stale edit');
  });

  test('delete is at once, with Undo that puts the note back', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    await act(() => byTestId('note-delete').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.delete')?.payload).toEqual({ id: 'b' });
    expect(requests.map((r) => r.type)).toContain('tab.syncNotes');
    expect(t.root.querySelectorAll('[data-testid="note-item"]')).toHaveLength(1);
    expect(text('status')).toBe('Note deleted. Undo');
    await act(() => byTestId('status-action').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.restore')?.payload).toEqual({ note: NOTES[0] });
    expect(t.root.querySelectorAll('[data-testid="note-item"]')).toHaveLength(2);
    expect(text('status')).toBe('Note restored.');
  });

  test('edit in place: new text and tags, saved under the same id', async () => {
    const { env, requests } = fakeEnv(defaults());
    await mount(env);
    await act(() => byTestId('note-edit').click());
    await type(byTestId<HTMLTextAreaElement>('note-edit-body'), 'Named later: the chair');
    await act(() => {
      const tags = byTestId<HTMLInputElement>('note-edit-tags');
      tags.value = 'sources, #follow up, Sources';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => byTestId('note-edit-save').click());
    await settle();
    expect(requests.find((r) => r.type === 'notes.save')?.payload).toEqual({
      note: {
        id: 'b',
        baseVersion: 1,
        url: URL_A,
        title: NOTES[0]?.title,
        body: 'Named later: the chair',
        tags: ['sources', 'follow up'],
      },
    });
    const first = t.root.querySelector('[data-testid="note-item"]');
    expect(first?.querySelector('.note__body')?.textContent).toBe('Named later: the chair');
    expect([...(first?.querySelectorAll('.tag') ?? [])].map((e) => e.textContent)).toEqual([
      'sources',
      'follow up',
    ]);
  });

  test('a note’s buttons name it by its passage, so that two notes’ “Edit” are told apart', async () => {
    const on = (exact: string) => ({ selectors: [{ type: 'TextQuoteSelector' as const, exact }] });
    // (written in the same minute: "Edit note from 10:00" named both alike)
    const notes = [
      note('p', 'Ask the board', '2026-01-03T10:00:00.000Z', { target: on('officials said') }),
      note('q', 'Which plan?', '2026-01-03T10:00:20.000Z', {
        target: on('the plan was sound, according to a review the council ordered last spring'),
      }),
      note('r', 'A note on the whole article', '2026-01-03T10:00:40.000Z'),
    ];
    const { env } = fakeEnv({
      ...defaults(),
      'tab.notes': () =>
        ok(
          tabNotes(notes, [
            { id: 'p', status: 'anchored', method: 'position' },
            { id: 'q', status: 'anchored', method: 'position' },
            { id: 'r', status: 'article' },
          ]),
        ),
    });
    await mount(env);
    const labels = (testid: string) =>
      [...t.root.querySelectorAll(`[data-testid="${testid}"]`)].map((b) =>
        b.getAttribute('aria-label'),
      );
    expect(labels('note-show')).toEqual([
      'Show in page the note on “officials said”',
      'Show in page the note on “the plan was sound, according to a…”',
    ]);
    expect(labels('note-edit')).toEqual([
      'Edit note on “officials said”',
      'Edit note on “the plan was sound, according to a…”',
      'Edit note on “A note on the whole article”',
    ]);
    expect(labels('note-delete')[0]).toBe('Delete note on “officials said”');
  });

  test('each note says where it stands in the page: show it, not found, or changed since', async () => {
    const quote = { selectors: [{ type: 'TextQuoteSelector' as const, exact: 'officials said' }] };
    const notes = [
      note('p', 'In place', '2026-01-03T10:00:00.000Z', {
        target: quote,
        articleFingerprint: FINGERPRINT,
      }),
      note('o', 'Gone', '2026-01-02T10:00:00.000Z', {
        target: quote,
        articleFingerprint: 'v1-old-1',
      }),
      note('c', 'Moved', '2026-01-01T10:00:00.000Z', {
        target: quote,
        articleFingerprint: 'v1-old-1',
      }),
    ];
    const { env, requests } = fakeEnv({
      ...defaults(),
      'tab.notes': () =>
        ok(
          tabNotes(notes, [
            { id: 'p', status: 'anchored', method: 'position' },
            { id: 'o', status: 'orphan', current: 'the board declined to comment' },
            { id: 'c', status: 'anchored', method: 'fuzzy', current: 'officials had said' },
          ]),
        ),
      'article.snapshot': () => ok({ text: 'Water levels fell, officials said on Thursday.' }),
    });
    await mount(env);
    expect(text('orphan-count')).toBe('1 note’s passage can’t be found in the page now.');
    const items = [...t.root.querySelectorAll('[data-testid="note-item"]')];
    expect(items[0]?.querySelector('[data-testid="note-changed"]')).toBeNull();
    expect(items[1]?.querySelector('[data-testid="note-orphan"]')?.textContent).toContain(
      'the board declined to comment',
    );
    expect(items[1]?.querySelector('[data-testid="note-show"]')).toBeNull();
    expect(items[2]?.textContent).toContain('The article changed since this note.');
    expect(items[2]?.textContent).toContain('Now reads: officials had said');
    await act(() => (items[0]?.querySelector('[data-testid="note-show"]') as HTMLElement).click());
    await settle();
    expect(requests.find((r) => r.type === 'tab.showNote')?.payload).toEqual({ tabId: 5, id: 'p' });
    // The passage as it was, from the article's text kept at that version.
    const was = [...(items[1]?.querySelectorAll('button') ?? [])].find((b) =>
      b.textContent?.includes('as it was'),
    );
    await act(() => (was as HTMLElement).click());
    await settle();
    expect(requests.find((r) => r.type === 'article.snapshot')?.payload).toEqual({
      url: URL_A,
      fingerprint: 'v1-old-1',
    });
    expect(items[1]?.textContent).toContain(
      'As it was: Water levels fell, officials said on Thursday.',
    );
  });

  test('copy as Markdown puts this article’s notes on the clipboard', async () => {
    const { env } = fakeEnv(defaults());
    await mount(env);
    await act(() => byTestId('copy-markdown').click());
    await settle();
    const copied = (env.copy as ReturnType<typeof vi.fn>).mock.calls[0]?.[0] as string;
    expect(copied).toContain('# Notes on “Officials said the plan was sound”');
    expect(copied).toContain('Which officials?');
    expect(text('status')).toBe('Notes copied as Markdown.');
  });

  test('always on: asks for access within the click, then records the choice', async () => {
    const { env, requests, requestSiteAccess } = fakeEnv(defaults());
    await mount(env);
    const box = byTestId<HTMLInputElement>('always-on');
    expect(box.checked).toBe(false);
    // a screen reader names it by its label alone and reads the help as its description
    const idText = (ids: string | null) =>
      (ids ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent?.trim())
        .join(' ');
    expect(idText(box.getAttribute('aria-labelledby'))).toBe('Always on this site');
    expect(idText(box.getAttribute('aria-describedby'))).toBe(
      'Run by itself on every page of news.example.',
    );
    await act(() => {
      box.click();
      // Synchronously, inside the user gesture: nothing may be awaited before the request.
      expect(requestSiteAccess).toHaveBeenCalledWith('https://news.example');
    });
    await settle();
    expect(requests.at(-1)).toEqual({
      type: 'site.set',
      payload: { origin: 'https://news.example', alwaysOn: true },
    });
    expect(byTestId<HTMLInputElement>('always-on').checked).toBe(true);
    expect(text('status')).toBe('Who Said will run by itself on news.example.');

    await act(() => byTestId('always-on').click());
    await settle();
    expect(requestSiteAccess).toHaveBeenCalledTimes(1);
    expect(requests.at(-1)).toEqual({
      type: 'site.set',
      payload: { origin: 'https://news.example', alwaysOn: false },
    });
  });

  test('always on: a refused permission leaves it off and says so', async () => {
    const { env, requests, requestSiteAccess } = fakeEnv(defaults());
    requestSiteAccess.mockResolvedValue(false);
    await mount(env);
    await act(() => byTestId('always-on').click());
    await settle();
    expect(requests.map((r) => r.type)).not.toContain('site.set');
    expect(byTestId<HTMLInputElement>('always-on').checked).toBe(false);
    expect(text('status')).toContain('wasn’t given');
  });

  test('without the tab URL, notes follow the analysed page', async () => {
    const { env, requests } = fakeEnv(defaults(), { id: 9 });
    await mount(env);
    expect(requests.find((r) => r.type === 'tab.run')?.payload).toEqual({ tabId: 9 });
    expect(requests.find((r) => r.type === 'tab.notes')?.payload).toEqual({ tabId: 9 });
    expect(t.root.querySelectorAll('[data-testid="note-item"]')).toHaveLength(2);
  });

  test('a browser page: no notes, no site setting, the reason in words', async () => {
    const { env, requests } = fakeEnv(
      {
        ...defaults(),
        'tab.run': () =>
          err(
            'restricted-page',
            'Who Said can’t run on browser pages such as settings or a new tab.',
          ),
      },
      { id: 3, url: 'chrome://newtab/', title: 'New Tab' },
    );
    await mount(env);
    expect(requests.map((r) => r.type).sort()).toEqual(['tab.run', 'tab.summary']);
    expect(text('status')).toContain('browser pages');
    expect(byTestId<HTMLInputElement>('always-on').disabled).toBe(true);
    expect(byTestId<HTMLTextAreaElement>('note-body').disabled).toBe(true);
  });

  test('no tab: says so and disables what needs one', async () => {
    const { env, requests } = fakeEnv(defaults(), null);
    await mount(env);
    expect(requests).toEqual([]);
    expect(text('status')).toContain('couldn’t find the tab');
    expect(byTestId<HTMLButtonElement>('run').disabled).toBe(true);
    expect(byTestId<HTMLInputElement>('always-on').disabled).toBe(true);
    expect(byTestId<HTMLTextAreaElement>('note-body').disabled).toBe(true);
  });

  test('never renders page text as HTML', async () => {
    const { env } = fakeEnv({
      ...defaults(),
      'tab.run': () => ok(summary({ title: '<img src=x onerror=alert(1)>' })),
      'tab.notes': () =>
        ok(
          tabNotes([note('a', '<b>bold?</b>', '2026-01-01T10:00:00.000Z', { tags: ['<i>x</i>'] })]),
        ),
    });
    await mount(env);
    expect(t.root.querySelector('img')).toBeNull();
    expect(t.root.querySelector('.note__body b')).toBeNull();
    expect(t.root.querySelector('.tag i')).toBeNull();
    expect(t.root.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('tabIdFromSearch', () => {
  test.each([
    ['?tab=42', 42],
    ['?tab=0', 0],
    ['', null],
    ['?tab=', null],
    ['?tab=-1', null],
    ['?tab=4e2', null],
    ['?tab=abc', null],
  ])('%s -> %s', (search, expected) => {
    expect(tabIdFromSearch(search)).toBe(expected);
  });
});

const LEDGER: PageLedger = {
  attributions: 7,
  claims: { named: 3, partial: 0, unnamed: 3, documents: 0, unsourced: 1 },
  entries: [
    {
      id: 'named:words:marisol quenby',
      name: 'Marisol Quenby',
      group: 'named',
      mentions: ['Ms. Quenby'],
      claims: [
        { cue: 'said', snippet: '“We were not told why,” said Marisol Quenby.' },
        { cue: 'added', snippet: 'Ms. Quenby added that the ferry was late.' },
        { cue: 'said', snippet: 'She said so twice.' },
      ],
    },
    {
      id: 'unnamed:words:senior officials',
      name: 'Two senior officials',
      group: 'unnamed',
      mentions: [],
      claims: [
        { cue: 'said', snippet: 'Two senior officials said the bid rose.' },
        { cue: 'spoke', snippet: 'Two senior officials spoke on condition of anonymity.' },
        { cue: 'said', snippet: 'The officials said more.' },
      ],
      standards: { reason: null, basis: 'familiar with the tender' },
    },
    {
      id: 'unsourced',
      name: 'No source given',
      group: 'unsourced',
      mentions: [],
      claims: [{ cue: 'said', snippet: 'It was said.' }],
    },
  ],
};

const DECISION: Decision = {
  url: URL_A,
  key: '["hedge","the ","reportedly"," runs"]',
  anchor: { kind: 'hedge', prefix: 'the ', quote: 'reportedly', suffix: ' runs' },
  action: 'reclassify',
  kind: 'none',
  createdAt: '2026-01-01T00:00:00.000Z',
};

describe('popup: sources, corrections, languages', () => {
  const withLedger = (over: FakeHandlers = {}): FakeHandlers => ({
    ...defaults(),
    'tab.ledger': () => ok(LEDGER),
    'decisions.list': () => ok([DECISION]),
    'settings.get': () => ok(defaultSettings()),
    ...over,
  });
  const entries = () =>
    [...t.root.querySelectorAll('[data-testid="ledger-entry"]')].map((e) => [
      e.getAttribute('data-group'),
      e.querySelector('.source__text')?.textContent,
      e.querySelector('[data-testid="ledger-count"]')?.textContent,
    ]);

  test('lists the sources by group, with claims and the share named', async () => {
    const { env } = fakeEnv(withLedger());
    await mount(env);
    expect(entries()).toEqual([
      ['named', 'Marisol Quenby', '3 claims'],
      ['unnamed', 'Two senior officials', '3 claims'],
      ['unsourced', '“said”', '1 claim'],
    ]);
    expect(text('ledger-share')).toBe('43% of 7 claims name their source.');
    // What standards ask of an anonymous source: the missing reason is said.
    expect(t.root.querySelector('.standards')?.textContent).toBe(
      'Why anonymousno reason givenHow they knowfamiliar with the tender',
    );
  });

  test('a body’s spokeswoman is listed under the body, one source with its people', async () => {
    const body: LedgerEntry = {
      id: 'named:entity:e4',
      name: 'Talvik Foods',
      group: 'named',
      mentions: ['the company'],
      claims: [{ cue: 'said', snippet: 'Talvik Foods said it would close two plants.' }],
    };
    const spokeswoman: LedgerEntry = {
      id: 'partial:entity:e5',
      name: 'A Talvik Foods spokeswoman',
      group: 'partial',
      mentions: [],
      claims: [
        { cue: 'said', snippet: 'A Talvik Foods spokeswoman said the closures were final.' },
      ],
      standards: { reason: null, basis: null, specificity: 'by a role and their organisation' },
      body: body.id,
    };
    const ledger: PageLedger = {
      ...LEDGER,
      attributions: 9,
      claims: { ...LEDGER.claims, named: 4, partial: 1 },
      entries: [LEDGER.entries[0]!, body, spokeswoman, ...LEDGER.entries.slice(1)],
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    // (no section of its own: the partly named spokeswoman is under Talvik Foods, and says so)
    expect(t.root.querySelector('section[aria-label="Partly named"]')).toBeNull();
    const row = [...t.root.querySelectorAll('[data-testid="ledger-entry"]')].find(
      (e) => e.querySelector('.source__text')?.textContent === 'Talvik Foods',
    ) as HTMLElement;
    const people = row.querySelector('.people') as HTMLElement;
    expect(people.querySelector('.people__title')?.textContent).toBe('Their people');
    expect(people.querySelector('[data-testid="ledger-source"]')?.textContent).toBe(
      'A Talvik Foods spokeswoman · partly named',
    );
    expect(people.querySelector('.standards')?.textContent).toContain('no reason given');
    const titles = [...t.root.querySelectorAll('.ledger__title .muted')].map((e) => e.textContent);
    expect(titles[0]).toBe('2 sources · 5 claims');
    // (the share counts the spokeswoman's claim as partly named, as before)
    expect(text('ledger-share')).toMatch(/^44% of 9 claims name their source; 1 more names only/);
  });

  test('a spokesman of a person who backs no claim says whose he is', async () => {
    const spokesman: LedgerEntry = {
      id: 'partial:entity:e6',
      name: 'his spokesman',
      group: 'partial',
      mentions: [],
      claims: [{ cue: 'said', snippet: 'Dara Quell returned on Monday, his spokesman said.' }],
      speaksFor: 'Dara Quell',
    };
    const ledger: PageLedger = {
      ...LEDGER,
      attributions: 9,
      claims: { ...LEDGER.claims, partial: 1 },
      entries: [...LEDGER.entries.slice(0, -1), spokesman, ...LEDGER.entries.slice(-1)],
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    const row = [...t.root.querySelectorAll('[data-testid="ledger-source"]')].find((e) =>
      e.textContent?.startsWith('his spokesman'),
    );
    expect(row?.textContent).toBe('his spokesman · for Dara Quell');
  });

  test('a group counts claims as its rows do (cues of one sentence are one claim)', async () => {
    const unsourced: LedgerEntry = {
      id: 'unsourced',
      name: 'No source given',
      group: 'unsourced',
      mentions: [],
      claims: [
        { cue: 'told · told', snippet: 'He was told, and told again.' },
        { cue: 'asked', snippet: 'She was asked.' },
      ],
    };
    const ledger: PageLedger = {
      ...LEDGER,
      attributions: 9,
      claims: { ...LEDGER.claims, unsourced: 3 },
      entries: [LEDGER.entries[0]!, unsourced],
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    expect(entries()[1]).toEqual(['unsourced', '“told”, “asked”', '2 claims']);
    const titles = [...t.root.querySelectorAll('.ledger__title .muted')].map((e) => e.textContent);
    expect(titles).toEqual(['1 source · 3 claims', '2 claims']);
  });

  test('a document the story identifies names its source in the share', async () => {
    const report: LedgerEntry = {
      id: 'documents:e9',
      name: 'a report by the Harbour Audit Office',
      group: 'documents',
      mentions: [],
      claims: [{ cue: 'found', snippet: 'A report by the Harbour Audit Office found gaps.' }],
    };
    const ledger: PageLedger = {
      ...LEDGER,
      attributions: 8,
      claims: { ...LEDGER.claims, documents: 1 },
      namedDocuments: 1,
      entries: [...LEDGER.entries.slice(0, 2), report, LEDGER.entries[2]!],
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    expect(text('ledger-share')).toBe('50% of 8 claims name their source.');
  });

  test('the share says how many more name only the source’s organisation, in plain words', async () => {
    const show = async (partial: number) => {
      const claims = { ...LEDGER.claims, partial };
      const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok({ ...LEDGER, claims }) }));
      await mount(env);
      return text('ledger-share');
    };
    expect(await show(1)).toBe(
      '38% of 8 claims name their source; 1 more names only the source’s organisation.',
    );
    expect(await show(2)).toBe(
      '33% of 9 claims name their source; 2 more name only the source’s organisation.',
    );
  });

  test('a source whose claims reached the article second-hand says how, named or not', async () => {
    const [named, unnamed, unsourced] = LEDGER.entries as [LedgerEntry, LedgerEntry, LedgerEntry];
    const ledger: PageLedger = {
      ...LEDGER,
      entries: [
        { ...named, via: ['told the Harbour Gazette', 'according to the Kessel Times'] },
        { ...unnamed, via: ['told Reuters'] },
        unsourced,
      ],
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    const lines = [...t.root.querySelectorAll('.standards')].map((e) => e.textContent);
    expect(lines).toEqual([
      'Second-handtold the Harbour Gazette; according to the Kessel Times',
      'Why anonymousno reason givenHow they knowfamiliar with the tenderSecond-handtold Reuters',
    ]);
  });

  test('the share counts claims as the groups do, not cues: its numbers add up to theirs', async () => {
    // (twelve cues, some of them several in one sentence of one source, make seven claims)
    const ledger: PageLedger = { ...LEDGER, attributions: 12 };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(ledger) }));
    await mount(env);
    expect(text('ledger-share')).toBe('43% of 7 claims name their source.');
    const titles = [...t.root.querySelectorAll('.ledger__title .muted')].map((e) => e.textContent);
    expect(titles).toEqual(['1 source · 3 claims', '1 source · 3 claims', '1 claim']);
    const one: PageLedger = {
      ...LEDGER,
      attributions: 2,
      claims: { named: 1, partial: 0, unnamed: 0, documents: 0, unsourced: 0 },
      entries: [{ ...LEDGER.entries[0]!, claims: LEDGER.entries[0]!.claims.slice(0, 1) }],
    };
    const again = fakeEnv(withLedger({ 'tab.ledger': () => ok(one) }));
    await mount(again.env);
    expect(text('ledger-share')).toBe('100% of 1 claim names its source.');
  });

  test("the reporter's questions left out of the share are said, in the number they come", async () => {
    const show = async (questions: number) => {
      const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok({ ...LEDGER, questions }) }));
      await mount(env);
      return text('ledger-questions');
    };
    expect(await show(1)).toBe(
      "Not counted: a reporter's question, highlighted but no claim of its own.",
    );
    expect(await show(3)).toBe(
      "Not counted: 3 reporter's questions, highlighted but no claims of their own.",
    );
    expect(text('ledger-share')).toMatch(/^43% of 7 claims name their source\. Not counted/);
  });

  test('a ledger cut to fit (a very long page) gives true counts and says what it left out', async () => {
    const [named, unnamed, unsourced] = LEDGER.entries as [LedgerEntry, LedgerEntry, LedgerEntry];
    const cut: PageLedger = {
      ...LEDGER,
      entries: [{ ...named, claimCount: 2_400 }, unnamed, unsourced],
      omitted: { sources: 2_741, claims: 3_050 },
    };
    const { env } = fakeEnv(withLedger({ 'tab.ledger': () => ok(cut) }));
    await mount(env);
    expect(entries()[0]).toEqual(['named', 'Marisol Quenby', '2,400 claims']);
    expect(text('ledger-omitted')).toBe(
      '2,741 more sources, backing 3,050 claims between them, are not listed: on a page this long the list keeps the sources with most claims.',
    );
  });

  test('clicking a source shows its claims in the page one after another', async () => {
    const { env, requests } = fakeEnv(
      withLedger({
        'tab.reveal': ({ claim }) => ok({ claim: claim % 3, claims: 3 }),
      }),
    );
    await mount(env);
    const source = () =>
      t.root.querySelectorAll<HTMLButtonElement>('[data-testid="ledger-source"]')[1];
    for (let i = 0; i < 4; i++) {
      await act(() => source()?.click());
      await settle();
    }
    expect(requests.filter((r) => r.type === 'tab.reveal').map((r) => r.payload)).toEqual(
      [0, 1, 2, 0].map((claim) => ({ tabId: 5, entry: 'unnamed:words:senior officials', claim })),
    );
    expect(entries()[1]?.[2]).toBe('1 of 3');
  });

  test('a screen reader hears a source’s claim count, and whose claim the page now shows', async () => {
    const { env } = fakeEnv(withLedger({ 'tab.reveal': () => ok({ claim: 1, claims: 3 }) }));
    await mount(env);
    const source = t.root.querySelectorAll<HTMLButtonElement>('[data-testid="ledger-source"]')[1];
    const described = (source?.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => t.root.ownerDocument.getElementById(id)?.textContent);
    expect(described).toEqual(['3 claims', 'Shows its claim in the page; again for the next one.']);
    const status = t.root.querySelector('[data-testid="ledger-revealed"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toBe('');
    await act(() => source?.click());
    await settle();
    // (the row's count changes silently: "2 of 3"; the status says it in words)
    expect(status?.textContent).toBe('Two senior officials: claim 2 of 3, shown in the page.');
  });

  test('the group hints fit what the groups hold: a placed police force, bodies not anonymous', async () => {
    const { env } = fakeEnv(withLedger());
    await mount(env);
    const hint = (title: string) => {
      const section = t.root.querySelector(`section[aria-label="${title}"]`);
      const id = section?.getAttribute('aria-describedby') ?? '';
      return t.root.querySelector(`[id="${id}"]`)?.textContent;
    };
    // ("Someone at a named organisation" did not fit "West Mercia police" or "the courts")
    expect(GROUP_WORDS.partial.hint).toContain('or the organisation as the story places it');
    expect(hint('Unnamed')).toContain('not of a body speaking as itself (“the courts”)');
    // ("the military" of the country a story is about is named, as the guideline settles it)
    expect(hint('Named')).toContain('the one institution of its kind a country has');
  });

  test('a group’s hint is a button away, for the keyboard and a touch screen, not a tooltip', async () => {
    const { env } = fakeEnv(withLedger());
    await mount(env);
    const section = t.root.querySelector('section[aria-label="Unnamed"]') as HTMLElement;
    const why = section.querySelector<HTMLButtonElement>('.ledger__why') as HTMLButtonElement;
    const hint = section.querySelector<HTMLElement>('[data-testid="ledger-hint"]') as HTMLElement;
    expect(section.querySelector('.ledger__title')?.getAttribute('title')).toBeNull();
    expect(why.getAttribute('aria-label')).toBe('What “Unnamed” means');
    expect(why.getAttribute('aria-controls')).toBe(hint.id);
    expect(hint.hidden).toBe(true);
    await act(() => why.click());
    expect(why.getAttribute('aria-expanded')).toBe('true');
    expect(hint.hidden).toBe(false);
    expect(hint.textContent).toBe(GROUP_WORDS.unnamed.hint);
    await act(() => why.click());
    expect(hint.hidden).toBe(true);
  });

  test('a source’s claims can be listed, and each shown', async () => {
    const { env, requests } = fakeEnv(
      withLedger({ 'tab.reveal': () => ok({ claim: 1, claims: 3 }) }),
    );
    await mount(env);
    const toggle = t.root.querySelector<HTMLButtonElement>('.source__toggle') as HTMLButtonElement;
    await act(() => toggle.click());
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const claims = [...t.root.querySelectorAll<HTMLButtonElement>('.claim')];
    expect(claims.map((c) => c.textContent)).toEqual(
      LEDGER.entries[0]?.claims.map((c) => c.snippet),
    );
    await act(() => claims[1]?.click());
    await settle();
    expect(requests.at(-1)).toEqual({
      type: 'tab.reveal',
      payload: { tabId: 5, entry: 'named:words:marisol quenby', claim: 1 },
    });
  });

  test('corrections are listed and undone on the page at once', async () => {
    const refreshed = summary({ counts: { attribution: 12, unnamed: 3, agentless: 4, hedge: 8 } });
    const { env, requests } = fakeEnv(
      withLedger({
        'decisions.delete': () => ok(null),
        'tab.refresh': () => ok(refreshed),
      }),
    );
    await mount(env);
    expect(text('correction')).toBe('the reportedly runshedge → not a findingUndo');
    await act(() => byTestId('correction-undo').click());
    await settle();
    const asked = requests.map((r) => r.type);
    expect(asked.indexOf('decisions.delete')).toBeLessThan(asked.indexOf('tab.refresh'));
    expect(requests.find((r) => r.type === 'decisions.delete')?.payload).toEqual({
      url: URL_A,
      key: DECISION.key,
    });
    expect(text('count-hedge')).toBe('8');
  });

  test('a correction shows the words around it, so one “said” is told from another', async () => {
    const said: Decision = {
      ...DECISION,
      key: 'k2',
      anchor: {
        kind: 'attribution',
        prefix: 'closing the branch on Friday, “We were not told,” ',
        quote: 'said',
        suffix: ' Maria Lopez, who organised the petition with neighbours.',
      },
      action: 'dismiss',
    };
    const { env } = fakeEnv(withLedger({ 'decisions.list': () => ok([said]) }));
    await mount(env);
    expect(text('correction')).toBe(
      '…“We were not told,” said Maria Lopez, who organised…attribution, dismissedUndo',
    );
  });

  test('a kind switched off in the options reads "off", not zero', async () => {
    const settings = defaultSettings();
    settings.kinds.hedge = false;
    const { env } = fakeEnv(withLedger({ 'settings.get': () => ok(settings) }));
    await mount(env);
    expect(text('count-hedge')).toBe('off');
  });

  test('an article not in English says so instead of showing zeros', async () => {
    const spanish = summary({
      counts: { attribution: 0, unnamed: 0, agentless: 0, hedge: 0 },
      language: { code: 'es', english: false },
    });
    const { env } = fakeEnv(withLedger({ 'tab.run': () => ok(spanish) }));
    await mount(env);
    expect(text('not-english')).toContain('This article is in Spanish.');
    expect(t.root.querySelector('[data-testid="count-attribution"]')).toBeNull();
    expect(t.root.querySelector('[data-testid="ledger"]')).toBeNull();
  });

  test('a site on the "never run" list is refused, and can be allowed again', async () => {
    let blocked = true;
    const settings = { ...defaultSettings(), neverRun: ['news.example', 'other.example'] };
    const { env, requests } = fakeEnv(
      withLedger({
        'tab.run': () =>
          blocked
            ? err('never-run', 'You asked Who Said never to run on news.example.')
            : ok(summary()),
        'settings.get': () => ok(settings),
        'settings.set': ({ settings: s }) => {
          blocked = false;
          return ok(s);
        },
      }),
    );
    await mount(env);
    expect(text('status')).toContain('never to run on news.example');
    await act(() => byTestId('allow-here').click());
    await settle();
    expect(requests.find((r) => r.type === 'settings.set')?.payload).toEqual({
      settings: { ...settings, neverRun: ['other.example'] },
    });
    expect(text('count-attribution')).toBe('12');
    expect(t.root.querySelector('[data-testid="allow-here"]')).toBeNull();
  });
});
