/**
 * The composition root: builds the router, handlers and site scripts over an
 * injected browser and IndexedDB factory. The entry (`index.ts`) only wires
 * this to browser events; tests build it over fakes.
 */
import { ANALYZE_PORT, CONTENT_PORT, type PageSummary } from '../shared/messages';
import { serveAnalyzePort, type AnalyzePortLike } from './analyze-port';
import type { Result } from '../shared/result';
import type { ReaderSettings } from '../shared/settings';
import type { BackgroundBrowser } from './browser-api';
import * as store from './db';
import { sendToContent } from './content-client';
import { createEngineService, type EngineServiceOptions } from './engine-service';
import { createContentScriptHandlers, createHandlers } from './handlers';
import { importSessions } from './imports';
import { createNotesService } from './notes-service';
import { createRouter, identifySender, type Route, type Sender } from './router';
import { dropPopupRun, runForPopup, runOnTab } from './run-on-tab';
import { settingsCopy } from './settings-copy';
import { getSettings } from './settings-store';
import { createSiteScripts } from './site-scripts';
import { sessionSummaries } from './summaries';
import { toolbarClick } from './toolbar-click';

/** The keyboard command declared in the manifest. */
export const RUN_COMMAND = 'run-on-page';
/** The keyboard command that notes the selected passage. */
export const NOTE_COMMAND = 'note-passage';
/** The context-menu entry on selected text. */
export const NOTE_MENU = 'who-said-note-passage';

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
  /** Creates the context-menu entry (at install and browser start; creating twice is harmless). */
  installMenus(): Promise<void>;
  /** A context-menu entry was chosen in a tab. */
  menuClicked(menuItemId: string | number, tabId: number | undefined): Promise<void>;
  /**
   * The toolbar button (or `_execute_action`) on a tab, where no popup is declared: reads the
   * page and opens the popup (toolbar-click.ts).
   */
  click(tabId: number): Promise<void>;
  /**
   * A port opened to the background (`runtime.onConnect`). Only our content script in a tab's
   * top frame may keep one: `CONTENT_PORT`, which carries no message (it lets the script notice
   * an extension reload), and `ANALYZE_PORT`, its `page.analyze` requests while an analysis
   * waits for answers (analyze-port.ts); any other port is closed at once. Returns whether it
   * was kept.
   */
  acceptPort(port: PortLike): boolean;
}

/** The part of a `runtime.Port` the background looks at. */
export interface PortLike extends Partial<AnalyzePortLike> {
  name: string;
  sender?: Sender;
  disconnect(): void;
}

export interface BackgroundOptions {
  browser: BackgroundBrowser;
  indexedDB: IDBFactory;
  /** How the database is opened (tests shorten the wait for a blocked upgrade). */
  open?: store.OpenOptions;
  /** The engine service's options (tests give it a warm-up text of their own). */
  engine?: EngineServiceOptions;
}

/**
 * The settings a run starts with. The database is opened meanwhile, not awaited: the settings
 * usually come from their copy, and the page's setup will need the database (its corrections)
 * while the page is read.
 */
function settingsForRun(
  db: () => Promise<store.WhoSaidDb>,
  settings: () => Promise<ReaderSettings>,
): Promise<ReaderSettings> {
  db().catch(() => undefined);
  return settings();
}

/** Builds the background over its dependencies. */
export function createBackground({
  browser,
  indexedDB,
  open,
  engine: engineOptions,
}: BackgroundOptions): Background {
  const db = store.connect(indexedDB, open);
  const summaries = sessionSummaries(browser.storage.session);
  // The reader's settings, read when needed (the worker may have been stopped since they
  // changed), from their copy in session storage when there is one (settings-copy.ts).
  const settingsKept = settingsCopy(browser.storage.session, async () => getSettings(await db()));
  const settings = () => settingsKept.read();
  const sites = createSiteScripts({
    browser,
    scheme: async () => (await settings()).scheme,
    requiredPatterns: browser.runtime.getManifest().host_permissions ?? [],
    store: {
      listSites: async () => store.listSites(await db()),
      setSite: async (setting) => store.setSite(await db(), setting),
    },
  });
  // The engine content scripts analyse with (`page.analyze`), warmed up when a run starts
  // and when a content script asks for its setup.
  const engine = createEngineService(engineOptions);
  const notes = createNotesService(db);
  const handlers = createHandlers({
    browser,
    db,
    notes,
    summaries,
    sites,
    imports: importSessions(),
    settings,
    settingsStoring: () => settingsKept.forget(),
    settingsStored: (stored) => settingsKept.remember(stored),
    warmUp: () => engine.warmUp(),
    stopWarmUp: () => engine.stopWarmUp(),
  });
  const runDeps = {
    browser,
    summaries,
    settings: () => settingsForRun(db, settings),
    warmUp: () => engine.warmUp(),
    stopWarmUp: () => engine.stopWarmUp(),
  };
  const run = (tabId: number) => runOnTab(runDeps, tabId);

  /** The shortcut has no popup to speak in, so a failure shows on the toolbar button. */
  async function showOutcome(tabId: number, result: Result<unknown>): Promise<void> {
    if (result.ok) {
      await browser.action.setBadgeText({ tabId, text: '' });
      await browser.action.setTitle({ tabId, title: DEFAULT_TITLE });
    } else {
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      await browser.action.setBadgeText({ tabId, text: '!' });
      await browser.action.setTitle({ tabId, title: `Who Said: ${result.error.message}` });
    }
  }

  /**
   * Opens the note editor on the selection in a tab (context menu, shortcut). The
   * reader's gesture granted activeTab; if Who Said is not in the page yet, it is
   * started the usual way first.
   */
  async function notePassage(tabId: number): Promise<void> {
    let opened = await sendToContent(browser, tabId, 'content.notePassage');
    if (!opened.ok && ['no-content-script', 'not-read'].includes(opened.error.code)) {
      const started = await run(tabId);
      if (!started.ok) {
        await showOutcome(tabId, started).catch(() => undefined);
        return;
      }
      opened = await sendToContent(browser, tabId, 'content.notePassage');
    }
    if (!opened.ok) await showOutcome(tabId, opened).catch(() => undefined);
  }

  return {
    route: createRouter(
      handlers,
      createContentScriptHandlers({ summaries, notes, db, browser, engine }),
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
      if (caller?.ok && caller.value.kind === 'content-script') {
        if (port.name === CONTENT_PORT) return true;
        if (port.name === ANALYZE_PORT && port.onMessage && port.postMessage) {
          serveAnalyzePort(port as AnalyzePortLike, caller.value.tabId, engine);
          return true;
        }
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
      if (name !== RUN_COMMAND && name !== NOTE_COMMAND) return;
      const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id === undefined) return;
      if (name === NOTE_COMMAND) return notePassage(id);
      await showOutcome(id, await run(id)).catch(() => undefined);
    },
    async installMenus() {
      await browser.contextMenus.removeAll();
      browser.contextMenus.create({
        id: NOTE_MENU,
        title: 'Note this passage',
        contexts: ['selection'],
      });
    },
    async menuClicked(menuItemId, tabId) {
      if (menuItemId !== NOTE_MENU || tabId === undefined || tabId < 0) return;
      await notePassage(tabId);
    },
  };
}
