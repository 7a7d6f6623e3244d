/**
 * Run-in labels: a short capitalised lead and a colon before a sentence's own clause, as
 * newsletters and live pages set them ("Zoom in: Growers in the valley have ...", "Retail: At least
 * two grocers are ...", "What's next: ..."). The clause after the label opens the sentence as
 * much as its first word would: the label is a heading, not part of the clause.
 */
import type { Context } from '../context';

/** The most tokens a run-in label takes before its colon: "What we're watching". */
const LABEL_MAX = 5;

/**
 * The token after a run-in label that starts at `k` and ends before `limit` (a capitalised first
 * word, at most five tokens with no other punctuation or quotation mark, a colon, then a
 * capitalised word), or `k` when no label starts there.
 */
export function afterRunInLabel(ctx: Context, k: number, limit: number): number {
  const toks = ctx.tokens;
  if (!toks[k]?.cap) return k;
  for (let q = k + 1; q < limit && q <= k + LABEL_MAX; q++) {
    const t = toks[q]!;
    if (t.lower === ':') return toks[q + 1]?.cap && toks[q + 1]!.kind === 'word' ? q + 1 : k;
    if (t.kind === 'punct' || t.kind === 'quote') return k;
  }
  return k;
}
