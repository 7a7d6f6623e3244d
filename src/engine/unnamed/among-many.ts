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
import { isAdverb, isAux, isHeadline, isPunct } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { namedFurtherOn } from './misconduct-of-body';
import { harmFollows } from './position';
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

/** Whether a word ends in a contracted `be`: `you're`, `I'm`, `they’re`. */
function beContracted(w: string): boolean {
  return /['’](?:re|m)$/.test(w);
}

/**
 * Whether a passive of harm follows token `k`, past a second conjunct ("and a guard were
 * killed"): position.ts's test for a harmed subject.
 */
function harmedAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower === 'and') {
    const stop = Math.min(s.last, k + 8);
    k++;
    while (k < stop && !isAux(toks[k]) && !isPunct(toks[k])) k++;
  }
  return harmFollows(ctx, s, k);
}

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
  // "He is a Portavel player", "if you're a devotee of Acme's games", "in the same fashion: a
  // recent graduate of Holt College": a predicate, or a description set off by a colon
  if (
    before &&
    ((listsOf(before) & IN_BE_FORMS) !== 0 ||
      BECOMING.has(before.lower) ||
      beContracted(before.lower) ||
      isPunct(before, ':'))
  )
    return false;
  // "a crew of six, including two Varda astronauts": the makeup of a group already given
  for (let k = np.start - 1; k >= s.first && k >= np.start - 10; k--) {
    const w = toks[k]!.lower;
    if (w === 'including' || w === 'includes' || w === 'include') return false;
    if (isPunct(toks[k], ';') || isPunct(toks[k], ':')) break;
  }
  // "a museum worker and a guard were killed": whom a harm befalls (the guideline's victims)
  if (harmedAfter(ctx, s, np.end)) return false;
  // "was detained by a guard and two officers from the Kelm police": the body's own act done
  // through its people, the agent of a passive
  for (let q = np.start - 1; q >= s.first && q >= np.start - 6; q--) {
    if (toks[q]!.lower === 'by') return false;
    if (isPunct(toks[q]) || (toks[q]!.f & F.AUX) !== 0) break;
  }
  // "a cell biologist at Halden University manipulated images" ... "The researcher, Professor
  // Teodor Brask, denied": one person the story names further on (decision 4)
  if (!toks[np.head]!.lower.endsWith('s') && namedFurtherOn(ctx, s.last)) return false;
  // "A spokeswoman for the insurer declined to comment": the body's own voice, its office
  if (toks[np.head]!.lower.startsWith('spokes')) return false;
  // "Two Korvane executives said": a source that speaks for its body is named through it
  // (decision 5; the cue's source is judged there)
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  if (k < s.last && (toks[k]!.f & F.REPORT) !== 0) return false;
  // "Maria Ellen, a teacher at the school whose", "Tom Hale, a driver at the depot, said": an
  // apposition to a name, between commas or before a relative or the sentence's end (one to an
  // unnamed phrase describes an unnamed person: "One of them, a nurse at the hospital, said")
  if (isPunct(before, ',') && np.start - 1 > s.first && ctx.name[np.start - 2]) {
    const after = toks[np.end];
    if (after === undefined || np.end > s.last || APPOSITION_ENDS.has(after.lower)) return false;
  }
  return true;
}
