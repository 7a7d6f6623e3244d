/**
 * Work in steps, so that the page stays responsive: a long job is written as a generator that
 * `yield`s after each small, bounded piece of work, and a driver decides when to give the main
 * thread back to the page. `runSteps` runs a job to the end at once (Node, tests, the CLI);
 * `createSlicer` runs it in slices of a few milliseconds and yields to the page between them
 * (`scheduler.yield()` where the browser has it, a MessageChannel message elsewhere: both let
 * input and rendering in, unlike a chain of promises, and neither is throttled like a timer).
 */

/** A job in steps: pauses with `yield`, finishes with `return`. */
export type Steps<T> = Generator<void, T, void>;

/** Runs a job in steps to the end, without pausing. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** What the slicer measured: the page-side cost of the work, slice by slice. */
export interface SliceStats {
  /** Slices run (each one task on the main thread). */
  slices: number;
  /** Their total duration, ms. */
  busyMs: number;
  /** The longest slice, ms. */
  longestMs: number;
}

/** Runs jobs in slices and yields to the page between them. */
export interface Slicer {
  /** Runs `steps` to the end in slices; rejects with the signal's reason when it aborts. */
  run<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T>;
  /**
   * Ends the current slice if it has used its budget (or always, with `force`), letting the
   * page in; for work written as ordinary async code between jobs.
   */
  pause(signal?: AbortSignal, force?: boolean): Promise<void>;
  /** Milliseconds the current slice has run (0 between slices). */
  elapsed(): number;
  /** The budget of a slice, ms. */
  readonly budgetMs: number;
  /** Ends the current slice (the work is done or waits on something else). */
  finish(): void;
  readonly stats: SliceStats;
}

export interface SlicerOptions {
  /** Milliseconds of work per slice before the page gets the thread back (default 12). */
  budgetMs?: number;
  now?: () => number;
  /** Gives the thread to the page and resumes after (default: `yieldToPage`). */
  yieldNow?: () => Promise<void>;
}

/** Longest run of `scheduler.yield()` continuations before the page's queued tasks go first. */
const FAIR_MS = 50;
let lastFair = -Infinity;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Resolves after the page has had a turn: through `scheduler.yield()` (Chromium 129+, which
 * lets input and rendering in and resumes ahead of other queued tasks) or a MessageChannel
 * message (a new task, behind whatever the page has queued): the latter where there is no
 * `scheduler.yield`, and at least every 50 ms so that the page's own tasks are not starved.
 */
export function yieldToPage(scope: object = globalThis): Promise<void> {
  const scheduler = (scope as { scheduler?: SchedulerLike }).scheduler;
  const now = performance.now();
  // scheduler.yield() resumes ahead of the page's own queued tasks (timers, messages): fine for
  // a moment, but every FAIR_MS the page's tasks get their turn before we go on.
  if (typeof scheduler?.yield === 'function' && now - lastFair < FAIR_MS) return scheduler.yield();
  lastFair = now;
  return new Promise((resume) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resume();
    };
    channel.port2.postMessage(null);
  });
}

/** What a job stopped by `signal` rejects with. */
export const abortReason = (signal: AbortSignal): unknown =>
  signal.reason ?? new DOMException('The work was stopped.', 'AbortError');

/** A slicer with its own statistics. */
export function createSlicer(options: SlicerOptions = {}): Slicer {
  const budget = options.budgetMs ?? 12;
  // A new job: the page's own tasks had the thread until now.
  lastFair = performance.now();
  const now = options.now ?? (() => performance.now());
  const yieldNow = options.yieldNow ?? (() => yieldToPage());
  const stats: SliceStats = { slices: 0, busyMs: 0, longestMs: 0 };
  /** When the current slice began, or -1 between slices. */
  let sliceStart = -1;

  const begin = (): void => {
    if (sliceStart < 0) sliceStart = now();
  };
  const end = (): void => {
    if (sliceStart < 0) return;
    const ms = now() - sliceStart;
    sliceStart = -1;
    stats.slices += 1;
    stats.busyMs += ms;
    if (ms > stats.longestMs) stats.longestMs = ms;
  };
  const pause = async (signal?: AbortSignal, force = false): Promise<void> => {
    if (signal?.aborted) throw abortReason(signal);
    if (sliceStart >= 0 && !force && now() - sliceStart < budget) return;
    end();
    await yieldNow();
    if (signal?.aborted) throw abortReason(signal);
    begin();
  };

  return {
    stats,
    pause,
    finish: end,
    budgetMs: budget,
    elapsed: () => (sliceStart < 0 ? 0 : now() - sliceStart),
    async run<T>(steps: Steps<T>, signal?: AbortSignal): Promise<T> {
      begin();
      try {
        for (;;) {
          const r = steps.next();
          if (r.done) return r.value;
          if (now() - sliceStart >= budget) await pause(signal, true);
        }
      } catch (error) {
        steps.return(undefined as never);
        throw error;
      }
    },
  };
}
