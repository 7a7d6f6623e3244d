/**
 * One member of a class spoken of in general, even in someone's account: an indefinite singular
 * subject of a modal of ability or obligation in the present ("Officials argue that a supervisor
 * cannot stop every failure", "economists say a regulator should step in only if prices rise",
 * "a lawyer must be present"). `a supervisor` there is any supervisor, a generic class the
 * guideline leaves optional at most, not a person the story withholds. Unlike `would` or `might`
 * after a cue (generic-voice.ts leaves "said a buyer would bid" to the account of a plan), these
 * modals state what holds of the kind. Not a past ability ("could not stop"), nor a guess at a
 * past act ("must have known"), nor one depicted ("can be heard shouting").
 */
import type { Context } from '../context';
import { isAdverb, isWord } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Modals of what holds of a kind: ability and obligation in the present. */
const GENERIC_MODALS: ReadonlySet<string> = new Set([
  "can't",
  'can',
  'can’t',
  'cannot',
  'must',
  "mustn't",
  'should',
  "shouldn't",
]);

/** Verbs after `can` that depict one scene, not a kind's ability: "can be seen", "can hear". */
const PERCEPTION_AFTER_CAN: ReadonlySet<string> = new Set(['hear', 'see', 'smell', 'watch']);

/** Whether `np`, opened by `a`/`an`, is the subject of a generic modal and its verb (see above). */
export function genericModalSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (first !== 'a' && first !== 'an') return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const modal = toks[k]?.lower ?? '';
  if (!GENERIC_MODALS.has(modal)) return false;
  let q = k + 1;
  while (q < s.last && (isAdverb(toks[q]) || toks[q]!.lower === 'not')) q++;
  const v = toks[q];
  if (q >= s.last || !isWord(v) || v.lower === 'have') return false;
  // ("can be heard shouting", "can see": one scene; "should be" and "must be" stay generic)
  if (modal.startsWith('can') && ((v.f & F.BE) !== 0 || PERCEPTION_AFTER_CAN.has(v.lower)))
    return false;
  return true;
}
