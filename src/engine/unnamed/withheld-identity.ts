/**
 * People or a body whose identity the text says it does not give: "The players, whose names have
 * not been released,", "the consignor, whom it did not name", "a rival bidder, which the people
 * declined to name", "The report does not name the player", "Authorities have not identified the
 * man", "The men have not been identified". The clause around the phrase withholds the name in
 * so many words (the guideline's `unnamed`; decisions 7 and 120 of the labelled sets: a party a
 * source declines to name is withheld at every mention), whatever the phrase's head.
 *
 * Not a name the text gives ("whose name was released", "the man, named as ..."), a request not
 * to be named (`anonymityClause` in appositions.ts), nor a phrase named "in" something that is no
 * document ("was not named in the squad": a selection).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isConj, isNegation, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { clauseRefusesNaming, leftOutOfDocument } from './withheld-clause';

/** What a name is that the text keeps back: `name`, `identity`. */
export const NAME_NOUNS: ReadonlySet<string> = new Set(['identities', 'identity', 'name', 'names']);
/** Participles that keep a name back without a negation: `withheld`, `redacted`. */
const KEPT_BACK: ReadonlySet<string> = new Set(['protected', 'redacted', 'suppressed', 'withheld']);
/**
 * Participles that give a name, kept back when negated: "has not been released", "couldn't be
 * learned", "was not made public".
 */
const GIVEN: ReadonlySet<string> = new Set([
  'confirmed',
  'disclosed',
  'given',
  'known',
  'learned',
  'learnt',
  'made',
  'published',
  'released',
  'revealed',
]);
/** Participles of naming: `named`, `identified`. */
const NAMED: ReadonlySet<string> = new Set(['identified', 'named']);
/** Bare forms of naming: `name`, `identify`. */
const NAME_VERBS: ReadonlySet<string> = new Set(['identify', 'name']);
/** Verbs before `to name` that refuse it: `declined to name`, `refused to identify`. */
const REFUSING: ReadonlySet<string> = new Set(['declined', 'declines', 'refused', 'refuses']);
/** Relative words that open a clause about the phrase. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);

/**
 * Whether the text says it does not give the identity of `np` (see the file's head). `forms`:
 * `clause`, only by a relative clause right after it ("The coach, whose name the club has not
 * released,"); `notSubject`, by that or a refusal to name it ("declined to name the academic"),
 * not as the subject of a negated naming ("The club's chief executive has not been named" tells
 * of a post not yet filled).
 */
export function withheldIdentity(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  forms: 'all' | 'notSubject' | 'clause' = 'all',
): boolean {
  const toks = ctx.tokens;
  // ("The source of the eruption has not been identified", "declined to name a candidate": heads
  // that as often stand for a thing)
  if (THING_SENSES.has(toks[np.head]!.lower)) return false;
  for (let k = np.start; k < np.head; k++) if (VICTIM_WORDS.has(toks[k]!.lower)) return false;
  return (
    (withheldAfter(ctx, s, np.end) ||
      (forms !== 'clause' && namingRefused(ctx, s, np.start)) ||
      (forms === 'all' && notNamedAt(ctx, s, np.end))) &&
    !harmedAfter(ctx, s, np.end) &&
    !befallenAfterAside(ctx, s, np.end) &&
    !namedNext(ctx, np.end)
  );
}

/**
 * Whether `np` is a definite sourcing noun ("the people", "the person", "the sources") that keeps
 * a name back as the subject of a refused naming: "a rival bidder, which the people declined to
 * name,", "The buyer, which the people didn't name,". Those who withhold the name are the story's
 * sources met again, a required repeat in a sentence of its own (decisions 7 and 163).
 */
export function withholdingSources(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.start + 1 || np.end !== np.head + 1)
    return false;
  if (!SOURCING_HEADS.has(toks[np.head]!.lower)) return false;
  // (an active naming refused: not "The source of the leak has not been identified")
  const v = refusedBefore(ctx, s, np.end);
  return v !== -1 && NAME_VERBS.has(toks[v]!.lower);
}

/** The nouns of an anonymous source's repeat mention: `people`, `person`, `source(s)`. */
const SOURCING_HEADS: ReadonlySet<string> = new Set(['people', 'person', 'source', 'sources']);

/** Person heads that as often stand for a thing: `source`, `candidate`. */
const THING_SENSES: ReadonlySet<string> = new Set(['candidate', 'candidates', 'source', 'sources']);
/** Modifiers of a victim: `missing`, `dead`, `injured`. */
export const VICTIM_WORDS: ReadonlySet<string> = new Set([
  'dead',
  'deceased',
  'injured',
  'missing',
  'murdered',
  'slain',
  'wounded',
]);
/** Participles of care or removal a victim undergoes: `treated`, `airlifted`, `taken`. */
const CARED_FOR: ReadonlySet<string> = new Set([
  'airlifted',
  'discharged',
  'flown',
  'found',
  'pronounced',
  'rushed',
  'taken',
]);
/** Verbs of a guess at who it is: `understood`, `believed`, `thought`. */
const GUESSING: ReadonlySet<string> = new Set(['believed', 'thought', 'understood']);
/** How far past the phrase a name given for it is looked for (into the next sentence). */
const NAMED_NEXT_REACH = 30;

/**
 * Whether what follows the phrase ending at `k` tells of a harm or care it underwent, in its
 * relative clause or in the main clause after an aside: a victim, no actor.
 */
export function victimAfter(ctx: Context, s: Sentence, k: number): boolean {
  return harmedAfter(ctx, s, k) || befallenAfterAside(ctx, s, k);
}

/**
 * Whether the main clause after an aside at `k` (", whose name has not been released,") tells of
 * a harm or care the phrase underwent: "was airlifted to hospital", "was treated by paramedics"
 * (a victim whose name is withheld stays unlabelled, decision 102 of the labelled sets).
 */
function befallenAfterAside(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (!isPunct(toks[k], ',')) return false;
  let q = k + 1;
  while (q < s.last && !isPunct(toks[q], ',')) q++;
  q++;
  let be = false;
  while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]))) {
    if ((toks[q]!.f & F.BE) !== 0) be = true;
    q++;
  }
  const v = toks[q]?.lower ?? '';
  return UNDERGOING.has(v) || (be && (HARM_PARTICIPLES.has(v) || CARED_FOR.has(v)));
}

/**
 * Whether the text gives a name for the phrase soon after it: "The buyer was not named in the
 * statement, but it is understood to be Halcyon", "The developer is believed to be Brann
 * Estates" (identified after all, decision 7's vague first mention named next).
 */
function namedNext(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const stop = Math.min(toks.length - 2, k + NAMED_NEXT_REACH);
  for (let q = k; q < stop; q++) {
    if (!GUESSING.has(toks[q]!.lower) || toks[q + 1]?.lower !== 'to' || toks[q + 2]?.lower !== 'be')
      continue;
    let n = q + 3;
    if (toks[n]?.lower === 'the') n++;
    if (ctx.name[n]) return true;
  }
  return false;
}

/** Past verbs and participles of what befell someone: `died`, `killed`, `injured`. */
const UNDERGOING = ruleWords('undergoingVerbs');
const HARM_PARTICIPLES = ruleWords('harmParticiples');

/**
 * Whether a relative clause at `k` tells of a harm that befell the phrase: "the man who died",
 * "the worker, who was injured," (a victim, no actor, decision 102 of the labelled sets).
 */
function harmedAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (isPunct(toks[k], ',')) k++;
  if (toks[k]?.lower !== 'who' && toks[k]?.lower !== 'that') return false;
  k++;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  const v = toks[k]?.lower ?? '';
  return UNDERGOING.has(v) || HARM_PARTICIPLES.has(v);
}

/**
 * The one reader of "this identity is withheld" by a clause: whether the clause after the phrase,
 * at `k` (past a comma), withholds its name: "whose name has not been released", "who has not
 * been named", "whom it did not name", "which the people declined to name", and with the far
 * reach of withheld-clause.ts, "which the people asked the paper not to name", "whom the filings
 * describe only as". Not "which was not named in the lawsuit" (left out of its parties).
 */
export function withheldAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (isPunct(toks[k], ',')) k++;
  const w = toks[k]?.lower;
  if (w === 'whose') {
    if (!NAME_NOUNS.has(toks[k + 1]?.lower ?? '')) return false;
    return (
      keptBack(ctx, s, k + 2) || keptBackBy(ctx, s, k + 2) || clauseRefusesNaming(ctx, s, k, k + 2)
    );
  }
  if (!w || !RELATIVES.has(w)) return false;
  if (leftOutOfDocument(ctx, s, k + 1)) return false;
  // (the far reach: "which the people asked the paper not to name", "who was not named in court")
  if (clauseRefusesNaming(ctx, s, k, k + 1)) return true;
  // "who has not been named", "that has not been identified": the phrase the subject
  if (w !== 'whom' && notNamedAt(ctx, s, k + 1)) return true;
  // "whom it did not name", "which the people declined to name": the phrase the object; the
  // clause's subject a few words (a pronoun, a name, a short phrase)
  // ("The official, who did not name the supplier,": with no subject between, the phrase is
  // the one who did not name)
  for (let q = k + 1; q < s.last && q <= k + 5; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind !== 'word') return false;
    if ((t.f & (F.AUX | F.BE)) !== 0 || REFUSING.has(t.lower) || isNegation(t))
      return q > k + 1 && refusedBefore(ctx, s, q) !== -1;
  }
  return false;
}

/**
 * Whether the verb group at `k` keeps a name back: "has not been released", "couldn't be
 * learned", "was withheld", "was not made public".
 */
function keptBack(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let negated = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || isNegation(toks[k]))) {
    if (isNegation(toks[k])) negated = true;
    k++;
  }
  const p = toks[k]?.lower ?? '';
  if (KEPT_BACK.has(p)) return !negated;
  if (!negated || !GIVEN.has(p)) return false;
  return p !== 'made' || toks[k + 1]?.lower === 'public';
}

/**
 * Whether a clause at `k` whose object is the name before it keeps it back, its subject a few
 * words: "whose name the club has not released", "whose identity police did not disclose",
 * "whose name the paper agreed to withhold", "whose names officials declined to give".
 */
function keptBackBy(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k + 1; q < s.last && q <= k + 5; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind !== 'word') return false;
    if (WITHHOLD_FORMS.has(t.lower)) return true;
    if ((t.f & (F.AUX | F.BE)) === 0 && !REFUSING.has(t.lower) && !isNegation(t)) continue;
    let negated = false;
    while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]) || isNegation(toks[q]))) {
      if (isNegation(toks[q])) negated = true;
      q++;
    }
    if (REFUSING.has(toks[q]?.lower ?? '') && toks[q + 1]?.lower === 'to') {
      negated = true;
      q += 2;
    }
    const v = toks[q]?.lower ?? '';
    if (WITHHOLD_FORMS.has(v)) return true;
    return (
      negated &&
      (GIVING_FORMS.has(v) || GIVEN.has(v)) &&
      ((v !== 'made' && v !== 'make') || toks[q + 1]?.lower === 'public')
    );
  }
  return false;
}

/** Verbs that keep a name back in the active: `withheld`, `withhold`, `redacted`. */
const WITHHOLD_FORMS: ReadonlySet<string> = new Set(['redact', 'redacted', 'withheld', 'withhold']);
/** Bare forms that give a name, kept back when negated: "did not release", "declined to give". */
const GIVING_FORMS: ReadonlySet<string> = new Set([
  'confirm',
  'disclose',
  'give',
  'make',
  'provide',
  'publish',
  'release',
  'reveal',
]);

/**
 * Where a negated or refused naming that starts at `k` ends, or -1: "did not name", "declined to
 * identify", "has not named", "didn't publicly identify" (the index of the naming verb).
 */
function refusedBefore(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let negated = false;
  let q = k;
  for (; q < s.last && q <= k + 4; q++) {
    const t = toks[q]!;
    if (isNegation(t)) negated = true;
    else if (REFUSING.has(t.lower) && toks[q + 1]?.lower === 'to') {
      negated = true;
      q++;
    } else if (!isAux(t) && !isAdverb(t)) break;
  }
  const v = toks[q]?.lower ?? '';
  return negated && (NAME_VERBS.has(v) || NAMED.has(v)) ? q : -1;
}

/**
 * Whether the phrase at `start` is the object of a negated or refused naming: "The report does
 * not name the player", "Authorities have not identified the man", "declined to name the
 * supplier".
 */
function namingRefused(ctx: Context, s: Sentence, start: number): boolean {
  const toks = ctx.tokens;
  const v = start - 1;
  if (v <= s.first) return false;
  const w = toks[v]!.lower;
  if (!NAME_VERBS.has(w) && !NAMED.has(w)) return false;
  // back over adverbs and auxiliaries to the negation or the refusing verb
  for (let q = v - 1; q >= s.first && q >= v - 4; q--) {
    const t = toks[q]!;
    if (isNegation(t) || (REFUSING.has(t.lower) && toks[q + 1]?.lower === 'to'))
      return refusedBefore(ctx, s, q) === v;
    if (!isAux(t) && !isAdverb(t) && t.lower !== 'to') return false;
  }
  return false;
}

/**
 * Whether the verb group at `k` is a negated `named` / `identified` that ends its clause or names
 * what did not name it: after the phrase, "The men have not been identified, a spokesperson
 * said", "was not named in the decision", "has not been identified by police"; after a relative,
 * "who has not been named".
 */
function notNamedAt(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let negated = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || isNegation(toks[k]))) {
    if (isNegation(toks[k])) negated = true;
    k++;
  }
  if (!negated || !NAMED.has(toks[k]?.lower ?? '')) return false;
  // (adverbs after it: "has not been named publicly")
  let q = k + 1;
  while (q < s.last && isAdverb(toks[q])) q++;
  const next = toks[q];
  if (!next || q >= s.last || isPunct(next) || isConj(next)) return true;
  if (next.lower === 'by') return true;
  // "in the decision", "in court documents": what did not name them is a document
  if (next.lower !== 'in') return false;
  let h = q + 1;
  while (h < s.last && h <= q + 4 && toks[h + 1]?.kind === 'word' && !isPunct(toks[h + 1])) {
    if (headClass(ctx, h) === 'document') return true;
    h++;
  }
  return headClass(ctx, h) === 'document';
}
