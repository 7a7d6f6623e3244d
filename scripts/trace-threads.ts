/**
 * `npx tsx scripts/trace-threads.ts RAW ROWS PAGE [--top N]`: where the CPU went, thread by
 * thread, while one `bench:page` run of PAGE went on: from the run's start to all painted.
 *
 * RAW is the whole trace `bench:page --trace FILE --raw-trace` wrote for the page
 * (FILE-PAGE.raw.json) and ROWS the run's `--json FILE`. Each thread's tasks (`RunTask`, the
 * thread pools' `ThreadPool_RunTask`, a microtask checkpoint traced after its task) are summed by thread time over the run's window, a task
 * that crosses an end counted for its share inside; under each thread, the events inside its
 * tasks with the most thread time (nested events count in their parents too). V8's compiler
 * jobs (`V8.TurbofanTask`, `V8.MaglevTask`) show under the pools only with
 * `--trace-categories v8,disabled-by-default-v8.compile`.
 *
 * The page's session traces the processes Chromium relates to it: the page's renderer, the
 * browser and the GPU process always; the extension's process (its service worker, the popup,
 * V8's compiler threads for both) in some runs and not others: `--trace-browser` traces from the
 * browser's session, with every process. Session 43 (docs/adr/0007).
 */
import { readFileSync } from 'node:fs';
import { optionValue } from './lib/args';
import type { TraceEvent as TraceEventOf } from './lib/trace-event';

type TraceEvent = TraceEventOf<{ name?: string }>;

const TASKS = new Set(['ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
/** Chromium traces a task's microtask checkpoint after its `RunTask`, not inside it. */
const CHECKPOINT = 'BlinkScheduler_PerformMicrotaskCheckpoint';
const CLICK_MARK = 'whosaid-bench-click';

/** The share of `e` (a complete event) inside `[from, to]`, 0-1. */
function share(e: TraceEvent, from: number, to: number): number {
  const end = e.ts + (e.dur ?? 0);
  if (end <= e.ts) return e.ts >= from && e.ts <= to ? 1 : 0;
  return Math.max(0, Math.min(end, to) - Math.max(e.ts, from)) / (end - e.ts);
}

/** Names of processes and threads by their ids, from the trace's metadata. */
function names(events: readonly TraceEvent[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') out.set(`${e.pid}`, e.args?.name ?? '?');
    if (e.name === 'thread_name') out.set(`${e.pid}:${e.tid}`, e.args?.name ?? '?');
  }
  return out;
}

function main(): void {
  const args = process.argv.slice(2);
  const [rawFile, rowsFile, page] = args;
  if (rawFile === undefined || rowsFile === undefined || page === undefined) {
    throw new Error('usage: npx tsx scripts/trace-threads.ts RAW ROWS PAGE [--top N]');
  }
  const top = Number(optionValue(args, '--top') ?? '4');
  const raw = JSON.parse(readFileSync(rawFile, 'utf8')) as {
    markEpoch: number;
    events: TraceEvent[];
  };
  const rows = JSON.parse(readFileSync(rowsFile, 'utf8')) as {
    page: string;
    ours: { startedAt: number | null; allPaintedMs: number };
  }[];
  const ours = rows.find((r) => r.page === page)?.ours;
  const mark = raw.events.find((e) => e.name === CLICK_MARK);
  if (ours?.startedAt == null || mark === undefined) throw new Error(`no run of ${page} there`);
  // Trace time is in microseconds from its own origin; the click's mark ties it to epoch ms.
  const from = mark.ts + (ours.startedAt - raw.markEpoch) * 1000;
  const to = from + ours.allPaintedMs * 1000;
  const label = names(raw.events);
  const threads = new Map<string, { ms: number; inner: Map<string, number> }>();
  /** Whether `e` is inside one of its thread's tasks (a checkpoint run within a task is). */
  const ends = new Map<string, { ts: number; end: number }[]>();
  for (const e of raw.events) {
    if (e.ph !== 'X' || !TASKS.has(e.name)) continue;
    const key = `${e.pid}:${e.tid}`;
    const list = ends.get(key) ?? [];
    list.push({ ts: e.ts, end: e.ts + (e.dur ?? 0) });
    ends.set(key, list);
  }
  const inTask = (e: TraceEvent): boolean =>
    (ends.get(`${e.pid}:${e.tid}`) ?? []).some((t) => e.ts >= t.ts && e.ts < t.end);
  const isTask = (e: TraceEvent): boolean =>
    TASKS.has(e.name) || (e.name === CHECKPOINT && !inTask(e));
  for (const e of raw.events) {
    if (e.ph !== 'X' || e.tdur === undefined || !isTask(e)) continue;
    const part = share(e, from, to);
    if (part === 0) continue;
    const key = `${e.pid}:${e.tid}`;
    const t = threads.get(key) ?? { ms: 0, inner: new Map<string, number>() };
    t.ms += (e.tdur * part) / 1000;
    threads.set(key, t);
  }
  for (const e of raw.events) {
    if (e.ph !== 'X' || e.tdur === undefined || isTask(e)) continue;
    const t = threads.get(`${e.pid}:${e.tid}`);
    const part = share(e, from, to);
    if (t === undefined || part === 0) continue;
    t.inner.set(e.name, (t.inner.get(e.name) ?? 0) + (e.tdur * part) / 1000);
  }
  console.log(`${page}: CPU ms by thread over the run (${ours.allPaintedMs.toFixed(0)} ms)`);
  const sorted = [...threads].sort((a, b) => b[1].ms - a[1].ms);
  for (const [key, t] of sorted) {
    if (t.ms < 1) continue;
    const pid = key.split(':')[0] ?? '';
    console.log(
      `${t.ms.toFixed(1).padStart(8)}  ${label.get(pid) ?? pid} / ${label.get(key) ?? key}`,
    );
    const inner = [...t.inner].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [name, ms] of inner) console.log(`${ms.toFixed(1).padStart(14)}  ${name}`);
  }
  const total = sorted.reduce((sum, [, t]) => sum + t.ms, 0);
  console.log(`${total.toFixed(1).padStart(8)}  in all`);
}

main();
