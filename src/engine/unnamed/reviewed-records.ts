/**
 * The records an outlet or a named body went through, inside the phrase of its own review: "A
 * Post analysis of court records found", "An NTN News review of Lanesport court records", "The
 * Herald's analysis of state inspection records". The review is the named party's finding, but
 * the records it reviewed keep their own namedness (decision 68 of eval/labelled/DECISIONS.md and
 * its point on anon ah136: the outlet never names a document); with no issuer in the phrase they
 * are documents relied on whose issuer the text does not give, ANNOTATION.md section 2's
 * `unnamed` ("internal documents reviewed by the paper").
 *
 * Left alone: a review no name owns ("an analysis of campaign filings by Ledgerline": the phrase
 * as a whole is judged by the document rules), records tied to someone ("a review of the
 * company's filings", "of its accounts", "of Acme filings", "of Harwick county records"), a
 * thing reviewed that is no document ("a review of university admissions"), and a document noun
 * that only modifies another ("a review of records systems").
 */
import type { Context } from '../context';
import { isAux, isPrep, isPunct } from '../context';
import { DOCUMENT_NOUNS, F } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Unnamed } from './find-unnamed';
import { WHY } from './words';

const NONE: readonly Unnamed[] = [];

/** Nouns of going through records: `review`, `analysis`. */
const REVIEWS: ReadonlySet<string> = new Set(['analysis', 'audit', 'examination', 'review']);

/** The records that a named party's review in `s` went through (see the file's head). */
export function reviewedRecords(ctx: Context, s: Sentence): readonly Unnamed[] {
  const toks = ctx.tokens;
  let out: Unnamed[] | null = null;
  for (let k = s.first + 1; k + 2 < s.last; k++) {
    if (!REVIEWS.has(toks[k]!.lower) || toks[k + 1]!.lower !== 'of') continue;
    if (!namedReviewer(ctx, s, k)) continue;
    const end = recordsEnd(ctx, s, k + 2);
    if (end > k + 2) (out ??= []).push({ start: k + 2, end, why: WHY.document });
  }
  return out ?? NONE;
}

/**
 * Whether a name, or a name's possessive, owns the review at `k`: "A Post analysis", "An NTN News
 * review", "The Herald's analysis".
 */
function namedReviewer(ctx: Context, s: Sentence, k: number): boolean {
  let b = k - 1;
  if (ctx.tokens[b]?.kind === 'pos') b--;
  return b >= s.first && ctx.name[b] !== 0;
}

/**
 * The end of a bare phrase of records opening at `k` ("court records", "federal data"): up to
 * four words whose last is a document noun that ends the phrase; `k` when there is none. A
 * determiner, a possessive or a name ties the records to someone ("Acme filings"; a place's,
 * "Harwick county records", are that level's own, point 326 of the decisions).
 */
function recordsEnd(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let last = -1;
  for (let j = k; j < s.last && j < k + 4; j++) {
    const t = toks[j]!;
    if (t.kind !== 'word' || (t.f & (F.DET | F.PRON)) !== 0) break;
    if (ctx.name[j]) return k;
    if (DOCUMENT_NOUNS.has(t.lower)) last = j;
    else if (last >= 0) break;
  }
  if (last < 0) return k;
  // (the head: what follows ends the phrase, "court records found", "federal data, judges"; not
  // "a review of records systems", a compound)
  const next = toks[last + 1];
  const ends =
    last + 1 >= s.last ||
    !next ||
    isPunct(next) ||
    isPrep(next) ||
    isAux(next) ||
    (next.f & (F.REPORT | F.BE)) !== 0;
  return ends ? last + 1 : k;
}
