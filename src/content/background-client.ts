/**
 * The content script's requests to the background (`ContentScriptMessages`),
 * answered as Results. The background takes the page from the sender, so
 * these requests can only ever concern this page.
 */
import type {
  ContentScriptMessages,
  ContentScriptName,
  ContentScriptRequest,
} from '../shared/messages';
import { err, type Result } from '../shared/result';

/** Sends one request about this page to the background. */
export type Ask = <N extends ContentScriptName>(
  type: N,
  payload: ContentScriptMessages[N]['req'],
) => Promise<Result<ContentScriptMessages[N]['res']>>;

export const NO_ANSWER = err(
  'no-background',
  'Who Said isn’t responding. Reload the page and try again.',
);

/** An `Ask` over `runtime.sendMessage`; gives up after `timeoutMs`. */
export function createAsk(
  runtime: { sendMessage(message: ContentScriptRequest): Promise<unknown> },
  timeoutMs = 5000,
): Ask {
  return async (type, payload) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<typeof NO_ANSWER>((resolve) => {
      timer = setTimeout(() => resolve(NO_ANSWER), timeoutMs);
    });
    try {
      const answer = await Promise.race([
        runtime.sendMessage({ ws: 1, type, payload } as ContentScriptRequest),
        late,
      ]);
      const a = answer as { ok?: unknown; error?: { code?: unknown; message?: unknown } } | null;
      if (a?.ok === true && 'value' in a) return answer as Result<never>;
      if (a?.ok === false && typeof a.error?.message === 'string') return answer as Result<never>;
      return NO_ANSWER;
    } catch {
      // An orphaned runtime (the extension was reloaded) throws.
      return NO_ANSWER;
    } finally {
      clearTimeout(timer);
    }
  };
}
