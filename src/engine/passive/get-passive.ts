/**
 * Passives with `get`: "He got sacked", "my bike got stolen", "their account has got hacked".
 * They hide the actor as a `be` passive does; not the states and changes of
 * state that `get` also makes ("got married", "got lost", "got bored", "got better"), a `by`
 * agent ("got hit by a car"), a natural force or a market ("got hit hard"), or a participle
 * before its noun ("got signed copies").
 */
import type { Context } from '../context';
import { isAdverb, isDet, isWord } from '../context';
import { F, STATIVE_PARTICIPLES } from '../lexicon';
import type { Sentence } from '../sentences';
import { hasByAgent } from './agent';
import { isParticiple, compoundAdjective, unAdjective } from './participle';
import { attributive, naturalHarm, STATE_IDIOM_STARTS, STATE_IDIOMS } from './states';
import { compelled, feelingOrWear, hitHard, medicalStatus } from './standing';

/**
 * The past forms of `get`, which tell of an event: the present and the progressive mostly tell a
 * habit or a squeeze of circumstance ("the farmer gets squeezed", "if the price is right, it gets
 * done", "everything else is getting squeezed"), and a modal what may happen (decisions 54, 108).
 */
export const GET_FORMS: ReadonlySet<string> = new Set(['got', 'gotten']);

/**
 * Participles that `get` makes a change of state with, no act of anyone: "got started", "got
 * changed" (clothes), "got divorced", "got carried away", "got mixed up"; besides the stative
 * participles and feelings of the lexicon ("got married", "got lost", "got bored").
 */
const GET_STATES: ReadonlySet<string> = new Set([
  'acquainted',
  'carried',
  'changed',
  'divorced',
  'drenched',
  'finished',
  'hooked',
  'mixed',
  'organised',
  'organized',
  'started',
  'sunburned',
  'sunburnt',
]);

/**
 * The participle of the get-passive whose `get` is token `g`, or -1: the word after it (over
 * `-ly` adverbs) is a participle of an act, with no `by` agent and no sign of a state.
 */
export function getPassive(ctx: Context, s: Sentence, g: number): number {
  const toks = ctx.tokens;
  // ("Get involved", "Get tested today": an imperative to the reader hides nobody)
  if (g === s.first) return -1;
  let k = g + 1;
  while (k < s.last && isAdverb(toks[k]) && toks[k]!.lower.endsWith('ly')) k++;
  const p = toks[k];
  if (!p || k >= s.last || !isWord(p) || ctx.name[k]) return -1;
  const w = p.lower;
  if ((p.f & F.BE) !== 0 || !isParticiple(w)) return -1;
  if (STATIVE_PARTICIPLES.has(w) || GET_STATES.has(w) || feelingOrWear(ctx, k)) return -1;
  if (STATE_IDIOM_STARTS.has(w) && STATE_IDIOMS.has(`${w} ${toks[k + 1]?.lower ?? ''}`)) return -1;
  if (compoundAdjective(w) || unAdjective(w) || attributive(ctx, s, k)) return -1;
  if (naturalHarm(ctx, s, k) || hitHard(ctx, k) || medicalStatus(ctx, s, k) || compelled(ctx, k))
    return -1;
  // ("got made an example of", "got given a warning": an idiom or a second object, no plain act)
  if (isDet(toks[k + 1])) return -1;
  if (hasByAgent(ctx, s, k + 1)) return -1;
  return k;
}
