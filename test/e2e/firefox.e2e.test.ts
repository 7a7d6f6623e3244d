/**
 * The built Firefox add-on (extension/firefox) in Firefox ESR, over WebDriver BiDi with
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
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/browser-manifest';
import { FIREFOX, serveDir, waitFor } from '../../scripts/lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/firefox');
/** A fixed internal UUID, so the test knows the add-on's moz-extension:// origin. */
const UUID = '5f0c8a2e-7d41-4b6a-9c3e-2a1d0e8f4b77';
const POPUP = `moz-extension://${UUID}/src/ui/popup/index.html`;
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
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

/**
 * Opens an extension URL in a new tab, closing `previous` first. BiDi's navigate never
 * resolves for moz-extension:// pages, so the navigation is started without waiting and the
 * page's own location polled. Each URL gets a fresh tab: polling a page while it navigates from
 * one moz-extension:// document to another makes puppeteer leave a rejected promise behind
 * ("Not allowed to define cross-origin object ... XrayWrapper"), which fails the run.
 */
async function openExtensionPage(
  browser: Browser,
  url: string,
  previous: Page | null = null,
): Promise<Page> {
  await previous?.close();
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, async () => {
    const state = await page.evaluate(() => [location.href, document.readyState]);
    return state[0] === url && state[1] === 'complete';
  });
  return page;
}

async function statusText(page: Page): Promise<string> {
  return page.$eval('[data-testid=status]', (e) => e.textContent ?? '');
}

async function noteTexts(page: Page): Promise<string[]> {
  return page.$$eval('[data-testid=note-item]', (items) => items.map((i) => i.textContent ?? ''));
}

describe('Firefox: extension/firefox', () => {
  let firefox: Browser | null = null;
  let server: { origin: string; close(): Promise<void> };
  let unavailable: string | null = null;

  beforeAll(async () => {
    if (!existsSync(resolve(dist, 'manifest.json'))) {
      throw new Error('extension/firefox is missing: run `npm run build` (npm run test:e2e does).');
    }
    if (!existsSync(FIREFOX)) {
      unavailable = `no Firefox at ${FIREFOX}`;
      return;
    }
    server = await serveDir(resolve(root, 'test/fixtures'));
    const started = Date.now();
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    const id = await firefox.installExtension(dist);
    expect(id).toBe(GECKO_ID);
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
    const tabs = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
      const self = await ext.tabs.getCurrent();
      const all = await ext.tabs.query({});
      return all.filter((t) => t.id !== self?.id).map((t) => ({ id: t.id, url: t.url ?? null }));
    });
    expect(tabs).toHaveLength(1);
    expect(tabs[0]?.url).toBeNull();
    const tabId = tabs[0]?.id as number;

    // The popup for that tab cannot run yet: no activeTab, no host permission.
    popup = await openExtensionPage(firefox, `${POPUP}?tab=${tabId}`, popup);
    await waitFor('the popup to give up', async () => /go-ahead/.test(await statusText(popup)));

    // What "Always on this site" does: permissions.request for this origin, in a click.
    const pattern = `http://127.0.0.1/*`;
    await popup.evaluate(
      (origins) => {
        const button = document.createElement('button');
        button.id = 'e2e-grant';
        button.textContent = 'grant';
        button.addEventListener('click', () => {
          const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
          void ext.permissions.request({ origins }).then((granted) => {
            button.dataset.granted = String(granted);
          });
        });
        document.body.append(button);
      },
      [pattern],
    );
    await popup.click('#e2e-grant');
    await waitFor('the permission answer', () =>
      popup.$eval('#e2e-grant', (b) => (b as HTMLElement).dataset.granted),
    ).then((granted) => expect(granted).toBe('true'));

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
