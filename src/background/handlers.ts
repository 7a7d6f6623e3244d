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
} from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { articleUrl } from '../shared/validate';
import type { BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import * as store from './db';
import type { ImportSessions } from './imports';
import { runOnTab } from './run-on-tab';
import type { ContentScriptCaller } from './router';
import type { SiteScripts } from './site-scripts';
import type { SummaryStore } from './summaries';

/** Everything the handlers use. */
export interface HandlerDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting' | 'runtime'>;
  db: () => Promise<store.WhoSaidDb>;
  summaries: SummaryStore;
  sites: SiteScripts;
  imports: ImportSessions;
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
  deps: Pick<HandlerDeps, 'summaries'>,
): ContentScriptHandlers {
  return {
    'page.summary': async ({ summary }, from) => {
      // A page may describe only itself: the summary must be of the page the browser reports.
      if (summary.url !== from.url) {
        return err('forbidden', 'A page can only report on itself.');
      }
      await deps.summaries.set(from.tabId, summary);
      return ok(null);
    },
  };
}

/** Creates the extension-page handlers over their dependencies. */
export function createHandlers(deps: HandlerDeps): Handlers {
  const { browser, summaries, sites } = deps;
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
      return key.ok ? ok(await store.listNotes(await deps.db(), key.value)) : key;
    },

    'notes.search': async ({ query }) => ok(await store.searchNotes(await deps.db(), query)),

    'notes.save': async ({ note }) => store.saveNote(await deps.db(), note),

    'notes.delete': async ({ id }) => {
      const existed = await store.deleteNote(await deps.db(), id);
      return existed ? ok(null) : err('not-found', 'That note was already deleted.');
    },

    'site.get': async ({ origin }) => {
      const setting = await store.getSite(await deps.db(), origin);
      // The reader may have revoked the permission in the browser's settings.
      if (setting.alwaysOn && !(await sites.granted(origin)))
        return ok({ origin, alwaysOn: false });
      return ok(setting);
    },

    'site.set': (setting) => sites.set(setting),

    'site.list': async () => ok(await store.listSites(await deps.db())),

    'data.export': async () => ok(await store.exportAll(await deps.db())),

    'import.begin': async (req) => deps.imports.begin(req),

    'import.notes': async (req) => deps.imports.add(req),

    // Imported sites arrive switched off: nothing to register.
    'import.commit': async ({ importId }) => {
      const db = await deps.db();
      return deps.imports.commit(importId, (data, onProgress) =>
        store.importAll(db, data, undefined, onProgress),
      );
    },

    'import.progress': async ({ importId }) => deps.imports.progress(importId),
  };
}
