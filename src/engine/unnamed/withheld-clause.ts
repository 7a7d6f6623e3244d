/**
 * The far reach of the one reader of "this identity is withheld" (`withheldAfter` in
 * withheld-identity.ts): a relative clause whose naming verb, refused or negated, stands well
 * past the relative, or that keeps a name back or gives only a description: "which the people
 * asked the paper not to name", "whose name the county's ethics commission has not released",
 * "whom the filings describe only as a senior aide", "whose identity was redacted". The near
 * reader takes the relative as the naming's subject or object within a few words; this one reads
 * the clause up to its comma.
 *
 * Not a naming verb with an object of its own ("which did not name a price"), nor a clause that
 * says the phrase was not named in a document ("which was not named in the lawsuit": left out of
 * its parties, not kept back; "who was not named in court" still withholds).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isNegation, isPrep, isPunct } from '../context';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';

/** Words of naming, their refusal or keeping back: `name`, `identified`, `withheld`. */
const NAMING: ReadonlySet<string> = new Set([
  'disclose',
  'disclosed',
  'identified',
  'identify',
  'name',
  'named',
  'release',
  'released',
]);
/** Words that keep a name back by themselves: `withheld`, `redacted`. */
const KEEPING: ReadonlySet<string> = new Set(['redacted', 'withheld', 'withhold']);
/** Words that refuse or negate the naming before it: `not`, `declined to`, `never`. */
const REFUSALS: ReadonlySet<string> = new Set(['declined', 'never', 'not', "n't", 'refused']);
/** Verbs of describing or identifying that `only as` / `only by` follows: "describe only as". */
const DESCRIBING: ReadonlySet<string> = new Set([
  'describe',
  'described',
  'describes',
  'identified',
  'identifies',
  'identify',
]);
/** How many words of the clause are read, from the relative. */
const REACH = 14;

/**
 * Whether the relative clause whose relative word is at `r`, read from `from` up to its comma,
 * keeps back the phrase before it (see the file's head).
 */
export function clauseRefusesNaming(ctx: Context, s: Sentence, r: number, from: number): boolean {
  const toks = ctx.tokens;
  for (let q = from; q < s.last && q <= r + REACH; q++) {
    const t = toks[q]!;
    if (isPunct(t) && t.lower !== '-') return false;
    const l = t.lower;
    if (KEEPING.has(l)) return true;
    if (l === 'only' && (toks[q + 1]?.lower === 'as' || toks[q + 1]?.lower === 'by'))
      return DESCRIBING.has(toks[q - 1]?.lower ?? '');
    // ("identify only by a code name": read at `only`)
    if (!NAMING.has(l) || toks[q + 1]?.lower === 'only') continue;
    // the naming verb takes no object of its own: a comma, a preposition or the clause's end next
    const after = toks[q + 1];
    if (after && q + 1 < s.last && !isPunct(after) && !isPrep(after) && !isAdverb(after))
      return false;
    if (after?.lower === 'in' && namedInDocument(ctx, s, q + 1)) return false;
    for (let b = q - 1; b > r && b >= q - 3; b--) if (REFUSALS.has(toks[b]!.lower)) return true;
    return false;
  }
  return false;
}

/**
 * Whether `in` at `k` opens a document: "in the lawsuit", "in the indictment" (a phrase left out
 * of a document's list of parties, not kept back).
 */
export function namedInDocument(ctx: Context, s: Sentence, k: number): boolean {
  if (ctx.tokens[k]?.lower !== 'in' || k + 1 >= s.last) return false;
  const np = phraseStartingAt(ctx, k + 1, s.last, false, 0);
  return np !== null && headClass(ctx, np.head) === 'document';
}

/**
 * Whether the verb group at `k`, after a relative, says only that the phrase was not named in a
 * document: "which was not named in the lawsuit", "who is not named in the indictment".
 */
export function leftOutOfDocument(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || isNegation(toks[k]))) k++;
  const v = toks[k]?.lower;
  if (v !== 'named' && v !== 'identified') return false;
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  return namedInDocument(ctx, s, k);
}
