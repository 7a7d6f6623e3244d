/**
 * Fixed adverbial phrases that stand between an auxiliary and its verb as an adverb does: "It
 * was at no point confirmed", "The claim was in fact denied", "He was at one point arrested".
 * The verb group and the passive read past them as past `never` or `later`. ("so far" is the
 * subject finder's, tested in subject/so-far.test.ts.)
 */
import type { Token } from './tokenize';

/** The phrases, word by word. */
const PHRASES: readonly (readonly string[])[] = [
  ['at', 'any', 'point'],
  ['at', 'first'],
  ['at', 'last'],
  ['at', 'least'],
  ['at', 'no', 'point'],
  ['at', 'no', 'stage'],
  ['at', 'no', 'time'],
  ['at', 'one', 'point'],
  ['at', 'one', 'stage'],
  ['at', 'some', 'point'],
  ['at', 'the', 'time'],
  ['by', 'then'],
  ['by', 'now'],
  ['in', 'effect'],
  ['in', 'fact'],
  ['in', 'turn'],
  ['of', 'course'],
];

/** The first and last words of the phrases, asked first: most tokens start or end none. */
const FIRST_WORDS: ReadonlySet<string> = new Set(PHRASES.map((p) => p[0]!));
const LAST_WORDS: ReadonlySet<string> = new Set(PHRASES.map((p) => p[p.length - 1]!));

/** The number of tokens of a phrase that starts at `k`, or 0. */
export function adverbialPhraseAt(toks: readonly Token[], k: number): number {
  if (!FIRST_WORDS.has(toks[k]?.lower ?? '')) return 0;
  for (const p of PHRASES) if (p.every((w, j) => toks[k + j]?.lower === w)) return p.length;
  return 0;
}

/** The number of tokens of a phrase that ends at `k`, or 0. */
export function adverbialPhraseEndingAt(toks: readonly Token[], k: number): number {
  if (!LAST_WORDS.has(toks[k]?.lower ?? '')) return 0;
  for (const p of PHRASES) {
    const start = k - p.length + 1;
    if (start >= 0 && p.every((w, j) => toks[start + j]?.lower === w)) return p.length;
  }
  return 0;
}
