/**
 * A group that is arranging an act of its own: "Residents are planning a protest outside the town
 * hall", "Parents are organising a petition", "Nurses are staging a walkout". `intendedAct`
 * (content-subject.ts) reads "plan to" + a verb; an act named by a noun after a progressive of
 * arranging is the same particular group with its own act ahead (decision 125), not a class in
 * general, which arranges no protest on a date.
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import type { Sentence } from '../sentences';

/** Progressives of arranging an act: `planning`, `organising`, `staging`. */
const ARRANGING: ReadonlySet<string> = new Set([
  'holding',
  'launching',
  'mounting',
  'organising',
  'organizing',
  'planning',
  'preparing',
  'staging',
]);

/**
 * Acts a group arranges together: `protest`, `petition`, `legal challenge` (not a strike or a
 * walkout: a trade's labour relations tell of its workforce).
 */
const GROUP_ACTS: ReadonlySet<string> = new Set([
  'appeal',
  'blockade',
  'boycott',
  'campaign',
  'challenge',
  'demonstration',
  'lawsuit',
  'march',
  'petition',
  'protest',
  'rally',
  'sit-in',
  'vigil',
]);

/** Words between the verb and the act's noun: `a`, `another`, `their`, `legal`, `mass`. */
const BEFORE_ACT: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'candlelit',
  'class-action',
  'court',
  'further',
  'legal',
  'mass',
  'new',
  'second',
  'silent',
  'their',
  'weekend',
]);

/**
 * Whether the verb group at `k` is `are` / `were` + a progressive of arranging + an act a group
 * arranges: "are planning a protest", "were organising a legal challenge".
 */
export function plannedAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const be = toks[k]?.lower;
  if (be !== 'are' && be !== 'were') return false;
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  return arrangedAct(ctx, s, k);
}

/**
 * Whether the word at `q` is a progressive of arranging followed by an act a group arranges:
 * "planning a protest", "organising a petition", "staging a walkout".
 */
export function arrangedAct(ctx: Context, s: Sentence, q: number): boolean {
  return ARRANGING.has(ctx.tokens[q]?.lower ?? '') && groupActAfter(ctx, s, q);
}

/**
 * Whether an act a group arranges follows the verb at `q`, past a few words that open its noun
 * phrase: "(launched) a petition", "(staged) a silent protest".
 */
export function groupActAfter(ctx: Context, s: Sentence, q: number): boolean {
  const toks = ctx.tokens;
  // ("a protest march": an act's noun may also come before another)
  for (let k = q + 1; k < s.last && k <= q + 4; k++) {
    const w = toks[k]!.lower;
    if (GROUP_ACTS.has(w)) return true;
    if (!BEFORE_ACT.has(w)) return false;
  }
  return false;
}
