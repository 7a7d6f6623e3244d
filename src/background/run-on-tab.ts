/**
 * The one code path that analyses a tab, whatever started it: the popup, the
 * keyboard shortcut, or an end-to-end test through `globalThis.whoSaid`.
 * It injects the content script (harmless if already there), asks it to
 * analyse, and keeps the summary for the popup.
 */
import type { ContentGlobal } from '../content/lifecycle';
import type { PageSummary } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { errorText, type BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import { injectionError, restrictedPage } from './restricted-pages';
import type { SummaryStore } from './summaries';

/** Files the build puts at the root of the extension. */
export const CONTENT_JS = 'content.js';
export const CONTENT_CSS = 'content.css';

/**
 * Runs in the page's isolated world, before `content.js`, and sets the flag the
 * content script reads. Self-contained (only a type import), as `executeScript`
 * serialises the function.
 */
export function markManual(): void {
  (globalThis as ContentGlobal).__whoSaidManual = true;
}

export interface RunDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting'>;
  summaries: SummaryStore;
  /** Whether the reader listed the page's site under "never run" (default: never blocked). */
  blocked?: (url: string) => Promise<boolean>;
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

/** Injects the content script into a tab, analyses the page and returns its summary. */
export async function runOnTab(deps: RunDeps, tabId: number): Promise<Result<PageSummary>> {
  const { browser } = deps;
  try {
    // Without the `tabs` permission the URL is only there when we may run on the tab;
    // when it is there, refuse known-impossible pages before the browser does, in clearer words.
    const tab = await browser.tabs.get(tabId);
    const refusal = tab.url ? restrictedPage(tab.url) : null;
    if (refusal) return refusal;
    if (tab.url && (await deps.blocked?.(tab.url))) return neverRunRefusal(tab.url);
  } catch (error) {
    return injectionError(errorText(error));
  }
  try {
    await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_CSS] });
    // The content script analyses on its own when it starts (that is how site scripts
    // work); here the analysis is asked for below, so tell it not to do the work twice.
    await browser.scripting.executeScript({ target: { tabId }, func: markManual });
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_JS] });
  } catch (error) {
    return injectionError(errorText(error));
  }
  const summary = await sendToContent(browser, tabId, 'content.analyze');
  if (!summary.ok) return summary;
  await deps.summaries.set(tabId, summary.value).catch(() => undefined);
  return ok(summary.value);
}
