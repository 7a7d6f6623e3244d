/**
 * A body or person of a kind, given only as the measure something is judged by: "the fine was
 * manageable for a bank of its size", "For a firm this size, it is a parking ticket", "a big sum
 * for a club of that stature". The phrase names any member of a class, never one actor the story
 * withholds; so is one a sum is weighed against ("manageable for a lender that reported a profit
 * of 1.9 billion"), the body the story is about seen as one of its kind (decisions 71 and 90 of the labelled sets: people and bodies that neither act nor
 * speak are no required `unnamed`).
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Determiners of the measure after `of`: "of its size", "of that stature". */
const MEASURE_DETERMINERS: ReadonlySet<string> = new Set([
  'her',
  'his',
  'its',
  'such',
  'that',
  'their',
  'this',
]);

/** Nouns of size or standing: `size`, `scale`, `stature`. */
const MEASURE_NOUNS: ReadonlySet<string> = new Set(['scale', 'size', 'stature', 'standing']);

/**
 * Adjectives that weigh a sum or a burden against whoever bears it, before `for`: "manageable
 * for a lender that reported a profit", "looked high for a group whose circulation has fallen".
 */
const BURDEN_ADJECTIVES: ReadonlySet<string> = new Set([
  'affordable',
  'big',
  'cheap',
  'expensive',
  'hefty',
  'high',
  'huge',
  'large',
  'low',
  'manageable',
  'modest',
  'negligible',
  'significant',
  'sizeable',
  'small',
  'steep',
  'tiny',
  'trivial',
  'unaffordable',
]);

/**
 * Whether `np`, an indefinite singular phrase ("a bank", "an airline", "any club"), is followed by
 * the measure it stands for: "of its size", "of that stature", or "this size" right after the head,
 * or is what a sum is weighed against after an adjective and `for` ("manageable for a lender").
 */
export function sizeStandard(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (first !== 'a' && first !== 'an' && first !== 'any') return false;
  // weighed by an adjective before `for`: "the fine was manageable for a lender that ..."
  if (toks[np.start - 1]?.lower === 'for' && BURDEN_ADJECTIVES.has(toks[np.start - 2]?.lower ?? ''))
    return true;
  const j = np.head + 1;
  const w = toks[j]?.lower;
  if (w === 'of')
    return (
      MEASURE_DETERMINERS.has(toks[j + 1]?.lower ?? '') &&
      MEASURE_NOUNS.has(toks[j + 2]?.lower ?? '')
    );
  return (w === 'this' || w === 'that') && MEASURE_NOUNS.has(toks[j + 1]?.lower ?? '');
}

/**
 * Whether `np` is a lone `-ing` word between a comma and `that`, a participle that opens a clause
 * of the sentence's subject, not a document: "ordered the workers back, ruling that the strike was
 * unlawful", "the board rejected the bid, warning that". A noun there would have its determiner
 * ("a ruling that").
 */
export function participleClause(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end - np.start !== 1) return false;
  const w = toks[np.start]!.lower;
  return w.endsWith('ing') && isPunct(toks[np.start - 1], ',') && toks[np.end]?.lower === 'that';
}
