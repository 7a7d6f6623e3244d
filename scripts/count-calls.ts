/**
 * `tsx scripts/count-calls.ts [options]`: how many times each engine function is called per
 * 1,000 words of generated prose (or of the saved pages' articles), counted exactly by V8's
 * precise coverage (`callCount`), with no counter build: the bundled engine (as content.js ships
 * it) runs one warm-up pass, then one counted pass. A function called far more often than the
 * words warrant (a phrase or a namedness judged again for each cue or candidate that touches it, a
 * whole-sentence scan per candidate) is the place for a memo or an index; one called about once
 * per sentence is a scan of every sentence. Counts, not times: read them beside
 * scripts/profile-engine.ts.
 *
 * Session 37 read it so: about 1,230 tokens and 85 sentences per 1,000 words; findSubject,
 * phraseEndingAt, phraseStartingAt and postModifiers asked again with the same arguments for 5-10%
 * of their calls only (a memo by token would not pay); the commonest calls are the cheap token
 * tests (`isPunct` 2.2 per token, `wordBits` answers 3.8 per token).
 *
 * Options:
 *   --prose MB     analyse MB MiB of generated prose (default 1)
 *   --pages        analyse the saved real pages' articles (../shared/pages) instead
 *   --top N        rows (default 60)
 *   --match TEXT   only functions whose name or file contains TEXT
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { savedPageTexts } from './lib/page-texts';
import { generateProse } from './lib/prose';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  proseMiB: number;
  pages: boolean;
  top: number;
  match: string;
}

function options(argv: readonly string[]): Options {
  const opts: Options = { proseMiB: 1, pages: false, top: 60, match: '' };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--prose') opts.proseMiB = Number(value());
    else if (arg === '--pages') opts.pages = true;
    else if (arg === '--top') opts.top = Number(value());
    else if (arg === '--match') opts.match = value();
    else throw new Error(`unknown option ${arg} (see the header of scripts/count-calls.ts)`);
  }
  return opts;
}

/** The source file at each character offset of the bundle, from esbuild's `// src/...` markers. */
function sourceFiles(bundle: string): (offset: number) => string {
  const starts: number[] = [];
  const files: string[] = [];
  let offset = 0;
  for (const line of bundle.split('\n')) {
    const m = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(line);
    if (m) {
      starts.push(offset);
      files.push(m[1]!.replace(/^src\/engine\//, ''));
    }
    offset += line.length + 1;
  }
  return (at) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? '(bundle head)' : files[found]!;
  };
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const texts = opts.pages
    ? savedPageTexts(join(root, '..', 'shared', 'pages')).map((p) => p.text)
    : [generateProse(Math.ceil(opts.proseMiB * 1024 * 1024))];
  if (texts.length === 0) throw new Error('no texts: ../shared/pages is missing (try --prose 1)');
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-calls-'));
  try {
    const file = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), file);
    const url = pathToFileURL(file).href;
    const fileAt = sourceFiles(readFileSync(file, 'utf8'));
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    // (before the bundle is compiled: precise counts need the functions' counters from the start)
    await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(url)) as { loadEngine: typeof loadEngine };
    const engine: EngineApi = mod.loadEngine();
    for (const t of texts) engine.analyze(t);
    // (taking the coverage resets the counts: what the next take reports is the counted pass)
    await session.post('Profiler.takePreciseCoverage');
    for (const t of texts) engine.analyze(t);
    const { result } = await session.post('Profiler.takePreciseCoverage');
    await session.post('Profiler.stopPreciseCoverage');
    session.disconnect();
    const rows: [string, number][] = [];
    for (const script of result) {
      if (script.url !== url) continue;
      for (const f of script.functions) {
        const range = f.ranges[0];
        if (!range || range.count === 0) continue;
        const label = `${f.functionName || '(anonymous)'}  ${fileAt(range.startOffset)}`;
        if (opts.match && !label.includes(opts.match)) continue;
        rows.push([label, range.count]);
      }
    }
    rows.sort((a, b) => b[1] - a[1]);
    console.log(`${texts.length} texts, ${words} words; calls per 1,000 words`);
    for (const [label, n] of rows.slice(0, opts.top))
      console.log(`${((n * 1000) / words).toFixed(1).padStart(9)}  ${label}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
