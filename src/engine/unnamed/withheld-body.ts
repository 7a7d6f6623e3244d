/**
 * A definite phrase whose relative clause says the story keeps its name back: "The firm, which
 * asked not to be named, said", "The vendor, which Elmsford did not name, has not responded",
 * "The company, which KBN News is not naming because ...". A definite body noun mostly points back
 * to a body the story named ("the company", decision 15 of the labelled sets); one the text says
 * it does not name is the plainest case of a withheld identity there is.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isNegation, isPrep, isPunct } from '../context';
import { PLACE_WORDS } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Token } from '../tokenize';

/** Verbs of giving a name, in the forms a refusal takes: `name`, `naming`, `identify`. */
const NAMING: ReadonlySet<string> = new Set([
  'identified',
  'identify',
  'identifying',
  'name',
  'named',
  'naming',
]);

/** Words of asking or declining before `to be named` / `to name`: `asked`, `declined`. */
const DECLINING: ReadonlySet<string> = new Set(['asked', 'declined', 'refused', 'requested']);

/** Present and past forms of declining to give a name: `declines`, `refused`, `would not`. */
const DECLINES: ReadonlySet<string> = new Set([
  'declined',
  'declines',
  'declining',
  'refused',
  'refuses',
  'refusing',
]);

/**
 * Whether a relative clause right after `np` (`, which` / `, who` / `, whom`) says its name is
 * kept back: `asked not to be named`, `declined to be identified`, `which X did not name`, `which
 * X is not naming`, `which X declined to identify` (not `which was not named in the lawsuit`:
 * where it is not named, a body the story may have named itself).
 */
export function withheldBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[np.start]!];
  if (!s || toks[np.start]?.lower !== 'the' || !isPunct(toks[np.end], ',')) return false;
  const w = toks[np.end + 1]?.lower;
  // ("The group, whose members have not been identified,": a body known by no one in it)
  const whose = w === 'whose' && WITHHELD_PARTS.has(toks[np.end + 2]?.lower ?? '');
  if (w !== 'which' && w !== 'who' && w !== 'whom' && !whose) return false;
  // a clause of at most ten words, up to its comma
  let negated = false;
  let declined = false;
  const from = whose ? np.end + 3 : np.end + 2;
  for (let q = from; q < s.last && q <= np.end + 12; q++) {
    const t = toks[q]!;
    if (isPunct(t)) return false;
    const l = t.lower;
    if (isNegation(t)) negated = true;
    else if (DECLINING.has(l)) declined = true;
    // (a passive, "which was not named in the lawsuit", may only say where it is not named;
    // "which was not identified by authorities", "which has not been named because of reporting
    // restrictions", "which has not been named," that ends its clause, say who keeps it back, why,
    // or nothing more; not `who` with an agent or reason: "A source within the council, who did
    // not wish to be named," is the person's)
    else if (NAMING.has(l))
      return (
        declined ||
        (negated &&
          (!l.endsWith('ed') ||
            (w === 'which' && withheldPassiveEnds(toks[q + 1])) ||
            passiveEnds(ctx, q)))
      );
    else if (!isAux(t) && !isAdverb(t) && l !== 'to' && l !== 'be' && q > from + 4) return false;
  }
  return false;
}

/** Parts of a body whose names a clause may say are unknown: `members`, `owners`, `identity`. */
const WITHHELD_PARTS: ReadonlySet<string> = new Set([
  'backers',
  'identity',
  'members',
  'name',
  'owner',
  'owners',
]);

/**
 * Whether the participle of naming at `q` is a negated perfect passive that ends its clause:
 * "which has not been named,", "whose owners have not been publicly identified." (not "which was
 * not named in the lawsuit", nor a wish, "who did not want to be identified,").
 */
function passiveEnds(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  let b = q - 1;
  if (toks[b]?.lower === 'publicly') b--;
  if (toks[b]?.lower !== 'been') return false;
  let k = q + 1;
  if (toks[k]?.lower === 'publicly' || toks[k]?.lower === 'yet') k++;
  const t = toks[k];
  return !t || isPunct(t);
}

/** Words of a refusal right before `to name`: `declined`, `refused`, `unable`, `not`. */
const REFUSING_TO: ReadonlySet<string> = new Set([
  'declined',
  'declines',
  'declining',
  'not',
  'refused',
  'refuses',
  'refusing',
  'unable',
]);

/** Nouns of a country, which places rather than acts: `country`, `nation`, `capital`. */
export const COUNTRY_WORDS: ReadonlySet<string> = new Set(['capital', 'country', 'nation']);

/**
 * Whether a definite `np` is the object of a refusal to name it: "Nordeva did not name the
 * supplier", "It declined to name the firm", "The filings don't name the company", "could not name
 * the council", "without naming the contractor". The text says outright that this body is withheld,
 * so the definite mention does not point back to a name (decision 137 of the labelled sets: such a
 * statement decides how a definite mention is read; whether it is labelled is its agency's).
 */
export function withheldObject(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]?.lower !== 'the') return false;
  // (not a place: "declined to name the country" keeps back where, not who)
  const head = toks[np.head]!.lower;
  if (PLACE_WORDS.has(head) || COUNTRY_WORDS.has(head)) return false;
  let k = np.start - 1;
  // ("did not publicly name the firm")
  if (toks[k]?.lower === 'publicly') k--;
  const verb = toks[k]?.lower;
  if (verb === undefined || !NAMING.has(verb)) return false;
  k--;
  if (toks[k]?.lower === 'publicly') k--;
  const before = toks[k]?.lower ?? '';
  // "declined to name", "chose not to identify", "was unable to name"
  if (before === 'to') return verb !== 'named' && REFUSING_TO.has(toks[k - 1]?.lower ?? '');
  // "without naming the firm"
  if (verb === 'naming' || verb === 'identifying') return before === 'without';
  // "did not name", "doesn't identify", "has not named", "would never name"
  return isNegation(toks[k]);
}

/**
 * Whether the word after a negated passive of naming ends its refusal: a stop, the agent who keeps
 * the name back (`by`), or a reason (`because`, `for legal reasons`, `under reporting rules`).
 */
function withheldPassiveEnds(t: Token | undefined): boolean {
  return !t || isPunct(t) || WITHHELD_AFTER.has(t.lower);
}

/** Words after "which was not named" that tell who withholds the name or why. */
const WITHHELD_AFTER: ReadonlySet<string> = new Set([
  'by',
  'because',
  'due',
  'for',
  'publicly',
  'under',
]);

/**
 * Whether `np`, a new mention of a body (`a`, `an`, `one`), is followed by a restrictive clause
 * that says the story or its source keeps the body's name back: "six years at a food manufacturer
 * she declines to name", "a supplier that the company did not name", "one lender it would not
 * identify". Such a body is withheld, whatever it does in the sentence.
 */
export function withheldIndefinite(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const s = ctx.sentences[ctx.sentenceOf[np.start]!];
  const first = toks[np.start]?.lower;
  if (!s || (first !== 'a' && first !== 'an' && first !== 'one')) return false;
  let q = np.end;
  if (toks[q]?.lower === 'that' || toks[q]?.lower === 'which') q++;
  let negated = false;
  let declined = false;
  for (const end = Math.min(s.last, q + 7); q < end; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    const l = t.lower;
    if (isNegation(t)) negated = true;
    else if (DECLINES.has(l)) declined = true;
    // (only an active refusal: not "a firm not named in the lawsuit")
    else if (NAMING.has(l))
      return (declined || negated) && !l.endsWith('ed') && clauseEnds(ctx, q + 1);
  }
  return false;
}

/**
 * Whether the clause ends at `k`, with nothing after a verb of naming for its object (not "a firm
 * that does not name its clients"): a stop, a preposition or a conjunction.
 */
function clauseEnds(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !t || isPunct(t) || isPrep(t) || t.lower === 'because' || t.lower === 'and';
}
