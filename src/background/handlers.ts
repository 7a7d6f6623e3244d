/**
 * One handler per BackgroundMessages entry. Handlers receive validated
 * payloads (see `router.ts`) and everything they touch as dependencies.
 */
import type { BackgroundMessages, BackgroundName } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import type { BackgroundBrowser } from './browser-api';
import { sendToContent } from './content-client';
import * as store from './db';
import { runOnTab } from './run-on-tab';
import type { SiteScripts } from './site-scripts';
import type { SummaryStore } from './summaries';

/** Everything the handlers use. */
export interface HandlerDeps {
  browser: Pick<BackgroundBrowser, 'tabs' | 'scripting' | 'runtime'>;
  db: () => Promise<store.WhoSaidDb>;
  summaries: SummaryStore;
  sites: SiteScripts;
}

/** A handler for each message name, typed by the message map. */
export type Handlers = {
  [N in BackgroundName]: (
    payload: BackgroundMessages[N]['req'],
  ) => Promise<Result<BackgroundMessages[N]['res']>>;
};

/** Creates the handlers over their dependencies. */
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

    'notes.list': async ({ url }) => ok(await store.listNotes(await deps.db(), url)),

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

    'data.import': async ({ data }) => {
      const report = await store.importAll(await deps.db(), data);
      // Imported sites arrive switched off; nothing to register.
      return ok(report);
    },
  };
}
