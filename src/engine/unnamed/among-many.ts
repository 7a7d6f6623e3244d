/**
 * People of a named body whom the phrase leaves among many: "two former sales managers at Varden
 * Foods", "a nurse at Orsa General Hospital", "several partners at Harrow & Quaid", "one engineer
 * at the plant". The body's name places them, but an indefinite or counted phrase says only that
 * they are some of its people, not which: the story does not give their identity (the guideline's
 * "whose identity the text does not give"; decisions 81 and 187 of the labelled sets, "when the
 * phrase leaves them among many"). A unique office names its holder ("the club's chief
 * executive", decision 187) and a definite or bare plural is the body acting through its people
 * ("Researchers at the university found"): neither is this case.
 *
 * Not a predicate or an apposition that describes someone the text names ("He is a Portavel
 * player", "Maria Ellen, a teacher at the school, said"), not a count in figures (a staffing or
 * crowd figure: "212 passengers and 19 crew"), not a headline's shorthand.
 */
import type { Context } from '../context';
import { isHeadline, isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { counted, IN_BE_FORMS, IN_INDEFINITE, listsOf, moreListsOf } from './words';

/** Quantifiers of an unspecified number of people beyond the indefinite list: `many`, `few`. */
const SOME_OF: ReadonlySet<string> = new Set(['few', 'many', 'numerous', 'various']);

/** Verbs after which a phrase is a predicate, not a new actor: `became`, `remains`. */
const BECOMING: ReadonlySet<string> = new Set([
  'as',
  'become',
  'became',
  'becomes',
  'remain',
  'remained',
  'remains',
]);

/** Words right after an apposition: its closing comma, the sentence's end, a relative. */
const APPOSITION_ENDS: ReadonlySet<string> = new Set([',', '.', ';', 'who', 'whose']);

/**
 * Whether `np`, people of a named body, is indefinite or counted in words ("a", "one", "two",
 * "several", "many", "at least three"), and is no predicate, apposition or headline.
 */
export function amongMany(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((moreListsOf(first) & IN_INDEFINITE) === 0 && !SOME_OF.has(first.lower) && !counted(first))
    return false;
  // (a count in figures is a staffing or crowd figure: "about 1,800 members", "19 crew")
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'num') return false;
  if (isHeadline(ctx, s)) return false;
  const before = toks[np.start - 1];
  if (before && ((listsOf(before) & IN_BE_FORMS) !== 0 || BECOMING.has(before.lower))) return false;
  // "Maria Ellen, a teacher at the school whose", "Tom Hale, a driver at the depot, said": an
  // apposition to a name, between commas or before a relative or the sentence's end (one to an
  // unnamed phrase describes an unnamed person: "One of them, a nurse at the hospital, said")
  if (isPunct(before, ',') && np.start - 1 > s.first && ctx.name[np.start - 2]) {
    const after = toks[np.end];
    if (after === undefined || np.end > s.last || APPOSITION_ENDS.has(after.lower)) return false;
  }
  return true;
}
