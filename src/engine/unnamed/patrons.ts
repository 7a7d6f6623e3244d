/**
 * A body's clientele and households as a group of their own: "Customers vented their frustration
 * online", "Families noticed quickly", "Subscribers flooded the forum with complaints". Staff and
 * members act for the body the story names (decision 65's bare nouns aside, `newMention` keeps
 * them out), but customers, users and families are placed by the body, not part of it (decision
 * 91 of the labelled sets): a bare plural of them that opens its clause and acts is a group the
 * story does not name.
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Plurals of those a body serves or a story befalls: `customers`, `families`, `users`. */
const PATRONS: ReadonlySet<string> = new Set([
  'customers',
  'families',
  'households',
  'subscribers',
  'users',
]);

/**
 * Whether the head of `np` is a plural of patrons or households: `families`, `customers`, `users`.
 * Counted ("Three families contacted the paper", "Several customers sued"), they are some of those
 * a body serves or a story befalls, not the body's own people.
 */
export function patronHead(ctx: Context, np: NounPhrase): boolean {
  return PATRONS.has(ctx.tokens[np.head]!.lower);
}

/**
 * Whether `np` is a plural of patrons or households with no owner or definite determiner before
 * its head (`Customers`, `Angry customers`, `At least two families`; not `its customers`, `the
 * families`, nor a quotation's first words).
 */
export function patronsActing(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!PATRONS.has(toks[np.head]!.lower)) return false;
  // (not at the start of a quotation: a speaker's own account of them, "\"Families sweltered in
  // the dark because ...\"", is the speaker's generalisation)
  if (toks[np.start - 1]?.kind === 'quote') return false;
  for (let k = np.start; k < np.head; k++)
    if (toks[k]!.kind !== 'word' || ctx.name[k]) return false;
  const first = toks[np.start]!;
  return (
    first.kind === 'word' && !/^(the|its|their|his|her|our|some|many|most|all)$/.test(first.lower)
  );
}
