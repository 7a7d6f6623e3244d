/**
 * A verb of foretelling or checking in an infinitive of ability or possibility states what can
 * or cannot be done, it reports nothing: "they were able to predict the choices", "it might be
 * possible to predict the outcome", "The Ledger was unable to verify whether", "We were not able
 * to verify that claim", "could not establish who". Someone who did check or foretell is credited by another verb ("said
 * it had verified", "predicted a rise").
 */
import type { Context } from '../../context';
import { isAdverb } from '../../context';
import { lemmaBits } from '../../lexicon';
import type { Verb } from '../verb-group';

/** Whether verb `v` is only a capacity: `able to predict`, `unable to verify`. */
export function onlyCapacity(ctx: Context, v: Verb): boolean {
  const lists = capacityOf(v.entry);
  if (lists === 0) return false;
  const foretell = (lists & IN_FORETELLING) !== 0;
  const toks = ctx.tokens;
  if (!foretell && checkBeyondReach(ctx, v)) return true;
  if (v.passive || toks[v.g - 1]?.lower !== 'to') return false;
  let k = v.g - 2;
  while (k > 0 && isAdverb(toks[k])) k--;
  const w = toks[k]?.lower ?? '';
  // "no way to predict"
  if (w === 'way' && toks[k - 1]?.lower === 'no') return true;
  if (!ABLE.has(w)) return false;
  // a check not made ("unable to verify", "not able to confirm", "impossible to verify"); what
  // can be foretold, made or not ("able to predict the choices")
  return foretell || !POSITIVE.has(w) || negatedBefore(ctx, k);
}

/**
 * Whether verb `v` is a check that could not be made, with a modal of ability: "The Ledger could
 * not independently verify his account", "images alone cannot establish who fired"; not
 * `confirm`, whose refusal is told ("could not confirm the report").
 */
function checkBeyondReach(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  const modal = toks[v.g]!.lower.replace('\u2019', "'");
  if (v.passive || v.lemma === 'confirm') return false;
  if (modal === "can't" || modal === "couldn't") return true;
  if (!CAN.has(modal)) return false;
  for (let k = v.g; k < v.i; k++) {
    const w = toks[k]!.lower;
    if (w === 'cannot' || w === 'not' || w.endsWith("n't")) return true;
  }
  return false;
}

/** Modals of ability: `can`, `could`, `cannot`. */
const CAN: ReadonlySet<string> = new Set(['can', 'cannot', 'could']);

/** Whether `not`, `never` or `n't` stands in the three words before token `k`. */
function negatedBefore(ctx: Context, k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 3; q--) {
    const w = ctx.tokens[q]!.lower;
    if (w === 'not' || w === 'never' || w === "n't" || w.endsWith("n't")) return true;
  }
  return false;
}

/** Verbs of foretelling and reckoning: `predict`, `forecast`, `estimate`. */
const FORETELLING: ReadonlySet<string> = new Set(['calculate', 'estimate', 'forecast', 'predict']);

/** Verbs of checking a claim: `verify`, `confirm`, `establish`. */
const CHECKING: ReadonlySet<string> = new Set(['confirm', 'determine', 'establish', 'verify']);

/** A verb's lemma in `FORETELLING` (`IN_FORETELLING`) and `CHECKING`, as bits (lexicon.ts). */
const capacityOf = lemmaBits(() => [FORETELLING, CHECKING]);
const IN_FORETELLING = 1 << 0;

/** Words of ability or possibility before `to`: `able`, `possible`, `hard`. */
const ABLE: ReadonlySet<string> = new Set([
  'able',
  'difficult',
  'easier',
  'easy',
  'hard',
  'harder',
  'impossible',
  'possible',
  'unable',
]);

/** The words of `ABLE` that say a thing can be done, unless negated. */
const POSITIVE: ReadonlySet<string> = new Set(['able', 'easier', 'easy', 'possible']);

/**
 * Whether verb `v` is the writer's or reader's supposition: a verb of `we`, `you` or `one` in an
 * `if` or `unless` clause ("even if we accept that clicking counts as consent", "if you believe
 * the brochure", "unless one assumes that"). It credits nothing to anyone in the story (the
 * guideline's hypothetical use); "if officials confirm that" still credits officials.
 */
export function supposition(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.g - 1;
  while (k > 0 && isAdverb(toks[k])) k--;
  if (!GENERIC_PERSONS.has(toks[k]?.lower ?? '')) return false;
  return SUPPOSING.has(toks[k - 1]?.lower ?? '');
}

/** Pronouns of the writer, the reader or anyone: `we`, `you`, `one`. */
const GENERIC_PERSONS: ReadonlySet<string> = new Set(['one', 'we', 'you']);

/** Words that open a supposition: `if`, `unless`. */
const SUPPOSING: ReadonlySet<string> = new Set(['if', 'unless']);
