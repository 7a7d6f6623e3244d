/**
 * Turns whatever arrives on `runtime.onMessage` into exactly one Result:
 * validated requests go to their handler, everything else gets a readable
 * error. A handler that throws also ends as an error, never as silence.
 *
 * The trust boundary lives here. The browser tells who sent a message
 * (`sender`), and a renderer cannot forge that: an extension page's sender
 * has the extension's origin; a content script's has the page's URL and its
 * tab. Extension pages may send the `ExtensionPageMessages`; a content script
 * only the `ContentScriptMessages`, answered about its own tab, which the
 * router takes from `sender.tab` and hands to the handler.
 */
import { err, type Result } from '../shared/result';
import { validateContentScriptRequest, validateExtensionPageRequest } from '../shared/validate';
import { errorText } from './browser-api';
import type { ContentScriptHandlers, Handlers } from './handlers';
import { storageFailure } from './storage-errors';

/** What `runtime.onMessage` tells about who sent a message (the fields the router reads). */
export interface Sender {
  /** The sending extension. */
  id?: string;
  /** The URL of the sending document (page or extension page). */
  url?: string;
  /** The sending document's origin (Chrome only). */
  origin?: string;
  /** The tab of the sending frame, for content scripts and extension pages open in a tab. */
  tab?: { id?: number };
  /** 0 for a tab's top frame. */
  frameId?: number;
}

/** A content script the browser vouches for: the top frame of one tab. */
export interface ContentScriptCaller {
  tabId: number;
  /** The page the content script runs in, as the browser reports it. */
  url: string;
}

/** Who is asking, as far as the browser vouches for it. */
export type Caller =
  { kind: 'extension-page' } | ({ kind: 'content-script' } & ContentScriptCaller);

/** Routes one message to its handler. */
export type Route = (message: unknown, sender: Sender) => Promise<Result<unknown>>;

/** The scheme and host of a URL, or null when it has none. */
function schemeAndHost(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Tells an extension page from a content script, or refuses the sender.
 * `ownBase` is `runtime.getURL('')` (`chrome-extension://ID/`, `moz-extension://UUID/`).
 */
export function identifySender(
  sender: Sender,
  ownId: string | undefined,
  ownBase: string | undefined,
): Result<Caller> {
  const forbidden = err('forbidden', 'Only Who Said itself may ask this.');
  if (ownId === undefined || sender.id !== ownId) return forbidden;
  const own = ownBase === undefined ? null : schemeAndHost(ownBase);
  const from = sender.url === undefined ? null : schemeAndHost(sender.url);
  if (own !== null && from === own) {
    // Chrome also reports the origin; it must agree with the URL.
    if (sender.origin !== undefined && sender.origin !== own) return forbidden;
    return { ok: true, value: { kind: 'extension-page' } };
  }
  const tabId = sender.tab?.id;
  if (
    sender.url !== undefined &&
    from !== null &&
    typeof tabId === 'number' &&
    tabId >= 0 &&
    // Who Said's content script runs in top frames only; a frame inside a page is not it.
    (sender.frameId === undefined || sender.frameId === 0)
  ) {
    return { ok: true, value: { kind: 'content-script', tabId, url: sender.url } };
  }
  return forbidden;
}

/**
 * Creates the router. `ownId` is this extension's id and `ownBase` its base URL:
 * messages from anyone else are refused.
 */
export function createRouter(
  handlers: Handlers,
  contentHandlers: ContentScriptHandlers,
  ownId: string | undefined,
  ownBase: string | undefined,
): Route {
  const guarded = async (
    type: string,
    call: () => Promise<Result<unknown>>,
  ): Promise<Result<unknown>> => {
    try {
      return await call();
    } catch (error) {
      // A full disk, no storage in private browsing, a blocked upgrade: said as such.
      const storage = storageFailure(error);
      if (storage) return { ok: false, error: storage };
      console.warn(`Who Said: ${type} failed`, errorText(error));
      return err('internal', 'Something went wrong inside Who Said. Try again.');
    }
  };

  return async (message, sender) => {
    const caller = identifySender(sender, ownId, ownBase);
    if (!caller.ok) return caller;
    if (caller.value.kind === 'content-script') {
      const request = validateContentScriptRequest(message);
      if (!request.ok) return request;
      const { type, payload } = request.value;
      const handler = contentHandlers[type] as (
        payload: unknown,
        from: ContentScriptCaller,
      ) => Promise<Result<unknown>>;
      const from = caller.value;
      return guarded(type, () => handler(payload, from));
    }
    const request = validateExtensionPageRequest(message);
    if (!request.ok) return request;
    const { type, payload } = request.value;
    const handler = handlers[type] as (payload: unknown) => Promise<Result<unknown>>;
    return guarded(type, () => handler(payload));
  };
}
