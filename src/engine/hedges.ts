/**
 * Hedges: words and raising constructions by which the writer keeps distance from a claim
 * (`reportedly`, `alleged`, `is said to`, `are believed to`, `appears to`, `it seems`).
 */
import type { Context } from './context';
import { isAdverb, isContent, isPunct, isTimeWord, sentenceHas, toNounPhrase } from './context';
import {
  agentiveNoun,
  APPEARANCE_VERBS,
  BE_FORMS,
  F,
  FLOATING_QUANTIFIERS,
  HEDGE_WORDS,
  RAISING_PARTICIPLES,
  ruleWords,
} from './lexicon';
import type { Sentence } from './sentences';

/** A hedge as a token range. */
export interface Hedge {
  start: number;
  end: number;
  label: string;
}

const NONE: readonly Hedge[] = [];

/** Finds hedges in sentence `s`. */
export function findHedges(ctx: Context, s: Sentence): readonly Hedge[] {
  // most sentences have none: they share one empty result
  if (!sentenceHas(ctx, s, F.HEDGE | F.RAISING)) return NONE;
  const toks = ctx.tokens;
  const out: Hedge[] = [];
  for (let i = s.first; i < s.last; i++) {
    const t = toks[i]!;
    if ((t.f & (F.HEDGE | F.RAISING)) === 0) continue;
    const w = t.lower;
    const last = w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w;
    if (HEDGE_WORDS.has(w) || (w !== last && HEDGE_WORDS.has(last) && last.length > 6)) {
      // "supposed to" is obligation, not distance
      if ((w === 'supposed' || w === 'presumed') && toks[i + 1]?.lower === 'to') continue;
      // "the alleged" as a verb ("prosecutors alleged that") is a cue, not a hedge
      if (
        w === 'alleged' &&
        (toks[i + 1]?.lower === 'that' ||
          (toks[i - 1] && BE_FORMS.has(toks[i - 1]!.lower) && toks[i + 1]?.lower !== 'to'))
      )
        continue;
      out.push({ start: i, end: i + 1, label: t.lower });
      continue;
    }
    // "for a reported £40 million", "a reported 3,000 people": a figure the writer only relays
    if (w === 'reported' && reportedAmount(ctx, s, i)) {
      out.push({ start: i - 1, end: i + 1, label: `${toks[i - 1]!.lower} reported` });
      continue;
    }
    // "is now thought likely to", "are feared missing": the raising passive with its predicate
    if (RAISING_PARTICIPLES.has(w) && raisedPredicate(ctx, i)) {
      const k = beBefore(ctx, s, i);
      if (k >= 0) {
        out.push({ start: k, end: i + 1, label: `${toks[k]!.lower} ${w}` });
        continue;
      }
      // reduced after a noun: "Two climbers feared dead", "Patient Records Feared Stolen"
      if (reducedFeared(ctx, s, i)) {
        out.push({ start: i, end: i + 1, label: w });
        continue;
      }
    }
    // "is said to", "are widely believed to", "are all thought to", and reduced "believed to be"
    // ("had been reported to the ministry": `to` and a noun is where, not what is said)
    if (
      RAISING_PARTICIPLES.has(w) &&
      toks[i + 1]?.lower === 'to' &&
      !toNounPhrase(ctx, i + 1) &&
      !toPlural(ctx, i + 1)
    ) {
      const k = beBefore(ctx, s, i);
      if (k >= 0) {
        out.push({ start: k, end: i + 2, label: `${toks[k]!.lower} ${w} to` });
        i++;
        continue;
      }
      const after = toks[i + 2]?.lower;
      if (
        (after === 'be' || after === 'have') &&
        i > s.first &&
        (toks[i - 1]?.kind === 'word' || toks[i - 1]?.lower === ',') &&
        !BE_FORMS.has(toks[i - 1]!.lower)
      ) {
        out.push({ start: i, end: i + 2, label: `${w} to` });
        i++;
        continue;
      }
    }
    // "appears to", "seemed to", "it appears", "it seems"
    if (APPEARANCE_VERBS.has(w)) {
      const next = toks[i + 1]?.lower;
      const prev = toks[i - 1]?.lower;
      if (next === 'to') {
        out.push({ start: i, end: i + 2, label: `${w} to` });
        i++;
      } else if (toks[i + 2]?.lower === 'to' && /ed$/.test(next ?? '')) {
        // "a phrase that seemed designed to": the appearance of a purpose
        out.push({ start: i, end: i + 1, label: w });
      } else if (prev === 'it' || prev === 'would') {
        out.push({ start: i - 1, end: i + 1, label: `it ${w}` });
      } else if (adjectivePredicate(ctx, s, i + 1)) {
        // "its conclusions appeared conservative", "seemed unsure where": how a thing looks
        out.push({ start: i, end: i + 1, label: w });
      }
    }
  }
  return out;
}

/**
 * Whether the word at `k` is a bare predicate adjective after `appear`/`seem`, ending its phrase
 * ("appeared conservative.", "seemed unsure where", "appeared consistent with"); not a place, a
 * time or a manner ("appeared in court", "appeared Monday", "appeared briefly", "appeared live
 * on television").
 */
function adjectivePredicate(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const a = toks[k];
  if (!a || k + 1 > s.last || !isContent(a) || isAdverb(a) || isTimeWord(a) || ctx.name[k])
    return false;
  if (a.lower.endsWith('ing') || PLACE_ADVERBS.has(a.lower)) return false;
  const n = toks[k + 1];
  return !n || k + 1 >= s.last || isPunct(n) || PREDICATE_ENDS.has(n.lower);
}

/** Words that may follow a predicate adjective: `unsure where`, `consistent with`, `calm and`. */
const PREDICATE_ENDS: ReadonlySet<string> = new Set([
  'about',
  'and',
  'but',
  'that',
  'where',
  'whether',
  'with',
]);

/** Adverbs of place and frequency that look like adjectives: `appeared twice`, `online`. */
const PLACE_ADVERBS = ruleWords('placeAdverbs');

/**
 * The form of `be` before the participle at `i`, past adverbs and floating quantifiers (`are
 * widely believed`, `are all thought`); -1 if none (`'s` is too ambiguous to count).
 */
function beBefore(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k >= s.first && (isAdverb(toks[k]) || FLOATING_QUANTIFIERS.has(toks[k]!.lower))) k--;
  const be = toks[k];
  return be && k >= s.first && BE_FORMS.has(be.lower) && be.lower !== "'s" ? k : -1;
}

/**
 * Whether the raising participle at `i` takes a predicate other than `to`: "thought likely to",
 * "feared missing", "feared dead".
 */
function raisedPredicate(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  const n = toks[i + 1]?.lower ?? '';
  if ((n === 'likely' || n === 'unlikely') && toks[i + 2]?.lower === 'to') return true;
  return toks[i]!.lower === 'feared' && FEARED_STATES.has(n);
}

/** What people or things are feared to be: `feared dead`, `feared missing`, `feared stolen`. */
const FEARED_STATES: ReadonlySet<string> = new Set([
  'dead',
  'drowned',
  'killed',
  'lost',
  'missing',
  'stolen',
  'trapped',
]);

/**
 * Whether `feared` at `i` and its state follow a noun with no `be` and end their phrase ("Two
 * climbers feared dead after avalanche", "records feared stolen"); not the verb ("She feared
 * missing the flight").
 */
function reducedFeared(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const prev = toks[i - 1];
  if (toks[i]!.lower !== 'feared' || !prev || i - 1 < s.first || !isContent(prev)) return false;
  if ((prev.f & F.PRON) !== 0) return false;
  const after = toks[i + 2];
  return !after || i + 2 >= s.last || isPunct(after) || (after.f & F.PREP) !== 0;
}

/** Whether `reported` at `i` stands between `a` and an amount: `a reported $3 million`. */
function reportedAmount(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const a = toks[i - 1];
  const n = toks[i + 1];
  if (!a || i - 1 < s.first || (a.lower !== 'a' && a.lower !== 'an') || !n || i + 1 >= s.last)
    return false;
  return n.kind === 'num' || AMOUNT_SIGNS.has(n.lower);
}

/** Currency signs that open an amount. */
const AMOUNT_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/**
 * Whether `to` at `k` is followed by a bare plural noun ("are rarely reported to regulators",
 * "was said to reporters"): whom a thing is told, not what is said to be. (No infinitive ends in
 * the plural -s of a known word.)
 */
function toPlural(ctx: Context, k: number): boolean {
  const n = ctx.tokens[k + 1];
  if (!n || n.kind !== 'word' || !n.lower.endsWith('s') || n.lower.endsWith('ss')) return false;
  // (a known word and its -s, or a plural of people: "inspectors")
  return (n.f & F.COMMON_S) !== 0 || agentiveNoun(n.lower);
}
