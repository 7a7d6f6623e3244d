/**
 * An institution's name that goes on with its subject (`Center for Justice`, `Centers for Disease
 * Control`, `Center on Poverty and Inequality`, `Society of Authors`): one body's name, which goes
 * on over `and` as an organisation word's does (`Ministry of Fisheries and Oceans`). `Center`
 * alone is no organisation word (a place as often); with its subject after it, it is a body.
 * Read by the name runs (entities/names.ts) and the phrase reader (phrase-starting.ts), so that
 * the two end the name at the same word.
 */
import type { Context } from '../context';
import { isTimeWord } from '../context';
import { INSTITUTION_WORDS } from '../lexicon';

/** Whether the name at token `k` is an institution's word with its subject after it. */
export function subjectBody(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const p = toks[k + 1]?.lower;
  if (!ctx.name[k] || (p !== 'for' && p !== 'on' && p !== 'of') || !ctx.name[k + 2]) return false;
  // ("the Harbour Centre on Monday": when it spoke, not what it studies)
  if (p === 'on' && isTimeWord(toks[k + 2])) return false;
  const w = toks[k]!.lower;
  return INSTITUTION_WORDS.has(w) || (w.endsWith('s') && INSTITUTION_WORDS.has(w.slice(0, -1)));
}

/**
 * Whether the names ending at token `k`, read back over `for`, `on` and `of` between names,
 * hold an institution's word with its subject (`Center for Law` before `and Policy`).
 */
export function subjectBodyBefore(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q >= 0 && q > k - 8; q--) {
    if (ctx.name[q]) {
      if (subjectBody(ctx, q)) return true;
      continue;
    }
    const w = toks[q]!.lower;
    if ((w !== 'for' && w !== 'on' && w !== 'of') || !ctx.name[q - 1]) return false;
  }
  return false;
}
