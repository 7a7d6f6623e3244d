import { describe, expect, test } from 'vitest';
import { mapInOrder, SourceError } from './in-order';

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Yields 0..n-1 and records how many items have been pulled and whether it was closed. */
function counted(n: number, failAt?: number) {
  const state = { pulled: 0, closed: false };
  async function* gen(): AsyncGenerator<number> {
    try {
      for (let i = 0; i < n; i++) {
        if (i === failAt) throw new Error('read failed');
        state.pulled++;
        yield i;
      }
    } finally {
      state.closed = true;
    }
  }
  return { source: gen(), state };
}

/** A task that finishes after `delay(item)` turns of the event loop. */
const after =
  (delay: (i: number) => number) =>
  async (i: number): Promise<string> => {
    for (let k = 0; k < delay(i); k++) await tick();
    return `r${i}`;
  };

describe('mapInOrder', () => {
  test('results come out in input order whatever order they finish in', async () => {
    const { source } = counted(40);
    const out: string[] = [];
    // Early items are the slowest: without reordering they would come out last.
    await mapInOrder(
      source,
      after((i) => (40 - i) % 7),
      async (r) => void out.push(r),
      {
        maxItems: 8,
        maxBytes: Infinity,
        sizeOf: () => 1,
      },
    );
    expect(out).toEqual(Array.from({ length: 40 }, (_, i) => `r${i}`));
  });

  test('never more than maxItems under way, and the source is read no further ahead', async () => {
    const { source, state } = counted(100);
    let running = 0;
    let maxRunning = 0;
    let maxAhead = 0;
    let emitted = 0;
    const start = async (i: number): Promise<number> => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      for (let k = 0; k < (i % 3) + 1; k++) await tick();
      running--;
      return i;
    };
    const emit = async (): Promise<void> => {
      emitted++;
      // A slow writer: the source must wait for it, not run ahead.
      for (let k = 0; k < 3; k++) await tick();
      maxAhead = Math.max(maxAhead, state.pulled - emitted);
    };
    await mapInOrder(source, start, emit, { maxItems: 5, maxBytes: Infinity, sizeOf: () => 1 });
    expect(emitted).toBe(100);
    expect(maxRunning).toBeLessThanOrEqual(5);
    expect(maxAhead).toBeLessThanOrEqual(5);
  });

  test('the byte budget holds back the source (one big item still goes alone)', async () => {
    const { source, state } = counted(20);
    let maxAhead = 0;
    let emitted = 0;
    await mapInOrder(
      source,
      async (i) => i,
      async () => {
        emitted++;
        maxAhead = Math.max(maxAhead, state.pulled - emitted);
      },
      // Items of 40 bytes against 100: at most three under way (the third crosses the budget).
      { maxItems: 100, maxBytes: 100, sizeOf: () => 40 },
    );
    expect(emitted).toBe(20);
    expect(maxAhead).toBeLessThanOrEqual(2);
  });

  test('a result is written while the source still waits for more input', async () => {
    let release = (): void => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* live(): AsyncGenerator<number> {
      yield 0;
      await gate; // the next record has not arrived yet
      yield 1;
    }
    const out: string[] = [];
    let seenBeforeRelease: string[] = [];
    const run = mapInOrder(
      live(),
      after(() => 2),
      async (r) => void out.push(r),
      {
        maxItems: 8,
        maxBytes: Infinity,
        sizeOf: () => 1,
      },
    );
    for (let k = 0; k < 20; k++) await tick();
    seenBeforeRelease = [...out];
    release();
    await run;
    expect(seenBeforeRelease).toEqual(['r0']);
    expect(out).toEqual(['r0', 'r1']);
  });

  test('an emit failure calls stop, so a read that would wait forever ends', async () => {
    let stopped = false;
    let unblock = (): void => undefined;
    async function* stuck(): AsyncGenerator<number> {
      yield 0;
      yield 1;
      // Waits like a read of an open pipe, until stop() destroys the input.
      await new Promise<void>((resolve) => (unblock = resolve));
    }
    const run = mapInOrder(
      stuck(),
      async (i) => i,
      async (i) => {
        if (i === 1) throw new Error('output closed');
      },
      { maxItems: 4, maxBytes: Infinity, sizeOf: () => 1 },
      () => {
        stopped = true;
        unblock();
      },
    );
    await expect(run).rejects.toThrow('output closed');
    expect(stopped).toBe(true);
  });

  test('an emit failure closes the source and is rethrown', async () => {
    const { source, state } = counted(1000);
    const stop = new Error('output closed');
    let emits = 0;
    const run = mapInOrder(
      source,
      async (i) => i,
      async () => {
        if (++emits === 3) throw stop;
      },
      { maxItems: 4, maxBytes: Infinity, sizeOf: () => 1 },
    );
    await expect(run).rejects.toBe(stop);
    expect(state.closed).toBe(true);
    expect(state.pulled).toBeLessThan(10);
  });

  test('a source failure comes after the results read before it', async () => {
    const { source } = counted(10, 6);
    const out: string[] = [];
    const run = mapInOrder(
      source,
      after((i) => i % 2),
      async (r) => void out.push(r),
      {
        maxItems: 3,
        maxBytes: Infinity,
        sizeOf: () => 1,
      },
    );
    await expect(run).rejects.toBeInstanceOf(SourceError);
    expect(out).toEqual(['r0', 'r1', 'r2', 'r3', 'r4', 'r5']);
  });
});
