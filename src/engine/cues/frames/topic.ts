/**
 * Topic and particle verbs: the particles a topic verb needs ("spoke about", "weighed in on",
 * "lashed out at", "pushed back on"), the particles each particle verb takes, and what it is
 * aimed at (a thing handled, "took aim at the car", or words said, "doubled down on the claim").
 * A new rule about a verb of speaking on a topic goes here.
 */
import type { Context } from '../../context';
import { CUE_NOUNS, ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';
import { DISMISSED, JUDGED_THINGS, PHYSICAL_OBJECTS } from './stance';

export const TOPIC_PARTICLES = ruleWords('topicParticles');

/**
 * What each particle verb of speaking takes after it: "weighed in on" (not "weighed in at 80
 * kilograms"), "pushed back on" (not "was pushed back to May"), "lashed out at", "hit back at"
 * (not "hit back with a left hook"), "took aim at", "doubled down on".
 */
export const TOPICS_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  'double down': new Set(['on']),
  'hit back': new Set(['against', 'at']),
  'hit out': new Set(['against', 'at']),
  'lash out': new Set(['against', 'at']),
  'pour scorn': new Set(['on']),
  'push back': new Set(['against', 'on']),
  'take aim': new Set(['at']),
  'take issue': new Set(['with']),
  'weigh in': new Set(['about', 'on', 'with']),
};

/** The phrase after a particle verb's preposition is a thing handled: "took aim at the car". */
export function physicalTarget(ctx: Context, s: Sentence, v: Verb): boolean {
  const np = phraseStartingAt(ctx, v.end + 1, s.last);
  return !!np && PHYSICAL_OBJECTS.has(ctx.tokens[np.head]!.lower);
}

/** The phrase after a particle verb's preposition is words said or a plan: "doubled down on the claim". */
export function claimTarget(ctx: Context, s: Sentence, v: Verb): boolean {
  const np = phraseStartingAt(ctx, v.end + 1, s.last);
  if (!np) return false;
  const head = ctx.tokens[np.head]!.lower;
  return (
    DISMISSED.has(head) || JUDGED_THINGS.has(head) || CUE_NOUNS.has(head) || HELD_WORDS.has(head)
  );
}

/** Words one holds to besides claims and plans: `threat`, `rhetoric`, `message`. */
const HELD_WORDS: ReadonlySet<string> = new Set([
  'attacks',
  'message',
  'messaging',
  'narrative',
  'rhetoric',
  'threat',
  'threats',
]);
