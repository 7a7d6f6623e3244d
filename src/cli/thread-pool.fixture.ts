/**
 * A worker module for thread-pool.test.ts: tasks that echo, sum bytes, throw or
 * exit, so the pool's handling of each can be checked without the engine.
 */
import { threadId, workerData } from 'node:worker_threads';
import { serveTasks } from './thread-pool';

export type FixtureTask =
  { op: 'echo'; n: number } | { op: 'sum'; bytes: Uint8Array } | { op: 'throw' } | { op: 'exit' };

export interface FixtureResult {
  value: number;
  thread: number;
  tag: unknown;
}

if ((workerData as { failToStart?: boolean }).failToStart) {
  throw new Error('this worker cannot start');
}

serveTasks<FixtureTask, FixtureResult>((task) => {
  const reply = (value: number) => ({
    result: { value, thread: threadId, tag: workerData } satisfies FixtureResult,
  });
  switch (task.op) {
    case 'echo':
      return reply(task.n);
    case 'sum':
      return reply(task.bytes.reduce((a, b) => a + b, 0));
    case 'throw':
      throw new Error('task blew up');
    case 'exit':
      // Ends this thread only, mid-task, as an out-of-memory kill would.
      process.exit(3);
  }
});
