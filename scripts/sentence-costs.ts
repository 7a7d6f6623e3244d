/**
 * `tsx scripts/sentence-costs.ts [options]`: what each sentence costs the engine, analysed alone
 * (the engine bundled as content.js ships it, warmed up on every sentence first; each sentence
 * timed by the best of a few runs of the process's CPU time), with the share of the time spent
 * on sentences that give no finding and a list of the costliest. A sentence analysed alone loses
 * what the text around it tells (names met before, entities), so the figures are of the rules a
 * sentence's own words set off, not of the document-level passes.
 *
 * Session 43 read it so: in the bench's generated prose 248 of 2,242 distinct sentences gave no
 * finding and took 4% of the time (7.5 µs each; narrative sentences with no trigger cost a few
 * µs); in the saved real pages 1,439 of 2,017 gave none and took 39% (12 µs each: headings,
 * captions and asides, many with a person noun or a name that sets rules off). A gate that skips
 * every pass for a sentence with no trigger word at all (no reporting, cue, hedge, actor,
 * quantifier, relative, pronoun or `be` word) would reach only the cheapest of these: such
 * sentences hold 2% of the prose's tokens and 5% of the pages'. Whole, the pages cost about 0.9
 * ms of CPU per KB, the prose 0.35.
 *
 * Options:
 *   --prose KB   analyse the sentences of KB KiB of generated prose instead of the saved pages
 *   --top N      sentences listed (default 20)
 *   --runs N     timed runs per sentence, the best kept (default 5)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { measuredTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  proseKiB: number;
  top: number;
  runs: number;
}

function options(argv: readonly string[]): Options {
  const opts: Options = { proseKiB: 0, top: 20, runs: 5 };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--prose') opts.proseKiB = Number(value());
    else if (arg === '--top') opts.top = Number(value());
    else if (arg === '--runs') opts.runs = Number(value());
    else throw new Error(`unknown option ${arg} (see the header of scripts/sentence-costs.ts)`);
  }
  return opts;
}

/** Microseconds of process CPU time that `fn` takes, the best of `runs` runs. */
function cpuMicros(fn: () => void, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, c.user + c.system);
  }
  return best;
}

/** The distinct sentences of `texts`, in order. */
function sentencesOf(engine: EngineApi, texts: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const text of texts)
    for (const s of engine.splitSentences(text)) seen.add(text.slice(s.start, s.end));
  return [...seen];
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const texts = measuredTexts(opts.proseKiB, join(root, '..', 'shared', 'pages'), 200);
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-sentences-'));
  try {
    const file = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), file);
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(pathToFileURL(file).href)) as { loadEngine: typeof loadEngine };
    const engine = mod.loadEngine();
    const sentences = sentencesOf(engine, texts);
    for (let w = 0; w < 3; w++) for (const s of sentences) engine.analyze(s);
    const rows = sentences.map((s) => ({
      us: cpuMicros(() => engine.analyze(s), opts.runs),
      findings: engine.analyze(s).length,
      s,
    }));
    const total = rows.reduce((n, r) => n + r.us, 0);
    const none = rows.filter((r) => r.findings === 0);
    const noneUs = none.reduce((n, r) => n + r.us, 0);
    console.log(
      `${rows.length} sentences, ${(total / 1000).toFixed(1)} ms in all, ${(total / rows.length).toFixed(1)} µs each`,
    );
    console.log(
      `no finding: ${none.length} sentences, ${((100 * noneUs) / total).toFixed(1)}% of the time, ${(noneUs / Math.max(none.length, 1)).toFixed(1)} µs each`,
    );
    console.log('\ncostliest (µs, findings, characters, sentence)');
    rows.sort((a, b) => b.us - a.us);
    for (const r of rows.slice(0, opts.top))
      console.log(
        `${r.us.toFixed(0).padStart(7)}  ${String(r.findings).padStart(3)}  ${String(r.s.length).padStart(4)}  ${r.s.slice(0, 110).replace(/\s+/g, ' ')}`,
      );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
