/**
 * The subject of a clause that `as` opens: "gunfire erupted as a group of soldiers seized the
 * broadcaster", "Shoppers fled as masked men stormed the shop", "traffic stopped as firefighters
 * battled the blaze". `as` there is a conjunction of time, and the phrase after it does what its
 * verb says; it is no predicate ("described them as operatives", "served as an adviser"), which
 * the reasons otherwise take a phrase after `as` to be.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pastAct, pastDoing } from './content-subject';

/**
 * Words after which `as` introduces a role, a likeness or a list, not a clause: `such as`,
 * `as well as`, `the same as`, `described ... as`, `known as`.
 */
const PREDICATE_AS = ruleWords('predicateAsLeads');
/** Verbs of only coming, waiting or receiving: `streamed`, `gathered`, `arrived`. */
const COMING = ruleWords('comingAndReceivingVerbs');

/** Whether `np` opens a clause of time that `as` introduces, as its acting subject. */
export function asClauseSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const as = np.start - 1;
  if (toks[as]?.lower !== 'as' || as < s.first) return false;
  // ("As senators debated the bill, protesters gathered outside": a clause that opens the
  // sentence has no word before it; "As parents, we" and "As many as" fail on the verb below)
  const lead = as > s.first ? toks[as - 1]! : undefined;
  // ("as many as 40 MPs", "regarded by many as"): the word before `as` is a content word, a
  // comma or a time word, and no verb of naming or likening
  if (lead && (PREDICATE_AS.has(lead.lower) || (lead.f & (F.DET | F.PREP)) !== 0)) return false;
  if (lead && lead.kind !== 'word' && lead.kind !== 'num' && !isPunct(lead, ',')) return false;
  // (the verb right after the phrase: "described him as a boxer who had" is a predicate)
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word') return false;
  // "as soldiers seized", "as thugs stormed", "as rescuers were digging": a past act (not one of
  // only coming, "as fans streamed out", nor a reduced relative, "as volunteers trained by")
  if (pastAct(ctx, s, k) || pastDoing(ctx, s, k)) {
    let q = k;
    while (q + 1 < s.last && (isAux(toks[q]) || isAdverb(toks[q]))) q++;
    const after = toks[q + 1]?.lower;
    return !COMING.has(toks[q]!.lower) && after !== 'by' && after !== 'to';
  }
  // "Gunfire as soldiers seize state broadcaster": a headline's present, before its object
  const o = toks[k + 1];
  return (
    isHeadline(ctx, s) &&
    !isAux(v) &&
    ctx.name[k] === 0 &&
    (v.f & (F.PREP | F.DET | F.PRON | F.REL)) === 0 &&
    !/ing$/.test(v.lower) &&
    !!o &&
    (o.kind === 'word' || o.kind === 'num')
  );
}
