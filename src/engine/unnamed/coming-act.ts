/**
 * A group that comes somewhere to do something: "Relatives of the missing sailors gathered outside
 * the naval base, demanding answers", "Pals of the teenager gathered at the spot to lay flowers",
 * "Residents gathered outside the offices and chanted slogans". Only arriving or waiting is no act
 * (decision 85 of the labelled sets: "Relatives gathered at a school" is optional), but a crowd
 * that chants, demands, lays flowers or signs is one that acts (decision 125), and the clause
 * tells it in a participle, a purpose or a second verb after the verb of coming.
 */
import type { Context } from '../context';
import { isAdverb, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';

/** Progressives of what befalls someone, not an act: `waiting`, `struggling`. */
const UNDERGOING_ING = ruleWords('undergoingProgressives');
/** Past verbs of only coming, waiting or receiving: `gathered`, `queued`. */
const COMING = ruleWords('comingAndReceivingVerbs');
/** Past verbs of what befalls someone: `died`, `stayed`. */
const UNDERGOING = ruleWords('undergoingVerbs');

/** Progressives and infinitives of only coming, waiting or receiving: `arriving`, `wait`. */
const NO_ACT: ReadonlySet<string> = new Set([
  'arrive',
  'arriving',
  'await',
  'awaiting',
  'be',
  'coming',
  'gathering',
  'get',
  'hear',
  'hoping',
  'queuing',
  'queueing',
  'receive',
  'see',
  'wait',
  'watch',
  'watching',
]);

/** Words that end the clause of the verb of coming: another clause or its time. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([
  'after',
  'as',
  'because',
  'before',
  'but',
  'since',
  'until',
  'when',
  'where',
  'which',
  'while',
  'who',
]);

/** Word flags of no verb: a determiner, preposition, pronoun, adverb, name word or time. */
const NOT_VERB = F.DET | F.QUANT | F.PREP | F.PRON | F.AUX | F.ADV | F.FUNC | F.TIME;

/**
 * Whether the verb at `k` is one of coming or waiting (`gathered`, `lined`, `queued`, `stayed`)
 * whose clause goes on to an act of the same subject: a participle after a comma (", demanding
 * answers", ", chanting"), a purpose (`to lay flowers`, `to protest against the closure`, not `to
 * work` right after the verb: a destination) or a second past verb after `and` (`and chanted`).
 */
export function cameToAct(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || (!COMING.has(v.lower) && !UNDERGOING.has(v.lower))) return false;
  for (let q = k + 1; q < s.last && q < k + 16; q++) {
    const t = toks[q]!;
    if (CLAUSE_ENDS.has(t.lower) || t.kind === 'quote' || isPunct(t, ';') || isPunct(t, ':'))
      return false;
    const w = toks[q + 1];
    if (!w || q + 1 >= s.last || w.kind !== 'word' || ctx.name[q + 1] || (w.f & NOT_VERB) !== 0)
      continue;
    // ", demanding answers"
    if (isPunct(t, ',')) {
      if (/[a-z]{3}ing$/.test(w.lower)) return !NO_ACT.has(w.lower) && !UNDERGOING_ING.has(w.lower);
      continue;
    }
    // "to lay flowers" (a destination takes `to` right after the verb: "returned to work")
    if (t.lower === 'to' && q > k + 1) return !NO_ACT.has(w.lower) && objectAfter(ctx, q + 2);
    // "and chanted slogans"
    if (t.lower === 'and' && /[a-z]ed$/.test(w.lower))
      return !COMING.has(w.lower) && !UNDERGOING.has(w.lower);
  }
  return false;
}

/** Whether an object or a phrase of the act opens at `k`: a determiner, a noun, a preposition. */
function objectAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word') return false;
  return (t.f & (F.DET | F.PREP)) !== 0 || (t.lower.endsWith('s') && !t.lower.endsWith('ss'));
}
