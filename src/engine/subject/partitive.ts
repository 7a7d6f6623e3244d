/** A quantified part of a group as a subject: `One of them told`, `two of us said`. */
import type { Context } from '../context';
import { isQuant } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';

/** Pronouns that end a partitive: `one of them`, `two of us`, `some of us`. */
const PARTITIVE_PRONOUNS = ruleWords('partitivePronouns');

/** The partitive phrase ending at pronoun `j` (`One of them`), or null. */
export function partitivePronoun(ctx: Context, j: number, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  const t = toks[j];
  // (each of them a pronoun: the flag first)
  if (!t || (t.f & F.PRON) === 0 || !PARTITIVE_PRONOUNS.has(t.lower) || toks[j - 1]?.lower !== 'of')
    return null;
  const q = j - 2;
  if (q < floor || !isQuant(toks[q]) || toks[q]!.lower === 'all' || toks[q]!.lower === 'both')
    return null;
  let start = q;
  const b = toks[q - 1];
  if (b && q - 1 >= floor && (b.lower === 'least' || b.lower === 'than') && q - 2 >= floor)
    start = q - 2;
  return { start, end: j + 1, head: q, coreEnd: j + 1 };
}
