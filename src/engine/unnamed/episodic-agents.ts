/**
 * People who are the agent of an active clause that tells of a particular event: "Parents have
 * started a petition", "Holidaymakers came to blows", "said crews went door to door",
 * "Volunteers were filling sandbags". ANNOTATION.md section 2: a bare or definite group noun
 * used as an unidentified agent is `unnamed`; a generic class in a general statement is
 * optional, and victims, recipients and the public are not labelled.
 *
 * The test is the clause, not the noun: any person noun (the head classes' `person`) that is
 * the subject of an active verb group in an episodic form (a past, a perfect or a progressive)
 * of a verb that is an act (not a state, a feeling, a harm undergone, nor only coming, waiting
 * or receiving). Left alone: the generic or habitual present ("Parents worry about fees"), a
 * modal or a supposition ("Volunteers could help", "if residents signed"), a negated act ("had
 * not signed"), a passive ("two volunteers were asked to move": acted on), objects and
 * by-phrase patients (the position is not `subject`), and the public in general (`voters`,
 * `readers`, a bare `people`).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isNegation, isPrep, isPunct } from '../context';
import { F, HEDGE_WORDS, reportingVerb, ruleWords, STATIVE_PARTICIPLES } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { namedSpeaker, personSpeaker, pastAct, progressiveAct } from './content-subject';
import { STATE_PAST } from './verb-lexicon';
import { DEFINITE, PUBLIC } from './group-acts';
import { pastPickingClause } from './position';

/** Verbs of only coming, waiting or receiving: `gathered`, `queued`, `received`. */
const COMING = ruleWords('comingAndReceivingVerbs');
/** A body's own people (`staff`, `crews`, `members`): a named speaker's own are optional. */
const OWN_PEOPLE = ruleWords('ownPeople');
/** Words that make the clause a supposition: `if`, `unless`, `whether`. */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);
/**
 * Determiners of people the story knows or of none: `the`, `his`, `their`, `those`, `neither`
 * (a definite mention is the entities' and the repeat rules' to judge).
 */
const NOT_NEW: ReadonlySet<string> = new Set([
  ...DEFINITE,
  'each',
  'every',
  'neither',
  'no',
  'none',
]);
/** Counts and indefinites that bring in particular people: `a`, `one`, `two`, `some`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

/**
 * Whether `np`, a person phrase at `pos` in its clause, is the agent of an active clause that
 * tells of a particular event (see the file's head).
 */
export function episodicAgent(ctx: Context, s: Sentence, np: NounPhrase, pos: string): boolean {
  if (pos !== 'subject' && pos !== 'copula') return false;
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const first = toks[np.start]!;
  // (the public, a known or no one's people, a headline's shorthand; one person with no
  // determiner is a name-like word: "Dad forgot")
  if (PUBLIC.has(head) || NOT_NEW.has(first.lower) || isHeadline(ctx, s)) return false;
  if (np.start === np.head && !pluralHead(head)) return false;
  // (a name in the phrase identifies the people or places them in a named body: "The crew of
  // the ferry Morna Bay", "Workers at a Brightway depot"; a place only places them)
  // (a workforce's own body or route in the phrase makes its people the body's, decision 80;
  // members, customers and supporters are only placed by a name: "Customers of the Ostby
  // branch", "Athletic supporters", decisions 80 and 91)
  const workforce = WORKFORCE.has(head);
  for (let k = np.start; k < np.end; k++) {
    if (k < np.head && toks[k]!.kind === 'pos') return false;
    if (workforce && ctx.name[k]) return false;
    // ("members of his family": known through someone the story knows)
    if (k > np.head && NOT_NEW.has(toks[k]!.lower) && toks[k]!.lower !== 'the') return false;
  }
  // a subject, not the object of a verb or a preposition before it ("a bus carrying 31 pupils
  // left the road", "left members divided"), nor a supposition's ("if residents signed")
  if (objectBefore(ctx, s, np.start)) return false;
  // (a clause that defines a place by what goes or went on there is background, not the story's
  // event: "In the square where, a year ago, farmers sold apples, nothing moves")
  if (definingWhere(ctx, s, np.start)) return false;
  // (the second of two coordinated nouns shares the first's judgement: "More than 180 drivers
  // and loaders voted", a crowd counted)
  const joined = toks[np.start - 1]?.lower;
  if ((joined === 'and' || joined === 'or') && !isPunct(toks[np.start - 2])) return false;
  // (a measure: "how many residents had left", "as many fans as")
  if (MEASURING.has(toks[np.start - 1]?.lower ?? '')) return false;
  // (a body's own people in what the body, its spokesperson or a named person of it says are
  // optional, decisions 65 and 79: "The forum's secretariat said members had reaffirmed")
  if (
    OWN_PEOPLE.has(head) &&
    cueBefore(ctx, s, np.start) &&
    (namedSpeaker(ctx, s, np.start) || !personSpeaker(ctx, s, np.start))
  )
    return false;
  const k = verbAt(ctx, s, np);
  if (k >= s.last) return false;
  // (a negated act tells of none: "had not signed", "never registered")
  for (let q = np.end; q < s.last && q <= k + 3; q++) {
    const t = toks[q]!;
    if (isNegation(t) || t.lower === 'no') return false;
    if (q >= k && !isAux(t) && !isAdverb(t)) break;
  }
  const v = toks[k]!;
  // a progressive: in the past, or in the present of people counted or brought in new ("a
  // player is shouting at him"; "Families are choosing between ..." is a present state of a class)
  if (progressiveAct(ctx, s, k) && doingIng(ctx, s, k)) {
    if (v.lower === 'was' || v.lower === 'were' || v.lower === 'had') return true;
    return INDEFINITE.has(first.lower) || NUMBER_WORDS.has(first.lower) || first.kind === 'num';
  }
  if (pos !== 'subject') return false;
  // (a copula or a modal is no act: "were unable", "would be moved"; a cue's subject is a
  // source, for the cue rules)
  if ((v.f & (F.BE | F.REPORT)) !== 0 || (isAux(v) && !HAVE.has(v.lower))) return false;
  // ("Cabin crew had to restrain a passenger": a past obligation met is an act)
  if (v.lower === 'had' && toks[k + 1]?.lower === 'to') return actVerb(toks[k + 2]);
  if (!pastAct(ctx, s, k)) return false;
  let p = k;
  if (HAVE.has(v.lower)) p++;
  while (p < s.last && isAdverb(toks[p])) p++;
  const act = toks[p];
  if (!act || (act.f & F.REPORT) !== 0) return false;
  // (a refusal to go is staying put, no act: "families had refused to leave")
  if (toks[p + 1]?.lower === 'to' && COMING_LEMMAS.has(toks[p + 2]?.lower ?? '')) return false;
  // (only coming or waiting is no act, unless it is done for one: "gathered at the spot to lay
  // flowers", "gathered outside, demanding answers")
  // (whose purpose also shows the verb is the clause's, not a participle that picks the group
  // out, unless an auxiliary follows: "Residents gathered outside were moved")
  if (COMING.has(act.lower)) return purposeAct(ctx, s, p + 1) && !auxAhead(ctx, s, p + 1);
  // (a state, a want, a feeling or a loss: "wanted a refund", "had lost their homes"; but a
  // deal or a count is done: "bought", "counted the ballots")
  if (STATE_PAST.has(act.lower) && !DONE.has(act.lower)) return false;
  // (a participle that picks the group out: "customers affected would not be charged",
  // "Players ranked below 250 earn")
  const after = toks[p + 1];
  if (
    p === k &&
    ((isPrep(after) && (STATIVE_PARTICIPLES.has(act.lower) || toks[p + 2]?.kind === 'num')) ||
      auxAhead(ctx, s, p + 1))
  )
    return false;
  return true;
}

const HAVE: ReadonlySet<string> = new Set(['had', 'has', 'have']);
/** A body's workforce, whom a named body in the phrase makes its own (decision 80). */
const WORKFORCE: ReadonlySet<string> = new Set([
  'crew',
  'crews',
  'employees',
  'personnel',
  'staff',
  'staffers',
  'workers',
]);
/**
 * Pasts of verbs the lexicon files as states (`count`, `buy`, `meet`) that tell of a thing done
 * when people do them in a story: "counted the ballots", "bought the land", "met the minister".
 */
const DONE: ReadonlySet<string> = new Set([
  'bought',
  'caught',
  'counted',
  'invested',
  'met',
  'sold',
  'traded',
  'visited',
  'went',
  'won',
]);

/**
 * Whether the progressive at `k` has an `-ing` form of a deed, not of a rest, a cost borne or a
 * feeling ("were sitting in the hall", "were paying more", "were falling behind"), nor an
 * adjective of readiness ("were unable to").
 */
function doingIng(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let q = k + 1;
  while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]) || toks[q]!.kind === 'quote')) q++;
  const w = toks[q]?.lower ?? '';
  return w.length > 5 && w.endsWith('ing') && !NOT_DOING.has(w);
}

/** Progressives of a rest, a cost, a loss or a feeling: `sitting`, `paying`, `falling`. */
const NOT_DOING: ReadonlySet<string> = new Set([
  'falling',
  'feeling',
  'hoping',
  'living',
  'paying',
  'sitting',
  'sleeping',
  'standing',
  'staying',
  'suffering',
  'waiting',
  'wondering',
]);

/**
 * Whether the clause of a verb of coming, from `k` on, goes on to the deed it was for: an
 * infinitive of an act ("to lay flowers", "to chant") or an `-ing` participle of one after a comma
 * ("gathered outside the arena, demanding answers"); not a clause of its own ("after rumours
 * spread"), nor a place or a state ("came to their door", "to wait").
 */
function purposeAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q < k + 10; q++) {
    const t = toks[q]!;
    if (t.kind === 'quote' || CLAUSE_WORDS.has(t.lower)) return false;
    // (the infinitive with its object: "to lay flowers"; not "returned to work on Monday")
    if (t.lower === 'to') {
      const o = toks[q + 2];
      return actVerb(toks[q + 1]) && o !== undefined && o.kind === 'word' && !isPrep(o);
    }
    if (isPunct(t, ',')) return doingIng(ctx, s, q);
    if (isPunct(t)) return false;
  }
  return false;
}

/**
 * Whether the word before `at` (past quote marks) makes the phrase an object: a verb form
 * (`carrying`, `left`, `let`), a preposition other than one that opens a clause of time or reason
 * (`with`, not `after`), or a word of supposition (`if`, `unless`, `whether`).
 */
function objectBefore(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let j = at - 1;
  while (j >= s.first && toks[j]!.kind === 'quote') j--;
  const b = toks[j];
  if (j < s.first || !b || b.kind !== 'word' || ctx.name[j]) return false;
  const w = b.lower;
  if (SUPPOSING.has(w)) return true;
  if (SUBORDINATORS.has(w)) return false;
  if (isPrep(b)) return true;
  // (a verb of saying or believing opens its content, whose subject the phrase is: "said families
  // had paid the dean", "believe a maintenance worker left a tool"; not one that addresses or
  // judges people, "told residents", "blamed a tired crew")
  if ((b.f & F.REPORT) !== 0 && !ADDRESSING.has(w) && reportingVerb(b)?.cue !== 'stance')
    return false;
  if ((b.f & (F.DET | F.PRON | F.AUX | F.FUNC)) !== 0) return false;
  return (b.f & F.IRREGULAR) !== 0 || /[a-z](?:ed|ing)$/.test(w) || OBJECT_VERBS.has(w);
}

/**
 * Whether the phrase at `at` is the subject of a defining relative `where` clause: `where` right
 * after a noun of a phrase (a determiner or a preposition before it, no comma between), past an
 * aside between commas ("the square where, a year ago, farmers"). A defining clause picks the
 * place out by what is known to go on there; one after a comma may tell what happened next
 * ("taken to a school, where volunteers handed out cots"), and `where` after a verb asks a
 * question ("asked where crews had gone").
 */
function definingWhere(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  let j = at - 1;
  if (isPunct(toks[j], ',')) {
    j--;
    while (j > s.first && j > at - 8 && !isPunct(toks[j], ',')) j--;
    if (!isPunct(toks[j], ',')) return false;
    j--;
  }
  if (j - 2 < s.first || toks[j]!.lower !== 'where') return false;
  // the place noun and the words before it back to its determiner or preposition
  for (let q = j - 1; q >= s.first && q >= j - 4; q--) {
    const t = toks[q]!;
    if (q < j - 1 && (t.kind === 'pos' || (t.f & (F.DET | F.PREP)) !== 0)) return true;
    if (t.kind !== 'word' || (t.f & (F.FUNC | F.AUX | F.REPORT | F.IRREGULAR)) !== 0) return false;
    if (/[a-z](?:ed|ing)$/.test(t.lower)) return false;
  }
  return false;
}

/** Words before `many` that make it a measure: `how`, `as`, `so`, `too`. */
const MEASURING: ReadonlySet<string> = new Set(['as', 'how', 'so', 'too']);

/** Words that open a clause of time or reason: `after`, `as`, `before`, `when`. */
const SUBORDINATORS = ruleWords('eventSubordinators');
/** Verbs of telling or asking people: `told`, `warned`, `asked` (their object is an addressee). */
const ADDRESSING = ruleWords('addressing');
/** Short verbs whose object may be people: `let`, `made`, `saw`, `told`. */
const OBJECT_VERBS: ReadonlySet<string> = new Set(['help', 'helps', 'let', 'lets', 'made', 'saw']);

/**
 * Whether an auxiliary follows a past form at `k` in its clause, which makes that form a
 * participle that picks the group out ("residents on the two worst-affected floors would be
 * moved", "customers affected will not be charged").
 */
function auxAhead(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q < k + 6; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote' || CLAUSE_WORDS.has(t.lower)) return false;
    if (isAux(t)) return true;
  }
  return false;
}

/** Words that open a clause of their own, whose verbs are not the phrase's: `that`, `and`. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'after',
  'and',
  'as',
  'because',
  'before',
  'but',
  'that',
  'until',
  'when',
  'which',
  'while',
  'who',
]);

/** Whether a reporting verb stands before `at` in the sentence (not a noun: "the report"). */
function cueBefore(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  for (let k = at - 1; k > s.first; k--) {
    const t = toks[k]!;
    if ((t.f & F.REPORT) !== 0 && !t.cap && (toks[k - 1]!.f & F.DET) === 0) return true;
  }
  return false;
}

/** Whether `t` is a plain verb of an act after `had to`: "had to restrain" (not "had to be"). */
function actVerb(t: Token | undefined): boolean {
  return (
    t !== undefined &&
    t.kind === 'word' &&
    (t.f & (F.AUX | F.DET | F.PREP | F.PRON | F.QUANT)) === 0 &&
    !STATE_LEMMAS.has(t.lower) &&
    !COMING_LEMMAS.has(t.lower)
  );
}

/** Plain verbs of a state or a wait after `had to`: "had to wait", "had to leave". */
const STATE_LEMMAS = ruleWords('verbStates');
const COMING_LEMMAS: ReadonlySet<string> = new Set(['come', 'go', 'leave', 'flee', 'stay']);

/** Whether a head noun is plural: `fans`, `men`, `passers-by`, `staff`, `crew`. */
function pluralHead(head: string): boolean {
  const dash = head.indexOf('-');
  const w = dash > 0 ? head.slice(0, dash) : head;
  return (
    (w.endsWith('s') && !w.endsWith('ss')) ||
    w.endsWith('men') ||
    w === 'people' ||
    w === 'children' ||
    w === 'staff' ||
    w === 'crew' ||
    w === 'personnel'
  );
}

/** The first word of the verb group after `np`: past a picking clause, an aside and adverbs. */
function verbAt(ctx: Context, s: Sentence, np: NounPhrase): number {
  const toks = ctx.tokens;
  let k = pastPickingClause(ctx, s, np, np.end);
  if (isPunct(toks[k], ',')) {
    let q = k + 1;
    while (q < s.last && !isPunct(toks[q], ',') && !isPunct(toks[q], '.')) q++;
    if (isPunct(toks[q], ',')) k = q + 1;
  }
  while (k < s.last && (isAdverb(toks[k]) || HEDGE_WORDS.has(toks[k]!.lower))) k++;
  return k;
}
