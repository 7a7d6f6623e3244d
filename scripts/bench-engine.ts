/**
 * `npm run bench:engine`: the engine's throughput on at least 1 MB of news-like prose, and its
 * ratio to one pass of a single union regular expression over the engine's lexicon on the
 * same text (the floor any phrase-matching detector pays). Goal: within 4x of that pass.
 *
 * The lexicon of the reference is frozen (bench/regex-reference.json, the 2,623 phrases of the
 * engine's lexicon at 78bfaeb): a regex over the live lexicon gets slower as the lexicon grows
 * (3,147 phrases made it about 4.5x slower in V8), which would make the ratio fall with no change
 * in the engine's speed.
 *
 * Machines are shared and noisy, so each run warms up, then alternates engine and regex samples
 * (noise hits both alike; a fast pass is repeated until a sample lasts about 50 ms), and reports
 * the median and the minimum of each and their ratios.
 *
 * Options:
 *   --corpus        repeat the labelled corpus (../shared/corpus) up to the size instead of
 *                   the generated prose; only when that folder exists
 *   --runs N        timed repetitions (default 7)
 *   --mb N          minimum size in MiB (default 1)
 *   --seed N        seed of the generated prose (default 20260101)
 *   --check         exit 1 when the median ratio is above the goal
 *   --source        time the TypeScript source as tsx runs it, instead of the engine bundled
 *                   into one ES module as it ships in content.js
 *   --live-lexicon  build the reference regex from the engine's current lexiconPhrases()
 *                   instead of the frozen list
 *   --engine DIR    time the engine of checkout DIR (its src/engine, bundled the same way),
 *                   so that one script compares two builds
 *   --cpu           time by the process's CPU time (user + system, all its threads) instead of
 *                   the wall clock: on a machine shared with other work a wall-clock sample
 *                   also counts the time the process waited for a core, more for a long engine
 *                   sample than for a short regex one (session 43, load 15 on 2 cores: one engine
 *                   read 56x to 100x in three runs); CPU time counts only what the process ran
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { bundleEsm } from './lib/bundle-esm';
import { loadEngine, type EngineApi } from './lib/engine-api';
import { countWords, generateProse } from './lib/prose';
import { cpuMs, median } from './lib/stats';

const GOAL_RATIO = 4;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  corpus: boolean;
  runs: number;
  mib: number;
  seed: number;
  check: boolean;
  source: boolean;
  liveLexicon: boolean;
  cpu: boolean;
  engine: string;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    corpus: false,
    runs: 7,
    mib: 1,
    seed: 20260101,
    check: false,
    source: false,
    liveLexicon: false,
    cpu: false,
    engine: root,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    if (arg === '--corpus') opts.corpus = true;
    else if (arg === '--check') opts.check = true;
    else if (arg === '--source') opts.source = true;
    else if (arg === '--live-lexicon') opts.liveLexicon = true;
    else if (arg === '--cpu') opts.cpu = true;
    else if (arg === '--engine') {
      const dir = argv[++i];
      if (!dir) throw new Error('--engine needs a checkout directory');
      opts.engine = resolve(dir);
    } else if (arg === '--runs') opts.runs = Math.round(num());
    else if (arg === '--mb') opts.mib = num();
    else if (arg === '--seed') opts.seed = Math.round(num());
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-engine.ts)`);
  }
  return opts;
}

/** The frozen phrase list of the regex reference (bench/regex-reference.json). */
function referencePhrases(): string[] {
  const file = join(root, 'bench', 'regex-reference.json');
  const data = JSON.parse(readFileSync(file, 'utf8')) as { phrases?: unknown };
  if (!Array.isArray(data.phrases) || !data.phrases.every((p) => typeof p === 'string')) {
    throw new Error(`${file}: expected {"phrases": [strings]}`);
  }
  return data.phrases;
}

/** The labelled corpus texts repeated until the text reaches `minBytes`. */
function corpusText(minBytes: number): { text: string; files: number } {
  const dir = join(root, '..', 'shared', 'corpus');
  if (!existsSync(dir)) throw new Error(`--corpus: ${dir} does not exist on this machine`);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  if (texts.length === 0) throw new Error(`--corpus: no .txt files in ${dir}`);
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < minBytes) {
    for (const t of texts) {
      parts.push(t);
      bytes += Buffer.byteLength(t, 'utf8') + 2;
    }
  }
  return { text: parts.join('\n\n'), files: texts.length };
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `\b(?:...)\b` over the phrases, escaped, longest first so a phrase beats its prefix. */
function flatUnionRegex(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return new RegExp(`\\b(?:${unique.map(escapeRe).join('|')})\\b`, 'gi');
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * The same union as `flatUnionRegex`, written as a prefix tree (`\b(?:a(?:ccus(?:e|ed)|...))\b`):
 * one regular expression, one pass, the same matches (greedy, so the longest phrase wins as
 * before). The flat form of a lexicon of a few thousand phrases crosses a size beyond which V8
 * runs it several times slower (on this text, 2,127 phrases: about 30 ms flat, 3 ms per half),
 * which would flatter the engine; the tree form keeps the reference at its fastest.
 */
function unionRegex(phrases: readonly string[]): RegExp {
  const root: TrieNode = { next: new Map(), end: false };
  for (const phrase of new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))) {
    let node = root;
    for (const ch of phrase) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const alts = [...node.next]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([ch, child]) => escapeRe(ch) + source(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? alts[0]! : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return new RegExp(`\\b${source(root)}\\b`, 'gi');
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  const it = text.matchAll(re);
  while (!it.next().done) n++;
  return n;
}

/** Whether `time` reads the process's CPU time (`--cpu`) instead of the wall clock. */
let cpuClock = false;

/** The clock `time` reads, in ms. */
function now(): number {
  return cpuClock ? cpuMs() : performance.now();
}

/** Time of one call of `fn` in ms, averaged over `reps` back-to-back calls. */
function time(fn: () => void, reps = 1): number {
  const t0 = now();
  for (let i = 0; i < reps; i++) fn();
  return (now() - t0) / reps;
}

// A timed sample shorter than this is mostly timer and scheduler noise: fast passes are
// repeated within one sample until it lasts about this long.
const MIN_SAMPLE_MS = 50;

/** How many passes of `fn` make one sample of about MIN_SAMPLE_MS (best of three timings). */
function repsFor(fn: () => void): number {
  const best = Math.min(time(fn), time(fn), time(fn));
  return Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(best, 0.01)));
}

/**
 * The engine bundled by esbuild into one temporary ES module, the way the extension ships it in
 * content.js, then imported: this is the code a reader's browser runs.
 */
async function loadBundledEngine(checkout: string): Promise<EngineApi> {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-'));
  try {
    const outfile = join(dir, 'engine.mjs');
    await bundleEsm(join(checkout, 'scripts', 'lib', 'engine-api.ts'), outfile);
    const url = pathToFileURL(outfile).href;
    // eslint-disable-next-line no-unsanitized/method -- our own bundle, written just above
    const mod = (await import(url)) as { loadEngine: typeof loadEngine };
    return mod.loadEngine();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  cpuClock = opts.cpu;
  const minBytes = Math.ceil(opts.mib * 1024 * 1024);
  const engine = opts.source ? loadEngine() : await loadBundledEngine(opts.engine);
  const source = opts.corpus
    ? (() => {
        const c = corpusText(minBytes);
        return { text: c.text, label: `labelled corpus (${c.files} texts) repeated` };
      })()
    : { text: generateProse(minBytes, opts.seed), label: `generated prose, seed ${opts.seed}` };
  const { text } = source;
  const bytes = Buffer.byteLength(text, 'utf8');
  const mb = bytes / 1e6;
  const words = countWords(text);
  const phrases = opts.liveLexicon ? engine.lexiconPhrases() : referencePhrases();
  const re = unionRegex(phrases);
  const flat = flatUnionRegex(phrases);
  if (countMatches(flat, text) !== countMatches(re, text)) {
    throw new Error('the prefix-tree union regex and the flat one disagree on this text');
  }
  const flatMs = Math.min(
    time(() => countMatches(flat, text)),
    time(() => countMatches(flat, text)),
  );

  // Warm-up (these and the sizing passes): let the JIT compile both paths before timing.
  let findings = engine.analyze(text);
  let matches = countMatches(re, text);
  const engineReps = repsFor(() => engine.analyze(text));
  const regexReps = repsFor(() => countMatches(re, text));

  const engineMs: number[] = [];
  const regexMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const e = time(() => {
      findings = engine.analyze(text);
    }, engineReps);
    const r = time(() => {
      matches = countMatches(re, text);
    }, regexReps);
    engineMs.push(e);
    regexMs.push(r);
    ratios.push(e / r);
  }

  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const eMed = median(engineMs);
  const eMin = Math.min(...engineMs);
  const rMed = median(regexMs);
  const rMin = Math.min(...regexMs);
  const ratioMed = eMed / rMed;
  const fmt = (n: number, d = 1): string => n.toFixed(d);
  const per1k = (ms: number): string => fmt((ms / words) * 1000, 3);

  const lines = [
    'Who Said engine benchmark',
    `  text        ${source.label}: ${fmt(mb, 2)} MB (${bytes.toLocaleString('en')} bytes UTF-8), ${words.toLocaleString('en')} words`,
    `  lexicon     ${phrases.length} phrases ${opts.liveLexicon ? "from the engine's lexiconPhrases()" : 'of bench/regex-reference.json (frozen)'}, one union regex in prefix-tree form`,
    `  runs        ${opts.runs} samples after warm-up, engine and regex alternated; a sample = ${engineReps} engine / ${regexReps} regex passes (ms below are per pass)`,
    `  node        ${process.version}`,
    `  clock       ${opts.cpu ? "the process's CPU time, user + system (--cpu)" : 'wall clock'}`,
    `  engine      ${opts.engine}`,
    `  engine code ${opts.source ? 'TypeScript source via tsx (--source)' : 'bundled by esbuild into one module, as shipped'}`,
    '',
    '                       median        min',
    `  engine  ms        ${fmt(eMed).padStart(9)}  ${fmt(eMin).padStart(9)}`,
    `  engine  MB/s      ${fmt(mb / (eMed / 1000), 2).padStart(9)}  ${fmt(mb / (eMin / 1000), 2).padStart(9)}`,
    `  engine  ms/1k wd  ${per1k(eMed).padStart(9)}  ${per1k(eMin).padStart(9)}`,
    `  regex   ms        ${fmt(rMed).padStart(9)}  ${fmt(rMin).padStart(9)}`,
    `  regex   MB/s      ${fmt(mb / (rMed / 1000), 2).padStart(9)}  ${fmt(mb / (rMin / 1000), 2).padStart(9)}`,
    `  regex   ms/1k wd  ${per1k(rMed).padStart(9)}  ${per1k(rMin).padStart(9)}`,
    '',
    `  ratio engine/regex: ${fmt(ratioMed, 2)}x (medians), ${fmt(eMin / rMin, 2)}x (mins), ${fmt(median(ratios), 2)}x (median of per-run ratios)`,
    `  goal: within ${GOAL_RATIO}x -> ${ratioMed <= GOAL_RATIO ? 'MET' : 'NOT MET'}`,
    '',
    `  engine findings: ${findings.length.toLocaleString('en')} (${[...counts].map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ') || 'none'})`,
    `  regex matches:   ${matches.toLocaleString('en')} (the flat alternation finds the same; it takes ${fmt(flatMs)} ms in V8, the engine ${fmt(eMed / flatMs, 2)}x that: not used as the reference)`,
  ];
  console.log(lines.join('\n'));
  if (opts.check && ratioMed > GOAL_RATIO) process.exitCode = 1;
}

await main();
