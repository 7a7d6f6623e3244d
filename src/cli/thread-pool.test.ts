import { afterEach, describe, expect, test } from 'vitest';
import { PoolError, ThreadPool } from './thread-pool';
import type { PoolOptions } from './thread-pool';
import type { FixtureResult, FixtureTask } from './thread-pool.fixture';

const url = new URL('./thread-pool.fixture.ts', import.meta.url);
const pools: ThreadPool<FixtureTask, FixtureResult>[] = [];

function pool(
  options: Partial<PoolOptions<FixtureTask, FixtureResult>> = {},
): ThreadPool<FixtureTask, FixtureResult> {
  const p = new ThreadPool<FixtureTask, FixtureResult>({
    size: 2,
    url,
    workerData: { tag: 'settings' },
    crashed: (_task, why) => ({ value: -1, thread: -1, tag: why }),
    transfer: (task) => (task.op === 'sum' ? [task.bytes.buffer as ArrayBuffer] : []),
    ...options,
  });
  pools.push(p);
  return p;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

describe('ThreadPool', () => {
  test('runs tasks on up to `size` threads, each with the workerData given', async () => {
    const p = pool();
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, n) => p.run({ op: 'echo', n })),
    );
    expect(results.map((r) => r.value)).toEqual(Array.from({ length: 20 }, (_, n) => n));
    expect(results.every((r) => JSON.stringify(r.tag) === '{"tag":"settings"}')).toBe(true);
    const threads = new Set(results.map((r) => r.thread));
    expect(threads.size).toBeGreaterThanOrEqual(1);
    expect(threads.size).toBeLessThanOrEqual(2);
    expect(p.threads).toBeLessThanOrEqual(2);
  }, 30_000);

  test('starts threads only as tasks arrive', async () => {
    const p = pool({ size: 4 });
    await p.run({ op: 'echo', n: 1 });
    expect(p.threads).toBe(1);
  }, 30_000);

  test('bytes are moved to the worker, not copied', async () => {
    const p = pool();
    const bytes = new Uint8Array([1, 2, 3, 250]);
    const result = await p.run({ op: 'sum', bytes });
    expect(result.value).toBe(256);
    // Transferred: this side's view is detached.
    expect(bytes.byteLength).toBe(0);
  }, 30_000);

  test.each(['throw', 'exit'] as const)(
    'a thread that dies on a task (%s) fails that task only; the others still run',
    async (op) => {
      const p = pool();
      const tasks: FixtureTask[] = [
        { op: 'echo', n: 1 },
        { op },
        { op: 'echo', n: 2 },
        { op: 'echo', n: 3 },
        { op: 'echo', n: 4 },
      ];
      const results = await Promise.all(tasks.map((t) => p.run(t)));
      expect(results.map((r) => r.value)).toEqual([1, -1, 2, 3, 4]);
      const why = String(results[1]?.tag);
      expect(why).toMatch(op === 'throw' ? /task blew up/ : /exited \(code 3\)/);
      // And the pool goes on with a fresh thread.
      expect((await p.run({ op: 'echo', n: 5 })).value).toBe(5);
    },
    30_000,
  );

  test('close() stops every thread, and a result arriving after it starts no new one', async () => {
    const p = pool();
    const results = Array.from({ length: 200 }, (_, n) => p.run({ op: 'echo', n }));
    for (const r of results) r.catch(() => undefined);
    await results[0];
    await p.close();
    // Let any message already posted by a worker before it stopped come in.
    for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(p.threads).toBe(0);
    await expect(p.run({ op: 'echo', n: 1 })).rejects.toBeInstanceOf(PoolError);
  }, 30_000);

  test('a worker that cannot start fails the pool with a PoolError', async () => {
    const p = pool({ workerData: { failToStart: true } });
    await expect(p.run({ op: 'echo', n: 1 })).rejects.toBeInstanceOf(PoolError);
    await expect(p.run({ op: 'echo', n: 2 })).rejects.toThrow(/this worker cannot start/);
  }, 30_000);
});
