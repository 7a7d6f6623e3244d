/**
 * Parties the story tried and failed to reach or to identify: "A logging company operating in the
 * area could not be reached for comment", "The recruiter could not be reached", "The buyer has not
 * been disclosed", "The email's author could not be identified". The story sought them because
 * they did something it reports (decision 70 of the labelled sets: "A logging company ... could
 * not be reached" is required), so a body or an occupation in that passive is a withheld actor,
 * though it stands as the passive's subject.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { F } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/** Participles of reaching or identifying a party: `reached`, `identified`, `disclosed`. */
const SOUGHT_PARTICIPLES: ReadonlySet<string> = new Set([
  'contacted',
  'disclosed',
  'identified',
  'named',
  'reached',
  'revealed',
  'traced',
]);

/**
 * Whether the verb group after `np` (after a participle phrase that picks it out, "operating in
 * the area", or an aside between commas, "whose identity couldn't be learned,") is a negated
 * passive of reaching or identifying: "could not be reached", "has not been publicly identified",
 * "couldn't be contacted".
 */
export function unreachedParty(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  const t = toks[k];
  if (!t) return false;
  if (isPunct(t, ',')) {
    // an aside: ", who ... ," or ", 34,"
    let q = k + 1;
    while (q < s.last && q < k + 12 && !isPunct(toks[q]) && toks[q]!.kind !== 'quote') q++;
    if (!isPunct(toks[q], ',')) return false;
    k = q + 1;
  } else if (t.kind === 'word' && /[a-z]{3}(?:ing|ed)$/.test(t.lower) && !isAux(t)) {
    // a participle phrase, up to the verb group ("operating in the area could not")
    let q = k + 1;
    while (q < s.last && q < k + 8 && !isAux(toks[q]) && !isPunct(toks[q])) {
      if ((toks[q]!.f & F.REPORT) !== 0) return false;
      q++;
    }
    k = q;
  }
  let negated = false;
  let aux = 0;
  for (; k < s.last; k++) {
    const w = toks[k]!.lower;
    const contracted = w.endsWith("n't");
    if (!isAux(toks[k]) && !isAdverb(toks[k]) && !NOT.has(w) && !contracted) break;
    if (NOT.has(w) || contracted) negated = true;
    if (isAux(toks[k]) || contracted) aux++;
  }
  if (!negated || aux === 0 || k >= s.last || !SOUGHT_PARTICIPLES.has(toks[k]!.lower)) return false;
  // (not one the sentence goes on to name: "The buyer was not named in the statement, but it is
  // understood to be Halcyon Sports Partners")
  for (let j = k + 1; j + 1 < s.last; j++)
    if ((toks[j]!.lower === 'be' || toks[j]!.lower === 'is') && ctx.name[j + 1]) return false;
  return true;
}

/** Negators inside a verb group: `not`, `never`, `yet` (in "not yet"). */
const NOT: ReadonlySet<string> = new Set(['not', 'never', 'yet']);
