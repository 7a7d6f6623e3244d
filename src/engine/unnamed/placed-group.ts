/**
 * People picked out by where they are or what they belong to, doing something now: "Campaign
 * volunteers in Dorset County have been knocking on doors", "Parents in an online group for the
 * district are organizing a sick-out", "a buyer in Sarra had been snapping up cargoes". A
 * progressive of bare people is often scenery ("two men were walking their dogs"), but a group
 * the phrase places in a named place or a body, with a verb that has an object, is a particular
 * group at work on something the story tells of (the guideline's unnamed actors who act).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isDet, isWord } from '../context';
import { quotationAround } from '../entities/quoted-speaker';
import { BE_FORMS, F, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Prepositions that place people: `in`, `at`, `from`, `across`. */
const PLACING: ReadonlySet<string> = new Set(['across', 'at', 'from', 'in']);
/** Progressives of what befalls the subject: `is struggling`, `are suffering`. */
const UNDERGOING_ING = ruleWords('undergoingProgressives');
/** Progressives of a state of mind or of staying put, no act: `are hoping`, `are living`. */
export const STATE_ING: ReadonlySet<string> = new Set([
  'hoping',
  'living',
  'sitting',
  'staying',
  'standing',
  'wondering',
]);

/**
 * Whether `np`'s post-modifier places it in a named place or a body: "in Dorset County", "in an
 * online group for the district", "from Sarra" (not "in hi-vis jackets": what they wear).
 */
function placedInPlaceOrBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end <= np.coreEnd + 1 || !PLACING.has(toks[np.coreEnd]!.lower)) return false;
  for (let k = np.coreEnd + 1; k < np.end; k++) {
    if (ctx.name[k] || (toks[k]!.f & F.PLACE) !== 0) return true;
    const cls = headClass(ctx, k);
    if (cls === 'organisation') return true;
  }
  return false;
}

/**
 * Whether `np`, a person-class phrase placed in a place or body, is the subject of the
 * progressive whose -ing form is at `q`, followed by its object or particle ("organizing a
 * sick-out", "knocking on doors", "snapping up cargoes"; not a name: "visiting Paris").
 */
export function placedGroupAtWork(ctx: Context, np: NounPhrase, q: number): boolean {
  const toks = ctx.tokens;
  if (!isPersonClass(headClass(ctx, np.head)) || !placedInPlaceOrBody(ctx, np)) return false;
  const next = toks[q + 1];
  return isWord(next) && (!next.cap || isDet(next));
}

/**
 * Whether `np` is a placed group at work in a progressive right after it ("Parents in an online
 * group for the district are organizing a sick-out"): the -ing form after auxiliaries that end in
 * a form of `be`. Not in a quotation, where a speaker sums up a class ("Families in this town are
 * choosing between heating and eating").
 */
export function placedGroupProgressive(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let q = np.end;
  let last = '';
  while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]))) {
    if (isAux(toks[q])) last = toks[q]!.lower;
    q++;
  }
  const v = toks[q];
  return (
    BE_FORMS.has(last) &&
    isWord(v) &&
    q < s.last &&
    /[a-z]{3}ing$/.test(v.lower) &&
    !UNDERGOING_ING.has(v.lower) &&
    !STATE_ING.has(v.lower) &&
    placedGroupAtWork(ctx, np, q) &&
    quotationAround(ctx, np.start) === null
  );
}
