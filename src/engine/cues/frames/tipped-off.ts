/**
 * Tipping off: passing on a warning or a piece of information ("was tipped off by a caller",
 * "tipped off a reporter", "after being tipped off that police were coming"), not the start of
 * a basketball game ("The final tips off at 8pm", "The game tipped off late").
 */
import type { Context } from '../../context';
import { isPrep, isPunct, isTimeWord } from '../../context';
import type { Sentence } from '../../sentences';
import type { Verb } from '../verb-group';

/** Words after an active `tipped off` that tell of a warning passed on: `that`, `about`. */
const TELLING_NEXT: ReadonlySet<string> = new Set(['about', 'that']);

/**
 * Whether `tip off` at `v` passes on information: any passive (someone was warned), or an
 * active one with a hearer or content after it; not one followed by a time, a place
 * preposition or the end of the clause ("tipped off at 7pm", "tips off tonight").
 */
export function tippedOff(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) return true;
  const n = ctx.tokens[v.end];
  if (!n || v.end >= s.last || isPunct(n) || isTimeWord(n)) return false;
  return TELLING_NEXT.has(n.lower) || !isPrep(n);
}
