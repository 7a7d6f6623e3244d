/**
 * `npx tsx scripts/probe-injection.ts [--rounds N] [--core] [FILE...]`: what the injected content
 * script costs the page before the run starts, in headless Chromium, by the main thread's CPU time
 * (CDP `Performance.getMetrics` `ThreadTime`; on a loaded machine the wall time is mostly the
 * wait for a core).
 *
 * Each FILE (default: extension/chrome/content.js, as `npm run build` writes it) is compiled
 * (`new Function(source)`: V8 parses the top level and pre-parses every inner function, as it does
 * for `scripting.executeScript`'s file, which gets no code cache) and then run, each in a fresh
 * page (about:blank, a `chrome.runtime` stub, so that the script wires itself up as in a tab);
 * a comment unique to each round keeps V8's compilation cache out. Files alternate in order from
 * round to round. Printed per file: its size, and the median (min) CPU ms of compiling and of
 * running its top level (every module's constants, then the entry's wiring).
 *
 * `--core` adds the content script as a split would leave it for the first paint (issue 9: the
 * card, ledger, corrections UI and notes injected later): the run, the highlighter and the
 * reader's settings and corrections (`present`), without the in-page layer and the notes. It is
 * bundled here, as `content.js` is (Vite, minified IIFE), from an entry written for the probe:
 * an upper bound of what the split could save at the injection, not a build of it.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { build, type Plugin } from 'vite';
import { CHROMIUM } from './lib/browser-launch.mjs';
import { optionValue } from './lib/args';
import { median } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const rounds = Number(optionValue(args, '--rounds') ?? '12');
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds');
if (files.length === 0) files.push(join(root, 'extension/chrome/content.js'));

/** The entry of `--core`: index.ts's wiring without the in-page layer and the notes. */
const CORE_ENTRY = `
import { portAsk } from '/src/content/analyze-port';
import { createAsk } from '/src/content/background-client';
import { backgroundEngine, ENGINE_TIMEOUT_MS } from '/src/content/engine-client';
import { detectHighlightEnv, Highlighter } from '/src/content/highlighter';
import { installContent } from '/src/content/lifecycle';
import { contentRuntime } from '/src/content/runtime';
import { present, SHOW_ALL } from '/src/content/present';
const runtime = contentRuntime();
const highlighter = new Highlighter(detectHighlightEnv(globalThis));
globalThis.__whoSaidPresent = [present, SHOW_ALL];
installContent(globalThis, {
  runtime,
  document,
  analyze: backgroundEngine(portAsk(runtime, createAsk(runtime, ENGINE_TIMEOUT_MS), ENGINE_TIMEOUT_MS)),
  highlighter,
  MutationObserver: globalThis.MutationObserver,
});
`;

/** The `--core` bundle's source. */
async function coreBundle(): Promise<string> {
  const id = '\0whosaid-core-entry';
  const entry: Plugin = {
    name: 'whosaid-core-entry',
    enforce: 'pre',
    // (lib mode hands the entry over as a path under the root)
    resolveId: (source) => (source.endsWith('whosaid-core') ? id : null),
    load: (source) => (source === id ? CORE_ENTRY : null),
  };
  const out = await build({
    configFile: false,
    root,
    logLevel: 'error',
    plugins: [preact(), entry],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      write: false,
      target: 'es2022',
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: { entry: 'whosaid-core', formats: ['iife'], name: 'core', fileName: () => 'core.js' },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = (result as { output: { code?: string }[] }).output[0];
  if (chunk?.code === undefined) throw new Error('the core bundle has no code');
  return chunk.code;
}

/** A `chrome.runtime` that answers nothing and never fails: enough for the script's wiring. */
const RUNTIME_STUB = `globalThis.chrome = { runtime: {
  id: 'probe',
  sendMessage: () => new Promise(() => {}),
  onMessage: { addListener() {}, removeListener() {} },
  connect: () => ({ onDisconnect: { addListener() {} }, onMessage: { addListener() {} },
    postMessage() {}, disconnect() {} }),
} };`;

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

/** CPU ms of `expression` evaluated in `page`, less an empty evaluation's. */
async function cpuOf(page: Page, cdp: CDPSession, expression: string): Promise<number> {
  const a = await threadMs(cdp);
  await page.evaluate('0');
  const b = await threadMs(cdp);
  await page.evaluate(expression);
  const c = await threadMs(cdp);
  return c - b - (b - a);
}

interface Source {
  name: string;
  code: string;
  compile: number[];
  run: number[];
}

async function main(): Promise<void> {
  const sources: Source[] = files.map((f) => ({
    name: f,
    code: readFileSync(f, 'utf8'),
    compile: [],
    run: [],
  }));
  if (args.includes('--core')) {
    sources.push({ name: 'core (--core)', code: await coreBundle(), compile: [], run: [] });
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 === 0 ? sources : [...sources].reverse();
      for (const s of order) {
        const page = await browser.newPage();
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        await page.goto('about:blank');
        await page.evaluate(RUNTIME_STUB);
        await page.evaluate((code) => {
          (globalThis as { __src?: string }).__src = code;
        }, `${s.code}\n//# round ${r} ${Math.random()}`);
        s.compile.push(
          await cpuOf(page, cdp, 'globalThis.__f = new Function(globalThis.__src), 0'),
        );
        s.run.push(await cpuOf(page, cdp, 'globalThis.__f(), 0'));
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  const fmt = (xs: number[]): string => `${median(xs).toFixed(2)} (${Math.min(...xs).toFixed(2)})`;
  console.log(`rounds ${rounds}; CPU ms, median (min)`);
  for (const s of sources) {
    const kb = (Buffer.byteLength(s.code) / 1024).toFixed(1);
    console.log(`${s.name}: ${kb} KB, compile ${fmt(s.compile)}, run ${fmt(s.run)}`);
  }
}

await main();
