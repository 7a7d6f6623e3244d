import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { analyze as engineAnalyze } from '../engine/index';
import { parseArgs, USAGE } from './args';
import type { CliOptions } from './args';
import { mapInOrder, SourceError } from './in-order';
import type { Window } from './in-order';
import { fileTasks, lineTasks, openLines } from './input-tasks';
import { OutputClosedError, StreamWriter } from './output';
import { describeReadError, readBytesFromDisk } from './read-input';
import type { ReadBytes } from './read-input';
import { crashedTask, runTask, taskBytes, taskTransfer } from './task';
import type { Analyze, Task, TaskResult, TaskSettings } from './task';
import { PoolError, ThreadPool } from './thread-pool';
import type { CliWorkerData } from './worker';

/** Exit statuses, as documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 70;

/**
 * Work under way with worker threads: per thread, a few records started or waiting
 * to be written in order, and never much more input than this in memory.
 */
const ITEMS_PER_THREAD = 8;
const MAX_BYTES_IN_FLIGHT = 64 * 1024 * 1024;

/** Everything the CLI touches outside itself, so tests can hand it fakes. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a file's bytes (default: from disk). */
  readBytes?: ReadBytes;
  /** The engine (default: the real one). A custom engine runs in this thread only. */
  analyze?: Analyze;
  /**
   * The module worker threads run (the CLI's own entry, main.ts or the bundle).
   * Without it, all work stays in this thread whatever `--jobs` says.
   */
  workerUrl?: URL;
  /** Cores, the default of `--jobs` (default: what the OS makes available). */
  cores?: number;
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  // https://no-color.org: set and not empty means no colour.
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return io.stdout.isTTY === true && !noColor;
}

/**
 * Runs the command line `argv` (the arguments after the script) and resolves to
 * the exit status. Inputs (files, or the lines of `--jsonl`) are analysed in the
 * main thread or on `--jobs` worker threads, and each result is written in input
 * order as soon as those before it are; reading waits while the output does, so
 * memory stays flat whatever the input's size. An input that cannot be read or
 * analysed is reported (files: on stderr; `--jsonl`: as an error record in its
 * place) and the others are still analysed.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const warn = (line: string): void => {
    // stderr going away must not crash the run; stdout carries the results.
    if (!io.stderr.destroyed) io.stderr.write(`${line}\n`);
  };
  if (parsed.action === 'help') {
    await new StreamWriter(io.stdout).write(USAGE).catch(() => undefined);
    return EXIT_OK;
  }
  if (parsed.action === 'error') {
    warn(`whosaid: ${parsed.message}`);
    warn(USAGE.trimEnd());
    return EXIT_USAGE;
  }
  const { options } = parsed;
  const settings: TaskSettings = {
    json: options.json,
    withText: options.withText,
    color: !options.json && useColor(options, io),
    kinds: options.kinds,
  };
  const analyze = io.analyze ?? engineAnalyze;

  let source: AsyncIterable<Task>;
  let inputLabel = '';
  // The stream a read may be waiting on, destroyed when the output closes so that
  // the run ends at once (a pipe or terminal left open would keep it waiting).
  let input: Readable | undefined;
  if (options.jsonl !== undefined) {
    const path = options.jsonl;
    inputLabel = path === '-' ? '(stdin)' : path;
    try {
      input = path === '-' ? io.stdin : await openLines(path);
    } catch (error) {
      warn(`whosaid: cannot read ${inputLabel}: ${describeReadError(error)}`);
      return EXIT_FILE_ERROR;
    }
    source = lineTasks(input);
  } else {
    source = fileTasks(options.files, io.readBytes ?? readBytesFromDisk, io.stdin);
    if (options.files.includes('-')) input = io.stdin;
  }

  // Threads pay off only with more than one input and the real engine.
  const jobs = options.jobs ?? io.cores ?? availableParallelism();
  const inputs = options.jsonl !== undefined ? Infinity : options.files.length;
  const threads = io.workerUrl && !io.analyze ? Math.min(jobs, inputs) : 1;
  const pool =
    threads > 1 && io.workerUrl
      ? new ThreadPool<Task, TaskResult>({
          size: threads,
          url: io.workerUrl,
          workerData: { whosaidWorker: 1, settings } satisfies CliWorkerData,
          crashed: crashedTask,
          transfer: taskTransfer,
        })
      : undefined;
  const start = pool
    ? (task: Task) => pool.run(task)
    : async (task: Task) => runTask(task, settings, analyze);
  const window: Window<Task> = pool
    ? { maxItems: threads * ITEMS_PER_THREAD, maxBytes: MAX_BYTES_IN_FLIGHT, sizeOf: taskBytes }
    : { maxItems: 1, maxBytes: 0, sizeOf: taskBytes };

  const out = new StreamWriter(io.stdout, () => input?.destroy());
  let status = EXIT_OK;
  let records = 0;
  let failedRecords = 0;
  let firstFailedLine: number | undefined;
  const emit = async (result: TaskResult, task: Task): Promise<void> => {
    if (out.isClosed) throw new OutputClosedError();
    records++;
    if (result.failed) {
      if (task.kind === 'line' || task.kind === 'oversized') {
        // A bad record is data (an error line), not a failure of the run.
        failedRecords++;
        firstFailedLine ??= task.line;
      } else {
        status = EXIT_FILE_ERROR;
      }
    }
    if (result.warning) warn(result.warning);
    if (result.out.length > 0) await out.write(result.out);
  };

  try {
    await mapInOrder(source, start, emit, window, () => input?.destroy());
  } catch (error) {
    if (error instanceof SourceError) {
      // Once the output has closed, the input was destroyed on purpose: no read error.
      if (!out.isClosed) {
        warn(`whosaid: cannot read ${inputLabel}: ${describeReadError(error.cause)}`);
        status = EXIT_FILE_ERROR;
      }
    } else if (error instanceof PoolError) {
      warn(`whosaid: ${error.message}`);
      return EXIT_INTERNAL;
    } else if (!(error instanceof OutputClosedError)) {
      throw error;
    }
  } finally {
    await pool?.close();
  }
  if (failedRecords > 0 && !out.isClosed) {
    const n = (k: number): string => k.toLocaleString('en-US');
    warn(
      `whosaid: ${n(failedRecords)} of ${n(records)} records could not be analysed ` +
        `(first at line ${firstFailedLine ?? '?'}); their lines carry "error" instead of "findings"`,
    );
  }
  if (out.failure) {
    warn(`whosaid: cannot write output: ${out.failure.message}`);
    return EXIT_FILE_ERROR;
  }
  return status;
}
