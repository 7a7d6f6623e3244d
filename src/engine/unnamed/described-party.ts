/**
 * A party to a deal the story describes but does not name: "the buyer was likely to be a Gulf
 * sovereign fund", "The buyer, understood to be a Hellen-based owner, is new to the trade", "the
 * purchaser was a family office based in the Gulf". A definite buyer, seller or bidder is one
 * particular party of the story's deal, and giving it only as an indefinite description of a body
 * or a person withholds who it is (decisions 120 and 137 of the labelled sets: a withheld party
 * that acts is required): an unnamed actor.
 *
 * Not a description that names ("the buyer was Harlan Capital"), an adjective ("the buyer was
 * keen"), a party the sentence only defines ("The buyer pays the duty"), nor other definite
 * people ("the singer was a mother of two": someone the story knows by name).
 */
import type { Context } from '../context';
import { isAdverb, isPunct, isWord } from '../context';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';

/** Parties to a sale or a takeover: `the buyer`, `the suitor`, `the bidder`. */
const DEAL_PARTIES: ReadonlySet<string> = new Set([
  'acquirer',
  'bidder',
  'buyer',
  'purchaser',
  'seller',
  'suitor',
]);

/** Forms of `be` that open the description: `the buyer was a fund`. */
const BE: ReadonlySet<string> = new Set(['is', 'was', "'s"]);

/** Words of likelihood or report before `to be`: `likely to be`, `understood to be`. */
const HEDGED_BE: ReadonlySet<string> = new Set([
  'believed',
  'expected',
  'likely',
  'reported',
  'rumoured',
  'rumored',
  'said',
  'thought',
  'understood',
  'unlikely',
]);

/** Whether `np`, `the` and a deal party, is described only by an indefinite body or person. */
export function describedParty(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.head !== np.start + 1 || toks[np.start]!.lower !== 'the') return false;
  if (!DEAL_PARTIES.has(toks[np.head]!.lower)) return false;
  let k = np.end;
  const aside = isPunct(toks[k], ',');
  if (aside) k++;
  else {
    if (!BE.has(toks[k]?.lower ?? '')) return false;
    k++;
  }
  while (k < s.last && isAdverb(toks[k])) k++;
  // ("likely to be", "understood to be"; an aside needs one: ", a fund," is an apposition)
  if (
    HEDGED_BE.has(toks[k]?.lower ?? '') &&
    toks[k + 1]?.lower === 'to' &&
    toks[k + 2]?.lower === 'be'
  )
    k += 3;
  else if (aside) return false;
  const det = toks[k];
  if (!det || (det.lower !== 'a' && det.lower !== 'an') || !isWord(toks[k + 1])) return false;
  const desc = phraseStartingAt(ctx, k, s.last);
  if (!desc || ctx.name[desc.head]) return false;
  const cls = headClass(ctx, desc.head);
  return (
    cls === 'organisation' ||
    cls === 'occupation' ||
    cls === 'person' ||
    cls === 'role' ||
    cls === 'title'
  );
}
