/**
 * The UI's side of the message protocol: a typed request to the background
 * that always resolves to a Result, even when the background cannot answer.
 */
import type {
  ExtensionPageMessages,
  ExtensionPageName,
  ExtensionPageRequest,
} from '../shared/messages';
import { err, type Result } from '../shared/result';

/** Sends one request to the background and returns its answer. */
export interface Client {
  request<N extends ExtensionPageName>(
    type: N,
    payload: ExtensionPageMessages[N]['req'],
  ): Promise<Result<ExtensionPageMessages[N]['res']>>;
}

/** Sends a raw message (for the extension: `browser.runtime.sendMessage`). */
export type SendMessage = (message: ExtensionPageRequest) => Promise<unknown>;

const NO_ANSWER = err(
  'no-background',
  'Who Said isn’t responding. Close this window and try again.',
);

/** Whether a value has the shape of a Result. */
function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { ok?: unknown; error?: { code?: unknown; message?: unknown } };
  if (v.ok === true) return 'value' in v;
  return v.ok === false && typeof v.error?.code === 'string' && typeof v.error.message === 'string';
}

/**
 * Requests that change nothing, or that the background makes safe to repeat: asked once more
 * when the send itself fails, as it does when the browser stopped the service worker while it
 * was answering. `tab.run` joins a run in progress and re-reads a page whose worker was
 * stopped. A save carries the note's own id and the version it edits, so the same save again
 * answers the note it already wrote (`decideSave` in db.ts); setting preferences or settings
 * to the same value twice, or deleting a correction already gone, leaves what one call leaves.
 * Not `notes.delete` or `notes.restore`: repeated, they would answer differently (the undo
 * copy would be lost), so the reader is told instead.
 */
const RETRY_SAFE: ReadonlySet<ExtensionPageName> = new Set<ExtensionPageName>([
  'tab.run',
  'tab.summary',
  'tab.notes',
  'tab.ledger',
  'notes.list',
  'notes.search',
  'notes.facets',
  'notes.save',
  'article.snapshot',
  'prefs.get',
  'prefs.set',
  'site.get',
  'site.list',
  'settings.set',
  'decisions.list',
  'decisions.delete',
]);

/** A client over a send function. Answers from the background are trusted to match their type. */
export function createClient(send: SendMessage): Client {
  return {
    async request(type, payload) {
      const message = { ws: 1, type, payload } as ExtensionPageRequest;
      for (let attempt = 0; ; attempt++) {
        try {
          const answer = await send(message);
          return isResult(answer) ? (answer as Result<never>) : NO_ANSWER;
        } catch {
          if (attempt > 0 || !RETRY_SAFE.has(type)) return NO_ANSWER;
        }
      }
    },
  };
}
