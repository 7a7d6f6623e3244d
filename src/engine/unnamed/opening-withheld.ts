/**
 * A sentence's opening phrase for a person or body that the clause set off right after it says
 * the text keeps back: "The developer, whose identity the council has not disclosed, has applied",
 * "The judge, whose name the commission has not released, has not been charged", "The owner,
 * which the people asked the paper not to name, could fetch". The mention may repeat one made
 * before, but the sentence itself shows the identity withheld (decisions 7 and 120 of the labelled
 * sets: a party a source declines to name is withheld at every mention), so the phrase is an
 * anonymous actor or source whatever its head's class would say alone.
 *
 * Left alone: a victim (the clause or the main clause tells of a harm or care: withheld-identity.ts),
 * a thing ("The drug, whose name the firm withheld,"), a phrase inside the sentence (other rules
 * judge those), and a clause that names nothing withheld ("The trust, which runs 11 schools,").
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { Unnamed } from './find-unnamed';
import { victimAfter, VICTIM_WORDS, withheldAfter } from './withheld-identity';
import { WHY } from './words';

const NONE: readonly Unnamed[] = [];

/** The opening phrase of `s` when a clause after its comma says its identity is withheld. */
export function openingWithheld(ctx: Context, s: Sentence): readonly Unnamed[] {
  const toks = ctx.tokens;
  let k = s.first;
  while (k < s.last && toks[k]!.kind === 'quote') k++;
  const first = toks[k];
  // (a definite or possessive opening only: "The developer", "Her attacker"; cheap test first)
  if (!first || first.kind !== 'word' || ctx.name[k]) return NONE;
  const np = phraseStartingAt(ctx, k, s.last, false, 0);
  if (!np || np.head !== np.end - 1 || !isPunct(toks[np.end], ',')) return NONE;
  const cls = headClass(ctx, np.head);
  if (
    cls !== 'organisation' &&
    cls !== 'occupation' &&
    cls !== 'role' &&
    cls !== 'title' &&
    cls !== 'person'
  )
    return NONE;
  // ("The missing man, whose name was not released,": a victim, named or not, is no actor)
  for (let q = np.start; q < np.head; q++) if (VICTIM_WORDS.has(toks[q]!.lower)) return NONE;
  if (!withheldAfter(ctx, s, np.end) || victimAfter(ctx, s, np.end)) return NONE;
  return [{ start: np.start, end: np.end, why: WHY.anonymous }];
}
