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
import { ruleWords } from '../lexicon';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';

/** Whether the talk noun at `i` has its topic after it: `about the price`, `over whether`. */
export function talkTopic(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const prep = toks[i + 1];
  if (!prep || !TOPIC_PREPS.has(prep.lower) || i + 2 > s.last) return false;
  return WH_OPENERS.has(toks[i + 2]?.lower ?? '') || phraseStartingAt(ctx, i + 2, s.last) !== null;
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
const WH_OPENERS: ReadonlySet<string> = new Set(['how', 'what', 'whether', 'who', 'why']);
