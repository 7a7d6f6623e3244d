/**
 * The content script's `runtime`, without webextension-polyfill: the polyfill wraps every
 * `chrome.*` API when it is imported (Chromium builds each API's bindings as it is touched),
 * a few milliseconds of the first task on every page, for the four members the content
 * script uses. Same behaviour as the polyfill for those:
 *
 * - where the browser has a promise-based `browser.runtime` (Firefox), it is used as it is;
 * - else `chrome.runtime` (Chromium): `sendMessage` returns its promise (MV3), and a message
 *   listener's promise is answered through `sendResponse`; a rejection is sent as the
 *   polyfill's rejection marker, which the background's polyfill turns back into an error.
 */
import type { MessageListener, PortLike, RuntimeLike } from './lifecycle';
import type { ContentScriptRequest } from '../shared/messages';

/** The callback form of `runtime.onMessage` listeners (Chromium). */
type ChromeListener = (
  message: unknown,
  sender: { id?: string },
  sendResponse: (response: unknown) => void,
) => boolean;

/** The part of Chromium's `chrome.runtime` used here. */
export interface ChromeRuntimeLike {
  readonly id?: string;
  lastError?: unknown;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: ChromeListener): void;
    removeListener(listener: ChromeListener): void;
  };
  connect?(info: { name: string }): PortLike;
}

/** What the content script's runtime offers: the lifecycle's part and `sendMessage`. */
export type ContentRuntime = RuntimeLike & {
  sendMessage(message: ContentScriptRequest): Promise<unknown>;
  /** Chromium's last error, read so that a closed port is not logged as unchecked. */
  readonly lastError?: unknown;
};

/** What a rejected listener answers with (webextension-polyfill's marker). */
function rejection(error: unknown): { __mozWebExtensionPolyfillReject__: true; message: string } {
  const message =
    error instanceof Error || typeof (error as { message?: unknown } | null)?.message === 'string'
      ? String((error as { message: unknown }).message)
      : 'An unexpected error occurred';
  return { __mozWebExtensionPolyfillReject__: true, message };
}

/** `chrome.runtime` with promise-returning message listeners. */
export function wrapChromeRuntime(chrome: ChromeRuntimeLike): ContentRuntime {
  const wrapped = new Map<MessageListener, ChromeListener>();
  return {
    get id() {
      return chrome.id;
    },
    get lastError() {
      return chrome.lastError;
    },
    sendMessage: (message) => chrome.sendMessage(message),
    onMessage: {
      addListener(listener) {
        if (wrapped.has(listener)) return;
        const callback: ChromeListener = (message, sender, sendResponse) => {
          let answer: Promise<unknown> | undefined;
          try {
            answer = listener(message, sender);
          } catch (error) {
            answer = Promise.reject(error);
          }
          if (answer === undefined) return false;
          answer.then(sendResponse, (error: unknown) => sendResponse(rejection(error)));
          return true;
        };
        wrapped.set(listener, callback);
        chrome.onMessage.addListener(callback);
      },
      removeListener(listener) {
        const callback = wrapped.get(listener);
        if (callback === undefined) return;
        wrapped.delete(listener);
        chrome.onMessage.removeListener(callback);
      },
    },
    connect(info) {
      if (typeof chrome.connect !== 'function') throw new Error('No runtime.connect here.');
      return chrome.connect(info);
    },
  };
}

interface ExtensionGlobal {
  browser?: { runtime?: ContentRuntime & { id?: string } };
  chrome?: { runtime?: ChromeRuntimeLike };
}

/** The runtime of the extension that runs this script, as `scope` (the global) offers it. */
export function contentRuntime(scope: object = globalThis): ContentRuntime {
  const g = scope as ExtensionGlobal;
  const native = g.browser?.runtime;
  if (native?.id) return native;
  const chrome = g.chrome?.runtime;
  if (!chrome?.id) throw new Error('This script should only be loaded in a browser extension.');
  return wrapChromeRuntime(chrome);
}
