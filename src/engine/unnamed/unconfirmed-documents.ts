/**
 * Documents the writer marks as unconfirmed: "Unverified reports on social media that the runway
 * had been damaged were dismissed", "Unconfirmed reports of a death", "unconfirmed posts". The
 * adjective of distance (a hedge, ANNOTATION.md section 4) says the story relies on what they
 * tell without knowing or giving who is behind them: a document relied on whose issuer is withheld
 * (the guideline's "according to reports"), with or without a cue that credits it.
 *
 * Not a document with a named issuer or owner in the phrase ("unconfirmed reports in the Harbour
 * Gazette", "the ministry's unverified figures": named, section 2's "a study in the journal X"),
 * nor one inside a quotation, where the words are a speaker's dismissal ("relied on 'unverified
 * claims'"), not the writer's distance.
 */
import type { Context } from '../context';
import { quotationAround } from '../entities/quoted-speaker';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Adjectives of a document nobody has confirmed: `unconfirmed`, `unverified`. */
const UNCONFIRMED: ReadonlySet<string> = new Set([
  'uncorroborated',
  'unconfirmed',
  'unverifiable',
  'unverified',
]);

/** Whether the document `np` is marked unconfirmed by the writer, with no name in it. */
export function unconfirmedDocument(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let marked = false;
  for (let k = np.start; k < np.head; k++) if (UNCONFIRMED.has(toks[k]!.lower)) marked = true;
  if (!marked) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  return quotationAround(ctx, np.head) === null;
}
