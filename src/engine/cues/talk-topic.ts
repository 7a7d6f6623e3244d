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
import { isTimeWord } from '../context';
import { F, inflect, ruleWords } from '../lexicon';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

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
