import type { Context } from '../context';

/**
 * Whether the story before token `limit` names one minister of one portfolio by a title before a
 * name (`Trade Minister Gerald Pike`, `HOUSING Minister Colin Dray`), whose ministry is then the
 * one ministry in view: "One ministry insider" of that story speaks from inside it (point 348 of
 * the labelled sets, dx07, and cr07's "a furious ministry insider"). Not a prime minister, whose
 * office is no ministry, nor a story with ministers of two portfolios.
 */
export function oneMinisterBefore(ctx: Context, limit: number): boolean {
  const toks = ctx.tokens;
  let portfolio: string | null = null;
  for (let q = 1; q < limit; q++) {
    if (toks[q]!.lower !== 'minister' || !ctx.name[q + 1] || !toks[q + 1]!.cap) continue;
    const before = toks[q - 1]!;
    if (before.kind !== 'word' || before.lower === 'prime') continue;
    if (portfolio === null) portfolio = before.lower;
    else if (portfolio !== before.lower) return false;
  }
  return portfolio !== null;
}
