/**
 * Where a `page.analyze` request's time goes in the worker, for `bench:page` (docs/adr/0007,
 * session 21): off unless a benchmark turns it on through the worker's `whoSaid` hook
 * (index.ts), and then one row per request, in epoch milliseconds
 * (`performance.timeOrigin + performance.now()`), which the page's own figures
 * (`PageStats.startedAt`) can be compared with. Off, it costs a test of one variable per
 * message.
 */

/** One request's timeline in the worker. */
export interface AnalyzeTiming {
  run: string;
  /** The part's length, in characters, and the findings answered. */
  chars: number;
  findings: number;
  /** The message reached the worker's `runtime.onMessage` listener. */
  arrived: number;
  /** Sender checked and request validated: the engine service has queued it. */
  queued: number;
  /** The engine started on it, and ended (its own task). */
  started: number;
  ended: number;
  /** The answer left the listener (its promise resolved): the browser serialises and posts it. */
  replied: number;
  /** JSON.stringify of the answer, timed when the rows are taken (what the browser does on replying). */
  serialiseMs: number;
  /** The answer as JSON, in characters. */
  jsonChars: number;
}

let rows: AnalyzeTiming[] | null = null;
/** The answers of the rows, serialised (and timed) only when the rows are taken. */
let answers: unknown[] = [];
/** The row of the request being routed (set by the listener, taken by the engine service). */
let current: AnalyzeTiming | null = null;

/** The time, in epoch milliseconds with a fraction. */
export const epochNow = (): number => performance.timeOrigin + performance.now();

/** Starts recording (dropping what was recorded). */
export function startTiming(): void {
  rows = [];
  answers = [];
}

/** The rows recorded since `startTiming`, and stops recording. */
export function takeTiming(): AnalyzeTiming[] {
  const taken = rows ?? [];
  taken.forEach((row, i) => {
    const a = performance.now();
    row.jsonChars = JSON.stringify(answers[i] ?? null).length;
    row.serialiseMs = performance.now() - a;
  });
  rows = null;
  answers = [];
  return taken;
}

/** Whether requests are timed now. */
export const timingOn = (): boolean => rows !== null;

/**
 * The listener's side: a row for a `page.analyze` message that has just arrived, made current
 * while it is routed (routing and queueing run synchronously in the listener's call).
 */
export function arrive(run: string, chars: number): AnalyzeTiming | null {
  if (rows === null) return null;
  const t = epochNow();
  const row: AnalyzeTiming = {
    run,
    chars,
    findings: 0,
    arrived: t,
    queued: t,
    started: t,
    ended: t,
    replied: t,
    serialiseMs: 0,
    jsonChars: 0,
  };
  answers.push(null);
  rows.push(row);
  current = row;
  return row;
}

/** The engine service's side: the row of the request it is queueing, if timed. */
export function takeCurrent(): AnalyzeTiming | null {
  const row = current;
  current = null;
  return row;
}

/** The listener's side: the answer is leaving (kept to be serialised when the rows are taken). */
export function reply(row: AnalyzeTiming, answer: unknown): void {
  row.replied = epochNow();
  current = null;
  const i = rows?.indexOf(row) ?? -1;
  if (i >= 0) answers[i] = answer;
}
