/**
 * The content script's `page.analyze` requests on a port (`ANALYZE_PORT`) rather than as
 * one-time messages: Chromium delivers a tab's one-time messages to the service worker one at
 * a time, the next only once the answer to the one before has reached the page, so that the
 * parts an analysis asks ahead (`AHEAD` in analysis-run.ts) never waited in the worker's queue
 * and the worker sat idle between parts (docs/adr/0007, session 21). A port's messages reach
 * the worker as they are sent.
 *
 * The port is opened at the first request and closed once every request has its answer, so
 * nothing stays open between analyses. A port that closes with requests on it (the browser
 * stopped the worker, the extension went) answers them `no-background`, as a lost one-time
 * message does: the engine client asks once more (engine-client.ts), which opens a new port.
 * Where the runtime has no `connect`, or connecting fails, requests go as one-time messages.
 */
import type { Finding } from '../engine/types';
import {
  ANALYZE_PORT,
  type AnalyzePortMessage,
  type AnalyzePortRequest,
  type ContentScriptRequest,
} from '../shared/messages';
import type { Result } from '../shared/result';
import { NO_ANSWER, type Ask } from './background-client';

/** The part of a `runtime.Port` used here. */
export interface RequestPortLike {
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  postMessage(message: AnalyzePortMessage): void;
  disconnect(): void;
}

/** The runtime's part: `connect` (absent where ports are not offered), its last error. */
export interface PortRuntimeLike {
  connect?(info: { name: string }): unknown;
  readonly lastError?: unknown;
}

/** An answer as the background sends it, checked as `createAsk` checks one. */
function answerOf(message: unknown): { id: number; answer: Result<Finding[]> } | null {
  const m = message as { id?: unknown; answer?: unknown } | null;
  if (typeof m?.id !== 'number') return null;
  const a = m.answer as { ok?: unknown; value?: unknown; error?: { message?: unknown } } | null;
  if (a?.ok === true && Array.isArray(a.value)) return { id: m.id, answer: a as Result<Finding[]> };
  if (a?.ok === false && typeof a.error?.message === 'string') {
    return { id: m.id, answer: a as Result<Finding[]> };
  }
  return { id: m.id, answer: NO_ANSWER };
}

/**
 * An `Ask` that sends `page.analyze` on `ANALYZE_PORT` and everything else through `fallback`
 * (one-time messages); a request waits at most `timeoutMs` for its answer.
 */
export function portAsk(runtime: PortRuntimeLike, fallback: Ask, timeoutMs: number): Ask {
  let port: RequestPortLike | null = null;
  let nextId = 1;
  /** The requests on the open port, by id: how to answer each. */
  const pending = new Map<number, (answer: Result<Finding[]>) => void>();

  /** Closes the port once nothing waits on it. */
  const closeIfIdle = (): void => {
    if (pending.size > 0 || port === null) return;
    const open = port;
    port = null;
    try {
      open.disconnect();
    } catch {
      // Already closed.
    }
  };

  /** Answers every waiting request as lost (the port closed under them). */
  const lose = (): void => {
    const waiting = [...pending.values()];
    pending.clear();
    for (const answer of waiting) answer(NO_ANSWER);
  };

  /** The open port, opened if needed; null where none can be. */
  const open = (): RequestPortLike | null => {
    if (port !== null) return port;
    if (typeof runtime.connect !== 'function') return null;
    let opened: RequestPortLike;
    try {
      opened = runtime.connect({ name: ANALYZE_PORT }) as RequestPortLike;
    } catch {
      return null;
    }
    opened.onMessage.addListener((message) => {
      const got = answerOf(message);
      const answer = got === null ? undefined : pending.get(got.id);
      if (got === null || answer === undefined) return;
      pending.delete(got.id);
      answer(got.answer);
      closeIfIdle();
    });
    opened.onDisconnect.addListener(() => {
      // Read, so that Chromium does not log a closed port as an unchecked error.
      void runtime.lastError;
      if (port === opened) port = null;
      lose();
    });
    port = opened;
    return opened;
  };

  /**
   * Requests asked in the task that is running, after its first (which went at once), to go in
   * one message when the task's code is done; null when nothing was asked in this task yet.
   */
  let batch: AnalyzePortRequest[] | null = null;

  /** Posts `message` on `to`; if the port closed meanwhile, its requests are lost. */
  const post = (to: RequestPortLike, message: AnalyzePortMessage, ids: readonly number[]): void => {
    try {
      to.postMessage(message);
    } catch {
      // Closed meanwhile (the worker or the extension went).
      if (port === to) port = null;
      for (const id of ids) pending.get(id)?.(NO_ANSWER);
    }
  };

  const ask = (type: string, payload: unknown): Promise<Result<unknown>> => {
    if (type !== 'page.analyze') return fallback(type as never, payload as never);
    const to = open();
    if (to === null) return fallback(type, payload as never);
    const id = nextId++;
    const answered = new Promise<Result<Finding[]>>((resolve) => {
      const timer = setTimeout(() => {
        if (pending.delete(id)) resolve(NO_ANSWER);
        closeIfIdle();
      }, timeoutMs);
      pending.set(id, (answer) => {
        clearTimeout(timer);
        pending.delete(id);
        resolve(answer);
      });
    });
    const request: AnalyzePortRequest = {
      id,
      request: { ws: 1, type, payload } as ContentScriptRequest,
    };
    if (batch !== null) {
      batch.push(request);
      return answered;
    }
    // The first request of a task goes at once; those asked after it in the same task (the
    // parts asked ahead) go together once the task's code is done.
    post(to, request, [id]);
    const asked: AnalyzePortRequest[] = [];
    batch = asked;
    queueMicrotask(() => {
      batch = null;
      if (asked.length === 0) return;
      const ids = asked.map((r) => r.id);
      if (port === to) post(to, { batch: asked }, ids);
      else for (const i of ids) pending.get(i)?.(NO_ANSWER);
    });
    return answered;
  };
  return ask as Ask;
}
