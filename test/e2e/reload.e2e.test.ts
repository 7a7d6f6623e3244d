/**
 * The extension reloaded (updated, or turned off and on) while a tab shows its highlights: the
 * old content script is orphaned, and must take its highlights off at once, not at the page's
 * next change. It notices through the port it keeps open to the background (closed when the
 * extension goes, with `runtime.id` gone). A file of its own: the reload restarts the
 * extension under every other test.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  launchChromium,
  type LaunchedChromium,
  requireBuild,
  serveDir,
  waitFor,
  waitForHighlights,
} from '../../scripts/lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');

/** Ranges in our highlights (0 when none is registered). */
function ranges(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...CSS.highlights.keys()]
      .filter((name) => name.startsWith('whosaid-'))
      .reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
  );
}

describe('Chromium: extension reload with a tab open', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    requireBuild(dist);
    server = await serveDir(resolve(root, 'test/fixtures'));
    chromium = await launchChromium({ dist, headless: true });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('takes the highlights off within a second, with no change to the page', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    const markup = () => page.evaluate(() => new XMLSerializer().serializeToString(document));
    const before = await markup();
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitForHighlights(page, chromium.worker());
    const oldWorker = chromium.worker();

    const reloaded = Date.now();
    // The worker dies with the reload, so the evaluation may never answer.
    void oldWorker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined);
    await waitFor('the highlights to go', async () => (await ranges(page)) === 0, 5_000);
    const gone = Date.now() - reloaded;
    console.log(`Highlights gone ${gone} ms after chrome.runtime.reload()`);
    expect(gone).toBeLessThan(1000);
    // Nothing else happened to the page: no change triggered the clean-up.
    expect(await markup()).toBe(before);
    await page.close();
  });
});
