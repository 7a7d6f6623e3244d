/** People placed by where they are: "farmers around the lake", "fans outside the ground". */
import type { Context } from '../context';
import { headClass, isPersonClass } from './head-class';

/**
 * Whether the word at `k`, right after the head of people ending at `coreEnd`, places them by
 * where they are: `across`, `along`, `around`, `outside`, `throughout` before a definite place or
 * a name ("farmers around the lake", "drivers across Kestland", "fans outside the ground"), as
 * `in` and `at` do ("residents in the valley"). Not before a bare noun ("staff across
 * departments": a spread, not a place), after a thing or a body ("the road outside the school",
 * "a militant group along the border", whose place is no more than a topic), nor the world.
 */
export function placedBy(ctx: Context, coreEnd: number, k: number): boolean {
  if (k !== coreEnd || !PLACE_PREPS.has(ctx.tokens[k]!.lower)) return false;
  const next = ctx.tokens[k + 1];
  if (!next || !(next.lower === 'the' || (ctx.name[k + 1] && next.cap))) return false;
  // ("developers around the world": everyone anywhere, a class in general)
  if (next.lower === 'the' && EVERYWHERE.has(ctx.tokens[k + 2]?.lower ?? '')) return false;
  return isPersonClass(headClass(ctx, coreEnd - 1));
}

/** Places that stand for everywhere: `world`, `globe`. */
const EVERYWHERE: ReadonlySet<string> = new Set(['globe', 'planet', 'world']);

/** Prepositions that place people where they are: `across`, `around`, `outside`. */
const PLACE_PREPS: ReadonlySet<string> = new Set([
  'across',
  'along',
  'around',
  'outside',
  'throughout',
]);
