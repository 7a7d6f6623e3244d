/**
 * A sentence's opening phrase for a person or body that the clause set off right after it says
 * the text keeps back: "The developer, whose identity the council has not disclosed, has applied",
 * "The judge, whose name the commission has not released, has not been charged", "The owner,
 * which the people asked the paper not to name, could fetch". The mention may repeat one made
 * before, but the sentence itself shows the identity withheld (decisions 7 and 120 of the labelled
 * sets: a party a source declines to name is withheld at every mention), so the phrase is an
 * anonymous actor or source whatever its head's class would say alone.
 *
 * Left alone: a victim (the clause or the main clause tells of a harm or care: withheld-identity.ts),
 * a thing ("The drug, whose name the firm withheld,"), a phrase inside the sentence (other rules
 * judge those), and a clause that names nothing withheld ("The trust, which runs 11 schools,").
 */
import type { Context } from '../context';
import { isAdverb, isPrep, isPunct } from '../context';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { Unnamed } from './find-unnamed';
import { victimAfter, VICTIM_WORDS } from './withheld-identity';
import { WHY } from './words';

const NONE: readonly Unnamed[] = [];

/** The opening phrase of `s` when a clause after its comma says its identity is withheld. */
export function openingWithheld(ctx: Context, s: Sentence): readonly Unnamed[] {
  const toks = ctx.tokens;
  let k = s.first;
  while (k < s.last && toks[k]!.kind === 'quote') k++;
  const first = toks[k];
  // (a definite or possessive opening only: "The developer", "Her attacker"; cheap test first)
  if (!first || first.kind !== 'word' || ctx.name[k]) return NONE;
  const np = phraseStartingAt(ctx, k, s.last, false, 0);
  if (!np || np.head !== np.end - 1 || !isPunct(toks[np.end], ',')) return NONE;
  const cls = headClass(ctx, np.head);
  if (
    cls !== 'organisation' &&
    cls !== 'occupation' &&
    cls !== 'role' &&
    cls !== 'title' &&
    cls !== 'person'
  )
    return NONE;
  // ("The missing man, whose name was not released,": a victim, named or not, is no actor)
  for (let q = np.start; q < np.head; q++) if (VICTIM_WORDS.has(toks[q]!.lower)) return NONE;
  if (!clauseWithholds(ctx, s, np.end + 1) || victimAfter(ctx, s, np.end)) return NONE;
  return [{ start: np.start, end: np.end, why: WHY.anonymous }];
}

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
/** Nouns of a name after `whose`: `name`, `identity`. */
const NAME_NOUNS: ReadonlySet<string> = new Set(['identities', 'identity', 'name', 'names']);
/** How many words of the clause are read. */
const REACH = 14;

/**
 * Whether the relative clause at `r` (up to its comma) says the phrase before it is kept back:
 * "whose name the commission has not released", "which the people asked the paper not to name",
 * "whom the filings describe only as", "who has not been named". A naming verb must take the
 * relative as its object or subject ("which did not name a price" names something else).
 */
function clauseWithholds(ctx: Context, s: Sentence, r: number): boolean {
  const toks = ctx.tokens;
  const w = toks[r]?.lower;
  if (w === 'whose') {
    if (!NAME_NOUNS.has(toks[r + 1]?.lower ?? '')) return false;
  } else if (w !== 'which' && w !== 'whom' && w !== 'who') return false;
  for (let q = w === 'whose' ? r + 2 : r + 1; q < s.last && q <= r + REACH; q++) {
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
    // ("which was not named in the lawsuit": left out of a document's list of parties, not kept
    // back; "who was not named in court" still withholds)
    if (after?.lower === 'in' && inDocument(ctx, s, q + 2)) return false;
    for (let b = q - 1; b > r && b >= q - 3; b--) if (REFUSALS.has(toks[b]!.lower)) return true;
    return false;
  }
  return false;
}

/** Whether the phrase at `k` (after `in`) is a document: "in the lawsuit", "in the indictment". */
function inDocument(ctx: Context, s: Sentence, k: number): boolean {
  const np = k < s.last ? phraseStartingAt(ctx, k, s.last, false, 0) : null;
  return np !== null && headClass(ctx, np.head) === 'document';
}
