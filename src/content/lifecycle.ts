/**
 * The content script's life on a page: answers the background's messages,
 * analyses and highlights, follows changes to the article, and detaches
 * everything on `content.clear`, when it is replaced, or when the extension
 * was reloaded under it (an orphan whose runtime is gone cleans up quietly).
 *
 * Two lifetimes, each an AbortController:
 * - the instance: the message listener, until the script is disposed;
 * - the session: highlights, the MutationObserver and its timer, from one
 *   analysis until `clear()` or the next analysis.
 */
import { FINDING_KINDS, type Finding, type FindingKind } from '../engine/types';
import type {
  ContentMessages,
  ContentName,
  ContentRequest,
  ContentScriptMessages,
  ContentScriptName,
  ContentScriptRequest,
  PageSummary,
} from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { validateContentRequest } from '../shared/validate';
import { extractArticle, type ExtractedArticle } from './article';
import type { Highlighter } from './highlighter';
import type { PageNotes } from './notes/page-notes';

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

/** The part of `browser.runtime` the content script uses. */
export interface RuntimeLike {
  readonly id?: string;
  /** Sends a `ContentScriptMessages` request to the background. */
  sendMessage(message: ContentScriptRequest): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
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
  /** The reader's notes in the page (placed again after every analysis). */
  notes?: PageNotes;
}

/** A running content script. */
export interface ContentController {
  /** Analyses the page, shows highlights, follows changes; running twice is harmless. */
  analyze(): PageSummary;
  /** `analyze`, then tells the background the page's summary (when nobody asked for it). */
  analyzeAndReport(): PageSummary;
  /** The last analysis, with `highlighted` telling whether highlights are shown now. */
  summary(): PageSummary | null;
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

/** Starts a content script on `deps.document` and registers its message listener. */
export function startContent(deps: ContentDeps): ContentController {
  const { runtime, document: doc, highlighter } = deps;
  const now = deps.now ?? (() => performance.now());
  const debounceMs = deps.debounceMs ?? 800;
  const maxWaitMs = deps.maxWaitMs ?? 5000;
  const ownId = runtimeId(runtime);
  const instance = new AbortController();
  let session: AbortController | null = null;
  let last: PageSummary | null = null;

  const alive = (): boolean =>
    !instance.signal.aborted && ownId !== undefined && runtimeId(runtime) === ownId;

  const clear = (): void => {
    session?.abort();
    session = null;
    highlighter.clear();
    deps.notes?.clear();
  };

  const run = (): { summary: PageSummary; extracted: ExtractedArticle } => {
    const t0 = now();
    const extracted = extractArticle(doc);
    const findings = deps.analyze(extracted.map.text);
    highlighter.show(findings, extracted.map);
    // Late content (a re-render, a paragraph loaded later) places the notes again.
    deps.notes?.update(extracted);
    const summary: PageSummary = {
      url: doc.URL,
      title: extracted.title.slice(0, 2000),
      counts: countKinds(findings),
      textLength: extracted.map.text.length,
      highlighted: highlighter.showing,
      ms: Math.max(0, now() - t0),
    };
    last = summary;
    return { summary, extracted };
  };

  const analyze = (): PageSummary => {
    clear();
    const { summary, extracted } = run();
    session = new AbortController();
    follow(extracted.article.roots, session.signal);
    return summary;
  };

  /** Re-analyses (debounced) when the article's text changes; stops when `signal` aborts. */
  const follow = (roots: readonly Element[], signal: AbortSignal): void => {
    const MO = deps.MutationObserver;
    const target = doc.body ?? doc.documentElement;
    if (MO === undefined || target === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstChange = 0;
    const rerun = (): void => {
      timer = undefined;
      if (signal.aborted) return;
      if (!alive()) {
        dispose();
        return;
      }
      try {
        const { summary, extracted } = run();
        roots = extracted.article.roots;
        // The popup shows the tab's stored summary: keep it in step with the page.
        tell(runtime, 'page.summary', { summary });
      } catch {
        // The page changed under us in a way we cannot read: leave what is shown.
      }
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
          root.contains(r.target) || !root.isConnected || changed.some((n) => n.contains(root)),
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

  const answer = (request: ContentRequest): Result<ContentMessages[ContentName]['res']> => {
    const notes = deps.notes;
    switch (request.type) {
      case 'content.ping':
        return ok({ version: CONTENT_VERSION });
      case 'content.analyze':
        return ok(analyze());
      case 'content.summary':
        return ok(summary());
      case 'content.clear':
        clear();
        return ok(null);
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
    try {
      return Promise.resolve(answer(request.value));
    } catch (error) {
      const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
      return Promise.resolve(err('analysis-failed', `Who Said could not read this page${detail}.`));
    }
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

  /** Analyses on the content script's own initiative and tells the background what it found. */
  const analyzeAndReport = (): PageSummary => {
    const result = analyze();
    tell(runtime, 'page.summary', { summary: result });
    return result;
  };

  return { analyze, analyzeAndReport, summary, clear, alive, dispose, handle };
}

const ELEMENT_NODE = 1;

/** Whether a node is (part of) the extension's own in-page UI. */
function isOwnUi(node: Node): boolean {
  return node.nodeType === ELEMENT_NODE && (node as Element).closest('[data-whosaid]') !== null;
}

function insideOwnUi(node: Node): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  return el !== null && el.closest('[data-whosaid]') !== null;
}

/** The global the content script keeps its guard on. */
export interface ContentGlobal {
  __whoSaidContent?: ContentController;
  /** Set by whoever injects the script to stop it analysing on its own. */
  __whoSaidManual?: boolean;
}

/**
 * Starts the content script once per page: if a live instance is already
 * there (injected twice), keeps it; if an orphan from before an extension
 * reload is there, disposes of it first. Unless `__whoSaidManual` is set, the
 * new instance analyses at once (the background's content.analyze that may
 * follow just runs it again, which is harmless). Returns the instance in charge.
 */
export function installContent(scope: ContentGlobal, deps: ContentDeps): ContentController {
  const existing = scope.__whoSaidContent;
  if (existing !== undefined && existing.alive()) return existing;
  existing?.dispose();
  const controller = startContent(deps);
  scope.__whoSaidContent = controller;
  if (scope.__whoSaidManual !== true) {
    const start = (): void => {
      try {
        controller.analyzeAndReport();
      } catch {
        // Nothing to show on this page; the reader can still ask from the popup.
      }
    };
    if (deps.document.readyState === 'loading') {
      deps.document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      start();
    }
  }
  return controller;
}
