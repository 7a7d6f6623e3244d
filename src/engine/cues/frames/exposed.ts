/**
 * Exposing as revealing: "An inquest has exposed how staff ignored the alarms", "the review
 * exposed exactly what went wrong" report what was found, while exposing a thing is laying it
 * open ("a flaw exposed the records of four million users", "a trial exposed gaps in
 * detection", "Workers were exposed to asbestos", the headline "Exposed: ...").
 */
import type { Context } from '../../context';
import { isAdverb } from '../../context';
import type { Verb } from '../verb-group';

/** Question words that open the clause of what was exposed: `how`, `what`, `why`. */
const EXPOSED_CLAUSES: ReadonlySet<string> = new Set([
  'how',
  'what',
  'when',
  'where',
  'who',
  'why',
]);

/** Whether active `expose` at `v` has a clause of what happened after it (past an adverb). */
export function exposedClause(ctx: Context, v: Verb): boolean {
  if (v.passive) return false;
  let k = v.end;
  if (isAdverb(ctx.tokens[k])) k++;
  return EXPOSED_CLAUSES.has(ctx.tokens[k]?.lower ?? '');
}
