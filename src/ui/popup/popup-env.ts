/**
 * What the popup needs from its surroundings, as one object: the real browser
 * in the extension, a fake in tests.
 */
import type { Browser } from '../../shared/browser';
import type { StyleVariant } from '../../shared/highlight-styles';
import { detectVariant } from '../../shared/highlight-variant';
import { originPattern } from '../../shared/url';
import { downloadText } from '../download';
import { createClient, type Client } from '../messaging';

/** The tab the popup is about. `url` and `title` are missing when the browser withholds them. */
export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
}

export interface PopupEnv {
  client: Client;
  /** The tab to show: `?tab=<id>` from the popup's URL, else the active tab. */
  currentTab(): Promise<TabInfo | null>;
  /**
   * Asks the reader for access to one site. Must be called synchronously from
   * a click or change handler: browsers only allow it during a user gesture.
   */
  requestSiteAccess(origin: string): Promise<boolean>;
  /** Opens the page with every note, site settings, export and import. */
  openNotesPage(): void;
  /** A new note id (a random UUID). */
  newId(): string;
  /** Puts text on the clipboard. */
  copy(text: string): Promise<void>;
  /** Offers a text file to the reader as a download. */
  download(filename: string, text: string, type?: string): void;
  /** The highlight style variant this browser paints (the background picks the same one). */
  highlightVariant(): Promise<StyleVariant>;
}

/** Reads `?tab=<id>` (used by end-to-end tests to point the popup at a tab). */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,15}$/.test(raw)) return null;
  return Number(raw);
}

/** The popup's environment inside the extension. */
export function browserEnv(browser: Browser, search: string): PopupEnv {
  return {
    client: createClient((message) => browser.runtime.sendMessage(message)),
    async currentTab() {
      const forced = tabIdFromSearch(search);
      const tab =
        forced !== null
          ? await browser.tabs.get(forced).catch(() => undefined)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (tab?.id === undefined) return null;
      return { id: tab.id, url: tab.url, title: tab.title };
    },
    requestSiteAccess: (origin) =>
      browser.permissions.request({ origins: [originPattern(origin)] }),
    openNotesPage: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    newId: () => crypto.randomUUID(),
    copy: (text) => navigator.clipboard.writeText(text),
    download: downloadText,
    highlightVariant: () => detectVariant(browser.runtime),
  };
}
