/**
 * Definite bodies with nothing to point back to: "One of the people said the firm had been told
 * to replace its managers", "The fund, which manages about $40 billion, has also approached a
 * rival" where the text has named no one before. A definite body noun mostly points back to a
 * body the story has named ("the company" after "Acme": decision 15 of the labelled sets), but
 * with no name at all before it in the text there is no body it can be, and the phrase withholds
 * the body it stands for as an indefinite would (decision 16's definite descriptions).
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import { IN_UNIQUE_INSTITUTIONS, listsOf } from './words';

/** Words that open a description between commas: `which`, `whose`, `a`, `based`. */
const DESCRIBING: ReadonlySet<string> = new Set(['a', 'an', 'based', 'which', 'whose']);

/**
 * Whether `np` is `the` + a body noun as its last word, with no name in it and no name of a body
 * or person anywhere before it in the text (a place names no body: "in Brannock"); not a
 * country's unique institution ("the government", "the army": decision 21).
 */
export function unanchoredBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]?.lower !== 'the' || np.head !== np.coreEnd - 1) return false;
  if ((listsOf(toks[np.head]) & IN_UNIQUE_INSTITUTIONS) !== 0) return false;
  for (let k = np.start + 1; k <= np.head; k++) if (ctx.name[k]) return false;
  // ("The fund, which manages", "The supplier, a family-owned firm": described, not named)
  if (!isPunct(toks[np.end], ',') || !DESCRIBING.has(toks[np.end + 1]?.lower ?? '')) return false;
  // (from the text's start: most texts name someone in their first words)
  for (let k = 0; k < np.start; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return false;
  return true;
}
