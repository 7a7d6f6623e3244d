// Shared by the demo (scripts/demo.mjs) and the end-to-end tests (test/e2e): serve a folder
// on 127.0.0.1, start Chromium or Firefox with the built extension, and run the extension on a
// tab: in Chromium the way a reader does, by clicking its toolbar button; in Firefox the way
// "Always on this site" does (see `allowSiteInFirefox`).
//
// The click is Chrome DevTools Protocol `Extensions.triggerAction` sent on a browser-level
// session to the tab's *tab* target (a page target is refused with "Action can only be
// triggered on a tab target"). Chromium allows the method only with
// --enable-unsafe-extension-debugging over a pipe connection, which Playwright uses.
// It does what a click on the toolbar button does: grants activeTab for that tab and opens
// the extension's popup, which runs the analysis on open (`tab.run`).
/* global chrome, browser -- used only in functions evaluated inside the extension's own pages */
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

/** Chromium as installed on Debian; Playwright is never allowed to download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Firefox ESR as installed on Debian. */
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * Serves the files of `dir` on 127.0.0.1 at a free port. Nothing outside `dir` is served.
 * @param {string} dir
 * @returns {Promise<{ origin: string, close(): Promise<void> }>}
 */
export async function serveDir(dir) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      let file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      }
    })();
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok(undefined));
      }),
  };
}

/**
 * Starts Chromium with the unpacked extension in `dist` and a throw-away profile.
 * @param {{ dist: string, headless: boolean, viewport?: { width: number, height: number } | null, args?: string[] }} options
 */
export async function launchChromium({ dist, headless, viewport, args = [] }) {
  const extension = resolve(dist);
  const profile = await mkdtemp(join(tmpdir(), 'whosaid-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: viewport === undefined ? { width: 1280, height: 1600 } : viewport,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      // Lets CDP's Extensions domain (triggerAction) work; see the top of this file.
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 30_000,
    }));
  const extensionId = new URL(worker.url()).host;
  // The worker's target exists before its script has run. Chromium learns which events the
  // extension listens to from that first run: a toolbar click (action.onClicked) sent before
  // is dropped. The test hook is set after every listener (src/background/index.ts).
  await waitFor('the service worker to register its listeners', () =>
    worker.evaluate(() => 'whoSaid' in globalThis),
  );
  return {
    context,
    extensionId,
    /** The extension's service worker (it may have been restarted since launch). */
    worker: () =>
      context
        .serviceWorkers()
        .find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`)) ?? worker,
    async close() {
      await context.close().catch(() => undefined);
      await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

/** A fixed internal UUID, so the caller knows the add-on's moz-extension:// origin. */
const FIREFOX_UUID = '5f0c8a2e-7d41-4b6a-9c3e-2a1d0e8f4b77';

/**
 * Starts Firefox (headless) over WebDriver BiDi with puppeteer-core, a throw-away profile and
 * the unpacked add-on in `dist` installed as a temporary add-on.
 *
 * Two preferences: the add-on's internal UUID is fixed (so its pages have a known URL), and
 * `extensions.webextOptionalPermissionPrompts: false` answers optional-permission prompts with
 * yes (see `allowSiteInFirefox`). The shipped manifest keeps its host permissions optional.
 * @param {{ dist: string, geckoId: string, width?: number, height?: number }} options
 */
export async function launchFirefox({ dist, geckoId, width = 1280, height = 1400 }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The window's size, not an emulated viewport, so every tab (extension pages too) has it.
    defaultViewport: null,
    args: ['--remote-allow-system-access', `--width=${width}`, `--height=${height}`],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  try {
    const id = await browser.installExtension(resolve(dist));
    if (id !== geckoId) throw new Error(`Installed add-on ${id}, expected ${geckoId}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    origin: `moz-extension://${FIREFOX_UUID}`,
    version: await browser.version(),
    close: () => browser.close().catch(() => undefined),
  };
}

/**
 * Throws, in words, when the extension build `dist` (`extension/chrome` or `extension/firefox`)
 * is missing: the end-to-end tests run the built extension.
 * @param {string} dist
 */
export function requireBuild(dist) {
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    const name = `${basename(dirname(resolve(dist)))}/${basename(dist)}`;
    throw new Error(`${name} is missing: run \`npm run build\` (npm run test:e2e does).`);
  }
}

/**
 * Opens an extension URL in a new Firefox tab, closing `previous` first. BiDi's navigate never
 * resolves for moz-extension:// pages, so the navigation is started without waiting and the
 * page's own location polled. Each URL gets a fresh tab: polling a page while it navigates from
 * one moz-extension:// document to another makes puppeteer leave a rejected promise behind
 * ("Not allowed to define cross-origin object ... XrayWrapper"), which fails the run.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {import('puppeteer-core').Page | null} [previous]
 * @returns {Promise<import('puppeteer-core').Page>}
 */
export async function openExtensionPage(browser, url, previous = null) {
  await previous?.close();
  const page = await browser.newPage();
  void page.goto(url).catch(() => undefined);
  await waitFor(`${url} to load`, async () => {
    const state = await page.evaluate(() => [location.href, document.readyState]);
    return state[0] === url && state[1] === 'complete';
  });
  return page;
}

/**
 * Grants the add-on one site the way **Always on this site** does: `permissions.request` for
 * the origin from an extension page, during a real (BiDi, trusted) click. Firefox offers no way
 * to click an add-on's toolbar button from BiDi (no `Extensions.triggerAction`), and its
 * keyboard shortcuts are not delivered in headless mode, so activeTab cannot be granted the
 * reader's way. The prompt is answered by the profile preference set in `launchFirefox`.
 * @param {import('puppeteer-core').Page} extensionPage any page of the add-on
 * @param {string} pattern e.g. `http://127.0.0.1/*`
 * @returns {Promise<boolean>} whether Firefox granted it
 */
export async function allowSiteInFirefox(extensionPage, pattern) {
  await extensionPage.evaluate(
    (origins) => {
      const button = document.createElement('button');
      button.id = 'e2e-grant';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        void browser.permissions.request({ origins }).then((granted) => {
          button.dataset.granted = String(granted);
        });
      });
      document.body.append(button);
    },
    [pattern],
  );
  await extensionPage.click('#e2e-grant');
  const answer = await waitFor('the permission answer', () =>
    extensionPage.$eval('#e2e-grant', (b) => /** @type {HTMLElement} */ (b).dataset.granted),
  );
  await extensionPage.$eval('#e2e-grant', (b) => b.remove());
  return answer === 'true';
}

/**
 * Clicks the extension's toolbar button for the tab showing `page`, through CDP
 * `Extensions.triggerAction`: activeTab is granted and the popup opens and runs.
 * The tab is found by its URL, so callers keep one tab per URL.
 * @param {import('playwright-core').BrowserContext} context
 * @param {string} extensionId
 * @param {import('playwright-core').Page} page
 */
export async function clickToolbarButton(context, extensionId, page) {
  const browser = context.browser();
  if (!browser) throw new Error('No browser-level CDP connection for this context.');
  const cdp = await browser.newBrowserCDPSession();
  try {
    // Tab targets and their page targets share no id; the URL links them.
    const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
    const tabs = targetInfos.filter((t) => t.url === page.url());
    if (tabs.length !== 1 || !tabs[0]) {
      throw new Error(`Cannot tell which tab shows ${page.url()}: ${tabs.length} tabs match.`);
    }
    await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabs[0].targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * The extension's id for the browser tab showing `url`. Without the `tabs` permission a tab's URL
 * is visible to the extension only once activeTab (the click) or a host permission allows it, so
 * finding the tab this way also shows that access was granted.
 * @param {import('playwright-core').Worker} worker
 * @param {string} url
 * @returns {Promise<number | null>}
 */
export async function tabIdFor(worker, url) {
  return worker.evaluate(async (wanted) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === wanted)?.id ?? null;
  }, url);
}

/**
 * Sends a content-script message (src/shared/messages.ts, `ContentMessages`) to a tab from the
 * extension's service worker and returns the raw answer, a `Result`.
 * @param {import('playwright-core').Worker} worker
 * @param {number} tabId
 * @param {string} type
 * @returns {Promise<unknown>}
 */
export async function askContent(worker, tabId, type) {
  return worker.evaluate(([id, name]) => {
    return chrome.tabs.sendMessage(id, { ws: 1, type: name, payload: {} });
  }, /** @type {[number, string]} */ ([tabId, type]));
}

/**
 * Waits for the first Who Said highlight in `page` after a toolbar click; on a timeout the error
 * says what the extension knew of the tab (whether the click granted it, whether the content
 * script answers, its last analysis), for a failure seen once in many runs.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').Worker} worker the extension's service worker
 * @returns {Promise<void>}
 */
export async function waitForHighlights(page, worker) {
  try {
    await waitFor(
      'highlights',
      () => page.evaluate(() => (CSS.highlights.get('whosaid-attribution')?.size ?? 0) > 0),
      45_000,
    );
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}; ${await diagnoseTab(worker, page.url(), page.context())}`,
    );
  }
}

/**
 * What the extension knows of the tab showing `url`, in words, for a test that failed on it.
 * @param {import('playwright-core').Worker} worker
 * @param {string} url
 * @param {import('playwright-core').BrowserContext} [context] where the popup's page is
 * @returns {Promise<string>}
 */
export async function diagnoseTab(worker, url, context) {
  try {
    const tabId = await tabIdFor(worker, url);
    if (tabId === null) return 'the service worker cannot see the tab (no activeTab grant)';
    const ask = (type) =>
      askContent(worker, tabId, type).then(
        (answer) => JSON.stringify(answer)?.slice(0, 800),
        (error) => `no answer (${String(error).slice(0, 200)})`,
      );
    // The content script's world, asked without its listener: is it there at all?
    const world = await worker
      .evaluate(
        (id) =>
          chrome.scripting
            .executeScript({
              target: { tabId: id },
              func: () =>
                `readyState ${document.readyState}, content script ${typeof (/** @type {any} */ (globalThis).__whoSaidContent)}`,
            })
            .then((r) => String(r[0]?.result)),
        tabId,
      )
      .catch((error) => `executeScript failed (${String(error).slice(0, 200)})`);
    // What the popup says (its error message, if the run failed).
    const popups = context?.pages().filter((p) => p.url().includes('/popup/'));
    let popup = 'no popup page';
    if (popups && popups.length > 0) {
      popup = await popups[popups.length - 1]
        .evaluate(() => document.body.innerText.replace(/\s+/g, ' ').slice(0, 300))
        .catch((error) => `popup unreadable (${String(error).slice(0, 100)})`);
    }
    const phases = await worker
      .evaluate(() => {
        const hook = /** @type {any} */ (globalThis).whoSaid;
        const start = Date.now();
        return typeof hook?.runPhases === 'function'
          ? hook
              .runPhases()
              .map((p) => `${p.tabId}:${p.phase} (${p.at - start} ms)`)
              .join(', ')
          : 'no run phases';
      })
      .catch((error) => `run phases unreadable (${String(error).slice(0, 100)})`);
    return `run phases [${phases}]; tab ${tabId}: content.ping ${await ask('content.ping')}; content.stats ${await ask('content.stats')}; ${world}; popup: ${popup}`;
  } catch (error) {
    return `no diagnosis (${String(error).slice(0, 200)})`;
  }
}

/**
 * Waits until `fn` returns a truthy value (polling), or throws with `what` after `ms` (30 s by
 * default: these tests check what happens, not how soon, and a shared machine under load has
 * stalled a browser for over 15 s; the benchmarks measure speed).
 * @template T
 * @param {string} what
 * @param {() => Promise<T>} fn
 * @param {number} [ms]
 * @returns {Promise<T>}
 */
export async function waitFor(what, fn, ms = 30_000) {
  const end = Date.now() + ms;
  let last;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
