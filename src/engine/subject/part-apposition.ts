/**
 * A part of a group and the apposition that says who the part is: "Another, a supervisor at the
 * depot, said", "One, a former nurse who gave her name only as Pat, says". The apposition is an
 * indefinite phrase that may run on into a relative clause or a participle phrase up to its
 * closing comma; its phrase is the source with the part, and it names the part when its own
 * words do, however the bare part word reads.
 */
import type { Context } from '../context';
import { isRelative } from '../context';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Named } from '../types';
import { isParticipleWord } from './clause';

/** Words that stand for one of a group on their own and take an apposition: `Another, a ...`. */
export const PART_WORDS: ReadonlySet<string> = new Set(['another', 'one']);

/** `-ing` words that open a participle phrase after the apposition's noun (`travelling with`). */
const ING = /^[a-z]{3,}ing$/;

/**
 * The indefinite phrase opening segment `[a, b)` when a relative clause (`a former nurse who gave
 * her name only as Pat`) or a participle phrase (`a teacher travelling with two children`) after
 * it runs to the segment's end: the phrase without that tail, which the entities pass reads as
 * it reads any relative clause after a source (a name given in it names the source); null for
 * anything else (a plain phrase that fills the segment is `describingApposition`'s).
 */
function appositionWithTail(ctx: Context, a: number, b: number): NounPhrase | null {
  const toks = ctx.tokens;
  const det = toks[a]?.lower;
  if (det !== 'a' && det !== 'an') return null;
  const role = phraseStartingAt(ctx, a, b);
  if (!role || role.end >= b) return null;
  const next = toks[role.end]!;
  const tail =
    (next.kind === 'word' && isRelative(next) && next.lower !== 'that') ||
    (next.kind === 'word' && ING.test(next.lower)) ||
    isParticipleWord(next);
  return tail ? role : null;
}

/**
 * `Another` standing alone in segment `[a, a + 1)` and an apposition filling the next segment
 * (`bounds` are the commas of the clause, `si` the part's segment): the part with its apposition,
 * as named as the apposition's words make it; null when no apposition follows.
 */
export function apposedPart(
  ctx: Context,
  bounds: readonly number[],
  si: number,
  a: number,
): { np: NounPhrase; named: Named } | null {
  if (!PART_WORDS.has(ctx.tokens[a]!.lower) || si + 2 >= bounds.length) return null;
  const c = bounds[si + 1]!;
  const e = bounds[si + 2]!;
  const role = indefiniteApposition(ctx, c + 1, e);
  if (!role) return null;
  return { np: { start: a, end: role.end, head: a, coreEnd: a + 1 }, named: namedness(ctx, role) };
}

/**
 * The indefinite apposition that describes a part in segment `[a, b)`: a phrase filling the
 * segment (`a shopkeeper in the old town`) or one a relative clause or a participle phrase runs
 * on from (`a former nurse who gave her name only as Pat`); null for anything else.
 */
export function indefiniteApposition(ctx: Context, a: number, b: number): NounPhrase | null {
  return describingApposition(ctx, a, b) ?? appositionWithTail(ctx, a, b);
}

/**
 * The indefinite noun phrase that fills segment `[a, b)`: an apposition that describes a part
 * (`a shopkeeper in the old town`, `a senior CNB executive`); null when the segment is anything
 * else (a name, a clause, `who ...`).
 */
function describingApposition(ctx: Context, a: number, b: number): NounPhrase | null {
  const role = phraseStartingAt(ctx, a, b);
  if (!role || role.end !== b) return null;
  const det = ctx.tokens[a]!.lower;
  return det === 'a' || det === 'an' ? role : null;
}
