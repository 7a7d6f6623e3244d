/**
 * The toolbar button (and its shortcut, `_execute_action`) in a browser where the manifest
 * declares no `default_popup` (the Chromium build, see docs/adr/0006): the click reaches the
 * background (`action.onClicked`), which starts reading the page at once and opens the popup
 * itself. With a declared popup the browser starts the popup's document first, and only the
 * popup's code could ask for the analysis: 270-300 ms after the click on the shared test
 * machine, before any of Who Said's code ran.
 *
 * The popup then asks for the tab's analysis as always (`tab.run`) and is handed the one this
 * click started (`runOnTab` gives a click's run to the first request that comes for the tab).
 */
import type { PageSummary } from '../shared/messages';
import type { Result } from '../shared/result';
import type { BackgroundBrowser } from './browser-api';
import { markRun } from './run-on-tab';
import type { SummaryStore } from './summaries';

/** The popup page, as built (the path manifest.json's `action.default_popup` names). */
export const POPUP_PAGE = 'src/ui/popup/index.html';

export interface ToolbarDeps {
  action: Pick<BackgroundBrowser['action'], 'setPopup' | 'openPopup'>;
  summaries: Pick<SummaryStore, 'get'>;
  /** Starts the analysis of a tab for the popup that is opening (`runForPopup`). */
  run(tabId: number): Promise<Result<PageSummary>>;
  /** Says a failure on the toolbar button, for when no popup could open to say it. */
  showOutcome(tabId: number, result: Result<PageSummary>): Promise<void>;
}

/**
 * Opens the popup for `tabId` and reads the page meanwhile. The popup is set for the tab and
 * opened before anything is awaited (Firefox allows `openPopup` only while handling the click),
 * and taken off the tab again once it is open, so that the next click comes here too. A
 * reader who turned the highlights off on this page finds them still off: the popup shows the
 * counts, as when it opened by itself.
 */
export async function toolbarClick(deps: ToolbarDeps, tabId: number): Promise<void> {
  const { action } = deps;
  markRun(tabId, 'click');
  const set = action.setPopup({ tabId, popup: POPUP_PAGE });
  const opened = action.openPopup().then(
    () => true,
    () => false,
  );
  const previous = await deps.summaries.get(tabId).catch(() => null);
  const result = previous !== null && !previous.highlighted ? null : deps.run(tabId);
  if (result === null) markRun(tabId, 'click: highlights kept off');
  await set.catch(() => undefined);
  const popup = await opened;
  markRun(tabId, popup ? 'popup opened' : 'no popup');
  if (popup) {
    await action.setPopup({ tabId, popup: '' }).catch(() => undefined);
    return;
  }
  // No popup (a browser or window that refuses to open one): the next click opens it, and
  // meanwhile the button says whether the page could be read, as the shortcut does.
  if (result !== null) await deps.showOutcome(tabId, await result).catch(() => undefined);
}
