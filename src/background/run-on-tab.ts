/**
 * The one code path that analyses a tab, whatever started it: the popup, the
 * keyboard shortcut, or an end-to-end test through `globalThis.whoSaid`.
 * It injects the content script (harmless if already there), asks it to
 * analyse, and keeps the summary for the popup.
 *
 * A toolbar click waits on this path, so it takes as few round trips to the
 * tab as it can: the stylesheet and the script go in together, and a script
 * new to the page starts analysing as soon as it runs (as a site script
 * does), so the `content.analyze` that follows joins that analysis instead of
 * starting another. Two requests for the same tab at once (the popup opened
 * while the shortcut runs) share one run, and a run a toolbar click started before its popup
 * opened (`runForPopup`, see toolbar-click.ts) is the answer to the popup's request, even when
 * it finished before the popup asked.
 */
import { cssFileFor, DEFAULT_SCHEME, type SchemeName } from '../shared/highlight-styles';
import { detectVariant } from '../shared/highlight-variant';
import type { PageSummary } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { onNeverRunSite, type ReaderSettings } from '../shared/settings';
import { errorText, type BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import { injectionError, restrictedPage } from './restricted-pages';
import type { SummaryStore } from './summaries';

/** The content script the build puts at the root of the extension. */
export const CONTENT_JS = 'content.js';

/**
 * The `::highlight()` stylesheet for this browser in the reader's colour scheme (one file per
 * scheme and style variant, written by the build from src/shared/highlight-styles.ts beside
 * content.js).
 */
export async function highlightCssFile(
  browser: Pick<BackgroundBrowser, 'runtime'>,
  scheme: SchemeName = DEFAULT_SCHEME,
): Promise<string> {
  return cssFileFor(await detectVariant(browser.runtime), scheme);
}

export interface RunDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting' | 'runtime'>;
  summaries: SummaryStore;
  /** The reader's settings: sites never to run on, the colour scheme (default: none, standard). */
  settings?: () => Promise<ReaderSettings>;
  /**
   * Warms up the engine the page will ask (`page.analyze`, engine-service.ts) while the run
   * reads the settings and injects, and the page compiles the script and reads the article;
   * `stopWarmUp` when the run is refused before the page could ask.
   */
  warmUp?: () => void;
  stopWarmUp?: () => void;
}

/** One step of a run, kept for a test that failed on it to read (`globalThis.whoSaid`). */
export interface RunPhase {
  tabId: number;
  /** `Date.now()` when the step was reached. */
  at: number;
  phase: string;
}

/** The last steps of runs in this worker (a few dozen, in memory only). */
const phases: RunPhase[] = [];
const PHASES_KEPT = 40;

/** Notes that a run for `tabId` reached `phase`. */
export function markRun(tabId: number, phase: string): void {
  phases.push({ tabId, at: Date.now(), phase });
  if (phases.length > PHASES_KEPT) phases.splice(0, phases.length - PHASES_KEPT);
}

/** The steps runs took lately, oldest first: what a failed end-to-end test prints. */
export function recentRunPhases(): RunPhase[] {
  return phases.slice();
}

/** The refusal for a page on a site the reader never wants Who Said to run on. */
export function neverRunRefusal(url: string): Result<never> {
  let host = 'this site';
  try {
    host = new URL(url).hostname.replace(/^www\./, '');
  } catch {
    // Keep the generic words.
  }
  return err(
    'never-run',
    `You asked Who Said never to run on ${host}. Allow it again to read this page.`,
  );
}

/**
 * Runs in progress, by browser and tab: the popup's handler and the background's own callers
 * (click, shortcut, menu) build their deps apart, but one browser's tab is one page.
 */
type Runs = Map<number, Promise<Result<PageSummary>>>;
const inFlight = new WeakMap<object, Runs>();

/** How long a run started for a popup waits for the popup to ask for it. */
export const CLAIM_MS = 10_000;

/** Runs started by a toolbar click for the popup it opens, until the popup asks (or `CLAIM_MS`). */
const forPopup = new WeakMap<
  object,
  Map<number, { run: Promise<Result<PageSummary>>; until: number }>
>();

/**
 * `runOnTab` for the popup a toolbar click is opening: the next request for the tab (the
 * popup's `tab.run`) gets this run's answer, even if it comes after the run finished.
 */
export function runForPopup(deps: RunDeps, tabId: number): Promise<Result<PageSummary>> {
  const run = runOnTab(deps, tabId);
  let waiting = forPopup.get(deps.browser);
  if (waiting === undefined) forPopup.set(deps.browser, (waiting = new Map()));
  waiting.set(tabId, { run, until: Date.now() + CLAIM_MS });
  return run;
}

/** The tab's page is gone (navigated, closed): a run waiting for its popup describes another. */
export function dropPopupRun(deps: RunDeps, tabId: number): void {
  forPopup.get(deps.browser)?.delete(tabId);
}

/**
 * Injects the content script into a tab, analyses the page and returns its summary. While a
 * run for the tab is in progress, asking again returns that run's answer; so does the first
 * request after a toolbar click started one (`runForPopup`).
 */
export function runOnTab(deps: RunDeps, tabId: number): Promise<Result<PageSummary>> {
  const waiting = forPopup.get(deps.browser)?.get(tabId);
  if (waiting !== undefined) {
    forPopup.get(deps.browser)?.delete(tabId);
    if (Date.now() <= waiting.until) {
      markRun(tabId, "asked: the click's run");
      return waiting.run;
    }
  }
  let runs = inFlight.get(deps.browser);
  if (runs === undefined) inFlight.set(deps.browser, (runs = new Map()));
  const running = runs.get(tabId);
  if (running !== undefined) {
    markRun(tabId, 'asked: the run in progress');
    return running;
  }
  const started = runOnce(deps, tabId).finally(() => runs.delete(tabId));
  runs.set(tabId, started);
  return started;
}

async function runOnce(deps: RunDeps, tabId: number): Promise<Result<PageSummary>> {
  const result = await runSteps(deps, tabId);
  markRun(tabId, result.ok ? 'done' : `failed: ${result.error.code}`);
  return result;
}

async function runSteps(deps: RunDeps, tabId: number): Promise<Result<PageSummary>> {
  markRun(tabId, 'start');
  // The engine warms up in the worker's idle time from now on (the settings, the tab and the
  // injection are awaited); a run refused before its content script started stops it.
  deps.warmUp?.();
  const refused = await startSteps(deps, tabId);
  if (refused !== null) {
    deps.stopWarmUp?.();
    return refused;
  }
  markRun(tabId, 'injected');
  const summary = await sendToContent(deps.browser, tabId, 'content.analyze');
  if (!summary.ok) return summary;
  await deps.summaries.set(tabId, summary.value).catch(() => undefined);
  return ok(summary.value);
}

/** The run's steps up to its content script in the page: null, else the refusal. */
async function startSteps(deps: RunDeps, tabId: number): Promise<Result<never> | null> {
  const { browser } = deps;
  const settings = await deps.settings?.().catch(() => undefined);
  markRun(tabId, settings === undefined ? 'settings unread' : 'settings read');
  try {
    // Without the `tabs` permission the URL is only there when we may run on the tab;
    // when it is there, refuse known-impossible pages before the browser does, in clearer words.
    const tab = await browser.tabs.get(tabId);
    const refusal = tab.url ? restrictedPage(tab.url) : null;
    if (refusal) return refusal;
    if (tab.url && settings && onNeverRunSite(settings.neverRun, tab.url)) {
      return neverRunRefusal(tab.url);
    }
  } catch (error) {
    return injectionError(errorText(error));
  }
  return inject(deps, tabId, settings?.scheme);
}

/**
 * How long to wait before injecting again into a tab the browser says we may read but whose page
 * refused the script: a toolbar click's grant (activeTab) is given in the browser at once and
 * reaches the page's renderer a moment later, and an injection that overtakes it is refused
 * ("Cannot access contents of the page"): seen in Chromium 156 on a heavily loaded machine, in
 * one of six end-to-end runs (a click among some 200).
 */
export const INJECT_RETRY_MS: readonly number[] = [50, 200, 500];

/**
 * Puts the stylesheet and the content script into the tab, together; null when both are in,
 * else the refusal in the reader's words. A part the page refused for want of permission is
 * tried again (`INJECT_RETRY_MS`) while the browser shows us the tab's address, which it does
 * only when we may run there; a part already in is not put in twice.
 */
async function inject(
  deps: RunDeps,
  tabId: number,
  scheme: SchemeName | undefined,
): Promise<Result<never> | null> {
  const { browser } = deps;
  const css = highlightCssFile(browser, scheme);
  let parts: (() => Promise<unknown>)[] = [
    () => css.then((file) => browser.scripting.insertCSS({ target: { tabId }, files: [file] })),
    () => browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] }),
  ];
  for (let attempt = 0; ; attempt++) {
    const results = await Promise.allSettled(parts.map((part) => part()));
    const failed = parts.filter((_, i) => results[i]?.status === 'rejected');
    if (failed.length === 0) return null;
    const reason = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')?.reason;
    const text = errorText(reason);
    const refusal = injectionError(text);
    markRun(tabId, `refused: ${text.slice(0, 160)}`);
    const wait = INJECT_RETRY_MS[attempt];
    if (refusal.ok || refusal.error.code !== 'no-permission' || wait === undefined) return refusal;
    const visible = await browser.tabs.get(tabId).then(
      (tab) => Boolean(tab.url),
      () => false,
    );
    if (!visible) return refusal;
    await new Promise((resolve) => setTimeout(resolve, wait));
    parts = failed;
  }
}
