/**
 * `tsx scripts/profile-engine.ts [options]`: where the engine spends its time, by function and by
 * source file. The engine is bundled as content.js ships it (scripts/lib/bundle-esm.ts), warmed
 * up, then sampled by V8's CPU profiler while it analyses the saved real pages' articles (or
 * generated prose) a few times over; each sample is charged to the function it was in (self) and
 * to every function on its stack (inclusive), and each function to the source file the bundle's
 * `// src/...` markers place it in.
 *
 * Why not callgrind alone: it counts instructions well but cannot name JIT-compiled JavaScript,
 * and on a short CLI run most instructions are Node's start-up, module compilation and the JIT
 * warming up, not the rules (20 corpus files, 35 KB: about 3.7 billion instructions over the
 * CLI's three threads, of which the analyses at full speed are about 150 million; session 36).
 * Sampled times are noisy on a loaded machine, and a function the optimizing compiler inlined is
 * charged to its caller, differently from one run to the next (findUnnamed's self time read 7% in
 * one run, 25% in another): read the inclusive column, use `--no-inline` for steadier self
 * times, and confirm a change with instruction counts.
 *
 * The last table charges each sample to its stage: the function `analyze` or `analyzePart` called
 * on its stack. Session 43 read it so over 1 MiB of the bench's prose (`--prose 1`): findCues 32%
 * (verbCue 22%: its subject 9%, frame 4-7%, position 4%), findUnnamed 27% (reason 8%, the gate's
 * refusals 5%), the entities pass's link 12-17%, buildContext 8-9% (tokenizing 3-4%),
 * findPassives 6-8%, finish 2%, findHedges 1%; no function's own time above 9%. On the saved
 * pages findUnnamed and findCues lead by more. It found no work done twice that a gate or a memo
 * could drop: parts of 4 KB and of 32 KB cost the same instructions per KB (no scan back over the
 * part), namedness's memo recomputed 20 of 3,608 phrases, no optimised function was thrown away
 * once warm (`--trace-deopt`), the collector took 2%, and sentences with no trigger word were 2%
 * of the prose's tokens (scripts/sentence-costs.ts): each finding costs the breadth of rules that
 * decide it.
 *
 * Session 44 tried dispatch by word: a trigger declared beside each rule (the words one of which
 * its every finding needs), a per-sentence bit index, and a gate in front of nine unnamed and
 * passive rules, findings identical over every text. `openingWithheld` fell from 2.5% of the
 * engine to 0.06% and calls per sentence from 710 to 693, but scripts/bench-ab.ts read the whole
 * engine 0.99 of main's (load 5): most rules already return after one or two reads of their
 * phrase's words, which a bit test does not beat, and findCues' time is the subjects of real
 * reporting verbs, words that are present. Not kept: the cost is the rules that run, not the
 * rules tried.
 *
 * Session 46 looked for work repeated within a sentence: a phrase or a subject read again from
 * the same token by several rules, which a per-sentence memo would keep. The ten functions with
 * the most inclusive time over 1 MiB of the bench's prose (below the stages' entry points) were
 * findUnnamed 29%, findCues 28%, tryFamily 26%, the entities pass's link 19%, verbCue 19%, the
 * linker's phrase 16% and resolve 12%, creditedCue 10%, findSubject 9%, buildContext 9% (then
 * findPassives, subjectOf and reason, 7% each); on the saved pages findUnnamed 48% (reason 15%),
 * findCues 23%, buildContext 10%, link 8%, findSubject 6%. None of them recomputes what another
 * found: scripts/repeat-calls.ts, which counts each function's calls with arguments seen before
 * in the same part, finds creditedCue, description, reason, mayFlag, positionRefusal and
 * frameRefusal never called twice alike, a verb's subject kept by its record (`subjectOf`), head
 * classes, place names and namedness kept per token or phrase already, and the subject searches
 * repeated 10% of the time on the prose (mostly `clauseSubject` asking again for a verb's
 * subject) and 2% on the pages: a memo could save at most 0.9% and 0.1%. Tried: a memo of
 * `findSubject`'s answers at depth 0 by verb-group token, kept for one sentence while
 * `ctx.mentions` did not grow (findings identical over 1,299 texts): scripts/bench-ab.ts read it
 * 1.055 of main's (median of 25 pairs), 1.020 (minimums): the Map's upkeep costs what the
 * repeats it saves do. Not kept. The collector takes 4% of the time (about 35 MB allocated per
 * MiB of prose, a tenth of it buildContext's per-part arrays, the rest spread over the rules'
 * records and results: findPassives' per-sentence array 5%, verbGroup's records 4%), so no
 * allocation saved there pays 1% either. Tried too, on a scan that reads further than its answer
 * can lie: `hasByAgent` (passive/agent.ts) walks up to 14 words after each participle with a test
 * of repeated adverbials, asides and later verbs at each, though it can only answer yes at a `by`
 * within them; a first look for a `by` in those words (findings identical) read 1.004 of main's
 * on the saved pages (scripts/bench-ab.ts --pages, 60 pairs; the same engine against main's read
 * 0.995) and 0.945 on the prose (the same engine 0.967), and scripts/bench-count.ts (20 KB,
 * passes 5,10) counted passes 2-5 0.8% fewer instructions and the steady pass 2.4% fewer, of
 * which most at that size is V8 still compiling: under 1% by time, not kept. (A line-level
 * reading of the pages' profile had charged 3% of their time to that call, inlined: a profile's
 * lines inside a large optimised function are not its costs.) What is left is the breadth of
 * rules that each run once on the words they need: a rule made cheaper pays only its own share,
 * none above 5% of the time.
 *
 * Session 47 measured the most any pre-check could save, with a perfect one
 * (scripts/skip-ceiling.ts: each call of a stage that returns nothing skipped by an oracle,
 * A/B by CPU time): on the saved pages, findUnnamed's empty calls are a quarter of the engine's
 * time and findCues' a tenth to a fifth (all four stages' 0.68-0.77 of it left), on the prose
 * about a tenth or less: the breadth of rules is paid on sentences that hold their trigger words.
 *
 * Session 48 read the pages' engine by instruction counts, which the load (15-30 on 2 cores) does
 * not move: `bench:count --text` over the 34 pages' articles joined (213 KB), passes 4-6 under
 * callgrind (`--steady-attribute`), counted 1,402M instructions a pass, of which V8's TurboFan
 * compiling 1,013M (72%) and optimised engine code 139M: V8 still compiles after four passes over
 * the pages (`--trace-opt`, one process: 104, 60, 44, 39, 39, 29, 28, 25 TurboFan compiles in
 * passes 1-8; over 1 MiB of the bench's prose 354, 125, 42, 38, 24, 18, 16), `reason` the largest
 * single compile (12.8 KB of bytecode, about 6% of the compiling time), the rest spread over some
 * 375 compiles. A fresh process warmed on 200 KB of prose then spent 400-480, 325-410, 280-350 and
 * 200-215 ms of CPU on four passes over the pages: a first sight of their words costs no more than
 * a second pass, the compiling does. So a page in the background's engine, met once, pays mostly
 * for running rules cold and compiling them, and a rule made cheaper saves only its share of that.
 * The brief's lead of a gate before `reason` for people (the role, occupation and person phrases
 * no cue credits) was read by V8's block coverage over one pass of the pages: of 822 calls, 776
 * reach the entities' view, 701 pass it, 639 pass the namedness block, 456 reach the later checks
 * and 418 the switch, with the checks that flag people spread along the whole path (a role that
 * passes every refusal is an actor; a person or occupation has some forty checks that flag,
 * several asking the phrase's position), so a gate as gate.ts is for bodies and documents would
 * ask nearly all that `reason` asks: not built. Kept: `onlyPerson`'s search over the sorted words
 * split once (bench:count over the pages: load 356.1M -> 358.2M, first pass 3,187.0M -> 3,148.0M;
 * scripts/bench-ab.ts --pages 0.986 of main's, within the noise, as a steady pass meets no new
 * word).
 *
 * Session 49 read the first passes instead of the steady one (the pages' engine in the background
 * meets each article once): over the 34 articles joined, three passes under callgrind were 55% V8's
 * TurboFan compiling and 4% optimised engine code, and a page's first run after a warm-up of every
 * other article twice cost as much as after the sample alone (scripts/probe-first-sight.ts). A
 * profile of a cold pass charged word-bits.ts's first-sight probes 8.7% of it; one merged Map per
 * table in their place counted more instructions, not fewer (the articles 2,899M -> 2,905M): in
 * cold code a sampled self time is not a cost. Not kept (docs/adr/0007, session 49).
 *
 * Options:
 *   --prose MB     analyse MB MiB of generated prose instead of the saved pages
 *   --reps N       passes over the texts while sampling (default 3)
 *   --interval US  sampling interval in microseconds (default 200)
 *   --top N        rows per table (default 30)
 *   --out FILE     also write the raw profile (.cpuprofile, for Chrome DevTools)
 *   --no-inline    turn off the optimizing compiler's inlining (V8's --no-turbo-inlining), so
 *                  that each function's own time is charged to it (the engine runs slower)
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import type { Profiler } from 'node:inspector';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
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
  reps: number;
  interval: number;
  top: number;
  out: string | undefined;
  noInline: boolean;
}

function options(argv: readonly string[]): Options {
  const opts: Options = {
    proseMiB: 0,
    reps: 3,
    interval: 200,
    top: 30,
    out: undefined,
    noInline: false,
  };
  for (const [arg, value] of optionArgs(argv)) {
    if (arg === '--prose') opts.proseMiB = Number(value());
    else if (arg === '--reps') opts.reps = Number(value());
    else if (arg === '--interval') opts.interval = Number(value());
    else if (arg === '--top') opts.top = Number(value());
    else if (arg === '--out') opts.out = value();
    else if (arg === '--no-inline') opts.noInline = true;
    else throw new Error(`unknown option ${arg} (see the header of scripts/profile-engine.ts)`);
  }
  return opts;
}

/** The source file of each line of the bundle, from esbuild's `// src/...` markers. */
function sourceFiles(bundle: string): (line: number) => string {
  const starts: number[] = [];
  const files: string[] = [];
  bundle.split('\n').forEach((text, i) => {
    const m = /^\/\/ ((?:src|scripts|node_modules)\/\S+)$/.exec(text);
    if (m) {
      starts.push(i + 1);
      files.push(m[1]!);
    }
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= line) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? '(bundle head)' : files[found]!;
  };
}

/** Self and inclusive time (µs) by function, and self time by source file. */
function tables(profile: Profiler.Profile, bundleUrl: string, fileOf: (line: number) => string) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const spent = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let k = 0; k < samples.length; k++)
    spent.set(samples[k]!, (spent.get(samples[k]!) ?? 0) + (deltas[k] ?? 0));
  const ours = (n: Profiler.ProfileNode): boolean => n.callFrame.url === bundleUrl;
  const label = (n: Profiler.ProfileNode): string => {
    const f = n.callFrame;
    if (!ours(n)) return f.functionName || '(native)';
    const file = fileOf(f.lineNumber + 1).replace(/^src\/engine\//, '');
    return `${f.functionName || '(anonymous)'}  ${file}`;
  };
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const stages = new Map<string, number>();
  const byFile = new Map<string, number>();
  const add = (m: Map<string, number>, k: string, v: number): void => {
    m.set(k, (m.get(k) ?? 0) + v);
  };
  let total = 0;
  for (const [id, us] of spent) {
    // (only samples taken inside the engine: not the profiler's own stop, nor idle time)
    let inEngine = false;
    for (let at: number | undefined = id; at !== undefined && !inEngine; at = parent.get(at))
      inEngine = ours(byId.get(at)!);
    if (!inEngine) continue;
    total += us;
    const node = byId.get(id)!;
    add(self, label(node), us);
    add(byFile, ours(node) ? fileOf(node.callFrame.lineNumber + 1) : label(node), us);
    add(stages, stageOf(id, byId, parent, label), us);
    // (a function counted once per sample, however deep its recursion)
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (!seen.has(name)) {
        seen.add(name);
        add(inclusive, name, us);
      }
    }
  }
  return { self, inclusive, byFile, stages, total };
}

/** The stage functions: those `analyze` and `analyzePart` (analyze.ts) call. */
const STAGE_CALLERS = new Set(['analyze  analyze.ts', 'analyzePart  analyze.ts']);

/**
 * The stage of the engine a sample falls in: the function on its stack that `analyze` or
 * `analyzePart` called (`findCues`, `findUnnamed`, `buildContext`, the entities pass's `link`
 * and so on), or the caller itself for its own code and whatever the compiler inlined into it.
 */
function stageOf(
  id: number,
  byId: Map<number, Profiler.ProfileNode>,
  parent: Map<number, number>,
  label: (n: Profiler.ProfileNode) => string,
): string {
  let below = label(byId.get(id)!);
  for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at)!);
    if (STAGE_CALLERS.has(name))
      return STAGE_CALLERS.has(below) ? below : `${below}  (${name.split(' ')[0]})`;
    below = name;
  }
  return '(outside analyze)';
}

function print(title: string, m: Map<string, number>, total: number, top: number): void {
  console.log(`\n${title}`);
  const rows = [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows)
    console.log(`  ${((100 * us) / total).toFixed(1).padStart(5)}%  ${name}`);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  // (before the bundle is compiled)
  if (opts.noInline) setFlagsFromString('--no-turbo-inlining');
  const texts =
    opts.proseMiB > 0
      ? [generateProse(Math.ceil(opts.proseMiB * 1024 * 1024))]
      : savedPageTexts(join(root, '..', 'shared', 'pages')).map((p) => p.text);
  if (texts.length === 0) throw new Error('no texts: ../shared/pages is missing (try --prose 1)');
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-profile-'));
  try {
    const file = join(dir, 'engine.mjs');
    await bundleEsm(join(root, 'scripts', 'lib', 'engine-api.ts'), file);
    const url = pathToFileURL(file).href;
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(url)) as { loadEngine: typeof loadEngine };
    const engine: EngineApi = mod.loadEngine();
    // (one pass first: the profile is of the compiled engine, not of its warm-up)
    for (const t of texts) engine.analyze(t);
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: opts.interval });
    await session.post('Profiler.start');
    const t0 = performance.now();
    for (let r = 0; r < opts.reps; r++) for (const t of texts) engine.analyze(t);
    const ms = performance.now() - t0;
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    if (opts.out) writeFileSync(opts.out, JSON.stringify(profile));
    const chars = texts.reduce((n, t) => n + t.length, 0);
    console.log(
      `${texts.length} texts, ${(chars / 1024).toFixed(0)} K characters, ${opts.reps} passes in ${ms.toFixed(0)} ms`,
    );
    const t = tables(profile, url, sourceFiles(readFileSync(file, 'utf8')));
    print('self time by function', t.self, t.total, opts.top);
    print('inclusive time by function', t.inclusive, t.total, opts.top);
    print('self time by source file', t.byFile, t.total, opts.top);
    print(
      'time by stage (the function analyze or analyzePart called)',
      t.stages,
      t.total,
      opts.top,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
