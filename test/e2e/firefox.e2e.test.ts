/**
 * The built Firefox add-on (extension/firefox) in Firefox ESR, over WebDriver BiDi with
 * puppeteer-core (scripts/lib/browser-launch.mjs).
 *
 * Firefox offers no way to click an add-on's toolbar button from BiDi (there is no
 * `Extensions.triggerAction`), and its keyboard shortcuts are not delivered in headless
 * mode (tried: Alt+Shift+H on the article did nothing), so activeTab cannot be granted
 * the reader's way. The test therefore takes the add-on's other honest path, the one
 * "Always on this site" uses: `permissions.request` for the article's origin from an
 * extension page, during a real (BiDi, trusted) click (`allowSiteInFirefox`).
 *
 * Then, like a reader: the popup page (as a tab, pointed at the article with `?tab=ID`)
 * runs `tab.run` on open; the article shows the highlights, in pixels, as the popup's
 * legend shows them; a note is saved and is still there after a reload.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserInfo } from '../../src/shared/highlight-variant';
import { variantFor } from '../../src/shared/highlight-variant';
import {
  allowSiteInFirefox,
  FIREFOX,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  requireBuild,
  serveDir,
  waitFor,
} from '../../scripts/lib/browser-launch.mjs';
import { COMMANDS, GECKO_ID } from '../../scripts/lib/browser-manifest';
import { checkPaint, type PageLike } from './lib/paint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/firefox');
const HIGHLIGHTS = [
  'whosaid-attribution',
  'whosaid-source',
  'whosaid-unnamed',
  'whosaid-agentless',
  'whosaid-hedge',
];

/** The few WebExtension APIs the test calls inside the add-on's own page. */
interface ExtensionApi {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
  };
  runtime: { getBrowserInfo(): Promise<BrowserInfo> };
  commands: { getAll(): Promise<Array<{ name?: string; shortcut?: string }>> };
}

/** A puppeteer page, as the pixel checks see it. */
const pageLike = (page: Page): PageLike => ({
  evaluate: <A, R>(fn: (arg: A) => R, arg: A) =>
    page.evaluate(fn as (arg: unknown) => R, arg as unknown) as Promise<R>,
  screenshot: () => page.screenshot(),
});

async function statusText(page: Page): Promise<string> {
  return page.$eval('[data-testid=status]', (e) => e.textContent ?? '');
}

async function noteTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=note-item]', (items) => items.map((i) => i.textContent ?? ''));
}

/** Ranges per highlight name in the article (0 when not registered). */
function highlightSizes(article: Page): Promise<number[]> {
  return article.evaluate(
    (names) => names.map((n) => CSS.highlights.get(n)?.size ?? 0),
    HIGHLIGHTS,
  );
}

describe('Firefox: extension/firefox', () => {
  let firefox: LaunchedFirefox | null = null;
  let server: { origin: string; close(): Promise<void> };
  let unavailable: string | null = null;

  beforeAll(async () => {
    requireBuild(dist);
    if (!existsSync(FIREFOX)) {
      unavailable = `no Firefox at ${FIREFOX}`;
      return;
    }
    server = await serveDir(resolve(root, 'test/fixtures'));
    const started = Date.now();
    firefox = await launchFirefox({ dist, geckoId: GECKO_ID });
    console.log(`${firefox.version} with the add-on started in ${Date.now() - started} ms`);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('highlights the article after the site is allowed, as the legend shows, and keeps notes', async (ctx) => {
    if (unavailable || !firefox) {
      console.log(`Firefox e2e skipped: ${unavailable ?? 'no browser'}`);
      ctx.skip();
      return;
    }
    const { browser } = firefox;
    const POPUP = `${firefox.origin}/src/ui/popup/index.html`;
    const [first] = await browser.pages();
    const article = first ?? (await browser.newPage());
    const url = `${server.origin}/article.html`;
    await article.goto(url);

    let popup = await openExtensionPage(browser, POPUP);
    // Without the `tabs` permission the add-on sees no URL of a tab it may not touch,
    // so the article is the tab that is not this one.
    const tabs = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const self = await api.tabs.getCurrent();
      const all = await api.tabs.query({});
      return all.filter((t) => t.id !== self?.id).map((t) => ({ id: t.id, url: t.url ?? null }));
    });
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.url).toBeNull();
    const tabId = tabs[0]?.id as number;

    // The popup for that tab cannot run yet: no activeTab, no host permission.
    popup = await openExtensionPage(browser, `${POPUP}?tab=${tabId}`, popup);
    await waitFor('the popup to give up', async () => /go-ahead/.test(await statusText(popup)));

    // What "Always on this site" does: permissions.request for this origin, in a click.
    expect(await allowSiteInFirefox(popup, 'http://127.0.0.1/*')).toBe(true);

    // The popup, opened afresh for the article, runs on its own.
    const before = await article.evaluate(() => document.body.innerText);
    const opened = Date.now();
    popup = await openExtensionPage(browser, `${POPUP}?tab=${tabId}`, popup);
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test(await statusText(popup)),
    );
    const sizes = await waitFor('highlights in the article', async () => {
      const s = await highlightSizes(article);
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

    // What a reader sees, in pixels: every highlight painted in its colour, as the legend
    // shows it. Firefox 140 paints no decorations in ::highlight(), so it gets tints.
    const info = await popup.evaluate(() =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.runtime.getBrowserInfo(),
    );
    const variant = variantFor(info);
    console.log(`Firefox ${info.version}: style variant ${variant}`);
    await waitFor('the legend samples', () =>
      popup.$eval('[data-testid=swatch-source]', (e) => (e as HTMLElement).style.length > 0),
    );
    const [articleLike, legendLike] = [pageLike(article), pageLike(popup)];
    const legendPage = popup;
    const paint = await checkPaint({
      page: articleLike,
      legend: legendLike,
      variant,
      // A screenshot shows the tab in front.
      bringToFront: async (which) => {
        await (which === articleLike ? article : legendPage).bringToFront();
      },
      turnOff: async () => {
        await popup.click('[data-testid=highlights]');
        await waitFor('highlights to go', async () =>
          (await highlightSizes(article)).every((n) => n === 0),
        );
      },
    });
    console.table(paint);
    expect(await article.evaluate(() => document.body.innerText)).toBe(before);

    // A note in the add-on's IndexedDB survives a reload of the popup.
    const body = `Firefox note ${Date.now()}`;
    await popup.type('[data-testid=note-body]', body);
    await popup.click('[data-testid=note-save]');
    await waitFor('the note in the list', async () =>
      (await noteTexts(popup)).some((t) => t.includes(body)),
    );
    popup = await openExtensionPage(browser, `${POPUP}?tab=${tabId}&again=1`, popup);
    await waitFor('the note after a reload', async () =>
      (await noteTexts(popup)).some((t) => t.includes(body)),
    );

    // Every suggested keyboard shortcut is registered.
    const shortcuts = await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const all = await api.commands.getAll();
      return Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']));
    });
    console.log('Firefox shortcuts:', shortcuts);
    expect(shortcuts).toEqual(
      Object.fromEntries(Object.entries(COMMANDS).map(([n, c]) => [n, c.suggested_key.default])),
    );
  });
});
