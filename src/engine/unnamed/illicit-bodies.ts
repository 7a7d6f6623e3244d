/**
 * Criminal bodies the story does not name: "Detectives believe the gang is operating from abroad",
 * "said the gang had used fishing boats", "The gangs are laughing at us". A definite body noun
 * mostly points back to a body the story has named ("the company", "the ministry": decision 15 of
 * the labelled sets), but a gang, a cartel or a syndicate is seldom named, and when it is not, it
 * is a withheld actor at every mention (decision 70), however definite the phrase; so is a ring
 * or a racket ("Investigators believe the ring earned", decision 229's agent nouns that carry the
 * deed), though not after a preposition, where a ring is a thing or a place.
 */
import type { Context } from '../context';
import { isPrep } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Nouns of criminal bodies: `gang`, `cartel`, `syndicate`, `ring`, `racket` (not `network`). */
const ILLICIT_BODIES: ReadonlySet<string> = new Set([
  'cartel',
  'cartels',
  'gang',
  'gangs',
  'racket',
  'rackets',
  'ring',
  'rings',
  'syndicate',
  'syndicates',
]);

/** Criminal body nouns that name a thing or a place too: `ring`, `racket`. */
const AMBIGUOUS: ReadonlySet<string> = new Set(['racket', 'rackets', 'ring', 'rings']);

/**
 * Whether `np` is `the` + a criminal body noun as its last word ("the gang", "the drug cartel")
 * with no earlier name of the text that has that noun in it ("the Red Hand gang", "the Sorrel
 * Cartel": then it is that one).
 */
export function unnamedIllicitBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]?.lower !== 'the' || np.head !== np.coreEnd - 1) return false;
  const head = toks[np.head]!.lower;
  if (!ILLICIT_BODIES.has(head)) return false;
  // ("Farmers gathered around the ring said": a ring or a racket is a thing or a place too, and
  // after a preposition the phrase is one)
  if (AMBIGUOUS.has(head) && isPrep(toks[np.start - 1])) return false;
  for (let k = np.start + 1; k < np.head; k++) if (ctx.name[k]) return false;
  const singular = head.endsWith('s') ? head.slice(0, -1) : head;
  const plural = `${singular}s`;
  const inName = ctx.nameWords.get(singular) ?? ctx.nameWords.get(plural);
  if (inName !== undefined && inName < np.start) return false;
  // ("the Red Hand gang ... the gang": a name right before the noun earlier names the body)
  // (a scan back only for these few heads, which most texts never have)
  for (let k = np.start - 1; k > 0; k--) {
    const w = toks[k]!.lower;
    if ((w === singular || w === plural) && ctx.name[k - 1]) return false;
  }
  return true;
}
