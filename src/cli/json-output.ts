import type { Finding } from '../engine/index';
import type { InputText } from './read-input';

/**
 * An integer id too large for a JavaScript number (above 2^53), kept as the digits
 * it was written with so that it comes out exactly as it came in.
 */
export class RawNumberId {
  constructor(readonly digits: string) {}
}

/** A JSON Lines record's `id`, written back as it was read. */
export type RecordId = string | number | RawNumberId;

/** What names an output line: the file given (`--json`) or the record read (`--jsonl`). */
export type OutputKey = { file: string } | { id: RecordId };

/** Shifts a finding (and its source) by `base` code units. */
function shift(f: Finding, base: number): Finding {
  if (base === 0) return f;
  const moved: Finding = { ...f, start: f.start + base, end: f.end + base };
  if (f.source)
    moved.source = { ...f.source, start: f.source.start + base, end: f.source.end + base };
  return moved;
}

function idJson(id: RecordId): string {
  return id instanceof RawNumberId ? id.digits : JSON.stringify(id);
}

/** `{"file":...` or `{"id":...`: the opening of a line, before its other fields. */
function opening(key: OutputKey): string {
  return 'file' in key ? `{"file":${JSON.stringify(key.file)}` : `{"id":${idJson(key.id)}`;
}

/** Appends the fields of `rest` (a JSON object) after an opening built by {@link opening}. */
function line(key: OutputKey, rest: object): string {
  const fields = JSON.stringify(rest);
  return `${opening(key)}${fields === '{}' ? '}' : `,${fields.slice(1)}`}\n`;
}

/**
 * The JSON line for one analysed input: `{"file"|"id", "findings"}`, plus `"text"`
 * with `withText`. The one serializer of findings for `--json` and `--jsonl`.
 */
export function jsonLine(
  key: OutputKey,
  input: InputText,
  findings: readonly Finding[],
  withText: boolean,
): string {
  const row: { findings: Finding[]; text?: string } = {
    findings: findings.map((f) => shift(f, input.offsetBase)),
  };
  if (withText) row.text = input.outputText;
  return line(key, row);
}

/**
 * The line standing in for a record that could not be analysed:
 * `{"id", "line", "error"}`, or `{"line", "error"}` when its id is unknown.
 */
export function errorLine(id: RecordId | undefined, lineNumber: number, error: string): string {
  const rest = { line: lineNumber, error };
  return id === undefined ? `${JSON.stringify(rest)}\n` : line({ id }, rest);
}
