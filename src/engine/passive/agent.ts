/**
 * Where a passive's agent is, or whether it goes on: a `by` agent after the participle, a list of
 * coordinated participles (`were beaten, held and denied care`), a verb later in the clause.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isOpenQuote,
  isContent,
  isPrep,
  isQuote,
  isPunct,
  isTimeWord,
  isWord,
} from '../context';
import { F, ruleWords, STATIVE_PARTICIPLES } from '../lexicon';
import { byMeans, repeatedAdverbial } from '../cues/by-agent';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { TWO_OBJECT_PARTICIPLES } from './states';
import { irregularReporting, isParticiple } from './participle';

/**
 * A participle coordinated with the passive ending at `from`, within its clause: "were beaten,
 * held in overcrowded cells and denied medical care", "were dismissed or lost", "being
 * interrogated at night and deprived of sleep". Its index, or -1. Not an active verb of the
 * same subject ("was treated and survived", "was arrested and confessed to the theft"): the
 * participle has no object of its own and is no verb of coming and going. `AGENT_OF_LIST` if it
 * has a `by` agent ("praised, cheered and applauded by the crowd").
 */
export function coordinatedParticiple(ctx: Context, s: Sentence, from: number): number {
  const toks = ctx.tokens;
  // ("was pictured arriving at the studio looking tired and drawn": a sighting's -ing clause
  // holds the rest, whose participles are its own)
  // (not "was caught speeding and banned from driving", two acts of one subject)
  const after = toks[from];
  if (
    PERCEIVED.has(toks[from - 1]?.lower ?? '') &&
    toks[from - 1]!.lower !== 'caught' &&
    after &&
    after.lower.length > 5 &&
    after.lower.endsWith('ing')
  )
    return -1;
  for (let q = from; q < s.last && q <= from + 8; q++) {
    const w = toks[q]!;
    const joint = w.lower === 'and' || w.lower === 'or' || isPunct(w, ',') || qualifiedBut(ctx, q);
    if (!joint) {
      // ('had been flagged in 2024 "and quietly parked."': a quotation that opens on the joint)
      if (isOpenQuote(w) && (toks[q + 1]?.lower === 'and' || toks[q + 1]?.lower === 'or')) continue;
      // (a new clause, verb group or quotation ends the search)
      if (isPunct(w) || isQuote(w) || (w.f & (F.BE | F.AUX)) !== 0 || CLAUSE_OPENERS.has(w.lower))
        return -1;
      continue;
    }
    let c = q + 1;
    // ('and "quietly shelved"', "but not escalated": a quotation or a negation before it)
    while (
      c < s.last &&
      (isAdverb(toks[c]) ||
        toks[c]!.lower === 'then' ||
        (c > q + 1 && toks[c]!.lower === 'not') ||
        (w.lower !== ',' && isOpenQuote(toks[c]) && c === q + 1))
    )
      c++;
    if (toks[c]?.lower === 'and' || toks[c]?.lower === 'or') c++;
    const p = toks[c];
    if (!p || c >= s.last || !isWord(p) || ctx.name[c] || !isParticiple(p.lower)) {
      if (isPunct(w, ',')) continue;
      // ("were promised in 2019 and 2021 and quietly shelved": a date joined to a date)
      if (p && (p.kind === 'num' || isTimeWord(p)) && !isPunct(w)) continue;
      return -1;
    }
    // (after a comma only inside a list that goes on to `and` and a participle: not "a claim
    // his agent denied", "The levee, which was built in 1960, failed")
    if (isPunct(w, ',') && !listGoesOn(ctx, s, c + 1)) return -1;
    if (STATIVE_PARTICIPLES.has(p.lower) || INTRANSITIVE_PAST.has(p.lower)) return -1;
    // (a reporting verb is a cue of its own, but "were handed a document and told to vote" is an
    // instruction given, decision 38)
    if (irregularReporting(p.lower) && !(p.lower === 'told' && toks[c + 1]?.lower === 'to'))
      return -1;
    // (no object: "confessed the theft", "demanded consular access" are active verbs; a verb
    // of giving keeps its second object: "denied medical care")
    const n = toks[c + 1];
    if (n && c + 1 < s.last && (isDetToken(n) || ctx.name[c + 1])) return -1;
    if (n && c + 1 < s.last && isContent(n) && !isAdverb(n) && !TWO_OBJECT_PARTICIPLES.has(p.lower))
      return -1;
    return hasByAgent(ctx, s, c + 1) ? AGENT_OF_LIST : c;
  }
  return -1;
}

/**
 * Participles of perceiving, which an -ing clause follows ("pictured leaving", "seen arriving"),
 * less `caught`, whose -ing is the offence ("caught speeding and banned from driving").
 */
const PERCEIVED = ruleWords('perceptionVerbs');

/**
 * Whether token `t` is a participle of sighting, whose -ing clause holds its own phrases ("was
 * spotted leaving by a side door"): not `caught`, whose -ing is the offence ("caught speeding").
 */
const sighting = (t: Token | undefined): boolean =>
  !!t && t.lower !== 'caught' && PERCEIVED.has(t.lower);

/**
 * Whether `but` at `q` joins a second participle to a passive, with a negation or an adverb
 * before it: "was flagged in January but not escalated", "were promised but never delivered",
 * "was questioned but later released" (not "but the", a new clause).
 */
function qualifiedBut(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  if (toks[q]!.lower !== 'but') return false;
  const n = toks[q + 1];
  return !!n && (n.lower === 'not' || n.lower === 'never' || isAdverb(n));
}

/**
 * Whether only participles, adverbs, commas and `and`/`or` stand between `from` and a `by`: a
 * bare list of participles that share the agent ("praised, cheered and applauded by").
 */
export function bareList(ctx: Context, s: Sentence, from: number): boolean {
  const toks = ctx.tokens;
  for (let q = from; q < s.last; q++) {
    const w = toks[q]!;
    if (w.lower === 'by') return true;
    if (isPunct(w, ',') || isAdverb(w) || LIST_JOINTS.has(w.lower)) continue;
    if (!isWord(w) || !isParticiple(w.lower)) return false;
  }
  return false;
}

/** Words that join a bare list of participles (`and`, `or`, `then`) or end one (`carried out`). */
const LIST_JOINTS: ReadonlySet<string> = new Set([
  'and',
  'away',
  'down',
  'not',
  'off',
  'or',
  'out',
  'then',
  'up',
]);

/** What `coordinatedParticiple` returns for a participle with a `by` agent, which ends the list. */
export const AGENT_OF_LIST = -2;

/**
 * Whether only `and`/`or`, `then`, adverbs and a particle stand between the end of a passive and
 * the participle at `c` ("inspected and certified", "destroyed and never logged").
 */
export function joinedRightAfter(ctx: Context, end: number, c: number): boolean {
  const toks = ctx.tokens;
  let joint = false;
  for (let q = end; q < c; q++) {
    const w = toks[q]!;
    if (w.lower === 'and' || w.lower === 'or') joint = true;
    // (a particle of the first: "accounted for and matched")
    else if (q === end && (w.f & F.PREP) !== 0) continue;
    else if (w.lower !== 'then' && !isAdverb(w) && w.lower !== 'not') return false;
  }
  return joint;
}

/** Whether a list of participles goes on from `k` to `and`/`or` and another participle. */
function listGoesOn(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 8; q++) {
    const w = toks[q]!;
    if ((w.lower === 'and' || w.lower === 'or') && isWord(toks[q + 1]))
      return isParticiple(toks[q + 1]!.lower);
    if ((isPunct(w) && !isPunct(w, ',')) || (w.f & (F.BE | F.AUX)) !== 0) return false;
  }
  return false;
}

/** Words that open a new clause: `that`, `who`, `because`, `but`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'because',
  'before',
  'but',
  'since',
  'that',
  'when',
  'where',
  'which',
  'while',
  'who',
]);

/** A `by` agent after the participle (not `by Friday`, `by the end of 2022`). */
export function hasByAgent(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // (a chain of phrases may stand between: "was approved on Monday evening at a packed meeting
  // in the town hall by councillors"; a verb, a clause word or a stop still ends the search)
  for (let q = k; q < s.last && q <= k + AGENT_REACH; q++) {
    const w = toks[q]!;
    // ("was trained, she tells me, by people who": a reporting aside before the agent; "was
    // approved, after a long debate, by councillors": an aside of circumstance)
    // ("was repeated again and again by ministers": a repeated adverbial before the agent)
    const repeated = repeatedAdverbial(ctx, q);
    if (repeated > 0) {
      q += repeated - 1;
      continue;
    }
    if (isPunct(w, ',') && q === k) {
      const close = asideBeforeBy(ctx, s, q);
      if (close > 0) {
        q = close;
        continue;
      }
    }
    // ("was fined $48,000 by the regulator", "was put at 61% by": an amount before the agent)
    if (isPunct(w) && w.lower !== '-' && !AMOUNT_SIGNS.has(w.lower)) return false;
    // ("were told the victim was found by her son", "accused of blocking an inquiry by the
    // panel", "scam texts sent by couriers": a `by` past another verb is that verb's; "was
    // spotted leaving by a side door": so is one past the -ing of a sighting)
    if ((q > k || sighting(toks[q - 1])) && laterVerb(ctx, q)) return false;
    if (
      w.lower === 'that' ||
      w.lower === 'and' ||
      w.lower === 'but' ||
      w.lower === 'because' ||
      w.lower === 'after' ||
      w.lower === 'when'
    )
      return false;
    if (w.lower === 'by') {
      const a = toks[q + 1];
      if (!a) return false;
      // ("were pulled out one by one", "was negotiated line by line": a manner, no agent)
      if (a.lower === toks[q - 1]!.lower) {
        q++;
        continue;
      }
      // ("was cut by a third", "was reduced by 14 percent by the ministry": how much, and the
      // agent may still follow)
      if (a.kind === 'num' || byMeasure(ctx, q + 1)) continue;
      // ("by some lawmakers": some people, not a measure)
      if (isTimeWord(a) || byMeans(ctx, q + 1, s.last)) return false;
      // ("was hit by ransomware", "were knocked offline by a cyber attack": an attack names the
      // act, not its doers, decision 281; not "was caused by", where the attack is the cause)
      if (byAttack(ctx, q + 1) && toks[k - 1]?.lower !== 'caused') return false;
      if (a.lower === 'the' && toks[q + 2] && isTimeWord(toks[q + 2])) return false;
      return true;
    }
  }
  return false;
}

/**
 * Whether the words at `k`, after `by`, are a measure of change: a fraction ("by a third", "by
 * one quarter") or an approximate number with its unit ("by almost forty minutes", "by around
 * ten percent"), not people ("by nearly 40 residents").
 */
function byMeasure(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  // ("was overpaid by £11,200", "was raised by $5,000": a sum)
  if (AMOUNT_SIGNS.has(w) && toks[k + 1]?.kind === 'num') return true;
  // ("was extended by a month", "was delayed by a year")
  if (w === 'a' || w === 'an' || w === 'one') {
    const u = toks[k + 1]?.lower ?? '';
    return FRACTIONS.has(u) || SPANS_OF_TIME.has(u);
  }
  let n = k;
  while (APPROXIMATELY.has(toks[n]?.lower ?? '')) n++;
  const num = toks[n];
  if (!num || (num.kind !== 'num' && !NUMBER_WORDS.has(num.lower))) return false;
  return UNITS.has(toks[n + 1]?.lower ?? '');
}

/**
 * Whether the words at `k`, after `by`, name an attack on computers ("by ransomware", "by a cyber
 * attack", "by a ransomware attack"), over an article and two modifiers: a means, not who acted.
 */
export function byAttack(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  if ((toks[q]?.f ?? 0) & F.DET) q++;
  for (const end = q + 2; q <= end; q++) {
    const w = toks[q];
    if (!w || !isWord(w)) return false;
    // (the attack the head: not "by a ransomware group", its doers)
    if (CYBER_ATTACKS.has(w.lower)) return attackHead(toks[q + 1]);
    // ("a cyber attack", "cyber attacks")
    if (w.lower === 'cyber')
      return /^attacks?$/.test(toks[q + 1]?.lower ?? '') && attackHead(toks[q + 2]);
  }
  return false;
}

/** Whether the token after an attack word leaves it the head: no noun, or `attack` itself. */
function attackHead(n: Token | undefined): boolean {
  return !n || !isWord(n) || /^attacks?$/.test(n.lower) || !isContent(n);
}

/** Words of an attack on computers: `ransomware`, `cyberattack`, `hack`. */
const CYBER_ATTACKS: ReadonlySet<string> = new Set([
  'cyber-attack',
  'cyberattack',
  'cyberattacks',
  'hack',
  'malware',
  'ransomware',
]);

/** Spans of time after `by a`: `month`, `year`, `week`. */
const SPANS_OF_TIME: ReadonlySet<string> = new Set([
  'day',
  'decade',
  'fortnight',
  'hour',
  'minute',
  'month',
  'season',
  'week',
  'year',
]);

/** Fractions after `by a`: `third`, `quarter`, `fifth`. */
const FRACTIONS: ReadonlySet<string> = new Set([
  'fifth',
  'fraction',
  'quarter',
  'sixth',
  'tenth',
  'third',
]);

/** Words of approximation before a number: `almost`, `nearly`, `around`. */
const APPROXIMATELY: ReadonlySet<string> = new Set([
  'about',
  'almost',
  'around',
  'nearly',
  'over',
  'roughly',
  'some',
  'up',
  'to',
]);

/** Numbers written as words: `two` ... `ninety`, `hundred`, `several`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'eight',
  'eighty',
  'fifty',
  'five',
  'forty',
  'four',
  'hundred',
  'nine',
  'ninety',
  'seven',
  'several',
  'seventy',
  'six',
  'sixty',
  'ten',
  'thirty',
  'three',
  'twenty',
  'two',
]);

/** Units of a measure: `minutes`, `percent`, `points`, `metres`. */
const UNITS: ReadonlySet<string> = new Set([
  '%',
  'cent',
  'days',
  'degrees',
  'hours',
  'metres',
  'meters',
  'miles',
  'minutes',
  'months',
  'per',
  'percent',
  'points',
  'seconds',
  'times',
  'weeks',
  'years',
]);

/** How many words after a participle its `by` agent may stand. */
const AGENT_REACH = 14;

/**
 * The closing comma of an aside opening at the comma `q` right after a participle: a reporting
 * aside (`reportingAsideEnd`), or a short one with no verb that a `by` follows ("was approved,
 * after a long and bitter debate, by councillors"); or -1.
 */
function asideBeforeBy(ctx: Context, s: Sentence, q: number): number {
  const close = reportingAsideEnd(ctx, s, q);
  if (close > 0) return close;
  const toks = ctx.tokens;
  for (let k = q + 1; k < s.last && k <= q + 8; k++) {
    const w = toks[k]!;
    if (isPunct(w, ',')) return k > q + 1 && toks[k + 1]?.lower === 'by' ? k : -1;
    if (isPunct(w) || isQuote(w) || (w.f & (F.BE | F.AUX)) !== 0) return -1;
  }
  return -1;
}

/**
 * The closing comma of a short reporting aside opening at the comma `q` (", she tells me,", ",
 * officials say,"), or -1.
 */
function reportingAsideEnd(ctx: Context, s: Sentence, q: number): number {
  const toks = ctx.tokens;
  let reporting = false;
  for (let k = q + 1; k < s.last && k <= q + 5; k++) {
    const w = toks[k]!;
    if (isPunct(w, ',')) return reporting && k > q + 2 ? k : -1;
    if (isPunct(w) || isQuote(w)) return -1;
    if ((w.f & F.REPORT) !== 0) reporting = true;
  }
  return -1;
}

/** Currency and percent signs, which stand in an amount between a participle and its agent. */
const AMOUNT_SIGNS = new Set(['$', '£', '€', '¥', '%']);

/**
 * Whether the word at `q`, after a passive's participle, starts another verb: a form of `be` or
 * an auxiliary ("told the victim was found"), a gerund after a preposition ("accused of
 * blocking"), or a participle right after a noun, a reduced relative ("a trip paid for", "texts
 * sent").
 */
function laterVerb(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  const w = toks[q]!;
  if (!isWord(w) || ctx.name[q]) return false;
  if ((w.f & (F.BE | F.AUX)) !== 0) return w.lower !== "'s";
  const prev = toks[q - 1]!;
  // (not "was quoted as saying ... by the agency", whose `as saying` is the passive's own)
  if (w.lower.endsWith('ing') && w.lower.length > 5)
    return (isPrep(prev) && prev.lower !== 'as') || sighting(prev);
  return (
    isParticiple(w.lower) &&
    isWord(prev) &&
    isContent(prev) &&
    !isPrep(prev) &&
    !isDet(prev) &&
    !ctx.name[q - 1]
  );
}

/** Verbs of coming, going and lasting, whose -ed form is no passive: `died`, `survived`. */
const INTRANSITIVE_PAST = ruleWords('intransitivePast');

/** A determiner or pronoun that opens an object. */
const isDetToken = (t: { f: number }): boolean => (t.f & (F.DET | F.PRON)) !== 0;
