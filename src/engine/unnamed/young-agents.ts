/**
 * A young person new to the story who does the act of a passive: "He was attacked by two
 * teenagers on bicycles", "the scooter was stolen by two hooded youths", "was punched by a boy".
 * The lexicon keeps `teenager`, `youth`, `boy` as victims, flagged only when held or charged
 * (accused-newcomers.ts); the `by` agent of a passive is whoever did the act, and one the story
 * knows only by age is an actor it does not name, as "robbed by two men" is. Not a passive of
 * company or kinship, which tells of no act ("is survived by two daughters", "accompanied by a
 * girl", "was raised by a single mother").
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

/** Passives of company, care or kinship, which tell of no act: `survived`, `accompanied`. */
const NO_ACT: ReadonlySet<string> = new Set([
  'accompanied',
  'adopted',
  'attended',
  'born',
  'flanked',
  'followed',
  'joined',
  'mothered',
  'outnumbered',
  'played',
  'predeceased',
  'raised',
  'surrounded',
  'survived',
  'visited',
]);

/**
 * Whether `np`, a new mention (`a`, a count) with no name in it, is the `by` agent right after a
 * past participle (adverbs between): "was attacked by two teenagers", "stolen by two youths".
 */
export function youngAgent(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (first.kind !== 'num' && !INDEFINITE.has(first.lower) && !NUMBER_WORDS.has(first.lower))
    return false;
  if (first.lower === 'one' && np.start === np.head) return false;
  const k = beforeBy(ctx, s, np);
  if (k < 0) return false;
  const v = toks[k]!;
  if (v.kind !== 'word' || NO_ACT.has(v.lower)) return false;
  return /[a-z](?:ed|en)$/.test(v.lower) || (v.f & F.IRREGULAR) !== 0;
}

/**
 * Whether `np` is the `by` agent of a passive of company or kinship: "is survived by two
 * daughters", "was predeceased by a brother", "accompanied by a cousin" (an obituary's family,
 * who do nothing in the story).
 */
export function kinPassiveAgent(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const k = beforeBy(ctx, s, np);
  return k >= 0 && NO_ACT.has(ctx.tokens[k]!.lower);
}

/**
 * The token before the `by` that opens `np`, adverbs skipped (the participle of "was attacked
 * by", "survived by"), or -1 when no `by` comes right before `np` in sentence `s`.
 */
function beforeBy(ctx: Context, s: Sentence, np: NounPhrase): number {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'by') return -1;
  let k = np.start - 2;
  while (k > s.first && isAdverb(toks[k])) k--;
  return k >= s.first ? k : -1;
}
