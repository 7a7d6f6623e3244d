/**
 * `npm run bench:count`: the engine's cost in instructions, counted by valgrind (cachegrind, no
 * cache simulation), which a loaded machine does not disturb: with V8 on one thread and its seeds
 * fixed (`--single-threaded --predictable --hash-seed=1 --random-seed=1`) the same run counts the
 * same instructions (session 23: 10,528,096,244 and 10,528,103,170 for one workload run twice,
 * under a load of 10-13 on two cores, where timed A/B pairs of one build differed by 2-3%).
 *
 * For each engine (bundled by esbuild into one ES module, as it ships) it counts four runs of a
 * child process that imports the bundle and analyses one text N times, and one of a stub module,
 * and prints their differences:
 *
 *   load        importing the bundle (compiling it, building the lexicon tables) over the stub
 *   first pass  the first analysis, cold (interpreter, then V8's compiles as code gets hot)
 *   passes 2-A  the mean of the next passes, while V8 still compiles
 *   steady      the mean of passes A+1 to B: (run B - run A) / (B - A)
 *
 * V8's optimising compiles are counted too (on its one thread): they are most of the first
 * passes' instructions (session 23, 100 KB of prose, 30 passes: 51% of all instructions in
 * TurboFan, 18% in optimised engine code). The figures compare engines on one text; they are not
 * times.
 *
 * Options:
 *   --engine DIR   count the engine of checkout DIR (its src/engine); repeat to compare several
 *                  (default: this checkout)
 *   --kb N         size of the generated prose in KB (default 100)
 *   --seed N       seed of the generated prose (default 20260101)
 *   --text FILE    analyse this file instead of generated prose
 *   --passes A,B   the runs whose difference is the steady pass (default 15,25)
 *   --attribute N  also run each engine's B passes once under callgrind, with node writing the
 *                  names of its compiled code (`--perf-basic-prof`), and print the N entries
 *                  with most instructions of their own (engine functions by tier, `*` optimised,
 *                  `^` baseline; V8's and node's C++ by name) and a summary by kind (TurboFan
 *                  compiling, optimised engine code, builtins, GC...); the whole run, warm-up
 *                  and node's start included (the names cost a little: V8 finds line ends)
 *   --steady-attribute N  also run A and B passes under callgrind and print the N entries whose
 *                  instructions grow most per pass between them: the steady pass by function and
 *                  by kind, the same difference as the steady column (compiled code is named by
 *                  function and bundle line, so the two runs' entries meet; JS functions are also
 *                  summed over their tiers). On 20 KB (passes 5,10) three quarters of a steady pass
 *                  was TurboFan still compiling (session 25): what a change moves there is mostly
 *                  which compiles fall between A and B
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleEsm } from './lib/bundle-esm';
import { generateProse } from './lib/prose';
import { optionArgs } from './lib/args';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** V8 on one thread, its hash and random seeds fixed: the same run counts the same. */
const NODE_FLAGS = ['--single-threaded', '--predictable', '--hash-seed=1', '--random-seed=1'];

/** The child: imports the bundle, analyses the text `n` times, prints the findings' digest. */
const CHILD = `
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
const [bundle, textFile, n] = process.argv.slice(2);
const mod = await import(bundle);
const text = readFileSync(textFile, 'utf8');
let findings = [];
for (let i = 0; i < Number(n); i++) findings = mod.analyze(text);
const digest = createHash('sha1').update(JSON.stringify(findings)).digest('hex').slice(0, 12);
console.log(JSON.stringify({ findings: findings.length, digest }));
`;

/** Stands in for the engine in the baseline run: node, the child and reading the text. */
const STUB = 'export function analyze() { return []; }\n';

interface Options {
  engines: string[];
  kb: number;
  seed: number;
  text: string | null;
  passes: [number, number];
  attribute: number;
  steadyAttribute: number;
}

function parseArgs(argv: readonly string[]): Options {
  const opts: Options = {
    engines: [],
    kb: 100,
    seed: 20260101,
    text: null,
    passes: [15, 25],
    attribute: 0,
    steadyAttribute: 0,
  };
  for (const [arg, value] of optionArgs(argv)) {
    const num = (): number => {
      const v = Number(value());
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${arg} needs a positive number`);
      return v;
    };
    if (arg === '--engine') opts.engines.push(resolve(value()));
    else if (arg === '--kb') opts.kb = num();
    else if (arg === '--seed') opts.seed = Math.round(num());
    else if (arg === '--text') opts.text = resolve(value());
    else if (arg === '--passes') {
      const [a, b] = value().split(',').map(Number);
      if (!a || !b || a < 2 || b <= a) throw new Error('--passes needs A,B with 2 <= A < B');
      opts.passes = [a, b];
    } else if (arg === '--attribute') opts.attribute = Math.round(num());
    else if (arg === '--steady-attribute') opts.steadyAttribute = Math.round(num());
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-count.ts)`);
  }
  if (opts.engines.length === 0) opts.engines.push(root);
  return opts;
}

interface Count {
  instructions: number;
  findings: number;
  digest: string;
}

/** Instructions of one child run under cachegrind, and what the child printed. */
function count(child: string, bundle: string, textFile: string, n: number): Count {
  const run = spawnSync(
    'valgrind',
    [
      '--tool=cachegrind',
      '--cache-sim=no',
      '--cachegrind-out-file=/dev/null',
      process.execPath,
      ...NODE_FLAGS,
      child,
      pathToFileURL(bundle).href,
      textFile,
      String(n),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(run.stderr);
  if (run.status !== 0 || !refs)
    throw new Error(`valgrind run failed:\n${run.stderr.slice(-2000)}`);
  const out = JSON.parse(run.stdout) as { findings: number; digest: string };
  return { instructions: Number(refs[1]!.replace(/,/g, '')), ...out };
}

/** What kind of code a callgrind entry is, for the summary of `--attribute`. */
const KINDS: readonly (readonly [string, RegExp])[] = [
  ['TurboFan compiling', /compiler::/],
  ['optimised JS', /^JS: \*/],
  ['baseline JS', /^JS: \^/],
  ['other JS', /^JS: /],
  ['parsing', /Parser|Scanner|AstValue|PreParse|Scope|Utf8|ExpressionScope/],
  ['bytecode', /interpreter::|Bytecode/],
  ['GC', /Scaveng|Heap|Mark|Sweep|Evacuat|Remembered|BodyDescriptor|heap::/],
  ['IC builtins', /^Builtins_.*IC/],
  ['baseline builtins', /^Builtins_.*Baseline/],
  ['other builtins', /^Builtins_/],
  ['libc', /malloc|free|memset|memcpy|memmove|pthread/],
];

/**
 * Self instructions per function of a callgrind output file, code that V8 compiled named from
 * node's perf map (`/tmp/perf-PID.map`: start, size and name per line, hexadecimal).
 */
function attribute(callgrindFile: string, perfMap: string): Map<string, number> {
  const ranges = readFileSync(perfMap, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [start, size, ...name] = line.split(' ');
      return { start: parseInt(start!, 16), end: parseInt(start!, 16) + parseInt(size!, 16), name };
    })
    .sort((x, y) => x.start - y.start);
  const nameAt = (address: number): string => {
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = ranges[mid]!;
      if (address < r.start) hi = mid - 1;
      else if (address >= r.end) lo = mid + 1;
      else return `JS: ${r.name.join(' ').replace(/^(?:LazyCompile|Function|JS):/, '')}`;
    }
    return 'code with no name';
  };
  // callgrind names a function once, `fn=(id) name`, then `fn=(id)`; the line after `calls=`
  // is the callee's inclusive cost, not the caller's own
  const names = new Map<string, string>();
  const self = new Map<string, number>();
  let current: string | null = null;
  let skip = false;
  for (const line of readFileSync(callgrindFile, 'utf8').split('\n')) {
    if (skip) {
      skip = false;
      continue;
    }
    const fn = /^c?fn=\((\d+)\)(?: (.*))?$/.exec(line);
    if (fn) {
      if (fn[2] !== undefined) names.set(fn[1]!, fn[2]);
      if (line.startsWith('fn=')) current = names.get(fn[1]!) ?? null;
      continue;
    }
    if (line.startsWith('calls=')) {
      skip = true;
      continue;
    }
    const cost = /^[\d+*-]\S*\s+(\d+)/.exec(line);
    if (cost && current !== null) self.set(current, (self.get(current) ?? 0) + Number(cost[1]));
  }
  const out = new Map<string, number>();
  for (const [name, n] of self) {
    const hex = /^0x([0-9a-f]+)$/.exec(name);
    const key = hex ? nameAt(parseInt(hex[1]!, 16)) : name;
    out.set(key, (out.get(key) ?? 0) + n);
  }
  return out;
}

/**
 * Self instructions per entry of `passes` analyses under callgrind (see `attribute`), compiled
 * code named without its bundle's path (`JS: *word :10525`), so that two runs' entries meet.
 */
function callgrindSelf(
  dir: string,
  child: string,
  bundle: string,
  textFile: string,
  passes: number,
): Map<string, number> {
  const out = join(dir, 'callgrind.out');
  const run = spawnSync(
    'valgrind',
    [
      '--tool=callgrind',
      `--callgrind-out-file=${out}`,
      process.execPath,
      '--perf-basic-prof',
      ...NODE_FLAGS,
      child,
      pathToFileURL(bundle).href,
      textFile,
      String(passes),
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const perfMap = `/tmp/perf-${run.pid}.map`;
  try {
    if (run.status !== 0) throw new Error(`callgrind run failed:\n${run.stderr.slice(-2000)}`);
    const self = new Map<string, number>();
    for (const [name, n] of attribute(out, perfMap)) {
      const key = name.replace(/ file:\/\/\S+:(\d+):\d+$/, ' :$1');
      self.set(key, (self.get(key) ?? 0) + n);
    }
    return self;
  } finally {
    rmSync(perfMap, { force: true });
    rmSync(out, { force: true });
  }
}

/** The entries of `self` summed by `KINDS`. */
function byKind(self: ReadonlyMap<string, number>): Map<string, number> {
  const kinds = new Map<string, number>();
  for (const [name, n] of self) {
    const kind = KINDS.find(([, re]) => re.test(name))?.[0] ?? 'other';
    kinds.set(kind, (kinds.get(kind) ?? 0) + n);
  }
  return kinds;
}

const short = (name: string): string => (name.length > 110 ? `${name.slice(0, 107)}...` : name);

/** Runs `passes` analyses under callgrind and prints where the instructions went. */
function printAttribution(
  dir: string,
  child: string,
  bundle: string,
  textFile: string,
  passes: number,
  top: number,
): void {
  const self = callgrindSelf(dir, child, bundle, textFile, passes);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const pct = (n: number): string => `${((100 * n) / total).toFixed(1)}%`.padStart(7);
  console.log(`\n    ${passes} passes under callgrind: ${(total / 1e6).toFixed(1)}M; by kind:`);
  for (const [kind, n] of [...byKind(self)].sort((a, b) => b[1] - a[1]))
    console.log(`    ${pct(n)} ${kind}`);
  console.log(`    the ${top} entries with most instructions of their own:`);
  for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`    ${pct(n)} ${short(name)}`);
}

/**
 * Runs `a` and `b` passes under callgrind and prints what one steady pass costs by kind and by
 * entry: each entry's instructions in run B less run A, over `b - a`.
 */
function printSteadyAttribution(
  dir: string,
  child: string,
  bundle: string,
  textFile: string,
  [a, b]: readonly [number, number],
  top: number,
): void {
  const runA = callgrindSelf(dir, child, bundle, textFile, a);
  const runB = callgrindSelf(dir, child, bundle, textFile, b);
  const pass = new Map<string, number>();
  for (const [name, n] of runB) pass.set(name, n / (b - a));
  for (const [name, n] of runA) pass.set(name, (pass.get(name) ?? 0) - n / (b - a));
  const total = [...pass.values()].reduce((x, y) => x + y, 0);
  const m = (n: number): string => `${(n / 1e6).toFixed(2)}M`.padStart(9);
  console.log(
    `\n    a steady pass (passes ${a + 1}-${b}) under callgrind: ${m(total).trim()}; by kind:`,
  );
  for (const [kind, n] of [...byKind(pass)].sort((x, y) => y[1] - x[1]))
    console.log(`    ${m(n)} ${kind}`);
  console.log(`    the ${top} entries that grow most per pass:`);
  for (const [name, n] of [...pass].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`    ${m(n)} ${short(name)}`);
  // the same JS function in its tiers (`*` optimised, `^` baseline, `~` interpreted) together
  const js = new Map<string, number>();
  for (const [name, n] of pass) {
    const fn = /^JS: [*^~]?(.*)$/.exec(name);
    if (fn) js.set(fn[1]!, (js.get(fn[1]!) ?? 0) + n);
  }
  console.log(`    the ${top} engine functions that grow most per pass, tiers together:`);
  for (const [name, n] of [...js].sort((x, y) => y[1] - x[1]).slice(0, top))
    console.log(`    ${m(n)} ${short(name)}`);
}

async function bundleEngine(engineRoot: string, outfile: string): Promise<void> {
  await bundleEsm(join(engineRoot, 'src', 'engine', 'index.ts'), outfile);
  // esbuild escapes strings but not regular expression literals or comments: one such character
  // makes node decode the whole bundle as two-byte text (~12M instructions more at load,
  // session 24); the shipped build is escaped whole (vite.config.ts, `charset`)
  const lines = readFileSync(outfile, 'utf8').split('\n');
  const wide = lines.flatMap((line, i) => (/[^\t\n\r -~]/.test(line) ? [i + 1] : []));
  if (wide.length > 0)
    console.log(
      `  note: ${engineRoot}'s bundle has non-ASCII characters (a regex or a comment in a function; write \\u2019): ${wide
        .slice(0, 5)
        .map((n) => lines[n - 1]!.trim().slice(0, 60))
        .join(' | ')}`,
    );
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.error('bench:count needs valgrind (apt-get install valgrind)');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-count-'));
  try {
    const text = opts.text
      ? readFileSync(opts.text, 'utf8')
      : generateProse(opts.kb * 1024, opts.seed);
    const textFile = join(dir, 'text.txt');
    writeFileSync(textFile, text);
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const stub = join(dir, 'stub.mjs');
    writeFileSync(stub, STUB);
    const [a, b] = opts.passes;
    const label = opts.text ?? `generated prose, seed ${opts.seed}`;
    const textHash = createHash('sha1').update(text).digest('hex').slice(0, 12);
    console.log(
      'Who Said engine, instructions (valgrind cachegrind; node ' + NODE_FLAGS.join(' ') + ')',
    );
    console.log(
      `  text  ${label}: ${text.length.toLocaleString('en')} characters (sha1 ${textHash})`,
    );
    const base = count(child, stub, textFile, 0).instructions;
    console.log(`  node, the child and the text, no engine: ${(base / 1e6).toFixed(1)}M`);
    const m = (x: number): string => `${(x / 1e6).toFixed(1)}M`.padStart(10);
    console.log(
      `\n  ${'engine'.padEnd(40)}${'load'.padStart(10)}${'1st pass'.padStart(10)}${`2-${a} mean`.padStart(10)}${'steady'.padStart(10)}  findings`,
    );
    for (const engineRoot of opts.engines) {
      const bundle = join(dir, `engine-${opts.engines.indexOf(engineRoot)}.mjs`);
      await bundleEngine(engineRoot, bundle);
      const n0 = count(child, bundle, textFile, 0);
      const n1 = count(child, bundle, textFile, 1);
      const na = count(child, bundle, textFile, a);
      const nb = count(child, bundle, textFile, b);
      const load = n0.instructions - base;
      const first = n1.instructions - n0.instructions;
      const early = (na.instructions - n1.instructions) / (a - 1);
      const steady = (nb.instructions - na.instructions) / (b - a);
      const name = engineRoot.length > 38 ? `...${engineRoot.slice(-35)}` : engineRoot;
      console.log(
        `  ${name.padEnd(40)}${m(load)}${m(first)}${m(early)}${m(steady)}  ${nb.findings} (${nb.digest})`,
      );
      if (opts.attribute > 0) printAttribution(dir, child, bundle, textFile, b, opts.attribute);
      if (opts.steadyAttribute > 0)
        printSteadyAttribution(dir, child, bundle, textFile, opts.passes, opts.steadyAttribute);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
