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

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      // Every write error ends the output; only EPIPE is expected, but a full
      // disk must not become an unhandled exception either.
      this.closed = true;
      if (error.code !== 'EPIPE') this.failure = error;
      this.wake();
    });
    stream.on('close', () => {
      this.closed = true;
      this.wake();
    });
  }

  /** A write error other than a closed pipe, if one happened. */
  failure: Error | undefined;

  /** Whether the reader has gone away. */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Writes `chunk`, resolving once the stream can take more. */
  async write(chunk: string): Promise<void> {
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

  private wake(): void {
    for (const waiter of [...this.waiters]) waiter();
  }
}
