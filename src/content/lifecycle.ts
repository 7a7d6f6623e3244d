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
 *
 * What the reader sees of the findings (their corrections, their settings,
 * the cards and keyboard stepping) is the `view`'s business: the lifecycle
 * hands it each part's findings before they are painted, and the whole
 * analysis once it is shown.
 */
import { FINDING_KINDS, type Finding, type FindingKind } from '../engine/types';
import {
  CONTENT_PORT,
  type ContentMessages,
  type ContentRequest,
  type ContentScriptMessages,
  type ContentScriptName,
  type ContentScriptRequest,
  type PageStats,
  type PageSummary,
} from '../shared/messages';
import type { PageLedger, RevealResult } from '../shared/ledger';
import { err, ok, type Result } from '../shared/result';
import { validateContentRequest } from '../shared/validate';
import { runAnalysis, type Analyze, type RunOutcome } from './analysis-run';
import type { ExtractedArticle } from './article';
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
import { detectLanguage } from './language';
import { paintWindow } from './painter';
import type { Part } from './parts';
import { abortReason, createSlicer, yieldToPage } from './steps';
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

/**
 * The reader's layer over the highlights (src/content/in-page.ts): decides
 * what is shown of the engine's findings and lives alongside the highlights.
 */
export interface PageView {
  /**
   * Loads what the page needs before it is analysed (the reader's settings and
   * corrections), once, or again when `force`. False: Who Said must not run here.
   */
  prepare(force: boolean): Promise<boolean>;
  /** A new analysis of `text` begins: `present` then sees each of its parts. */
  begin(text: string): void;
  /** The findings to show of one part's findings (the reader's phrases, corrections, kinds). */
  present(findings: readonly Finding[], part: Part): Finding[];
  /** The whole last analysis presented again (after a correction or a change of settings). */
  represent(): Finding[];
  /**
   * Highlights now show `findings` in `article`. `refresh` shows the last analysis
   * again through `represent` and tells the background the new summary.
   */
  attach(findings: readonly Finding[], article: ExtractedArticle, refresh: () => void): void;
  /** Highlights are gone: close what is open, stop listening. */
  detach(): void;
  /** The sourcing ledger of what is shown, or null when nothing is (built in slices). */
  ledger(): Promise<PageLedger | null>;
  /** Shows one claim of a ledger entry. */
  reveal(entry: string, claim: number): Result<RevealResult>;
}

/** Everything the content script needs from outside; tests hand in doubles. */
export interface ContentDeps {
  runtime: RuntimeLike;
  document: Document;
  /** The engine: in the background (engine-client.ts), or at once in tests. */
  analyze: Analyze;
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
  /** The reader's layer (corrections, settings, cards); absent: the engine's findings as they are. */
  view?: PageView;
  /** Parts asked ahead of an engine that answers later (default `AHEAD` in analysis-run.ts). */
  ahead?: number;
}

/** A running content script. */
export interface ContentController {
  /**
   * Analyses the page, shows highlights, follows changes. Running twice is harmless: while an
   * analysis runs, asking again waits for it.
   */
  analyze(): Promise<PageSummary>;
  /**
   * `analyze`, then tells the background the page's summary (when nobody asked for it); with
   * `ready`, nothing is shown before it is true (see `runAnalysis`).
   */
  analyzeAndReport(ready?: Promise<boolean>): Promise<PageSummary>;
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
  /**
   * Shows the last analysis again through the view (corrections or settings
   * changed) without reading the page again, and tells the background. Null
   * when nothing is shown.
   */
  refresh(): PageSummary | null;
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

/**
 * Resolves after the next frame has been painted, or after `FRAME_WAIT_MS` where no frame comes
 * (a tab in the background, a document without rendering).
 */
function framePassed(afterFrame: (callback: () => void) => void): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    afterFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** The longest wait for a frame before going on without it. */
const FRAME_WAIT_MS = 100;

/** Whether an error is the one an aborted run ends with. */
const isAbort = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { name?: unknown }).name === 'AbortError';

/** The language the page declares for the article (nearest `lang`), if any. */
function declaredLanguage(doc: Document, roots: readonly Element[]): string | null {
  const first = roots[0];
  const holder = first ? closest(first, '[lang]') : null;
  return (holder ?? documentElement(doc))?.getAttribute('lang') ?? null;
}

/** The answer on a site the reader listed under "never run". */
const neverHere = (): Result<never> =>
  err(
    'never-run',
    'You asked Who Said never to run on this site. Allow it again to read this page.',
  );

/** Starts a content script on `deps.document` and registers its message listener. */
export function startContent(deps: ContentDeps): ContentController {
  const { runtime, document: doc, highlighter, view } = deps;
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
    view?.detach();
  };

  /** One analysis, in slices: live for the first of a session, swapped in for a re-analysis. */
  const run = async (
    signal: AbortSignal,
    live: boolean,
    ready?: Promise<boolean>,
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
      requests: 0,
      firstRequestMs: null,
      firstAnswerMs: null,
      lastHighlightMs: null,
      doneMs: 0,
      firstPaintMs: null,
      allPaintedMs: null,
      startedAt: deps.now === undefined ? performance.timeOrigin + t0 : null,
    };
    lastStats = stats;
    const outcome = await runAnalysis({
      doc,
      analyze: deps.analyze,
      ...(view
        ? {
            begin: (text: string) => view.begin(text),
            present: (found: Finding[], part: Part) => view.present(found, part),
          }
        : {}),
      highlighter,
      slicer,
      signal,
      live,
      focus: (map) => firstVisibleOffset(map, measure),
      now,
      onFirstPaint: () => afterFrame(() => (stats.firstPaintMs = now() - t0)),
      ...(deps.ahead === undefined ? {} : { ahead: deps.ahead }),
      ...(ready === undefined ? {} : { ready }),
    });
    afterFrame(() => (stats.allPaintedMs = now() - t0));
    // The frame that shows the last highlights goes first; the summary, the language and the
    // reader's layer (cards, ledger) follow it rather than hold it up.
    if (outcome.ranges > 0) {
      await framePassed(afterFrame);
      if (signal.aborted) throw abortReason(signal);
    }
    const { extracted, findings } = outcome;
    const counts = countKinds(findings);
    const summary: PageSummary = {
      url: documentUrl(doc),
      title: extracted.title.slice(0, 2000),
      counts,
      textLength: extracted.map.text.length,
      highlighted: highlighter.showing,
      ms: Math.max(0, now() - t0),
      language: detectLanguage(declaredLanguage(doc, extracted.article.roots), extracted.map.text),
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
      requests: outcome.requests,
      requestTimes: outcome.requestTimes,
      firstRequestMs: outcome.firstRequestMs,
      firstAnswerMs: outcome.firstAnswerMs,
      lastHighlightMs: outcome.lastHighlightMs,
    } satisfies Partial<PageStats>);
    last = summary;
    shown = outcome;
    view?.attach(findings, extracted, refresh);
    stats.doneMs = now() - t0;
    // Late content (a re-render, a paragraph loaded later) places the notes again, in a task
    // of their own (reading the article's fingerprint on a huge page takes a while). A page
    // that breaks the notes (hostile markup) must not break the highlights.
    const notes = deps.notes;
    if (notes !== undefined) {
      const place = (): void => {
        if (signal.aborted) return;
        try {
          notes.update(extracted);
        } catch {
          // The notes stay as they were placed last.
        }
      };
      // After the frame that ends the run, as the summary is: on a page with nothing to
      // highlight no frame was awaited above, and a timer set now runs before the next frame
      // (nytimes-5: a 10 ms task between the engine's answer and the frame).
      if (outcome.ranges > 0) setTimeout(place, 0);
      else void framePassed(afterFrame).then(place);
    }
    return { summary, outcome };
  };

  /** The last analysis shown again through the view, without reading the page again. */
  const refresh = (): PageSummary | null => {
    const outcome = shown;
    if (view === undefined || session === null || outcome === null || last === null) return null;
    const findings = view.represent();
    const { map } = outcome.extracted;
    const focus = outcome.capped ? firstVisibleOffset(map, measure) : 0;
    const painted = paintWindow(highlighter, map, findings, focus);
    outcome.findings = findings;
    outcome.window = { from: painted.from, to: painted.to };
    const summary: PageSummary = {
      ...last,
      counts: countKinds(findings),
      highlighted: highlighter.showing,
    };
    delete summary.painted;
    if (painted.painted < findings.length) summary.painted = painted.painted;
    last = summary;
    view.attach(findings, outcome.extracted, refresh);
    tell(runtime, 'page.summary', { summary });
    return summary;
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

  /** A new analysis (or the one running); `ready` as in `runAnalysis`. */
  const analyze = (ready?: Promise<boolean>): Promise<PageSummary> => {
    if (running !== null) return running;
    clear();
    const current = new AbortController();
    session = current;
    const started = run(current.signal, true, ready).then(({ summary, outcome }) => {
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

  const answer = async (request: ContentRequest): Promise<Result<unknown>> => {
    const notes = deps.notes;
    switch (request.type) {
      case 'content.ping':
        return ok({ version: CONTENT_VERSION });
      case 'content.analyze':
        if (view && !(await view.prepare(false))) return neverHere();
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
        const { id } = request.payload as ContentMessages['content.showNote']['req'];
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
      case 'content.ledger':
        return ok((await view?.ledger()) ?? null);
      case 'content.reveal': {
        const { entry, claim } = request.payload as ContentMessages['content.reveal']['req'];
        return view ? view.reveal(entry, claim) : err('not-found', 'Nothing is shown here.');
      }
      case 'content.refresh':
        if (view && !(await view.prepare(true))) {
          clear();
          return ok(null);
        }
        return ok(refresh());
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
  watchExtension(runtime, instance.signal, alive, dispose);

  /**
   * Analyses on the content script's own initiative and tells the background what it found;
   * `ready` as in `runAnalysis` (false: nothing is shown, and the page is left as it was).
   */
  const analyzeAndReport = async (ready?: Promise<boolean>): Promise<PageSummary> => {
    const promise = analyze(ready);
    const own = { promise, session, doneAt: -1 };
    unasked = own;
    if (ready !== undefined) {
      void ready.then(
        (yes) => {
          if (!yes && session === own.session) clear();
        },
        () => undefined,
      );
    }
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
    refresh,
    handle,
  };
}

/** How long after the script's own analysis a `content.analyze` still takes its result. */
const JOIN_MS = 2000;

/** How often a script whose port closed checks that the extension is still there. */
const WATCH_MS = 1000;
/** Just after the port closed, it checks more often, for this long. */
const FAST_WATCH_MS = 50;
const FAST_WATCH_FOR_MS = 2000;

/**
 * Notices an extension reload at once and clears the page (`orphaned`). A port to the
 * background closes the moment the extension goes; the runtime is then gone too. A port
 * also closes when the MV3 service worker goes idle (about 30 s without events): the
 * runtime is still there then, and connecting again would wake the worker every half
 * minute for every open tab. So after the first port closes the script only reads its
 * runtime's id once a second (a property read, no message, no worker), which is gone
 * within a second of a reload. Where ports are not available it polls from the start.
 */
function watchExtension(
  runtime: RuntimeLike,
  signal: AbortSignal,
  alive: () => boolean,
  orphaned: () => void,
): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  /**
   * Checks the runtime, often for the first seconds after the port closed (a reload closes
   * the port a moment before the runtime's id goes), then once a second.
   */
  const poll = (): void => {
    const started = Date.now();
    const check = (): void => {
      if (signal.aborted) return;
      if (!alive()) {
        orphaned();
        return;
      }
      timer = setTimeout(
        check,
        Date.now() - started < FAST_WATCH_FOR_MS ? FAST_WATCH_MS : WATCH_MS,
      );
    };
    timer = setTimeout(check, FAST_WATCH_MS);
  };
  if (typeof runtime.connect !== 'function') {
    poll();
    return;
  }
  let port: PortLike;
  try {
    port = (runtime.connect as (info: { name: string }) => PortLike)({ name: CONTENT_PORT });
  } catch {
    if (alive()) poll();
    else orphaned();
    return;
  }
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
    if (!alive()) orphaned();
    else poll();
  });
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
    // The view learns whether the reader lets Who Said run on this site, and their settings:
    // meanwhile, from the next task on, the page is read (its first-run cost, compiling the
    // content script's code, overlaps the round trip); nothing is shown before the answer (the
    // background's engine may already be at work). A false answer stops the run and leaves the
    // page as it was.
    const allowed = deps.view ? deps.view.prepare(false) : Promise.resolve(true);
    const ready = allowed.then((yes) => yes && controller.alive());
    void (deps.yieldNow ?? yieldToPage)()
      .then(() => (controller.alive() ? controller.analyzeAndReport(ready) : null))
      .catch(() => {
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
