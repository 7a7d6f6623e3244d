/**
 * The built Firefox add-on (dist/firefox) in Firefox ESR, over WebDriver BiDi with
 * puppeteer-core.
 *
 * Firefox offers no way to click an add-on's toolbar button from BiDi (there is no
 * `Extensions.triggerAction`), and its keyboard shortcuts are not delivered in headless
 * mode (tried: Alt+Shift+H on the article did nothing), so activeTab cannot be granted
 * the reader's way. The test therefore takes the add-on's other honest path, the one
 * "Always on this site" uses: `permissions.request` for the article's origin from an
 * extension page, during a real (BiDi, trusted) click. The pref
 * `extensions.webextOptionalPermissionPrompts: false` answers Firefox's prompt with yes.
 * The shipped manifest keeps its host permissions optional.
 *
 * Then, like a reader: the popup page (as a tab, pointed at the article with `?tab=ID`)
 * runs `tab.run` on open; the article shows the highlights; a note is saved and is still
 * there after a reload.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, waitFor } from '../../scripts/lib/browser-launch.mjs';
import { POPUP, grantSite, launchFirefox, openExtensionPage, otherTabId } from './lib/firefox';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'dist/firefox');
const HIGHLIGHTS = [
  'whosaid-attribution',
  'whosaid-source',
  'whosaid-unnamed',
  'whosaid-agentless',
  'whosaid-hedge',
];

async function statusText(page: Page): Promise<string> {
  return page.$eval('[data-testid=status]', (e) => e.textContent ?? '');
}

async function noteTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=note-item]', (items) => items.map((i) => i.textContent ?? ''));
}

describe('Firefox: dist/firefox', () => {
  let firefox: Browser | null = null;
  let server: { origin: string; close(): Promise<void> };
  let unavailable: string | null = null;

  beforeAll(async () => {
    if (!existsSync(resolve(dist, 'manifest.json'))) {
      throw new Error('dist/firefox is missing: run `npm run build` (npm run test:e2e does).');
    }
    server = await serveDir(resolve(root, 'test/fixtures'));
    const started = Date.now();
    const launched = await launchFirefox(dist);
    if (typeof launched === 'string') {
      unavailable = launched;
      return;
    }
    firefox = launched;
    console.log(`Firefox with the add-on started in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('highlights the article after the site is allowed, and keeps notes', async (ctx) => {
    if (unavailable || !firefox) {
      console.log(`Firefox e2e skipped: ${unavailable ?? 'no browser'}`);
      ctx.skip();
      return;
    }
    const [first] = await firefox.pages();
    const article = first ?? (await firefox.newPage());
    const url = `${server.origin}/article.html`;
    await article.goto(url);

    let popup = await openExtensionPage(firefox, POPUP);
    // Without the `tabs` permission the add-on sees no URL of a tab it may not touch,
    // so the article is the tab that is not this one.
    const tabId = await otherTabId(popup);

    // The popup for that tab cannot run yet: no activeTab, no host permission.
    popup = await openExtensionPage(firefox, `${POPUP}?tab=${tabId}`, popup);
    await waitFor('the popup to give up', async () => /go-ahead/.test(await statusText(popup)));

    // What "Always on this site" does: permissions.request for this origin, in a click.
    expect(await grantSite(popup, 'http://127.0.0.1/*')).toBe(true);

    // The popup, opened afresh for the article, runs on its own.
    const before = await article.evaluate(() => document.body.innerText);
    const opened = Date.now();
    popup = await openExtensionPage(firefox, `${POPUP}?tab=${tabId}`, popup);
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test(await statusText(popup)),
    );
    const sizes = await waitFor('highlights in the article', async () => {
      const s = await article.evaluate(
        (names) => names.map((n) => CSS.highlights.get(n)?.size ?? 0),
        HIGHLIGHTS,
      );
      return s.every((n) => n > 0) ? s : null;
    });
    console.log(`Firefox highlights ${Date.now() - opened} ms after the popup opened:`, sizes);
    const hedges = await article.evaluate(() => {
      const h = CSS.highlights.get('whosaid-hedge');
      return h
        ? [...h].map((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          })
        : [];
    });
    expect(hedges).toContain('reportedly');
    expect(await article.evaluate(() => document.body.innerText)).toBe(before);
    const attributions = Number(
      await popup.$eval('[data-testid=count-attribution]', (e) => e.textContent),
    );
    expect(attributions).toBeGreaterThan(0);

    // A note in the add-on's IndexedDB survives a reload of the popup.
    const body = `Firefox note ${Date.now()}`;
    await popup.type('[data-testid=note-body]', body);
    await popup.click('[data-testid=note-save]');
    await waitFor('the note in the list', async () =>
      (await noteTexts(popup)).some((t) => t.includes(body)),
    );
    popup = await openExtensionPage(firefox, `${POPUP}?tab=${tabId}&again=1`, popup);
    await waitFor('the note after a reload', async () =>
      (await noteTexts(popup)).some((t) => t.includes(body)),
    );
  });
});
