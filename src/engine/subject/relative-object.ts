/**
 * `it` as the object of a relative clause's verb right before the reporting verb: "Two officials
 * who have read it said", "A driver who saw it told". `it` is a subject pronoun too, so it stays
 * the subject after a verb that takes a clause with no `that` ("people who think it said too
 * little", "staff who knew it said so"): verbs of belief and of knowing.
 */
import type { Context } from '../context';
import { F, reportingVerb } from '../lexicon';

/** Lemmas of knowing that take a bare clause, beside the belief verbs: `knew it said`. */
const CLAUSE_LEMMAS: ReadonlySet<string> = new Set(['know', 'understand']);

/**
 * Whether `it` at `j` is the object of the verb at `j - 1` (the caller checks that the verb opens
 * a relative clause): the verb is no verb of belief or knowing.
 */
export function objectIt(ctx: Context, j: number): boolean {
  const toks = ctx.tokens;
  const verb = toks[j - 1];
  if (toks[j]?.lower !== 'it' || !verb || verb.kind !== 'word') return false;
  const v = (verb.f & F.REPORT) !== 0 ? reportingVerb(verb) : undefined;
  return !v || (v.cue !== 'belief' && !CLAUSE_LEMMAS.has(v.lemma));
}
