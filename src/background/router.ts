/**
 * Turns whatever arrives on `runtime.onMessage` into exactly one Result:
 * validated requests go to their handler, everything else gets a readable
 * error. A handler that throws also ends as an error, never as silence.
 */
import { err, type Result } from '../shared/result';
import { validateBackgroundRequest } from '../shared/validate';
import { errorText } from './browser-api';
import type { Handlers } from './handlers';

/** Who sent a message; only `id` (the sending extension) matters here. */
export interface Sender {
  id?: string;
}

/** Routes one message to its handler. */
export type Route = (message: unknown, sender: Sender) => Promise<Result<unknown>>;

/** Creates the router. `ownId` is this extension's id: messages from anyone else are refused. */
export function createRouter(handlers: Handlers, ownId: string | undefined): Route {
  return async (message, sender) => {
    if (ownId !== undefined && sender.id !== ownId) {
      return err('forbidden', 'Only Who Said itself may ask this.');
    }
    const request = validateBackgroundRequest(message);
    if (!request.ok) return request;
    const { type, payload } = request.value;
    const handler = handlers[type] as (payload: unknown) => Promise<Result<unknown>>;
    try {
      return await handler(payload);
    } catch (error) {
      console.warn(`Who Said: ${type} failed`, errorText(error));
      return err('internal', 'Something went wrong inside Who Said. Try again.');
    }
  };
}
