/**
 * The other party of a deal, talks or an engagement: "sell a stake to a Gulf investor", "in
 * talks with at least two buyout firms", "is working with an adviser", "has hired advisers". A
 * body that trades or negotiates with a particular party it does not name withholds who acts
 * with it; the market it trades with in general does not ("sells its coffee to customers").
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';

/** Words of selling and lending, whose `to` phrase is the other party: `sell`, `stake`, `loans`. */
const SALE_WORDS = ruleWords('saleWords');
/** Words of negotiating and agreeing, whose `with` phrase is the other party: `talks`, `deal`. */
const TALK_WORDS = ruleWords('talkWords');
/** Advisers a body engages: `an adviser`, `lawyers`, `bankers`. */
const PROFESSIONAL_ADVISERS = ruleWords('professionalAdvisers');
/** Verbs of working with someone: `working with`, `partnered with`. */
const COOPERATION_VERBS = ruleWords('cooperationVerbs');
/** Verbs of taking someone on for a task, whose object is the party engaged: `hired`. */
const ENGAGING_VERBS = ruleWords('engagingVerbs');
/** Verbs of seeking a body out as a party: `approached`, `courted`. */
const APPROACH_VERBS = ruleWords('approachVerbs');
/** Determiners of one particular party: `a`, `an`, `another`, `one`. */
const ONE_PARTY = ruleWords('indefinite');
/** Words of a wish, a plan or a possibility: the party is only looked for (`hopes to sell`). */
const UNREAL_WORDS = ruleWords('unrealWords');
const NUMBER_WORDS = ruleWords('numberWords');
/** Words that start a quantified phrase: `about 600`, `nearly 40`. */
const QUANTITY_STARTS = ruleWords('quantityStarts');

/**
 * Whether `np` is a body a body hires or retains: the object right after `hired`, `retained`,
 * `has engaged`, through adverbs ("has reportedly hired a second legal team", "hired an outside
 * firm to investigate"). The hiring body acts; the firm it takes on does nothing the story tells
 * of yet. The labelled sets leave such a firm unlabelled (set-ad, set-ag) or optional (the anon
 * sets' "hired a bank", "a top legal team"), never required. Hired advisers stay a party
 * (`counterparty`): anon set-a requires them where later sets make them optional.
 */
export function engagedBody(ctx: Context, s: Sentence, np: NounPhrase, cls: HeadClass): boolean {
  if (cls !== 'organisation') return false;
  const toks = ctx.tokens;
  let k = np.start - 1;
  while (k > s.first && isAdverb(toks[k])) k--;
  return k >= s.first && (listsOf(toks[k]) & IN_ENGAGING) !== 0;
}

/**
 * Whether `np` (of class `cls`) is the other party of a deal or talks the clause tells of, or the
 * party a body engaged: a particular one (`a`, `another`, a count in words) after `to` and a word
 * of selling or paying, after `through` or `via` and a word of routing, or after `with` and a
 * word of negotiating or working, in its clause; or the object
 * of `hired`, `retained`: advisers (not "hired a new coach", "hired relatives": whom it
 * employs; nor a firm, `engagedBody`).
 */
export function counterparty(ctx: Context, s: Sentence, np: NounPhrase, cls: HeadClass): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  const before = toks[np.start - 1];
  if (!before || np.start - 1 < s.first) return false;
  const particular = (listsOf(first) & IN_ONE_PARTY) !== 0 || countedParty(ctx, np);
  // "has hired advisers", "retained two law firms" (not "hired about 600 nurses": a quantity)
  if ((listsOf(before) & IN_ENGAGING) !== 0) {
    if (first.kind === 'num' || (listsOf(first) & IN_QUANTITY_STARTS) !== 0) return false;
    return (listsOf(toks[np.head]) & IN_ADVISERS) !== 0;
  }
  // "approached at least two sovereign wealth funds", "has courted a Gulf investor": a particular
  // body sought out as a party (not "approached a woman": whom one walks up to)
  if ((listsOf(before) & IN_APPROACH) !== 0)
    return particular && cls === 'organisation' && !unrealBefore(ctx, s, np.start - 1);
  const p = before.lower;
  if (!particular) return false;
  // "paid $12 million to a consultancy", "leaking files to a property developer": whom money or
  // goods went to; "routed through a shell company", "registered through a law firm": the body a
  // deal went through
  // "took bribes from a construction firm", "bought the rifles from a dealer": whom money or
  // goods came from
  let deal: number;
  if (p === 'to') deal = IN_SALE;
  else if (p === 'with') deal = IN_TALK;
  else if (p === 'through' || p === 'via' || p === 'from') deal = 0;
  else return false;
  // ("coordinated with a foreign lobbying firm", "shared the data with at least one betting
  // company": a body that one colluded or shared with, one party as after `paid ... to`)
  const words = p === 'to' ? PAYING : p === 'from' ? RECEIVING : p === 'with' ? COLLUDING : ROUTING;
  for (let k = np.start - 2; k >= s.first && k >= np.start - 12; k--) {
    const t = toks[k]!;
    const lists = listsOf(t);
    if (
      (lists & deal) !== 0 ||
      // (one body, not "paid tribute to a colleague", "routed through several banks", nor one
      // known through its owner: "awarded to a firm owned by his sister")
      (words.has(t.lower) &&
        cls === 'organisation' &&
        // (a count too after `from` and `with`: "with at least one betting company")
        ((listsOf(first) & IN_ONE_PARTY) !== 0 || (p !== 'to' && words !== ROUTING)) &&
        !SOME.has(first.lower) &&
        !ownedBy(ctx, np))
    )
      return !unrealBefore(ctx, s, k);
    if (isPunct(t) || t.kind === 'quote' || (t.f & F.REPORT) !== 0) return false;
    if (unreal(t)) return false;
    // ("is working with an adviser": the verb right before `with`)
    if ((lists & IN_COOPERATION) !== 0 && p === 'with' && onlyAdverbs(ctx, k + 1, np.start - 1))
      return !unrealBefore(ctx, s, k);
  }
  return false;
}

/** Vague many: `some`, `several`. */
const SOME: ReadonlySet<string> = new Set(['several', 'some']);

/** Participles that tie a body to its owner: `owned`, `run`, `controlled`. */
const OWNING: ReadonlySet<string> = new Set([
  'controlled',
  'founded',
  'headed',
  'led',
  'owned',
  'part-owned',
  'run',
]);

/** Whether `np` is followed by a participle of owning and `by`: "a firm owned by his sister". */
function ownedBy(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (isAdverb(toks[k])) k++;
  return OWNING.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'by';
}

/**
 * Words of paying or handing over to someone: `paid`, `payments`, `leaked`; and of passing goods
 * or data on to one body, `passed`, `exported`, `distributed` (not `awarded`, work given to a
 * contractor: counterparty.test.ts; nor `sent`, which sends people to a place too: "Staff were
 * sent to a school").
 */
const PAYING: ReadonlySet<string> = new Set([
  'channelled',
  'channeled',
  'distributed',
  'exported',
  'funnelled',
  'funneled',
  'leaked',
  'leaking',
  'paid',
  'passed',
  'paying',
  'payment',
  'payments',
  'transferred',
  'transfers',
  'wired',
]);

/**
 * Words of taking money or goods from someone, whose `from` phrase is the giver: `bribes`,
 * `bought`, `kickbacks` (not `received`, `heard`: whatever came, or a message).
 */
const RECEIVING: ReadonlySet<string> = new Set([
  'bought',
  'bribe',
  'bribes',
  'buying',
  'donations',
  'kickbacks',
  'purchased',
  'purchasing',
]);

/**
 * Words of acting together in secret or passing something on, whose `with` phrase is the other
 * party: `coordinated`, `colluded`, `shared` (not `met`, `spoke`: a cue's or a visit's).
 */
const COLLUDING: ReadonlySet<string> = new Set([
  'colluded',
  'colluding',
  'collusion',
  'conspired',
  'conspiring',
  'coordinated',
  'coordinating',
  'shared',
  'sharing',
]);

/** Words of a deal made through a go-between: `routed`, `registered`, `chartered`, `recruited`. */
const ROUTING: ReadonlySet<string> = new Set([
  'arranged',
  'brokered',
  'channelled',
  'channeled',
  'chartered',
  'funnelled',
  'funneled',
  'laundered',
  'purchased',
  'recruited',
  'registered',
  'routed',
]);

/**
 * Whether a word of a wish, a plan, a possibility or a rumour stands in the clause before the deal
 * word at `k`: "hopes to sell the farm to a buyer", "could sell the club to a consortium", "is
 * believed to be in talks with a label" look for a party, or tell of one only as rumoured.
 */
function unrealBefore(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q >= s.first && q >= k - 10; q--) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    // ("a source said the label was in talks with two streamers": the cue's content clause
    // starts after it; but "is said to be in talks" only rumours them)
    if ((t.f & (F.REPORT | F.RAISING)) !== 0 && toks[q + 1]?.lower !== 'to')
      return (listsOf(t) & IN_UNREAL) !== 0 || (t.f & F.HEDGE) !== 0;
    if (unreal(t) && !reportedPast(ctx, q)) return true;
  }
  return false;
}

/**
 * Whether the raising word at `q` reports a past deed with a perfect infinitive: "are said to have
 * been registered through a law firm", "is believed to have sold it to a collector" tell of a deal
 * done, where "is said to be in talks" only rumours one (not "hopes to have sold": a wish).
 */
function reportedPast(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  return (
    (toks[q]!.f & F.RAISING) !== 0 && toks[q + 1]?.lower === 'to' && toks[q + 2]?.lower === 'have'
  );
}

/**
 * Whether `t` makes a deal only wished for, planned, possible or rumoured: `hopes`, `could`,
 * `'d`, `rumours`, a hedge (`reportedly`) or a raising participle (`is believed to be in talks`).
 */
function unreal(t: Token): boolean {
  return (
    (listsOf(t) & IN_UNREAL) !== 0 || (t.f & (F.HEDGE | F.RAISING)) !== 0 || t.lower.endsWith("'d")
  );
}

/** Whether only adverbs stand in `[a, b)`. */
function onlyAdverbs(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isAdverb(ctx.tokens[k])) return false;
  return true;
}

/**
 * Whether the phrase opens with a count of parties in words: `two firms`, `at least two buyout
 * firms`, `at least one` (digits count a quantity: "hired 600 nurses").
 */
function countedParty(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.start;
  if (toks[k]!.lower === 'at' && toks[k + 1]?.lower === 'least') k += 2;
  const t = toks[k];
  return !!t && k < np.head && (listsOf(t) & (IN_NUMBER_WORDS | IN_ONE_PARTY)) !== 0;
}

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  SALE_WORDS,
  TALK_WORDS,
  PROFESSIONAL_ADVISERS,
  COOPERATION_VERBS,
  ENGAGING_VERBS,
  ONE_PARTY,
  UNREAL_WORDS,
  NUMBER_WORDS,
  QUANTITY_STARTS,
  APPROACH_VERBS,
]);
const IN_SALE = 1 << 0;
const IN_TALK = 1 << 1;
const IN_ADVISERS = 1 << 2;
const IN_COOPERATION = 1 << 3;
const IN_ENGAGING = 1 << 4;
const IN_ONE_PARTY = 1 << 5;
const IN_UNREAL = 1 << 6;
const IN_NUMBER_WORDS = 1 << 7;
const IN_QUANTITY_STARTS = 1 << 8;
const IN_APPROACH = 1 << 9;
