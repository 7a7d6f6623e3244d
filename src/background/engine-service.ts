/**
 * The engine as the background runs it for content scripts (`page.analyze`, docs/adr/0007).
 *
 * In a page the engine is cold on every page (each page is a new context: its code is
 * compiled and not yet optimised) and it runs on the page's main thread, where one part of an
 * article is one task of 20-120 ms. Here it runs off the page's thread and stays warm from one
 * page to the next while the worker lives.
 *
 * A content script sends its article text in parts (src/content/parts.ts, at most 3 x 32 KiB
 * each) and asks for a few ahead. Requests wait in one queue and are analysed one per task, in
 * the order they came, so that no task is long and other events (another tab's request, a
 * popup's) get in between. A tab has one analysis at a time: the requests name their run, and
 * a request of another run drops what the tab still had waiting (answered `cancelled`); the
 * page's newer analysis replaced it. A page that asks for more than a few parts at once is
 * refused (`busy`): the content script never has more than 32 on their way (AHEAD in
 * src/content/analysis-run.ts).
 *
 * Nothing here outlives the worker, and nothing needs to: a request lost when the browser
 * stops the worker fails in the content script, which asks again once (src/content/engine-client.ts).
 */
import { analyze } from '../engine';
import type { Finding } from '../engine/types';
import { err, ok, type Result } from '../shared/result';
import { epochNow, takeCurrent, type AnalyzeTiming } from './analyze-timing';
import { errorText } from './browser-api';
import { warmUpChunks } from './warm-up';

/**
 * Requests of one tab waiting at once, beyond which the tab is refused: at most 32 parts of at
 * most 100,000 characters (`LIMITS.analyzeText`). Eight until session 21, when the content
 * script began to ask for 32 parts at once (`AHEAD` in src/content/analysis-run.ts).
 */
export const MAX_WAITING = 32;

/**
 * How long after its last run (a request or a warm-up chunk) the engine is taken as still warm:
 * a `warmUp` sooner does nothing. The toolbar click and the content script's setup both ask for
 * a warm-up, some 50-500 ms apart; the second finds the first's done. Session 22 measured that
 * a worker idle for 2-3 s between pages (the bench's gap between clicks) analysed the same texts
 * about twice as slowly as one that was not (docs/adr/0007).
 */
export const COOL_AFTER_MS = 1000;

/** The engine for content scripts. */
export interface EngineService {
  /**
   * The findings in `text` (offsets into it), for analysis `run` of tab `tabId`; `cancelled`
   * when a request of another run of the tab came meanwhile, `busy` when the tab has too many
   * waiting.
   */
  analyze(tabId: number, run: string, text: string): Promise<Result<Finding[]>>;
  /**
   * Warms the engine up while the page is being read, so that its first part finds the engine's
   * code compiled and optimised: the warm-up text (warm-up.ts) in chunks, one per task, while
   * no request waits. A request goes before the next chunk (it waits for one chunk at most), and
   * the warm-up stops once a page has asked: its text warms the engine from then on. Its chunks
   * run at background priority where the worker has one (`scheduler.postTask`), so that the
   * run's own steps (storage, injection, messages) go first. Called when the reader's intent is
   * known: a run starts (toolbar click, popup, shortcut), a content script asks for its setup.
   * Nothing happens while a warm-up or a request is under way, nor if the engine ran in the last
   * `COOL_AFTER_MS`; after an idle time it warms up again (a worker that waited between two
   * clicks analyses the next page at half its speed, docs/adr/0007 session 22).
   */
  warmUp(): void;
  /**
   * Drops what is left of the warm-up (a run refused before its page was read: nothing will
   * ask); a later `warmUp` starts it again once the engine has been idle `COOL_AFTER_MS`.
   */
  stopWarmUp(): void;
}

export interface EngineServiceOptions {
  /** The engine (default: src/engine's `analyze`). */
  engine?: (text: string) => Finding[];
  /** Runs `task` as a task of its own, after the events already queued (default: a timer). */
  later?: (task: () => void) => void;
  /**
   * Runs a warm-up chunk as a task of its own, after the worker's other events, those queued
   * meanwhile included where the browser can tell (default: `scheduler.postTask` at background
   * priority where there is one, else `later`).
   */
  whenIdle?: (task: () => void) => void;
  /** The warm-up text in chunks (default: warm-up.ts's `warmUpChunks`, made when first needed). */
  warmUpText?: () => readonly string[];
  /** A clock in milliseconds (default `performance.now`). */
  now?: () => number;
}

interface Job {
  tabId: number;
  run: string;
  text: string;
  answer(result: Result<Finding[]>): void;
  /** Its timeline, when `bench:page` times requests (analyze-timing.ts). */
  timing: AnalyzeTiming | null;
}

const cancelled = (): Result<never> =>
  err('cancelled', 'A newer analysis of this page took the place of this one.');

/**
 * Runs `task` as a task of its own after the events already queued: a MessageChannel message,
 * not `setTimeout(0)`, which a worker clamps to 4 ms once nested (a 6 MB page is ~190 parts).
 */
function nextTask(task: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(task, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    task();
  };
  channel.port2.postMessage(null);
}

interface SchedulerLike {
  postTask(task: () => void, options: { priority: 'background' }): Promise<unknown>;
}

/**
 * `scheduler.postTask` at background priority where the worker has it (Chromium): the task
 * runs after the worker's other pending events (a message, a storage answer), so that a run's
 * own steps go before the warm-up's chunks; else `fallback`.
 */
function idleTask(fallback: (task: () => void) => void): (task: () => void) => void {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerLike> }).scheduler;
  if (typeof scheduler?.postTask !== 'function') return fallback;
  const s = scheduler as SchedulerLike;
  return (task) => void s.postTask(task, { priority: 'background' }).catch(() => undefined);
}

/** An engine service over `options.engine`. */
export function createEngineService(options: EngineServiceOptions = {}): EngineService {
  const engine = options.engine ?? analyze;
  const later = options.later ?? nextTask;
  const whenIdle = options.whenIdle ?? options.later ?? idleTask(nextTask);
  const warmUpText = options.warmUpText ?? warmUpChunks;
  const now = options.now ?? (() => performance.now());
  /** Waiting requests, oldest first. */
  const queue: Job[] = [];
  /** The run each tab with waiting requests is on. */
  const runs = new Map<number, string>();
  /** The warm-up's chunks still to analyse, first last (popped). */
  let warmUpLeft: string[] = [];
  /** Whether a task of `step` is on its way; of `warmUpStep`. */
  let scheduled = false;
  let warmUpScheduled = false;
  /** When the engine last ran (a request or a warm-up chunk); -Infinity before it did. */
  let lastRan = -Infinity;

  /** Plans the next task: a request's if any waits, else the next warm-up chunk's. */
  const schedule = (): void => {
    if (queue.length > 0) {
      if (scheduled) return;
      scheduled = true;
      later(step);
    } else if (warmUpLeft.length > 0 && !scheduled && !warmUpScheduled) {
      warmUpScheduled = true;
      whenIdle(warmUpStep);
    }
  };

  /** Analyses the next warm-up chunk, unless a request is waiting (its own task is planned). */
  const warmUpStep = (): void => {
    warmUpScheduled = false;
    if (queue.length > 0) return;
    const chunk = warmUpLeft.pop();
    if (chunk === undefined) return;
    try {
      engine(chunk);
    } catch {
      // The page's own request will say what went wrong.
      warmUpLeft = [];
    }
    lastRan = now();
    schedule();
  };

  /** Analyses the oldest waiting request: one task per request. */
  const step = (): void => {
    scheduled = false;
    const job = queue.shift();
    if (job === undefined) return;
    if (!queue.some((j) => j.tabId === job.tabId)) runs.delete(job.tabId);
    let result: Result<Finding[]>;
    const timing = job.timing;
    if (timing !== null) timing.started = epochNow();
    try {
      const findings = engine(job.text);
      if (timing !== null) {
        timing.ended = epochNow();
        timing.findings = findings.length;
      }
      result = ok(findings);
    } catch (error) {
      console.warn('Who Said: the analysis failed', errorText(error));
      result = err('analysis-failed', 'Who Said could not analyse this article.');
    }
    lastRan = now();
    job.answer(result);
    schedule();
  };

  return {
    analyze(tabId, run, text) {
      const current = runs.get(tabId);
      if (current !== undefined && current !== run) {
        // The page started another analysis: what its earlier one still waits for goes.
        for (let i = queue.length - 1; i >= 0; i--) {
          const job = queue[i] as Job;
          if (job.tabId !== tabId) continue;
          queue.splice(i, 1);
          job.answer(cancelled());
        }
      }
      if (queue.filter((j) => j.tabId === tabId).length >= MAX_WAITING) {
        return Promise.resolve(err('busy', 'This page asked Who Said for too much at once.'));
      }
      runs.set(tabId, run);
      // The page's text warms the engine from now on; the CPU is the page's.
      warmUpLeft = [];
      const timing = takeCurrent();
      if (timing !== null) timing.queued = epochNow();
      return new Promise((answer) => {
        queue.push({ tabId, run, text, answer, timing });
        schedule();
      });
    },
    warmUp() {
      if (warmUpLeft.length > 0 || queue.length > 0 || scheduled) return;
      if (now() - lastRan < COOL_AFTER_MS) return;
      warmUpLeft = [...warmUpText()].reverse();
      schedule();
    },
    stopWarmUp() {
      warmUpLeft = [];
    },
  };
}
