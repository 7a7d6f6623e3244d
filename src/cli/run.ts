import type { Readable, Writable } from 'node:stream';
import { analyze as engineAnalyze, FINDING_KINDS } from '../engine/index';
import type { AnalyzeOptions, Finding } from '../engine/index';
import { parseArgs, USAGE } from './args';
import type { CliOptions } from './args';
import { OutputClosedError, StreamWriter } from './output';
import { describeReadError, readBytesFromDisk, readStream, toInputText } from './read-input';
import type { InputText, ReadBytes } from './read-input';
import { renderReport } from './report';

/** Exit statuses, as documented in docs/cli.md. */
export const EXIT_OK = 0;
export const EXIT_FILE_ERROR = 1;
export const EXIT_USAGE = 2;

/** Everything the CLI touches outside itself, so tests can hand it fakes. */
export interface CliIo {
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable;
  stdin: Readable;
  env: Readonly<Record<string, string | undefined>>;
  /** Reads a file's bytes (default: from disk). */
  readBytes?: ReadBytes;
  /** The engine (default: the real one). */
  analyze?: (text: string, options?: AnalyzeOptions) => Finding[];
}

type Loaded = { ok: true; bytes: Uint8Array } | { ok: false; error: unknown };

/** Shifts a finding (and its source) by `base` code units. */
function shift(f: Finding, base: number): Finding {
  if (base === 0) return f;
  const moved: Finding = { ...f, start: f.start + base, end: f.end + base };
  if (f.source)
    moved.source = { ...f.source, start: f.source.start + base, end: f.source.end + base };
  return moved;
}

/** The `--json` line for one file: `{"file", "findings"}`, plus `"text"` with `--with-text`. */
export function jsonLine(
  path: string,
  input: InputText,
  findings: Finding[],
  withText: boolean,
): string {
  const row: { file: string; findings: Finding[]; text?: string } = {
    file: path,
    findings: findings.map((f) => shift(f, input.offsetBase)),
  };
  if (withText) row.text = input.outputText;
  return `${JSON.stringify(row)}\n`;
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  // https://no-color.org: set and not empty means no colour.
  const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
  return io.stdout.isTTY === true && !noColor;
}

/**
 * Runs the command line `argv` (the arguments after the script) and resolves to
 * the exit status. Files are read one ahead of the one being analysed and each
 * result is written as soon as it is ready, so memory stays flat whatever the
 * number of files. A file that cannot be read is reported on stderr and the
 * others are still analysed.
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
  const analyze = io.analyze ?? engineAnalyze;
  const readBytes = io.readBytes ?? readBytesFromDisk;
  const out = new StreamWriter(io.stdout);
  const color = !options.json && useColor(options, io);
  const kinds = options.kinds ?? FINDING_KINDS;
  const engineOptions: AnalyzeOptions = options.kinds ? { kinds: options.kinds } : {};

  const load = (path: string): Promise<Loaded> =>
    (path === '-' ? readStream(io.stdin) : readBytes(path)).then(
      (bytes): Loaded => ({ ok: true, bytes }),
      (error: unknown): Loaded => ({ ok: false, error }),
    );

  let status = EXIT_OK;
  const files = options.files;
  // Standard input is never read ahead: when the output closes early, a pending
  // read of a terminal would keep the process alive.
  const prefetch = (path: string | undefined): Promise<Loaded> | undefined =>
    path === undefined || path === '-' ? undefined : load(path);
  let pending = prefetch(files[0]);
  try {
    for (let i = 0; i < files.length; i++) {
      const path = files[i] ?? '';
      const loaded = await (pending ?? load(path));
      // Read the next file while this one is analysed (CPU) and written.
      pending = prefetch(files[i + 1]);
      if (out.isClosed) break;
      const label = path === '-' ? '(stdin)' : path;
      let input: InputText;
      try {
        if (!loaded.ok) throw loaded.error;
        input = toInputText(path, loaded.bytes);
      } catch (error) {
        warn(`whosaid: cannot read ${label}: ${describeReadError(error)}`);
        status = EXIT_FILE_ERROR;
        continue;
      }
      let findings: Finding[];
      try {
        findings = analyze(input.text, engineOptions);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        warn(`whosaid: cannot analyse ${label}: ${reason}`);
        status = EXIT_FILE_ERROR;
        continue;
      }
      await out.write(
        options.json
          ? jsonLine(path, input, findings, options.withText)
          : renderReport(label, input.title, input.text, findings, { color, kinds }),
      );
    }
  } catch (error) {
    if (!(error instanceof OutputClosedError)) throw error;
  }
  // Let a read started ahead finish, so no file handle is left open behind us.
  await pending;
  if (out.failure) {
    warn(`whosaid: cannot write output: ${out.failure.message}`);
    return EXIT_FILE_ERROR;
  }
  return status;
}
