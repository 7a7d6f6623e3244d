import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { isBlank, splitLines } from './lines';
import { describeReadError, InputError, MAX_BYTES, readStream } from './read-input';
import type { ReadBytes } from './read-input';
import type { Task } from './task';

/** A `--jsonl` line longer than this is an error record: the same limit as a file. */
export const MAX_LINE_BYTES = MAX_BYTES;

/**
 * The files named on the command line as tasks, in order. Each is read one ahead
 * of the one being handed out, so the disk works while the CPU does; standard
 * input is never read ahead (a pending read of a terminal would keep the process
 * alive after the output closed).
 */
export async function* fileTasks(
  files: readonly string[],
  readBytes: ReadBytes,
  stdin: Readable,
): AsyncGenerator<Task> {
  const load = (path: string): Promise<Task> =>
    (path === '-' ? readStream(stdin) : readBytes(path)).then(
      (bytes): Task => ({ kind: 'file', path, bytes }),
      (error: unknown): Task => ({ kind: 'unreadable', path, reason: describeReadError(error) }),
    );
  const prefetch = (path: string | undefined): Promise<Task> | undefined =>
    path === undefined || path === '-' ? undefined : load(path);
  let pending = prefetch(files[0]);
  try {
    for (let i = 0; i < files.length; i++) {
      const task = await (pending ?? load(files[i] ?? ''));
      pending = prefetch(files[i + 1]);
      yield task;
    }
  } finally {
    // Let a read started ahead finish, so no file handle is left open behind us.
    await pending;
  }
}

/** The lines of a `--jsonl` input as tasks, blank lines left out. */
export async function* lineTasks(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<Task> {
  for await (const l of splitLines(input, MAX_LINE_BYTES)) {
    if (l.oversized) {
      yield { kind: 'oversized', line: l.line, size: l.size, limit: MAX_LINE_BYTES, head: l.head };
    } else if (!isBlank(l.bytes)) {
      yield { kind: 'line', line: l.line, bytes: l.bytes };
    }
  }
}

/** Opens a `--jsonl` file for streaming, failing early on what cannot be read. */
export async function openLines(path: string): Promise<Readable> {
  const handle = await open(path, 'r');
  try {
    if ((await handle.stat()).isDirectory()) throw new InputError('is a directory');
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle.createReadStream({ highWaterMark: 256 * 1024 });
}
