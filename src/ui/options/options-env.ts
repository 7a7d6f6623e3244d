/** What the options page needs from its surroundings: the browser, or a fake in tests. */
import type { Browser } from '../../shared/browser';
import { originPattern } from '../../shared/url';
import { downloadText } from '../download';
import { createClient, type Client } from '../messaging';

export interface OptionsEnv {
  client: Client;
  /** Must be called synchronously from a click or change handler (a user gesture). */
  requestSiteAccess(origin: string): Promise<boolean>;
  /** Offers a text file to the reader as a download. */
  download(filename: string, text: string, type?: string): void;
}

/** The options page's environment inside the extension. */
export function browserOptionsEnv(browser: Browser): OptionsEnv {
  return {
    client: createClient((message) => browser.runtime.sendMessage(message)),
    requestSiteAccess: (origin) =>
      browser.permissions.request({ origins: [originPattern(origin)] }),
    download: downloadText,
  };
}
