/** One line of a JSON Lines input, as bytes: not decoded yet, so a worker can do that. */
export type InputLine =
  | {
      /** 1-based line number in the input. */
      line: number;
      /** The line without its `\n` (or `\r\n`); a copy the caller may transfer. */
      bytes: Uint8Array;
      oversized?: undefined;
    }
  | {
      line: number;
      /** The line was longer than the limit and was skipped, not kept. */
      oversized: true;
      /** Its length in bytes. */
      size: number;
      /** Its first bytes, enough to find an `"id"` that comes first. */
      head: Uint8Array;
    };

/** How much of an oversized line is kept to look for its id. */
export const OVERSIZED_HEAD_BYTES = 4096;

const LF = 0x0a;
const CR = 0x0d;

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Whether a line holds only spaces, tabs and CRs (and so no record). */
export function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== CR) return false;
  return true;
}

/**
 * Splits a byte stream into lines at `\n`, dropping a `\r` before it, pulling the
 * next chunk only when the caller asks for the next line (so the caller's pace
 * bounds what is read). A line longer than `maxBytes` is not accumulated: its
 * bytes are counted and dropped as they pass, keeping only its head, and it comes
 * out as `{oversized: true}` in its place. Blank lines are not skipped here; line
 * numbers count every line.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
): AsyncGenerator<InputLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let oversized = false;
  let head: Uint8Array = new Uint8Array(0);
  let line = 1;

  const take = (piece: Uint8Array): void => {
    if (oversized) {
      length += piece.length;
      return;
    }
    if (length + piece.length > maxBytes) {
      const kept = concat(parts, length);
      head = concat([kept, piece], length + piece.length).slice(0, OVERSIZED_HEAD_BYTES);
      oversized = true;
      parts = [];
      length += piece.length;
      return;
    }
    parts.push(piece);
    length += piece.length;
  };

  const finish = (): InputLine => {
    let out: InputLine;
    if (oversized) {
      out = { line, oversized: true, size: length, head };
    } else {
      let bytes = concat(parts, length);
      if (bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
      out = { line, bytes };
    }
    parts = [];
    length = 0;
    oversized = false;
    head = new Uint8Array(0);
    line++;
    return out;
  };

  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    let from = 0;
    for (let nl = buf.indexOf(LF); nl >= 0; nl = buf.indexOf(LF, from)) {
      // `subarray` shares the chunk's memory; `finish` copies it into a line of its own.
      take(buf.subarray(from, nl));
      from = nl + 1;
      yield finish();
    }
    if (from < buf.length) take(buf.subarray(from));
  }
  // A last line without a final newline still counts.
  if (length > 0 || oversized) yield finish();
}
