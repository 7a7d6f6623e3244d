import { FINDING_KINDS } from '../engine/index';
import type { AnalyzeOptions, Finding, FindingKind } from '../engine/index';
import { audibleFindings } from '../content/text-map';
import { htmlToArticle } from './html';
import { errorLine, jsonLine } from './json-output';
import { idFromHead, parseRecord } from './jsonl-record';
import { describeReadError, toInputText } from './read-input';
import type { InputText } from './read-input';
import { renderReport } from './report';

/**
 * One unit of work, in the form it crosses to a worker thread: plain data, with
 * the input as bytes so that the worker, not the main thread, decodes and parses.
 */
export type Task =
  | { kind: 'file'; path: string; bytes: Uint8Array }
  | { kind: 'unreadable'; path: string; reason: string }
  | { kind: 'line'; line: number; bytes: Uint8Array }
  | { kind: 'oversized'; line: number; size: number; limit: number; head: Uint8Array };

/** How every task of a run is analysed and written (the same in each worker). */
export interface TaskSettings {
  /** JSON lines (`--json`, `--jsonl`) rather than the report for people. */
  json: boolean;
  withText: boolean;
  /** ANSI colours in the report. */
  color: boolean;
  /** Only these kinds (`--kinds`), or all. */
  kinds: FindingKind[] | undefined;
}

/** What a task gives back, in input order: the output and whether it failed. */
export interface TaskResult {
  /**
   * What to write on standard output (may be empty): a string from the main
   * thread, UTF-8 bytes from a worker (see {@link encodeResult}).
   */
  out: string | Uint8Array;
  /** A line for standard error, written in order with the output. */
  warning?: string;
  /** The input could not be read or analysed. */
  failed: boolean;
}

/** The engine's signature (injectable for tests). */
export type Analyze = (text: string, options?: AnalyzeOptions) => Finding[];

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The findings of one input; on an HTML page, none in its code or preformatted text. */
function analyzeInput(input: InputText, settings: TaskSettings, analyze: Analyze): Finding[] {
  const findings = analyze(input.text, settings.kinds ? { kinds: settings.kinds } : {});
  return input.quiet ? audibleFindings(findings, input.quiet) : findings;
}

function fileTask(
  path: string,
  bytes: Uint8Array,
  settings: TaskSettings,
  analyze: Analyze,
): TaskResult {
  const label = path === '-' ? '(stdin)' : path;
  let input: InputText;
  try {
    input = toInputText(path, bytes);
  } catch (error) {
    const warning = `whosaid: cannot read ${label}: ${describeReadError(error)}`;
    return { out: '', warning, failed: true };
  }
  let findings: Finding[];
  try {
    findings = analyzeInput(input, settings, analyze);
  } catch (error) {
    return { out: '', warning: `whosaid: cannot analyse ${label}: ${reason(error)}`, failed: true };
  }
  const out = settings.json
    ? jsonLine({ file: path }, input, findings, settings.withText)
    : renderReport(label, input.title, input.text, findings, {
        color: settings.color,
        kinds: settings.kinds ?? FINDING_KINDS,
      });
  return { out, failed: false };
}

function lineTask(
  line: number,
  bytes: Uint8Array,
  settings: TaskSettings,
  analyze: Analyze,
): TaskResult {
  const record = parseRecord(bytes);
  if (!record.ok) return { out: errorLine(record.id, line, record.error), failed: true };
  let input: InputText;
  try {
    if (record.html !== undefined) {
      const { text, title, quiet } = htmlToArticle(record.html);
      input = { text, title, quiet, offsetBase: 0, outputText: text };
    } else {
      input = { text: record.text, offsetBase: 0, outputText: record.text };
    }
    const findings = analyzeInput(input, settings, analyze);
    return { out: jsonLine({ id: record.id }, input, findings, settings.withText), failed: false };
  } catch (error) {
    return { out: errorLine(record.id, line, `analysis failed: ${reason(error)}`), failed: true };
  }
}

/**
 * Does one task: decodes, analyses and serializes it. Pure apart from the engine,
 * so it runs alike in the main thread (`--jobs 1`) and in a worker. Never throws:
 * a bad input is a result.
 */
export function runTask(task: Task, settings: TaskSettings, analyze: Analyze): TaskResult {
  switch (task.kind) {
    case 'file':
      return fileTask(task.path, task.bytes, settings, analyze);
    case 'unreadable': {
      const label = task.path === '-' ? '(stdin)' : task.path;
      return { out: '', warning: `whosaid: cannot read ${label}: ${task.reason}`, failed: true };
    }
    case 'line':
      return lineTask(task.line, task.bytes, settings, analyze);
    case 'oversized': {
      const error = `line too long (${task.size} bytes; limit ${task.limit})`;
      return { out: errorLine(idFromHead(task.head), task.line, error), failed: true };
    }
  }
}

/** The result for a task whose worker thread died while running it. */
export function crashedTask(task: Task, why: string): TaskResult {
  if (task.kind === 'line' || task.kind === 'oversized') {
    return { out: errorLine(undefined, task.line, `analysis failed: ${why}`), failed: true };
  }
  const label = task.path === '-' ? '(stdin)' : task.path;
  return { out: '', warning: `whosaid: cannot analyse ${label}: ${why}`, failed: true };
}

/** The bytes a task carries, for the memory budget of the work in flight. */
export function taskBytes(task: Task): number {
  return task.kind === 'file' || task.kind === 'line' ? task.bytes.length : 0;
}

/**
 * The buffer behind `bytes` when `bytes` is all of it, so that it can be moved to
 * another thread instead of copied. A small Buffer shares Node's allocation pool
 * with others: transferring that would detach them too.
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer[] {
  const { buffer } = bytes;
  const own =
    buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === buffer.byteLength;
  return own ? [buffer] : [];
}

/** Buffers a task can hand to a worker without copying. */
export function taskTransfer(task: Task): ArrayBuffer[] {
  return task.kind === 'file' || task.kind === 'line' ? ownBuffer(task.bytes) : [];
}

const utf8 = new TextEncoder();

/**
 * A worker's result with its output as UTF-8 bytes, to be moved to the main
 * thread rather than copied: output is often several times the input (every
 * finding has its reason), and cloning strings that size cost the workers more
 * than a tenth of their time, where encoding costs a few percent and leaves the
 * main thread nothing to convert before writing.
 */
export function encodeResult(result: TaskResult): { result: TaskResult; transfer: ArrayBuffer[] } {
  if (typeof result.out !== 'string' || result.out === '') return { result, transfer: [] };
  const out = utf8.encode(result.out);
  return { result: { ...result, out }, transfer: ownBuffer(out) };
}
