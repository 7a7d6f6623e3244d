/**
 * A body set off between commas after the subject it describes: "The company's lenders, a group of
 * regional banks, agreed to waive a covenant", "and one, a regional bank, has paused its payments". The
 * description is the only way the story identifies the body, and the body does what its subject
 * does.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import { position } from './position';

/**
 * Whether `np`, between commas, follows the phrase that opens its clause (at the sentence's start
 * or after `and`), and that phrase, with no name at its head and not a bare definite, is the
 * subject of an act or of a raising hedge.
 */
export function apposedToActingSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const comma = np.start - 1;
  if (!isPunct(toks[comma], ',') || !isPunct(toks[np.end], ',')) return false;
  // (the opening phrase: at the sentence's start, or after `and` once a clause has ended)
  let from = s.first;
  if (comma - 2 > s.first && toks[comma - 2]!.lower === 'and') from = comma - 1;
  const outer = phraseStartingAt(ctx, from, s.last);
  if (!outer || outer.end !== comma || ctx.name[outer.head]) return false;
  // (not after `the` + a noun with no owner, which mostly points back to a body the story named,
  // decision 15: "The company, a maker of pumps, said")
  if (toks[outer.start]!.lower === 'the') {
    let owned = false;
    for (let k = outer.start; k < outer.head; k++) if (toks[k]!.kind === 'pos') owned = true;
    if (!owned) return false;
  }
  const pos = position(ctx, s, outer);
  return pos === 'subject' || pos === 'raised';
}
