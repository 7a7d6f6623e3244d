/**
 * Firefox set to "Never remember history" (`browser.privatebrowsing.autostart`: every
 * window is private), with the add-on allowed in private windows. Firefox then gives the
 * add-on no IndexedDB; the popup and the options page must say that notes are off and
 * that highlights still work, instead of "Something went wrong".
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../scripts/lib/browser-manifest';
import {
  FIREFOX,
  openExtensionPage,
  serveDir,
  waitFor,
} from '../../scripts/lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/firefox');
const UUID = '7a1e3c90-2b5d-4f8e-9c61-0d4b8a2f6e13';
const BASE = `moz-extension://${UUID}/src/ui`;

/** The few WebExtension APIs the test calls inside the add-on's own page. */
interface BrowserApi {
  tabs: { query(query: object): Promise<Array<{ id?: number; url?: string }>> };
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
}

describe('Firefox: never remember history', () => {
  let firefox: Browser | null = null;
  let unavailable: string | null = null;
  let profile: string | null = null;
  let server: { origin: string; close(): Promise<void> } | null = null;

  beforeAll(async () => {
    if (!existsSync(FIREFOX)) {
      unavailable = `no Firefox at ${FIREFOX}`;
      return;
    }
    server = await serveDir(resolve(root, 'test/fixtures'));
    // "Run in Private Windows", as the reader allows on the add-on's page: Firefox keeps
    // that choice in the profile's extension-preferences.json.
    profile = await mkdtemp(join(tmpdir(), 'whosaid-firefox-private-'));
    await writeFile(
      join(profile, 'extension-preferences.json'),
      JSON.stringify({
        [GECKO_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] },
      }),
    );
    firefox = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
        'browser.privatebrowsing.autostart': true,
        'extensions.webextOptionalPermissionPrompts': false,
      },
    });
    await firefox.installExtension(dist);
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('the popup and the options page say notes are off, and what still works', async (ctx) => {
    if (unavailable || !firefox) {
      console.log(`Firefox private-browsing e2e skipped: ${unavailable ?? 'no browser'}`);
      ctx.skip();
      return;
    }
    const options = await openExtensionPage(firefox, `${BASE}/options/index.html`);
    const status = await waitFor('the options page to say why', async () => {
      const text = await options.$eval('[data-testid=status]', (e) => e.textContent ?? '');
      return text.length > 0 ? text : null;
    });
    console.log(`Options page in permanent private browsing: ${status}`);
    expect(status).toMatch(/Notes are off here: in private browsing/);
    expect(status).toMatch(/Highlights work as usual/);
    expect(await options.evaluate(() => document.body.textContent)).not.toContain('Searching…');

    // The popup on an article: the site allowed the way "Always on this site" does it
    // (see firefox.e2e.test.ts), so the popup runs and knows the article.
    const article = await firefox.newPage();
    await article.goto(`${server?.origin}/article.html`);
    await options.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'e2e-grant';
      button.addEventListener('click', () => {
        const ext = (globalThis as unknown as { browser: BrowserApi }).browser;
        void ext.permissions.request({ origins: ['http://127.0.0.1/*'] }).then((granted) => {
          button.dataset.granted = String(granted);
        });
      });
      document.body.append(button);
    });
    await options.click('#e2e-grant');
    const granted = await waitFor('the permission answer', () =>
      options.$eval('#e2e-grant', (b) => (b as HTMLElement).dataset.granted),
    );
    expect(granted).toBe('true');
    const tabId = await waitFor('the article tab', () =>
      options.evaluate(async () => {
        const ext = (globalThis as unknown as { browser: BrowserApi }).browser;
        const tabs = await ext.tabs.query({});
        return tabs.find((t) => t.url?.includes('/article.html'))?.id ?? null;
      }),
    );
    const popup = await openExtensionPage(firefox, `${BASE}/popup/index.html?tab=${tabId}`);
    const popupNote = await waitFor('the popup to say notes are off', () =>
      popup.$eval('[data-testid=notes-off]', (e) => e.textContent ?? '').catch(() => null),
    );
    expect(popupNote).toMatch(/Notes are off here.*Highlights work as usual/);
    // What works: the article was read and highlighted.
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test(
        await popup.$eval('[data-testid=status]', (e) => e.textContent ?? ''),
      ),
    );
    const highlighted = await waitFor('highlights in the article', () =>
      article.evaluate(() => (CSS.highlights.get('whosaid-attribution')?.size ?? 0) > 0),
    );
    expect(highlighted).toBe(true);
  });
});
