/**
 * `npx tsx scripts/probe-first-sight.ts [--pages DIR] [--only NAME,...] [--runs N]`: what a saved
 * page's article costs the engine the first time a worker meets it, after different warm-ups
 * (docs/adr/0007, session 49). A development tool, not a test.
 *
 * For each page, fresh Node processes import the engine bundled as it ships (esbuild, one ES
 * module), run the background's warm-up chunks (src/background/warm-up.ts), then:
 *
 * - _before_: the pages before it in name order, once each (as `bench:page` brings them to one
 *   worker);
 * - _others_: every other page, twice (a warm-up of real articles, as large as anyone would run);
 * - _steady_: every page, eight times over (the engine as warm as a long run makes it);
 *
 * and time the page's article analysed twice (CPU time of the process, all its threads: V8's
 * compiler threads count). Medians over `--runs` processes (default 1). If _others_ came near
 * _steady_, a warm-up could cover the code a page runs; if it stays near _before_, what a page
 * pays on first sight is V8 still tiering the engine up, which more warm-up text hardly shortens.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { warmUpChunks } from '../src/background/warm-up';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import { savedPageTexts } from './lib/page-texts';
import { median } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The child: warms up as `mode` says, then prints page `k`'s first and second run in CPU ms. */
const CHILD = `
import { readFileSync } from 'node:fs';
const [bundle, data, k, mode] = process.argv.slice(2);
const { analyze } = await import(bundle);
const { chunks, texts } = JSON.parse(readFileSync(data, 'utf8'));
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const page = Number(k);
for (const c of chunks) analyze(c);
const passes = mode === 'steady' ? 8 : mode === 'others' ? 2 : 1;
for (let p = 0; p < passes; p++)
  texts.forEach((t, i) => { if (mode === 'steady' || (mode === 'others' ? i !== page : i < page)) analyze(t); });
const a = cpu(); analyze(texts[page]);
const b = cpu(); analyze(texts[page]);
console.log(JSON.stringify([b - a, cpu() - b]));
`;

const MODES = ['before', 'others', 'steady'] as const;

async function main(): Promise<void> {
  let pagesDir = join(root, '..', 'shared', 'pages');
  let only: string[] | null = null;
  let runs = 1;
  for (const [arg, value] of optionArgs(process.argv.slice(2))) {
    if (arg === '--pages') pagesDir = resolve(value());
    else if (arg === '--only') only = value().split(',');
    else if (arg === '--runs') runs = Number(value());
    else throw new Error(`unknown option ${arg} (see the header of this script)`);
  }
  const pages = savedPageTexts(pagesDir);
  if (pages.length === 0) throw new Error(`no pages in ${pagesDir}`);
  const dir = mkdtempSync(join(tmpdir(), 'first-sight-'));
  try {
    const bundle = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'src/engine/index.ts'), bundle);
    const data = join(dir, 'data.json');
    const texts = pages.map((p) => p.text);
    writeFileSync(data, JSON.stringify({ chunks: warmUpChunks(), texts }));
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const sums = new Map<string, number[]>(MODES.map((m) => [m, [0, 0]]));
    console.log(
      'page                 KB   ' + MODES.map((m) => `${m} 1st/2nd`.padStart(18)).join(''),
    );
    for (const [k, page] of pages.entries()) {
      if (only && !only.includes(page.name)) continue;
      let row = `${page.name.padEnd(18)} ${(page.text.length / 1024).toFixed(1).padStart(5)}`;
      for (const mode of MODES) {
        const times: [number, number][] = [];
        for (let r = 0; r < runs; r++) {
          const out = execFileSync(
            process.execPath,
            [child, pathToFileURL(bundle).href, data, String(k), mode],
            { encoding: 'utf8' },
          );
          times.push(JSON.parse(out) as [number, number]);
        }
        const first = median(times.map((t) => t[0]));
        const second = median(times.map((t) => t[1]));
        const sum = sums.get(mode)!;
        sum[0]! += first;
        sum[1]! += second;
        row += `${first.toFixed(1).padStart(11)}/${second.toFixed(1).padEnd(6)}`;
      }
      console.log(row);
    }
    console.log(
      'sum' +
        ' '.repeat(21) +
        MODES.map((m) =>
          sums
            .get(m)!
            .map((v) => v.toFixed(0))
            .join('/')
            .padStart(18),
        ).join(''),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
