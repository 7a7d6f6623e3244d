/**
 * People not counted as actors by their noun who do a deliberate act of a group in the story:
 * "More than 1,300 residents signed an online petition", "Two schoolboys pulled the driver from the
 * car", "a passer-by called police", "Hundreds of fans booed the minister", "Pensioners have
 * raised £4,000", "Protesters are blocking the entrance", the headline "Parishioners Block
 * Closure". ANNOTATION.md's unnamed actor is a group "that acts ... in the story"; decisions 90,
 * 103, 125, 147 and 162 of eval/labelled/DECISIONS.md make crowds that chant, boo, sign,
 * organise, film, lay flowers, help lift or clear a required `unnamed`, and decision 158 the
 * victims who act.
 *
 * The act is told by the verb: a verb-class list (`groupActs` in the rule words: acts of
 * protest, crime and force, help and rescue, organising and signing, filming and posting) in a
 * past, perfect or progressive form, or a headline's present. The people are a specific group of
 * the story: a bare plural, a count or an indefinite, not a definite mention (the entities decide
 * repeats). Left alone, as the decisions leave them optional or unlabelled: what the sentence only
 * describes (states, wants, needs, abilities, costs: no verb of the class), a habit or a general
 * truth (the present outside a headline: "Fans often block the road"), a supposition ("if
 * residents signed"), a negated act ("have not signed"; decision 125's bodies that do not act),
 * the public and an electorate (decisions 99, 138: "voters", "taxpayers", "users"), people who
 * only come, flee or are moved (not in the class; decisions 85, 103), and victims (passives of
 * harm are no active act of the class; decision 102).
 */
import type { Context } from '../context';
import { isAdverb, isHeadline } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { opensClause } from './content-subject';
import { patronHead } from './patrons';
import { pastPickingClause } from './position';
import { infinitiveAct } from './raised-group';
import { ACT_ING, ACT_PAST, ACT_PRESENT } from './verb-lexicon';

/**
 * Heads that are the public, an electorate or an audience, never a withheld group (decisions 99,
 * 138), and a bare `people` (pronoun-like, decision 176).
 */
export const PUBLIC: ReadonlySet<string> = new Set([
  'citizens',
  'consumers',
  'electors',
  'listeners',
  'people',
  'public',
  'ratepayers',
  'readers',
  'taxpayers',
  'users',
  'viewers',
  'voters',
]);

/** Determiners of a definite mention: `the`, `these`, `their` (other rules judge those mentions). */
export const DEFINITE: ReadonlySet<string> = new Set([
  'her',
  'his',
  'its',
  'my',
  'our',
  'that',
  'the',
  'their',
  'these',
  'this',
  'those',
  'your',
]);

/** Quantifiers of a share of everyone: `most`, `many`, `few`. */
const SHARES = new Set(['few', 'many', 'most']);

/** Words that make the clause a supposition: `if`, `unless`, `whether`. */
const SUPPOSING = new Set(['if', 'unless', 'whether']);

const HAVE = new Set(['had', 'has', 'have']);
/** Verbs of seeming before an infinitive: `appear`, `seemed`. */
const APPEAR = new Set(['appear', 'appeared', 'appears', 'seem', 'seemed', 'seems']);
const BE_PROGRESSIVE = new Set(['are', 'is', 'was', 'were']);
/** Marks right before the subject of a clause: a dateline's dash, a colon. */
const CLAUSE_MARKS = new Set([':', ';', '–', '—']);
/**
 * A body's own people (`staff`, `crews`, `members`, `customers`, `families`): what they do is
 * the body's or befalls its households (decisions 65, 91, 140), for other rules to judge.
 */
export const OWN_PEOPLE: ReadonlySet<string> = ruleWords('ownPeople');
/** Quantifiers of a whole group, which is a body's people, not some of them: `all`, `both`. */
const WHOLE = new Set(['all', 'both', 'each', 'every']);
const NEGATIONS = new Set(['never', 'not', "n't"]);

/**
 * Whether `np`, a subject person phrase (plural, counted or indefinite; not definite, not the
 * public), opens a verb group that tells of a deliberate act of the group (`groupActs`): a past,
 * a perfect, a progressive, or in a headline the present.
 */
export function groupActSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  const head = toks[np.head]!;
  // (a counted or described `people` is a crowd like any other: "More than 1,100 people signed
  // a petition", "Two people broke in"; only a bare one is pronoun-like, decision 176)
  // (but "Most people voted for change": a share of everyone is the public)
  const people = head.lower === 'people' && np.head > np.start && !SHARES.has(first.lower);
  if (
    DEFINITE.has(first.lower) ||
    (PUBLIC.has(head.lower) && !people) ||
    // (a body's own people, but not some of those it serves or befalls, counted: "Three families
    // contacted the paper", "Several customers sued"; patrons.ts)
    (OWN_PEOPLE.has(head.lower) && !(np.head > np.start && patronHead(ctx, np)))
  )
    return false;
  for (let k = np.start; k <= np.head; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  // a plural, or one person brought in by `a`, `an`, `one`, `another`
  const singular = !/s$/.test(head.lower) && !/(?:men|people|children|youth)$/.test(head.lower);
  if (singular && !INDEFINITE_ONE.has(first.lower)) return false;
  const before = toks[np.start - 1];
  if (SUPPOSING.has(before?.lower ?? '') || WHOLE.has(first.lower)) return false;
  // the subject of a clause of its own (at the start, after a fronted time, `when`, `after`,
  // `and` after a comma, a dateline's dash); what a cue reports is contentSubject's (a named
  // speaker's own people there are decision 65's: "Fire Chief Ann Roe said crews rescued")
  if (!opensClause(ctx, s, np.start) && !CLAUSE_MARKS.has(before?.lower ?? '')) return false;
  const headline = isHeadline(ctx, s);
  let k = pastPickingClause(ctx, s, np, np.end);
  k = skipAdverbs(ctx, s, k);
  const v = toks[k];
  if (!v || k >= s.last || v.kind !== 'word') return false;
  const w = v.lower;
  // "Parishioners Block Closure", "Fans Boo Minister": a headline's present is its past
  if (headline && ACT_PRESENT.has(w)) return true;
  // "In the footage, men in dark uniforms appear to herd people towards the river": what a
  // recording or a scene shows a group doing (raised-group.ts reads the infinitive)
  if (APPEAR.has(w) && toks[k + 1]?.lower === 'to') return infinitiveAct(ctx, s, k + 2);
  if (HAVE.has(w)) {
    const p = toks[(k = skipAdverbs(ctx, s, k + 1))];
    if (!p || NEGATIONS.has(p.lower)) return false;
    // "have been blocking the road"
    if (p.lower === 'been') return ingAct(toks[skipAdverbs(ctx, s, k + 1)]?.lower ?? '');
    return pastAct(p.lower);
  }
  // "are blocking the entrance", "were chanting": a group at it (not "were attacked"); one
  // person's present is a scene, not a group's act ("a woman is painting a heron")
  if (BE_PROGRESSIVE.has(w) && !(singular && w === 'is'))
    return ingAct(toks[skipAdverbs(ctx, s, k + 1)]?.lower ?? '');
  // (a headline's bare participle is a passive: "Three Players Suspended", "Detainees Beaten")
  return !headline && pastAct(w);
}

/** `a`, `an`, `one`, `another`: one person new to the story. */
const INDEFINITE_ONE = new Set(['a', 'an', 'another', 'one']);

/** The index of the first word at or after `k` that is no adverb (and no negation). */
function skipAdverbs(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k]) && !NEGATIONS.has(toks[k]!.lower)) k++;
  return k;
}

/** Whether `w` is a past form or participle of an act verb: `stormed`, `organised`, `dug`. */
function pastAct(w: string): boolean {
  return ACT_PAST.has(w);
}

/** Whether `w` is an `-ing` form of an act verb: `blocking`, `organising`, `digging`. */
function ingAct(w: string): boolean {
  return ACT_ING.has(w);
}
