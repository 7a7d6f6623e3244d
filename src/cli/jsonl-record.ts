import { RawNumberId } from './json-output';
import type { RecordId } from './json-output';

/** One line of `--jsonl` input, checked: an article to analyse, or why it cannot be. */
export type ParsedRecord =
  | { ok: true; id: RecordId; text: string; html?: undefined }
  | { ok: true; id: RecordId; html: string; text?: undefined }
  | { ok: false; id?: RecordId; error: string };

// Built once: decoding is stateless when not streaming. Both drop a leading BOM
// (ignoreBOM is false), so a file saved "UTF-8 with BOM" parses.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

const describe = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

/**
 * The digits of a top-level `"id": 12345...` in `line`, when there is exactly one
 * `"id"` key with a number in the line. A key can be told from string content by
 * its quote: inside a JSON string a quote is always escaped (`\"id\"`).
 */
function rawIdDigits(line: string): string | undefined {
  const found = [...line.matchAll(/(?<!\\)"id"\s*:\s*(-?\d+)(?=\s*[,}])/g)];
  return found.length === 1 ? found[0]?.[1] : undefined;
}

type IdCheck = { ok: true; id: RecordId } | { ok: false; error: string };

/** Checks an `id` value; `line` is the decoded line, to recover big integers exactly. */
function checkId(value: unknown, line: string): IdCheck {
  if (value === undefined) return { ok: false, error: 'no "id"' };
  if (typeof value === 'string') return { ok: true, id: value };
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (!Number.isInteger(value) || Number.isSafeInteger(value)) return { ok: true, id: value };
    // JSON.parse has rounded it (above 2^53); take the digits as written.
    const digits = rawIdDigits(line);
    if (digits !== undefined && Number(digits) === value) {
      return { ok: true, id: new RawNumberId(digits) };
    }
    return { ok: false, error: '"id" is a number too large to keep exactly: write it as a string' };
  }
  return { ok: false, error: '"id" must be a string or a number' };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The id of a line that is otherwise unusable, if it can be told for sure. */
function idOf(value: unknown, line: string): RecordId | undefined {
  if (!isObject(value)) return undefined;
  const checked = checkId(value.id, line);
  return checked.ok ? checked.id : undefined;
}

/**
 * Reads one line of `--jsonl` input: UTF-8 JSON, an object with an `id` (string or
 * number) and exactly one of `text` (analysed as is) or `html` (a page, reduced to
 * its article). Other fields are ignored. Anything else is an error, with the id
 * when the line has a usable one.
 */
export function parseRecord(bytes: Uint8Array): ParsedRecord {
  let line: string;
  try {
    line = strictUtf8.decode(bytes);
  } catch {
    // Still try for the id, so the error can say which article it was; an id that
    // itself holds a bad byte (now U+FFFD) would not be the one in the input.
    line = lossyUtf8.decode(bytes);
    let id: RecordId | undefined;
    try {
      id = idOf(JSON.parse(line), line);
    } catch {
      id = undefined;
    }
    if (typeof id === 'string' && id.includes('\uFFFD')) id = undefined;
    return { ok: false, id, error: 'not UTF-8 (JSON lines must be UTF-8 text)' };
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { ok: false, error: `not JSON (${describe(error)})` };
  }
  if (!isObject(value)) return { ok: false, error: 'not a JSON object' };
  const checked = checkId(value.id, line);
  if (!checked.ok) return { ok: false, error: checked.error };
  const { id } = checked;
  const { text, html } = value;
  if (text !== undefined && html !== undefined) {
    return { ok: false, id, error: 'has both "text" and "html": give one' };
  }
  if (typeof text === 'string') return { ok: true, id, text };
  if (typeof html === 'string') return { ok: true, id, html };
  if (text !== undefined) return { ok: false, id, error: '"text" must be a string' };
  if (html !== undefined) return { ok: false, id, error: '"html" must be a string' };
  return { ok: false, id, error: 'no "text" or "html"' };
}

/**
 * The id of a line too long to read whole, from its first bytes: found only when
 * `"id"` is the object's first key (as most JSON Lines writers put it); anywhere
 * else it could be a nested object's.
 */
export function idFromHead(head: Uint8Array): RecordId | undefined {
  const text = lossyUtf8.decode(head);
  // A control character in the string makes JSON.parse below refuse it.
  const m = /^\s*\{\s*"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*,/.exec(
    text,
  );
  const token = m?.[1];
  if (token === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    return undefined;
  }
  if (typeof value === 'string') return value.includes('\uFFFD') ? undefined : value;
  const checked = checkId(value, `{"id":${token}}`);
  return checked.ok ? checked.id : undefined;
}
