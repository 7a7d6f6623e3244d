/**
 * An occupation that opens a sentence with a relative clause of its own past act before the main
 * verb: "The dealer who sold the painting is under investigation", "Doctors who treated the
 * striker expect a full recovery", "The referee who worked the game has been dropped". The clause
 * carries the deed that picks the person out, so whatever the main clause does with them the
 * story withholds who did it (decisions 70, 120, 229 of the labelled sets: a definite whose own
 * words carry the deed is required); the indefinite "A bus driver who refused" is
 * content-subject.ts's `actedInRelative`. Not what befell them ("The pensioner who was left
 * stranded", "who died": `pastAct` refuses a passive, an undergoing and a state).
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pastAct } from './content-subject';

/**
 * Whether `np` opens its sentence (past opening quotes) and `who` or `that` right after it opens
 * a clause whose verb tells of a past act.
 */
export function openingRelativeAct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let j = np.start - 1;
  while (j >= s.first && toks[j]!.kind === 'quote') j--;
  if (j >= s.first) return false;
  const w = toks[np.end]?.lower;
  return (w === 'who' || w === 'that') && np.end + 1 < s.last && pastAct(ctx, s, np.end + 1);
}
