/**
 * `tsx scripts/skip-ceiling.ts [options]`: the most that a pre-check in front of an engine
 * function could save, measured with a perfect one. The engine is bundled as content.js ships it
 * (scripts/lib/bundle-esm.ts) and the functions named are wrapped (scripts/lib/wrap-functions.ts);
 * a first pass over the texts notes, for each call by its arguments (the text, the part, the
 * sentence, the phrase), whether it returned nothing (an empty array, null, false, undefined);
 * then alternating passes time the engine by the process's CPU time with every call run (A) and
 * with the calls known to return nothing skipped (B). B/A is what an oracle pre-check would leave
 * of the time: no real pre-check, lexical or otherwise, can do better, since it must still run the
 * function wherever the function finds something. The findings of B are compared with A's: a
 * function whose empty calls still change state (a note in `ctx.mentions`, an entity) gives other
 * findings when skipped, and its figure is then an estimate (the texts that differ are counted).
 *
 * Each group of `--stages` is measured on its own; `+` joins functions skipped together.
 *
 * Session 47 read it so (load 14-29 on 2 cores: a function that can only save read up to 1.10,
 * so figures within about 10% of 1 are noise; ranges over three runs of 8-20 pairs). On the saved
 * pages, skipping every empty call of findUnnamed left 0.69-0.77 of the engine's time (4 of 34
 * texts' findings differ: its empty calls still note mentions), of findCues 0.79-0.88, of
 * findPassives and findHedges nothing measurable, of all four together 0.68-0.77; of `reason`'s
 * null answers alone (a perfect gate before it, for every class of phrase, where gate.ts serves
 * organisations, documents and titles) 0.67-0.84. On the bench's generated prose every stage
 * finds something in nearly every sentence: findUnnamed 0.88-0.97, the others and all four
 * together within the noise of 1. Each stage already passes over a sentence with none of its
 * trigger words (`sentenceHas` in findCues, findPassives and findUnnamed; the flags of each
 * token in their loops), so a lexical pre-check has only these oracle figures left to reach, and
 * reaches less: the time goes to sentences and phrases that hold the trigger words and that the
 * rules' later tests refuse. So no pre-check closes issue 10 (bench:engine's 43-60x one regex
 * pass, goal 15x: at most a tenth off on the prose) nor issue 9 (a median page's engine, 11 ms of
 * its 41 against mark.js's 31, made a quarter cheaper, still reads about 1.25; with no engine
 * at all, about 0.95).
 *
 * Options:
 *   --prose KB      the sentences of KB KiB of generated prose instead of the saved pages
 *   --stages LIST   comma-separated groups of bundle function names (default
 *                   findCues,findPassives,findHedges,findUnnamed,findCues+findPassives+findHedges+findUnnamed)
 *   --pairs N       timed A/B pairs per group (default 12)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { optionArgs } from './lib/args';
import { bundleEsm } from './lib/bundle-esm';
import type { EngineApi, loadEngine } from './lib/engine-api';
import { measuredTexts } from './lib/page-texts';
import { Oracle } from './lib/skip-oracle';
import { cpuMs, median } from './lib/stats';
import { wrapFunctions } from './lib/wrap-functions';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  proseKiB: number;
  groups: string[][];
  pairs: number;
}

const DEFAULT_STAGES =
  'findCues,findPassives,findHedges,findUnnamed,findCues+findPassives+findHedges+findUnnamed';

function options(argv: readonly string[]): Options {
  let stages = DEFAULT_STAGES;
  const opts: Options = { proseKiB: 0, groups: [], pairs: 12 };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--prose') opts.proseKiB = Number(value());
    else if (arg === '--stages') stages = value();
    else if (arg === '--pairs') opts.pairs = Number(value());
    else throw new Error(`unknown option ${arg} (see the header of scripts/skip-ceiling.ts)`);
  }
  opts.groups = stages.split(',').map((g) => g.split('+').filter(Boolean));
  return opts;
}

const ORACLE = '__skipOracle';

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  const texts = measuredTexts(opts.proseKiB, join(root, '..', 'shared', 'pages'), 256);
  const names = new Set(opts.groups.flat());
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-skip-'));
  try {
    const file = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), file);
    const { code, wrapped } = wrapFunctions(readFileSync(file, 'utf8'), (name) =>
      names.has(name)
        ? `return globalThis.${ORACLE}.call(${JSON.stringify(name)}, ${name}__inner, this, [...arguments]);`
        : undefined,
    );
    const missing = [...names].filter((n) => !wrapped.includes(n));
    if (missing.length > 0)
      throw new Error(`no top-level function in the bundle: ${missing.join(', ')}`);
    writeFileSync(file, code);
    const oracle = new Oracle();
    (globalThis as Record<string, unknown>)[ORACLE] = oracle;
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(pathToFileURL(file).href)) as { loadEngine: typeof loadEngine };
    const engine: EngineApi = mod.loadEngine();
    const pass = (mode: Oracle['mode']): { ms: number; findings: string[] } => {
      oracle.mode = mode;
      const findings: string[] = [];
      const t0 = cpuMs();
      texts.forEach((t, i) => {
        oracle.text = i;
        findings.push(JSON.stringify(engine.analyze(t)));
      });
      return { ms: cpuMs() - t0, findings };
    };
    const reference = pass('off').findings;
    pass('record');
    const size = texts.reduce((n, t) => n + t.length, 0);
    console.log(`${texts.length} texts, ${(size / 1024).toFixed(0)} K characters`);
    console.log('  skipped/all  (min)    texts differing  functions skipped where empty');
    for (const group of opts.groups) {
      oracle.active = new Set(group);
      const skipped = pass('skip').findings;
      const differing = skipped.filter((f, i) => f !== reference[i]).length;
      // (warm both ways first)
      pass('off');
      pass('skip');
      const ratios: number[] = [];
      let minA = Infinity;
      let minB = Infinity;
      for (let k = 0; k < opts.pairs; k++) {
        const a = pass('off').ms;
        const b = pass('skip').ms;
        ratios.push(b / a);
        minA = Math.min(minA, a);
        minB = Math.min(minB, b);
      }
      console.log(
        `  ${median(ratios).toFixed(3).padStart(11)}  (${(minB / minA).toFixed(3)})  ${String(differing).padStart(15)}  ${group.join(' + ')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
