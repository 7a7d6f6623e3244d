/**
 * One pass over the text into word, number, punctuation and quote tokens with offsets.
 * Dotted abbreviations (`U.S.`, `a.m.`) stay whole; a possessive `'s` or plural `'` becomes its
 * own token so that `Corrigan's` is a name plus a possessive.
 */

import { TITLE_ABBREVIATIONS } from './lexicon';

export type TokenKind = 'word' | 'num' | 'punct' | 'quote' | 'pos' | 'newline';

export interface Token {
  start: number;
  end: number;
  /** Lowercase, with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
}

// Order matters: newline, dotted abbreviation, number, word, quote, other punctuation.
const TOKEN =
  /(\r?\n[\s]*)|((?:\p{L}\.){2,}|\p{L}\.\p{L})|(\d+(?:[.,:/]\d+)*(?:st|nd|rd|th|s|m|bn|k)?)|(\p{L}[\p{L}\p{M}\d]*(?:[-'’]\p{L}[\p{L}\p{M}\d]*)*)|(["“”‘’«»']|``|'')|([^\s\p{L}\d])/gu;

const NOT_POSSESSIVE = new Set([
  "it's",
  "he's",
  "she's",
  "that's",
  "there's",
  "what's",
  "who's",
  "let's",
  "here's",
  "where's",
]);

/** Splits `text` into tokens; offsets are UTF-16 indices into `text`. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    if (m[1] !== undefined) {
      out.push({ start, end, lower: '\n', kind: 'newline', cap: false });
      continue;
    }
    // "US" in capitals is the country, not the pronoun
    const lower = raw === 'US' ? 'u.s.' : raw.toLowerCase().replace(/’/g, "'");
    const cap = /^\p{Lu}/u.test(raw);
    if (m[2] !== undefined) {
      out.push({ start, end, lower, kind: 'word', cap });
    } else if (m[3] !== undefined) {
      out.push({ start, end, lower, kind: 'num', cap: false });
    } else if (m[4] !== undefined) {
      // split a possessive 's off a name: Corrigan's -> Corrigan + 's
      if (lower.length > 2 && lower.endsWith("'s") && !NOT_POSSESSIVE.has(lower)) {
        out.push({ start, end: end - 2, lower: lower.slice(0, -2), kind: 'word', cap });
        out.push({ start: end - 2, end, lower: "'s", kind: 'pos', cap: false });
      } else if (text.charCodeAt(end) === 46 && TITLE_ABBREVIATIONS.has(lower)) {
        // "Mr.", "Sgt.", "Jan.": the period belongs to the word and ends no sentence
        out.push({ start, end: end + 1, lower, kind: 'word', cap });
        TOKEN.lastIndex = end + 1;
      } else {
        out.push({ start, end, lower, kind: 'word', cap });
      }
    } else if (m[5] !== undefined) {
      // a plural possessive: residents' objections
      const prev = out[out.length - 1];
      const next = text.charCodeAt(end);
      const apostrophe = raw === "'" || raw === '’';
      if (
        apostrophe &&
        prev &&
        prev.kind === 'word' &&
        prev.end === start &&
        prev.lower.endsWith('s') &&
        next === 32 &&
        /\p{Ll}|\p{Lu}/u.test(text.charAt(end + 1)) &&
        !openSingleQuoteBefore(out)
      ) {
        out.push({ start, end, lower: "'", kind: 'pos', cap: false });
      } else {
        out.push({
          start,
          end,
          lower: quoteDirection(text, start, raw),
          kind: 'quote',
          cap: false,
        });
      }
    } else {
      out.push({ start, end, lower, kind: 'punct', cap: false });
    }
  }
  return out;
}

/**
 * Normalises a quote mark to its direction: `“`/`‘` opening, `”`/`’` closing. A straight quote
 * opens when it follows a space or the start and precedes a non-space.
 */
function quoteDirection(text: string, start: number, raw: string): string {
  const single = raw === "'" || raw === '‘' || raw === '’';
  if (raw === '“' || raw === '‘' || raw === '«') return single ? '‘' : '“';
  if (raw === '”' || raw === '’' || raw === '»') return single ? '’' : '”';
  const before = start === 0 ? ' ' : text.charAt(start - 1);
  const after = text.charAt(start + raw.length);
  const opens = /[\s([{—–-]/.test(before) && after !== '' && !/\s/.test(after);
  if (single) return opens ? '‘' : '’';
  return opens ? '“' : '”';
}

/** Whether an opening single quote is still open in the current line (then `’` closes it). */
function openSingleQuoteBefore(tokens: readonly Token[]): boolean {
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 40; i--) {
    const t = tokens[i]!;
    if (t.kind === 'newline') return false;
    if (t.kind === 'quote' && t.lower === '‘') return true;
    if (t.kind === 'quote' && t.lower === '’') return false;
  }
  return false;
}
