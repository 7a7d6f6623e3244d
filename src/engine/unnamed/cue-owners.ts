/**
 * People whose possessive is the source of a noun cue: "the centre had ignored residents'
 * complaints", "Neighbours' warnings went unheeded", "dismissed several parents' concerns that
 * the route was unsafe". The cue credits them as its source, so they are people the story relies
 * on and does not name (decision 153 of the labelled sets: a possessive on a noun cue is its
 * source, the person an `unnamed` when the text does not name them). A head before a possessive
 * is otherwise no head (`the company's units`); a body's possessive ("the council's warnings")
 * is left to the entities pass, which tells a body named before from a new one.
 */
import type { Context } from '../context';
import { F } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { pluralEnding } from './reason';
import { IN_POSSESSIVE_DETERMINERS, listsOf } from './words';

/**
 * Whether head `h`, followed by a possessive, is a plural person noun that a cue credits as its
 * source (`sourceHeads`) and owns the cue noun right after the possessive: "residents'
 * complaints" (not "residents' homes", no cue; not "the minister's claims", one person the story
 * may have named: a singular is left to the repeat of a source, find-unnamed.ts; not "their
 * mothers' concerns", people known through whose they are).
 */
export function creditedOwner(ctx: Context, h: number, sourceHeads: readonly number[]): boolean {
  const toks = ctx.tokens;
  const t = toks[h]!;
  if (toks[h + 1]?.kind !== 'pos' || !sourceHeads.includes(h)) return false;
  if (!(pluralEnding(t.lower) || t.lower === 'people') || !isPersonClass(headClass(ctx, h)))
    return false;
  const cue = toks[h + 2];
  if (!cue || (cue.f & F.CUE_NOUN) === 0) return false;
  // ("their mothers' concerns": people known by whose they are, decision 102's relatives of a
  // victim, not a source the story withholds)
  for (let k = h - 1; k >= h - 3 && toks[k]?.kind === 'word'; k--)
    if ((listsOf(toks[k]) & IN_POSSESSIVE_DETERMINERS) !== 0) return false;
  return true;
}
