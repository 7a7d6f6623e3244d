/**
 * `npm run bench:pages`: what the engine costs per call on the real pages' articles (the texts
 * of ../shared/pages, extracted as the content script does), the way a reader meets it: one
 * article of 2-20 KB at a time, often in a fresh service worker.
 *
 * Prints, per page: its size, the first call in a fresh process (module load excluded, timed
 * separately), the first call in a process that has already analysed the other pages once,
 * and the warm cost (median of the last runs of that page in one process); then the totals, and
 * the total of each pass over all pages in that process (pass 1 is the first-call column): the
 * engine's rules are many small functions that V8 compiles and optimises a few at a time, so the
 * passes after the first stay slow for a while (session 17, instructions with V8 on one thread,
 * which counts its optimising compiles: pass 1 ~2,240M, pass 2 ~1,970M, passes 3-4 ~1,170M
 * each, passes 13-15 ~330M each).
 * The engine is bundled by esbuild into one ES module, as it ships.
 *
 * Options:
 *   --runs N      warm repetitions per page (default 12; the median of the last half counts)
 *   --no-fresh    skip the fresh-process column (one child process per page)
 *   --dump FILE   write the extracted texts as JSON (name -> text) for other tools, then go on
 *   --engine DIR  time the engine of another checkout (DIR/src/engine), e.g. main's worktree, to
 *                 alternate runs against this one (the pages are always this checkout's)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleEsm } from './lib/bundle-esm';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The real pages' articles, by page name. */
function pageTexts(): Map<string, string> {
  return new Map(savedPageTexts(join(root, '..', 'shared', 'pages')).map((p) => [p.name, p.text]));
}

/** The child each fresh-process figure comes from: loads the bundle, times one call. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const [bundle, textsFile, name] = process.argv.slice(2);
const text = JSON.parse(readFileSync(textsFile, 'utf8'))[name];
const t0 = performance.now();
const mod = await import(bundle);
const t1 = performance.now();
mod.analyze(text);
const t2 = performance.now();
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1 }));
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1]! : 0;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--runs');
  const runs = at >= 0 ? Math.max(2, Number(args[at + 1])) : 12;
  const fresh = !args.includes('--no-fresh');
  const dumpAt = args.indexOf('--dump');
  const engineAt = args.indexOf('--engine');
  const engineRoot = engineAt >= 0 ? resolve(args[engineAt + 1]!) : root;
  const texts = pageTexts();
  if (texts.size === 0) {
    console.error('no pages in ../shared/pages');
    process.exit(2);
  }
  if (dumpAt >= 0) writeFileSync(args[dumpAt + 1]!, JSON.stringify(Object.fromEntries(texts)));
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-pages-'));
  try {
    const bundle = join(dir, 'engine.mjs');
    await bundleEsm(join(engineRoot, 'src', 'engine', 'index.ts'), bundle);
    const textsFile = join(dir, 'texts.json');
    writeFileSync(textsFile, JSON.stringify(Object.fromEntries(texts)));
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const bundleUrl = pathToFileURL(bundle).href;

    const cold = new Map<string, { load: number; first: number }>();
    if (fresh)
      for (const name of texts.keys()) {
        const out = execFileSync(process.execPath, [child, bundleUrl, textsFile, name], {
          encoding: 'utf8',
        });
        cold.set(name, JSON.parse(out) as { load: number; first: number });
      }

    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const engine = (await import(bundleUrl)) as { analyze: (t: string) => unknown[] };
    // one pass over every page: each page's first call in a process that has seen others
    const firstSeen = new Map<string, number>();
    for (const [name, text] of texts) {
      const t0 = performance.now();
      engine.analyze(text);
      firstSeen.set(name, performance.now() - t0);
    }
    // then each page repeatedly, pages alternated so noise spreads over all
    const times = new Map<string, number[]>();
    for (const name of texts.keys()) times.set(name, []);
    /** The total of each pass over every page (after the first-call pass). */
    const passes: number[] = [];
    for (let r = 0; r < runs; r++) {
      let pass = 0;
      for (const [name, text] of texts) {
        const t0 = performance.now();
        engine.analyze(text);
        const t = performance.now() - t0;
        times.get(name)!.push(t);
        pass += t;
      }
      passes.push(pass);
    }

    const pad = (s: string, n: number): string => s.padStart(n);
    const ms = (x: number): string => x.toFixed(2);
    console.log(
      `Who Said engine, per call on the real pages (ms; engine of ${engineRoot} bundled as shipped)`,
    );
    console.log(
      `${'page'.padEnd(20)}${pad('KB', 7)}${fresh ? pad('fresh', 9) : ''}${pad('1st', 9)}${pad('warm', 9)}${pad('us/KB', 8)}`,
    );
    let kb = 0;
    let tFresh = 0;
    let tFirst = 0;
    let tWarm = 0;
    for (const [name, text] of texts) {
      const k = text.length / 1024;
      const w = median(times.get(name)!.slice(runs >> 1));
      const c = cold.get(name);
      kb += k;
      tFresh += c?.first ?? 0;
      tFirst += firstSeen.get(name)!;
      tWarm += w;
      console.log(
        `${name.padEnd(20)}${pad(k.toFixed(1), 7)}${fresh ? pad(ms(c!.first), 9) : ''}${pad(ms(firstSeen.get(name)!), 9)}${pad(ms(w), 9)}${pad(((1000 * w) / k).toFixed(0), 8)}`,
      );
    }
    console.log(
      `${'total'.padEnd(20)}${pad(kb.toFixed(1), 7)}${fresh ? pad(ms(tFresh), 9) : ''}${pad(ms(tFirst), 9)}${pad(ms(tWarm), 9)}${pad(((1000 * tWarm) / kb).toFixed(0), 8)}`,
    );
    if (fresh) {
      const loads = [...cold.values()].map((c) => c.load);
      console.log(
        `module load in a fresh process: median ${ms(median(loads))} ms; first call there: median ${ms(median([...cold.values()].map((c) => c.first)))} ms`,
      );
    }
    console.log(
      `warm: ${ms(tWarm)} ms for ${kb.toFixed(0)} KB (${((1000 * tWarm) / kb).toFixed(0)} us/KB); first pass in one process: ${ms(tFirst)} ms`,
    );
    console.log(
      `passes over all pages in one process (ms): ${[tFirst, ...passes].map((x) => x.toFixed(0)).join(' ')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
