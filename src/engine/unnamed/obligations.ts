/**
 * Classes under a rule: a bare plural or an indefinite singular that a statement of duty or right
 * is about ("Under the law, companies must notify the regulator", "Landlords are required to
 * report", "a defendant has the right to confront"). A rule speaks of anyone of the class, not of
 * actors the story withholds (the guideline's generic classes; decisions 17 and 42 of the labelled
 * sets, "must report their income" left unlabelled), even when the duty is to tell someone
 * something: a duty to notify is no claim made.
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { isPlural } from './find-unnamed';

/** Participles of a duty or right after `be`: `required`, `obliged`, `entitled`. */
const DUTY_PARTICIPLES: ReadonlySet<string> = new Set([
  'allowed',
  'entitled',
  'obliged',
  'permitted',
  'required',
]);

/**
 * Whether `np` is a class under a rule: a bare plural before `must`, `should`, `have the right
 * to` or `are required to` ("companies must notify", "residents should tell it so"), or a
 * singular with `a`/`an` before `must`, `has the right to` or `is entitled to` ("a defendant has
 * the right to").
 */
export function obligedClass(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  const plural = isPlural(toks[np.head]!.lower);
  const indefinite = first.lower === 'a' || first.lower === 'an';
  if (plural === indefinite || ctx.name[np.head]) return false;
  if (plural && ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num')) return false;
  for (let q = np.start; q < np.end; q++) if (toks[q]!.kind === 'pos' || ctx.name[q]) return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (k >= s.last) return false;
  const v = toks[k]!.lower;
  if (v === 'must') return true;
  if (v === 'should') return plural;
  const next = toks[k + 1]?.lower;
  // "have the right to", "has a legal right to"
  if (v === (plural ? 'have' : 'has')) {
    for (let q = k + 1; q < s.last && q <= k + 4; q++)
      if (toks[q]!.lower === 'right' || toks[q]!.lower === 'duty')
        return toks[q + 1]?.lower === 'to';
    return false;
  }
  // "are required to", "is entitled to"
  return (
    v === (plural ? 'are' : 'is') &&
    next !== undefined &&
    DUTY_PARTICIPLES.has(next) &&
    toks[k + 2]?.lower === 'to'
  );
}
