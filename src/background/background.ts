/**
 * The composition root: builds the router, handlers and site scripts over an
 * injected browser and IndexedDB factory. The entry (`index.ts`) only wires
 * this to browser events; tests build it over fakes.
 */
import type { PageSummary } from '../shared/messages';
import type { Result } from '../shared/result';
import type { BackgroundBrowser } from './browser-api';
import * as store from './db';
import { createContentScriptHandlers, createHandlers } from './handlers';
import { createNotesService } from './notes-service';
import { createRouter, type Route } from './router';
import { runOnTab } from './run-on-tab';
import { createSiteScripts } from './site-scripts';
import { sessionSummaries } from './summaries';

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
}

export interface BackgroundOptions {
  browser: BackgroundBrowser;
  indexedDB: IDBFactory;
}

/** Builds the background over its dependencies. */
export function createBackground({ browser, indexedDB }: BackgroundOptions): Background {
  const db = store.connect(indexedDB);
  const summaries = sessionSummaries(browser.storage.session);
  const sites = createSiteScripts({
    browser,
    requiredPatterns: browser.runtime.getManifest().host_permissions ?? [],
    store: {
      listSites: async () => store.listSites(await db()),
      setSite: async (setting) => store.setSite(await db(), setting),
    },
  });
  const notes = createNotesService(db);
  const handlers = createHandlers({ browser, db, notes, summaries, sites });
  const run = (tabId: number) => runOnTab({ browser, summaries }, tabId);

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
      createContentScriptHandlers({ summaries, notes }),
      browser.runtime.id,
      browser.runtime.getURL(''),
    ),
    runOnTab: run,
    reconcile: () => sites.reconcile(),
    forgetTab: (tabId) => summaries.remove(tabId),
    async command(name, tabId) {
      if (name !== RUN_COMMAND) return;
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return;
      await showOutcome(id, await run(id)).catch(() => undefined);
    },
  };
}
