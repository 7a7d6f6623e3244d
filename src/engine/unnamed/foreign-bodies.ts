/**
 * A foreign state's body that the story does not name: "passing submarine designs to a foreign
 * intelligence agency", "had been recruited by a foreign intelligence service". `foreign` tells
 * the reader there is one particular state behind the story and withholds which: the guideline's
 * own first example of `unnamed` ("a foreign intelligence agency"), required wherever it stands in
 * its clause, as the party a spy works for acts through him.
 *
 * Not a plural or a definite body ("foreign governments", "the foreign ministry": a class, or a
 * body the story knows), nor a thing of a foreign state ("a foreign government delegation", "a
 * foreign service officer": the head is another noun).
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Heads of a state's body or of the state itself: `agency`, `service`, `power`, `government`. */
const STATE_BODIES: ReadonlySet<string> = new Set([
  'agency',
  'government',
  'power',
  'service',
  'state',
]);

/** Whether `np` is an indefinite state body marked only as foreign ("a foreign intelligence agency"). */
export function foreignStateBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if ((first !== 'a' && first !== 'an') || !STATE_BODIES.has(toks[np.head]!.lower)) return false;
  let foreign = false;
  for (let k = np.start + 1; k < np.head; k++) {
    if (ctx.name[k]) return false;
    if (toks[k]!.lower === 'foreign') foreign = true;
  }
  return foreign;
}
