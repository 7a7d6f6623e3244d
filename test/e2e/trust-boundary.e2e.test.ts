/**
 * The trust boundary in real Chromium: a content script is as trusted as the page it runs in,
 * so everything Who Said's content-script world can send is tried from that world, and only the
 * messages about its own tab are answered.
 *
 * The forged messages are sent from the extension's isolated world in the article's tab
 * (`scripting.executeScript`, world ISOLATED: the world content.js runs in, with the same
 * `chrome.runtime`), after a toolbar click injected the real content script there. The browser,
 * not the message, tells the background who is asking.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/shared/settings';
import { EXTENSION_PAGE_NAMES } from '../../src/shared/validate';
import {
  clickToolbarButton,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  type LaunchedChromium,
} from '../../scripts/lib/browser-launch.mjs';

/** The slice of the extension API the evaluated functions use (they run in the browser). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  scripting: {
    executeScript<A extends unknown[], R>(injection: {
      target: { tabId: number };
      world: 'ISOLATED';
      args: A;
      func: (...args: A) => Promise<R>;
    }): Promise<{ result?: R }[]>;
    getRegisteredContentScripts(): Promise<unknown[]>;
  };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');

/** Every message only the extension's pages may send, with a payload that would pass validation. */
function privileged(articleUrl: string, otherTabId: number): [string, unknown][] {
  const origin = new URL(articleUrl).origin;
  return [
    ['tab.run', { tabId: otherTabId }],
    ['tab.summary', { tabId: otherTabId }],
    ['tab.clear', { tabId: otherTabId }],
    ['notes.list', { url: 'https://elsewhere.example/another-story' }],
    ['notes.search', { query: '' }],
    [
      'notes.save',
      {
        note: {
          id: '00000000-0000-4000-8000-000000000001',
          url: articleUrl,
          title: 'Planted',
          body: 'planted by the page',
        },
      },
    ],
    ['notes.delete', { id: '00000000-0000-4000-8000-000000000000' }],
    ['site.get', { origin }],
    ['site.set', { origin, alwaysOn: true }],
    ['site.list', {}],
    ['data.export', {}],
    ['data.exportFile', {}],
    ['notes.facets', {}],
    [
      'notes.restore',
      {
        note: {
          id: '00000000-0000-4000-8000-000000000002',
          url: 'https://elsewhere.example/another-story',
          title: 'Planted',
          body: 'planted by the page',
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      },
    ],
    ['tab.notes', { tabId: otherTabId }],
    ['tab.showNote', { tabId: otherTabId, id: '00000000-0000-4000-8000-000000000000' }],
    ['tab.syncNotes', { tabId: otherTabId }],
    ['article.snapshot', { url: 'https://elsewhere.example/another-story', fingerprint: 'v1-a-b' }],
    ['prefs.get', {}],
    ['prefs.set', { selectionButton: false }],
    ['import.begin', { notes: 0, sites: [{ origin, alwaysOn: true }], decisions: 0 }],
    ['import.notes', { importId: '00000000-0000-4000-8000-000000000000', notes: [] }],
    ['import.commit', { importId: '00000000-0000-4000-8000-000000000000' }],
    ['import.progress', { importId: '00000000-0000-4000-8000-000000000000' }],
    ['tab.ledger', { tabId: otherTabId }],
    ['tab.reveal', { tabId: otherTabId, entry: 'named:words:x', claim: 0 }],
    ['tab.refresh', { tabId: otherTabId }],
    ['decisions.list', { url: 'https://elsewhere.example/another-story' }],
    [
      'decisions.delete',
      { url: 'https://elsewhere.example/another-story', key: '["hedge","","x",""]' },
    ],
    ['settings.get', {}],
    ['settings.set', { settings: { ...defaultSettings(), neverRun: [new URL(origin).hostname] } }],
  ];
}

describe('Chromium: what a content script may ask', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await serveDir(resolve(root, 'test/fixtures'));
    chromium = await launchChromium({ dist, headless: true });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('refuses every privileged message from the content-script world, answers the page’s own', async () => {
    const { context, extensionId } = chromium;
    const url = `${server.origin}/article.html`;
    const page = await context.newPage();
    await page.goto(url);
    await page.bringToFront();
    await clickToolbarButton(context, extensionId, page);
    const tabId = (await waitFor('the clicked tab', () =>
      tabIdFor(chromium.worker(), url),
    )) as number;
    // Wait for the content script: it answers the background once it analysed the page.
    await waitFor('highlights', () =>
      page.evaluate(() => (CSS.highlights.get('whosaid-attribution')?.size ?? 0) > 0),
    );
    const otherTab = 999_999;
    const cases = privileged(url, otherTab);
    // Every message only the extension's pages may send is tried.
    expect(cases.map(([type]) => type).sort()).toEqual([...EXTENSION_PAGE_NAMES].sort());
    const answers = (await chromium.worker().evaluate(
      async ([id, list]) => {
        const [injected] = await chrome.scripting.executeScript({
          target: { tabId: id },
          world: 'ISOLATED',
          args: [list],
          func: async (messages: [string, unknown][]) => {
            const out: [string, unknown][] = [];
            for (const [type, payload] of messages) {
              out.push([type, await chrome.runtime.sendMessage({ ws: 1, type, payload })]);
            }
            // And the one message a content script may send, about its own page.
            out.push([
              'page.summary',
              await chrome.runtime.sendMessage({
                ws: 1,
                type: 'page.summary',
                payload: {
                  summary: {
                    url: location.href,
                    title: 'From the page',
                    counts: { attribution: 1, unnamed: 0, agentless: 0, hedge: 0 },
                    textLength: 10,
                    highlighted: true,
                    ms: 1,
                  },
                },
              }),
            ]);
            // The engine, for this page's own text, within the size limit of one part.
            out.push([
              'page.analyze',
              await chrome.runtime.sendMessage({
                ws: 1,
                type: 'page.analyze',
                payload: { run: 'forged-1', text: 'The mayor said so, officials said.' },
              }),
            ]);
            out.push([
              'page.analyze (too long)',
              await chrome.runtime.sendMessage({
                ws: 1,
                type: 'page.analyze',
                payload: { run: 'forged-1', text: 'said '.repeat(30_000) },
              }),
            ]);
            return out;
          },
        });
        return injected?.result;
      },
      [tabId, cases] as const,
    )) as [string, { ok: boolean; error?: { code: string } }][];

    const refused = answers.filter(([, a]) => !a.ok && a.error?.code === 'forbidden');
    expect(refused.map(([type]) => type)).toEqual(cases.map(([type]) => type));
    expect(answers.at(-3)).toEqual(['page.summary', { ok: true, value: null }]);
    const [, analysed] = answers.at(-2) as [string, { ok: boolean; value?: unknown[] }];
    expect(analysed.ok).toBe(true);
    expect(analysed.value?.length).toBeGreaterThan(0);
    expect(answers.at(-1)?.[1]).toMatchObject({ ok: false, error: { code: 'invalid-message' } });

    // Nothing changed: no note was planted, the site was not switched on, highlights stayed.
    const state = await chromium.worker().evaluate(async (id) => {
      const stored = await chrome.storage.session.get(`summary:${id}`);
      const scripts = await chrome.scripting.getRegisteredContentScripts();
      // The store, read directly in the extension's origin: no note was planted, no
      // setting written.
      const [notes, settings] = await new Promise<[number, unknown]>((done, fail) => {
        const open = indexedDB.open('who-said');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('notes')) return done([0, undefined]);
          const tx = db.transaction(['notes', 'meta']);
          const count = tx.objectStore('notes').count();
          const meta = tx.objectStore('meta').get('settings');
          tx.oncomplete = () => done([count.result, meta.result]);
          tx.onerror = () => fail(tx.error);
        };
      });
      return {
        summary: stored[`summary:${id}`] as { title?: string } | undefined,
        scripts,
        notes,
        settings,
      };
    }, tabId);
    expect(state.scripts).toEqual([]);
    expect(state.notes).toBe(0);
    expect(state.settings).toBeUndefined();
    expect(state.summary?.title).toBe('From the page');
    await page.close();
  });
});
