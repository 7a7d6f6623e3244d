/**
 * The background's end of `ANALYZE_PORT`: a content script's `page.analyze` requests, each
 * validated as the router validates a one-time message, queued on the engine service under
 * the port's tab, and answered on the port with the request's `id` (docs/adr/0007, session 21:
 * Chromium delivers a tab's one-time messages to the worker one at a time, a port's as they
 * are sent). Only a port the router would take for a content script's (`identifySender`) is
 * served.
 */
import type { Finding } from '../engine/types';
import type { AnalyzePortAnswer } from '../shared/messages';
import { err, type Result } from '../shared/result';
import { validateContentScriptRequest } from '../shared/validate';
import { arrive, reply, timingOn } from './analyze-timing';
import { MAX_WAITING, type EngineService } from './engine-service';

/** Requests taken from one message at most (the page asks `AHEAD` + 1 at most at once). */
export const MAX_BATCH = MAX_WAITING;

/** The part of a `runtime.Port` this end uses. */
export interface AnalyzePortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  postMessage(message: AnalyzePortAnswer): void;
}

/** The id of a port message (a whole number the page chose), or null when it has none. */
function requestId(message: unknown): number | null {
  const id = (message as { id?: unknown } | null)?.id;
  return typeof id === 'number' && Number.isSafeInteger(id) && id >= 0 ? id : null;
}

/** The request in a port message, validated: `page.analyze` only. */
function analyzeRequest(message: unknown): Result<{ run: string; text: string }> {
  const checked = validateContentScriptRequest((message as { request?: unknown }).request);
  if (!checked.ok) return checked;
  if (checked.value.type !== 'page.analyze') {
    return err('forbidden', `"${checked.value.type}" is not asked on this port.`);
  }
  return { ok: true, value: checked.value.payload as { run: string; text: string } };
}

/** Serves `page.analyze` requests on `port`, a content script's in tab `tabId`. */
export function serveAnalyzePort(
  port: AnalyzePortLike,
  tabId: number,
  engine: EngineService,
): void {
  const serve = (message: unknown): void => {
    const id = requestId(message);
    // Without an id, no answer could be matched to it: nothing to say.
    if (id === null) return;
    const request = analyzeRequest(message);
    const timing =
      request.ok && timingOn() ? arrive(request.value.run, request.value.text.length) : null;
    const answer: Promise<Result<Finding[]>> = request.ok
      ? engine.analyze(tabId, request.value.run, request.value.text)
      : Promise.resolve(request);
    void answer.then((result) => {
      if (timing !== null) reply(timing, result);
      try {
        port.postMessage({ id, answer: result });
      } catch {
        // The page went (navigated, closed) or closed the port: nobody waits for the answer.
      }
    });
  };
  port.onMessage.addListener((message) => {
    const batch = (message as { batch?: unknown } | null)?.batch;
    if (!Array.isArray(batch)) {
      serve(message);
      return;
    }
    // Several requests asked in one task of the page: each is queued as if sent alone (the
    // engine service refuses a tab's requests beyond `MAX_WAITING`).
    for (const item of batch.slice(0, MAX_BATCH)) serve(item);
  });
}
