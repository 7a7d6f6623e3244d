/**
 * The built Chrome extension on pages that broke it: an article of a million words, forms whose
 * controls are named like DOM properties, and code among the prose. Each page is generated
 * here and served from 127.0.0.1; the extension runs on a real toolbar click (see
 * chromium.e2e.test.ts).
 *
 * What "no task over 50 ms" is asserted as. A wall-clock bound on a shared two-core machine
 * would fail whenever the machine is busy (a slice of 12 ms of work can take 100 ms when the
 * process is not scheduled), so the test asserts the structure of the work instead, which is
 * deterministic: the content script reports (`content.stats`) that it read and painted in
 * many slices, each its own task, with the page's tasks in between, while the engine analysed
 * the text in the background in parts of at most MAX_PART characters (docs/adr/0007); and the
 * page's highlights hold at most
 * MAX_PAINTED_RANGES ranges. The page's own `longtask` observer and the slices' durations are
 * printed for the record, and the one wall-clock assertion is far from the goal and from any
 * scheduling delay: no long task after the click lasts a second (today's code ran one task
 * of several seconds and then failed).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, generateProse } from '../../scripts/lib/prose';
import {
  askContent,
  clickToolbarButton,
  diagnoseTab,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  type LaunchedChromium,
} from '../../scripts/lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');
const NAMES = [
  'whosaid-attribution',
  'whosaid-source',
  'whosaid-unnamed',
  'whosaid-agentless',
  'whosaid-hedge',
];
/** src/content/parts.ts and src/content/painter.ts. */
const MAX_PART = 3 * 32_768;
const MAX_PAINTED_RANGES = 20_000;

/** An HTML page with an article of paragraphs (and whatever `extra` markup goes after the first). */
function articlePage(title: string, paragraphs: readonly string[], extra = ''): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`);
  body.splice(1, 0, extra);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>${title}</h1>
${body.join('\n')}</article></main></body></html>`;
}

/** Paragraphs with findings of every kind (the last two after whatever `extra` markup). */
const STORY = [
  'The council voted on Tuesday to close the Elm Street library, officials said, ending a long fight.',
  'The mayor reportedly objected to the plan, according to a report seen by the Herald.',
  '"We were told nothing," said Maria Lopez, who organised the petition with her neighbours.',
];

/** Records long tasks and errors in the page from its first script on. */
const OBSERVE = `(() => {
  window.__longtasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__longtasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

interface Stats {
  done: boolean;
  findings: number;
  painted: number;
  ranges: number;
  textLength: number;
  parts: number;
  slices: number;
  workMs: number;
  longestSliceMs: number;
  analysisMs: number;
  extractMs: number;
}

function rangesShown(page: Page): Promise<number> {
  return page.evaluate(
    (names) => names.reduce((n, name) => n + (CSS.highlights.get(name)?.size ?? 0), 0),
    NAMES,
  );
}

/** The text under each of our highlight ranges of `name`. */
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h
      ? [...h].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
      : [];
  }, name);
}

describe('Chromium: long and hostile pages', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };
  let dir: string;
  /** Errors the pages and our content script raised. */
  const errors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'whosaid-e2e-pages-'));
    // About a million words of news-like prose (173,000 words a MiB).
    const prose = generateProse(6 * 1024 * 1024, 1_000_000).split('\n\n');
    writeFileSync(join(dir, 'million.html'), articlePage('A million words', prose));
    // Named controls and images that shadow the DOM properties a script reads.
    writeFileSync(
      join(dir, 'clobbered.html'),
      articlePage(
        'Library to close',
        STORY,
        '<form><input name="localName"><input name="nextSibling"><input name="firstChild">' +
          '<input name="getAttribute"></form><img name="querySelectorAll" alt=""><img name="body" alt="">',
      ),
    );
    writeFileSync(
      join(dir, 'code.html'),
      articlePage(
        'Library to close',
        STORY,
        '<p>The flag <code>reportedly</code> was set, <kbd>officials said</kbd> was typed, and it ' +
          'printed <samp>allegedly, a spokesperson said</samp>.</p>' +
          '<pre>The mayor reportedly said so.\n  Officials said nothing.</pre>',
      ),
    );
    server = await serveDir(dir);
    chromium = await launchChromium({ dist, headless: true });
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `file` in a fresh tab that records long tasks and errors. */
  async function open(file: string): Promise<Page> {
    const page = await chromium.context.newPage();
    page.on('pageerror', (e) => errors.push(`${file}: ${e.message}`));
    page.on('console', (m) => {
      // The page has no favicon; that 404 is the server's, not an error of the page.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) {
        errors.push(`${file}: console: ${m.text()}`);
      }
    });
    await page.addInitScript(OBSERVE);
    await page.goto(`${server.origin}/${file}`, { timeout: 120_000 });
    return page;
  }

  async function statsOf(page: Page): Promise<Stats> {
    const tabId = await waitFor('the tab', () => tabIdFor(chromium.worker(), page.url()));
    return waitFor<Stats>(
      'the analysis to finish',
      async () => {
        const r = (await askContent(chromium.worker(), tabId as number, 'content.stats')) as {
          ok: boolean;
          value: Stats | null;
        };
        return (r.ok && r.value?.done ? r.value : null) as Stats;
      },
      110_000,
    );
  }

  it('a million words: highlights appear, the work runs in short slices, nothing breaks', async () => {
    const page = await open('million.html');
    const clicked = Date.now();
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitFor('the first highlights', async () => (await rangesShown(page)) > 0, 60_000).catch(
      async (error: unknown) => {
        const seen = await diagnoseTab(chromium.worker(), page.url(), chromium.context);
        throw new Error(`${error instanceof Error ? error.message : String(error)}; ${seen}`);
      },
    );
    const firstPaint = Date.now() - clicked;
    const stats = await statsOf(page);
    const longtasks = (
      await page.evaluate(
        () =>
          (window as unknown as { __longtasks: { start: number; duration: number }[] }).__longtasks,
      )
    ).filter((t) => t.start >= clicked);
    console.log(
      `1M words: first highlights ${firstPaint} ms after the click; ${stats.findings} findings, ` +
        `${stats.ranges} ranges painted; ${stats.parts} parts in ${stats.slices} slices, ` +
        `work ${Math.round(stats.workMs)} ms (extraction ${Math.round(stats.extractMs)}), waiting ` +
        `for the engine ${Math.round(stats.analysisMs)} ms, longest slice ${Math.round(stats.longestSliceMs)} ms; ` +
        `long tasks after the click: ${longtasks.map((t) => Math.round(t.duration)).join(', ') || 'none'}`,
    );

    expect(stats.textLength).toBeGreaterThan(6_000_000);
    expect(stats.findings).toBeGreaterThan(100_000);
    // Split: the text is cut into bounded parts, and the work into many slices. How many parts
    // share a slice depends on the machine's speed (a fast one fits several in 12 ms), so the
    // count of slices is bounded below by the work, not by the count of parts.
    expect(stats.parts).toBeGreaterThanOrEqual(Math.ceil(stats.textLength / MAX_PART));
    expect(stats.slices).toBeGreaterThanOrEqual(Math.floor(stats.workMs / 100));
    expect(stats.slices).toBeGreaterThan(20);
    // Capped: the rest is counted, not painted, and the popup says so.
    expect(stats.ranges).toBeLessThanOrEqual(MAX_PAINTED_RANGES);
    expect(stats.painted).toBeLessThan(stats.findings);
    expect(await rangesShown(page)).toBe(stats.ranges);
    // Our work is in short slices (the engine runs in the background; before, one task of
    // 2.6 s, the whole work): none of 250 ms or more, or of a quarter of the work on a machine
    // so loaded that everything takes longer (measured: longest 361 of 1,902 ms with five other
    // jobs on two cores); the 50 ms goal is measured by `npm run bench:page`. The page's own long
    // tasks after the click are the browser's style and layout of a 6 MB document as highlights
    // change: none in Chromium 156, up to 550 ms in Chromium 150 (long-animation-frame entries
    // with no script in them), 805 ms on that loaded machine.
    expect(stats.longestSliceMs).toBeLessThan(Math.max(250, stats.workMs / 4));
    expect(longtasks.every((t) => t.duration < Math.max(1000, stats.workMs))).toBe(true);

    // What the popup shows (its words are checked in popup.test.tsx): fewer painted than found.
    const tabId = (await tabIdFor(chromium.worker(), page.url())) as number;
    const summary = (await askContent(chromium.worker(), tabId, 'content.summary')) as {
      value: { painted?: number; counts: Record<string, number> };
    };
    expect(summary.value.painted).toBe(stats.painted);
    expect(Object.values(summary.value.counts).reduce((a, b) => a + b, 0)).toBe(stats.findings);
    expect(errors).toEqual([]);
    await page.close();
  });

  /** The page's summary once analysed (what the popup shows). */
  async function summaryOf(page: Page): Promise<{ counts: Record<string, number> }> {
    const tabId = await waitFor('the tab', () => tabIdFor(chromium.worker(), page.url()));
    return waitFor(
      'the summary',
      async () => {
        const r = (await askContent(chromium.worker(), tabId as number, 'content.summary')) as {
          ok: boolean;
          value: { counts: Record<string, number> } | null;
        };
        return (r.ok ? r.value : null) as { counts: Record<string, number> };
      },
      30_000,
    );
  }

  it('named form controls and images do not stop the analysis or hide text after them', async () => {
    const page = await open('clobbered.html');
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    const summary = await summaryOf(page);
    expect(summary.counts.attribution).toBeGreaterThan(0);
    // "reportedly" and "said Maria Lopez" come after the form.
    expect(await highlighted(page, 'whosaid-hedge')).toContain('reportedly');
    expect((await highlighted(page, 'whosaid-source')).join('|')).toContain('Maria Lopez');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('code, keyboard input, sample output and preformatted text are never highlighted', async () => {
    const page = await open('code.html');
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await summaryOf(page);
    expect(await highlighted(page, 'whosaid-hedge')).toContain('reportedly');
    const inside = await page.evaluate((names) => {
      const out: string[] = [];
      for (const name of names) {
        for (const r of CSS.highlights.get(name) ?? []) {
          for (const node of [r.startContainer, r.endContainer]) {
            const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
            if (el?.closest('code, kbd, samp, pre')) out.push(`${name}: ${node.textContent}`);
          }
        }
      }
      return out;
    }, NAMES);
    expect(inside).toEqual([]);
    await page.close();
  });
});
