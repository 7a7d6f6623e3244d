import type { Writable } from 'node:stream';

/** Thrown by {@link StreamWriter.write} once the reader has gone (EPIPE): stop quietly. */
export class OutputClosedError extends Error {
  constructor() {
    super('output closed');
  }
}

/**
 * Writes to a stream one chunk at a time, waiting for `drain` when the stream's
 * buffer is full, so thousands of files never pile up in memory when the reader
 * is slow. A closed pipe (`whosaid ... | head`) turns into {@link OutputClosedError}
 * instead of an unhandled `error` event.
 */
export class StreamWriter {
  private closed = false;
  private readonly waiters = new Set<() => void>();

  /**
   * @param onClosed called once when the reader goes away (or the stream fails),
   *   even between writes: a run waiting on its input can stop at once.
   */
  constructor(
    private readonly stream: Writable,
    private readonly onClosed: () => void = () => undefined,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // Every write error ends the output; only EPIPE is expected, but a full
      // disk must not become an unhandled exception either.
      if (error.code !== 'EPIPE') this.failure = error;
      this.close();
    });
    stream.on('close', () => this.close());
  }

  /** A write error other than a closed pipe, if one happened. */
  failure: Error | undefined;

  /** Whether the reader has gone away. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Writes `chunk`, resolving once the stream can take more. */
  async write(chunk: string | Uint8Array): Promise<void> {
    if (this.closed) throw new OutputClosedError();
    if (this.stream.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.waiters.delete(done);
        resolve();
      };
      this.waiters.add(done);
      this.stream.on('drain', done);
    });
    if (this.closed) throw new OutputClosedError();
  }

  private close(): void {
    const first = !this.closed;
    this.closed = true;
    for (const waiter of [...this.waiters]) waiter();
    if (first) this.onClosed();
  }
}
