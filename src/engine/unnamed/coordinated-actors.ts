/**
 * The later members of a coordinated actor phrase: "was tackled by a security guard and an
 * off-duty nurse", "was persuaded to stay by his wife and a longtime friend", "signed by a retired
 * judge and two former prosecutors". A coordination fills one place in its clause, so a new
 * mention of people or a body after `and`/`or` acts as the member before it does: an unnamed actor
 * when that member was found to be one, or the agent of a passive when it follows `by`. (The rules
 * of position look at the word before a phrase, and there they see only `and`.)
 */
import type { Context } from '../context';
import { isAdverb } from '../context';
import { F, ruleWords } from '../lexicon';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { wordBits } from '../word-bits';
import { barePlural, opensClause } from './content-subject';
import { WHY } from './words';

/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

/** The kinds of finding a coordinated member shares: people or bodies who act or speak. */
const ACTING_WHYS: ReadonlySet<string> = new Set([
  WHY.actor,
  WHY.organisation,
  WHY.source,
  WHY.anonymous,
]);

/**
 * Whether `np`, a new mention (`a`, `another`, a count) with no name in it, is a later member of
 * a coordination whose earlier member acts: the last finding of `out` ends right at its `and`
 * ("by two ushers and a retired firefighter"), or that member is the agent of a past passive
 * ("was persuaded by his wife and a longtime friend"). Not a named member ("a nurse and two
 * officers from the Kelm police"), nor one after a list of things ("by the harbour and a
 * school"), nor the company someone keeps ("is survived by her son and two grandchildren",
 * "surrounded by pals and a group of young women": a state, not an act).
 */
export function coordinatedActor(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const toks = ctx.tokens;
  const and = np.start - 1;
  const w = toks[and]?.lower;
  if ((w !== 'and' && w !== 'or') || and <= s.first) return false;
  const first = toks[np.start]!;
  // ("Fans and players held a silence", "Parents and teachers protested": a bare plural is a
  // new mention too, but only beside an earlier member the story has found acting)
  const bare = barePlural(ctx, np);
  if (!bare && first.kind !== 'num' && (listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) === 0)
    return false;
  // ("a guard and one", "and another": a pronoun-like quantifier with no noun of its own)
  if (np.head === np.start && !bare) return false;
  if (namedness(ctx, np)) return false;
  const v = byParticiple(ctx, s, and);
  if (v >= 0 && COMPANY.has(toks[v]!.lower)) return false;
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (
    last &&
    last.end === and &&
    ACTING_WHYS.has(last.why) &&
    // (a bare plural beside a bare subject only: in "a group of 19 statisticians and
    // neuroscientists" the count and the group take both nouns in, and "angered bankers and
    // regulators alike" has them as objects)
    (!bare || (bareWords(ctx, last.start, and) && opensClause(ctx, s, last.start)))
  )
    return true;
  return !bare && v >= 0 && pastPassive(ctx, s, v);
}

/** Whether tokens `a` to `b` hold no determiner, count, possessive or preposition. */
function bareWords(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind === 'num' || t.kind === 'pos' || (t.f & (F.DET | F.QUANT | F.PREP)) !== 0)
      return false;
  }
  return true;
}

/**
 * Participles of the company someone keeps or leaves behind, not of an act done to them (the
 * lexicon's stative participles are too many here: "was persuaded by a friend" is an act).
 */
const COMPANY: ReadonlySet<string> = new Set([
  'accompanied',
  'flanked',
  'joined',
  'mourned',
  'surrounded',
  'survived',
]);

/**
 * The participle of a passive whose `by` agent is the few words right before `and`, or -1: `by`
 * after a participle (past adverbs and an infinitive), then a few words of one noun phrase
 * (determiners, modifiers, a possessive) with no punctuation, verb or second preposition among
 * them: "was persuaded to stay by his wife", "had been signed by a retired judge".
 */
function byParticiple(ctx: Context, s: Sentence, and: number): number {
  const toks = ctx.tokens;
  for (let k = and - 1; k >= s.first && k >= and - 6; k--) {
    const t = toks[k]!;
    if (t.lower === 'by') {
      if (k === and - 1) return -1;
      let v = k - 1;
      // ("to stay by his wife": an infinitive between the participle and `by`; a verb such as
      // `apply` may also read as an adverb, so the infinitive is looked for first)
      if (v - 2 >= s.first && toks[v - 1]?.lower === 'to') v -= 2;
      while (v > s.first && isAdverb(toks[v])) v--;
      const p = toks[v];
      return !!p &&
        p.kind === 'word' &&
        (/[a-z](?:ed|en)$/.test(p.lower) || (p.f & F.IRREGULAR) !== 0) &&
        (p.f & F.PREP) === 0
        ? v
        : -1;
    }
    if (t.kind === 'pos') continue;
    if (t.kind !== 'word' || (t.f & (F.PREP | F.AUX | F.REPORT)) !== 0) return -1;
  }
  return -1;
}

/** Whether the participle at `v` follows a past `be` (past adverbs): `was`, `were`, `been`. */
function pastPassive(ctx: Context, s: Sentence, v: number): boolean {
  const toks = ctx.tokens;
  let k = v - 1;
  while (k > s.first && isAdverb(toks[k])) k--;
  const be = toks[k]?.lower;
  return be === 'was' || be === 'were' || be === 'been';
}

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [INDEFINITE, NUMBER_WORDS]);
const IN_INDEFINITE = 1 << 0;
const IN_NUMBER_WORDS = 1 << 1;
