/**
 * Bare `police` at work in a progressive: "Police are hunting a gang of smugglers", "police are
 * still investigating whether a second man was involved", "Police are also understood to be
 * examining the accounts". Police are an unnamed actor as a subject (decision 60 of the labelled
 * sets); a progressive of an act is as much their act as a past verb, though the phrase stands
 * before a form of `be` or a raising hedge.
 *
 * Not police only somewhere or in a state ("police are at the scene", "Police are aware of the
 * video"), arriving ("police were arriving"), nor a raised passive ("are understood to have been
 * told").
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { progressiveAct } from './content-subject';
import type { position } from './position';

/** How far past the phrase a raising hedge's `to` is looked for: "are also understood to". */
const RAISING_REACH = 6;

/** Whether `police` at `np`, in position `pos`, is at work in a progressive (see the file's head). */
export function policeAtWork(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  pos: ReturnType<typeof position>,
): boolean {
  if (pos === 'copula') return progressiveAct(ctx, s, np.end);
  if (pos !== 'raised') return false;
  const toks = ctx.tokens;
  for (let k = np.end; k < s.last && k < np.end + RAISING_REACH; k++)
    if (toks[k]!.lower === 'to') {
      // "to be examining", not "to be waiting" nor "to have been told"
      const p = toks[k + 2];
      return (
        toks[k + 1]?.lower === 'be' && !!p && /[a-z]{3}ing$/.test(p.lower) && !WAITING.has(p.lower)
      );
    }
  return false;
}

/** Progressives of only waiting or coming: `waiting`, `arriving`. */
const WAITING: ReadonlySet<string> = new Set(['arriving', 'coming', 'gathering', 'waiting']);
