/** What the options page needs from its surroundings: the browser, or a fake in tests. */
import type { Browser } from '../../shared/browser';
import type { StyleVariant } from '../../shared/highlight-styles';
import { detectVariant } from '../../shared/highlight-variant';
import { originPattern } from '../../shared/url';
import { downloadText } from '../download';
import { createClient, type Client } from '../messaging';

export interface OptionsEnv {
  client: Client;
  /** Must be called synchronously from a click or change handler (a user gesture). */
  requestSiteAccess(origin: string): Promise<boolean>;
  /** Offers a text file to the reader as a download. */
  download(filename: string, text: string, type?: string): void;
  /**
   * Asks the browser to keep the extension's storage until the reader deletes
   * it; resolves whether it does, or null when the browser cannot say.
   */
  persist(): Promise<boolean | null>;
  /** The highlight style variant this browser paints, for the colour previews. */
  highlightVariant(): Promise<StyleVariant>;
}

/**
 * Whether the notes are safe from the browser clearing storage to make room.
 * Asks `navigator.storage.persist()` when not yet granted (the storage is the
 * extension's origin, shared with the background that holds the notes):
 * Firefox grants it to an add-on holding `unlimitedStorage` without asking.
 * Chromium answers false for extensions, but does not evict the data of an
 * extension that holds `unlimitedStorage`, so the permission counts there.
 */
async function persistStorage(browser: Browser): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  try {
    if (storage?.persisted && ((await storage.persisted()) || (await storage.persist()))) {
      return true;
    }
    return await browser.permissions.contains({ permissions: ['unlimitedStorage'] });
  } catch {
    return null;
  }
}

/** The options page's environment inside the extension. */
export function browserOptionsEnv(browser: Browser): OptionsEnv {
  return {
    client: createClient((message) => browser.runtime.sendMessage(message)),
    requestSiteAccess: (origin) =>
      browser.permissions.request({ origins: [originPattern(origin)] }),
    download: downloadText,
    persist: () => persistStorage(browser),
    highlightVariant: () => detectVariant(browser.runtime),
  };
}
