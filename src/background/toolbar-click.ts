/**
 * The toolbar button (and its shortcut, `_execute_action`) in a browser where the manifest
 * declares no `default_popup` (the Chromium build, see docs/adr/0006): the click reaches the
 * background (`action.onClicked`), which starts reading the page at once and opens the popup
 * itself, once the page is read and painted or `POPUP_WAIT_MS` after the click, whichever comes
 * first (its window, opening beside the run, took a core from it). With a declared popup the
 * browser starts the popup's document first, and only the popup's code could ask for the
 * analysis: 270-300 ms after the click on the shared test machine, before any of Who Said's
 * code ran.
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
 * How long after the click the popup waits for the click's run before it opens anyway (a cold
 * worker, a long page). Opened at the click, the popup's window took a core from the page's
 * run on a 2-core machine: all painted median 133 and 183 ms with it, 78 and 90 without it
 * (docs/adr/0007, sessions 17 and 18). The goal for the first highlight is 300 ms after the
 * click, so the popup comes at most about as late as the highlights may.
 */
export const POPUP_WAIT_MS = 300;

/** Clicks whose popup is not open yet, by browser (its `action`) and tab. */
const waiting = new WeakMap<object, Map<number, Promise<void>>>();

/**
 * Reads the page for `tabId` and opens the popup once the click's run is over (the popup then
 * shows its answer at once: counts, ledger, or why the page could not be read) or `waitMs`
 * after the click, whichever comes first. The popup is set for the tab before anything is
 * awaited and taken off the tab again once it is open, so that the next click comes here too.
 * A second click before the popup opened (a double click) is the same click: one run, one
 * popup. A reader who turned the highlights off on this page finds them still off: nothing to
 * wait for, the popup opens at once and shows the counts, as when it opened by itself.
 *
 * Only Chromium comes here, where `openPopup` needs no user gesture (Chromium 150 and 156).
 * Firefox's manifest declares the popup (`openPopup` there wants the click's gesture, which
 * a wait would lose), so its popup still opens at the click and asks for the run itself.
 */
export function toolbarClick(
  deps: ToolbarDeps,
  tabId: number,
  waitMs: number = POPUP_WAIT_MS,
): Promise<void> {
  let clicks = waiting.get(deps.action);
  if (clicks === undefined) waiting.set(deps.action, (clicks = new Map()));
  const pending = clicks.get(tabId);
  if (pending !== undefined) {
    markRun(tabId, 'click: the popup is on its way');
    return pending;
  }
  const click = clickOnce(deps, tabId, waitMs).finally(() => clicks.delete(tabId));
  clicks.set(tabId, click);
  return click;
}

async function clickOnce(deps: ToolbarDeps, tabId: number, waitMs: number): Promise<void> {
  const { action } = deps;
  markRun(tabId, 'click');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((done) => (timer = setTimeout(done, waitMs)));
  const set = action.setPopup({ tabId, popup: POPUP_PAGE });
  const previous = await deps.summaries.get(tabId).catch(() => null);
  const result = previous !== null && !previous.highlighted ? null : deps.run(tabId);
  if (result === null) markRun(tabId, 'click: highlights kept off');
  await set.catch(() => undefined);
  if (result !== null)
    await Promise.race([
      result.then(
        () => undefined,
        () => undefined,
      ),
      waited,
    ]);
  clearTimeout(timer);
  const popup = await action.openPopup().then(
    () => true,
    () => false,
  );
  markRun(tabId, popup ? 'popup opened' : 'no popup');
  if (popup) {
    await action.setPopup({ tabId, popup: '' }).catch(() => undefined);
    return;
  }
  // No popup (a browser or window that refuses to open one, the reader gone to another tab
  // or the tab closed meanwhile): the next click opens it, and meanwhile the button says
  // whether the page could be read, as the shortcut does.
  if (result !== null) await deps.showOutcome(tabId, await result).catch(() => undefined);
}
