/**
 * A singular actor noun inside a partitive that must end in a plural: "one of the leading
 * academic voices on the region", "one of the most senior official sources". After `one of the`
 * (or `each of`, `any of`, `none of` and their kin with `the`, a possessive or `its`/`their`),
 * English needs a plural head, so a singular actor noun there with a plural noun after it is the
 * plural's modifier, not the head of its own phrase.
 */
import type { Context } from '../context';
import { isContent } from '../context';
import type { Sentence } from '../sentences';

/** Quantifiers of a part that take `of` and a plural: `one of`, `each of`, `none of`. */
const PART_OF: ReadonlySet<string> = new Set(['any', 'each', 'either', 'neither', 'none', 'one']);

/** Determiners between `of` and the plural: `the`, `its`, `their`, `these`, `those`. */
const GROUP_DETERMINERS: ReadonlySet<string> = new Set(['its', 'their', 'the', 'these', 'those']);

/**
 * Whether the singular head `h` of sentence `s` stands between `one of the` (at most three
 * modifiers before it) and a lowercase plural noun: "one of the leading American academic
 * voices" (not "one of the academics", a plural head; not "one academic voiced concern").
 */
export function partitiveModifier(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const next = toks[h + 1];
  if (!next || next.kind !== 'word' || next.cap || !isContent(next)) return false;
  if (!/[^s]s$/.test(next.lower)) return false;
  let k = h - 1;
  while (
    k > s.first &&
    k >= h - 4 &&
    toks[k]!.kind === 'word' &&
    !GROUP_DETERMINERS.has(toks[k]!.lower)
  )
    k--;
  if (!GROUP_DETERMINERS.has(toks[k]?.lower ?? '') || toks[k - 1]?.lower !== 'of') return false;
  return PART_OF.has(toks[k - 2]?.lower ?? '');
}
