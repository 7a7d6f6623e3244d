/**
 * `npm run bench:cli`: the command line's throughput over a JSON Lines corpus, as researchers
 * run it (`whosaid analyze --jsonl FILE --jobs N`), at 1, 2 and all cores.
 *
 * It builds dist/cli/whosaid.mjs, assembles the corpora in a temporary folder, checks one run's
 * output (one line per article, in input order, no error record), then times the built CLI as a
 * child process, wall clock from spawn to exit (so Node's start and the threads' start count),
 * output to /dev/null. Runs of each job count alternate, so a busy neighbour on a shared machine
 * hits them alike; the table gives medians, the speed-up over the first job count, the CPU time
 * (user + system, all threads) and the peak RSS of the process (VmHWM, threads included), and
 * the cores other processes kept busy meanwhile ("others", from /proc/stat): when that is not
 * near 0, the machine was shared and the wall-clock figures (above all the speed-up) say less
 * than the CPU ones. The load average before and after is printed for the same reason.
 *
 * Corpora:
 *   text   articles as {"id","text"}: the labelled corpus (../shared/corpus/*.txt) when present,
 *          between generated news-like articles of 2 to 8 KB (scripts/lib/prose.ts), each a
 *          different text
 *   html   saved news pages as {"id","html"} (../shared/pages/NAME/source.html, 34 real pages
 *          with their markup, scripts and ads), repeated; only when that folder exists
 *
 * Options:
 *   --mb N        size of each corpus in MB of JSONL (default 20)
 *   --runs N      timed runs per job count (default 3)
 *   --jobs LIST   job counts, comma-separated (default 1,2,all cores)
 *   --only NAME   one corpus: text or html
 *   --no-build    time dist/cli/whosaid.mjs as it is
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  openSync,
  closeSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { buildCli } from './build-cli.ts';
import { generateProse } from './lib/prose';
import { optionArgs } from './lib/args';
import { median } from './lib/stats';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared');
const cli = join(root, 'dist', 'cli', 'whosaid.mjs');

interface Options {
  mb: number;
  runs: number;
  jobs: number[];
  only: string | undefined;
  build: boolean;
}

function parseArgs(argv: readonly string[]): Options {
  const cores = availableParallelism();
  const opts: Options = {
    mb: 20,
    runs: 3,
    jobs: [...new Set([1, 2, cores])],
    only: undefined,
    build: true,
  };
  for (const [arg, value] of optionArgs(argv)) {
    const positive = (v: string): number => {
      const n = Number(v);
      if (!Number.isFinite(n) || n <= 0) throw new Error(`${arg} needs a positive number`);
      return n;
    };
    if (arg === '--mb') opts.mb = positive(value());
    else if (arg === '--runs') opts.runs = Math.round(positive(value()));
    else if (arg === '--jobs')
      opts.jobs = value()
        .split(',')
        .map((j) => Math.round(positive(j)));
    else if (arg === '--only') opts.only = value();
    else if (arg === '--no-build') opts.build = false;
    else throw new Error(`unknown option ${arg} (see the header of scripts/bench-cli.ts)`);
  }
  return opts;
}

interface Corpus {
  name: string;
  label: string;
  lines: string[];
  bytes: number;
}

/** JSON lines adding up to at least `minBytes`, taking articles from `next` in turn. */
function assemble(
  minBytes: number,
  next: (i: number) => string,
): { lines: string[]; bytes: number } {
  const lines: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < minBytes; i++) {
    const line = next(i);
    lines.push(line);
    bytes += Buffer.byteLength(line, 'utf8') + 1;
  }
  return { lines, bytes };
}

function textCorpus(minBytes: number): Corpus {
  const dir = join(shared, 'corpus');
  const labelled = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(join(dir, f), 'utf8') }))
    : [];
  // One labelled text after every nine generated articles, when there are any.
  const { lines, bytes } = assemble(minBytes, (i) => {
    const pick = labelled[Math.floor(i / 10) % Math.max(1, labelled.length)];
    if (i % 10 === 9 && pick) return JSON.stringify({ id: `${pick.id}#${i}`, text: pick.text });
    const size = 2000 + ((i * 7919) % 6000);
    return JSON.stringify({ id: `prose-${i}`, text: generateProse(size, 1000 + i) });
  });
  const from = labelled.length
    ? `generated prose and the ${labelled.length} labelled texts (1 in 10)`
    : 'generated prose';
  return { name: 'text', label: `{"id","text"}: ${from}`, lines, bytes };
}

function htmlCorpus(minBytes: number): Corpus | undefined {
  const dir = join(shared, 'pages');
  if (!existsSync(dir)) return undefined;
  const pages = readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'source.html')))
    .sort()
    .map((name) => ({ name, html: readFileSync(join(dir, name, 'source.html'), 'utf8') }));
  if (pages.length === 0) return undefined;
  const { lines, bytes } = assemble(minBytes, (i) => {
    const page = pages[i % pages.length] as { name: string; html: string };
    return JSON.stringify({ id: `${page.name}#${i}`, html: page.html });
  });
  return {
    name: 'html',
    label: `{"id","html"}: the ${pages.length} saved news pages, repeated`,
    lines,
    bytes,
  };
}

/**
 * Peak resident memory and CPU time (user + system, all threads) of a running process, from
 * /proc (Linux; zeros elsewhere, or once it has exited).
 */
function usage(pid: number): { rss: number; cpu: number } {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    // Fields after the command name, which is in parentheses and may hold spaces:
    // utime and stime are the 12th and 13th, in clock ticks (100 per second on Linux).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { rss: kb ? Number(kb) * 1024 : 0, cpu: Number.isFinite(ticks) ? ticks / 100 : 0 };
  } catch {
    return { rss: 0, cpu: 0 };
  }
}

/** CPU seconds spent busy by the whole machine so far, all cores, from /proc/stat (Linux). */
function machineBusy(): number {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // cpu user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
    const ticks = line.trim().split(/\s+/).slice(1).map(Number);
    const total = ticks.reduce((a, b) => a + b, 0);
    return (total - (ticks[3] ?? 0) - (ticks[4] ?? 0)) / 100;
  } catch {
    return NaN;
  }
}

interface Sample {
  seconds: number;
  rss: number;
  /** Cores kept busy by other processes during the run, on average. */
  others: number;
  /** CPU seconds, as last seen before exit (up to one poll short). */
  cpu: number;
}

/** Runs the CLI once over `file`, output to /dev/null; wall time, CPU, peak RSS, the others' load. */
function timeRun(file: string, jobs: number): Promise<Sample> {
  const devNull = openSync('/dev/null', 'w');
  const busy0 = machineBusy();
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', file, '--jobs', String(jobs)], {
    stdio: ['ignore', devNull, 'pipe'],
  });
  closeSync(devNull);
  let rss = 0;
  let cpu = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const now = usage(child.pid);
    rss = Math.max(rss, now.rss);
    cpu = Math.max(cpu, now.cpu);
  }, 25);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((done, fail) => {
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(poll);
      const seconds = (performance.now() - t0) / 1000;
      const others = Math.max(0, (machineBusy() - busy0 - cpu) / seconds);
      if (code !== 0 || stderr) fail(new Error(`--jobs ${jobs} exited ${code}: ${stderr}`));
      else done({ seconds, rss, cpu, others });
    });
  });
}

/** One run with the output read back: one line per article, same ids in the same order. */
async function check(file: string, corpus: Corpus, jobs: number): Promise<void> {
  const child = spawn(process.execPath, [cli, 'analyze', '--jsonl', file, '--jobs', String(jobs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (d: Buffer) => chunks.push(d));
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  const out = Buffer.concat(chunks).toString('utf8').split('\n');
  if (out.pop() !== '') throw new Error('output does not end with a newline');
  const want = corpus.lines.map((l) => (JSON.parse(l) as { id: string }).id);
  const got = out.map((l) => JSON.parse(l) as { id?: string; error?: string });
  const bad = got.find((r) => r.error !== undefined);
  if (code !== 0 || bad || got.map((r) => r.id).join('\n') !== want.join('\n')) {
    throw new Error(`check failed (exit ${code}${bad ? `, error record: ${bad.error}` : ''})`);
  }
}

const pad = (s: string, n: number): string => s.padStart(n);

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  // The CLI as `npm run build` makes it (the script became TypeScript; it ran a removed .mjs).
  if (opts.build) await buildCli();
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run without --no-build`);
  const minBytes = opts.mb * 1e6;
  const corpora = [textCorpus(minBytes), htmlCorpus(minBytes)].filter(
    (c): c is Corpus => c !== undefined && (opts.only === undefined || c.name === opts.only),
  );
  const cores = availableParallelism();
  console.log(
    `whosaid analyze --jsonl, node ${process.version}, ${cores} cores available, ` +
      `${opts.runs} runs each, medians (wall clock from spawn to exit)`,
  );
  // On a shared machine the figures mean little without the load they were taken under.
  const load = (): string =>
    loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
  console.log(`load average (1, 5, 15 min) before: ${load()}`);
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-bench-cli-'));
  try {
    for (const corpus of corpora) {
      const file = join(dir, `${corpus.name}.jsonl`);
      await writeFile(file, `${corpus.lines.join('\n')}\n`);
      const articles = corpus.lines.length;
      const mb = corpus.bytes / 1e6;
      await check(file, corpus, Math.max(...opts.jobs));
      const samples = new Map<number, Sample[]>(opts.jobs.map((j) => [j, []]));
      for (let r = 0; r < opts.runs; r++) {
        // Alternate the order too, so a trend in the machine's load favours no one.
        const order = r % 2 ? [...opts.jobs].reverse() : opts.jobs;
        for (const jobs of order) samples.get(jobs)?.push(await timeRun(file, jobs));
      }
      console.log(
        `\n${corpus.name}: ${articles.toLocaleString('en-US')} articles, ${mb.toFixed(1)} MB (${corpus.label})`,
      );
      console.log(
        '  jobs   articles/s    MB/s   speed-up   seconds (min-max)   CPU s   peak RSS   others',
      );
      const base = median((samples.get(opts.jobs[0] ?? 1) ?? []).map((s) => s.seconds));
      for (const jobs of opts.jobs) {
        const s = samples.get(jobs) ?? [];
        const secs = s.map((x) => x.seconds);
        const t = median(secs);
        const label = jobs === cores ? `${jobs} (all)` : String(jobs);
        console.log(
          `  ${label.padEnd(7)}${pad((articles / t).toFixed(0), 10)}${pad((mb / t).toFixed(2), 8)}` +
            `${pad(`${(base / t).toFixed(2)}x`, 11)}` +
            `${pad(`${t.toFixed(2)} (${Math.min(...secs).toFixed(2)}-${Math.max(...secs).toFixed(2)})`, 20)}` +
            `${pad(median(s.map((x) => x.cpu)).toFixed(2), 8)}` +
            `${pad(`${(median(s.map((x) => x.rss)) / 2 ** 20).toFixed(0)} MB`, 11)}` +
            `${pad(median(s.map((x) => x.others)).toFixed(1), 9)}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\nload average after: ${load()}`);
}

await main();
