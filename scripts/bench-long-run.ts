/**
 * `npx tsx scripts/bench-long-run.ts`: the engine's CPU time per MB by position in one long run
 * (issue 10: a process that reads millions of articles, `whosaid analyze --jsonl`, a browser
 * worker reading page after page). The engine keeps per-word state (the word table, the word
 * lists' answers); if that state stops serving new words once full, later MBs cost more than the
 * first. This prints the time of each MB in order, and the first, tenth, ... side by side.
 *
 * The text: the corpus (../shared/corpus), every labelled passage (eval/labelled), the anon
 * sentences (eval/anon) and the saved pages' article text (../shared/pages), as documents,
 * shuffled afresh (seeded) on each pass until the size is reached; each document is analysed
 * on its own, as the CLI does.
 *
 * Options:
 *   --mb N       how many MB to analyse (default 30)
 *   --seed N     shuffle seed (default 1)
 *   --probes     count Set.has, Map.has and Map.get calls per MB instead of CPU time (a count
 *                the machine's load does not move; the probes are the cost of a word the
 *                engine's word tables do not keep: see word-bits.ts)
 *   --jsonl FILE write the documents as `{"id","text"}` lines to FILE instead (for timing
 *                `whosaid analyze --jsonl`), up to --mb MB, and exit
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEngine } from './lib/engine-api';
import { savedPageTexts } from './lib/page-texts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1 << 20;

function documents(): string[] {
  const docs: string[] = [];
  const txts = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith('.txt')) docs.push(readFileSync(join(dir, f), 'utf8'));
    }
  };
  txts(join(root, '..', 'shared', 'corpus'));
  const labelled = join(root, 'eval', 'labelled');
  for (const set of readdirSync(labelled).sort()) {
    if (set.startsWith('set-')) txts(join(labelled, set));
  }
  const anon = join(root, 'eval', 'anon');
  for (const set of readdirSync(anon).sort()) {
    const file = join(anon, set, 'sentences.jsonl');
    if (!existsSync(file)) continue;
    // a set's sentences as one document of short paragraphs
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    docs.push(lines.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n'));
  }
  for (const page of savedPageTexts(join(root, '..', 'shared', 'pages'))) docs.push(page.text);
  return docs.filter((d) => d.trim().length > 0);
}

/** mulberry32 */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The documents in shuffled passes, until `bytes` characters (UTF-16 units ~ bytes here). */
function* stream(docs: readonly string[], bytes: number, seed: number): Generator<string> {
  const rand = random(seed);
  let total = 0;
  for (;;) {
    const order = docs.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      if (total >= bytes) return;
      yield docs[i]!;
      total += docs[i]!.length;
    }
  }
}

function main(): void {
  const argv = process.argv.slice(2);
  let mb = 30;
  let seed = 1;
  let jsonl: string | null = null;
  let probes = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--mb') mb = Number(argv[++i]);
    else if (argv[i] === '--seed') seed = Number(argv[++i]);
    else if (argv[i] === '--probes') probes = true;
    else if (argv[i] === '--jsonl') jsonl = argv[++i]!;
    else throw new Error(`unknown option ${argv[i]} (see the header of scripts/bench-long-run.ts)`);
  }
  const docs = documents();
  if (jsonl !== null) {
    const lines: string[] = [];
    let n = 0;
    for (const text of stream(docs, mb * MB, seed))
      lines.push(JSON.stringify({ id: `d${n++}`, text }));
    writeFileSync(jsonl, lines.join('\n') + '\n');
    console.log(`${jsonl}: ${n} documents, ${mb} MB`);
    return;
  }
  const engine = loadEngine();
  let calls = 0;
  if (probes) {
    const count = <T extends object>(proto: T, name: keyof T): void => {
      const f = proto[name] as unknown as (...a: unknown[]) => unknown;
      (proto as Record<keyof T, unknown>)[name] = function (this: unknown, ...a: unknown[]) {
        calls++;
        return f.apply(this, a);
      };
    };
    count(Set.prototype, 'has');
    count(Map.prototype, 'has');
    count(Map.prototype, 'get');
  }
  const unit = probes ? 'thousand Set/Map probes' : 'CPU ms';
  console.log(`${docs.length} distinct documents; ${mb} MB in one process (${unit} per MB)`);
  const perMb: number[] = [];
  let inMb = 0;
  let started = process.cpuUsage();
  const cpuMs = (): number => {
    if (probes) return calls / 1000;
    const u = process.cpuUsage(started);
    return (u.user + u.system) / 1000;
  };
  for (const text of stream(docs, mb * MB, seed)) {
    engine.analyze(text);
    inMb += text.length;
    if (inMb >= MB) {
      perMb.push((cpuMs() * MB) / inMb);
      inMb = 0;
      started = process.cpuUsage();
      calls = 0;
    }
  }
  console.log(perMb.map((ms, i) => `MB ${i + 1}: ${ms.toFixed(0)}`).join('\n'));
  const at = (i: number): string => (perMb[i] === undefined ? '-' : perMb[i]!.toFixed(0));
  const tail = perMb.slice(-5);
  console.log(
    `first ${at(0)} | second ${at(1)} | tenth ${at(9)} | last five mean ${(tail.reduce((a, b) => a + b, 0) / tail.length).toFixed(0)} per MB (${unit})`,
  );
}

main();
