/**
 * Emergency responders who do the work: "Firefighters battled more than a dozen wildfires",
 * "while firefighters damped down the building", "Paramedics carried the injured out" (decision
 * 103 of the labelled sets). A bare plural occupation credited with nothing is otherwise taken for
 * the workforce a story is about ("Bus drivers walked out"); responders at a fire, a flood or a
 * collapse are people the story does not name, doing a particular act; those who only treat the
 * hurt stay the workforce ("Paramedics worked on the driver"; optional by decision 70).
 */
import type { Context } from '../context';
import { isAdverb, isAux } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pastAct } from './content-subject';
import { position } from './position';

/** Plurals of the services sent to an emergency: `firefighters`, `paramedics`, `lifeguards`. */
const RESPONDERS = ruleWords('responderHeads');
/**
 * Verbs of only caring for the hurt, which leave responders optional (decision 70): `treated`,
 * `worked` (on), `tended`.
 */
const CARE = ruleWords('responderCare');

/** Whether `np`, a plural of responders, is the subject of a past act. */
export function responderAct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!RESPONDERS.has(toks[np.head]!.lower)) return false;
  if (position(ctx, s, np) !== 'subject' || !pastAct(ctx, s, np.end)) return false;
  let k = np.end;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]))) k++;
  return !CARE.has(toks[k]!.lower);
}
