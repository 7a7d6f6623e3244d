/**
 * `npm run bench:engine`: the engine's throughput on at least 1 MB of news-like prose, and its
 * ratio to one pass of a single union regular expression over the engine's own lexicon on the
 * same text (the floor any phrase-matching detector pays). Goal: within 4x of that pass.
 *
 * Machines are shared and noisy, so each run warms up, then alternates engine and regex passes
 * (noise hits both alike), and reports the median and the minimum of each and their ratios.
 *
 * Options:
 *   --corpus        repeat the labelled corpus (../shared/corpus) up to the size instead of
 *                   the generated prose; only when that folder exists
 *   --runs N        timed repetitions (default 7)
 *   --mb N          minimum size in MiB (default 1)
 *   --seed N        seed of the generated prose (default 20260101)
 *   --check         exit 1 when the median ratio is above the goal
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadEngine } from './lib/engine-api';
import { countWords, generateProse } from './lib/prose';

const GOAL_RATIO = 4;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  corpus: boolean;
  runs: number;
  mib: number;
  seed: number;
  check: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = { corpus: false, runs: 7, mib: 1, seed: 20260101, check: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    if (arg === '--corpus') opts.corpus = true;
    else if (arg === '--check') opts.check = true;
    else if (arg === '--runs') opts.runs = Math.round(num());
    else if (arg === '--mb') opts.mib = num();
    else if (arg === '--seed') opts.seed = Math.round(num());
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-engine.ts)`);
  }
  return opts;
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

/** `\b(?:...)\b` over the phrases, escaped, longest first so a phrase beats its prefix. */
function unionRegex(phrases: readonly string[]): RegExp {
  const unique = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))];
  unique.sort((a, b) => b.length - a.length || a.localeCompare(b));
  const body = unique.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return new RegExp(`\\b(?:${body})\\b`, 'gi');
}

function countMatches(re: RegExp, text: string): number {
  let n = 0;
  const it = text.matchAll(re);
  while (!it.next().done) n++;
  return n;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? NaN) : ((s[mid - 1] ?? NaN) + (s[mid] ?? NaN)) / 2;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

function main(): void {
  const opts = parseArgs(process.argv.slice(2));
  const minBytes = Math.ceil(opts.mib * 1024 * 1024);
  const engine = loadEngine();
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
  const phrases = engine.lexiconPhrases();
  const re = unionRegex(phrases);

  // Warm-up: let the JIT compile both paths before anything is timed.
  let findings = engine.analyze(text);
  let matches = countMatches(re, text);
  engine.analyze(text);
  countMatches(re, text);

  const engineMs: number[] = [];
  const regexMs: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < opts.runs; i++) {
    const e = time(() => {
      findings = engine.analyze(text);
    });
    const r = time(() => {
      matches = countMatches(re, text);
    });
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
    `  lexicon     ${phrases.length} phrases${engine.fallbacks.length ? ` (STAND-IN: engine lacks ${engine.fallbacks.join(', ')})` : ' from lexiconPhrases()'}`,
    `  runs        ${opts.runs} timed after 2 warm-up passes, engine and regex alternated`,
    `  node        ${process.version}`,
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
    `  regex matches:   ${matches.toLocaleString('en')}`,
  ];
  console.log(lines.join('\n'));
  if (opts.check && ratioMed > GOAL_RATIO) process.exitCode = 1;
}

main();
