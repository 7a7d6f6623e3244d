/**
 * Verbs that are no first conjunct of a reporting verb after `and`/`but`, and content that a
 * comma closes: a free relative's verb inside the first conjunct's object ("rejected what it
 * called “lies” and said": `called` is `it`'s, the object's own clause), a reduced relative's
 * participle after an object ("matched a strain found at the plant, but cautioned"), and a
 * quotation that opens and closes inside the content ("said its findings pointed to “a
 * combination of failures”, but cautioned").
 */
import type { Context } from '../context';
import { isDet, isOpenQuote, isPrep, isPronoun, isQuote, isVerbLike, isWord } from '../context';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isAuxAt, isFinitePast, isParticipleWord } from './clause';

/** How many words may stand between `what` and its clause's verb: `what the union called`. */
const FREE_RELATIVE_REACH = 4;

/**
 * Whether the verb at `k` heads a free relative opened by `what` (`what it called`, `what the
 * union described as`): its subject is a pronoun, or a phrase a determiner or a name opens, right
 * after `what`; the free relative is an object inside the clause, no conjunct of its own.
 */
export function freeRelativeVerb(ctx: Context, k: number, floor: number): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q >= floor && q >= k - FREE_RELATIVE_REACH; q--) {
    const t = toks[q]!;
    if (!isWord(t) || isVerbLike(t) || isAuxAt(ctx, q)) return false;
    if (t.lower !== 'what') continue;
    const first = toks[q + 1]!;
    return q + 1 < k && (isPronoun(first) || isDet(first) || ctx.name[q + 1] !== 0);
  }
  return false;
}

/**
 * Whether the participle at `r` is a reduced relative after an object: a phrase ends right before
 * it, a finite verb stands right before that phrase, and a preposition follows the participle
 * (`matched a strain found at the plant`); not a subject's own verb (`The council found in`).
 */
export function reducedAfterObject(ctx: Context, r: number, floor: number): boolean {
  const toks = ctx.tokens;
  if (!isParticipleWord(toks[r]) || !isPrep(toks[r + 1]) || r - 1 < floor) return false;
  const np = phraseEndingAt(ctx, r - 1, floor);
  if (!np || np.end !== r) return false;
  const before = toks[np.start - 1];
  return (
    !!before &&
    np.start - 1 >= floor &&
    isWord(before) &&
    !isAuxAt(ctx, np.start - 1) &&
    isFinitePast(before)
  );
}

/**
 * Whether the quotation marks in tokens `(r, end)` pair up, each quotation opening and closing
 * inside: `pointed to “a combination of failures”`.
 */
export function pairedQuotations(ctx: Context, r: number, end: number): boolean {
  const toks = ctx.tokens;
  let open = false;
  for (let q = r + 1; q < end; q++) {
    const t = toks[q]!;
    if (!isQuote(t)) continue;
    if (open === isOpenQuote(t) && t.lower !== '"') return false;
    open = !open;
  }
  return !open;
}
