/**
 * `npx tsx scripts/probe-highlight-frame.ts [--pages DIR] [--only A,B] [--rounds N] [--ranges N,M]`:
 * what putting highlights up costs the page's frame, by how they are put up, against mark.js's
 * way (elements wrapped round the text), on the saved pages in headless Chromium (issue 9, "the
 * frame"; docs/adr/0007, session 45).
 *
 * For each page (its own scripts kept out, so that only the probe runs), round and number of ranges
 * N, the same N stretches of the body's text (words spread evenly over its text nodes, as
 * findings are) are shown in turn, each from a clean page:
 *
 * - `five static`: five Highlights of StaticRanges, the ranges dealt out among them, each set in
 *   `CSS.highlights` (what the highlighter does: one highlight per kind);
 * - `one static`: one Highlight holding them all;
 * - `five live`: five Highlights of live Ranges;
 * - `five static x5`: the five set one frame apart (five registry updates, five frames);
 * - `marks`: each stretch wrapped in a `<mark>` (mark.js's way: the DOM changes);
 * - `nothing`: an empty frame, the floor.
 *
 * Each is timed from the call to the end of the next frame (a requestAnimationFrame callback,
 * then a message: as bench:page times ours and mark.js), by wall time and by the main thread's
 * CPU time (CDP `Performance.getMetrics` `ThreadTime`, less the same for `nothing`'s frame).
 * The ranges are built before the clock starts: their building is "ranges" in bench:page, this
 * is "the frame".
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, serveDir } from './lib/browser-launch.mjs';
import { optionValue } from './lib/args';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const pagesDir = resolve(optionValue(args, '--pages') ?? '/work/shared/pages');
const only = optionValue(args, '--only')?.split(',');
const rounds = Number(optionValue(args, '--rounds') ?? '3');
const sizes = (optionValue(args, '--ranges') ?? '100,2000').split(',').map(Number);

const VARIANTS = [
  'nothing',
  'five static',
  'one static',
  'five live',
  'five static x5',
  'marks',
] as const;
type Variant = (typeof VARIANTS)[number];

/** In the page: prepares N word ranges, then shows them as `variant`; ms to the frame's end. */
function showInPage([variant, n]: [string, number]): Promise<number> {
  const names = ['ws-a', 'ws-b', 'ws-c', 'ws-d', 'ws-e'];
  if (document.getElementById('ws-probe-style') === null) {
    const style = document.createElement('style');
    style.id = 'ws-probe-style';
    style.textContent = names
      .map((name, i) => `::highlight(${name}){background:hsl(${i * 60} 90% 80%)}`)
      .join('\n');
    document.head.append(style);
  }
  const words: { node: Text; start: number; end: number }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (t) =>
      (t.parentElement?.closest('script,style,noscript,template') ?? null) === null
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_REJECT,
  });
  for (let t = walker.nextNode() as Text | null; t !== null; t = walker.nextNode() as Text | null) {
    for (const m of t.data.matchAll(/\S+/g)) {
      words.push({ node: t, start: m.index, end: m.index + m[0].length });
    }
  }
  const step = Math.max(1, Math.floor(words.length / n));
  const chosen = words.filter((_, i) => i % step === 0).slice(0, n);
  const frameEnd = (t0: number): Promise<number> =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done(performance.now() - t0);
        channel.port2.postMessage(null);
      }),
    );
  const statics = chosen.map(
    (w) =>
      new StaticRange({
        startContainer: w.node,
        startOffset: w.start,
        endContainer: w.node,
        endOffset: w.end,
      }),
  );
  const deal = (ranges: AbstractRange[], k: number): Highlight[] => {
    const out = Array.from({ length: k }, () => new Highlight());
    ranges.forEach((r, i) => (out[i % k] as Highlight).add(r));
    return out;
  };
  const t0 = performance.now();
  switch (variant) {
    case 'five static':
      deal(statics, 5).forEach((h, i) => CSS.highlights.set(names[i] as string, h));
      return frameEnd(t0);
    case 'one static':
      CSS.highlights.set('ws-a', deal(statics, 1)[0] as Highlight);
      return frameEnd(t0);
    case 'five live': {
      const lives = chosen.map((w) => {
        const r = document.createRange();
        r.setStart(w.node, w.start);
        r.setEnd(w.node, w.end);
        return r;
      });
      deal(lives, 5).forEach((h, i) => CSS.highlights.set(names[i] as string, h));
      return frameEnd(t0);
    }
    case 'five static x5': {
      const hs = deal(statics, 5);
      return (async () => {
        for (let i = 0; i < 5; i++) {
          CSS.highlights.set(names[i] as string, hs[i] as Highlight);
          await frameEnd(t0);
        }
        return performance.now() - t0;
      })();
    }
    case 'marks':
      // Last to first within a node, so that the offsets still hold after each split.
      for (const w of [...chosen].reverse()) {
        const r = document.createRange();
        r.setStart(w.node, w.start);
        r.setEnd(w.node, w.end);
        r.surroundContents(document.createElement('mark'));
      }
      return frameEnd(t0);
    default:
      return frameEnd(t0);
  }
}

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

async function measure(page: Page, cdp: CDPSession, variant: Variant, n: number) {
  const before = await threadMs(cdp);
  const wall = await page.evaluate(showInPage, [variant, n] as [string, number]);
  return { wall, cpu: (await threadMs(cdp)) - before };
}

const pages = readdirSync(pagesDir)
  .filter((p) => existsSync(join(pagesDir, p, 'source.html')))
  .filter((p) => only === undefined || only.includes(p))
  .sort();
const server = await serveDir(pagesDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--no-first-run', '--disable-background-networking'],
});
// The page's own scripts are kept out by a policy on its document (the probe's own code comes
// through DevTools, which the policy does not cover): with scripts off, no frame callback would run.
const context = await browser.newContext();
await context.route('**/*', async (route) => {
  const request = route.request();
  // Nothing leaves the machine: a saved page's frames and ads are refused.
  if (!request.url().startsWith(server.origin)) {
    await route.abort();
    return;
  }
  if (request.resourceType() !== 'document') {
    await (request.resourceType() === 'script' ? route.abort() : route.continue());
    return;
  }
  const response = await route.fetch();
  await route.fulfill({
    response,
    headers: { ...response.headers(), 'content-security-policy': "script-src 'none'" },
  });
});
/** size -> variant -> per page median of rounds, wall and cpu. */
const results = new Map<number, Map<Variant, { wall: number[]; cpu: number[] }>>();
for (const name of pages) {
  for (const n of sizes) {
    const perVariant = new Map<Variant, { wall: number[]; cpu: number[] }>();
    for (let round = 0; round < rounds; round++) {
      const order = [...VARIANTS];
      if (round % 2 === 1) order.reverse();
      for (const variant of order) {
        const tab = await context.newPage();
        await tab.goto(`${server.origin}/${name}/source.html`, { waitUntil: 'load' });
        const cdp = await context.newCDPSession(tab);
        // tsx keeps function names with a helper the page lacks.
        await tab.evaluate('globalThis.__name = (f) => f');
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        // A first frame of the page's own, then the probe's style sheet in, so that neither is
        // counted.
        await tab.evaluate(showInPage, ['nothing', 0] as [string, number]);
        const got = await measure(tab, cdp, variant, n);
        const v = perVariant.get(variant) ?? { wall: [], cpu: [] };
        v.wall.push(got.wall);
        v.cpu.push(got.cpu);
        perVariant.set(variant, v);
        await tab.close();
      }
    }
    const bySize = results.get(n) ?? new Map();
    for (const [variant, v] of perVariant) {
      const all = bySize.get(variant) ?? { wall: [], cpu: [] };
      all.wall.push(median(v.wall));
      all.cpu.push(median(v.cpu));
      bySize.set(variant, all);
    }
    results.set(n, bySize);
  }
  process.stdout.write('.');
}
console.log();
await browser.close();
await server.close();
console.log(
  `${pages.length} pages, ${rounds} rounds; medians over the pages of each page's median`,
);
console.log('ranges  variant             wall ms   cpu ms (thread, whole evaluate)');
for (const [n, bySize] of results) {
  for (const variant of VARIANTS) {
    const v = bySize.get(variant);
    if (v === undefined) continue;
    console.log(
      `${String(n).padStart(6)}  ${variant.padEnd(18)} ${median(v.wall).toFixed(1).padStart(8)} ${median(v.cpu).toFixed(1).padStart(8)}`,
    );
  }
}
