/**
 * `npx tsx scripts/bench-warm-up.ts [--variants none,0:0,32:1024] [--pages DIR] [--count]
 * [--only N] [--pick A,B] [--first]`:
 * what the background's warm-up (src/background/warm-up.ts) buys a fresh service worker, in Node.
 *
 * Each variant runs in a fresh Node process, as a worker just started: first the warm-up
 * (`none`, or `KB:CHUNK`: `warmUpChunks(KB KiB of generated prose, CHUNK)`, one `analyze` per
 * chunk; `0:0` is the sample alone), then the articles of the saved pages (DIR, default ../shared/pages, as the
 * content script extracts them) in sequence, each as one `analyze`. It prints per variant the
 * warm-up's time (total and longest chunk) and each page's time; `--count` also runs each
 * variant under valgrind's callgrind (instruction counts, deterministic: the same on a loaded
 * machine) and prints each page's instructions, cut at a marker call (`fsync`) between pages.
 * `--only N` keeps the first N pages, `--pick A,B` the pages named; `--first` runs each page
 * alone after the warm-up (a fresh process per page: a reader's click on a worker the browser
 * had stopped).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { savedPageTexts } from './lib/page-texts';
import { optionArgs } from './lib/args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  variants: string[];
  pages: string;
  count: boolean;
  only: number;
  first: boolean;
  pick: string[] | null;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    variants: ['none', '0:0', '32:1024'],
    pages: join(root, '..', 'shared', 'pages'),
    count: false,
    only: Infinity,
    first: false,
    pick: null,
  };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--variants') opts.variants = value().split(',');
    else if (arg === '--pages') opts.pages = resolve(value());
    else if (arg === '--count') opts.count = true;
    else if (arg === '--only') opts.only = Number(value());
    else if (arg === '--first') opts.first = true;
    else if (arg === '--pick') opts.pick = value().split(',');
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-warm-up.ts)`);
  }
  return opts;
}

/**
 * The simulated worker: `node run.mjs VARIANT TEXTS.json [PAGE]` prints one JSON line per step
 * (`warm-up`, then each page) and calls `fsync` after each (the marker callgrind dumps at).
 */
const RUNNER = `
import { fsyncSync, openSync, readFileSync } from 'node:fs';
import { analyze } from ${JSON.stringify(join(root, 'src/engine/index'))};
import { warmUpChunks } from ${JSON.stringify(join(root, 'src/background/warm-up'))};
import { generateProse } from ${JSON.stringify(join(root, 'scripts/lib/prose'))};
const [variant, file, only] = process.argv.slice(2);
const pages = JSON.parse(readFileSync(file, 'utf8'));
const fd = openSync(file, 'r');
const mark = () => fsyncSync(fd);
let chunks = [];
if (variant !== 'none') {
  const [kb, chunk] = variant.split(':').map(Number);
  chunks = warmUpChunks(kb > 0 ? generateProse(kb * 1024, 20261203) : '', chunk);
}
mark();
let longest = 0;
const t0 = performance.now();
for (const c of chunks) {
  const t = performance.now();
  analyze(c);
  longest = Math.max(longest, performance.now() - t);
}
const warmMs = performance.now() - t0;
mark();
console.log(JSON.stringify({ step: 'warm-up', chunks: chunks.length, ms: warmMs, longest }));
for (const [i, p] of pages.entries()) {
  if (only !== undefined && String(i) !== only) continue;
  const t = performance.now();
  analyze(p.text);
  const ms = performance.now() - t;
  mark();
  console.log(JSON.stringify({ step: p.name, ms }));
}
`;

interface Step {
  step: string;
  ms: number;
  chunks?: number;
  longest?: number;
}

/** The instructions of each dump callgrind wrote (`totals:` lines), in order. */
function callgrindTotals(dir: string, pid: string): number[] {
  const files = readdirSync(dir)
    .filter((f) => f.startsWith(`callgrind.out.${pid}`))
    .sort((a, b) => Number(a.split('.').pop()) - Number(b.split('.').pop()));
  return files.map((f) => {
    const m = /^(?:totals|summary): (\d+)/m.exec(readFileSync(join(dir, f), 'utf8'));
    return m ? Number(m[1]) : NaN;
  });
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'whosaid-warm-up-'));
  try {
    const pick = opts.pick;
    // (as before: a folder that is not there is an error, not a run over no pages)
    if (!existsSync(opts.pages)) throw new Error(`bench-warm-up: no folder ${opts.pages}`);
    const pages = savedPageTexts(opts.pages)
      .map(({ name, text }) => ({ name, text }))
      .filter((p) => pick === null || pick.includes(p.name))
      .slice(0, opts.only);
    const texts = join(tmp, 'pages.json');
    writeFileSync(texts, JSON.stringify(pages));
    writeFileSync(join(tmp, 'entry.mjs'), RUNNER);
    const runner = join(tmp, 'run.mjs');
    await build({
      entryPoints: [join(tmp, 'entry.mjs')],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: runner,
      logLevel: 'error',
    });
    const table: Record<string, { ms: number[]; instr: number[]; warm: Step }> = {};
    for (const variant of opts.variants) {
      let steps: Step[];
      if (opts.first) {
        steps = [];
        for (let i = 0; i < pages.length; i++) {
          const out = execFileSync('node', [runner, variant, texts, String(i)], {
            encoding: 'utf8',
          });
          const lines = out
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as Step);
          if (i === 0) steps.push(lines[0] as Step);
          steps.push(lines[1] as Step);
        }
      } else {
        const out = execFileSync('node', [runner, variant, texts], { encoding: 'utf8' });
        steps = out
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as Step);
      }
      /** Callgrind's instructions per step (`only`: that page alone after the warm-up). */
      const count = (only?: number): number[] => {
        const dir = mkdtempSync(join(tmp, 'cg-'));
        execFileSync(
          'valgrind',
          [
            '--tool=callgrind',
            '--dump-before=fsync',
            '--dump-instr=no',
            `--callgrind-out-file=${dir}/callgrind.out.%p`,
            'node',
            runner,
            variant,
            texts,
            ...(only === undefined ? [] : [String(only)]),
          ],
          { stdio: 'ignore' },
        );
        const pid = (readdirSync(dir)[0] ?? '').split('.')[2] ?? '';
        // dumps: start-up (to the first marker), the warm-up, then one per page
        return callgrindTotals(dir, pid).slice(1);
      };
      let instr: number[] = [];
      if (opts.count && opts.first) {
        for (let i = 0; i < pages.length; i++) {
          const counted = count(i);
          if (i === 0) instr.push(counted[0] ?? NaN);
          instr.push(counted[1] ?? NaN);
        }
      } else if (opts.count) instr = count();
      table[variant] = {
        warm: steps[0] as Step,
        ms: steps.slice(1).map((s) => s.ms),
        instr,
      };
      const w = steps[0] as Step;
      console.error(
        `${variant}: warm-up ${w.chunks} chunks ${w.ms.toFixed(0)} ms (longest ${w.longest?.toFixed(1)})` +
          (instr.length > 0 ? `, ${(instr[0]! / 1e6).toFixed(0)}M instructions` : ''),
      );
    }
    const M = (n: number | undefined): string => (n === undefined ? '' : (n / 1e6).toFixed(0));
    const variants = opts.variants;
    console.log(
      ['page'.padEnd(18), 'KB'.padStart(5), ...variants.map((v) => `${v} ms`.padStart(12))]
        .concat(opts.count ? variants.map((v) => `${v} Minstr`.padStart(14)) : [])
        .join(' '),
    );
    const line = (label: string, kb: string, i: number): string =>
      [label.padEnd(18), kb.padStart(5)]
        .concat(variants.map((v) => (table[v]?.ms[i] ?? NaN).toFixed(1).padStart(12)))
        .concat(opts.count ? variants.map((v) => M(table[v]?.instr[i + 1]).padStart(14)) : [])
        .join(' ');
    pages.forEach((p, i) => console.log(line(p.name, (p.text.length / 1024).toFixed(1), i)));
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
    const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const [label, f] of [
      ['sum', sum],
      ['median', med],
    ] as const) {
      console.log(
        [label.padEnd(18), ''.padStart(5)]
          .concat(
            variants.map((v) =>
              f(table[v]?.ms ?? [])
                .toFixed(1)
                .padStart(12),
            ),
          )
          .concat(
            opts.count
              ? variants.map((v) => M(f(table[v]?.instr.slice(1) ?? [])).padStart(14))
              : [],
          )
          .join(' '),
      );
    }
    console.log(
      ['warm-up'.padEnd(18), ''.padStart(5)]
        .concat(variants.map((v) => (table[v]?.warm.ms ?? NaN).toFixed(1).padStart(12)))
        .concat(opts.count ? variants.map((v) => M(table[v]?.instr[0]).padStart(14)) : [])
        .join(' '),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
