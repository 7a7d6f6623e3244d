/**
 * The engine runs in the background (docs/adr/0007): a long article's parts go to the service
 * worker one by one. Here Chromium stops the worker in the middle of that (CDP
 * `ServiceWorker.stopAllWorkers`, as it stops an idle or stuck worker): the requests on their
 * way are lost, the content script asks again once, a new worker answers, and the page ends
 * with every highlight and the same counts as an undisturbed run of the same page, and the
 * popup's summary (kept in session storage) agrees.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, generateProse } from '../../scripts/lib/prose';
import {
  askContent,
  clickToolbarButton,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  type LaunchedChromium,
} from '../../scripts/lib/browser-launch.mjs';

/** The slice of the extension API the evaluated functions use (they run in the worker). */
declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');

interface Stats {
  done: boolean;
  findings: number;
  parts: number;
  counts: Record<string, number>;
}

describe('Chromium: the background stopped in the middle of an analysis', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };
  let dir: string;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-restart-'));
    // About 2 MB of prose: some 60 parts, each a request to the background.
    const paragraphs = generateProse(2 * 1024 * 1024).split('\n\n');
    writeFileSync(
      join(dir, 'long.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long story</title></head>
<body><main><article><h1>A long story</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main></body></html>`,
    );
    server = await serveDir(dir);
    chromium = await launchChromium({ dist, headless: true });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(query: string): Promise<Page> {
    const page = await chromium.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}/long.html?${query}`);
    await page.bringToFront();
    return page;
  }

  const tabOf = (page: Page) =>
    waitFor('the tab', () => tabIdFor(chromium.worker(), page.url())) as Promise<number>;

  async function stats(tabId: number): Promise<Stats | null> {
    const r = (await askContent(chromium.worker(), tabId, 'content.stats')) as {
      ok: boolean;
      value: Stats | null;
    };
    return r.ok ? r.value : null;
  }

  const finished = (tabId: number) =>
    waitFor('the analysis to finish', async () => {
      const s = await stats(tabId);
      return s?.done ? s : null;
    }) as Promise<Stats>;

  it('asks again, and the page ends fully highlighted with the same counts', async () => {
    // An undisturbed run of the same article, for comparison.
    const calm = await open('calm');
    await clickToolbarButton(chromium.context, chromium.extensionId, calm);
    const expected = await finished(await tabOf(calm));
    expect(expected.parts).toBeGreaterThan(30);
    await calm.close();

    const page = await open('stopped');
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    const tabId = await tabOf(page);
    await waitFor('the first highlights', () =>
      page.evaluate(() => (CSS.highlights.get('whosaid-attribution')?.size ?? 0) > 0),
    );
    // Still analysing: requests are on their way to the worker when it is stopped.
    expect((await stats(tabId))?.done).toBe(false);
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();

    const after = await finished(tabId);
    expect(after.findings).toBe(expected.findings);
    expect(after.counts).toEqual(expected.counts);
    // The popup's summary, told to the new worker when the analysis ended.
    const summary = (await waitFor('the stored summary', async () => {
      const stored = await chromium
        .worker()
        .evaluate(
          async (id) => (await chrome.storage.session.get(`summary:${id}`))[`summary:${id}`],
          tabId,
        );
      return stored as { counts: Record<string, number> } | undefined;
    })) as { counts: Record<string, number> };
    expect(summary.counts).toEqual(expected.counts);
    expect(errors).toEqual([]);
    await page.close();
  });
});
