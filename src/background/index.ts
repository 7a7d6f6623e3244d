/**
 * Service worker entry: wires browser events to the background. Listeners are
 * registered synchronously at top level so the browser can wake the worker
 * for them; nothing that matters is kept only in memory (the worker may be
 * stopped at any moment).
 */
import { browser, type Runtime } from '../shared/browser';
import {
  arrive,
  reply,
  startTiming,
  takeTiming,
  timingOn,
  type AnalyzeTiming,
} from './analyze-timing';
import { createBackground, type Background } from './background';
import { recentRunPhases, type RunPhase } from './run-on-tab';

const background = createBackground({ browser, indexedDB });

const logFailure = (what: string) => (error: unknown) => {
  console.warn(`Who Said: ${what} failed`, error);
};

/** A `page.analyze` message's run and text length (for `bench:page`'s timing, when on). */
function analyzeRequest(message: unknown): { run: string; chars: number } | null {
  const m = message as { type?: unknown; payload?: { run?: unknown; text?: unknown } } | null;
  if (m?.type !== 'page.analyze') return null;
  const { run, text } = m.payload ?? {};
  return { run: String(run), chars: typeof text === 'string' ? text.length : 0 };
}

browser.runtime.onMessage.addListener(
  (message: unknown, sender: Runtime.MessageSender): Promise<unknown> => {
    if (!timingOn()) return background.route(message, sender);
    const request = analyzeRequest(message);
    const row = request === null ? null : arrive(request.run, request.chars);
    const answer = background.route(message, sender);
    return row === null ? answer : answer.then((result) => (reply(row, result), result));
  },
);

// Content scripts keep a port open to notice an extension reload; the background only holds it.
browser.runtime.onConnect.addListener((port) => {
  background.acceptPort(port);
});

// Fired where the manifest declares no popup (Chromium): the click starts the analysis at once
// and opens the popup itself (toolbar-click.ts). Not awaited before `openPopup`: nothing is.
browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) background.click(tab.id).catch(logFailure('click'));
});

browser.commands.onCommand.addListener((command, tab) => {
  background.command(command, tab?.id).catch(logFailure(command));
});

// Registrations persist in the browser, but the reader can revoke a permission
// in the browser's settings at any time: reconcile whenever that can have happened.
const reconcile = (): void => {
  background.reconcile().catch(logFailure('reconcile'));
};
browser.runtime.onInstalled.addListener(reconcile);
browser.runtime.onStartup.addListener(reconcile);

// "Note this passage" on selected text. Menus are kept by the browser; made again at
// install and start-up in case a browser dropped them.
const installMenus = (): void => {
  background.installMenus().catch(logFailure('menus'));
};
browser.runtime.onInstalled.addListener(installMenus);
browser.runtime.onStartup.addListener(installMenus);
browser.contextMenus.onClicked.addListener((info, tab) => {
  background.menuClicked(info.menuItemId, tab?.id).catch(logFailure('menu'));
});
browser.permissions.onAdded.addListener(reconcile);
browser.permissions.onRemoved.addListener(reconcile);

// Forgetting can fail only when the browser is shutting down, and then session storage goes too.
const forget = (tabId: number): void => {
  background.forgetTab(tabId).catch(() => undefined);
};
browser.tabs.onUpdated.addListener((tabId, change) => {
  // A new document in the tab: the old summary describes a page that is gone.
  if (change.status === 'loading') forget(tabId);
});
browser.tabs.onRemoved.addListener(forget);

// The hook end-to-end tests drive from the service worker: the same code path as the
// popup and the shortcut. `runOnTab(tabId)` resolves to a Result<PageSummary>;
// `menuClicked(id, tabId)` is what choosing a context-menu entry does (no automation
// API can click a browser's context menu).
// `runPhases()` lists the steps the last runs reached, for a test that failed on one.
// `startTiming()` and `takeTiming()`: where `page.analyze` requests spend their time in the
// worker, for `bench:page` (analyze-timing.ts; off until started).
const hook: Pick<Background, 'runOnTab' | 'menuClicked'> & {
  runPhases(): RunPhase[];
  startTiming(): void;
  takeTiming(): AnalyzeTiming[];
} = {
  runOnTab: (tabId) => background.runOnTab(tabId),
  menuClicked: (id, tabId) => background.menuClicked(id, tabId),
  runPhases: recentRunPhases,
  startTiming,
  takeTiming,
};
Object.assign(globalThis, { whoSaid: hook });
