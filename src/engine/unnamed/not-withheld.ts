/**
 * Phrases shaped like unnamed actors that withhold no identity: the court or jury a trial's
 * evidence is put to (`a court heard`, `jurors were told`), a study placed in a named journal
 * (`a paper published on Monday in the Journal of X`), and the findings of a work the story
 * has already brought in (`Campaigners said the findings confirmed ...`), and people something
 * befell (`two analysts were dismissed`, `four villagers are believed to have been killed`), and
 * the authors of a study the story is about (`the researchers` with no mention before).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPrep, isPunct } from '../context';
import { BE_FORMS, F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import { isPlaceName } from '../phrase/places';
import { previousSameWord, WALK_NO, WALK_ON, walkBack, walkMemo } from '../same-word';
import type { Sentence } from '../sentences';
import { asideEnd } from './people';

/** Bodies a trial's or a public inquiry's evidence is put to: `court`, `jury`, `inquest`, `inquiry`. */
const HEARING_BODIES = ruleWords('hearingBodies');

/**
 * Whether the phrase is the court or jury of the formula that hands evidence to unnamed
 * witnesses: "..., a court heard", "the jury has heard that", "jurors were told", "an inquest
 * was told", "The inquiry, chaired by a retired judge, heard that" (decision 19 of the labelled
 * sets: the court is the audience, not a source; decision 141: the inquiry of the story's own
 * case is that case's body, named through it).
 */
export function courtAudience(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end !== np.coreEnd || !HEARING_BODIES.has(toks[np.head]!.lower)) return false;
  let k = asideEnd(ctx, s, np.end);
  let be = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) {
    if (BE_FORMS.has(toks[k]!.lower)) be = true;
    k++;
  }
  const v = toks[k]?.lower;
  return v === 'heard' || (be && v === 'told');
}

/** Heads of a study a story may place in a journal: `paper`, `study`. */
const STUDY_HEADS = ruleWords('studyHeads');

/** Lowercase words that may stand between `in the` and a journal's name: `journal`. */
const OUTLET_WORDS: ReadonlySet<string> = new Set(['journal', 'magazine']);

/** How far after a study's head its journal is looked for. */
const STUDY_TAIL = 12;

/**
 * Whether a study is placed in a publication named by a proper name in its own clause: "a study
 * published on Wednesday in the journal Marsh Ecology", "A paper in the Annals of Tidal Science
 * argues" (the guideline's settled case: a document a named body published is named; not "a
 * study in Norway", a place, nor "a study in March").
 */
export function publishedInNamed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!STUDY_HEADS.has(toks[np.head]!.lower)) return false;
  for (let p = np.coreEnd; p < s.last && p < np.coreEnd + STUDY_TAIL; p++) {
    const w = toks[p]!;
    if ((isPunct(w) && w.lower !== ',') || w.kind === 'quote') return false;
    if (w.lower !== 'in') continue;
    let n = p + 1;
    if (toks[n]?.lower === 'the') n++;
    if (!ctx.name[n] && OUTLET_WORDS.has(toks[n]?.lower ?? '')) n++;
    if (ctx.name[n] && !isPlaceName(ctx, n)) return true;
  }
  return false;
}

/** Nouns for what a study or inquiry found: `findings`, `results`, `conclusions`. */
const RESULT_NOUNS = ruleWords('resultNouns');

/**
 * Whether the phrase is a bare definite mention of what some work found: "the findings", "these
 * conclusions" (the results of a report, study or inspection the story has brought in, which
 * is the document relied on, not these words for its content; "internal test results" and
 * "results from three laboratories" describe a source of their own and stay).
 */
export function knownResults(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  return (
    (det === 'the' || det === 'these') &&
    np.head === np.start + 1 &&
    np.end === np.coreEnd &&
    RESULT_NOUNS.has(toks[np.head]!.lower)
  );
}

/**
 * Whether a plain description of people is definite and counted ("the two men", "these three
 * women"):
 * reached only when it repeats no unnamed mention of its head, it points back to people the story
 * has named or described otherwise ("Callum Vesk ... the man accused of murder"), not to someone
 * it withholds (`the man` after "A 34-year-old man has been charged" is the entities' repeat).
 */
export function knownPeople(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if (det !== 'the' && det !== 'these' && det !== 'those') return false;
  // counted ("the two men", "the other three women"): a set the reader already has; a single
  // "the man" may be new ("A passenger said the man became aggressive")
  for (let k = np.start + 1; k < np.head; k++) {
    const t = toks[k]!;
    if (t.kind === 'num' || NUMBER_WORDS.has(t.lower)) return true;
  }
  return false;
}

/** Number words: `two`, `three`, `dozen`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Participles of removal from a post: `dismissed`, `suspended`, `sacked`. */
const REMOVAL_PARTICIPLES = ruleWords('removalParticiples');
/** Phrasal verbs of removal from a post, by their participle: `laid off`, `stood down`. */
const REMOVAL_PHRASALS: ReadonlyMap<string, string> = new Map([
  ['laid', 'off'],
  ['let', 'go'],
  ['stood', 'down'],
]);
/** Participles of harm or care: `killed`, `treated`, `rescued`. */
const HARM_PARTICIPLES = ruleWords('harmParticiples');
/** Past forms of dying: `died`, `drowned`. */
const FATAL_PASTS = ruleWords('fatalPasts');
/** How far after `placed on` its `leave` is looked for: "placed on paid administrative leave". */
const LEAVE_REACH = 4;

/**
 * Whether `np` is the subject of a passive that removes people from their posts ("two analysts
 * were dismissed", "a deputy was placed on leave", "three supervisors have been stood down"), or
 * of a raising hedge on what befell them ("four villagers are believed to have been killed", "two
 * fishermen are thought to have drowned"): people an act or a harm fell on, not actors the story
 * withholds. (A hedge on a removal, "is understood to have been suspended", and an accusation,
 * "were charged", stay: decision 56 makes the accused actors.)
 */
export function removedOrHarmed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  let be = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) {
    if (BE_FORMS.has(toks[k]!.lower)) be = true;
    k++;
  }
  if (k >= s.last) return false;
  const v = toks[k]!;
  // "Soldiers killed in border clash", "14 miners trapped after collapse": a reduced passive of
  // harm, with no object after it ("Soldiers killed three villagers" is what they did)
  if (k === np.end && HARM_PARTICIPLES.has(v.lower))
    return k + 1 >= s.last || isPunct(toks[k + 1]) || isPrep(toks[k + 1]);
  if (!be) return false;
  if (REMOVAL_PARTICIPLES.has(v.lower)) return true;
  const particle = REMOVAL_PHRASALS.get(v.lower);
  if (particle) return toks[k + 1]?.lower === particle;
  if ((v.lower === 'placed' || v.lower === 'put') && toks[k + 1]?.lower === 'on') {
    for (let q = k + 2; q < s.last && q <= k + 1 + LEAVE_REACH; q++)
      if (toks[q]!.lower === 'leave') return true;
    return false;
  }
  // "are believed to have been killed", "is said to have drowned"
  if ((v.f & F.RAISING) === 0 || toks[k + 1]?.lower !== 'to') return false;
  let q = k + 2;
  if (toks[q]?.lower === 'have') {
    if (FATAL_PASTS.has(toks[q + 1]?.lower ?? '')) return true;
    if (toks[q + 1]?.lower !== 'been') return false;
    q += 2;
  } else if (toks[q]?.lower === 'be') q++;
  else return false;
  return HARM_PARTICIPLES.has(toks[q]?.lower ?? '');
}

/** Plurals for the authors of a study: `researchers`, `scientists`, `authors`. */
const STUDY_AUTHORS = ruleWords('studyAuthors');

/**
 * Whether `np` is a bare definite plural for a study's authors that nothing in the text came
 * before ("To test this, the scientists asked 40 volunteers", "The authors found" after "A study
 * published on Monday"): the team whose work the story reports, known by that work (decision 15
 * of the labelled sets), not people it withholds; an anonymity clause after it ("The researchers,
 * who spoke on condition of anonymity,") or an earlier mention of the word in another shape
 * ("Researchers who asked not to be named ... The researchers") leaves it to the other rules.
 */
export function studyAuthors(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.start + 1 || np.end !== np.coreEnd)
    return false;
  if (!STUDY_AUTHORS.has(head)) return false;
  // (earlier mentions only as the same bare "the scientists", with no aside after them)
  const k = previousSameWord(ctx, np.head);
  return k < 0 || walkBack(ctx, k, AUTHORS_WALK, bareDefiniteStep, true);
}

/** `studyAuthors`' step back at mention `k`: on over a bare "the scientists" with no aside. */
function bareDefiniteStep(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  return toks[k - 1]?.lower !== 'the' || isPunct(toks[k + 1], ',') ? WALK_NO : WALK_ON;
}

const AUTHORS_WALK = walkMemo();
