/**
 * A party a deal still looks for: "is looking for a buyer", "hopes to find an investor", "are
 * seeking a buyer". The buyer or investor does not exist yet in the story, so no one is
 * withheld: the labelled sets leave "a buyer" that a firm is looking for unlabelled and "are
 * seeking a buyer" optional (anon z020), as decision 90 leaves a counterparty only in talks. Not
 * one found ("has found a buyer"), nor a culprit a hunt looks for ("Police are looking for a man
 * who fled"), whose noun is no party to a deal.
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** The parties of a deal: `buyer`, `investor`, `tenant`, `lender`. */
const STAKEHOLDERS = ruleWords('stakeholderHeads');

/** Verbs whose object is only looked for: `seek a buyer`, `find an investor`. */
const SEEKING_VERBS: ReadonlySet<string> = new Set(['find', 'seek', 'seeking', 'seeks']);

/** Verbs whose `for` phrase is only looked for: `looking for a buyer`, `searching for a tenant`. */
const SEARCH_VERBS: ReadonlySet<string> = new Set([
  'hunt',
  'hunting',
  'look',
  'looked',
  'looking',
  'looks',
  'search',
  'searched',
  'searching',
]);

/** Determiners of one party not yet given: `a`, `an`, `another`, `a new`. */
const ONE_NEW: ReadonlySet<string> = new Set(['a', 'an', 'another']);

/**
 * Whether `np`, one deal party ("a buyer", "another investor", "a new tenant"), is the object of
 * a seeking verb or the `for` phrase of a searching verb.
 */
export function soughtParty(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!STAKEHOLDERS.has(toks[np.head]!.lower) || !ONE_NEW.has(toks[np.start]!.lower)) return false;
  let b = np.start - 1;
  while (b > s.first && isAdverb(toks[b])) b--;
  const before = toks[b]?.lower;
  if (before !== undefined && b >= s.first && SEEKING_VERBS.has(before)) return true;
  return before === 'for' && b - 1 >= s.first && SEARCH_VERBS.has(toks[b - 1]!.lower);
}
