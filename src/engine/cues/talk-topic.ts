/**
 * Nouns of talk and quarrel with their topic: "revived debate about the price of cover", "an
 * argument over a dog", "discussions about a merger", "a quarrel over money" (decision 168's noun
 * of talk with a topic, points 209 and 313's quarrel over a topic: required cues, with no source).
 * Not the bare noun ("The debate lasted three hours") or a debate held on an occasion ("a debate
 * in the hall"). A "row" is left out: in news it names a public controversy as often as an
 * exchange of words ("the row over the new flats has split the village", "as the pay row
 * deepens"), besides a line of seats or a run of wins.
 */
import type { Context } from '../context';
import { isAux, isDet, isPronoun, isPunct, isTimeWord, isWord } from '../context';
import { F, inflect, ruleWords } from '../lexicon';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { SubjectResult } from '../subject/result';
import { withNamed } from '../subject/result';
import type { Token } from '../tokenize';
import { expressionSubject } from './expression-cue';
import { groupStart } from './verb-group';

/** Whether the talk noun at `i` has its topic after it: `about the price`, `over whether`. */
export function talkTopic(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (soughtTalk(ctx, s, i)) return false;
  const at = afterPartner(ctx, s, i + 1);
  const prep = toks[at];
  if (!prep || !TOPIC_PREPS.has(prep.lower) || at + 1 > s.last) return false;
  if (WH_OPENERS.has(toks[at + 1]?.lower ?? '')) return true;
  const topic = phraseStartingAt(ctx, at + 1, s.last);
  // "talks over the weekend", "a debate over two days": a stretch of time, not a topic
  return topic !== null && !timeSpan(toks[topic.head]);
}

/**
 * Whether the talks at `i` are held, with their purpose after them: "is in talks to buy a rival",
 * "Halvern Foods in advanced talks to sell its resorts", "in talks with two funds to raise new
 * money" (points 223 and 365: talks with a purpose are talks with a stated topic, required). The
 * party must be in them (`in` before the noun, so `talkParty` finds it): "talks to avert a strike
 * broke down" are the event, and "sought talks to end the row" only asked for.
 */
export function talkPurpose(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (partyIn(ctx, s, i) < 0) return false;
  const at = afterPartner(ctx, s, i + 1);
  if (toks[at]?.lower !== 'to' || at + 1 >= s.last) return false;
  const v = toks[at + 1]!;
  // a verb's base form: not "in talks to the end", "talks to Kestrel", "talks to 2027"
  return isWord(v) && !v.cap && !isDet(v) && !isPronoun(v) && (v.f & (F.PREP | F.TIME)) === 0;
}

/**
 * Where `in` stands before the talk noun at `i`, past up to two modifiers ("in advanced talks",
 * "in early exclusive talks"), or -1.
 */
function partyIn(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
    const w = toks[k]!;
    if (w.lower === 'in') return k;
    if (!isWord(w) || isDet(w) || (w.f & F.PREP) !== 0) return -1;
  }
  return -1;
}

/**
 * The party in the talks at `i`, their source (point 195: "is in talks with a state lender about
 * a rescue", the clause's subject; point 223: the named seller "in talks to sell"): the subject of
 * `be` + `in` ("Varda is in talks", "has been in talks", "is understood to be in talks"), of a
 * verb that holds them ("had held talks", "has entered exclusive talks"), or a headline's phrase
 * before `in` ("Halvern Foods in talks to buy"). None for talks that are only the subject or
 * object of something else ("talks over pay were progressing", "after talks with lenders").
 */
export function talkParty(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  const k = partyIn(ctx, s, i);
  if (k > s.first) {
    const { g, sawAux } = groupStart(ctx, s, k);
    if (sawAux) return expressionSubject(ctx, s, g);
    // (a headline's verbless "X in talks to")
    const np = phraseEndingAt(ctx, k - 1, s.first);
    return np && np.start === s.first ? withNamed(ctx, np) : null;
  }
  // "had held talks", "has opened fresh talks"
  let v = i - 1;
  while (v > s.first && isWord(toks[v]) && !isAux(toks[v]) && (toks[v]!.f & F.PREP) === 0) {
    if (HOLDING.has(toks[v]!.lower)) return expressionSubject(ctx, s, groupStart(ctx, s, v).g);
    if (v < i - 3) break;
    v--;
  }
  return null;
}

/** Verb forms that hold talks: `held`, `holds`, `opened`, `entered`. */
const HOLDING: ReadonlySet<string> = new Set(
  ['enter', 'hold|held', 'open'].flatMap((v) => [...inflect(v).keys()]),
);

/**
 * Whether the talks at `i` are the subject of their own failure, past their topic: "talks over
 * automation at the terminal broke down", "Talks on the ceasefire stalled" (point 325 and the
 * session 44 note on dt01: talks that are the event that stalls stay optional whatever their
 * topic; point 195's "talks collapsed"). Not "talks to avert a collapse".
 */
export function stalledTalks(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i + 1; k < s.last && k <= i + 15; k++) {
    const w = toks[k]!;
    if (isPunct(w) || w.lower === 'to' || w.lower === 'that' || w.lower === 'which') return false;
    if (STALLING.has(w.lower)) return !isDet(toks[k - 1]);
    // ("broke down", "broken off", "fell apart", "broke up")
    if (BREAKING.has(w.lower)) return PARTICLES.has(toks[k + 1]?.lower ?? '');
  }
  return false;
}

/** Verb forms of talks failing on their own: `stalled`, `collapsed`, `foundered`. */
const STALLING: ReadonlySet<string> = new Set(
  ['collapse', 'falter', 'founder', 'stall'].flatMap((v) => [...inflect(v).keys()]),
);

/** Verb forms that fail with a particle: `broke down`, `fell apart`, `broken off`. */
const BREAKING: ReadonlySet<string> = new Set([
  'break',
  'breaking',
  'breaks',
  'broke',
  'broken',
  'fall',
  'falling',
  'falls',
  'fell',
]);

/** The particles of `BREAKING`: `down`, `apart`, `off`, `up`, `through`. */
const PARTICLES: ReadonlySet<string> = new Set(['apart', 'down', 'off', 'through', 'up']);

/** Whether a phrase's head names a time or a stretch of it: `the weekend`, `two days`. */
function timeSpan(head: Token | undefined): boolean {
  return isTimeWord(head) || TIME_UNITS.has(head?.lower ?? '');
}

/**
 * "would seek talks with the owners over pay", "called for urgent talks about the cuts": talk
 * asked for, not yet held (a request, optional at most; decision 209's only scheduled talk act).
 */
function soughtTalk(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  // (past the noun's own determiner and modifiers: "urgent", "fresh", "new")
  for (let k = i - 1; k >= s.first && k >= i - 3; k--) {
    const w = toks[k]!;
    if (SEEKING.has(w.lower)) return true;
    if (w.lower === 'for') return CALLING.has(toks[k - 1]?.lower ?? '');
    if (w.kind !== 'word' || (w.f & F.PREP) !== 0) return false;
  }
  return false;
}

/**
 * Where a talk's topic may start after the noun at `k - 1`: past the other side of the talk,
 * "talks with its lenders over a breach", "an argument with a neighbour about a fence".
 */
function afterPartner(ctx: Context, s: Sentence, k: number): number {
  if (ctx.tokens[k]?.lower !== 'with') return k;
  const partner = phraseStartingAt(ctx, k + 1, s.last);
  return partner ? afterSince(ctx, s, partner.coreEnd) : k;
}

/** Past a span of time after the talk's partner: "with its banks since January over a breach". */
function afterSince(ctx: Context, s: Sentence, k: number): number {
  if (ctx.tokens[k]?.lower !== 'since') return k;
  const time = phraseStartingAt(ctx, k + 1, s.last);
  return time && timeSpan(ctx.tokens[time.head]) ? time.coreEnd : k;
}

/**
 * Whether the disagreement noun at `i` has a question as its topic: "a dispute over who would
 * pay", "There is disagreement about whether the scheme works" (point 335: a noun of
 * disagreement with a wh-topic is a required cue with no source). With a thing as its topic ("a
 * dispute over pay", "the row over the new flats") it names a quarrel or a controversy, no cue.
 */
export function questionTopic(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const prep = toks[i + 1];
  if (!prep || !TOPIC_PREPS.has(prep.lower) || i + 2 >= s.last) return false;
  return WH_OPENERS.has(toks[i + 2]?.lower ?? '');
}

/** Prepositions that attach a talk's topic: `about`, `over`, `regarding`, `concerning`. */
const TOPIC_PREPS = ruleWords('worryPreps');

/** Words that open a topic as a clause: `over whether`, `about how`. */
export const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'who', 'why']);

/** Plural units of time, which head a stretch of it: `over two days`, `since weeks`. */
const TIME_UNITS: ReadonlySet<string> = new Set([
  'days',
  'decades',
  'hours',
  'months',
  'nights',
  'weeks',
  'years',
]);

/** Verb forms that ask for talks: `seek talks`, `demanded negotiations`. */
const SEEKING: ReadonlySet<string> = new Set(
  ['demand', 'propose', 'seek|sought', 'urge'].flatMap((v) => [...inflect(v).keys()]),
);

/** Forms of `call` before `for`: `called for talks`. */
const CALLING: ReadonlySet<string> = new Set(inflect('call').keys());
