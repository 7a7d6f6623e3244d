import { FINDING_KINDS } from '../engine/index';
import type { FindingKind } from '../engine/index';

/** What the command line asked for, once parsed and checked. */
export interface CliOptions {
  command: 'analyze';
  /** Paths as given; `-` stands for standard input. */
  files: string[];
  /** One JSON line per file instead of the marked-up text and ledger. */
  json: boolean;
  /** With `json`: add the analysed text, so a reader can slice it with the offsets. */
  withText: boolean;
  /** `true`/`false` force ANSI colours on or off; `undefined` decides from the terminal. */
  color: boolean | undefined;
  /** Only report these kinds (default: all). */
  kinds: FindingKind[] | undefined;
  /** `--jsonl FILE`: one article per line (`-` for standard input) instead of `files`. */
  jsonl: string | undefined;
  /** Worker threads; `undefined` means one per core. 1 runs in the main thread. */
  jobs: number | undefined;
}

/** The outcome of parsing: run, print help, or a usage error to report. */
export type ParsedArgs =
  | { action: 'run'; options: CliOptions }
  | { action: 'help' }
  | { action: 'error'; message: string };

/** The text printed by `--help` and after a usage error. */
export const USAGE = `usage: whosaid analyze [options] FILE...

Finds attribution ("officials said"), unnamed sources, agentless passives and
hedges in news text. FILE is a .txt file (UTF-8), an .html/.htm page (reduced
to its article text first), or - for standard input.

       whosaid analyze --jsonl FILE [options]

Reads one article per line, {"id", "text"} or {"id", "html"} (FILE - for
standard input), and writes one JSON line per article, {"id", "findings"}, in
input order; a line that cannot be analysed gives {"id", "line", "error"}
in its place. See docs/cli.md, also for Hadoop Streaming and Spark.

options:
  --json            one JSON line per file: {"file", "findings"}
  --jsonl FILE      articles as JSON lines (see above); output is JSON lines
  -j, --jobs N      worker threads (default: one per core; 1: no threads);
                    the output keeps the input's order
  --with-text       with --json or --jsonl: add "text", the text the offsets
                    refer to
  --kinds LIST      only these kinds, comma-separated: ${FINDING_KINDS.join(',')}
  --color           colour the output even when it is not a terminal
  --no-color        never colour the output (also: NO_COLOR=1)
  -h, --help        show this help

exit status: 0 all files analysed, 1 a file could not be read or analysed,
2 usage error. With --jsonl, a bad line is an "error" record, not a failure:
0 unless the input could not be read or the output written (then 1).
`;

function parseKinds(value: string): FindingKind[] | string {
  const kinds: FindingKind[] = [];
  for (const part of value.split(',')) {
    const kind = FINDING_KINDS.find((k) => k === part.trim());
    if (!kind) return `unknown kind '${part}' (expected ${FINDING_KINDS.join(', ')})`;
    kinds.push(kind);
  }
  return kinds;
}

/**
 * Parses the arguments after `node whosaid.mjs`. Options may come before or after
 * the files; `--` ends them, so a file may start with a dash.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = {
    command: 'analyze',
    files: [],
    json: false,
    withText: false,
    color: undefined,
    kinds: undefined,
    jsonl: undefined,
    jobs: undefined,
  };
  let command: string | undefined;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (optionsEnded || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined) command = arg;
      else options.files.push(arg);
      continue;
    }
    const [name, inline] = arg.startsWith('--') ? splitInline(arg) : [arg, undefined];
    switch (name) {
      case '--':
        optionsEnded = true;
        break;
      case '-h':
      case '--help':
        return { action: 'help' };
      case '--json':
        options.json = true;
        break;
      case '--with-text':
        options.withText = true;
        break;
      case '--color':
        options.color = true;
        break;
      case '--no-color':
        options.color = false;
        break;
      case '--kinds': {
        const value = inline ?? argv[++i];
        if (value === undefined) return { action: 'error', message: '--kinds needs a value' };
        const kinds = parseKinds(value);
        if (typeof kinds === 'string') return { action: 'error', message: kinds };
        options.kinds = kinds;
        break;
      }
      case '--jsonl': {
        const value = inline ?? argv[++i];
        if (value === undefined || value === '') {
          return { action: 'error', message: '--jsonl needs a file (- for standard input)' };
        }
        options.jsonl = value;
        break;
      }
      case '--jobs':
      case '-j': {
        const value = inline ?? argv[++i];
        // Digits only: Number() would also take '', '0x10', '1e3' and ' 2 '.
        const jobs = value !== undefined && /^\d+$/.test(value) ? Number(value) : 0;
        if (!Number.isSafeInteger(jobs) || jobs < 1) {
          return { action: 'error', message: '--jobs needs a whole number of threads, 1 or more' };
        }
        options.jobs = jobs;
        break;
      }
      default:
        return { action: 'error', message: `unknown option '${arg}'` };
    }
    if (inline !== undefined && !TAKES_VALUE.has(name ?? '')) {
      return { action: 'error', message: `option '${name}' takes no value` };
    }
  }
  if (command === undefined) return { action: 'error', message: 'missing command' };
  if (command !== 'analyze') return { action: 'error', message: `unknown command '${command}'` };
  if (options.jsonl !== undefined) {
    if (options.files.length > 0) {
      return { action: 'error', message: '--jsonl reads its articles from one file: no FILE' };
    }
    // Its output is JSON lines whatever else was asked.
    options.json = true;
  }
  if (options.files.length === 0 && options.jsonl === undefined) {
    return { action: 'error', message: 'no file given' };
  }
  if (options.withText && !options.json) {
    return { action: 'error', message: '--with-text only applies with --json' };
  }
  if (options.files.filter((f) => f === '-').length > 1) {
    return { action: 'error', message: 'standard input (-) can be read only once' };
  }
  return { action: 'run', options };
}

/** Options that take a value, inline (`--jobs=2`) or as the next argument. */
const TAKES_VALUE = new Set(['--kinds', '--jsonl', '--jobs']);

function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
