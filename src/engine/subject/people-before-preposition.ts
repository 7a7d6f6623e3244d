/**
 * People described by a prepositional phrase that the phrase finder does not keep inside them:
 * "Campaigners against the new road have questioned", "Activists behind the petition said",
 * "Workers without contracts told". The phrase right before the verb is the preposition's object,
 * not the subject; the people before the preposition are.
 */
import type { Context } from '../context';
import { isPrep } from '../context';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { SUBORDINATE } from './clause';

/**
 * Prepositions whose object may itself be the subject of the verb: `by` (an agent of a passive
 * before it), `to` (an infinitive or "loyal to X"), `than` and `as` (comparisons), `like` and
 * `unlike` (the object compared stands for the speaker), `of` (kept by the phrase finder).
 */
const NOT_DESCRIBING: ReadonlySet<string> = new Set([
  'as',
  'by',
  'like',
  'of',
  'than',
  'to',
  'unlike',
]);

/**
 * The people (or body) right before the preposition that opens `np`, when `np` is that
 * preposition's object at the end of a subject: the phrase before the preposition must end right
 * at it, start the clause and denote persons or a body; null otherwise ("Shares fell after
 * investors said" keeps `investors`: `after` is a subordinator, and shares are no speaker).
 */
export function peopleBeforePreposition(
  ctx: Context,
  np: NounPhrase,
  floor: number,
): NounPhrase | null {
  const toks = ctx.tokens;
  const p = np.start - 1;
  const prep = toks[p];
  if (!prep || p - 1 < floor || !isPrep(prep)) return null;
  if (NOT_DESCRIBING.has(prep.lower) || SUBORDINATE.has(prep.lower)) return null;
  const people = phraseEndingAt(ctx, p - 1, floor);
  if (!people || people.end !== p || people.start !== floor) return null;
  const cls = headClass(ctx, people.head);
  return isPersonClass(cls) || cls === 'organisation' ? people : null;
}
