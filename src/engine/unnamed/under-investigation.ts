/**
 * People under investigation for their own conduct: "Two contractors are being investigated by the
 * regulator", "a labour broker was under investigation", "Two surveyors have been implicated in the
 * fraud". A party placed under investigation is a suspect sought on suspicion of an act
 * (decision 120 of the labelled sets), as one charged or arrested is (decision 56), though it
 * stands as the subject of a passive or a copula.
 */
import type { Context } from '../context';
import { isAdverb, isAux } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { asideEnd } from './people';

/**
 * Participles of an inquiry into someone's conduct and of the steps it takes against them (not
 * `questioned`, which a witness is too, decision 181; nor `suspended`, `fired` or `dismissed`,
 * which the removal rule reads as what befalls someone, decision 137).
 */
const INQUIRY_PARTICIPLES: ReadonlySet<string> = new Set([
  'implicated',
  'investigated',
  'prosecuted',
]);

/** Nouns after `under` of an inquiry: `under investigation`, `under suspicion`. */
const INQUIRY_NOUNS: ReadonlySet<string> = new Set(['inquiry', 'investigation', 'suspicion']);

/**
 * Whether the verb group after `np` (past an aside between commas) puts it under an inquiry: a
 * passive of an inquiry participle, or `be under investigation`.
 */
export function underInvestigation(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const from = asideEnd(ctx, s, np.end);
  let k = from;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || toks[k]!.lower === 'being')) k++;
  if (k >= s.last || k === from) return false;
  const w = toks[k]!.lower;
  if (INQUIRY_PARTICIPLES.has(w)) return true;
  return underInquiry(ctx, k);
}

/**
 * Whether `np` is picked out by the inquiry right after it, a reduced "under investigation": "A
 * water company under investigation for polluting the river", "One of the firms under
 * investigation".
 */
export function underInvestigationAfter(ctx: Context, np: NounPhrase): boolean {
  return underInquiry(ctx, np.end);
}

/** Whether `under` at `k` opens an inquiry: `under investigation`, `under suspicion`. */
function underInquiry(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return toks[k]?.lower === 'under' && INQUIRY_NOUNS.has(toks[k + 1]?.lower ?? '');
}
