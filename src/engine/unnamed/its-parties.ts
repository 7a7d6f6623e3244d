/**
 * The people of a body or a document that open a sentence and act: "Its members have lobbied for
 * a delay" (an association's member firms), "Its tenants tell a different story" (a landlord's),
 * "Its signatories say management ignored them" (a letter's). `Its` ties them to the body or the
 * document the story named or described, but they are a second party the story does not name
 * (decisions 69, 114 and 142 of the labelled sets: required when they act or speak), not the body
 * itself as "Its chief" or "Its leader", the one holder of an office, would be. Left alone: `their`
 * ("Their families have not been allowed to visit", people's own relatives), a phrase later in the
 * sentence ("said its members had voted": a union's own statement about its members, optional),
 * and a phrase that only undergoes ("Its tenants were evicted").
 */
import type { Context } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { position } from './position';

/** People of a body or a document who are not the body: `members`, `tenants`, `signatories`. */
const PARTIES: ReadonlySet<string> = new Set(['members', 'signatories', 'tenants']);

/** How many words may stand between `Its` and the head: "Its own long-standing members". */
const REACH = 3;

/**
 * Whether `np` is `Its [adjectives] PARTIES` opening its sentence as the subject of an active
 * clause, with no name in the phrase.
 */
export function itsPartiesActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.start !== s.first || toks[np.start]!.lower !== 'its') return false;
  if (!PARTIES.has(toks[np.head]!.lower) || np.head - np.start > REACH) return false;
  for (let k = np.start + 1; k < np.end; k++) if (ctx.name[k]) return false;
  return position(ctx, s, np) === 'subject';
}
