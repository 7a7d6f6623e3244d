import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { parentPort, Worker } from 'node:worker_threads';

/** Main thread to worker: run this task. */
interface TaskMessage<T> {
  id: number;
  task: T;
}

/** Worker to main thread: loaded and listening, or the result of a task. */
type WorkerMessage<R> = { ready: true } | { id: number; result: R };

/** What the pool needs to know besides the tasks. */
export interface PoolOptions<T, R> {
  /** At most this many threads; they start only as tasks arrive. */
  size: number;
  /** The worker's module: it calls {@link serveTasks}. */
  url: URL;
  /** Handed to every worker as `workerData`. */
  workerData: unknown;
  /** The result for a task whose thread died while running it. */
  crashed: (task: T, why: string) => R;
  /** Buffers to move to the worker instead of copying (default: none). */
  transfer?: (task: T) => ArrayBuffer[];
}

interface Job<T, R> {
  id: number;
  task: T;
  resolve: (result: R) => void;
  reject: (error: Error) => void;
}

interface Slot<T, R> {
  worker: Worker;
  /** Posted to this worker and not answered yet, oldest first (a worker runs them in order). */
  running: Job<T, R>[];
  ready: boolean;
  error?: Error;
}

/** The URL of tsx's ESM API (`tsx/esm/api`) as installed for the module at `from`. */
function tsxApi(from: URL): string {
  const require = createRequire(from);
  const manifest = require.resolve('tsx/package.json');
  const pkg = require(manifest) as { exports: Record<string, { import: { default: string } }> };
  const entry = pkg.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return new URL(entry, pathToFileURL(manifest)).href;
}

/** A worker could not start at all (its module failed to load): the run cannot go on. */
export class PoolError extends Error {}

/**
 * Each worker gets at most this many tasks at once: the second waits in its queue
 * while the first runs, so a thread never idles for a round trip, and a crash
 * takes down at most one task besides the one that caused it (that one is retried).
 */
const PER_WORKER = 2;

/**
 * A fixed-size pool of worker threads running tasks of one kind. Results come back
 * as promises (order is the caller's business). A worker that dies on a task (out
 * of memory, say) fails that task only, through `crashed`, and is replaced; one
 * that dies before it is ready fails the pool.
 */
export class ThreadPool<T, R> {
  private readonly slots: Slot<T, R>[] = [];
  private readonly queue: Job<T, R>[] = [];
  private nextId = 0;
  private failure: PoolError | undefined;
  private closing = false;

  constructor(private readonly options: PoolOptions<T, R>) {}

  /** Runs `task` on a worker thread. */
  run(task: T): Promise<R> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closing) return Promise.reject(new PoolError('the pool is closed'));
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every worker, finished or not. */
  async close(): Promise<void> {
    this.closing = true;
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  /** How many worker threads have been started and are alive (for tests). */
  get threads(): number {
    return this.slots.length;
  }

  private dispatch(): void {
    // A result posted just before close() may still arrive: it must not start a thread.
    if (this.closing) return;
    while (this.queue.length > 0) {
      const slot =
        this.slots.find((s) => s.running.length === 0) ??
        (this.slots.length < this.options.size ? this.spawn() : undefined) ??
        this.slots.find((s) => s.running.length < PER_WORKER);
      if (!slot) return;
      const job = this.queue.shift() as Job<T, R>;
      slot.running.push(job);
      const message: TaskMessage<T> = { id: job.id, task: job.task };
      slot.worker.postMessage(message, this.options.transfer?.(job.task) ?? []);
    }
  }

  private spawn(): Slot<T, R> {
    const { url } = this.options;
    // From TypeScript source (tests, `node --import tsx`), a worker on Node 20 does not
    // get tsx's loader from --import: it starts through tsx's API instead. The built
    // CLI is plain JavaScript and starts itself.
    const fromSource = url.pathname.endsWith('.ts');
    const script = fromSource
      ? `const { register } = await import(${JSON.stringify(tsxApi(url))});
         register();
         await import(${JSON.stringify(url.href)});`
      : url;
    const worker = new Worker(script, {
      eval: fromSource,
      workerData: this.options.workerData,
      // Standard output carries the results and nothing else: should a library in a
      // worker print something, it goes to standard error as a diagnostic.
      stdout: true,
    });
    worker.stdout.pipe(process.stderr, { end: false });
    const slot: Slot<T, R> = { worker, running: [], ready: false };
    worker.on('message', (message: WorkerMessage<R>) => {
      if ('ready' in message) {
        slot.ready = true;
        return;
      }
      const job = slot.running.shift();
      if (!job || job.id !== message.id) {
        this.fail(new PoolError('a worker answered out of turn'));
        return;
      }
      job.resolve(message.result);
      this.dispatch();
    });
    worker.on('error', (error: Error) => {
      slot.error = error;
    });
    worker.on('exit', (code) => this.exited(slot, code));
    this.slots.push(slot);
    return slot;
  }

  private exited(slot: Slot<T, R>, code: number): void {
    const index = this.slots.indexOf(slot);
    if (index >= 0) this.slots.splice(index, 1);
    if (this.closing) return;
    const why = slot.error?.message ?? `worker thread exited (code ${code})`;
    if (!slot.ready) {
      this.fail(new PoolError(`cannot start a worker thread: ${why}`), slot.running);
      return;
    }
    // The oldest task was running when the thread died; the others only waited.
    const [culprit, ...waiting] = slot.running;
    if (culprit) culprit.resolve(this.options.crashed(culprit.task, why));
    this.queue.unshift(...waiting);
    this.dispatch();
  }

  private fail(error: PoolError, orphans: Job<T, R>[] = []): void {
    this.failure = error;
    const jobs = [...orphans, ...this.queue.splice(0), ...this.slots.flatMap((s) => s.running)];
    for (const job of jobs) job.reject(error);
    void this.close();
  }
}

/**
 * The worker's side: runs each task it is sent through `handle`, in order, and
 * posts the results back, moving the buffers `handle` names instead of copying
 * them. Call once, at the top of the worker's module.
 */
export function serveTasks<T, R>(
  handle: (task: T) => { result: R; transfer?: ArrayBuffer[] },
): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks must run in a worker thread');
  port.on('message', (message: TaskMessage<T>) => {
    const { result, transfer = [] } = handle(message.task);
    const reply: WorkerMessage<R> = { id: message.id, result };
    port.postMessage(reply, transfer);
  });
  port.postMessage({ ready: true } satisfies WorkerMessage<R>);
}
