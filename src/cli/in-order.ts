/** How much work may be under way at once: read, started, and not yet written. */
export interface Window<T> {
  /** At most this many items. */
  maxItems: number;
  /** At most about this many bytes of input (one item may go over it alone). */
  maxBytes: number;
  /** An item's size, counted against `maxBytes`. */
  sizeOf: (item: T) => number;
}

/** Thrown by {@link mapInOrder} when the source failed, after what was read was written. */
export class SourceError extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

interface Entry<T, R> {
  item: T;
  size: number;
  result: Promise<R>;
}

const ignore = (): void => undefined;

/**
 * Starts `start(item)` for each item of `source` and hands the results to `emit`
 * in the source's order, whatever order they finish in. Reading and writing run
 * side by side: a result is written as soon as those before it are, even while
 * the source waits for more input (a live stream gets its answers at once). And
 * backpressure both ways: the source is pulled only while fewer than
 * `window.maxItems` items (and about `window.maxBytes` bytes) are started and not
 * yet written, and a result is written only once `emit` took the one before. So
 * memory stays bounded by the window, whatever the input's length or the
 * reader's pace.
 *
 * When `emit` throws (say the output closed), `stop` is called to unblock a read
 * in progress (by destroying the input stream), the source is closed and the
 * error rethrown; results still under way are left to settle. When the source
 * throws, the results already started are written first, then a
 * {@link SourceError} is thrown.
 */
export async function mapInOrder<T, R>(
  source: AsyncIterable<T>,
  start: (item: T) => Promise<R>,
  emit: (result: R, item: T) => Promise<void>,
  window: Window<T>,
  stop: () => void = ignore,
): Promise<void> {
  const iterator = source[Symbol.asyncIterator]();
  const queue: Entry<T, R>[] = [];
  let bytes = 0;
  let sourceDone = false;
  let stopped = false;
  let failure: SourceError | undefined;
  let wakeReader = ignore;
  let wakeWriter = ignore;
  const full = (): boolean =>
    queue.length >= window.maxItems || (queue.length > 0 && bytes >= window.maxBytes);

  const reader = (async () => {
    while (!stopped) {
      if (full()) {
        await new Promise<void>((resolve) => (wakeReader = resolve));
        continue;
      }
      let next: IteratorResult<T>;
      try {
        next = await iterator.next();
      } catch (error) {
        if (!stopped) failure = new SourceError(error);
        break;
      }
      if (next.done || stopped) break;
      const size = window.sizeOf(next.value);
      const result = start(next.value);
      // Observed when its turn comes; until then a rejection must not count as unhandled.
      result.catch(ignore);
      queue.push({ item: next.value, size, result });
      bytes += size;
      wakeWriter();
    }
    sourceDone = true;
    wakeWriter();
  })();

  try {
    for (;;) {
      const first = queue[0];
      if (!first) {
        if (sourceDone) break;
        await new Promise<void>((resolve) => (wakeWriter = resolve));
        continue;
      }
      const result = await first.result;
      // The queue is never longer than maxItems: shift() is cheap.
      queue.shift();
      bytes -= first.size;
      wakeReader();
      await emit(result, first.item);
    }
  } catch (error) {
    stopped = true;
    stop();
    wakeReader();
    await reader;
    // Runs the source's cleanup (a generator's finally), now that no read is pending.
    await iterator.return?.().catch(ignore);
    throw error;
  }
  await reader;
  if (failure) throw failure;
}
