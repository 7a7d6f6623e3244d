// The demo: serves demo/article.html (an invented news story) on 127.0.0.1, starts a browser
// with the built extension and runs Who Said on the article: in Chromium the way a reader
// does, by clicking the toolbar button; in Firefox the way "Always on this site" does (see
// scripts/lib/browser-launch.mjs).
//
//   npm start                                  build, then show it in a Chromium window (needs $DISPLAY)
//   npm run demo                               the same without building
//   npm run demo -- --screenshot F.png         headless: the highlighted article, with the popup
//                                              (its counts and legend) where the browser shows it
//   npm run demo -- --browser firefox --screenshot F.png   the same in Firefox (headless only)
//
// Without $DISPLAY and without --screenshot it says so and writes demo.png instead.
// CHROMIUM_PATH / FIREFOX_PATH choose the browser binaries.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';
import {
  allowSiteInFirefox,
  clickToolbarButton,
  launchChromium,
  launchFirefox,
  openExtensionPage,
  serveDir,
  tabIdFor,
  waitFor,
} from './lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// WHOSAID_CHROME_DIST points at another build (e.g. one made elsewhere); normally extension/chrome.
const chromeDist = resolve(root, process.env.WHOSAID_CHROME_DIST || 'extension/chrome');
const firefoxDist = resolve(root, 'extension/firefox');
/** The article's viewport in screenshots, and the popup's width (as in popup.css). */
const VIEW = { width: 1280, height: 780 };
const POPUP_WIDTH = 360;

function parseArgs(argv) {
  let screenshot = null;
  let browser = 'chromium';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--screenshot' || arg === '--browser') {
      const value = argv[i + 1];
      i += 1;
      if (!value)
        throw new Error(
          `${arg} needs a value, e.g. ${arg} ${arg === '--browser' ? 'firefox' : 'demo.png'}`,
        );
      if (arg === '--screenshot') screenshot = value;
      else browser = value;
    } else if (arg?.startsWith('--screenshot=')) {
      screenshot = arg.slice('--screenshot='.length);
    } else if (arg?.startsWith('--browser=')) {
      browser = arg.slice('--browser='.length);
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run demo [-- [--browser chromium|firefox] --screenshot FILE.png]');
      process.exit(0);
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  if (browser !== 'chromium' && browser !== 'firefox') {
    throw new Error(`--browser must be chromium or firefox, not "${browser}"`);
  }
  return { screenshot, browser };
}

/** Which of our highlights the page shows, with their range counts. */
const highlightSizes = () => {
  const found = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('whosaid-'));
  return found.length > 0 ? Object.fromEntries(found.map(([n, h]) => [n, h.size])) : null;
};

/** The popup's ledger once it has its sources ("29% of 21 attributions name their source"). */
const LEDGER_SHOWN = /\d+% of \d+ attributions/;

/** The height of the popup's content, to crop its screenshot to. */
const popupHeight = () =>
  Math.ceil(document.querySelector('main')?.getBoundingClientRect().bottom ?? 600);

/** Scrolls the article to its first paragraphs (below the picture), where every kind shows. */
const scrollToStory = () => {
  const picture = document.querySelector('figure');
  if (picture) window.scrollTo(0, picture.getBoundingClientRect().bottom + window.scrollY);
};

/**
 * The article screenshot with the popup screenshot laid over its top right corner, where the
 * browser shows an extension's popup (under its toolbar button), framed by a thin grey line.
 * @param {Uint8Array} articlePng
 * @param {Uint8Array} popupPng
 * @param {number} popupCssHeight
 */
function composite(articlePng, popupPng, popupCssHeight) {
  const full = PNG.sync.read(Buffer.from(articlePng));
  const popup = PNG.sync.read(Buffer.from(popupPng));
  const scale = full.width / VIEW.width;
  // The same size from both browsers, whatever their window decorations leave of the window.
  const page = new PNG({
    width: full.width,
    height: Math.min(full.height, Math.round(VIEW.height * scale)),
  });
  PNG.bitblt(full, page, 0, 0, page.width, page.height, 0, 0);
  const w = Math.min(popup.width, Math.round(POPUP_WIDTH * scale));
  const h = Math.min(popup.height, Math.round(popupCssHeight * scale), page.height - 2);
  const left = page.width - w - Math.round(16 * scale);
  const top = 1;
  for (let y = -1; y <= h; y++) {
    for (let x = -1; x <= w; x++) {
      const to = ((top + y) * page.width + (left + x)) * 4;
      const frame = y === -1 || x === -1 || y === h || x === w;
      const from = (y * popup.width + x) * 4;
      for (let c = 0; c < 4; c++) {
        page.data[to + c] = frame ? [160, 160, 168, 255][c] : popup.data[from + c];
      }
    }
  }
  return PNG.sync.write(page, { colorType: 2 });
}

async function chromiumDemo(server, screenshot) {
  if (!existsSync(resolve(chromeDist, 'manifest.json'))) {
    throw new Error('extension/chrome is missing: run `npm run build` first (or `npm start`).');
  }
  const headless = screenshot !== null;
  // Headed, the window keeps its own size; headless, the viewport is the screenshot's.
  const chromium = await launchChromium({
    dist: chromeDist,
    headless,
    viewport: headless ? VIEW : null,
  });
  const { context, extensionId } = chromium;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${server.origin}/article.html`;
    await page.goto(url);
    await clickToolbarButton(context, extensionId, page);
    const sizes = await waitFor('the highlights', () => page.evaluate(highlightSizes));
    console.log(`Who Said ran on ${url} in Chromium ${context.browser()?.version()}`);
    for (const [name, size] of Object.entries(sizes)) console.log(`  ${name}: ${size} ranges`);

    if (screenshot) {
      // The popup the click opened is not part of the page; show it again, as a page for this
      // tab, the way the e2e tests do, and lay it over the article's screenshot.
      for (const p of context.pages()) if (p !== page) await p.close().catch(() => undefined);
      const tabId = await tabIdFor(chromium.worker(), url);
      const popup = await context.newPage();
      await popup.setViewportSize({ width: POPUP_WIDTH, height: 900 });
      await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
      await waitFor('the popup to finish reading', async () =>
        /Read [\d,]+ characters/.test((await popup.textContent('[data-testid=status]')) ?? ''),
      );
      await waitFor('the ledger of sources', async () =>
        LEDGER_SHOWN.test((await popup.textContent('body')) ?? ''),
      );
      const popupPng = await popup.screenshot();
      const height = await popup.evaluate(popupHeight);
      await page.bringToFront();
      await page.evaluate(scrollToStory);
      const articlePng = await page.screenshot({ caret: 'initial' });
      writeFileSync(resolve(process.cwd(), screenshot), composite(articlePng, popupPng, height));
      console.log(`Screenshot written to ${screenshot}`);
      return;
    }
    console.log('The browser stays open; close its window to end the demo.');
    await new Promise((done) => context.once('close', done));
  } finally {
    await chromium.close();
  }
}

async function firefoxDemo(server, screenshot) {
  if (!existsSync(resolve(firefoxDist, 'manifest.json'))) {
    throw new Error('extension/firefox is missing: run `npm run build` first.');
  }
  const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
  const geckoId = manifest.browser_specific_settings.gecko.id;
  // Taller than VIEW: the window's toolbars take some of it; the screenshot is cut to VIEW.
  const firefox = await launchFirefox({
    dist: firefoxDist,
    geckoId,
    width: VIEW.width,
    height: VIEW.height + 150,
  });
  try {
    const { browser } = firefox;
    const popupUrl = `${firefox.origin}/src/ui/popup/index.html`;
    const article = (await browser.pages())[0] ?? (await browser.newPage());
    const url = `${server.origin}/article.html`;
    await article.goto(url);
    let popup = await openExtensionPage(browser, popupUrl);
    const tabId = await popup.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      return (await browser.tabs.query({})).find((t) => t.id !== self?.id)?.id;
    });
    // Firefox match patterns hold no port: the pattern covers the host.
    if (!(await allowSiteInFirefox(popup, `http://${new URL(server.origin).hostname}/*`))) {
      throw new Error('Firefox did not grant the demo site.');
    }
    popup = await openExtensionPage(browser, `${popupUrl}?tab=${tabId}`, popup);
    const sizes = await waitFor('the highlights', () => article.evaluate(highlightSizes));
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test(
        await popup.$eval('[data-testid=status]', (e) => e.textContent ?? ''),
      ),
    );
    await waitFor('the ledger of sources', async () =>
      LEDGER_SHOWN.test(await popup.$eval('body', (e) => e.textContent ?? '')),
    );
    console.log(`Who Said ran on ${url} in ${firefox.version}`);
    for (const [name, size] of Object.entries(sizes)) console.log(`  ${name}: ${size} ranges`);
    const popupPng = await popup.screenshot();
    const height = await popup.evaluate(popupHeight);
    await article.bringToFront();
    await article.evaluate(scrollToStory);
    const articlePng = await article.screenshot();
    writeFileSync(resolve(process.cwd(), screenshot), composite(articlePng, popupPng, height));
    console.log(`Screenshot written to ${screenshot}`);
  } finally {
    await firefox.close();
  }
}

async function main() {
  let { screenshot, browser } = parseArgs(process.argv.slice(2));
  if (browser === 'firefox' && !screenshot) {
    throw new Error('The Firefox demo runs headless: give it --screenshot FILE.png.');
  }
  if (!screenshot && !process.env.DISPLAY) {
    screenshot = 'demo.png';
    console.log('No $DISPLAY to open a window on: running headless and writing demo.png instead.');
  }
  const server = await serveDir(resolve(root, 'demo'));
  try {
    if (browser === 'firefox') await firefoxDemo(server, screenshot);
    else await chromiumDemo(server, screenshot);
  } finally {
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
