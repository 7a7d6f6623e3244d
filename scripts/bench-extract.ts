/**
 * `npx tsx scripts/bench-extract.ts [--pages DIR] [--rounds N] [--only NAME] [--json FILE]
 * [--profile FILE] TREE...`: the content script's reading of the article (`extractArticle`) alone,
 * on the saved pages, in headless Chromium, for one or more source trees (a checkout's root:
 * main's and a branch's), and whether they read the same text.
 *
 * Each tree's `src/content/article.ts` is bundled alone (esbuild, minified, as an IIFE). For each
 * round, page and tree (the trees' order alternating from round to round) the page is opened in
 * a new browser context with its own scripts off (the DOM is the parser's, the same for every
 * tree), the bundle is evaluated, and `extractArticle(document)` runs three times: the first run
 * is cold (its code runs for the first time, as the content script's does on every page), the
 * third warm. Each run is timed by the main thread's CPU time (CDP `Performance.getMetrics`
 * `ThreadTime`; on a loaded machine the wall time is mostly the wait for a core).
 *
 * Also per page and tree: the sha1 of the article text, of its segments (offsets and each
 * segment's node's index among the document's text nodes) and of its quiet spans; any page where
 * the trees differ is named. The same is checked in Node on linkedom (the CLI's reading).
 *
 * `--profile FILE` writes a CPU profile (CDP Profiler) of the cold run of the first tree on
 * each page, summed by function into FILE (self and total ms).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { DOMParser } from 'linkedom';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM, serveDir } from './lib/browser-launch.mjs';
import { optionValue } from './lib/args';
import { median } from './lib/stats';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => optionValue(args, name);
const pagesDir = resolve(option('--pages') ?? '/work/shared/pages');
const rounds = Number(option('--rounds') ?? '3');
const only = option('--only');
const jsonOut = option('--json');
const profileOut = option('--profile');
const trees: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a.startsWith('--')) {
    i++;
    continue;
  }
  trees.push(resolve(a));
}
if (trees.length === 0) throw new Error('Name one or more source trees.');

/** What the bundle puts on the page's global: the reading, with the hashes' inputs. */
const ENTRY = (tree: string): string => `
import { extractArticle } from ${JSON.stringify(join(tree, 'src/content/article.ts'))};
function run(doc) {
  const { map, article, title } = extractArticle(doc);
  const texts = [];
  const walker = doc.createTreeWalker(doc, 4);
  const index = new Map();
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) index.set(n, index.size);
  const segments = map.segments.map((s) => [s.start, s.end, index.get(s.node), s.nodeOffset].join(':'));
  return {
    text: map.text,
    segments: segments.join(','),
    quiet: map.quiet.map((q) => q.join(':')).join(','),
    method: article.method,
    roots: article.roots.length,
    title,
  };
}
globalThis.__extract25 = { extractArticle, run };
`;

async function bundle(tree: string, names = false): Promise<string> {
  const out = await build({
    stdin: { contents: ENTRY(tree), resolveDir: tree, loader: 'js' },
    bundle: true,
    minifyWhitespace: true,
    minifySyntax: true,
    // Names kept for a profile; otherwise minified as the shipped content script is.
    minifyIdentifiers: !names,
    format: 'iife',
    target: 'es2022',
    charset: 'ascii',
    write: false,
  });
  return out.outputFiles[0]?.text ?? '';
}

const sha = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 12);

interface Read {
  text: string;
  segments: string;
  quiet: string;
  method: string;
  roots: number;
  title: string;
}
const digest = (r: Read): string =>
  [sha(r.text), sha(r.segments), sha(r.quiet), r.method, r.roots, sha(r.title)].join(' ');

const pages = readdirSync(pagesDir)
  .filter((p) => existsSync(join(pagesDir, p, 'source.html')))
  .filter((p) => only === undefined || p === only)
  .sort();

// Node, linkedom: the CLI's reading.
const nodeDigests = new Map<string, string[]>();
for (const tree of trees) {
  const code = await bundle(tree);
  const scope: Record<string, unknown> = {};
  new Function('globalThis', code)(scope);
  const api = scope.__extract25 as { run: (doc: Document) => Read };
  for (const page of pages) {
    const html = readFileSync(join(pagesDir, page, 'source.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    // linkedom's TreeWalker is what the segment index uses: it is there.
    const d = digest(api.run(doc));
    nodeDigests.set(page, [...(nodeDigests.get(page) ?? []), d]);
  }
}
let nodeSame = true;
for (const [page, ds] of nodeDigests) {
  if (new Set(ds).size > 1) {
    nodeSame = false;
    console.log(`linkedom: ${page} differs:\n  ${ds.join('\n  ')}`);
  }
}
console.log(`linkedom: ${nodeSame ? 'the same texts on every page' : 'TEXTS DIFFER'}`);

const bundles = await Promise.all(trees.map((t) => bundle(t, profileOut !== undefined)));
const server = await serveDir(pagesDir);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});

interface Sample {
  cold: number;
  second: number;
  warm: number;
}
const samples = new Map<string, Sample[][]>(); // page -> tree -> samples
const browserDigests = new Map<string, string[]>();
const profileSums = new Map<string, { self: number; total: number }>();

async function threadTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? 0) * 1000;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function sumProfile(profile: Profile, tree: number): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string =>
    `${tree} ${n.callFrame.functionName || '(anon)'}:${n.callFrame.columnNumber}`;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id, first = true; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at) as ProfileNode;
      const key = name(n);
      const s = profileSums.get(key) ?? { self: 0, total: 0 };
      if (first) s.self += dt;
      if (!seen.has(key)) s.total += dt;
      seen.add(key);
      profileSums.set(key, s);
      first = false;
    }
  });
}

const context = await browser.newContext({ javaScriptEnabled: false });
for (const page of pages) {
  const tab = await context.newPage();
  await tab.goto(`${server.origin}/${page}/source.html`, { waitUntil: 'load' });
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const frameId = frameTree.frame.id;
  for (let round = 0; round < rounds; round++) {
    const order = trees.map((_, i) => i);
    if (round % 2 === 1) order.reverse();
    for (const t of order) {
      // A world of its own for each run, as a content script has: its own wrappers of the
      // page's nodes and its own copy of the code, run for the first time.
      const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId,
        worldName: `extract25-${round}-${t}`,
      });
      // A comment of its own: V8's compilation cache, keyed by the source, never serves it.
      const unique = `\n//${round}-${page}-${t}`;
      await cdp.send('Runtime.evaluate', {
        expression: (bundles[t] as string) + unique,
        contextId,
      });
      const profiling = profileOut !== undefined;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
        await cdp.send('Profiler.start');
      }
      const times: number[] = [];
      for (let k = 0; k < 3; k++) {
        const before = await threadTime(cdp);
        await cdp.send('Runtime.evaluate', {
          expression: 'void globalThis.__extract25.extractArticle(document)',
          contextId,
        });
        times.push((await threadTime(cdp)) - before);
        if (profiling && k === 0) {
          const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
          sumProfile(profile, t);
        }
      }
      if (round === 0) {
        const { result } = await cdp.send('Runtime.evaluate', {
          expression: 'globalThis.__extract25.run(document)',
          returnByValue: true,
          contextId,
        });
        const d = digest(result.value as Read);
        browserDigests.set(page, [...(browserDigests.get(page) ?? []), d]);
      }
      const perTree = samples.get(page) ?? trees.map(() => []);
      perTree[t]?.push({ cold: times[0] ?? 0, second: times[1] ?? 0, warm: times[2] ?? 0 });
      samples.set(page, perTree);
    }
  }
  await tab.close();
  process.stderr.write('.');
}
await browser.close();
await server.close();

let browserSame = true;
for (const [page, ds] of browserDigests) {
  if (new Set(ds).size > 1) {
    browserSame = false;
    console.log(`chromium: ${page} differs:\n  ${ds.join('\n  ')}`);
  }
}
console.log(`chromium: ${browserSame ? 'the same texts on every page' : 'TEXTS DIFFER'}`);

const f = (x: number): string => x.toFixed(1).padStart(6);
console.log(
  `\nCPU ms, median of ${rounds} rounds: cold / warm per tree (${trees.map((t, i) => `${i}=${t}`).join(', ')})`,
);
const rows: Record<string, unknown>[] = [];
const colds: number[][] = trees.map(() => []);
const warms: number[][] = trees.map(() => []);
for (const page of pages) {
  const perTree = samples.get(page) as Sample[][];
  const cells = perTree.map((ss, t) => {
    const c = median(ss.map((s) => s.cold));
    const w = median(ss.map((s) => s.warm));
    colds[t]?.push(c);
    warms[t]?.push(w);
    return [c, w];
  });
  rows.push({ page, trees: perTree });
  console.log(
    `${page.padEnd(18)}${cells.map(([c, w]) => `${f(c as number)} ${f(w as number)}`).join('   ')}`,
  );
}
console.log(
  `${'median'.padEnd(18)}${trees.map((_, t) => `${f(median(colds[t] as number[]))} ${f(median(warms[t] as number[]))}`).join('   ')}`,
);
console.log(
  `${'sum'.padEnd(18)}${trees.map((_, t) => `${f((colds[t] as number[]).reduce((a, b) => a + b, 0))} ${f((warms[t] as number[]).reduce((a, b) => a + b, 0))}`).join('   ')}`,
);
if (trees.length === 2) {
  const ratios = pages.map((_, i) => (colds[1]?.[i] as number) / (colds[0]?.[i] as number));
  const wr = pages.map((_, i) => (warms[1]?.[i] as number) / (warms[0]?.[i] as number));
  console.log(
    `per page 1/0: cold median ${median(ratios).toFixed(3)}, warm median ${median(wr).toFixed(3)}`,
  );
}
if (jsonOut !== undefined) writeFileSync(jsonOut, JSON.stringify({ trees, rows }, null, 1));
if (profileOut !== undefined) {
  const list = [...profileSums].sort((a, b) => b[1].self - a[1].self);
  writeFileSync(
    profileOut,
    list
      .map(([k, v]) => `${v.self.toFixed(1).padStart(8)} ${v.total.toFixed(1).padStart(8)}  ${k}`)
      .join('\n'),
  );
}
