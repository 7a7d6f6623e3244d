/**
 * The composition root: builds the router, handlers and site scripts over an
 * injected browser and IndexedDB factory. The entry (`index.ts`) only wires
 * this to browser events; tests build it over fakes.
 */
import { CONTENT_PORT, type PageSummary } from '../shared/messages';
import type { Result } from '../shared/result';
import type { BackgroundBrowser } from './browser-api';
import * as store from './db';
import { createContentScriptHandlers, createHandlers } from './handlers';
import { importSessions } from './imports';
import { createRouter, identifySender, type Route, type Sender } from './router';
import { dropPopupRun, runForPopup, runOnTab } from './run-on-tab';
import { getSettings } from './settings-store';
import { createSiteScripts } from './site-scripts';
import { sessionSummaries } from './summaries';
import { toolbarClick } from './toolbar-click';

/** The keyboard command declared in the manifest. */
export const RUN_COMMAND = 'run-on-page';

/** The toolbar button's title from the manifest, restored after a failure is resolved. */
const DEFAULT_TITLE = 'Who Said: show who said what on this page';

/** What the entry wires to browser events. */
export interface Background {
  route: Route;
  runOnTab(tabId: number): Promise<Result<PageSummary>>;
  /** Bring site scripts and settings in line with granted permissions. */
  reconcile(): Promise<void>;
  /** A tab navigated or closed: its summary no longer applies. */
  forgetTab(tabId: number): Promise<void>;
  /** A keyboard command; `tabId` is the tab it was pressed in, if the browser says. */
  command(name: string, tabId: number | undefined): Promise<void>;
  /**
   * The toolbar button (or `_execute_action`) on a tab, where no popup is declared: reads the
   * page and opens the popup (toolbar-click.ts).
   */
  click(tabId: number): Promise<void>;
  /**
   * A port opened to the background (`runtime.onConnect`). Only our content script in a tab's
   * top frame may keep one (`CONTENT_PORT`, which carries no message: it lets the script notice
   * an extension reload); any other port is closed at once. Returns whether it was kept.
   */
  acceptPort(port: PortLike): boolean;
}

/** The part of a `runtime.Port` the background looks at. */
export interface PortLike {
  name: string;
  sender?: Sender;
  disconnect(): void;
}

export interface BackgroundOptions {
  browser: BackgroundBrowser;
  indexedDB: IDBFactory;
  /** How the database is opened (tests shorten the wait for a blocked upgrade). */
  open?: store.OpenOptions;
}

/** Builds the background over its dependencies. */
export function createBackground({ browser, indexedDB, open }: BackgroundOptions): Background {
  const db = store.connect(indexedDB, open);
  const summaries = sessionSummaries(browser.storage.session);
  // The reader's settings, read when needed: the worker may have been stopped since they changed.
  const settings = async () => getSettings(await db());
  const sites = createSiteScripts({
    browser,
    scheme: async () => (await settings()).scheme,
    requiredPatterns: browser.runtime.getManifest().host_permissions ?? [],
    store: {
      listSites: async () => store.listSites(await db()),
      setSite: async (setting) => store.setSite(await db(), setting),
    },
  });
  const handlers = createHandlers({
    browser,
    db,
    summaries,
    sites,
    imports: importSessions(),
    settings,
  });
  const runDeps = { browser, summaries, settings };
  const run = (tabId: number) => runOnTab(runDeps, tabId);

  /** The shortcut has no popup to speak in, so a failure shows on the toolbar button. */
  async function showOutcome(tabId: number, result: Result<PageSummary>): Promise<void> {
    if (result.ok) {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: DEFAULT_TITLE });
    } else {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setTitle({ tabId, title: `Who Said: ${result.error.message}` });
    }
  }

  return {
    route: createRouter(
      handlers,
      createContentScriptHandlers({ summaries, db, browser }),
      browser.runtime.id,
      browser.runtime.getURL(''),
    ),
    runOnTab: run,
    reconcile: () => sites.reconcile(),
    acceptPort(port) {
      const caller =
        port.sender === undefined
          ? null
          : identifySender(port.sender, browser.runtime.id, browser.runtime.getURL(''));
      if (port.name === CONTENT_PORT && caller?.ok && caller.value.kind === 'content-script') {
        return true;
      }
      port.disconnect();
      return false;
    },
    forgetTab: (tabId) => {
      dropPopupRun(runDeps, tabId);
      return summaries.remove(tabId);
    },
    click: (tabId) =>
      toolbarClick(
        {
          action: browser.action,
          summaries,
          run: (id) => runForPopup(runDeps, id),
          showOutcome,
        },
        tabId,
      ),
    async command(name, tabId) {
      if (name !== RUN_COMMAND) return;
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return;
      await showOutcome(id, await run(id)).catch(() => undefined);
    },
  };
}
