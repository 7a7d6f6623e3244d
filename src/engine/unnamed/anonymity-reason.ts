/**
 * The stated reason a source is granted anonymity: "spoke on condition of anonymity because
 * drivers have been warned not to talk to the press", "asked not to be named as staff were told
 * not to speak to reporters". The clause says why the story withholds a name (a body's policy of
 * silence, decision 97 of the labelled sets: a stated reason for anonymity is no span), not what
 * the source tells, so the people in it are not made to act in the source's account.
 */
import type { Context } from '../context';
import { isPunct, isQuote } from '../context';
import { anonymityWords } from '../lexicon';
import type { Sentence } from '../sentences';

/** Words that grant anonymity: `anonymity`, `named`, `identified`. */
const ANONYMITY_WORDS = anonymityWords('anonymityWords');

/** Words that lead the reason for anonymity: `because`, `as`. */
const REASON_LEADS = anonymityWords('reasonLeads');

/** How far back from the reason's lead the grant of anonymity may stand. */
const REACH = 14;

/**
 * Whether the clause whose subject opens at `at` is led by a reason word (`because`, `as`) right
 * after a grant of anonymity in the same sentence, with no stop or quotation between.
 */
export function anonymityReasonAt(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  const lead = at - 1;
  if (lead <= s.first || !REASON_LEADS.has(toks[lead]!.lower)) return false;
  for (let k = lead - 1; k >= s.first && k >= lead - REACH; k--) {
    const t = toks[k]!;
    if (isQuote(t) || (isPunct(t) && t.lower !== ',')) return false;
    if (ANONYMITY_WORDS.has(t.lower)) return true;
  }
  return false;
}
