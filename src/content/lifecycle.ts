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
 *
 * What the reader sees of the findings (their corrections, their settings,
 * the cards and keyboard stepping) is the `view`'s business: the lifecycle
 * hands it the engine's findings and shows what it returns.
 */
import { FINDING_KINDS, type Finding, type FindingKind } from '../engine/types';
import type {
  ContentMessages,
  ContentRequest,
  ContentScriptMessages,
  ContentScriptName,
  ContentScriptRequest,
  PageSummary,
} from '../shared/messages';
import type { PageLedger, RevealResult } from '../shared/ledger';
import { err, ok, type Result } from '../shared/result';
import { validateContentRequest } from '../shared/validate';
import { extractArticle, type ExtractedArticle } from './article';
import type { Highlighter } from './highlighter';
import { detectLanguage } from './language';

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
  /** The findings to show, from the engine's findings of `text`. */
  present(findings: readonly Finding[], text: string): Finding[];
  /**
   * Highlights now show `findings` in `article`. `refresh` shows the last
   * analysis again through `present` (after the reader corrected a finding)
   * and tells the background the new summary.
   */
  attach(findings: readonly Finding[], article: ExtractedArticle, refresh: () => void): void;
  /** Highlights are gone: close what is open, stop listening. */
  detach(): void;
  /** The sourcing ledger of what is shown, or null when nothing is. */
  ledger(): PageLedger | null;
  /** Shows one claim of a ledger entry. */
  reveal(entry: string, claim: number): Result<RevealResult>;
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
  /** The reader's layer (corrections, settings, cards); absent: the engine's findings as they are. */
  view?: PageView;
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

/** The language the page declares for the article (nearest `lang`), if any. */
function declaredLanguage(doc: Document, roots: readonly Element[]): string | null {
  const first = roots[0];
  // Through the prototype: a page can shadow `closest` on its own elements.
  const holder = first ? Element.prototype.closest.call(first, '[lang]') : null;
  return (holder ?? doc.documentElement)?.getAttribute('lang') ?? null;
}

/** Starts a content script on `deps.document` and registers its message listener. */
export function startContent(deps: ContentDeps): ContentController {
  const { runtime, document: doc, highlighter, view } = deps;
  const now = deps.now ?? (() => performance.now());
  const debounceMs = deps.debounceMs ?? 800;
  const maxWaitMs = deps.maxWaitMs ?? 5000;
  const ownId = runtimeId(runtime);
  const instance = new AbortController();
  let session: AbortController | null = null;
  let last: PageSummary | null = null;
  /** The engine's findings of the last analysis, for `refresh`. */
  let analysed: { findings: Finding[]; extracted: ExtractedArticle; ms: number } | null = null;

  const alive = (): boolean =>
    !instance.signal.aborted && ownId !== undefined && runtimeId(runtime) === ownId;

  const clear = (): void => {
    session?.abort();
    session = null;
    highlighter.clear();
    view?.detach();
  };

  /** Shows what the view makes of the last analysis and returns the page's summary. */
  const show = (): PageSummary => {
    const { findings: found, extracted, ms } = analysed as NonNullable<typeof analysed>;
    const text = extracted.map.text;
    const findings = view ? view.present(found, text) : found;
    highlighter.show(findings, extracted.map);
    view?.attach(findings, extracted, refresh);
    const summary: PageSummary = {
      url: doc.URL,
      title: extracted.title.slice(0, 2000),
      counts: countKinds(findings),
      textLength: text.length,
      highlighted: highlighter.showing,
      ms,
      language: detectLanguage(declaredLanguage(doc, extracted.article.roots), text),
    };
    last = summary;
    return summary;
  };

  const run = (): { summary: PageSummary; extracted: ExtractedArticle } => {
    const t0 = now();
    const extracted = extractArticle(doc);
    const findings = deps.analyze(extracted.map.text);
    analysed = { findings, extracted, ms: Math.max(0, now() - t0) };
    return { summary: show(), extracted };
  };

  const refresh = (): PageSummary | null => {
    if (session === null || analysed === null) return null;
    const summary = show();
    tell(runtime, 'page.summary', { summary });
    return summary;
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

  const answer = async (request: ContentRequest): Promise<Result<unknown>> => {
    switch (request.type) {
      case 'content.ping':
        return ok({ version: CONTENT_VERSION });
      case 'content.analyze':
        if (view && !(await view.prepare(false))) return neverHere();
        return ok(analyze());
      case 'content.summary':
        return ok(summary());
      case 'content.clear':
        clear();
        return ok(null);
      case 'content.ledger':
        return ok(view?.ledger() ?? null);
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
      const detail = error instanceof Error ? ` (${error.message.slice(0, 200)})` : '';
      return err('analysis-failed', `Who Said could not read this page${detail}.`);
    });
  };

  const dispose = (): void => {
    clear();
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

  return { analyze, analyzeAndReport, summary, clear, alive, dispose, handle, refresh };
}

/** The answer on a site the reader listed under "never run". */
const neverHere = (): Result<never> =>
  err(
    'never-run',
    'You asked Who Said never to run on this site. Allow it again to read this page.',
  );

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
    const analyseNow = (): void => {
      try {
        controller.analyzeAndReport();
      } catch {
        // Nothing to show on this page; the reader can still ask from the popup.
      }
    };
    // The view first learns whether the reader lets Who Said run on this site.
    const view = deps.view;
    const start = view
      ? () =>
          void view.prepare(false).then((allowed) => {
            if (allowed && controller.alive()) analyseNow();
          })
      : analyseNow;
    if (deps.document.readyState === 'loading') {
      deps.document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
      start();
    }
  }
  return controller;
}
