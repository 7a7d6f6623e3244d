/**
 * Entry of the `whosaid` command (bundled to dist/cli/whosaid.mjs): wires the
 * process's streams to {@link runCli}. See docs/cli.md.
 */
import { runCli } from './run';

// A closed stderr (e.g. `2>&-` or a dead pipe) must not crash the run.
process.stderr.on('error', () => undefined);

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
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
