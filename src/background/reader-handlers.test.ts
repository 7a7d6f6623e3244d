import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { decisionKey, type DecisionInput } from '../shared/decisions';
import type { PageSummary } from '../shared/messages';
import { defaultSettings, type ReaderSettings } from '../shared/settings';
import { createBackground } from './background';
import { fakeBrowser } from './fake-browser';

const ARTICLE = 'https://news.example/2026/01/story';
const OTHER = 'https://news.example/2026/01/other';
const me = {
  id: 'who-said-test',
  url: 'chrome-extension://who-said-test/src/ui/options/index.html',
};
/** The content script in the top frame of tab 7, showing `url`. */
const page = (url = ARTICLE) => ({ id: 'who-said-test', url, tab: { id: 7 }, frameId: 0 });

const summary: PageSummary = {
  url: ARTICLE,
  title: 'T',
  counts: { attribution: 1, unnamed: 0, agentless: 0, hedge: 0 },
  textLength: 10,
  highlighted: true,
  ms: 1,
};
const input = (quote: string): DecisionInput => ({
  anchor: { kind: 'hedge', quote, prefix: 'it ', suffix: ' ran' },
  action: 'dismiss',
});

function setup() {
  const browser = fakeBrowser();
  browser.tabsById.set(7, { url: ARTICLE, title: 'T', scriptable: true });
  const seen: string[] = [];
  browser.respond = (_tabId, message) => {
    const type = (message as { type: string }).type;
    seen.push(type);
    if (type === 'content.analyze' || type === 'content.refresh')
      return { ok: true, value: summary };
    if (type === 'content.ledger') return { ok: true, value: null };
    return { ok: false, error: { code: 'unknown-message', message: 'no' } };
  };
  const background = createBackground({ browser, indexedDB: new IDBFactory() });
  const ask = (type: string, payload: unknown, from: object = me) =>
    background.route({ ws: 1, type, payload }, from);
  return { browser, ask, seen };
}

describe('corrections from a page', () => {
  test('are kept for the page the browser reports, and read back by it alone', async () => {
    const { ask } = setup();
    expect(await ask('page.decide', { decision: input('reportedly') }, page())).toMatchObject({
      ok: true,
      value: { url: ARTICLE, key: decisionKey(input('reportedly').anchor) },
    });
    await ask('page.decide', { decision: input('allegedly') }, page(`${OTHER}#x`));
    const setupHere = await ask('page.setup', {}, page(`${ARTICLE}?utm_source=mail`));
    expect(setupHere).toMatchObject({ ok: true, value: { run: true, scheme: 'standard' } });
    const decisions = setupHere.ok
      ? (setupHere.value as { decisions: { anchor: { quote: string } }[] }).decisions
      : [];
    expect(decisions.map((d) => d.anchor.quote)).toEqual(['reportedly']);
    // The popup sees both articles' corrections, each under its own address.
    const listed = await ask('decisions.list', { url: OTHER });
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
  });

  test('a page cannot name another article, nor undo another page’s correction', async () => {
    const { ask } = setup();
    await ask('page.decide', { decision: input('reportedly') }, page(OTHER));
    expect(await ask('page.decide', { decision: input('x'), url: OTHER }, page())).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
    const key = decisionKey(input('reportedly').anchor);
    expect(await ask('page.undecide', { key }, page())).toEqual({ ok: true, value: null });
    const still = await ask('decisions.list', { url: OTHER });
    expect(still.ok && (still.value as unknown[]).length).toBe(1);
    // Nor ask for what only extension pages may.
    expect(await ask('decisions.list', { url: OTHER }, page())).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });

  test('a malformed correction is refused with a readable error', async () => {
    const { ask } = setup();
    const bad = { ...input('x'), anchor: { ...input('x').anchor, kind: 'rumour' } };
    const answer = await ask('page.decide', { decision: bad }, page());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    if (!answer.ok) expect(answer.error.message).toContain('payload.decision.anchor.kind');
  });

  test('the popup undoes one', async () => {
    const { ask } = setup();
    await ask('page.decide', { decision: input('reportedly') }, page());
    const key = decisionKey(input('reportedly').anchor);
    expect(await ask('decisions.delete', { url: ARTICLE, key })).toEqual({ ok: true, value: null });
    expect(await ask('decisions.list', { url: ARTICLE })).toEqual({ ok: true, value: [] });
  });
});

describe('settings', () => {
  const mine = (over: Partial<ReaderSettings> = {}): ReaderSettings => ({
    ...defaultSettings(),
    ...over,
  });

  test('are validated, stored, and reach the page in its setup', async () => {
    const { ask } = setup();
    const settings = mine({
      scheme: 'colour-blind',
      phrases: { ...defaultSettings().phrases, hedge: ['  sort   of ', 'Sort of', 'kind of'] },
    });
    expect(await ask('settings.set', { settings })).toMatchObject({
      ok: true,
      value: { phrases: { hedge: ['sort of', 'kind of'] } },
    });
    expect(await ask('page.setup', {}, page())).toMatchObject({
      ok: true,
      value: { scheme: 'colour-blind', phrases: { hedge: ['sort of', 'kind of'] } },
    });
    const bad = mine({ phrases: { ...defaultSettings().phrases, unnamed: ['<script>'] } });
    const refused = await ask('settings.set', { settings: bad });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    if (!refused.ok) expect(refused.error.message).toContain('may hold only letters');
  });

  test('a page never learns the list of sites, only whether it may run', async () => {
    const { ask } = setup();
    await ask('settings.set', { settings: mine({ neverRun: ['news.example', 'secret.example'] }) });
    const answer = await ask('page.setup', {}, page());
    expect(answer).toMatchObject({ ok: true, value: { run: false } });
    expect(JSON.stringify(answer)).not.toContain('secret.example');
  });

  test('a site on the never-run list is refused before anything is injected', async () => {
    const { ask, browser } = setup();
    await ask('settings.set', { settings: mine({ neverRun: ['https://www.news.example/'] }) });
    const calls = browser.calls.length;
    expect(await ask('tab.run', { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'never-run', message: expect.stringContaining('news.example') },
    });
    expect(browser.calls.slice(calls).some((c) => c.startsWith('executeScript'))).toBe(false);
  });

  test('listing a site that runs by itself turns that off, and open pages are refreshed', async () => {
    const { ask, browser, seen } = setup();
    browser.granted.add('https://news.example/*');
    await ask('site.set', { origin: 'https://news.example', alwaysOn: true });
    expect(browser.registered).toHaveLength(1);
    await ask('tab.run', { tabId: 7 });
    await ask('settings.set', { settings: mine({ neverRun: ['news.example'] }) });
    expect(browser.registered).toHaveLength(0);
    expect(await ask('site.get', { origin: 'https://news.example' })).toMatchObject({
      ok: true,
      value: { alwaysOn: false },
    });
    expect(seen).toContain('content.refresh');
  });
});

describe('colour schemes', () => {
  test('a page is injected with the reader’s scheme, and a new choice swaps it on open pages', async () => {
    const { ask, browser } = setup();
    await ask('settings.set', { settings: { ...defaultSettings(), scheme: 'colour-blind' } });
    await ask('tab.run', { tabId: 7 });
    expect(browser.calls).toContain('insertCSS 7 highlights-colour-blind-decorated.css');
    const before = browser.calls.length;
    await ask('settings.set', { settings: { ...defaultSettings(), scheme: 'high-contrast' } });
    const after = browser.calls.slice(before);
    expect(after).toContain(
      'removeCSS 7 highlights-standard-decorated.css,highlights-colour-blind-decorated.css,highlights-high-contrast-decorated.css',
    );
    expect(after.at(-1)).toBe('insertCSS 7 highlights-high-contrast-decorated.css');
    // The same scheme again swaps nothing.
    const settled = browser.calls.length;
    await ask('settings.set', { settings: { ...defaultSettings(), scheme: 'high-contrast' } });
    expect(browser.calls.slice(settled).some((c) => c.includes('CSS'))).toBe(false);
  });

  test('a site that runs by itself registers the scheme’s stylesheet', async () => {
    const { ask, browser } = setup();
    browser.granted.add('https://news.example/*');
    await ask('site.set', { origin: 'https://news.example', alwaysOn: true });
    expect(browser.registered[0]?.css).toEqual(['highlights-standard-decorated.css']);
    await ask('settings.set', { settings: { ...defaultSettings(), scheme: 'high-contrast' } });
    expect(browser.registered[0]?.css).toEqual(['highlights-high-contrast-decorated.css']);
  });
});

describe('the ledger and reveal through the background', () => {
  test('a tab without Who Said has no ledger', async () => {
    const { ask } = setup();
    expect(await ask('tab.ledger', { tabId: 7 })).toEqual({ ok: true, value: null });
    expect(await ask('tab.refresh', { tabId: 7 })).toEqual({ ok: true, value: null });
  });

  test('an answer from the page that is not a ledger is refused', async () => {
    const { ask, browser } = setup();
    await ask('tab.run', { tabId: 7 });
    browser.respond = () => ({ ok: true, value: { entries: 'all of them' } });
    expect(await ask('tab.ledger', { tabId: 7 })).toMatchObject({
      ok: false,
      error: { code: 'bad-answer' },
    });
  });
});
