/** A file's bytes turned into the text the engine will see. */
export interface DecodedText {
  /** The text without a byte order mark. */
  text: string;
  /**
   * 1 when the bytes began with a byte order mark, else 0. The BOM decodes to one
   * code unit (U+FEFF) at the start of the file's text, as Node's
   * `readFileSync(path, 'utf8')` returns it, so offsets in the output are shifted
   * by this much to refer to that string.
   */
  bomLength: 0 | 1;
}

/** Why bytes could not be taken as text. */
export class NotTextError extends Error {}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), or UTF-16 when it starts
 * with a UTF-16 BOM. Anything else with a NUL byte or invalid UTF-8 is refused
 * as binary, rather than analysed as mojibake.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const label = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    return { text: new TextDecoder(label).decode(bytes), bomLength: 1 };
  }
  const bomLength = startsWith(bytes, UTF8_BOM) ? 1 : 0;
  // A NUL byte never occurs in UTF-8 prose; looking at the start is enough to
  // catch images, archives and executables without scanning big files twice.
  if (bytes.subarray(0, 8192).includes(0))
    throw new NotTextError('binary file (contains NUL bytes)');
  try {
    // TextDecoder drops the BOM itself (ignoreBOM defaults to false).
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bomLength };
  } catch {
    throw new NotTextError('not UTF-8 text (binary file?)');
  }
}

const CHARSET_META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;

/**
 * Decodes an HTML page: a BOM wins, then a `<meta charset>` in the first 1024
 * bytes (as browsers pre-scan), else UTF-8 with replacement characters, since a
 * page with one bad byte is still worth reading.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes);
  }
  if (!startsWith(bytes, UTF8_BOM)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
    const label = CHARSET_META.exec(head)?.[1];
    // A page that declares UTF-16 in ASCII bytes is not UTF-16 (HTML spec: treat as UTF-8).
    if (label && !/^utf-?16/i.test(label)) {
      try {
        return new TextDecoder(label).decode(bytes);
      } catch {
        // An unknown label: fall through to UTF-8, as browsers do.
      }
    }
  }
  if (bytes.subarray(0, 8192).includes(0))
    throw new NotTextError('binary file (contains NUL bytes)');
  return new TextDecoder('utf-8').decode(bytes);
}
