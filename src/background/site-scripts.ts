/**
 * "Always on this site": a content script registered for one origin, which
 * the browser injects on every page of that site once the reader granted the
 * optional host permission. The browser keeps registrations and permissions
 * itself (the reader can revoke a permission in the browser's settings), so
 * the stored setting is reconciled with both at startup and whenever
 * permissions change.
 */
import type { SiteSetting } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { originFromPattern, originPattern } from '../shared/url';
import { errorText, type BackgroundBrowser } from './browser-api';
import type { SchemeName } from '../shared/highlight-styles';
import { CONTENT_JS, highlightCssFile } from './run-on-tab';

/** Prefix of every script id this module registers. */
export const SCRIPT_ID_PREFIX = 'whosaid-';

/** FNV-1a over UTF-16 code units, 32 bits, as 8 hex digits. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The registration id for an origin: a hash, since ids are plain tokens and an
 * origin holds `:` and `/`. 64 bits from two seeds: no collision among the
 * handful of sites one reader turns on.
 */
export function scriptIdFor(origin: string): string {
  return SCRIPT_ID_PREFIX + fnv1a(origin, 0x811c9dc5) + fnv1a(origin, 0x01000193);
}

/** Storage the site scripts need: the stored settings. */
export interface SiteStore {
  listSites(): Promise<SiteSetting[]>;
  setSite(setting: SiteSetting): Promise<SiteSetting>;
}

export interface SiteDeps {
  browser: Pick<BackgroundBrowser, 'scripting' | 'permissions' | 'runtime'>;
  store: SiteStore;
  /**
   * Host permissions the manifest itself requires (none in the shipped
   * extension; a test build may add some). They are not a reader's choice,
   * so they never turn a site on.
   */
  requiredPatterns?: readonly string[];
  /** The reader's colour scheme, whose stylesheet the registration injects (default standard). */
  scheme?: () => Promise<SchemeName>;
}

/** Manages registrations; calls are serialised so overlapping events cannot register twice. */
export interface SiteScripts {
  /** Record the reader's choice for a site, registering or unregistering its script. */
  set(setting: SiteSetting): Promise<Result<SiteSetting>>;
  /** Whether the host permission for an origin is currently granted. */
  granted(origin: string): Promise<boolean>;
  /** Make registrations and settings agree with the granted permissions. */
  reconcile(): Promise<void>;
}

/** Creates the site-script manager. */
export function createSiteScripts(deps: SiteDeps): SiteScripts {
  const { browser, store } = deps;
  // Only orders work that is in flight; losing it when the worker dies loses nothing.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  const granted = (origin: string): Promise<boolean> =>
    browser.permissions.contains({ origins: [originPattern(origin)] });

  /** Our registrations by id: the pattern and stylesheet each was registered with. */
  type Registered = Map<string, { match: string; css: string }>;

  async function registered(): Promise<Registered> {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    const byId: Registered = new Map();
    for (const script of scripts) {
      if (!script.id.startsWith(SCRIPT_ID_PREFIX)) continue;
      byId.set(script.id, { match: script.matches?.[0] ?? '', css: script.css?.[0] ?? '' });
    }
    return byId;
  }

  async function register(origin: string, current: Registered): Promise<void> {
    const id = scriptIdFor(origin);
    // The stylesheet follows the browser's version: after a browser update (reconcile runs on
    // onInstalled, which fires for it) a registration with the other variant is replaced.
    const scheme = await deps.scheme?.().catch(() => undefined);
    const css = await highlightCssFile(browser, scheme);
    const old = current.get(id);
    if (old?.match === originPattern(origin) && old.css === css) return;
    if (old) await browser.scripting.unregisterContentScripts({ ids: [id] });
    await browser.scripting.registerContentScripts([
      {
        id,
        matches: [originPattern(origin)],
        js: [CONTENT_JS],
        css: [css],
        runAt: 'document_idle',
      },
    ]);
  }

  async function unregister(origin: string, current: Registered): Promise<void> {
    const id = scriptIdFor(origin);
    if (current.has(id)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }

  async function set(setting: SiteSetting): Promise<Result<SiteSetting>> {
    const { origin } = setting;
    try {
      const current = await registered();
      if (setting.alwaysOn) {
        if (!(await granted(origin))) {
          return err(
            'no-permission',
            'Who Said wasn’t given access to this site, so it can’t turn on there by itself.',
          );
        }
        await register(origin, current);
      } else {
        await unregister(origin, current);
        // Giving the permission back is what the reader expects from "off"; if the
        // browser refuses (a required permission), the script is still gone.
        await browser.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
      }
    } catch (error) {
      console.warn('Who Said: site script change failed', errorText(error));
      return err('site-failed', 'Who Said couldn’t change the setting for this site. Try again.');
    }
    return ok(await store.setSite(setting));
  }

  async function reconcile(): Promise<void> {
    const [sites, permissions, current] = await Promise.all([
      store.listSites(),
      browser.permissions.getAll(),
      registered(),
    ]);
    const required = new Set(deps.requiredPatterns ?? []);
    // Single-site grants the reader made (broad patterns are never one site).
    const granted = new Set(
      (permissions.origins ?? []).filter((p) => !required.has(p) && originFromPattern(p) !== null),
    );
    const wanted = new Set<string>();
    const covered = new Set<string>();
    for (const site of sites) {
      if (!site.alwaysOn) continue;
      const pattern = originPattern(site.origin);
      if (granted.has(pattern) || required.has(pattern)) {
        wanted.add(site.origin);
        covered.add(pattern);
      } else {
        // The reader revoked the permission in the browser: the setting follows.
        await store.setSite({ origin: site.origin, alwaysOn: false });
      }
    }
    // Our only optional host permissions are per-site "always on" grants. A grant
    // whose setting was never stored still means "always on": the popup can close
    // while the browser's prompt is open (Firefox does), and Firefox's extensions
    // menu can grant a site directly.
    for (const pattern of granted) {
      if (covered.has(pattern)) continue;
      const origin = originFromPattern(pattern);
      if (origin === null) continue;
      await store.setSite({ origin, alwaysOn: true });
      wanted.add(origin);
    }
    for (const origin of wanted) await register(origin, current);
    const wantedIds = new Set([...wanted].map(scriptIdFor));
    const stale = [...current.keys()].filter((id) => !wantedIds.has(id));
    if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  }

  return {
    set: (setting) => serial(() => set(setting)),
    granted,
    reconcile: () => serial(reconcile),
  };
}
