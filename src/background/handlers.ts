/**
 * One handler per message the background answers: `ExtensionPageMessages` from
 * the popup and options page, `ContentScriptMessages` from a content script
 * about its own tab. Handlers receive validated payloads (see `router.ts`) and
 * everything they touch as dependencies.
 */
import type {
  ContentScriptMessages,
  ContentScriptName,
  ExtensionPageMessages,
  ExtensionPageName,
  SiteSetting,
} from '../shared/messages';
import { articleKey, type ArticleClaim } from '../shared/article';
import { err, ok, type Result } from '../shared/result';
import { isPageUrl, originFromPattern, originPattern } from '../shared/url';
import { cssFileFor, SCHEME_NAMES } from '../shared/highlight-styles';
import { detectVariant } from '../shared/highlight-variant';
import { onNeverRunSite, type ReaderSettings } from '../shared/settings';
import { articleUrl } from '../shared/validate';
import type { BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import { deleteDecision, listDecisions, putDecision } from './corrections-store';
import * as store from './db';
import type { EngineService } from './engine-service';
import type { ImportSessions } from './imports';
import { runOnTab } from './run-on-tab';
import type { NotesService } from './notes-service';
import { getSettings, setSettings } from './settings-store';
import type { ContentScriptCaller } from './router';
import type { SiteScripts } from './site-scripts';
import type { SummaryStore } from './summaries';

/** Everything the handlers use. */
export interface HandlerDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting' | 'runtime'>;
  db: () => Promise<store.WhoSaidDb>;
  notes: NotesService;
  summaries: SummaryStore;
  sites: SiteScripts;
  imports: ImportSessions;
  /** The reader's settings (validated; the defaults when none are stored). */
  settings: () => Promise<ReaderSettings>;
  /** New settings are about to be stored (`settings.set`): their copy is dropped first. */
  settingsStoring?: () => Promise<void>;
  /** New settings were stored (`settings.set`): their copy follows (settings-copy.ts). */
  settingsStored?: (settings: ReaderSettings) => Promise<void>;
  /** Warms up the engine while a run's page is read, or stops that (`tab.run`, run-on-tab.ts). */
  warmUp?: () => void;
  stopWarmUp?: () => void;
}

/** A handler for each message name, typed by the message map. */
export type Handlers = {
  [N in ExtensionPageName]: (
    payload: ExtensionPageMessages[N]['req'],
  ) => Promise<Result<ExtensionPageMessages[N]['res']>>;
};

/**
 * A handler for each content-script message. `from` is the tab the browser says
 * the message came from: the only tab the handler may read or change.
 */
export type ContentScriptHandlers = {
  [N in ContentScriptName]: (
    payload: ContentScriptMessages[N]['req'],
    from: ContentScriptCaller,
  ) => Promise<Result<ContentScriptMessages[N]['res']>>;
};

/** Creates the content-script handlers over their dependencies. */
export function createContentScriptHandlers(
  deps: Pick<HandlerDeps, 'summaries' | 'notes' | 'db' | 'browser'> & { engine: EngineService },
): ContentScriptHandlers {
  const { notes } = deps;
  /** The article a content script may work on: its own page, or that page's same-site canonical. */
  const own = (from: ContentScriptCaller, claim: ArticleClaim): string =>
    articleKey(from.url, claim.canonical);
  return {
    'page.notes': async ({ article }, from) =>
      ok(await notes.pageNotes(own(from, article), article)),
    'page.note.save': ({ article, note, text }, from) =>
      notes.saveFromPage(own(from, article), article, note, text),
    'page.note.delete': ({ article, id }, from) => notes.remove(id, own(from, article)),
    'page.note.restore': ({ article, note }, from) => notes.restore(note, own(from, article)),
    'page.summary': async ({ summary }, from) => {
      // A page may describe only itself: the summary must be of the page the browser reports.
      if (summary.url !== from.url) {
        return err('forbidden', 'A page can only report on itself.');
      }
      await deps.summaries.set(from.tabId, summary);
      return ok(null);
    },

    // The article is always the sender's own page (`from.url`), never one the message names.
    'page.setup': async (_payload, from) => {
      const db = await deps.db();
      const read = getSettings(db).then((settings) => {
        // A content script's first message: its page is being read for an analysis (a toolbar
        // click, or a site the reader keeps on), so the engine warms up meanwhile.
        if (!onNeverRunSite(settings.neverRun, from.url)) deps.engine.warmUp();
        return settings;
      });
      const [settings, decisions, variant] = await Promise.all([
        read,
        listDecisions(db, from.url),
        detectVariant(deps.browser.runtime),
      ]);
      const { kinds, scheme, phrases, neverRun } = settings;
      const run = !onNeverRunSite(neverRun, from.url);
      return ok({ run, kinds, scheme, variant, phrases, decisions });
    },

    'page.decide': async ({ decision }, from) => putDecision(await deps.db(), from.url, decision),

    'page.undecide': async ({ key }, from) => {
      await deleteDecision(await deps.db(), from.url, key);
      return ok(null);
    },

    // The text is the page's own; the run is kept per sender tab, so a page can only ever
    // replace its own analysis.
    'page.analyze': async ({ run, text }, from) => deps.engine.analyze(from.tabId, run, text),
  };
}

/**
 * After the settings changed: sites the reader now never runs on stop running
 * by themselves, site scripts inject the new scheme's stylesheet, and open
 * pages show the new settings (a new scheme: its stylesheet in place of the
 * old). Tabs without Who Said refuse the message, which is fine.
 */
async function applySettings(
  deps: HandlerDeps,
  settings: ReaderSettings,
  schemeChanged: boolean,
): Promise<void> {
  const { browser } = deps;
  const sites = await store.listSites(await deps.db());
  for (const site of sites) {
    if (site.alwaysOn && onNeverRunSite(settings.neverRun, site.origin)) {
      await deps.sites.set({ origin: site.origin, alwaysOn: false });
    }
  }
  if (schemeChanged) await deps.sites.reconcile();
  const variant = await detectVariant(browser.runtime);
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async ({ id: tabId }) => {
      if (tabId === undefined) return;
      const summary = await sendToContent(browser, tabId, 'content.refresh');
      if (!summary.ok) return;
      if (schemeChanged) {
        const files = SCHEME_NAMES.map((s) => cssFileFor(variant, s));
        await browser.scripting.removeCSS({ target: { tabId }, files }).catch(() => undefined);
        await browser.scripting
          .insertCSS({ target: { tabId }, files: [cssFileFor(variant, settings.scheme)] })
          .catch(() => undefined);
      }
      if (summary.value) await deps.summaries.set(tabId, summary.value).catch(() => undefined);
    }),
  );
}

/** Creates the extension-page handlers over their dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { browser, summaries, sites, notes } = deps;

  /**
   * The stored setting of `origin`, or of its host when it has a port and only the host is
   * stored: a grant covers every port of a host (Firefox patterns have none), and one the popup
   * could not record (it closed while the browser's prompt was open) is stored for the host,
   * whose script then runs on every port, so the popup says it is on there too.
   */
  async function siteSetting(origin: string): Promise<SiteSetting> {
    const db = await deps.db();
    const setting = await store.getSite(db, origin);
    const host = originFromPattern(originPattern(origin));
    if (setting.alwaysOn || host === null || host === origin) return setting;
    return (await store.getSite(db, host)).alwaysOn ? { origin, alwaysOn: true } : setting;
  }

  return {
    'tab.run': ({ tabId }) => runOnTab(deps, tabId),

    'tab.summary': async ({ tabId }) => {
      const stored = await summaries.get(tabId).catch(() => null);
      if (stored) return ok(stored);
      // Not run by us since the tab loaded; a site script may have run on its own.
      const live = await sendToContent(browser, tabId, 'content.summary');
      if (!live.ok || live.value === null) return ok(null);
      await summaries.set(tabId, live.value).catch(() => undefined);
      return ok(live.value);
    },

    'tab.clear': async ({ tabId }) => {
      const cleared = await sendToContent(browser, tabId, 'content.clear');
      // No script in the page means no highlights to remove.
      if (!cleared.ok && cleared.error.code !== 'no-content-script') return cleared;
      const stored = await summaries.get(tabId).catch(() => null);
      if (stored)
        await summaries.set(tabId, { ...stored, highlighted: false }).catch(() => undefined);
      return ok(null);
    },

    'notes.list': async ({ url }) => {
      // An address too long to keep notes for is said before the reader writes one.
      const key = articleUrl(url);
      return key.ok ? ok(await notes.list(key.value)) : key;
    },

    'tab.notes': async ({ tabId }) => {
      const tab = await browser.tabs.get(tabId).catch(() => null);
      const pageUrl = tab?.url;
      if (!pageUrl || !isPageUrl(pageUrl)) {
        return err('no-article', 'Notes are kept for web pages only.');
      }
      const live = await sendToContent(browser, tabId, 'content.notes');
      const key = articleUrl(
        articleKey(pageUrl, live.ok ? (live.value.canonical ?? undefined) : undefined),
      );
      // An address too long to keep notes for is said before the reader writes one.
      if (!key.ok) return key;
      const url = key.value;
      const [list, article] = await Promise.all([notes.list(url), notes.article(url)]);
      const ids = new Set(list.map((n) => n.id));
      return ok({
        article: article ?? { url, title: tab?.title ?? '' },
        notes: list,
        fingerprint: live.ok ? live.value.fingerprint : null,
        anchors: live.ok ? live.value.anchors.filter((a) => ids.has(a.id)) : [],
      });
    },

    'tab.showNote': ({ tabId, id }) => sendToContent(browser, tabId, 'content.showNote', { id }),

    'tab.syncNotes': async ({ tabId }) => {
      const synced = await sendToContent(browser, tabId, 'content.syncNotes');
      // No script in the page: nothing shows notes there to bring up to date.
      return synced.ok || synced.error.code === 'no-content-script' ? ok(null) : synced;
    },

    'notes.search': async (request) => ok(await notes.search(request)),

    'notes.facets': async () => ok(await notes.facets()),

    'notes.save': ({ note }) => notes.save(note),

    'notes.delete': async ({ id }) => {
      const removed = await notes.remove(id);
      // Already gone is what the reader wanted.
      if (!removed.ok && removed.error.code === 'not-found') return ok(null);
      return removed;
    },

    'notes.restore': ({ note }) => notes.restore(note),

    'article.snapshot': async ({ url, fingerprint }) => {
      const text = await notes.snapshot(url, fingerprint);
      return ok(text === null ? null : { text });
    },

    'prefs.get': async () => ok(await notes.prefs()),

    'prefs.set': async (prefs) => ok(await notes.setPrefs(prefs)),

    'site.get': async ({ origin }) => {
      const setting = await siteSetting(origin);
      // The reader may have revoked the permission in the browser's settings.
      if (setting.alwaysOn && !(await sites.granted(origin)))
        return ok({ origin, alwaysOn: false });
      return ok(setting);
    },

    'site.set': (setting) => sites.set(setting),

    'site.list': async () => ok(await store.listSites(await deps.db())),

    'data.export': async ({ url }) => ok(await notes.exportData(url)),

    'data.exportFile': async ({ url }) => {
      const data = await notes.exportData(url);
      return ok({
        text: `${JSON.stringify(data, null, 2)}\n`,
        notes: data.notes.length,
        decisions: data.decisions.length,
      });
    },

    'import.begin': async (req) => deps.imports.begin(req),

    'import.notes': async (req) => deps.imports.add(req),

    // Imported sites arrive switched off: nothing to register.
    'import.commit': async ({ importId }) =>
      deps.imports.commit(importId, (data, onProgress) => notes.commitImport(data, onProgress)),

    'import.progress': async ({ importId }) => deps.imports.progress(importId),

    'tab.ledger': async ({ tabId }) => {
      const ledger = await sendToContent(browser, tabId, 'content.ledger');
      // No script in the page: nothing analysed, so no ledger.
      if (!ledger.ok && ledger.error.code === 'no-content-script') return ok(null);
      return ledger;
    },

    'tab.reveal': ({ tabId, entry, claim }) =>
      sendToContent(browser, tabId, 'content.reveal', { entry, claim }),

    'tab.refresh': async ({ tabId }) => {
      const summary = await sendToContent(browser, tabId, 'content.refresh');
      if (!summary.ok) return summary.error.code === 'no-content-script' ? ok(null) : summary;
      if (summary.value) await summaries.set(tabId, summary.value).catch(() => undefined);
      return summary;
    },

    'decisions.list': async ({ url }) => ok(await listDecisions(await deps.db(), url)),

    'decisions.delete': async ({ url, key }) => {
      // Already gone is what the reader wanted too.
      await deleteDecision(await deps.db(), url, key);
      return ok(null);
    },

    'settings.get': async () => ok(await getSettings(await deps.db())),

    'settings.set': async ({ settings }) => {
      const db = await deps.db();
      const before = await getSettings(db);
      await deps.settingsStoring?.();
      const stored = await setSettings(db, settings);
      await deps.settingsStored?.(stored);
      await applySettings(deps, stored, before.scheme !== stored.scheme).catch(() => undefined);
      return ok(stored);
    },
  };
}
