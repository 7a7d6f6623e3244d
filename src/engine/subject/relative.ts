/** Subjects reached through a relative pronoun: `a state official who ...`, `Doctors who treat burn victims have warned`. */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isPrep,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
  isVerbLike,
} from '../context';
import { agentiveNoun, F, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { isPluralNoun, participleLike, POST_PREPS } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isPlaceName } from '../phrase/places';
import { withEnd } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import { ACT_PAST } from '../unnamed/verb-lexicon';
import {
  ASIDE_DASHES,
  clauseFloor,
  isAuxAt,
  isFinitePast,
  isHardBoundary,
  isParticipleWord,
} from './clause';
import type { SubjectResult } from './result';
import { asSource, withNamed } from './result';

/** Prepositions of a time phrase after a noun: `on Monday`, `in March`. */
const TIME_PREPS: ReadonlySet<string> = new Set(['in', 'on']);

/** The phrase a relative pronoun at `k` refers to: "a state official who ...". */
export function antecedent(ctx: Context, s: Sentence, k: number): SubjectResult {
  let j = k - 1;
  if (isPunct(ctx.tokens[j], ',')) j--;
  // "Two aides — who spoke on condition of anonymity — told": a person's relative clause fenced
  // by dashes as by commas (not `which`, which may stand for the whole clause before the dash)
  else if (
    j > s.first &&
    ctx.tokens[j]!.kind === 'punct' &&
    PERSON_RELATIVES.has(ctx.tokens[k]!.lower) &&
    isHardBoundary(ctx, j) &&
    ASIDE_DASHES.has(ctx.tokens[j]!.lower)
  )
    j--;
  if (j < s.first) return null;
  const floor = clauseFloor(ctx, s, j);
  let np = phraseEndingAt(ctx, j, floor);
  if (!np) return null;
  if (sententialWhich(ctx, k, np.head, j) || afterSubjectPronoun(ctx, np.start, floor)) return null;
  // "a regulatory filing on Monday, which notes": the pronoun skips a time phrase
  const toks0 = ctx.tokens;
  if (
    np.head === np.end - 1 &&
    isTimeWord(toks0[np.head]) &&
    TIME_PREPS.has(toks0[np.start - 1]?.lower ?? '') &&
    np.start - 2 >= floor
  ) {
    const before = phraseEndingAt(ctx, np.start - 2, floor);
    if (before) np = before;
  }
  // "bank records obtained by the defense, which showed": `which` is the document, not its agent
  const toks = ctx.tokens;
  if (
    toks[k]!.lower === 'which' &&
    toks[np.start - 1]?.lower === 'by' &&
    participleLike(toks[np.start - 2]?.lower ?? '') &&
    np.start - 3 >= floor
  ) {
    const outer = phraseEndingAt(ctx, np.start - 3, floor);
    if (outer && headClass(ctx, outer.head) === 'document')
      return withNamed(ctx, withEnd(outer, np.end));
  }
  // "One man convicted in 2021, who spoke on condition of anonymity", "A union official reached
  // by telephone, who asked": `who` is the person a reduced relative describes, not the thing,
  // place or time of its preposition
  if (
    PERSON_RELATIVES.has(toks[k]!.lower) &&
    !isPersonClass(headClass(ctx, np.head)) &&
    headClass(ctx, np.head) !== 'organisation' &&
    !ctx.name[np.head] &&
    (POST_PREPS.has(toks[np.start - 1]?.lower ?? '') || toks[np.start - 1]?.lower === 'by') &&
    isParticipleWord(toks[np.start - 2]) &&
    np.start - 3 >= floor
  ) {
    const outer = phraseEndingAt(ctx, np.start - 3, floor);
    if (outer && isPersonClass(headClass(ctx, outer.head)))
      return withNamed(ctx, withEnd(outer, np.end));
  }
  // "a woman who ran the computer in the engineering department, who recommended her": a second
  // `who` after the first one's clause stands for the first one's person, not a body or a thing
  // inside that clause
  if (
    toks[k]!.lower === 'who' &&
    isPunct(toks[k - 1], ',') &&
    !ctx.name[np.head] &&
    !isPersonClass(headClass(ctx, np.head))
  ) {
    const first = outerWho(ctx, np.start, floor);
    const person = first > floor ? asSource(antecedent(ctx, s, first)) : null;
    if (person && isPersonClass(headClass(ctx, person.np.head))) return person;
  }
  // "Victor Amsel, an analyst at Crane Hollis, who described": the description stands in
  // apposition to the name, and the clause is the named person's
  const d = toks[np.start]!.lower;
  if (
    (d === 'a' || d === 'an' || d === 'the') &&
    isPunct(toks[np.start - 1], ',') &&
    np.start - 2 >= floor &&
    ctx.name[np.start - 2] &&
    !isPlaceName(ctx, np.start - 2)
  ) {
    const named = phraseEndingAt(ctx, np.start - 2, floor);
    if (named) return withNamed(ctx, named);
  }
  // "criticism from consumer groups, which argued": the pronoun refers to the speaker ("who"
  // to a person even after a document: "testimony from a chemist who challenged")
  const head = headClass(ctx, np.head);
  if (
    np.head !== j &&
    (head === 'other' ||
      head === 'nonAgent' ||
      (head === 'document' && toks[k]!.lower === 'who')) &&
    (headClass(ctx, j) !== 'other' || agentiveNoun(ctx.tokens[j]!.lower))
  ) {
    const near = phraseEndingAt(ctx, j, floor, false);
    if (near) return withNamed(ctx, near);
  }
  return withNamed(ctx, np);
}

/** Singular forms of `be`, `have` and `do`: `which is why`, `which has meant`. */
const SINGULAR_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);

/** Plurals in form that take a singular verb: `the news, which says`. */
const SINGULAR_PLURALS = /(?:ics|news|series|species|headquarters|means|whereabouts)$/;

/**
 * Whether `, which` at `k` stands for the whole clause before it, not for the plural noun at
 * `head` whose phrase ends at `last`: its verb is singular ("funded by companies or university groups, which
 * suggests that", "prices rose by a third in two years, which is why"), so the noun, a plural,
 * is not its subject and credits nothing ("the groups, which say" is the groups').
 */
function sententialWhich(ctx: Context, k: number, head: number, last: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]!.lower !== 'which' || !isPunct(toks[k - 1], ',')) return false;
  // (the head and the last word, which the pronoun may stand for instead: "figures from the
  // operator, which says" is the operator's)
  for (const at of last === head ? [head] : [head, last]) {
    const noun = toks[at]!;
    if (!isPluralNoun(noun) || SINGULAR_PLURALS.test(noun.lower) || ctx.name[at]) return false;
  }
  let v = k + 1;
  while (isAdverb(toks[v]) && v < k + 3) v++;
  const verb = toks[v];
  if (!verb || verb.kind !== 'word') return false;
  if (SINGULAR_AUX.has(verb.lower)) return true;
  // a verb in -s that is not a plural noun's: `suggests`, `shows`, `means`
  return (verb.f & F.REPORT) !== 0 && /[^s]s$/.test(verb.lower);
}

/** Subject pronouns, which a noun phrase never follows inside its own clause. */
const SUBJECT_PRONOUNS = ruleWords('personalSubjectPronouns');

/**
 * Whether the phrase found at `start` follows a subject pronoun (adverbs between): then it is
 * the pronoun's predicate read as a noun phrase, "It also lets smoke escape, which can tip off",
 * and the relative stands for that clause, not for a phrase of it.
 */
function afterSubjectPronoun(ctx: Context, start: number, floor: number): boolean {
  let k = start - 1;
  while (k >= floor && k >= start - 3 && isAdverb(ctx.tokens[k])) k--;
  return k >= floor && SUBJECT_PRONOUNS.has(ctx.tokens[k]?.lower ?? '');
}

/**
 * A subject relative clause ending right before the verb: `who`/`which`/`whose` at most eight
 * tokens left of `from`, followed by its own verb; returns the antecedent of the pronoun.
 */
export function relativeAntecedent(
  ctx: Context,
  s: Sentence,
  from: number,
  floor: number,
): SubjectResult {
  const toks = ctx.tokens;
  for (let k = from - 1; k >= floor && k >= from - 8; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if (t.kind !== 'word') continue;
    // "The pastor of the church that runs the centre said": `that` right after a noun and
    // right before a verb opens a subject relative clause of the phrase before it
    const relative = t.lower === 'that' && thatRelative(ctx, k, floor);
    if (!relative && !(t.lower === 'who' || t.lower === 'which' || t.lower === 'whose')) continue;
    // (nested in a `who` clause: "The officer who arrested the man who attacked her said")
    const outer = outerWho(ctx, k, floor);
    if (outer >= 0) return asSource(antecedent(ctx, s, outer));
    if (relative) return thatAntecedent(ctx, s, k, floor);
    // "which Amazon founder Jeff Bezos said": the phrase is the relative clause's own subject
    if (k + 1 === from && t.lower === 'which') return null;
    const r = antecedent(ctx, s, k);
    return asSource(r);
  }
  return null;
}

/**
 * The subject a `that` relative clause at `k` belongs to: the whole phrase before it, with its
 * post-modifiers (`The warden of the hostel` + `that houses the pilgrims`).
 */
function thatAntecedent(ctx: Context, s: Sentence, k: number, floor: number): SubjectResult {
  const r = asSource(antecedent(ctx, s, k));
  if (!r) return null;
  let np = r.np;
  const toks = ctx.tokens;
  for (let guard = 0; guard < 2 && POST_PREPS.has(toks[np.start - 1]?.lower ?? ''); guard++) {
    const outer = np.start - 2 >= floor ? phraseEndingAt(ctx, np.start - 2, floor) : null;
    if (!outer) break;
    np = withEnd(outer, np.end);
  }
  return np === r.np ? r : withNamed(ctx, np);
}

/**
 * Whether `that` at `k` opens a subject relative clause: a noun of an actor or body right before
 * it (`the church that runs`), a verb right after it (`that runs`, `that has`, `that owned`).
 */
function thatRelative(ctx: Context, k: number, floor: number): boolean {
  const toks = ctx.tokens;
  const next = toks[k + 1];
  if (k - 1 < floor || !next || next.kind !== 'word' || ctx.name[k + 1]) return false;
  // (a past form that is also a participle only before its object: "the contractor that built
  // the bridge", not "warned that paid staff")
  const object = toks[k + 2];
  const verb =
    isAuxAt(ctx, k + 1) ||
    (isFinitePast(next) &&
      (!isParticipleWord(next) || (!!object && (isDet(object) || isQuant(object))))) ||
    (/[a-z]{3}s$/.test(next.lower) &&
      !next.lower.endsWith('ss') &&
      (next.f & (F.FUNC | F.ACTOR)) === 0) ||
    baseFormPast(ctx, k + 1);
  if (!verb) return false;
  const cls = headClass(ctx, k - 1);
  if (cls === 'nonAgent' || cls === 'document') return false;
  if (cls !== 'other') return true;
  // (a noun of no listed class: "the church that runs"; not a verb: "warned that rises")
  const w = toks[k - 1]!;
  if (w.kind !== 'word' || isVerbLike(w) || (w.f & (F.REPORT | F.FUNC)) !== 0) return false;
  const np = phraseEndingAt(ctx, k - 1, floor);
  return !!np && np.end === k && np.start < k - 1;
}

/**
 * Whether the word at `k` is the past of an act verb spelled like its present (`bid`, `cut`,
 * `hit`, `quit`), with an object, a preposition or the clause's end after it: `the supplier that
 * bid for the work`, `a firm that bid and lost` (not `that bid documents`, a demonstrative and a
 * noun). After a singular noun the present would be `bids`.
 */
function baseFormPast(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!;
  if (!ACT_PAST.has(w.lower) || isFinitePast(w) || isParticipleWord(w)) return false;
  const after = toks[k + 1];
  return (
    !after ||
    isPunct(after) ||
    isDet(after) ||
    isQuant(after) ||
    isPrep(after) ||
    after.kind === 'num' ||
    after.lower === 'and'
  );
}

/**
 * Looks left from `j` (within the clause) for a relative word and returns its antecedent: `who`,
 * `that`, `which`, `whose` ("Two growers whose crops were lost said") or `where` after a place
 * ("Doctors at the clinic where the boy was treated said").
 */
export function relativeSearch(ctx: Context, s: Sentence, j: number, floor: number): SubjectResult {
  for (let k = j; k >= floor; k--) {
    const t = ctx.tokens[k]!;
    if (isPunct(t, ',') || isQuote(t)) break;
    if (t.kind === 'word' && RELATIVE_WORDS.has(t.lower)) {
      // (`where` and `whose` take a clause with a subject of its own, which a comma before them
      // sets aside: "in the north-west, where several trusts are said to have stopped")
      if ((t.lower === 'where' || t.lower === 'whose') && isPunct(ctx.tokens[k - 1], ',')) break;
      // "who spoke on the condition that they not be named said": the terms a source spoke on
      // take a clause, no relative one
      if (t.lower === 'that' && TERMS.has(ctx.tokens[k - 1]?.lower ?? '')) continue;
      // "A witness who lives on the street where the boy died said", "The officer who arrested
      // the man who attacked her said": a clause nested in a `who` clause modifies a noun inside
      // it; the outer clause's antecedent is the subject
      const outer = outerWho(ctx, k, floor);
      const r = antecedent(ctx, s, outer >= 0 ? outer : k);
      if (r) return r;
    }
  }
  return null;
}

/**
 * The leftmost `who` or `whose` before the relative word at `k` in its clause (no comma or
 * quotation between), or -1.
 */
function outerWho(ctx: Context, k: number, floor: number): number {
  let found = -1;
  for (let q = k - 1; q >= floor && q >= k - 12; q--) {
    const t = ctx.tokens[q]!;
    if (isPunct(t) || isQuote(t)) break;
    if (t.lower === 'who' || t.lower === 'whose') found = q;
  }
  return found;
}

/** Words that open a relative clause after the phrase they modify. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'where', 'which', 'who', 'whose']);

/** Nouns of the terms a source speaks on, which take a `that` clause: `on the condition that`. */
const TERMS = ruleWords('termsThat');

/** Relative pronouns that stand only for people: `who`, `whom`. */
const PERSON_RELATIVES: ReadonlySet<string> = new Set(['who', 'whom']);
