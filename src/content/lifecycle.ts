/**
 * The content script's life on a page: answers the background's messages,
 * analyses and highlights (in slices, see `analysis-run.ts`), follows changes
 * to the article, and detaches everything on `content.clear`, when it is
 * replaced, or when the extension was reloaded under it: an orphan whose
 * runtime is gone cleans up at once, told by the loss of the port it keeps
 * open to the background.
 *
 * Two lifetimes, each an AbortController:
 * - the instance: the message listener, until the script is disposed;
 * - the session: highlights, the MutationObserver and its timer, from one
 *   analysis until `clear()` or the next analysis.
 */
import { FINDING_KINDS, type Finding, type FindingKind } from '../engine/types';
import {
  CONTENT_PORT,
  type ContentMessages,
  type ContentName,
  type ContentRequest,
  type ContentScriptMessages,
  type ContentScriptName,
  type ContentScriptRequest,
  type PageStats,
  type PageSummary,
} from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { validateContentRequest } from '../shared/validate';
import { runAnalysis, type RunOutcome } from './analysis-run';
import {
  closest,
  contains,
  documentBody,
  documentElement,
  documentUrl,
  isConnected,
  isElement,
  listen,
  parentElement,
  readyState,
} from './dom-access';
import type { Highlighter } from './highlighter';
import type { PageNotes } from './notes/page-notes';
import { paintWindow } from './painter';
import { createSlicer } from './steps';
import { firstVisibleOffset, rangeMeasurer, type MeasureRun } from './viewport';

/** Protocol version answered to `content.ping`. */
export const CONTENT_VERSION = 1;

/** What runtime.onMessage tells about who sent a message. */
export interface MessageSenderLike {
  id?: string;
}

/** A runtime.onMessage listener as webextension-polyfill calls it (a returned promise answers). */
export type MessageListener = (
  message: unknown,
  sender: MessageSenderLike,
) => Promise<Result<unknown>> | undefined;

/** The part of a `runtime.Port` the content script uses. */
export interface PortLike {
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

/** The part of `browser.runtime` the content script uses. */
export interface RuntimeLike {
  readonly id?: string;
  /** Sends a `ContentScriptMessages` request to the background. */
  sendMessage(message: ContentScriptRequest): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
  /**
   * Opens a port to the background (`CONTENT_PORT`). Where absent, an orphan notices only at
   * the next change to the article.
   */
  connect?(info: { name: string }): PortLike;
}

/** Everything the content script needs from outside; tests hand in doubles. */
export interface ContentDeps {
  runtime: RuntimeLike;
  document: Document;
  analyze: (text: string) => Finding[];
  highlighter: Highlighter;
  /** Milliseconds for timing (default `performance.now`). */
  now?: () => number;
  /** Quiet time after the last change to the article before re-analysing (default 800 ms). */
  debounceMs?: number;
  /** Longest wait while changes keep coming (default 5000 ms). */
  maxWaitMs?: number;
  /** Absent where the page's global lacks it; then changes are not followed. */
  MutationObserver?: typeof MutationObserver;
  /** Gives the page a turn between slices of work (default `yieldToPage` in steps.ts). */
  yieldNow?: () => Promise<void>;
  /** Milliseconds of work per slice (default 12). */
  sliceMs?: number;
  /** Measures text on screen, to start where the reader is (default: with a Range). */
  measure?: MeasureRun;
  /** Calls back after the next frame is painted (default: requestAnimationFrame, if any). */
  afterFrame?: (callback: () => void) => void;
  /** The reader's notes in the page (placed again after every analysis). */
  notes?: PageNotes;
}

/** A running content script. */
export interface ContentController {
  /**
   * Analyses the page, shows highlights, follows changes. Running twice is harmless: while an
   * analysis runs, asking again waits for it.
   */
  analyze(): Promise<PageSummary>;
  /** `analyze`, then tells the background the page's summary (when nobody asked for it). */
  analyzeAndReport(): Promise<PageSummary>;
  /** The last analysis, with `highlighted` telling whether highlights are shown now. */
  summary(): PageSummary | null;
  /** How the last analysis went (for benchmarks and tests). */
  stats(): PageStats | null;
  /** Removes highlights and stops following changes; the page is as it was. */
  clear(): void;
  /** Whether the extension that injected this script is still there. */
  alive(): boolean;
  /** Clears and detaches the message listener: this instance is done. */
  dispose(): void;
  /** Answers one message (the runtime.onMessage listener). */
  handle: MessageListener;
}

const countKinds = (findings: readonly Finding[]): Record<FindingKind, number> => {
  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<
    FindingKind,
    number
  >;
  for (const f of findings) counts[f.kind] += 1;
  return counts;
};

/** The id of the extension, or undefined once its context is gone (reading can throw then). */
function runtimeId(runtime: RuntimeLike): string | undefined {
  try {
    return runtime.id;
  } catch {
    return undefined;
  }
}

/**
 * Tells the background something about this page, without waiting on it: the
 * background may be asleep or gone (an orphan), and the page must not care.
 */
function tell<N extends ContentScriptName>(
  runtime: RuntimeLike,
  type: N,
  payload: ContentScriptMessages[N]['req'],
): void {
  try {
    runtime.sendMessage({ ws: 1, type, payload } as ContentScriptRequest).catch(() => undefined);
  } catch {
    // An orphaned runtime throws at once; nothing to tell then.
  }
}

/** After the next frame has been painted: requestAnimationFrame, then a task after it. */
function afterNextFrame(callback: () => void): void {
  const raf = (globalThis as { requestAnimationFrame?: (cb: () => void) => number })
    .requestAnimationFrame;
  if (typeof raf !== 'function') return;
  raf(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      callback();
    };
    channel.port2.postMessage(null);
  });
}

/** Whether an error is the one an aborted run ends with. */
const isAbort = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === 'AbortError';

/** Starts a content script on `deps.document` and registers its message listener. */
export function startContent(deps: ContentDeps): ContentController {
  const { runtime, document: doc, highlighter } = deps;
  const now = deps.now ?? (() => performance.now());
  const debounceMs = deps.debounceMs ?? 800;
  const maxWaitMs = deps.maxWaitMs ?? 5000;
  const afterFrame = deps.afterFrame ?? afterNextFrame;
  const measure = deps.measure ?? rangeMeasurer(doc);
  const ownId = runtimeId(runtime);
  const instance = new AbortController();
  let session: AbortController | null = null;
  /** The first analysis of a session while it runs (asking again waits for it). */
  let running: Promise<PageSummary> | null = null;
  let last: PageSummary | null = null;
  let lastStats: PageStats | null = null;
  /** What the last analysis painted, to move the painted window on a very long page. */
  let shown: RunOutcome | null = null;
  /**
   * The analysis this script started by itself (when injected), until a `content.analyze`
   * takes it: the one the background sends right after injecting joins it rather than
   * analysing the page a second time.
   */
  let unasked: {
    promise: Promise<PageSummary>;
    session: AbortController | null;
    doneAt: number;
  } | null = null;

  const alive = (): boolean =>
    !instance.signal.aborted && ownId !== undefined && runtimeId(runtime) === ownId;

  const clear = (): void => {
    session?.abort();
    session = null;
    running = null;
    shown = null;
    highlighter.clear();
    deps.notes?.clear();
  };

  /** One analysis, in slices: live for the first of a session, swapped in for a re-analysis. */
  const run = async (
    signal: AbortSignal,
    live: boolean,
  ): Promise<{ summary: PageSummary; outcome: RunOutcome }> => {
    const t0 = now();
    const slicer = createSlicer({ now, yieldNow: deps.yieldNow, budgetMs: deps.sliceMs });
    const stats: PageStats = {
      done: false,
      counts: countKinds([]),
      findings: 0,
      painted: 0,
      ranges: 0,
      textLength: 0,
      parts: 0,
      extractMs: 0,
      analysisMs: 0,
      paintMs: 0,
      slices: 0,
      workMs: 0,
      longestSliceMs: 0,
      firstPaintMs: null,
      allPaintedMs: null,
    };
    lastStats = stats;
    const outcome = await runAnalysis({
      doc,
      analyze: deps.analyze,
      highlighter,
      slicer,
      signal,
      live,
      focus: (map) => firstVisibleOffset(map, measure),
      now,
      onFirstPaint: () => afterFrame(() => (stats.firstPaintMs = now() - t0)),
    });
    const { extracted, findings } = outcome;
    const counts = countKinds(findings);
    const summary: PageSummary = {
      url: documentUrl(doc),
      title: extracted.title.slice(0, 2000),
      counts,
      textLength: extracted.map.text.length,
      highlighted: highlighter.showing,
      ms: Math.max(0, now() - t0),
    };
    if (outcome.painted < findings.length) summary.painted = outcome.painted;
    Object.assign(stats, {
      done: true,
      counts,
      findings: findings.length,
      painted: outcome.painted,
      ranges: outcome.ranges,
      textLength: summary.textLength,
      parts: outcome.parts,
      extractMs: outcome.extractMs,
      analysisMs: outcome.analysisMs,
      paintMs: outcome.paintMs,
      slices: slicer.stats.slices,
      workMs: slicer.stats.busyMs,
      longestSliceMs: slicer.stats.longestMs,
    } satisfies Partial<PageStats>);
    afterFrame(() => (stats.allPaintedMs = now() - t0));
    last = summary;
    shown = outcome;
    // Late content (a re-render, a paragraph loaded later) places the notes again, in a task
    // of their own (reading the article's fingerprint on a huge page takes a while). A page
    // that breaks the notes (hostile markup) must not break the highlights.
    const notes = deps.notes;
    if (notes !== undefined) {
      setTimeout(() => {
        if (signal.aborted) return;
        try {
          notes.update(extracted);
        } catch {
          // The notes stay as they were placed last.
        }
      }, 0);
    }
    return { summary, outcome };
  };

  /**
   * On a page with more findings than are painted at once, moves the painted window with the
   * reader: when they have scrolled out of it (checked once scrolling stops), the findings from
   * where they are on replace it.
   */
  const followReader = (signal: AbortSignal): void => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recentre = (): void => {
      timer = undefined;
      const outcome = shown;
      if (signal.aborted || outcome === null || !outcome.capped) return;
      const { map } = outcome.extracted;
      const focus = firstVisibleOffset(map, measure);
      const { from, to } = outcome.window;
      // Inside the window with most of it still ahead: nothing to do.
      if (focus >= from && focus <= from + (to - from) * 0.6) return;
      const painted = paintWindow(highlighter, map, outcome.findings, focus);
      outcome.window = { from: painted.from, to: painted.to };
    };
    const onScroll = (): void => {
      if (shown === null || !shown.capped) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(recentre, 150);
    };
    listen(globalThis as unknown as EventTarget, 'scroll', onScroll, { passive: true, signal });
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const analyze = (): Promise<PageSummary> => {
    if (running !== null) return running;
    clear();
    const current = new AbortController();
    session = current;
    const started = run(current.signal, true).then(({ summary, outcome }) => {
      follow(outcome.extracted.article.roots, current.signal);
      followReader(current.signal);
      return summary;
    });
    const settled = (): void => {
      if (running === started) running = null;
    };
    started.then(settled, settled);
    running = started;
    return started;
  };

  /** `content.analyze`: a new analysis, or the one started on injection if it is that recent. */
  const requested = (): Promise<PageSummary> => {
    const own = unasked;
    unasked = null;
    if (
      own !== null &&
      own.session === session &&
      (own.doneAt < 0 || now() - own.doneAt < JOIN_MS)
    ) {
      return own.promise;
    }
    return analyze();
  };

  /** Re-analyses (debounced) when the article's text changes; stops when `signal` aborts. */
  const follow = (roots: readonly Element[], signal: AbortSignal): void => {
    const MO = deps.MutationObserver;
    const target = documentBody(doc) ?? documentElement(doc);
    if (MO === undefined || target === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstChange = 0;
    /** A re-analysis in progress, and whether the article changed again meanwhile. */
    let busy = false;
    let again = false;
    const rerun = (): void => {
      timer = undefined;
      if (signal.aborted) return;
      if (!alive()) {
        dispose();
        return;
      }
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      run(signal, false)
        .then(({ summary, outcome }) => {
          roots = outcome.extracted.article.roots;
          // The popup shows the tab's stored summary: keep it in step with the page.
          tell(runtime, 'page.summary', { summary });
        })
        .catch(() => {
          // Stopped, or the page changed under us in a way we cannot read: leave what is shown.
        })
        .finally(() => {
          busy = false;
          if (again && !signal.aborted) {
            again = false;
            rerun();
          }
        });
    };
    const observer = new MO((records) => {
      if (signal.aborted || !records.some(concernsArticle)) return;
      const t = now();
      if (timer === undefined) firstChange = t;
      else clearTimeout(timer);
      const wait = Math.max(0, Math.min(debounceMs, firstChange + maxWaitMs - t));
      timer = setTimeout(rerun, wait);
    });
    const concernsArticle = (r: MutationRecord): boolean => {
      if (insideOwnUi(r.target)) return false;
      const changed = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
      if (changed.length > 0 && changed.every(isOwnUi)) return false;
      // A change inside the article, or the article taken off the page (a new story loaded).
      return roots.some(
        (root) =>
          contains(root, r.target) || !isConnected(root) || changed.some((n) => contains(n, root)),
      );
    };
    observer.observe(target, { childList: true, characterData: true, subtree: true });
    signal.addEventListener(
      'abort',
      () => {
        observer.disconnect();
        if (timer !== undefined) clearTimeout(timer);
      },
      { once: true },
    );
  };

  const summary = (): PageSummary | null =>
    last === null ? null : { ...last, highlighted: highlighter.showing };

  const answer = async (
    request: ContentRequest,
  ): Promise<Result<ContentMessages[ContentName]['res']>> => {
    const notes = deps.notes;
    switch (request.type) {
      case 'content.ping':
        return ok({ version: CONTENT_VERSION });
      case 'content.analyze':
        return ok(await requested());
      case 'content.summary':
        return ok(summary());
      case 'content.clear':
        clear();
        return ok(null);
      case 'content.stats':
        return ok(lastStats === null ? null : { ...lastStats, counts: { ...lastStats.counts } });
      case 'content.notes': {
        const report = notes?.report() ?? null;
        return report === null
          ? err('not-read', 'Who Said has not read this page yet.')
          : ok(report);
      }
      case 'content.showNote': {
        const { id } = (request as ContentRequest<'content.showNote'>).payload;
        return notes?.show(id)
          ? ok(null)
          : err('not-in-page', 'That passage isn’t in the page as it is now.');
      }
      case 'content.notePassage':
        if (notes === undefined || notes.report() === null) {
          return err('not-read', 'Who Said has not read this page yet.');
        }
        return ok({ opened: notes.noteSelection() });
      case 'content.syncNotes':
        void notes?.sync();
        return ok(null);
    }
  };

  const handle: MessageListener = (message, sender) => {
    if (instance.signal.aborted) return undefined;
    // Only our own extension may drive us (the page cannot reach runtime.onMessage,
    // but nothing else should either).
    if (ownId === undefined || sender?.id !== ownId) {
      return Promise.resolve(err('forbidden', 'This message did not come from Who Said.'));
    }
    const request = validateContentRequest(message);
    if (!request.ok) return Promise.resolve(request);
    return answer(request.value).catch((error: unknown) => {
      if (isAbort(error)) {
        return err('cancelled', 'The analysis was stopped before it finished. Try again.');
      }
      const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
      return err('analysis-failed', `Who Said could not read this page${detail}.`);
    });
  };

  const dispose = (): void => {
    clear();
    deps.notes?.dispose();
    instance.abort();
  };

  runtime.onMessage.addListener(handle);
  instance.signal.addEventListener(
    'abort',
    () => {
      try {
        runtime.onMessage.removeListener(handle);
      } catch {
        // An orphaned runtime may refuse; the listener is dead with it.
      }
    },
    { once: true },
  );
  watchExtension(runtime, instance.signal, alive, dispose, now);

  /** Analyses on the content script's own initiative and tells the background what it found. */
  const analyzeAndReport = async (): Promise<PageSummary> => {
    const promise = analyze();
    const own = { promise, session, doneAt: -1 };
    unasked = own;
    const result = await promise;
    own.doneAt = now();
    tell(runtime, 'page.summary', { summary: result });
    return result;
  };

  return {
    analyze,
    analyzeAndReport,
    summary,
    stats: () => lastStats,
    clear,
    alive,
    dispose,
    handle,
  };
}

/** How long after the script's own analysis a `content.analyze` still takes its result. */
const JOIN_MS = 2000;

/** How long a port must have lived for its loss to be taken as the worker going idle. */
const STEADY_PORT_MS = 1000;

/**
 * Keeps a port open to the background so that an extension reload is noticed at once: the
 * port closes, the runtime is gone, and `orphaned` clears the page. A port also closes when
 * an MV3 service worker goes idle (or the background restarts): the runtime is still there,
 * so the script connects again; a port that keeps closing at once is retried later, with a
 * growing wait, never in a tight loop.
 */
function watchExtension(
  runtime: RuntimeLike,
  signal: AbortSignal,
  alive: () => boolean,
  orphaned: () => void,
  now: () => number,
): void {
  if (typeof runtime.connect !== 'function') return;
  let failures = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(retry), { once: true });
  const later = (): void => {
    failures++;
    retry = setTimeout(connect, Math.min(60_000, 250 * 2 ** failures));
  };
  const connect = (): void => {
    if (signal.aborted) return;
    if (!alive()) {
      orphaned();
      return;
    }
    let port: PortLike;
    try {
      port = (runtime.connect as (info: { name: string }) => PortLike)({ name: CONTENT_PORT });
    } catch {
      later();
      return;
    }
    const opened = now();
    const close = (): void => {
      try {
        port.disconnect();
      } catch {
        // Already closed.
      }
    };
    signal.addEventListener('abort', close, { once: true });
    port.onDisconnect.addListener(() => {
      signal.removeEventListener('abort', close);
      // Read, so that Chrome does not log a closed port as an unchecked error.
      void (runtime as { lastError?: unknown }).lastError;
      if (signal.aborted) return;
      if (!alive()) {
        orphaned();
        return;
      }
      if (now() - opened >= STEADY_PORT_MS) {
        failures = 0;
        connect();
      } else {
        later();
      }
    });
  };
  connect();
}

/** Whether a node is (part of) the extension's own in-page UI. */
function isOwnUi(node: Node): boolean {
  return isElement(node) && closest(node, '[data-whosaid]') !== null;
}

function insideOwnUi(node: Node): boolean {
  const el = isElement(node) ? node : parentElement(node);
  return el !== null && closest(el, '[data-whosaid]') !== null;
}

/** The global the content script keeps its guard on. */
export interface ContentGlobal {
  __whoSaidContent?: ContentController;
}

/**
 * Starts the content script once per page: if a live instance is already
 * there (injected twice), keeps it; if an orphan from before an extension
 * reload is there, disposes of it first. A new instance analyses at once
 * (injected by a click or as a site script alike); a `content.analyze` that
 * arrives meanwhile joins that analysis. Returns the instance in charge.
 */
export function installContent(scope: ContentGlobal, deps: ContentDeps): ContentController {
  const existing = scope.__whoSaidContent;
  if (existing !== undefined && existing.alive()) return existing;
  existing?.dispose();
  const controller = startContent(deps);
  scope.__whoSaidContent = controller;
  const start = (): void => {
    controller.analyzeAndReport().catch(() => {
      // Nothing to show on this page; the reader can still ask from the popup.
    });
  };
  if (readyState(deps.document) === 'loading') {
    listen(deps.document, 'DOMContentLoaded', start, { once: true });
  } else {
    start();
  }
  return controller;
}
