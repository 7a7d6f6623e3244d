// The demo: serves demo/article.html (an invented news story) on 127.0.0.1, starts Chromium
// with the built extension (extension/chrome) and runs Who Said on the article the way a reader
// does, by clicking the toolbar button (see scripts/lib/browser-launch.mjs).
//
//   npm start                          build, then show it in a window (needs $DISPLAY)
//   npm run demo                       the same without building
//   npm run demo -- --screenshot F.png headless: write a screenshot of the highlighted article
//
// Without $DISPLAY and without --screenshot it says so and writes demo.png instead.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickToolbarButton, launchChromium, serveDir, waitFor } from './lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// WHOSAID_CHROME_DIST points at another build (e.g. one made elsewhere); normally extension/chrome.
const dist = resolve(root, process.env.WHOSAID_CHROME_DIST || 'extension/chrome');

function parseArgs(argv) {
  let screenshot = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--screenshot') {
      screenshot = argv[i + 1];
      i += 1;
      if (!screenshot)
        throw new Error('--screenshot needs a file name, e.g. --screenshot demo.png');
    } else if (arg?.startsWith('--screenshot=')) {
      screenshot = arg.slice('--screenshot='.length);
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm run demo [-- --screenshot FILE.png]');
      process.exit(0);
    } else {
      throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return { screenshot };
}

async function main() {
  let { screenshot } = parseArgs(process.argv.slice(2));
  if (!existsSync(resolve(dist, 'manifest.json'))) {
    throw new Error('extension/chrome is missing: run `npm run build` first (or `npm start`).');
  }
  if (!screenshot && !process.env.DISPLAY) {
    screenshot = 'demo.png';
    console.log('No $DISPLAY to open a window on: running headless and writing demo.png instead.');
  }
  const headless = screenshot !== null;

  const server = await serveDir(resolve(root, 'demo'));
  // Headed, the window keeps its own size; headless, a tall viewport shows most of the article.
  const chromium = await launchChromium({
    dist,
    headless,
    viewport: headless ? { width: 1280, height: 1600 } : null,
  });
  const { context, extensionId } = chromium;
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${server.origin}/article.html`;
    await page.goto(url);
    await clickToolbarButton(context, extensionId, page);
    const sizes = await waitFor('the highlights', () =>
      page.evaluate(() => {
        const found = [...CSS.highlights.entries()].filter(([name]) => name.startsWith('whosaid-'));
        return found.length > 0 ? Object.fromEntries(found.map(([n, h]) => [n, h.size])) : null;
      }),
    );
    console.log(`Who Said ran on ${url}`);
    for (const [name, size] of Object.entries(sizes)) console.log(`  ${name}: ${size} ranges`);

    if (screenshot) {
      // The popup (opened by the click) is not part of the page; close it so only the article shows.
      for (const p of context.pages()) if (p !== page) await p.close().catch(() => undefined);
      await page.bringToFront();
      await page.screenshot({ path: resolve(process.cwd(), screenshot) });
      console.log(`Screenshot written to ${screenshot}`);
      return;
    }
    console.log('The browser stays open; close its window to end the demo.');
    await new Promise((done) => context.once('close', done));
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
