/**
 * `npm run bench:page -- DIR`: Who Said on real pages in Chromium, against mark.js.
 *
 * Each page of DIR (`NAME/source.html` folders, as in ../shared/pages, or `*.html` files) and
 * one generated article of 1 MB is served from 127.0.0.1 and opened in Chromium with the built
 * extension (extension/chrome); requests to anywhere else are refused, so a saved page's scripts and
 * ads cannot reach the network. For each page:
 *
 * - **ours**: the toolbar button is clicked (CDP `Extensions.triggerAction`, as a reader's click:
 *   the popup opens and runs the analysis). *click-to-paint* is the time from the click to the
 *   end of the first frame that shows a Who Said highlight, seen by a requestAnimationFrame
 *   watcher in the page. *analysis* and *work* come from the content script's own
 *   instrumentation (`content.stats`). The engine runs in the background (docs/adr/0007), so
 *   *analysis* is measured in the content script as the time it waited for the background's
 *   answers (the engine in the service worker plus the messages, while the page had the
 *   thread; builds before ADR 0007: the engine's time in the page), and *work* is the content
 *   script's time on the page's thread (reading the page, sending the parts, painting; before
 *   ADR 0007 also the engine). --json rows add *extractMs*, *paintMs* and *longestSliceMs*,
 *   and the run's timeline from its start: *firstRequestMs* (the first part sent to the
 *   background's engine), *firstAnswerMs* (the engine's first answer),
 *   *lastHighlightMs* (the last highlight put up), *doneMs* (the run's own work over: summary,
 *   language, the reader's layer), with *requests* (`page.analyze` round trips, one a part).
 *   *all painted* is from the start of that work to the end of the first frame after the run
 *   is over (every part analysed, the last highlight added). *longest task* is the longest task on the page's main
 *   thread after the click: the longest of what a `longtask` PerformanceObserver in the page
 *   saw (it reports only tasks over 50 ms) and the longest slice the content script measured.
 * - **mark.js**: in a new tab of the same page, where the extension was not run, mark.js
 *   (`markRegExp`) highlights the same strings (every distinct text Who Said highlights, found
 *   by the same extraction and engine in Node) in the page's body; timed from the call to the
 *   end of the next frame, as ours is.
 * - **ratio** = all painted / mark.js.
 *
 * Nothing asks the page, the content script or the worker anything while a run goes on (each
 * question is a task on the page's thread or the worker's, in the middle of what is timed; mark.js
 * is timed with none): the first paint comes from the watcher in the page, the run's end from a
 * listener in the worker set before the click (the background stores the page's summary), and
 * the content script's figures are read once, after. Before session 16 the script polled
 * every 20 ms until the first paint (the page, then the worker for the tab and the content
 * script for its figures) and every 100 ms until the run's end. Its cost was within the noise
 * of a loaded machine (final version against the old script, back to back: *all painted*
 * median 106 ms polled, 110 not; docs/adr/0007); it goes because it put the bench's own tasks
 * inside what is timed. On a page without findings *click-to-paint* is now until the
 * background has the run's summary (it was until a poll saw the content script done). `--cold`
 * still polls: its worker starts at the click, so nothing can listen beforehand.
 *
 * Then the median and worst of each column, where *all painted* goes stage by stage (reading,
 * sending, the engine's answer, ranges, the frame: medians, and the five worst pages by ratio;
 * `printStages`), where the first request's wait goes on builds that time requests in the worker
 * (session 21 on: the trips, the worker's routing, the engine, the reply; `printRequestStages`),
 * the goals, and whether they hold. Everything runs
 * in one browser in one run, so a loaded machine slows both sides alike. Figures vary from run
 * to run on a shared machine; the ratios are what to compare.
 *
 * On a loaded machine a task's wall time is mostly the time its thread waited for a core (a
 * 12 ms slice of work can last 80 ms): `--cpu` also traces the page's renderer while ours runs
 * and adds *cpu-long*, the longest task on the page's main thread after the click by the thread
 * time Chromium's trace gives it (every task: ours, the frames that draw the highlights, and the
 * page's own; each with the microtask checkpoint that ends it, where the content script's slices
 * after the first run, since session 37). Tracing costs time, so the other columns of a `--cpu` run read a little higher.
 *
 * `--cold` stops the extension's service worker before each click (CDP
 * `ServiceWorker.stopAllWorkers`), so that the click meets a new worker and a cold engine, as a
 * reader's click does when the browser stopped the worker since the last one (30 s idle).
 *
 * Options: --dist DIR (default extension/chrome), --only NAME[,NAME..] (those pages; `synthetic` the
 *          generated article), --no-synthetic, --cold,
 *          --mb N (size of the generated article, default 1), --json FILE (rows as JSON),
 *          --cpu, --trace FILE (--cpu, and what ran in the five longest tasks, by thread
 *          time, into FILE-PAGE.json), --raw-trace (with --trace: also the whole trace, with V8's
 *          CPU samples, into FILE-PAGE.raw.json, and the click's epoch time as `markEpoch`, for a
 *          profile of the run), --trace-categories A,B (with --trace: more trace categories, e.g.
 *          `v8,disabled-by-default-v8.compile` for V8's compiler threads), --trace-browser (with
 *          --trace: traced from the browser's session, every process in it, the extension's
 *          included; `scripts/trace-threads.ts` sums a raw trace by thread), --headed; or
 *          --repeat N (each page clicked N times in a row in the same worker, a new tab each time;
 *          rows `PAGE#2`.. for the later clicks: what of a page's time is its first run's),
 *          --chromium-arg ARG (repeatable: a flag for Chromium, e.g. `--js-flags=...`); or
 *          `--table FILE` to print the table of a run saved with --json
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMParser } from 'linkedom';
import type { Page } from 'playwright-core';
import type { AnalyzeTiming } from '../src/background/analyze-timing';
import { extractArticle } from '../src/content/article';
import { analyze } from '../src/engine';
import type { FindingKind } from '../src/engine/types';
import {
  askContent,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  type LaunchedChromium,
} from './lib/browser-launch.mjs';
import { countWords, escapeHtml, generateProse } from './lib/prose';
import { unionPattern } from './lib/union-regex';
import { optionArgs } from './lib/args';
import { median } from './lib/stats';
import type { TraceEvent as TraceEventOf } from './lib/trace-event';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KINDS: readonly FindingKind[] = ['attribution', 'unnamed', 'agentless', 'hedge'];
const GOALS = { longestTaskMs: 50, ratio: 1.0, syntheticRatio: 0.5, clickToPaintMedianMs: 300 };

interface Options {
  dir: string;
  dist: string;
  only: string | null;
  synthetic: boolean;
  mib: number;
  json: string | null;
  cpu: boolean;
  /** `--trace FILE`: with --cpu, what ran in the longest task (trace events inside it). */
  trace: string | null;
  headed: boolean;
  /** `--cold`: the worker stopped before each click. */
  cold: boolean;
  /** `--raw-trace`: with --trace, the whole trace and V8's CPU samples too. */
  rawTrace: boolean;
  /** `--trace-categories` and `--trace-browser`: what more a --trace records. */
  traceMore: TraceMore;
  /** `--repeat N`: each page clicked N times in turn, in the same worker. */
  repeat: number;
  /** `--chromium-arg ARG` (repeatable): more command-line flags for Chromium. */
  chromiumArgs: string[];
}

/** What more a `--trace` records than the page's main thread needs. */
interface TraceMore {
  /** `--trace-categories A,B`: more trace categories, e.g. V8's compiler's. */
  categories: readonly string[];
  /**
   * `--trace-browser`: traced from the browser's session, so that every process is in the trace
   * (the page's session leaves the extension's process out in some runs).
   */
  browser: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    dir: '',
    dist: join(root, 'extension/chrome'),
    only: null,
    synthetic: true,
    mib: 1,
    json: null,
    cpu: false,
    trace: null,
    headed: false,
    cold: false,
    rawTrace: false,
    traceMore: { categories: [], browser: false },
    repeat: 1,
    chromiumArgs: [],
  };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--dist') opts.dist = resolve(value());
    else if (arg === '--only') opts.only = value();
    else if (arg === '--no-synthetic') opts.synthetic = false;
    else if (arg === '--mb') opts.mib = Number(value());
    else if (arg === '--json') opts.json = value();
    else if (arg === '--cpu') opts.cpu = true;
    else if (arg === '--trace') {
      opts.cpu = true;
      opts.trace = value();
    } else if (arg === '--headed') opts.headed = true;
    else if (arg === '--cold') opts.cold = true;
    else if (arg === '--raw-trace') opts.rawTrace = true;
    else if (arg === '--trace-categories') {
      opts.traceMore = { ...opts.traceMore, categories: value().split(',') };
    } else if (arg === '--trace-browser') opts.traceMore = { ...opts.traceMore, browser: true };
    else if (arg === '--repeat') opts.repeat = Math.max(1, Number(value()));
    else if (arg === '--chromium-arg') opts.chromiumArgs.push(value());
    else if (!arg.startsWith('--') && opts.dir === '') opts.dir = resolve(arg);
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-page.ts)`);
  }
  if (opts.dir === '') throw new Error('usage: npm run bench:page -- DIR [options]');
  return opts;
}

/** A page to measure: where it is served and its HTML (for the Node-side extraction). */
interface PageSpec {
  name: string;
  /** Path under the server's root. */
  path: string;
  html: string;
  synthetic: boolean;
}

function pagesIn(dir: string): PageSpec[] {
  const out: PageSpec[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() && existsSync(join(dir, entry.name, 'source.html'))) {
      const path = `${entry.name}/source.html`;
      out.push({
        name: entry.name,
        path,
        html: readFileSync(join(dir, path), 'utf8'),
        synthetic: false,
      });
    } else if (entry.isFile() && entry.name.endsWith('.html')) {
      const html = readFileSync(join(dir, entry.name), 'utf8');
      out.push({ name: basename(entry.name, '.html'), path: entry.name, html, synthetic: false });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** A generated article of at least `mib` MiB of prose: headlines as h2, paragraphs as p. */
function syntheticArticle(mib: number): string {
  const prose = generateProse(Math.ceil(mib * 1024 * 1024));
  const blocks = prose.split('\n\n').map((p) => {
    const tag = /[.!?”"]$/.test(p) ? 'p' : 'h2';
    return `<${tag}>${escapeHtml(p)}</${tag}>`;
  });
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>A very long report</title></head><body>',
    '<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>',
    '<main><article><h1>A very long report</h1>',
    ...blocks,
    '</article></main></body></html>',
  ].join('\n');
}

/** What Node's extraction and engine find on the page: words and the strings Who Said paints. */
function expected(html: string): { words: number; strings: string[]; findings: number } {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const { map } = extractArticle(doc);
  const findings = analyze(map.text);
  const strings = new Set<string>();
  for (const f of findings) {
    strings.add(map.text.slice(f.start, f.end));
    if (f.source) strings.add(map.text.slice(f.source.start, f.source.end));
  }
  return { words: countWords(map.text), strings: [...strings], findings: findings.length };
}

/**
 * Collects long tasks in the page from the start (the observer runs before any page script).
 * Also defines `__name`, which tsx's compiler puts into the functions this script hands to
 * `page.evaluate` (it keeps function names), so that they run in the page.
 */
const LONGTASKS_INIT = `(() => {
  if (typeof globalThis.__name !== 'function') globalThis.__name = (f) => f;
  const b = (window.__wsBench = { longtasks: [], paint: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface BenchGlobal {
  __wsBench: {
    longtasks: { start: number; duration: number }[];
    paint: number | null;
    /** Called with `paint` when it is set (`waitQuietly`). */
    onPaint?: (at: number) => void;
  };
}

/** Starts a watcher that records (epoch ms) the end of the first frame showing our highlights. */
function watchFirstPaint(page: Page): Promise<void> {
  return page.evaluate(() => {
    const b = (window as unknown as BenchGlobal).__wsBench;
    b.paint = null;
    const ours = (): boolean => {
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('whosaid-') && h.size > 0) return true;
      return false;
    };
    const frame = (): void => {
      if (!ours()) {
        requestAnimationFrame(frame);
        return;
      }
      // Highlights are there before this frame renders: the end of the frame is after the
      // rendering step, i.e. the first task that runs after it.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        b.paint = Date.now();
        b.onPaint?.(b.paint);
      };
      requestAnimationFrame(() => channel.port2.postMessage(null));
    };
    requestAnimationFrame(frame);
  });
}

/**
 * Before the click: a listener in the extension's worker for the run's end, when the background
 * stores the page's summary (`summary:TAB` in `storage.session`, src/background/run-on-tab.ts;
 * one run at a time here, so the first summary stored is this run's). The tab's URL is not the
 * extension's to see before the click, so the tab comes from the key.
 */
async function watchRunEnd(chromium: LaunchedChromium): Promise<void> {
  // A string: tsx would wrap a function's named locals in `__name`, which the worker lacks.
  await chromium.worker().evaluate(`(() => {
    globalThis.whoSaid?.startTiming?.();
    globalThis.__wsBenchEnd = new Promise((done) => {
      const listener = (changes, area) => {
        if (area !== 'session') return;
        const key = Object.keys(changes).find(
          (k) => k.startsWith('summary:') && changes[k].newValue !== undefined,
        );
        if (key === undefined) return;
        chrome.storage.onChanged.removeListener(listener);
        done({ tab: Number(key.slice('summary:'.length)), at: Date.now() });
      };
      chrome.storage.onChanged.addListener(listener);
    });
  })()`);
}

/**
 * Waits for the run without polling: no message to the page, the content script or the worker
 * while it goes (each one is a task on the page's thread or the worker's, which the run's own
 * figures would include; mark.js is timed without any). The first paint comes from the page's
 * watcher (`watchFirstPaint`), the run's end from `watchRunEnd`; the content script's figures
 * are read once, after the run. On a page without findings the "paint" is the run's end.
 */
async function waitQuietly(
  chromium: LaunchedChromium,
  page: Page,
  name: string,
): Promise<{ paint: number; stats: Stats; tabId: number }> {
  const painted = page.evaluate(
    () =>
      new Promise<number>((done) => {
        const b = (window as unknown as BenchGlobal).__wsBench;
        if (b.paint !== null) done(b.paint);
        else b.onPaint = done;
      }),
  );
  painted.catch(() => undefined);
  const ended = await Promise.race([
    chromium.worker().evaluate('globalThis.__wsBenchEnd') as Promise<{ tab: number; at: number }>,
    new Promise<null>((done) => setTimeout(() => done(null), 120_000)),
  ]);
  if (ended === null) throw new Error(`no answer on ${name}`);
  const stats = (await waitFor(
    `the figures of ${name}`,
    () => contentStats(chromium, ended.tab),
    10_000,
  )) as Stats;
  if (stats.findings === 0) return { paint: ended.at, stats, tabId: ended.tab };
  const paint = await Promise.race([
    painted,
    new Promise<null>((done) => setTimeout(() => done(null), 10_000)),
  ]);
  if (paint === null) throw new Error(`no highlights on ${name}`);
  return { paint, stats, tabId: ended.tab };
}

/** The content script's own figures (`content.stats`), or its summary on a build without them. */
interface Stats {
  counts: Record<FindingKind, number>;
  analysisMs: number | null;
  /** Reading the page, and adding highlights (in --json only). */
  extractMs?: number;
  paintMs?: number;
  /** The timeline of the run, from its start (in --json only; absent on older builds). */
  requests?: number;
  firstRequestMs?: number | null;
  firstAnswerMs?: number | null;
  lastHighlightMs?: number | null;
  doneMs?: number;
  /** When the run started, in epoch ms (builds from session 21 on). */
  startedAt?: number | null;
  requestTimes?: { sent: number; answered: number | null }[];
  workMs: number;
  allPaintedMs: number | null;
  longestSliceMs: number;
  slices: number | null;
  painted: number | null;
  findings: number;
}

/** One `page.analyze` request's timeline in the worker. */
type WorkerTiming = AnalyzeTiming;

/** The worker's request timings since the click (builds from session 21 on; else null). */
async function workerTimings(chromium: LaunchedChromium): Promise<WorkerTiming[] | null> {
  const rows = (await chromium
    .worker()
    .evaluate('globalThis.whoSaid?.takeTiming?.() ?? null')
    .catch(() => null)) as WorkerTiming[] | null;
  return Array.isArray(rows) ? rows : null;
}

/** The click's path in the worker for `tabId`, from the click (see `OursRow.injectedMs`). */
async function clickPhases(
  chromium: LaunchedChromium,
  tabId: number,
  clicked: number,
): Promise<{ startMs: number | null; settingsMs: number | null; injectedMs: number | null }> {
  const phases = (await chromium
    .worker()
    .evaluate('globalThis.whoSaid?.runPhases?.() ?? []')
    .catch(() => [])) as { tabId: number; at: number; phase: string }[];
  const at = (phase: string): number | null => {
    const found = phases.filter((p) => p.tabId === tabId && p.phase === phase && p.at >= clicked);
    return found.length === 0 ? null : found[0]!.at - clicked;
  };
  return { startMs: at('start'), settingsMs: at('settings read'), injectedMs: at('injected') };
}

async function contentStats(chromium: LaunchedChromium, tabId: number): Promise<Stats | null> {
  const worker = chromium.worker();
  const stats = (await askContent(worker, tabId, 'content.stats').catch(() => null)) as {
    ok?: boolean;
    error?: { code?: string };
    value?: {
      done: boolean;
      counts: Record<FindingKind, number>;
      analysisMs: number;
      extractMs: number;
      paintMs: number;
      requests?: number;
      firstRequestMs?: number | null;
      firstAnswerMs?: number | null;
      lastHighlightMs?: number | null;
      doneMs?: number;
      startedAt?: number | null;
      requestTimes?: { sent: number; answered: number | null }[];
      workMs: number;
      allPaintedMs: number | null;
      longestSliceMs: number;
      slices: number;
      painted: number;
      findings: number;
    } | null;
  } | null;
  // No content script yet (the message found no receiver): ask again later.
  if (stats === null) return null;
  if (stats.ok === true) {
    const v = stats.value;
    if (!v || !v.done || v.allPaintedMs === null) return null;
    return { ...v };
  }
  if (stats.error?.code !== 'unknown-message') return null;
  // A build without content.stats (before chunking): one synchronous task did everything.
  const summary = (await askContent(worker, tabId, 'content.summary').catch(() => null)) as {
    ok?: boolean;
    value?: { counts: Record<FindingKind, number>; ms: number } | null;
  } | null;
  if (summary?.ok !== true || !summary.value) return null;
  const { counts, ms } = summary.value;
  const findings = KINDS.reduce((n, k) => n + (counts[k] ?? 0), 0);
  return {
    counts,
    analysisMs: null,
    workMs: ms,
    allPaintedMs: null,
    longestSliceMs: ms,
    slices: 1,
    painted: null,
    findings,
  };
}

/**
 * The toolbar click of `clickToolbarButton` (scripts/lib/browser-launch.mjs), with the DevTools
 * session opened and the tab found beforehand, so that the clock starts at the click itself.
 */
async function prepareClick(chromium: LaunchedChromium, page: Page): Promise<() => Promise<void>> {
  const browser = chromium.context.browser();
  if (!browser) throw new Error('No browser-level CDP connection.');
  const cdp = await browser.newBrowserCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = targetInfos.find((t) => t.url === page.url());
  if (!tab) throw new Error(`No tab shows ${page.url()}`);
  return async () => {
    try {
      await cdp.send('Extensions.triggerAction', {
        id: chromium.extensionId,
        targetId: tab.targetId,
      });
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  };
}

/** Stops the extension's service worker (`--cold`) and waits until it is gone. */
async function stopWorker(chromium: LaunchedChromium, page: Page): Promise<void> {
  const before = chromium.worker();
  const gone = new Promise((done) => before.once('close', () => done(null)));
  const cdp = await chromium.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
  await Promise.race([gone, page.waitForTimeout(5000)]);
}

/** Milliseconds from now to the end of the next frame, measured in the page. */
function frameMs(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const t0 = performance.now();
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now() - t0);
          channel.port2.postMessage(null);
        });
      }),
  );
}

/** Waits until the page has had no long task for `quietMs` (its own start-up is over). */
async function settle(page: Page, quietMs = 400, maxMs = 8000): Promise<void> {
  const end = Date.now() + maxMs;
  for (;;) {
    const last = await page.evaluate(() => {
      const tasks = (window as unknown as BenchGlobal).__wsBench.longtasks;
      const t = tasks[tasks.length - 1];
      return t ? t.start + t.duration : 0;
    });
    if (Date.now() - last >= quietMs || Date.now() > end) return;
    await page.waitForTimeout(100);
  }
}

/** The events of a Chromium trace that `longestTaskCpu` reads. */
type TraceEvent = TraceEventOf<{ data?: { url?: string; functionName?: string; type?: string } }>;

/** The mark the page sets just before the click, on its main thread (`--cpu`). */
const CLICK_MARK = 'whosaid-bench-click';

const RUN_TASK = 'ThreadControllerImpl::RunTask';
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** Longest gap (µs) between a task's `RunTask` and the microtask checkpoint that ends it. */
const CHECKPOINT_GAP_US = 100;

/**
 * The outermost tasks of the thread that set `CLICK_MARK`, from the mark on (none without it),
 * each with the microtask checkpoint that ends it. Chromium traces a task's checkpoint after its
 * `RunTask`, not inside it, and the content script's slices after the first are promise
 * continuations (`scheduler.yield()`), which run there: a reading slice of 7.6 ms of thread
 * time showed as a `RunTask` of 0.1 ms and a checkpoint of 7.5 beside it (ars-1, session 37).
 * Before session 37 only the `RunTask`s were counted, so *cpu-long* left those slices out.
 * A checkpoint that follows no task is a task of its own.
 */
function tasksAfterClick(events: readonly TraceEvent[]): TraceEvent[] {
  const mark = events.find((e) => e.name === CLICK_MARK);
  if (mark === undefined) return [];
  const onThread = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        (e.name === RUN_TASK || e.name === CHECKPOINT) &&
        e.pid === mark.pid &&
        e.tid === mark.tid &&
        e.ts >= mark.ts,
    )
    .sort((a, b) => a.ts - b.ts);
  const tasks: TraceEvent[] = [];
  let last: TraceEvent | undefined;
  for (const e of onThread) {
    const lastEnd = last === undefined ? -Infinity : last.ts + (last.dur ?? 0);
    // Inside the task before it (a checkpoint the task ran, a nested loop's task): counted there.
    if (e.ts < lastEnd) continue;
    if (e.name === CHECKPOINT && last !== undefined && e.ts - lastEnd <= CHECKPOINT_GAP_US) {
      last.dur = e.ts + (e.dur ?? 0) - last.ts;
      last.tdur = (last.tdur ?? 0) + (e.tdur ?? 0);
      continue;
    }
    last = { ...e, name: RUN_TASK };
    tasks.push(last);
  }
  return tasks;
}

/**
 * The longest task on the page's main thread after the click, by thread time (ms): the
 * outermost `RunTask`s of the thread that set `CLICK_MARK`, from the mark on. Null when the
 * trace has no mark.
 */
function longestTaskCpu(events: readonly TraceEvent[]): number | null {
  if (!events.some((e) => e.name === CLICK_MARK)) return null;
  let longest = 0;
  for (const t of tasksAfterClick(events)) longest = Math.max(longest, (t.tdur ?? 0) / 1000);
  return longest;
}

/**
 * `--trace`: the five longest tasks after the click by thread time, each with the time of what
 * ran inside it, by event name (and script URL or function for script events), longest first.
 */
function longestTasksDetail(events: readonly TraceEvent[]): unknown[] {
  const tasks = tasksAfterClick(events)
    .sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0))
    .slice(0, 5);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = new Map<string, { wallMs: number; cpuMs: number; n: number }>();
    for (const e of events) {
      if (e.pid !== task.pid || e.tid !== task.tid || (e.name === RUN_TASK && e.ts === task.ts)) {
        continue;
      }
      if (e.ph !== 'X' || e.ts < task.ts || e.ts > end) continue;
      const data = e.args?.data;
      const what = [e.name, data?.type, data?.functionName, data?.url?.replace(/^.*\//, '')]
        .filter((x) => x)
        .join(' ');
      const sum = inside.get(what) ?? { wallMs: 0, cpuMs: 0, n: 0 };
      sum.wallMs += (e.dur ?? 0) / 1000;
      sum.cpuMs += (e.tdur ?? 0) / 1000;
      sum.n++;
      inside.set(what, sum);
    }
    return {
      atMs: task.ts / 1000,
      wallMs: (task.dur ?? 0) / 1000,
      cpuMs: (task.tdur ?? 0) / 1000,
      inside: [...inside.entries()]
        .sort((a, b) => b[1].cpuMs - a[1].cpuMs)
        .slice(0, 25)
        .map(([what, sum]) => ({ what, ...sum })),
    };
  });
}

/** What a `--cpu` trace tells about the page's main thread after the click. */
interface TraceSummary {
  /** `longestTaskCpu`. */
  longest: number | null;
  /** The task running at `epoch` (epoch ms): its start (epoch ms), wall and thread time. */
  taskAt(epoch: number): { start: number; wallMs: number; cpuMs: number } | null;
  /** Milliseconds of [from, to] (epoch ms) the main thread spent in tasks (wall time). */
  busy(from: number, to: number): number;
}

/** `TraceSummary` of a trace whose click mark was set at `markEpoch` (epoch ms). */
function summariseTrace(events: readonly TraceEvent[], markEpoch: number): TraceSummary {
  const mark = events.find((e) => e.name === CLICK_MARK);
  const tasks = tasksAfterClick(events);
  // Trace times are the monotonic clock's, in µs; the mark was set when the page's epoch clock
  // read `markEpoch`.
  const shift = mark === undefined ? 0 : mark.ts / 1000 - markEpoch;
  const toEpoch = (ts: number): number => ts / 1000 - shift;
  return {
    longest: longestTaskCpu(events),
    taskAt(epoch) {
      if (mark === undefined) return null;
      for (const t of tasks) {
        const start = toEpoch(t.ts);
        const end = start + (t.dur ?? 0) / 1000;
        if (start <= epoch && epoch <= end) {
          return { start, wallMs: (t.dur ?? 0) / 1000, cpuMs: (t.tdur ?? 0) / 1000 };
        }
      }
      return null;
    },
    busy(from, to) {
      let sum = 0;
      for (const t of tasks) {
        const start = toEpoch(t.ts);
        const end = start + (t.dur ?? 0) / 1000;
        sum += Math.max(0, Math.min(end, to) - Math.max(start, from));
      }
      return sum;
    },
  };
}

/**
 * Starts tracing the page's renderer and marks the moment of the click on its main thread;
 * the function returned stops the trace and gives its `TraceSummary` (and, with `detail`,
 * writes `longestTasksDetail` there; with `raw` too, V8's CPU samples are traced as well and the
 * whole trace goes into `detail`'s name with `.raw.json`, with the click's epoch time).
 */
async function traceCpu(
  page: Page,
  detail: string | null,
  raw = false,
  more: TraceMore = { categories: [], browser: false },
): Promise<() => Promise<TraceSummary>> {
  const browser = more.browser ? page.context().browser() : null;
  const cdp =
    browser === null
      ? await page.context().newCDPSession(page)
      : await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) => {
    for (const e of data.value) events.push(e as unknown as TraceEvent);
  });
  const categories = ['toplevel', 'blink.user_timing'];
  if (detail !== null) categories.push('devtools.timeline', 'v8.execute', 'blink', 'cc');
  if (detail !== null && raw) categories.push('disabled-by-default-v8.cpu_profiler');
  if (detail !== null) categories.push(...more.categories);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: categories },
  });
  const markEpoch = await page.evaluate((name) => {
    const at = performance.mark(name).startTime;
    return performance.timeOrigin + at;
  }, CLICK_MARK);
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', () => done(null)));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach().catch(() => undefined);
    if (detail !== null) {
      if (raw) {
        const rawFile = detail.replace(/\.json$/, '.raw.json');
        writeFileSync(rawFile, JSON.stringify({ markEpoch, events }));
      }
      writeFileSync(detail, JSON.stringify(longestTasksDetail(events), null, 2) + '\n');
    }
    return summariseTrace(events, markEpoch);
  };
}

interface OursRow {
  counts: Record<FindingKind, number>;
  clickToPaintMs: number;
  analysisMs: number | null;
  /** Parts of `workMs` and its longest slice (in --json only; absent on builds before them). */
  extractMs?: number | undefined;
  paintMs?: number | undefined;
  /**
   * The run's timeline from its start (in --json only): the page read (= extractMs), the
   * first part sent to the engine, its first answer, the last highlight put up, the run's own work done; and the number
   * of `page.analyze` round trips.
   */
  firstRequestMs?: number | null | undefined;
  firstAnswerMs?: number | null | undefined;
  lastHighlightMs?: number | null | undefined;
  doneMs?: number | undefined;
  requests?: number | undefined;
  longestSliceMs: number;
  workMs: number;
  allPaintedMs: number;
  longestTaskMs: number;
  longtaskMs: number;
  /** `--cpu`: the longest task on the page's main thread after the click, by thread time. */
  longestTaskCpuMs?: number | null | undefined;
  /**
   * The click's path in the worker, from the click (epoch ms on both sides): the run's start
   * (`startMs`: with `--cold`, the worker's own start before it), its settings read
   * (`settingsMs`) and its content script injected (`injectedMs`), by the worker's run phases
   * (`whoSaid.runPhases()`, run-on-tab.ts); null where the worker kept none.
   */
  startMs?: number | null | undefined;
  settingsMs?: number | null | undefined;
  injectedMs?: number | null | undefined;
  /** When the run started, in epoch ms (builds from session 21 on). */
  startedAt?: number | null | undefined;
  /** From the start to each request's sending and its answer (builds from session 21 on). */
  requestTimes?: { sent: number; answered: number | null }[] | undefined;
  /** The worker's timeline of each `page.analyze` request (builds from session 21 on). */
  worker?: WorkerTiming[] | null | undefined;
  /**
   * `--cpu`: the page's task in which the first answer arrived (its start in epoch ms, wall and
   * thread time), and how long the page's main thread was busy (wall) between the worker's
   * reply and that task's start.
   */
  replyTask?: { start: number; wallMs: number; cpuMs: number; busyBeforeMs: number } | null;
  slices: number | null;
  painted: number | null;
  findings: number;
}

async function measureOurs(
  chromium: LaunchedChromium,
  origin: string,
  spec: PageSpec,
  cpu: boolean,
  trace: string | null = null,
  cold = false,
  rawTrace = false,
  traceMore: TraceMore = { categories: [], browser: false },
): Promise<OursRow> {
  const { context } = chromium;
  const page = await context.newPage();
  const url = `${origin}/${spec.path}`;
  try {
    await page.addInitScript(LONGTASKS_INIT);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await settle(page);
    if (cold) await stopWorker(chromium, page);
    await watchFirstPaint(page);
    const popupsBefore = new Set(context.pages());
    const click = await prepareClick(chromium, page);
    const stopTrace = cpu ? await traceCpu(page, trace, rawTrace, traceMore) : null;
    // The tab and a watch for the run's end are set up before the click, so that nothing
    // asks the page or the worker anything while the run goes on (see `waitQuietly`).
    if (!cold) await watchRunEnd(chromium);
    const clicked = Date.now();
    await click();
    let tabId: number | null = null;
    let stats: Stats | null = null;
    let paint: number | null = null;
    if (!cold) ({ paint, stats, tabId } = await waitQuietly(chromium, page, spec.name));
    // --cold (a new worker starts at the click: nothing to watch beforehand): until the first
    // highlight shows, polled every 20 ms; a page without findings has nothing to paint, and
    // there the time is until the content script has its answer.
    const deadline = Date.now() + 120_000;
    while (paint === null) {
      if (Date.now() > deadline) throw new Error(`no highlights or answer on ${spec.name}`);
      paint = await page.evaluate(() => (window as unknown as BenchGlobal).__wsBench.paint);
      if (paint !== null) break;
      tabId ??= await tabIdFor(chromium.worker(), url);
      if (tabId !== null) {
        stats = await contentStats(chromium, tabId);
        if (stats !== null && stats.findings === 0) paint = Date.now();
      }
      await page.waitForTimeout(20);
    }
    const tab =
      tabId ?? ((await waitFor('the tab id', () => tabIdFor(chromium.worker(), url))) as number);
    const final =
      stats ??
      ((await waitFor(
        `the analysis of ${spec.name} to finish`,
        () => contentStats(chromium, tab),
        120_000,
      )) as Stats);
    const worker = cold ? null : await workerTimings(chromium);
    const clickPath = await clickPhases(chromium, tab, clicked);
    const traced = stopTrace === null ? null : await stopTrace();
    const longestTaskCpuMs = traced === null ? undefined : traced.longest;
    let replyTask: OursRow['replyTask'] = null;
    const firstRow = worker?.[0];
    if (
      traced !== null &&
      firstRow !== undefined &&
      typeof final.startedAt === 'number' &&
      typeof final.firstAnswerMs === 'number'
    ) {
      const task = traced.taskAt(final.startedAt + final.firstAnswerMs);
      if (task !== null) {
        replyTask = { ...task, busyBeforeMs: traced.busy(firstRow.replied, task.start) };
      }
    }
    // Long tasks after the click, including the content script's start.
    const longtasks = await page.evaluate(
      (since) =>
        (window as unknown as BenchGlobal).__wsBench.longtasks.filter((t) => t.start >= since),
      clicked,
    );
    const longtaskMs = Math.max(0, ...longtasks.map((t) => t.duration));
    // A build that paints in one task: its highlights show at the end of the next frame.
    const allPaintedMs = final.allPaintedMs ?? final.workMs + (await frameMs(page));
    for (const p of context.pages()) if (!popupsBefore.has(p) && p !== page) await p.close();
    return {
      counts: final.counts,
      clickToPaintMs: paint - clicked,
      analysisMs: final.analysisMs,
      extractMs: final.extractMs,
      paintMs: final.paintMs,
      firstRequestMs: final.firstRequestMs,
      firstAnswerMs: final.firstAnswerMs,
      lastHighlightMs: final.lastHighlightMs,
      doneMs: final.doneMs,
      requests: final.requests,
      longestSliceMs: final.longestSliceMs,
      workMs: final.workMs,
      allPaintedMs,
      longestTaskMs: Math.max(longtaskMs, final.longestSliceMs),
      longtaskMs,
      ...(longestTaskCpuMs === undefined ? {} : { longestTaskCpuMs }),
      ...clickPath,
      startedAt: final.startedAt,
      requestTimes: final.requestTimes,
      worker,
      replyTask,
      slices: final.slices,
      painted: final.painted,
      findings: final.findings,
    };
  } finally {
    await page.close();
  }
}

interface MarkRow {
  ms: number;
  marks: number;
  longtaskMs: number;
}

async function measureMark(
  chromium: LaunchedChromium,
  origin: string,
  spec: PageSpec,
  pattern: string,
  markJs: string,
): Promise<MarkRow> {
  const page = await chromium.context.newPage();
  try {
    await page.addInitScript(LONGTASKS_INIT);
    await page.goto(`${origin}/${spec.path}`, { waitUntil: 'load', timeout: 120_000 });
    await settle(page);
    await page.addScriptTag({ content: markJs });
    const started = Date.now();
    const result = await page.evaluate(
      (source) =>
        new Promise<{ ms: number; marks: number }>((done) => {
          const re = new RegExp(source, 'gu');
          const MarkCtor = (window as unknown as { Mark: new (el: Element) => MarkJs }).Mark;
          interface MarkJs {
            markRegExp(re: RegExp, opts: { each(): void }): void;
          }
          let marks = 0;
          const t0 = performance.now();
          new MarkCtor(document.body).markRegExp(re, { each: () => void marks++ });
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => done({ ms: performance.now() - t0, marks });
            channel.port2.postMessage(null);
          });
        }),
      pattern,
    );
    const longtasks = await page.evaluate(
      (since) =>
        (window as unknown as BenchGlobal).__wsBench.longtasks.filter((t) => t.start >= since),
      started - 5,
    );
    return { ...result, longtaskMs: Math.max(0, ...longtasks.map((t) => t.duration)) };
  } finally {
    await page.close();
  }
}

interface Row {
  page: string;
  words: number;
  ours: OursRow;
  mark: MarkRow;
  ratio: number;
  /** Findings Node's extraction and engine give for the same HTML (a cross-check). */
  nodeFindings: number;
  synthetic: boolean;
}

const fmt = (n: number | null, digits = 0): string =>
  n === null || Number.isNaN(n) ? '–' : n.toFixed(digits);

function printTable(rows: readonly Row[]): void {
  /** A `--cpu` run: the longest task by thread time, after the longest by wall time. */
  const cpu = rows.some((r) => r.ours.longestTaskCpuMs !== undefined);
  const head = [
    'page'.padEnd(18),
    'words'.padStart(8),
    'attr'.padStart(6),
    'unnm'.padStart(6),
    'agls'.padStart(6),
    'hedg'.padStart(6),
    'click→paint'.padStart(12),
    'analysis'.padStart(9),
    'work'.padStart(7),
    'all-painted'.padStart(12),
    'longest'.padStart(8),
    ...(cpu ? ['cpu-long'.padStart(8)] : []),
    'mark.js'.padStart(8),
    'ratio'.padStart(6),
  ];
  console.log(head.join(' '));
  const line = (r: Row): string =>
    [
      r.page.padEnd(18),
      String(r.words).padStart(8),
      ...KINDS.map((k) => String(r.ours.counts[k] ?? 0).padStart(6)),
      fmt(r.ours.clickToPaintMs).padStart(12),
      fmt(r.ours.analysisMs).padStart(9),
      fmt(r.ours.workMs).padStart(7),
      fmt(r.ours.allPaintedMs).padStart(12),
      fmt(r.ours.longestTaskMs).padStart(8),
      ...(cpu ? [fmt(r.ours.longestTaskCpuMs ?? null).padStart(8)] : []),
      fmt(r.mark.ms).padStart(8),
      fmt(r.ratio, 2).padStart(6),
    ].join(' ');
  const real = rows.filter((r) => !r.synthetic);
  for (const r of real) console.log(line(r));
  if (real.length > 0) {
    const col = (f: (r: Row) => number | null): number[] =>
      real.map(f).filter((x): x is number => x !== null);
    const summary = (label: string, reduce: (xs: number[]) => number): string => {
      const agg = (xs: number[]): number => (xs.length === 0 ? NaN : reduce(xs));
      return [
        label.padEnd(18),
        fmt(agg(col((r) => r.words))).padStart(8),
        ...KINDS.map((k) => fmt(agg(col((r) => r.ours.counts[k] ?? 0))).padStart(6)),
        fmt(agg(col((r) => r.ours.clickToPaintMs))).padStart(12),
        fmt(agg(col((r) => r.ours.analysisMs))).padStart(9),
        fmt(agg(col((r) => r.ours.workMs))).padStart(7),
        fmt(agg(col((r) => r.ours.allPaintedMs))).padStart(12),
        fmt(agg(col((r) => r.ours.longestTaskMs))).padStart(8),
        ...(cpu ? [fmt(agg(col((r) => r.ours.longestTaskCpuMs ?? null))).padStart(8)] : []),
        fmt(agg(col((r) => r.mark.ms))).padStart(8),
        fmt(agg(col((r) => r.ratio)), 2).padStart(6),
      ].join(' ');
    };
    console.log(summary(`median (${real.length})`, median));
    console.log(summary('worst', (xs) => Math.max(...xs)));
  }
  for (const r of rows.filter((x) => x.synthetic)) console.log(line(r));
}

/**
 * Where *all painted* goes on the real pages, from the run's timeline (builds that report it):
 * the reading, the first request after it, the engine's answer (the engine in the worker and
 * the two trips), building and registering the ranges (to the last highlight put up), and the
 * frame after the run. Medians over the pages, then the worst pages by ratio with their stages.
 * On a page without findings the frame is counted from the answer.
 */
/** The click's path in the worker (settings read, script injected): medians and worst. */
function printClickPath(rows: readonly Row[]): void {
  const real = rows.filter((r) => !r.synthetic);
  const of = (pick: (o: OursRow) => number | null | undefined): number[] =>
    real.map((r) => pick(r.ours)).filter((x): x is number => typeof x === 'number');
  const start = of((o) => o.startMs);
  const settings = of((o) => o.settingsMs);
  const read = of((o) =>
    typeof o.settingsMs === 'number' && typeof o.startMs === 'number'
      ? o.settingsMs - o.startMs
      : null,
  );
  const injected = of((o) => o.injectedMs);
  if (injected.length === 0) return;
  const stat = (xs: number[]): string => `${fmt(median(xs))} (${fmt(Math.max(...xs))})`;
  console.log('');
  console.log(
    `click path in the worker (ms from the click, median (worst) over ${injected.length}): ` +
      `run start ${stat(start)}, settings read ${stat(settings)} (from the start ${stat(read)}), ` +
      `injected ${stat(injected)}`,
  );
}

function printStages(rows: readonly Row[]): void {
  const real = rows.filter((r) => !r.synthetic && typeof r.ours.extractMs === 'number');
  if (real.length === 0) return;
  const stages = (o: OursRow): (number | null)[] => {
    const read = o.extractMs ?? null;
    const request = o.firstRequestMs ?? null;
    const answer = o.firstAnswerMs ?? null;
    const last = o.lastHighlightMs ?? null;
    return [
      read,
      read !== null && request !== null ? request - read : null,
      request !== null && answer !== null ? answer - request : null,
      answer !== null && last !== null ? last - answer : null,
      last !== null ? o.allPaintedMs - last : answer !== null ? o.allPaintedMs - answer : null,
      o.allPaintedMs,
    ];
  };
  const names = ['reading', 'send', 'answer−request', 'ranges', 'frame', 'all-painted'];
  console.log('');
  console.log(
    ['stages (ms)'.padEnd(18), ...names.map((n) => n.padStart(15)), 'mark.js'.padStart(8)].join(
      ' ',
    ),
  );
  const line = (label: string, xs: (number | null)[], mark: number, ratio?: number): string =>
    [
      label.padEnd(18),
      ...xs.map((x) => fmt(x).padStart(15)),
      fmt(mark).padStart(8),
      ...(ratio === undefined ? [] : [fmt(ratio, 2).padStart(6)]),
    ].join(' ');
  const table = real.map((r) => stages(r.ours));
  const medians = names.map((_, i) =>
    median(table.map((xs) => xs[i] ?? null).filter((x): x is number => x !== null)),
  );
  console.log(line(`median (${real.length})`, medians, median(real.map((r) => r.mark.ms))));
  for (const r of [...real].sort((a, b) => b.ratio - a.ratio).slice(0, 5)) {
    console.log(line(r.page, stages(r.ours), r.mark.ms, r.ratio));
  }
}

/**
 * Where the first request's *answer − request* goes (builds from session 21 on, which time
 * requests in the worker, analyze-timing.ts): the trip to the worker (from the page's send to
 * the worker's listener), routing and queueing there, the engine, the engine's end to the
 * listener's reply, and the reply's trip to the page's task that got it (with `--cpu`: of which
 * the page's main thread was busy with other tasks, and the time inside that task until the run
 * had the findings: parsing and the promise chain), with the answer's size as JSON and the
 * worker's `JSON.stringify` of it. The page's clock and the worker's are compared as epoch
 * milliseconds (`performance.timeOrigin + now()`). Medians over the pages, and the five worst.
 */
function printRequestStages(rows: readonly Row[]): void {
  const real = rows.filter(
    (r) =>
      !r.synthetic &&
      typeof r.ours.startedAt === 'number' &&
      typeof r.ours.firstRequestMs === 'number' &&
      typeof r.ours.firstAnswerMs === 'number' &&
      (r.ours.worker?.length ?? 0) > 0,
  );
  if (real.length === 0) return;
  const stages = (o: OursRow): (number | null)[] => {
    const w = (o.worker as WorkerTiming[])[0] as WorkerTiming;
    const sent = (o.startedAt as number) + (o.firstRequestMs as number);
    const got = (o.startedAt as number) + (o.firstAnswerMs as number);
    const task = o.replyTask ?? null;
    return [
      got - sent,
      w.arrived - sent,
      w.started - w.arrived,
      w.ended - w.started,
      w.replied - w.ended,
      (task === null ? got : task.start) - w.replied,
      task === null ? null : task.busyBeforeMs,
      task === null ? null : got - task.start,
      w.jsonChars / 1000,
      w.serialiseMs,
    ];
  };
  const names = [
    'answer−request',
    'to worker',
    'route+queue',
    'engine',
    'to reply',
    'reply trip',
    '(page busy)',
    'in reply task',
    'JSON KB',
    'stringify',
  ];
  console.log('');
  console.log(['first request (ms)'.padEnd(18), ...names.map((n) => n.padStart(14))].join(' '));
  const line = (label: string, xs: (number | null)[]): string =>
    [label.padEnd(18), ...xs.map((x) => fmt(x, 1).padStart(14))].join(' ');
  const table = real.map((r) => stages(r.ours));
  const medians = names.map((_, i) =>
    median(table.map((xs) => xs[i] ?? null).filter((x): x is number => x !== null)),
  );
  console.log(line(`median (${real.length})`, medians));
  for (const r of [...real].sort((a, b) => b.ratio - a.ratio).slice(0, 5)) {
    console.log(line(r.page, stages(r.ours)));
  }
  for (const r of rows.filter((x) => x.synthetic && (x.ours.worker?.length ?? 0) > 0)) {
    const ws = r.ours.worker as WorkerTiming[];
    const sum = (f: (w: WorkerTiming) => number): number => ws.reduce((n, w) => n + f(w), 0);
    const first = ws[0] as WorkerTiming;
    const last = ws[ws.length - 1] as WorkerTiming;
    console.log(
      `${r.page}: ${ws.length} requests; worker from the first arrival to the last reply ${fmt(last.replied - first.arrived)} ms, ` +
        `engine ${fmt(sum((w) => w.ended - w.started))} ms, queued ${fmt(sum((w) => w.started - w.queued))} ms, ` +
        `answers ${fmt(sum((w) => w.jsonChars) / 1000)} KB of JSON (stringify ${fmt(sum((w) => w.serialiseMs))} ms)`,
    );
  }
}

function printGoals(rows: readonly Row[]): void {
  const real = rows.filter((r) => !r.synthetic);
  const synth = rows.filter((r) => r.synthetic);
  const longest = Math.max(...rows.map((r) => r.ours.longestTaskMs));
  const worstRatio = Math.max(...real.map((r) => r.ratio));
  const clickMedian = median(real.map((r) => r.ours.clickToPaintMs));
  const check = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  console.log('');
  console.log(
    `goal: no task over ${GOALS.longestTaskMs} ms anywhere: longest ${fmt(longest)} ms (${check(longest <= GOALS.longestTaskMs)})`,
  );
  const cpu = rows
    .map((r) => r.ours.longestTaskCpuMs)
    .filter((ms): ms is number => typeof ms === 'number');
  if (cpu.length > 0) {
    const longestCpu = Math.max(...cpu);
    console.log(
      `      by thread time (--cpu): longest ${fmt(longestCpu)} ms (${check(longestCpu <= GOALS.longestTaskMs)})`,
    );
  }
  if (real.length > 0) {
    console.log(
      `goal: ratio <= ${GOALS.ratio} on every page: worst ${fmt(worstRatio, 2)}, median ${fmt(median(real.map((r) => r.ratio)), 2)} (${check(worstRatio <= GOALS.ratio)})`,
    );
    console.log(
      `goal: click-to-paint median <= ${GOALS.clickToPaintMedianMs} ms: ${fmt(clickMedian)} ms (${check(clickMedian <= GOALS.clickToPaintMedianMs)})`,
    );
  }
  for (const r of synth) {
    console.log(
      `goal: ratio <= ${GOALS.syntheticRatio} on the ${r.page} article: ${fmt(r.ratio, 2)} (${check(r.ratio <= GOALS.syntheticRatio)})` +
        (r.ours.painted !== null && r.ours.painted < r.ours.findings
          ? `; ${r.ours.painted} of ${r.ours.findings} findings painted at once (the cap)`
          : ''),
    );
  }
  const mismatched = rows.filter((r) => r.nodeFindings !== r.ours.findings);
  for (const r of mismatched) {
    console.log(
      `note: ${r.page}: ${r.ours.findings} findings in the browser, ${r.nodeFindings} from the same HTML in Node (linkedom)`,
    );
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === '--table') {
    // Prints the table of a run saved with --json.
    const rows = JSON.parse(readFileSync(argv[1] ?? '', 'utf8')) as Row[];
    printTable(rows);
    printClickPath(rows);
    printStages(rows);
    printRequestStages(rows);
    printGoals(rows);
    return;
  }
  const opts = parseArgs(argv);
  if (!existsSync(join(opts.dist, 'manifest.json'))) {
    throw new Error(`${opts.dist} has no manifest.json: run \`npm run build\` first.`);
  }
  const require = createRequire(import.meta.url);
  const markJs = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  const only = opts.only === null ? null : opts.only.split(',');
  const specs = pagesIn(opts.dir).filter((p) => only === null || only.includes(p.name));
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-bench-page-'));
  if (opts.synthetic && (only === null || only.includes('synthetic'))) {
    const html = syntheticArticle(opts.mib);
    writeFileSync(join(tmp, 'synthetic.html'), html);
    specs.push({ name: `synthetic-${opts.mib}MB`, path: 'synthetic.html', html, synthetic: true });
  }
  const pagesServer = await serveDir(opts.dir);
  const tmpServer = await serveDir(tmp);
  const chromium = await launchChromium({
    dist: opts.dist,
    headless: !opts.headed,
    args: opts.chromiumArgs,
  });
  // Saved pages load scripts, fonts and ads from their sites: nothing leaves this machine.
  await chromium.context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  const rows: Row[] = [];
  try {
    for (const spec of specs) {
      const origin = spec.synthetic ? tmpServer.origin : pagesServer.origin;
      const exp = expected(spec.html);
      const trace =
        opts.trace === null ? null : `${opts.trace.replace(/\.json$/, '')}-${spec.name}.json`;
      const runs: OursRow[] = [];
      for (let n = 0; n < opts.repeat; n++) {
        runs.push(
          await measureOurs(
            chromium,
            origin,
            spec,
            opts.cpu,
            trace,
            opts.cold,
            opts.rawTrace,
            opts.traceMore,
          ),
        );
      }
      const mark = await measureMark(chromium, origin, spec, unionPattern(exp.strings), markJs);
      runs.forEach((ours, n) => {
        const row: Row = {
          page: n === 0 ? spec.name : `${spec.name}#${n + 1}`,
          words: exp.words,
          ours,
          mark,
          ratio: ours.allPaintedMs / Math.max(mark.ms, 0.1),
          nodeFindings: exp.findings,
          synthetic: spec.synthetic,
        };
        rows.push(row);
        process.stderr.write(
          `${row.page}: click→paint ${fmt(ours.clickToPaintMs)} ms, all painted ${fmt(ours.allPaintedMs)} ms, mark.js ${fmt(mark.ms)} ms\n`,
        );
      });
    }
  } finally {
    await chromium.close();
    await pagesServer.close();
    await tmpServer.close();
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(`bench:page: ${opts.dir}, extension ${opts.dist}, ${new Date().toISOString()}`);
  printTable(rows);
  printClickPath(rows);
  printStages(rows);
  printRequestStages(rows);
  printGoals(rows);
  if (opts.json !== null) writeFileSync(opts.json, JSON.stringify(rows, null, 2) + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
