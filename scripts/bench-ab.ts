/**
 * `tsx scripts/bench-ab.ts DIR [options]`: this checkout's engine against checkout DIR's, both
 * bundled as content.js ships them and loaded into one process, timed by the process's CPU time in
 * alternating samples over the same generated prose; prints each engine's median and minimum and
 * the median of the per-pair ratios (this / DIR). On a machine shared with other work, runs of
 * `bench:engine` minutes apart see different loads (session 44, load 15 on 2 cores: one engine
 * read 60x then 72x); samples a second apart see about the same, so the ratio of a pair is steadier
 * than the ratio of two runs.
 *
 * Options:
 *   --mb N      size of the prose in MiB (default 1)
 *   --pairs N   timed pairs (default 15)
 *   --seed N    seed of the prose (default 20260101)
 *   --pages     analyse the saved real pages' articles (../shared/pages, as profile-engine.ts
 *               reads them) instead of the prose: a sample is one pass over all of them (their
 *               rules differ from the prose's: findUnnamed is half of their time, a quarter of
 *               the prose's)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { savedPageTexts } from './lib/page-texts';
import { generateProse } from './lib/prose';
import { cpuMs, median } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  other: string;
  mib: number;
  pairs: number;
  seed: number;
  pages: boolean;
}

function options(argv: readonly string[]): Options {
  const [other, ...rest] = argv;
  if (!other || other.startsWith('--')) throw new Error('usage: bench-ab.ts DIR [options]');
  const opts: Options = {
    other: resolve(other),
    mib: 1,
    pairs: 15,
    seed: 20260101,
    pages: false,
  };
  for (const [arg, value] of optionArgs(rest)) {
    if (arg === '--mb') opts.mib = Number(value());
    else if (arg === '--pairs') opts.pairs = Number(value());
    else if (arg === '--seed') opts.seed = Number(value());
    else if (arg === '--pages') opts.pages = true;
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-ab.ts)`);
  }
  return opts;
}

/** Checkout `checkout`'s engine, bundled into a temporary module and imported. */
async function bundled(checkout: string, dir: string, name: string): Promise<EngineApi> {
  const outfile = join(dir, `${name}.mjs`);
  await bundleEsm(join(checkout, 'scripts', 'lib', 'engine-api.ts'), outfile);
  // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
  const mod = (await import(pathToFileURL(outfile).href)) as { loadEngine: typeof loadEngine };
  return mod.loadEngine();
}

/** CPU ms of one analysis of each of `texts`. */
function sample(engine: EngineApi, texts: readonly string[]): number {
  const t0 = cpuMs();
  for (const text of texts) engine.analyze(text);
  return cpuMs() - t0;
}

/** How many findings the engine gives over `texts`. */
function findings(engine: EngineApi, texts: readonly string[]): number {
  return texts.reduce((n, text) => n + engine.analyze(text).length, 0);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-ab-'));
  try {
    const mine = await bundled(root, dir, 'this');
    const other = await bundled(opts.other, dir, 'other');
    const texts = opts.pages
      ? savedPageTexts(join(root, '..', 'shared', 'pages')).map((p) => p.text)
      : [generateProse(Math.ceil(opts.mib * 1024 * 1024), opts.seed)];
    if (texts.length === 0) throw new Error('no texts: ../shared/pages is missing');
    // warm-up: both compiled and their findings compared
    const a = findings(mine, texts);
    const b = findings(other, texts);
    for (let i = 0; i < 2; i++) {
      sample(mine, texts);
      sample(other, texts);
    }
    const ours: number[] = [];
    const theirs: number[] = [];
    const ratios: number[] = [];
    for (let i = 0; i < opts.pairs; i++) {
      // (the order alternates, so that neither engine always runs first)
      let x: number;
      let y: number;
      if (i % 2 === 0) {
        x = sample(mine, texts);
        y = sample(other, texts);
      } else {
        y = sample(other, texts);
        x = sample(mine, texts);
      }
      ours.push(x);
      theirs.push(y);
      ratios.push(x / y);
    }
    const fmt = (xs: number[]): string =>
      `median ${median(xs).toFixed(1)} ms, min ${Math.min(...xs).toFixed(1)} ms`;
    const what = opts.pages ? `${texts.length} saved pages` : `prose ${opts.mib} MiB`;
    console.log(`${what}, ${opts.pairs} pairs, CPU time`);
    console.log(`  this  (${root}): ${fmt(ours)}, ${a} findings`);
    console.log(`  other (${opts.other}): ${fmt(theirs)}, ${b} findings`);
    console.log(
      `  this / other: ${median(ratios).toFixed(3)} (median of pairs), ` +
        `${(Math.min(...ours) / Math.min(...theirs)).toFixed(3)} (mins)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
