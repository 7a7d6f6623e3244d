/**
 * Firefox with the built add-on (dist/firefox) over WebDriver BiDi (puppeteer-core), and the
 * steps the Firefox end-to-end tests share: opening an extension page, and granting the
 * article's site the way "Always on this site" does (Firefox offers BiDi no toolbar click).
 */
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../manifest.config';
import { FIREFOX, waitFor } from '../../../scripts/lib/browser-launch.mjs';

/** A fixed internal UUID, so the tests know the add-on's moz-extension:// origin. */
export const UUID = '5f0c8a2e-7d41-4b6a-9c3e-2a1d0e8f4b77';
export const POPUP = `moz-extension://${UUID}/src/ui/popup/index.html`;

/** The few WebExtension APIs the tests call inside the add-on's own page. */
export interface ExtensionApi {
  tabs: {
    getCurrent(): Promise<{ id?: number } | undefined>;
    query(query: object): Promise<Array<{ id?: number; url?: string }>>;
  };
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

/** Starts headless Firefox with the add-on installed; null (with the reason) when there is no Firefox. */
export async function launchFirefox(dist: string): Promise<Browser | string> {
  if (!existsSync(FIREFOX)) return `no Firefox at ${FIREFOX}`;
  const firefox = await puppeteer.launch({
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
  if (id !== GECKO_ID) throw new Error(`installed ${id}, expected ${GECKO_ID}`);
  return firefox;
}

/**
 * Opens an extension URL in a new tab, closing `previous` first. BiDi's navigate never
 * resolves for moz-extension:// pages, so the navigation is started without waiting and the
 * page's own location polled. Each URL gets a fresh tab: polling a page while it navigates from
 * one moz-extension:// document to another makes puppeteer leave a rejected promise behind
 * ("Not allowed to define cross-origin object ... XrayWrapper"), which fails the run.
 */
export async function openExtensionPage(
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

/** The id of the one tab that is not `page` (the article), as the add-on sees it. */
export async function otherTabId(page: Page): Promise<number> {
  const tabs = await page.evaluate(async () => {
    const ext = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const self = await ext.tabs.getCurrent();
    const all = await ext.tabs.query({});
    return all.filter((t) => t.id !== self?.id).map((t) => t.id);
  });
  if (tabs.length !== 1) throw new Error(`expected one other tab, found ${tabs.length}`);
  return tabs[0] as number;
}

/** What "Always on this site" does: `permissions.request` for `pattern`, inside a real click. */
export async function grantSite(page: Page, pattern: string): Promise<boolean> {
  await page.evaluate(
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
  await page.click('#e2e-grant');
  const granted = await waitFor('the permission answer', () =>
    page.$eval('#e2e-grant', (b) => (b as HTMLElement).dataset.granted),
  );
  return granted === 'true';
}
