/**
 * Entry of the `whosaid` command (bundled to dist/cli/whosaid.mjs): wires the
 * process's streams to {@link runCli}. The same file is the module of its worker
 * threads (`--jobs`): a worker finds its settings in `workerData` and serves tasks.
 * See docs/cli.md.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { runCli } from './run';
import { isCliWorkerData, startCliWorker } from './worker';

if (!isMainThread && isCliWorkerData(workerData)) {
  startCliWorker(workerData);
} else {
  // A closed stderr (e.g. `2>&-` or a dead pipe) must not crash the run.
  process.stderr.on('error', () => undefined);

  runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    workerUrl: new URL(import.meta.url),
  }).then(
    (status) => {
      // exitCode, not exit(): let piped output drain before the process ends.
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(
        `whosaid: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
