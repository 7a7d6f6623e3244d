/**
 * An in-memory stand-in for the browser APIs the background uses, for unit
 * tests. It reproduces the behaviours the background relies on, including the
 * browser's error messages for the cases it must explain to the reader.
 * Not part of the extension: only tests import it.
 */
import type { Scripting, Tabs } from '../shared/browser';
import type { BrowserInfo } from '../shared/highlight-variant';
import { originPattern } from '../shared/url';
import type { BackgroundBrowser } from './browser-api';

/** A tab in the fake browser. */
export interface FakeTab {
  url?: string;
  title?: string;
  /** Whether the extension may script the tab (activeTab or a host permission). */
  scriptable?: boolean;
  /** The browser refuses with this message when scripting the tab (e.g. a chrome:// page). */
  refuseWith?: string;
  /** Whether `content.js` is running in the tab. */
  injected?: boolean;
  /**
   * Injections the page refuses although the extension may script the tab: a click's grant
   * that has not reached the page yet (Chromium, under load).
   */
  refusals?: number;
}

/** What the fake content script answers; defaults to a plain Result. */
export type ContentResponder = (tabId: number, message: unknown) => unknown;

/** The fake plus handles for inspecting it. */
export interface FakeBrowser extends BackgroundBrowser {
  tabsById: Map<number, FakeTab>;
  granted: Set<string>;
  registered: Scripting.RegisteredContentScript[];
  session: Map<string, unknown>;
  calls: string[];
  respond: ContentResponder;
  badges: Map<number, string>;
  /** Context-menu entries created. */
  menus: object[];
  /** The popup set per tab (`action.setPopup`). */
  popups: Map<number, string>;
  /** Whether `action.openPopup` succeeds (default true). */
  popupOpens: boolean;
}

/**
 * Creates a fake browser. `session: false` models a browser without
 * storage.session; `requiredHosts` are host permissions the manifest requires
 * (granted from the start).
 */
export function fakeBrowser(
  options: { session?: boolean; requiredHosts?: string[]; browserInfo?: BrowserInfo } = {},
): FakeBrowser {
  const requiredHosts = options.requiredHosts ?? [];
  const info = options.browserInfo;
  const tabsById = new Map<number, FakeTab>();
  const granted = new Set<string>(requiredHosts);
  const registered: Scripting.RegisteredContentScript[] = [];
  const session = new Map<string, unknown>();
  const calls: string[] = [];
  const badges = new Map<number, string>();
  const menus: object[] = [];
  const popups = new Map<number, string>();

  const tabOf = (tabId: number): FakeTab => {
    const tab = tabsById.get(tabId);
    if (!tab) throw new Error(`No tab with id: ${tabId}.`);
    return tab;
  };
  const mayScript = (tabId: number): FakeTab => {
    const tab = tabOf(tabId);
    if (tab.refuseWith) throw new Error(tab.refuseWith);
    const early = (tab.refusals ?? 0) > 0;
    if (early) tab.refusals = (tab.refusals ?? 0) - 1;
    if (early || (!tab.scriptable && !(tab.url && granted.has(originPattern(tab.url))))) {
      throw new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      );
    }
    return tab;
  };
  const asTab = (id: number, tab: FakeTab): Tabs.Tab => ({
    id,
    index: 0,
    highlighted: false,
    active: true,
    pinned: false,
    incognito: false,
    // Like the real API without the `tabs` permission: no URL unless we may script it.
    ...(tab.scriptable ? { url: tab.url, title: tab.title } : {}),
  });

  const fake: FakeBrowser = {
    tabsById,
    granted,
    registered,
    session,
    calls,
    badges,
    menus,
    popups,
    popupOpens: true,
    respond: () => ({ ok: false, error: { code: 'unset', message: 'No responder.' } }),
    runtime: {
      id: 'who-said-test',
      getURL: (path: string) => `chrome-extension://who-said-test/${path.replace(/^\//, '')}`,
      getManifest: () => ({
        manifest_version: 3,
        name: 'Who Said',
        version: '0.0.0',
        host_permissions: [...requiredHosts],
      }),
      // Firefox's; without `browserInfo` the fake is a Chromium, which has no getBrowserInfo.
      ...(info ? { getBrowserInfo: async () => info } : {}),
    },
    tabs: {
      get: async (tabId) => asTab(tabId, tabOf(tabId)),
      query: async () => [...tabsById].slice(0, 1).map(([id, tab]) => asTab(id, tab)),
      sendMessage: (async (tabId: number, message: unknown) => {
        calls.push(`sendMessage ${tabId} ${(message as { type?: string }).type}`);
        if (!tabOf(tabId).injected) {
          throw new Error('Could not establish connection. Receiving end does not exist.');
        }
        return fake.respond(tabId, message);
      }) as BackgroundBrowser['tabs']['sendMessage'],
    },
    scripting: {
      insertCSS: async (injection) => {
        calls.push(`insertCSS ${injection.target.tabId} ${injection.files?.join()}`);
        mayScript(injection.target.tabId);
      },
      removeCSS: async (injection) => {
        calls.push(`removeCSS ${injection.target.tabId} ${injection.files?.join()}`);
        mayScript(injection.target.tabId);
      },
      executeScript: async (injection) => {
        const what = injection.files?.join() ?? `func ${injection.func?.name}`;
        calls.push(`executeScript ${injection.target.tabId} ${what}`);
        const tab = mayScript(injection.target.tabId);
        if (injection.files?.includes('content.js')) tab.injected = true;
        return [];
      },
      registerContentScripts: async (scripts) => {
        for (const script of scripts) {
          if (registered.some((r) => r.id === script.id)) {
            throw new Error(`Duplicate script ID '${script.id}'`);
          }
          registered.push(structuredClone(script));
        }
      },
      unregisterContentScripts: async (filter) => {
        for (const id of filter?.ids ?? registered.map((r) => r.id)) {
          const at = registered.findIndex((r) => r.id === id);
          if (at < 0) throw new Error(`Nonexistent script ID '${id}'`);
          registered.splice(at, 1);
        }
      },
      getRegisteredContentScripts: async (filter) =>
        registered
          .filter((r) => !filter?.ids || filter.ids.includes(r.id))
          .map((r) => structuredClone(r)),
    },
    permissions: {
      contains: async ({ origins = [] }) => origins.every((o) => granted.has(o)),
      getAll: async () => ({ permissions: ['activeTab', 'scripting'], origins: [...granted] }),
      remove: async ({ origins = [] }) => {
        if (origins.some((o) => requiredHosts.includes(o))) {
          throw new Error('Cannot remove required permissions.');
        }
        for (const o of origins) granted.delete(o);
        return true;
      },
    },
    storage: {},
    action: {
      setBadgeText: async ({ tabId, text }) => {
        if (tabId !== undefined) badges.set(tabId, text ?? '');
      },
      setBadgeBackgroundColor: async () => undefined,
      setTitle: async () => undefined,
      setPopup: async ({ tabId, popup }) => {
        calls.push(`setPopup ${tabId} ${popup}`);
        if (tabId !== undefined) popups.set(tabId, popup ?? '');
      },
      openPopup: async () => {
        calls.push('openPopup');
        if (!fake.popupOpens) throw new Error('Could not find an active browser window.');
      },
    },
    contextMenus: {
      create: (properties) => {
        menus.push(structuredClone(properties ?? {}));
        return String(properties?.id ?? menus.length);
      },
      removeAll: async () => {
        menus.length = 0;
      },
    },
  };
  if (options.session !== false) {
    fake.storage.session = {
      get: async (keys) => {
        const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : [];
        return Object.fromEntries(
          wanted.filter((k) => session.has(k)).map((k) => [k, structuredClone(session.get(k))]),
        );
      },
      set: async (items) => {
        for (const [k, v] of Object.entries(items)) session.set(k, structuredClone(v));
      },
      remove: async (keys) => {
        for (const k of typeof keys === 'string' ? [keys] : keys) session.delete(k);
      },
    };
  }
  return fake;
}
