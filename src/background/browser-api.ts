/**
 * The slice of the browser API the background uses. The background receives
 * an object of this shape (the real `browser` in the entry, a fake in tests)
 * instead of importing it, so every handler can be tested without a browser.
 */
import type { Browser, Storage } from '../shared/browser';
import type { VariantRuntime } from '../shared/highlight-variant';

/** What the background needs from `browser`. */
export interface BackgroundBrowser {
  /** `getBrowserInfo` is Firefox's (it picks the highlight style variant); Chrome has none. */
  runtime: Pick<Browser['runtime'], 'id' | 'getManifest' | 'getURL'> & VariantRuntime;
  tabs: Pick<Browser['tabs'], 'get' | 'query' | 'sendMessage'>;
  scripting: Pick<
    Browser['scripting'],
    | 'insertCSS'
    | 'removeCSS'
    | 'executeScript'
    | 'registerContentScripts'
    | 'unregisterContentScripts'
    | 'getRegisteredContentScripts'
  >;
  permissions: Pick<Browser['permissions'], 'contains' | 'getAll' | 'remove'>;
  /** `session` is missing in browsers without `storage.session`; the background copes. */
  storage: { session?: Pick<Storage.StorageArea, 'get' | 'set' | 'remove'> };
  action: Pick<
    Browser['action'],
    'setBadgeText' | 'setBadgeBackgroundColor' | 'setTitle' | 'setPopup' | 'openPopup'
  >;
  contextMenus: Pick<Browser['contextMenus'], 'create' | 'removeAll'>;
}

/** The message of a thrown value, whatever was thrown. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return String(error);
}
