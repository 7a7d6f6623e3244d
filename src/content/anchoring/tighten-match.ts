/**
 * Tightens an approximate match of a noted passage to the words that are the passage. Pure.
 *
 * An approximate search counts characters, not words: a passage whose first words were reworded
 * ("The repairs were delayed" now "Repairs were delayed") matches with fewest edits from inside
 * the previous sentence ("…work. Repairs were delayed"), since swapping "rk. " for "The " costs
 * less than adding "The ". The note would then be drawn over the end of another sentence, or
 * across a paragraph break. Among the places a match could start at a word (or end at one)
 * within its slack, the one whose words are closest to the quote is taken.
 */

/** A stretch of text `[start, end)` and its edit distance to the quote. */
export interface Span {
  start: number;
  end: number;
  errors: number;
}

/** Quotes longer than this are left as matched: the distances cost their length squared. */
const MAX_QUOTE = 1000;

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string): boolean => ch !== '' && WORD.test(ch);

/**
 * Levenshtein distances between `a` and every beginning of `b`: `out[j]` is the distance from
 * `a` to `b.slice(0, j)`. One pass over the table gives them all.
 */
export function distancesToPrefixes(a: string, b: string): Int32Array {
  let prev = new Int32Array(b.length + 1);
  let cur = new Int32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const swap = prev[j - 1]! + (b.charCodeAt(j - 1) === ch ? 0 : 1);
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, swap);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

const reverse = (s: string): string => [...s].reverse().join('');

/** Where words start in `text` within `[from, to]`, and `from` itself. */
function wordStarts(text: string, from: number, to: number): number[] {
  const out = [from];
  for (let p = from + 1; p <= to; p++)
    if (isWord(text.charAt(p)) && !isWord(text.charAt(p - 1))) out.push(p);
  return out;
}

/** Where words end in `text` within `[from, to]`, and `to` itself. */
function wordEnds(text: string, from: number, to: number): number[] {
  const out = [to];
  for (let p = to - 1; p >= from; p--)
    if (isWord(text.charAt(p - 1)) && !isWord(text.charAt(p))) out.push(p);
  return out;
}

/**
 * `match` (already widened to whole words) moved in to the word start, then the word end, within
 * `slack` characters of its edges that brings its words closest to `quote`; a tie keeps the
 * wider edge. Whitespace left at either edge goes too.
 */
export function tightenMatch(text: string, quote: string, match: Span, slack: number): Span {
  if (quote.length > MAX_QUOTE || match.end - match.start < 2) return trimSpace(text, match);
  const { start, end } = match;
  // Starts: the distance of text[s, end) to the quote, read backwards from the end.
  const back = distancesToPrefixes(reverse(quote), reverse(text.slice(start, end)));
  let bestStart = start;
  let errors = back[end - start]!;
  for (const s of wordStarts(text, start, Math.min(end - 1, start + slack))) {
    const d = back[end - s]!;
    if (d < errors) [bestStart, errors] = [s, d];
  }
  // Ends: the distance of text[bestStart, e) to the quote.
  const forth = distancesToPrefixes(quote, text.slice(bestStart, end));
  let bestEnd = end;
  errors = forth[end - bestStart]!;
  for (const e of wordEnds(text, Math.max(bestStart + 1, end - slack), end)) {
    const d = forth[e - bestStart]!;
    if (d < errors) [bestEnd, errors] = [e, d];
  }
  return trimSpace(text, { start: bestStart, end: bestEnd, errors });
}

/** A span without the whitespace at its edges (a quote is remembered without any). */
function trimSpace(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end, errors: span.errors };
}
