/**
 * The engine as the content script reaches it: in the background (`page.analyze`), where it is
 * warm from earlier pages and works off the page's main thread (docs/adr/0007). The content
 * script no longer carries the engine.
 *
 * The browser may stop the background at any moment (an MV3 service worker that was idle, or
 * stuck, or an extension update): a request on its way is then lost and fails here as
 * `no-background`. It is asked once more, which starts a new worker; a second failure ends the
 * analysis with the background's words, which the popup shows as any other failure.
 */
import type { Finding } from '../engine/types';
import type { Analyze, EngineRun } from './analysis-run';
import type { Ask } from './background-client';
import { abortReason } from './steps';

/**
 * How long one part may take before the background is taken for gone. A lost request fails at
 * once; this is for a worker that hangs. A part is a few tens of milliseconds of work, but it
 * may wait behind other tabs' parts.
 */
export const ENGINE_TIMEOUT_MS = 30_000;

/** Rejects with the run's abort reason as soon as it is stopped, else settles as `answer`. */
function untilStopped<T>(answer: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** `Analyze` over the background: resolves to the findings, rejects when it cannot answer. */
export function backgroundEngine(ask: Ask): Analyze {
  const analyze = async (text: string, run: EngineRun): Promise<Finding[]> => {
    const request = () => untilStopped(ask('page.analyze', { run: run.id, text }), run.signal);
    let answer = await request();
    // Lost on the way (the worker was stopped): a second request starts a new one.
    if (!answer.ok && answer.error.code === 'no-background') answer = await request();
    if (answer.ok) return answer.value;
    if (answer.error.code === 'cancelled') {
      throw new DOMException(answer.error.message, 'AbortError');
    }
    throw new Error(answer.error.message);
  };
  return Object.assign(analyze, { answersLater: true });
}
