import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { describe, expect, test, vi } from 'vitest';
import type { PageSummary } from '../shared/messages';
import type { WhoSaidExport } from '../shared/export-format';
import type { Note } from '../shared/notes';
import { defaultSettings } from '../shared/settings';
import { analyze } from '../engine';
import { LIMITS } from '../shared/limits';
import { EXTENSION_PAGE_NAMES } from '../shared/validate';
import { fingerprintText } from '../shared/article';
import { createBackground, NOTE_COMMAND, NOTE_MENU } from './background';
import { fakeBrowser, type FakeBrowser } from './fake-browser';
import { COOL_AFTER_MS } from './engine-service';
import { CLAIM_MS, INJECT_RETRY_MS } from './run-on-tab';
import { scriptIdFor } from './site-scripts';
import { POPUP_PAGE } from './toolbar-click';

const ARTICLE = 'https://news.example/2026/01/story';
const ID = '0b6f1c3e-8d2a-4c1b-9f3e-2a1d4c5b6e7f';
let serial = 0;
/** A new note's id, as the popup picks it before the first attempt. */
const newId = () => `20000000-0000-4000-8000-${String(++serial).padStart(12, '0')}`;
const ORIGIN = 'https://news.example';
/** The popup, as runtime.onMessage describes it. */
const me = { id: 'who-said-test', url: 'chrome-extension://who-said-test/src/ui/popup/index.html' };

const summary = (over: Partial<PageSummary> = {}): PageSummary => ({
  url: ARTICLE,
  title: 'Officials said so',
  counts: { attribution: 5, unnamed: 2, agentless: 1, hedge: 3 },
  textLength: 4200,
  highlighted: true,
  ms: 12.5,
  ...over,
});

/** A background over a fake browser with one article tab (id 7) the reader clicked on. */
function setup(options: Parameters<typeof fakeBrowser>[0] & { indexedDB?: IDBFactory } = {}) {
  const browser = fakeBrowser(options);
  browser.tabsById.set(7, { url: ARTICLE, title: 'Officials said so', scriptable: true });
  browser.respond = (_tabId, message) => {
    const type = (message as { type: string }).type;
    if (type === 'content.analyze') return { ok: true, value: summary() };
    if (type === 'content.summary') return { ok: true, value: summary({ highlighted: false }) };
    if (type === 'content.clear') return { ok: true, value: null };
    return { ok: false, error: { code: 'unknown-message', message: 'no' } };
  };
  // The engine's warm-up, recorded: the text is asked for when the warm-up starts. Its clock
  // moves only when a test moves it.
  const warmUps: number[] = [];
  const clock = { ms: 0 };
  const background = createBackground({
    browser,
    indexedDB: options.indexedDB ?? new IDBFactory(),
    open: { blockedGraceMs: 50 },
    engine: {
      warmUpText: () => (warmUps.push(Date.now()), ['Officials said so.']),
      now: () => clock.ms,
    },
  });
  const send = (type: string, payload: unknown) => background.route({ ws: 1, type, payload }, me);
  return { browser, background, send, warmUps, clock };
}

describe('tab.run', () => {
  test('injects CSS and script, asks for an analysis, keeps the summary', async () => {
    const { browser, send } = setup();
    expect(await send('tab.run', { tabId: 7 })).toEqual({ ok: true, value: summary() });
    // The stylesheet and the script go in together (in either order), then the analysis.
    expect(browser.calls.slice(0, 2).sort()).toEqual([
      'executeScript 7 content.js',
      'insertCSS 7 highlights-standard-decorated.css',
    ]);
    expect(browser.calls.slice(2)).toEqual(['sendMessage 7 content.analyze']);
    expect(browser.session.get('summary:7')).toEqual(summary());
    // The summary is now served from session storage, without asking the page.
    expect(await send('tab.summary', { tabId: 7 })).toEqual({ ok: true, value: summary() });
    expect(browser.calls).toHaveLength(3);
  });

  test('two runs of one tab at once share one injection and analysis', async () => {
    const { browser, send, background } = setup();
    const [a, b] = await Promise.all([background.runOnTab(7), background.runOnTab(7)]);
    expect(a).toEqual({ ok: true, value: summary() });
    expect(b).toEqual(a);
    expect(browser.calls.filter((c) => c.endsWith('content.js'))).toHaveLength(1);
    // Once done, the next click runs again.
    await send('tab.run', { tabId: 7 });
    expect(browser.calls.filter((c) => c.endsWith('content.js'))).toHaveLength(2);
  });

  test.each([
    ['Chromium (no getBrowserInfo)', undefined, 'highlights-standard-decorated.css'],
    ['Firefox 140', { name: 'Firefox', version: '140.12.0' }, 'highlights-standard-tint.css'],
    ['Firefox 152', { name: 'Firefox', version: '152.0' }, 'highlights-standard-tint.css'],
    ['Firefox 153', { name: 'Firefox', version: '153.8.0' }, 'highlights-standard-decorated.css'],
  ])('%s gets the stylesheet it paints: %s', async (_name, browserInfo, css) => {
    const { browser, send } = setup({ browserInfo });
    expect((await send('tab.run', { tabId: 7 })).ok).toBe(true);
    expect(browser.calls).toContain(`insertCSS 7 ${css}`);
  });

  test('the test hook runs the same code path', async () => {
    const { browser, background } = setup();
    expect(await background.runOnTab(7)).toEqual({ ok: true, value: summary() });
    expect(browser.calls).toContain('executeScript 7 content.js');
  });

  test.each([
    ['chrome://settings/', 'browser pages'],
    ['about:addons', 'browser pages'],
    ['view-source:https://news.example/', 'source view'],
    ['https://chromewebstore.google.com/detail/x', 'add-on store'],
    ['https://chrome.google.com/webstore/category/extensions', 'add-on store'],
    ['https://addons.mozilla.org/en-US/firefox/', 'add-on store'],
    ['https://news.example/report.PDF', 'PDF'],
  ])('refuses %s in words a reader understands', async (url, words) => {
    const { browser, send } = setup();
    browser.tabsById.set(9, { url, scriptable: true });
    const result = await send('tab.run', { tabId: 9 });
    expect(result).toMatchObject({ ok: false, error: { code: 'restricted-page' } });
    expect(!result.ok && result.error.message).toContain(words);
    expect(browser.calls).toEqual([]);
  });

  test('a page the grant has not reached yet is tried again, each part once it is in', async () => {
    const { browser, send } = setup();
    browser.tabsById.set(9, { url: ARTICLE, scriptable: true, refusals: 1 });
    expect(await send('tab.run', { tabId: 9 })).toEqual({ ok: true, value: summary() });
    // The script was refused once and went in on the second try; the stylesheet went in once.
    expect(browser.calls.filter((c) => c === 'executeScript 9 content.js')).toHaveLength(2);
    expect(browser.calls.filter((c) => c.startsWith('insertCSS 9'))).toHaveLength(1);
    expect(browser.tabsById.get(9)?.injected).toBe(true);
  });

  test('a page that keeps refusing is given up on, in words', async () => {
    const { browser, send } = setup();
    browser.tabsById.set(9, { url: ARTICLE, scriptable: true, refusals: 99 });
    const result = await send('tab.run', { tabId: 9 });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    // The first try and one for each wait.
    const tries = browser.calls.filter((c) => c === 'executeScript 9 content.js');
    expect(tries).toHaveLength(1 + INJECT_RETRY_MS.length);
  });

  test('explains a missing permission', async () => {
    const { browser, send } = setup();
    browser.tabsById.set(9, { url: 'https://other.example/a' });
    const result = await send('tab.run', { tabId: 9 });
    expect(result).toMatchObject({ ok: false, error: { code: 'no-permission' } });
    // The browser hides the address of a tab we may not script: nothing to wait for.
    expect(browser.calls.filter((c) => c.startsWith('executeScript 9'))).toHaveLength(1);
    expect(!result.ok && result.error.message).toMatch(/toolbar button/);
  });

  test('explains a browser refusal it could not foresee (no URL visible)', async () => {
    const { browser, send } = setup();
    browser.tabsById.set(9, { refuseWith: 'Cannot access a chrome:// URL' });
    expect(await send('tab.run', { tabId: 9 })).toMatchObject({
      ok: false,
      error: { code: 'restricted-page' },
    });
    browser.tabsById.set(10, { refuseWith: 'Frame with ID 0 is showing error page' });
    expect(await send('tab.run', { tabId: 10 })).toMatchObject({
      ok: false,
      error: { code: 'page-error' },
    });
  });

  test('a closed tab', async () => {
    const { send } = setup();
    expect(await send('tab.run', { tabId: 99 })).toMatchObject({
      ok: false,
      error: { code: 'no-tab', message: 'That tab is no longer open.' },
    });
  });

  test('passes on an error the content script reports', async () => {
    const { browser, send } = setup();
    browser.respond = () => ({
      ok: false,
      error: { code: 'no-article', message: 'No article text found on this page.' },
    });
    expect(await send('tab.run', { tabId: 7 })).toEqual({
      ok: false,
      error: { code: 'no-article', message: 'No article text found on this page.' },
    });
    // No summary kept (the settings' copy is all session storage holds).
    expect([...browser.session.keys()]).toEqual(['settings']);
  });

  test('rejects a malformed summary from the page', async () => {
    const { browser, send } = setup();
    browser.respond = () => ({ ok: true, value: { ...summary(), counts: { attribution: -4 } } });
    expect(await send('tab.run', { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-answer' },
    });
    browser.respond = () => undefined;
    expect(await send('tab.run', { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'no-content-script' },
    });
  });

  test('works without storage.session', async () => {
    const { send } = setup({ session: false });
    expect(await send('tab.run', { tabId: 7 })).toEqual({ ok: true, value: summary() });
    // Nothing kept: the summary comes from the page itself.
    expect(await send('tab.summary', { tabId: 7 })).toEqual({
      ok: true,
      value: summary({ highlighted: false }),
    });
  });
});

describe('tab.summary and tab.clear', () => {
  test('null for a tab never analysed', async () => {
    const { send } = setup();
    expect(await send('tab.summary', { tabId: 7 })).toEqual({ ok: true, value: null });
  });

  test('a navigation forgets the summary', async () => {
    const { browser, background, send } = setup();
    await send('tab.run', { tabId: 7 });
    await background.forgetTab(7);
    browser.tabsById.set(7, { url: ARTICLE, scriptable: true }); // a new document: no script yet
    expect(await send('tab.summary', { tabId: 7 })).toEqual({ ok: true, value: null });
  });

  test('clear asks the page and marks the summary unhighlighted', async () => {
    const { browser, send } = setup();
    await send('tab.run', { tabId: 7 });
    expect(await send('tab.clear', { tabId: 7 })).toEqual({ ok: true, value: null });
    expect(browser.calls).toContain('sendMessage 7 content.clear');
    expect(await send('tab.summary', { tabId: 7 })).toEqual({
      ok: true,
      value: summary({ highlighted: false }),
    });
  });

  test('clear on a page without the script is fine', async () => {
    const { send } = setup();
    expect(await send('tab.clear', { tabId: 7 })).toEqual({ ok: true, value: null });
  });
});

describe('notes through messages', () => {
  test('save, list, search, delete', async () => {
    const { send } = setup();
    const saved = await send('notes.save', {
      note: {
        id: newId(),
        url: `${ARTICLE}?utm_source=x`,
        title: 'Officials said so',
        body: 'Which officials?',
      },
    });
    expect(saved.ok).toBe(true);
    const note = (saved as { value: Note }).value;
    expect(note.url).toBe(ARTICLE);
    expect(await send('notes.list', { url: `${ARTICLE}#comments` })).toEqual({
      ok: true,
      value: [note],
    });
    expect(await send('notes.search', { query: 'OFFICIALS?' })).toEqual({
      ok: true,
      value: { notes: [note], total: 1, offset: 0 },
    });
    // Deleting answers the deleted copy (for Undo); deleting again is no error.
    expect(await send('notes.delete', { id: note.id })).toEqual({ ok: true, value: note });
    expect(await send('notes.delete', { id: note.id })).toEqual({ ok: true, value: null });
    expect(await send('notes.list', { url: ARTICLE })).toEqual({ ok: true, value: [] });
  });

  test('an empty note is refused with a readable error', async () => {
    const { send } = setup();
    expect(
      await send('notes.save', { note: { id: newId(), url: ARTICLE, title: '', body: ' \n ' } }),
    ).toEqual({
      ok: false,
      error: { code: 'empty-note', message: 'Write something before saving the note.' },
    });
  });
});

/** Sends an export through the import messages, the way the options page does. */
async function importThrough(
  send: (type: string, payload: unknown) => Promise<unknown>,
  data: {
    notes: unknown[];
    sites: unknown[];
    articles?: unknown[];
    decisions?: unknown[];
    snapshots?: unknown[];
  },
  chunk = 2,
) {
  const { notes, sites, articles = [], decisions = [], snapshots = [] } = data;
  const begun = (await send('import.begin', {
    notes: notes.length,
    sites,
    articles: articles.length,
    decisions: decisions.length,
    snapshots: snapshots.length,
  })) as {
    value: { importId: string };
  };
  const { importId } = begun.value;
  for (let i = 0; i < data.notes.length; i += chunk) {
    await send('import.notes', { importId, notes: data.notes.slice(i, i + chunk) });
  }
  await send('import.notes', { importId, notes: [], articles, decisions, snapshots });
  return send('import.commit', { importId });
}

describe('export and import through messages', () => {
  test('export, then import into another profile in chunks', async () => {
    const a = setup();
    for (const body of ['Kept across browsers', 'And this', 'And that']) {
      await a.send('notes.save', { note: { id: newId(), url: ARTICLE, title: 'T', body } });
    }
    const exported = await a.send('data.export', {});
    expect(exported).toMatchObject({ ok: true, value: { format: 'who-said-export', version: 3 } });
    const file = JSON.parse(JSON.stringify((exported as { value: unknown }).value));

    const b = setup();
    expect(await importThrough(b.send, file)).toEqual({
      ok: true,
      value: { added: 3, updated: 0, unchanged: 0, decisions: 0 },
    });
    const listed = (await b.send('notes.list', { url: ARTICLE })) as { value: Note[] };
    expect(listed.value.map((n) => n.body).sort()).toEqual([
      'And that',
      'And this',
      'Kept across browsers',
    ]);
  });

  test('an export of everything carries the reader’s settings; one article’s does not', async () => {
    const a = setup();
    const settings = {
      ...defaultSettings(),
      phrases: { ...defaultSettings().phrases, hedge: ['it is understood'] },
      neverRun: ['bank.example'],
    };
    await a.send('settings.set', { settings });
    await a.send('notes.save', { note: { id: newId(), url: ARTICLE, title: 'T', body: 'x' } });
    const all = (await a.send('data.export', {})) as { value: WhoSaidExport };
    expect(all.value.settings).toEqual(settings);
    const one = (await a.send('data.export', { url: ARTICLE })) as { value: WhoSaidExport };
    expect(one.value.notes).toHaveLength(1);
    expect(one.value).not.toHaveProperty('settings');
  });

  test('nothing is written before commit; a commit short of notes writes nothing', async () => {
    const b = setup();
    const note = {
      id: ID,
      url: ARTICLE,
      title: 'T',
      body: 'x',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    };
    const begun = (await b.send('import.begin', { notes: 2, sites: [] })) as {
      value: { importId: string };
    };
    const { importId } = begun.value;
    expect(await b.send('import.notes', { importId, notes: [note] })).toEqual({
      ok: true,
      value: { received: 1 },
    });
    expect(await b.send('import.progress', { importId })).toEqual({
      ok: true,
      value: { phase: 'receiving', done: 1, total: 2 },
    });
    expect(await b.send('notes.search', { query: '' })).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
    expect(await b.send('import.commit', { importId })).toMatchObject({
      ok: false,
      error: { code: 'import-mismatch' },
    });
    expect(await b.send('notes.search', { query: '' })).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
    // An import the worker forgot (it was stopped) is said in words.
    expect(await b.send('import.commit', { importId })).toMatchObject({
      ok: false,
      error: { code: 'import-gone', message: expect.stringMatching(/nothing was imported/) },
    });
  });

  test('site.list lists stored settings', async () => {
    const { browser, send } = setup();
    browser.granted.add(`${ORIGIN}/*`);
    await send('site.set', { origin: ORIGIN, alwaysOn: true });
    expect(await send('site.list', {})).toEqual({
      ok: true,
      value: [{ origin: ORIGIN, alwaysOn: true }],
    });
  });
});

describe('router', () => {
  test('unknown type, malformed message and foreign sender are errors', async () => {
    const { background, send } = setup();
    expect(await send('tab.explode', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
    expect(await background.route('hello', me)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    expect(
      await background.route(
        { ws: 1, type: 'notes.search', payload: { query: '' } },
        { id: 'evil' },
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  test('a handler that throws answers an error, not silence', async () => {
    const { browser, send } = setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    browser.granted.add(`${ORIGIN}/*`);
    await send('site.set', { origin: ORIGIN, alwaysOn: true });
    browser.permissions.contains = () => Promise.reject(new Error('boom'));
    expect(await send('site.get', { origin: ORIGIN })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong inside Who Said. Try again.' },
    });
    // site.set catches its own failures and says what could not be done.
    expect(await send('site.set', { origin: ORIGIN, alwaysOn: true })).toMatchObject({
      ok: false,
      error: { code: 'site-failed' },
    });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

/** Every message only the extension's own pages may send, with a well-formed payload. */
const PRIVILEGED: [string, unknown][] = [
  ['tab.run', { tabId: 7 }],
  ['tab.summary', { tabId: 7 }],
  ['tab.clear', { tabId: 7 }],
  ['notes.list', { url: ARTICLE }],
  ['notes.search', { query: 'secret' }],
  ['notes.facets', {}],
  ['notes.save', { note: { id: ID, url: ARTICLE, title: 'T', body: 'planted' } }],
  ['notes.delete', { id: '00000000-0000-4000-8000-000000000000' }],
  [
    'notes.restore',
    {
      note: {
        id: '00000000-0000-4000-8000-000000000009',
        url: 'https://elsewhere.example/x',
        title: 'T',
        body: 'planted',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    },
  ],
  ['tab.notes', { tabId: 7 }],
  ['tab.showNote', { tabId: 7, id: '00000000-0000-4000-8000-000000000000' }],
  ['tab.syncNotes', { tabId: 7 }],
  ['article.snapshot', { url: ARTICLE, fingerprint: 'v1-a-b' }],
  ['prefs.get', {}],
  ['prefs.set', { selectionButton: false }],
  ['site.get', { origin: ORIGIN }],
  ['site.set', { origin: ORIGIN, alwaysOn: true }],
  ['site.list', {}],
  ['data.export', {}],
  ['data.exportFile', { url: ARTICLE }],
  ['import.begin', { notes: 0, sites: [{ origin: ORIGIN, alwaysOn: true }], decisions: 0 }],
  ['import.notes', { importId: ID, notes: [] }],
  ['import.commit', { importId: ID }],
  ['import.progress', { importId: ID }],
  ['tab.ledger', { tabId: 7 }],
  ['tab.reveal', { tabId: 7, entry: 'named:words:x', claim: 0 }],
  ['tab.refresh', { tabId: 7 }],
  ['decisions.list', { url: ARTICLE }],
  ['decisions.delete', { url: ARTICLE, key: '["hedge","","x",""]' }],
  ['settings.get', {}],
  ['settings.set', { settings: defaultSettings() }],
];

/** A content script in the top frame of tab 7, as runtime.onMessage describes it. */
const page = { id: 'who-said-test', url: ARTICLE, origin: ORIGIN, tab: { id: 7 }, frameId: 0 };

describe('trust boundary: what a content script may ask', () => {
  test('the list covers every extension-page message', () => {
    expect(PRIVILEGED.map(([name]) => name).sort()).toEqual([...EXTENSION_PAGE_NAMES].sort());
  });

  test.each(PRIVILEGED)(
    '%s from a content script is refused and changes nothing',
    async (type, payload) => {
      const { background, browser, send } = setup();
      expect(
        await send('notes.save', { note: { id: newId(), url: ARTICLE, title: 'T', body: 'mine' } }),
      ).toMatchObject({ ok: true });
      const callsBefore = browser.calls.length;
      expect(await background.route({ ws: 1, type, payload }, page)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      // Nothing reached a tab, and the store is as it was.
      expect(browser.calls).toHaveLength(callsBefore);
      const notes = await send('notes.search', { query: '' });
      expect(notes).toMatchObject({ ok: true, value: { notes: [{ body: 'mine' }], total: 1 } });
      expect(await send('prefs.get', {})).toEqual({ ok: true, value: { selectionButton: true } });
      expect(await send('site.list', {})).toEqual({ ok: true, value: [] });
    },
  );

  test('the same request from the popup, or from the options page open in a tab, is answered', async () => {
    const { background } = setup();
    const options = {
      id: 'who-said-test',
      url: 'chrome-extension://who-said-test/src/ui/options/index.html',
      origin: 'chrome-extension://who-said-test',
      tab: { id: 12 },
      frameId: 0,
    };
    for (const sender of [me, options]) {
      expect(await background.route({ ws: 1, type: 'site.list', payload: {} }, sender)).toEqual({
        ok: true,
        value: [],
      });
    }
  });

  test('a page reports its own summary, stored for the tab the browser names', async () => {
    const { background, browser, send } = setup();
    const mine = summary({ counts: { attribution: 1, unnamed: 0, agentless: 0, hedge: 0 } });
    expect(
      await background.route({ ws: 1, type: 'page.summary', payload: { summary: mine } }, page),
    ).toEqual({ ok: true, value: null });
    expect(browser.session.get('summary:7')).toEqual(mine);
    expect(await send('tab.summary', { tabId: 7 })).toEqual({ ok: true, value: mine });
  });

  test('a page cannot report on another page, from a subframe, or name a tab', async () => {
    const { background, browser } = setup();
    const other = summary({ url: 'https://elsewhere.example/' });
    const route = (payload: unknown, sender: object) =>
      background.route({ ws: 1, type: 'page.summary', payload }, sender);
    expect(await route({ summary: other }, page)).toMatchObject({ error: { code: 'forbidden' } });
    expect(await route({ summary: summary() }, { ...page, frameId: 3 })).toMatchObject({
      error: { code: 'forbidden' },
    });
    // A tab id in the payload is not part of the message: the whole request is refused.
    expect(await route({ summary: summary(), tabId: 9 }, page)).toMatchObject({
      error: { code: 'invalid-message' },
    });
    expect(browser.session.has('summary:7')).toBe(false);
    expect(browser.session.has('summary:9')).toBe(false);
  });

  test('the engine warms up when a run starts or a page asks for its setup, once a run', async () => {
    const clicked = setup();
    await clicked.send('tab.run', { tabId: 7 });
    expect(clicked.warmUps).toHaveLength(1);
    await clicked.background.route({ ws: 1, type: 'page.setup', payload: {} }, page);
    expect(clicked.warmUps).toHaveLength(1);

    // A site the reader keeps on: its content script's first message.
    const alwaysOn = setup();
    expect(
      await alwaysOn.background.route({ ws: 1, type: 'page.setup', payload: {} }, page),
    ).toMatchObject({ ok: true, value: { run: true } });
    expect(alwaysOn.warmUps).toHaveLength(1);

    // A run refused before the page was read stops it; the next run starts it again (once the
    // engine has been idle a while: the chunk that ran warmed it).
    const refused = setup();
    refused.browser.tabsById.set(8, { url: 'chrome://newtab/', scriptable: true });
    expect(await refused.send('tab.run', { tabId: 8 })).toMatchObject({ ok: false });
    expect(refused.warmUps).toHaveLength(1);
    refused.clock.ms += COOL_AFTER_MS;
    await refused.send('tab.run', { tabId: 7 });
    expect(refused.warmUps).toHaveLength(2);

    // A click after an idle time warms the engine up again.
    clicked.clock.ms += COOL_AFTER_MS;
    await clicked.send('tab.run', { tabId: 7 });
    expect(clicked.warmUps).toHaveLength(2);

    // A page on a site the reader never runs on: nothing to warm up for.
    const never = setup();
    await never.send('settings.set', {
      settings: { ...defaultSettings(), neverRun: ['news.example'] },
    });
    expect(
      await never.background.route({ ws: 1, type: 'page.setup', payload: {} }, page),
    ).toMatchObject({ ok: true, value: { run: false } });
    expect(never.warmUps).toHaveLength(0);
  });

  test('a page’s text is analysed for its top frame only, within the size limit', async () => {
    const { background, send } = setup();
    const text = 'The minister said the plan would be delayed, officials said.';
    const route = (payload: unknown, sender: object) =>
      background.route({ ws: 1, type: 'page.analyze', payload }, sender);
    expect(await route({ run: 'r-1', text }, page)).toEqual({ ok: true, value: analyze(text) });
    // A frame inside the page, or the popup, may not ask.
    expect(await route({ run: 'r-1', text }, { ...page, frameId: 2 })).toMatchObject({
      error: { code: 'forbidden' },
    });
    expect(await send('page.analyze', { run: 'r-1', text })).toMatchObject({ ok: false });
    // More than one part of text, or a tab named in the message: refused as malformed.
    const tooLong = 'x'.repeat(LIMITS.analyzeText + 1);
    expect(await route({ run: 'r-1', text: tooLong }, page)).toMatchObject({
      error: { code: 'invalid-message' },
    });
    expect(await route({ run: 'r-1', text, tabId: 9 }, page)).toMatchObject({
      error: { code: 'invalid-message' },
    });
    expect(await route({ run: '<img>', text }, page)).toMatchObject({
      error: { code: 'invalid-message' },
    });
  });

  test('senders the browser does not vouch for are refused', async () => {
    const { background } = setup();
    const ask = (sender: object) =>
      background.route({ ws: 1, type: 'site.list', payload: {} }, sender);
    // Another extension, a sender without a URL, an origin that contradicts the URL.
    for (const sender of [
      { ...me, id: 'evil' },
      { id: 'who-said-test' },
      { ...me, origin: ORIGIN },
      { id: 'who-said-test', url: 'chrome-extension://other-ext/popup.html' },
    ]) {
      expect(await ask(sender)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('notes from a content script: its own article only', () => {
  const TEXT = 'Officials said the plan was sound.';
  const claim = (over: object = {}) => ({
    title: 'Officials said so',
    fingerprint: fingerprintText(TEXT),
    textLength: TEXT.length,
    ...over,
  });
  const pageNote = (id: string) => ({
    id,
    body: 'Which officials?',
    target: {
      selectors: [
        { type: 'TextQuoteSelector', exact: 'Officials said', prefix: '', suffix: ' the plan' },
        { type: 'TextPositionSelector', start: 0, end: 14 },
      ],
    },
  });
  const ID = '20000000-0000-4000-8000-000000000001';

  test('a note is saved on the page the browser names, with the text as it was', async () => {
    const { background, send } = setup();
    const route = (type: string, payload: unknown, sender: object = page) =>
      background.route({ ws: 1, type, payload }, sender);
    const saved = await route('page.note.save', {
      article: claim(),
      note: pageNote(ID),
      text: TEXT,
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { id: ID, url: ARTICLE, title: 'Officials said so' },
    });
    expect(await route('page.notes', { article: claim() })).toMatchObject({
      ok: true,
      value: { articleUrl: ARTICLE, notes: [{ id: ID }], snapshots: [fingerprintText(TEXT)] },
    });
    expect(
      await send('article.snapshot', { url: ARTICLE, fingerprint: fingerprintText(TEXT) }),
    ).toEqual({
      ok: true,
      value: { text: TEXT },
    });
  });

  test('a canonical address on the same site names the article; another site’s is ignored', async () => {
    const { background } = setup();
    const route = (type: string, payload: unknown) =>
      background.route({ ws: 1, type, payload }, { ...page, url: `${ARTICLE}?utm_source=x` });
    await route('page.note.save', {
      article: claim({ canonical: 'https://news.example/canonical' }),
      note: pageNote(ID),
    });
    expect(
      await route('page.notes', {
        article: claim({ canonical: 'https://news.example/canonical' }),
      }),
    ).toMatchObject({
      value: { articleUrl: 'https://news.example/canonical', notes: [{ id: ID }] },
    });
    // A page claiming to be another site's article gets its own address, and none of those notes.
    expect(
      await route('page.notes', { article: claim({ canonical: 'https://bank.example/secret' }) }),
    ).toMatchObject({
      value: { articleUrl: ARTICLE, notes: [] },
    });
  });

  test('a page cannot change, delete or plant a note of another article', async () => {
    const { background, send } = setup();
    const other = await send('notes.save', {
      note: { id: ID, url: 'https://other.example/story', title: 'Other', body: 'Not yours' },
    });
    expect(other.ok).toBe(true);
    const route = (type: string, payload: unknown) =>
      background.route({ ws: 1, type, payload }, page);
    expect(
      await route('page.note.save', { article: claim(), note: { id: ID, body: 'mine now' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await route('page.note.delete', { article: claim(), id: ID })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const planted = {
      ...(other as { value: Note }).value,
      id: '20000000-0000-4000-8000-000000000002',
    };
    expect(await route('page.note.restore', { article: claim(), note: planted })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await send('notes.list', { url: 'https://other.example/story' })).toMatchObject({
      value: [{ body: 'Not yours' }],
    });
    // A note's address is never the page's to give.
    expect(
      await route('page.note.save', {
        article: claim(),
        note: { ...pageNote(ID), url: 'https://other.example/story' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
  });
});

describe('note this passage: context menu and shortcut', () => {
  test('the menu entry is made at install, on selected text', async () => {
    const { background, browser } = setup();
    await background.installMenus();
    await background.installMenus();
    expect(browser.menus).toEqual([
      { id: NOTE_MENU, title: 'Note this passage', contexts: ['selection'] },
    ]);
  });

  test('choosing it starts Who Said on the page if needed, then opens the editor', async () => {
    const { background, browser } = setup();
    const respond = browser.respond;
    browser.respond = (tabId, message) =>
      (message as { type: string }).type === 'content.notePassage'
        ? { ok: true, value: { opened: true } }
        : respond(tabId, message);
    await background.menuClicked(NOTE_MENU, 7);
    expect(browser.calls).toEqual([
      'sendMessage 7 content.notePassage',
      'executeScript 7 content.js',
      'insertCSS 7 highlights-standard-decorated.css',
      'sendMessage 7 content.analyze',
      'sendMessage 7 content.notePassage',
    ]);
    browser.calls.length = 0;
    await background.command(NOTE_COMMAND, 7);
    expect(browser.calls).toEqual(['sendMessage 7 content.notePassage']);
    await background.menuClicked('something-else', 7);
    expect(browser.calls).toHaveLength(1);
  });

  test('a page it cannot run on says so on the toolbar button', async () => {
    const { background, browser } = setup();
    browser.tabsById.set(8, { url: 'https://news.example/x', title: 'x', scriptable: false });
    await background.menuClicked(NOTE_MENU, 8);
    expect(browser.badges.get(8)).toBe('!');
  });
});

describe('always on this site', () => {
  test('refuses without the host permission', async () => {
    const { browser, send } = setup();
    expect(await send('site.set', { origin: ORIGIN, alwaysOn: true })).toMatchObject({
      ok: false,
      error: { code: 'no-permission' },
    });
    expect(browser.registered).toEqual([]);
    expect(await send('site.get', { origin: ORIGIN })).toEqual({
      ok: true,
      value: { origin: ORIGIN, alwaysOn: false },
    });
  });

  test('registers a content script once the permission is granted, unregisters when off', async () => {
    const { browser, send } = setup();
    browser.granted.add(`${ORIGIN}/*`);
    expect(await send('site.set', { origin: ORIGIN, alwaysOn: true })).toEqual({
      ok: true,
      value: { origin: ORIGIN, alwaysOn: true },
    });
    expect(browser.registered).toEqual([
      {
        id: scriptIdFor(ORIGIN),
        matches: [`${ORIGIN}/*`],
        js: ['content.js'],
        css: ['highlights-standard-decorated.css'],
        runAt: 'document_idle',
      },
    ]);
    // Twice is harmless.
    expect((await send('site.set', { origin: ORIGIN, alwaysOn: true })).ok).toBe(true);
    expect(browser.registered).toHaveLength(1);
    expect(await send('site.get', { origin: ORIGIN })).toEqual({
      ok: true,
      value: { origin: ORIGIN, alwaysOn: true },
    });

    expect(await send('site.set', { origin: ORIGIN, alwaysOn: false })).toEqual({
      ok: true,
      value: { origin: ORIGIN, alwaysOn: false },
    });
    expect(browser.registered).toEqual([]);
    expect(browser.granted.size).toBe(0);
  });

  test('site.get reports off when the permission was revoked in the browser', async () => {
    const { browser, send } = setup();
    browser.granted.add(`${ORIGIN}/*`);
    await send('site.set', { origin: ORIGIN, alwaysOn: true });
    browser.granted.clear();
    expect(await send('site.get', { origin: ORIGIN })).toEqual({
      ok: true,
      value: { origin: ORIGIN, alwaysOn: false },
    });
  });

  test('script ids differ per origin and are stable', () => {
    expect(scriptIdFor(ORIGIN)).toBe(scriptIdFor(ORIGIN));
    expect(scriptIdFor(ORIGIN)).not.toBe(scriptIdFor('http://news.example'));
    expect(scriptIdFor(ORIGIN)).toMatch(/^whosaid-[0-9a-f]{16}$/);
  });
});

describe('reconcile', () => {
  async function withSites(browser: FakeBrowser, send: ReturnType<typeof setup>['send']) {
    for (const origin of ['https://a.example', 'https://b.example']) {
      browser.granted.add(`${origin}/*`);
      await send('site.set', { origin, alwaysOn: true });
    }
  }

  test('a revoked permission turns the site off and removes its script', async () => {
    const { browser, background, send } = setup();
    await withSites(browser, send);
    browser.granted.delete('https://a.example/*');
    await background.reconcile();
    expect(browser.registered.map((r) => r.matches)).toEqual([['https://b.example/*']]);
    expect(await send('site.get', { origin: 'https://a.example' })).toMatchObject({
      value: { alwaysOn: false },
    });
  });

  test('a lost registration is restored; a stray one is removed', async () => {
    const { browser, background, send } = setup();
    await withSites(browser, send);
    browser.registered.splice(0, browser.registered.length, {
      id: scriptIdFor('https://gone.example'),
      matches: ['https://gone.example/*'],
      js: ['content.js'],
    });
    await background.reconcile();
    expect(browser.registered.map((r) => r.matches?.[0]).sort()).toEqual([
      'https://a.example/*',
      'https://b.example/*',
    ]);
  });

  test('after a browser update, registrations take the stylesheet the new version paints', async () => {
    const browserInfo = { name: 'Firefox', version: '140.12.0' };
    const { browser, background, send } = setup({ browserInfo });
    await withSites(browser, send);
    expect(browser.registered.map((r) => r.css)).toEqual([
      ['highlights-standard-tint.css'],
      ['highlights-standard-tint.css'],
    ]);
    browserInfo.version = '153.0';
    await background.reconcile();
    expect(browser.registered.map((r) => r.css)).toEqual([
      ['highlights-standard-decorated.css'],
      ['highlights-standard-decorated.css'],
    ]);
  });

  test('a grant whose popup closed before it could say so still turns the site on', async () => {
    const { browser, background, send } = setup();
    browser.granted.add('https://c.example/*');
    browser.granted.add('https://*/*'); // broad patterns are never a site
    await background.reconcile();
    expect(await send('site.get', { origin: 'https://c.example' })).toMatchObject({
      value: { alwaysOn: true },
    });
    expect(browser.registered.map((r) => r.id)).toEqual([scriptIdFor('https://c.example')]);
  });

  test('a host permission the manifest requires is not a reader turning a site on', async () => {
    const { browser, background, send } = setup({ requiredHosts: ['http://127.0.0.1/*'] });
    await background.reconcile();
    expect(browser.registered).toEqual([]);
    expect(await send('site.list', {})).toEqual({ ok: true, value: [] });
    // The reader can still choose it; switching off cannot give the permission back.
    expect(await send('site.set', { origin: 'http://127.0.0.1:8080', alwaysOn: true })).toEqual({
      ok: true,
      value: { origin: 'http://127.0.0.1:8080', alwaysOn: true },
    });
    await background.reconcile();
    expect(browser.registered).toHaveLength(1);
    expect((await send('site.set', { origin: 'http://127.0.0.1:8080', alwaysOn: false })).ok).toBe(
      true,
    );
    expect(browser.registered).toEqual([]);
  });

  test('an origin with a port is covered by its host pattern (Firefox patterns have no port)', async () => {
    const { browser, background, send } = setup();
    browser.granted.add('http://localhost/*');
    expect(
      await send('site.set', { origin: 'http://localhost:8080', alwaysOn: true }),
    ).toMatchObject({
      ok: true,
    });
    expect(browser.registered.map((r) => r.matches)).toEqual([['http://localhost/*']]);
    await background.reconcile();
    // The grant is recognised as this site's: no second site appears for the bare host.
    expect(await send('site.list', {})).toEqual({
      ok: true,
      value: [{ origin: 'http://localhost:8080', alwaysOn: true }],
    });
    expect(browser.registered).toHaveLength(1);
  });

  test('a grant the popup could not record shows as on for the origin with a port', async () => {
    const { browser, background, send } = setup();
    // the popup closed while Firefox's prompt was open: the grant is stored for the host
    browser.granted.add('http://localhost/*');
    await background.reconcile();
    expect(browser.registered.map((r) => r.matches)).toEqual([['http://localhost/*']]);
    expect(await send('site.get', { origin: 'http://localhost:8080' })).toEqual({
      ok: true,
      value: { origin: 'http://localhost:8080', alwaysOn: true },
    });
    // another host is not
    expect(await send('site.get', { origin: 'http://otherhost:8080' })).toMatchObject({
      value: { alwaysOn: false },
    });
    // and a revoked grant is off on every port
    browser.granted.clear();
    expect(await send('site.get', { origin: 'http://localhost:8080' })).toMatchObject({
      value: { alwaysOn: false },
    });
  });

  test('leaves scripts that are not ours alone', async () => {
    const { browser, background } = setup();
    browser.registered.push({ id: 'someone-else', matches: ['https://x.example/*'], js: ['x.js'] });
    await background.reconcile();
    expect(browser.registered.map((r) => r.id)).toEqual(['someone-else']);
  });
});

describe('keyboard command', () => {
  test('runs on the tab and marks a failure on the toolbar button', async () => {
    const { browser, background } = setup();
    await background.command('run-on-page', 7);
    expect(browser.calls).toContain('sendMessage 7 content.analyze');
    expect(browser.badges.get(7)).toBe('');
    browser.tabsById.set(8, { url: 'chrome://newtab/', scriptable: true });
    await background.command('run-on-page', 8);
    expect(browser.badges.get(8)).toBe('!');
  });

  test('falls back to the active tab and ignores other commands', async () => {
    const { browser, background } = setup();
    await background.command('something-else', 7);
    expect(browser.calls).toEqual([]);
    await background.command('run-on-page', undefined);
    expect(browser.calls).toContain('executeScript 7 content.js');
  });
});

describe('toolbar click (no declared popup)', () => {
  test('a click in a new worker starts with the settings’ copy in session storage', async () => {
    const { browser, send } = setup();
    await send('settings.set', { settings: { ...defaultSettings(), scheme: 'high-contrast' } });
    expect(browser.session.get('settings')).toMatchObject({ scheme: 'high-contrast' });
    // A new worker over the same session storage, whose database has not been read: the run
    // injects the copy's stylesheet.
    const later = createBackground({ browser, indexedDB: new IDBFactory() });
    browser.calls.length = 0;
    await later.click(7);
    expect(browser.calls).toContain('insertCSS 7 highlights-high-contrast-decorated.css');
  });

  test('a site the reader stopped is refused at the click, from the copy', async () => {
    const { browser, send } = setup();
    await send('settings.set', { settings: { ...defaultSettings(), neverRun: ['news.example'] } });
    const later = createBackground({ browser, indexedDB: new IDBFactory() });
    browser.calls.length = 0;
    expect(await later.runOnTab(7)).toMatchObject({ ok: false, error: { code: 'never-run' } });
    expect(browser.calls.filter((c) => c.startsWith('executeScript'))).toHaveLength(0);
  });

  test('reads the page, opens the popup once it is read, and gives that run to the popup', async () => {
    const { browser, background, send } = setup();
    await background.click(7);
    // The popup set for the tab before anything was awaited, opened once the run was over (its
    // window would take a core from the page's run), then taken off again.
    expect(browser.calls[0]).toBe(`setPopup 7 ${POPUP_PAGE}`);
    expect(browser.calls.indexOf('openPopup')).toBeGreaterThan(
      browser.calls.indexOf('sendMessage 7 content.analyze'),
    );
    expect(browser.session.get('summary:7')).toEqual(summary());
    expect(browser.popups.get(7)).toBe('');
    await vi.waitFor(() => expect(browser.session.get('summary:7')).toEqual(summary()));
    // The popup's request, even after the run finished, is answered by that run...
    expect(await send('tab.run', { tabId: 7 })).toEqual({ ok: true, value: summary() });
    expect(browser.calls.filter((c) => c.endsWith('content.analyze'))).toHaveLength(1);
    // ...once: the next request (highlights turned on again, say) reads the page again.
    await send('tab.run', { tabId: 7 });
    expect(browser.calls.filter((c) => c.endsWith('content.analyze'))).toHaveLength(2);
  });

  test('highlights the reader turned off stay off: the popup shows the counts', async () => {
    const { browser, background } = setup();
    browser.session.set('summary:7', summary({ highlighted: false }));
    await background.click(7);
    expect(browser.calls).toEqual([`setPopup 7 ${POPUP_PAGE}`, 'openPopup', 'setPopup 7 ']);
  });

  test('a run the popup never asked for is not handed to a later request', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const { browser, background, send } = setup();
      await background.click(7);
      await vi.waitFor(() => expect(browser.session.has('summary:7')).toBe(true));
      vi.setSystemTime(Date.now() + CLAIM_MS + 1);
      await send('tab.run', { tabId: 7 });
      expect(browser.calls.filter((c) => c.endsWith('content.analyze'))).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });

  test('a page left meanwhile: its run is not handed to the popup', async () => {
    const { browser, background, send } = setup();
    await background.click(7);
    await vi.waitFor(() => expect(browser.session.has('summary:7')).toBe(true));
    await background.forgetTab(7);
    await send('tab.run', { tabId: 7 });
    expect(browser.calls.filter((c) => c.endsWith('content.analyze'))).toHaveLength(2);
  });

  test('no popup could open: the popup stays set for the next click, a failure shows on the button', async () => {
    const { browser, background } = setup();
    browser.popupOpens = false;
    browser.tabsById.set(8, { url: 'chrome://newtab/', scriptable: true });
    await background.click(8);
    expect(browser.popups.get(8)).toBe(POPUP_PAGE);
    expect(browser.badges.get(8)).toBe('!');
    await background.click(7);
    expect(browser.badges.get(7)).toBe('');
  });
});

describe('storage failures, in the reader’s words', () => {
  test('private browsing: every note request says notes are off, highlights still run', async () => {
    const privateFactory = {
      open() {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const { send } = setup({ indexedDB: privateFactory });
    for (const [type, payload] of [
      ['notes.list', { url: ARTICLE }],
      ['notes.search', { query: '' }],
      ['notes.save', { note: { id: newId(), url: ARTICLE, title: 'T', body: 'x' } }],
      ['data.export', {}],
    ] as const) {
      const answer = await send(type, payload);
      expect(answer, type).toMatchObject({ ok: false, error: { code: 'notes-unavailable' } });
      expect(!answer.ok && answer.error.message).toMatch(/private browsing.*Highlights work/);
    }
    expect(await send('tab.run', { tabId: 7 })).toMatchObject({ ok: true });
  });

  test('a full disk: storage-full, not "Something went wrong", and nothing half-written', async () => {
    const { send } = setup();
    const put = vi.spyOn(FakeObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const answer = await send('notes.save', {
      note: { id: newId(), url: ARTICLE, title: 'T', body: 'x' },
    });
    put.mockRestore();
    expect(answer).toMatchObject({ ok: false, error: { code: 'storage-full' } });
    expect(!answer.ok && answer.error.message).toMatch(/no room left.*Free some disk space/);
    expect(await send('notes.search', { query: '' })).toMatchObject({
      ok: true,
      value: { total: 0 },
    });
    expect(await send('data.export', {})).toMatchObject({ ok: true, value: { articles: [] } });
  });

  test('an upgrade blocked by an old connection answers in words instead of never', async () => {
    const factory = new IDBFactory();
    await new Promise<void>((resolve) => {
      const request = factory.open('who-said', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'id' });
      // Held open and deaf to versionchange, like a page of an old version that hangs.
      request.onsuccess = () => resolve();
    });
    const { send } = setup({ indexedDB: factory });
    expect(await send('notes.search', { query: '' })).toMatchObject({
      ok: false,
      error: {
        code: 'storage-blocked',
        message: expect.stringMatching(/Close the other Who Said/),
      },
    });
  });
});
