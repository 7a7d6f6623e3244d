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
import { NAME_NOUNS } from './withheld-identity';

/** Words that grant anonymity: `anonymity`, `named`, `identified`. */
const ANONYMITY_WORDS = anonymityWords('anonymityWords');

/** Words that deny the naming: `not`, `declined`, `without`. */
const DENIALS = anonymityWords('denials');

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
    if (ANONYMITY_WORDS.has(t.lower) || nameKeptBack(ctx, s, k)) return true;
  }
  return false;
}

/** Participles and verbs that keep a name back by themselves: `withheld`. */
const KEEPING: ReadonlySet<string> = new Set(['changed', 'protected', 'withheld', 'withhold']);
/** How far a denial may stand before the name it refuses: "not to use her name". */
const DENIAL_REACH = 4;

/**
 * Whether token `k` grants anonymity through a name kept back: a name noun after a denial ("asked
 * me not to use her name", "did not want his name published" is read at `name`), or a word of
 * keeping back after a name noun ("asked that her name be withheld"). A name given ("her name is
 * Ana") or used ("used his name") grants nothing.
 */
function nameKeptBack(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  if (NAME_NOUNS.has(w)) {
    for (let q = k - 1; q >= s.first && q >= k - DENIAL_REACH; q--)
      if (DENIALS.has(toks[q]!.lower)) return true;
    return false;
  }
  if (!KEEPING.has(w)) return false;
  for (let q = k - 1; q >= s.first && q >= k - 3; q--)
    if (NAME_NOUNS.has(toks[q]!.lower)) return true;
  return false;
}

/** How far back from a verb group the reason's lead may stand: "because the plans have not been". */
const GROUP_REACH = 8;

/**
 * Whether the verb group starting at `g` lies in the stated reason for anonymity: "spoke on
 * condition of anonymity because the plans have not been announced", "asked not to be named
 * because staff have been warned not to speak", "because he feared being blacklisted". Its
 * passive and its cue are no span (decision 13; DECISIONS line "as the stated reason for
 * anonymity ... it is not a span").
 */
export function inAnonymityReason(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  for (let q = g - 1; q > s.first && q >= g - GROUP_REACH; q--) {
    const t = toks[q]!;
    if (isQuote(t) || isPunct(t)) return false;
    if (REASON_LEADS.has(t.lower)) return anonymityReasonAt(ctx, s, q + 1);
  }
  return false;
}
