/**
 * People an act comes from: "after pressure from clergy", "criticism from parishioners", "abuse
 * from fans"; and whom someone learned something from: "learned
 * of the list from parishioners", "heard about the sale from friends". A noun of pressure, protest,
 * support or interest names an act, and its `from` phrase names who did it, as a `by` agent
 * names a passive's (decisions 136, 146, 147 and 177 of the labelled sets: people who act, or on
 * whose word the story relies, are required). Market crowds and the public stay optional
 * (decisions 90, 99, 138): "pressure from investors" is a market's, and "interest from fans" is
 * attention, not an act (a counted "interest from two buyers" is position.ts's `from` agent); but
 * a crowd that presses a body to do something acts as any lobby does ("under pressure from
 * investors to sell the fields": decision 136's investors who act, not a market's mood).
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Nouns of an act whose `from` phrase is its doer: `pressure`, `criticism`, `complaints`. */
const ACT_NOUNS: ReadonlySet<string> = new Set([
  'abuse',
  'advice',
  'anger',
  'appeals',
  'applause',
  'backlash',
  'calls',
  'complaints',
  'criticism',
  'demands',
  'donations',
  'help',
  'intelligence',
  'lobbying',
  'offers',
  'opposition',
  'outcry',
  'pleas',
  'pressure',
  'protests',
  'resistance',
  'support',
  'threats',
]);

/** Verbs of learning something from someone: `learned`, `heard`. */
const LEARNING: ReadonlySet<string> = new Set(['heard', 'learned', 'learnt']);

/** Market crowds and the public, optional at most (decisions 90, 99): `investors`, `voters`. */
const CROWDS = ruleWords('stanceCrowds');

/** How far back from `from` a verb of learning may stand: "learned of the closure list from". */
const LEARNING_REACH = 8;

/**
 * Whether `np`, a phrase right after `from`, names who did the act the noun before `from` names,
 * or whom the subject learned something from.
 */
export function actFrom(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const from = np.start - 1;
  if (from <= s.first || toks[from]!.lower !== 'from') return false;
  if (CROWDS.has(toks[np.head]!.lower) && !pressedToAct(ctx, s, np)) return false;
  if (ACT_NOUNS.has(toks[from - 1]!.lower)) return true;
  // "learned of the list from parishioners": a verb of learning before its object
  for (let k = from - 1; k >= s.first && k >= from - LEARNING_REACH; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (LEARNING.has(t.lower)) return true;
  }
  return false;
}

/** Words that cannot open an infinitive's verb: determiners, pronouns, numbers ("to the board"). */
const NOT_VERB = F.DET | F.QUANT | F.PRON | F.PREP | F.FUNC;

/**
 * Whether an infinitive follows `np` ("pressure from investors to sell the fields"): what the
 * crowd presses someone to do, the act of a lobby rather than a market's mood.
 */
function pressedToAct(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end + 1 >= s.last || toks[np.end]?.lower !== 'to') return false;
  const v = toks[np.end + 1]!;
  return v.kind === 'word' && !v.cap && (v.f & NOT_VERB) === 0;
}
