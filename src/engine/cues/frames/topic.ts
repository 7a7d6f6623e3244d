/**
 * Topic and particle verbs: the particles a topic verb needs ("spoke about", "weighed in on",
 * "lashed out at", "pushed back on"), the particles each particle verb takes, and what it is
 * aimed at (a thing handled, "took aim at the car", or words said, "doubled down on the claim").
 * A new rule about a verb of speaking on a topic goes here.
 */
import type { Context } from '../../context';
import { isAdverb, isOpenQuote, isPunct, isTimeWord } from '../../context';
import { CUE_NOUNS, F, ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import type { Token } from '../../tokenize';
import type { Verb } from '../verb-group';
import { DISMISSED, JUDGED_THINGS, PHYSICAL_OBJECTS } from './stance';

export const TOPIC_PARTICLES = ruleWords('topicParticles');

/**
 * Whether a topic verb's manner adverb is followed by its topic: "people speak freely about the
 * neighbours" (point 338's talk with a topic; "openly" and "candidly" are topic particles of
 * their own). Alone, "to speak freely" is a reason for anonymity, not a telling.
 */
export function mannerThenTopic(ctx: Context, v: Verb): boolean {
  const next = v.next?.lower ?? '';
  if (next !== 'freely' && next !== 'frankly') return false;
  const after = ctx.tokens[v.end + 1]?.lower ?? '';
  return after === 'about' || after === 'of' || after === 'on';
}

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

/**
 * `hit back` as a retort with no particle: "Ms Amara hit back, insisting the figures were
 * wrong", "Her agent hit back: \"...\"", "The firm hit back last night." The verb ends its clause
 * (past a time: "within the hour", "on Monday") at a colon, the sentence's end, or a comma before
 * a participle of speech or a quotation; not "hit back with a late goal", "hit back to draw",
 * "hit back, scoring twice" (a match or a fight).
 */
export function bareRetort(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.lemma === 'weigh in') return weighedInThenQuote(ctx, s, v);
  if (v.lemma !== 'hit back') return false;
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && k <= v.end + 4 && retortTime(toks[k]!)) k++;
  const t = toks[k];
  if (!t || k >= s.last || isPunct(t, '.') || isPunct(t, ':')) return true;
  if (!isPunct(t, ',')) return false;
  const n = toks[k + 1];
  return isOpenQuote(n) || (!!n && n.lower.endsWith('ing') && (n.f & F.REPORT) !== 0);
}

/**
 * `weigh in` with no particle, its words in a quotation right after: 'Campaigners weighed in:
 * "..."', 'Campaigners weighed in. "This is a scandal," said ...' (point 345: the content in
 * the next sentence, like a bare "hit back"). Not "The jockey weighed in." with no quotation
 * after it, nor "weighed in at 60 kilos".
 */
function weighedInThenQuote(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const t = toks[v.end];
  if (!t || !(isPunct(t, '.') || isPunct(t, ':'))) return false;
  return isOpenQuote(toks[v.end + 1]);
}

/** Words of a time after a retort: `last night`, `on Monday`, `within the hour`, `quickly`. */
function retortTime(t: Token): boolean {
  return isTimeWord(t) || isAdverb(t) || RETORT_TIME_WORDS.has(t.lower);
}

const RETORT_TIME_WORDS: ReadonlySet<string> = new Set([
  'hour',
  'hours',
  'last',
  'minutes',
  'night',
  'on',
  'the',
  'within',
]);
