/**
 * A definite body noun that points back to a body the story never named: "a fault was traced to
 * one supplier ... the supplier", "an outside contractor ... the contractor". A definite body noun
 * mostly refers back to a named body ("the company" after Acme, decision 15 of the labelled sets);
 * when its antecedent is an indefinite of no name, it withholds the identity as its first mention
 * did (decisions 70, 89 and 163: withheld actors are required at every mention).
 */
import type { Context } from '../context';
import { isPrep, isPunct } from '../context';
import { agentiveNoun, F } from '../lexicon';
import { selfGivenName } from '../phrase/namedness';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import { previousSameWord } from '../same-word';
import { headClass } from '../phrase/head-class';

/** Determiners of a first, unidentified mention: `a`, `an`, `one`, `another`. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** Words that give the name a body goes by after its noun: `a supplier called Kelm Parts`. */
const GOES_BY: ReadonlySet<string> = new Set(['called', 'known', 'named', 'calling']);

/** How many tokens back the indefinite first mention may stand (a few paragraphs). */
const REACH = 300;

/**
 * Whether the nearest earlier mention of `np`'s head word is an indefinite phrase with no name in
 * it or beside it: `one supplier`, `an outside contractor`, `a little-known firm` (not `Acme, a
 * supplier`, `a supplier, Acme,`, `a supplier called Acme`, `Acme is a supplier`, nor a word met
 * first inside a name, `the Kelm Supply Group ... a group ... the group`, nor one a name stands
 * between, `from an AI company ... Corvid confirmed ... the company said`).
 */
export function indefiniteAntecedent(ctx: Context, np: NounPhrase): boolean {
  return antecedentStart(ctx, np) >= 0;
}

/**
 * Whether a definite person noun points back to an indefinite first mention of no name and no
 * body: "an overzealous former manager ... The manager", "a clerk in the examinations office ...
 * the clerk" (not "a club insider ... the insider", a person of the one club the story is about,
 * as named as the club, decision 92 of the labelled sets; nor "a clerk at Halvard Motors").
 */
export function indefinitePersonAntecedent(ctx: Context, np: NounPhrase): boolean {
  const k = antecedentStart(ctx, np);
  if (k < 0) return false;
  const toks = ctx.tokens;
  const q = previousSameWord(ctx, np.head);
  for (let m = k + 1; m < q; m++) if (headClass(ctx, m) === 'organisation') return false;
  // ("a clerk at Halvard Motors": the body's own staff, not withheld)
  const name = toks[q + 1]?.lower === 'the' ? q + 3 : q + 2;
  return !(isPrep(toks[q + 1]) && ctx.name[name] && !isPlaceName(ctx, name));
}

/** The determiner of `np`'s indefinite first mention (see `indefiniteAntecedent`), or -1. */
function antecedentStart(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  const word = toks[np.head]!.lower;
  const inName = ctx.nameWords.get(word);
  if (inName !== undefined && inName < np.start) return -1;
  // (named in its own apposition: "The militia, the Eastern Shield, has denied")
  if (isPunct(toks[np.end], ',')) {
    const n = toks[np.end + 1]?.lower === 'the' ? np.end + 2 : np.end + 1;
    if (ctx.name[n]) return -1;
  }
  const q = previousSameWord(ctx, np.head);
  if (q < 0 || q < np.start - REACH || ctx.name[q]) return -1;
  // back over at most three modifiers to the determiner ("one little-known Kelm-based supplier")
  let k = q - 1;
  while (
    k >= 0 &&
    k >= q - 3 &&
    toks[k]!.kind === 'word' &&
    !ctx.name[k] &&
    (toks[k]!.f & (F.DET | F.QUANT | F.FUNC | F.PREP)) === 0
  )
    k--;
  if (k < 0 || !INDEFINITE.has(toks[k]!.lower)) return -1;
  // (a name in the phrase: "a Halvard supplier")
  for (let m = k + 1; m < q; m++) if (ctx.name[m]) return -1;
  // an apposition or copula that names it: "Acme, a supplier", "Acme is a supplier"
  const before = toks[k - 1];
  if (before && (isPunct(before, ',') || (before.f & F.BE) !== 0) && ctx.name[k - 2]) return -1;
  // or a name right after: "a supplier, Acme,", "a supplier called Acme", "a supplier (Acme)"
  const after = toks[q + 1];
  // (not a self-chosen alias, "a group calling itself Black Tern", which withholds)
  const goesBy = !!after && GOES_BY.has(after.lower) && !selfGivenName(toks, q + 1);
  if (after && (isPunct(after) || goesBy) && ctx.name[q + 2]) return -1;
  if (goesBy && ctx.name[q + 3]) return -1;
  // (the word as a modifier, not the head: "a council spokesman", "a company statement")
  if (after?.kind === 'word' && ((after.f & F.ACTOR) !== 0 || agentiveNoun(after.lower))) return -1;
  // a name since then may be the body the definite noun stands for: "one of the most serious
  // leaks yet from an AI company ... Corvid confirmed ... the company said"
  // (not the place in its own post-modifier: "a small brokerage in Kelm")
  let from = q + 1;
  if (after && (after.f & F.PREP) !== 0) for (from = q + 2; ctx.name[from];) from++;
  for (let m = from; m < np.start; m++) if (ctx.name[m] && !isPlaceName(ctx, m)) return -1;
  return k;
}
