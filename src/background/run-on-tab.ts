/**
 * The one code path that analyses a tab, whatever started it: the popup, the
 * keyboard shortcut, or an end-to-end test through `globalThis.whoSaid`.
 * It injects the content script (harmless if already there), asks it to
 * analyse, and keeps the summary for the popup.
 */
import type { ContentGlobal } from '../content/lifecycle';
import { cssFileFor } from '../shared/highlight-styles';
import { detectVariant } from '../shared/highlight-variant';
import type { PageSummary } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { errorText, type BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import { injectionError, restrictedPage } from './restricted-pages';
import type { SummaryStore } from './summaries';

/** The content script the build puts at the root of the extension. */
export const CONTENT_JS = 'content.js';

/**
 * The `::highlight()` stylesheet for this browser (one file per style variant, written by the
 * build from src/shared/highlight-styles.ts beside content.js).
 */
export async function highlightCssFile(
  browser: Pick<BackgroundBrowser, 'runtime'>,
): Promise<string> {
  return cssFileFor(await detectVariant(browser.runtime));
}

/**
 * Runs in the page's isolated world, before `content.js`, and sets the flag the
 * content script reads. Self-contained (only a type import), as `executeScript`
 * serialises the function.
 */
export function markManual(): void {
  (globalThis as ContentGlobal).__whoSaidManual = true;
}

export interface RunDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting' | 'runtime'>;
  summaries: SummaryStore;
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
  } catch (error) {
    return injectionError(errorText(error));
  }
  try {
    const css = await highlightCssFile(browser);
    await browser.scripting.insertCSS({ target: { tabId }, files: [css] });
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
