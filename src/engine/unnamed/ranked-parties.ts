/**
 * Parties known only by their rank among, or their dealings with, someone the story names: "Lumelle
 * Beauty's largest shareholder is pushing for a sale", "the city's largest landlord raised rents",
 * "Ardent Mining's two biggest investors are pushing", "its turbine supplier missed its deadlines",
 * "her insurer refused to pay". The possessive tells the reader whose shareholder, landlord or
 * supplier it is, never who: the party itself is withheld (decisions 6 and 120 of the labelled sets:
 * known by a relationship; a superlative makes a never-named body unique, not named). Such a party is
 * an unnamed actor when it acts or is credited.
 *
 * Left alone: a party named in apposition or by `is` ("its largest shareholder, Orvel Capital,", "Its
 * biggest customer is Norda"), a party only undergoing or described (an object, a copula's subject),
 * the reader's own ("your insurer"), and a body's own people ("the firm's largest division", "its
 * top executives": not a party of the kind listed).
 */
import type { Context } from '../context';
import { isAux, isPrep, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { isPlaceName, isPluralDemonym, isSingularDemonym } from '../phrase/places';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';
import { anonymityReasonAt } from './anonymity-reason';
import type { Unnamed } from './find-unnamed';
import { progressiveAct } from './content-subject';
import { position } from './position';
import { WHY } from './words';

/** Third-person possessive determiners: the reader's or writer's own (`your`, `our`) are no party. */
const THIRD_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);
/**
 * A token's word in `THIRD_POSSESSIVES`, as a bit kept by its word-table id (word-bits.ts): asked
 * at every word of every sentence, where a Set probe each was the engine's commonest.
 */
const possessiveBits = wordBits(() => [THIRD_POSSESSIVES]);

/** Ranks that single one party out of many: `largest`, `biggest`, `main`. */
const RANKS: ReadonlySet<string> = new Set([
  'biggest',
  'dominant',
  'largest',
  'leading',
  'main',
  'principal',
]);

/** Parties a body or person deals with, known by that dealing once ranked: `shareholder`. */
const RANKED_PARTIES: ReadonlySet<string> = new Set(
  [
    'backer',
    'bank',
    'buyer',
    'client',
    'creditor',
    'customer',
    'distributor',
    'donor',
    'employer',
    'insurer',
    'investor',
    'landlord',
    'lender',
    'manufacturer',
    'owner',
    'processor',
    'producer',
    'provider',
    'retailer',
    'shareholder',
    'sponsor',
    'supplier',
    'tenant',
  ].flatMap((w) => [w, `${w}s`]),
);

/**
 * Parties whose dealing alone keeps them apart from the possessor, rank or not: `its supplier`,
 * `the club's insurer` (an owner, operator or manager may be the possessor's own: thing-owners.ts).
 */
const COUNTERPARTS: ReadonlySet<string> = new Set(
  ['insurer', 'landlord', 'lender', 'provider', 'sponsor', 'supplier'].flatMap((w) => [w, `${w}s`]),
);

const NUMBER_WORDS = ruleWords('numberWords');

/** Words that are prepositions or open a clause: `after its supplier missed`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** Whether `t` ranks: `largest`, `second-biggest`. */
function isRank(t: Token): boolean {
  return RANKS.has(t.lower) || /^[a-z]+-(?:largest|biggest)$/.test(t.lower);
}

/** Whether `t` may stand between a rank and its head: `pork` of "largest pork processor". */
function modifier(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  return (
    t.kind === 'word' &&
    !t.cap &&
    ctx.name[k] === 0 &&
    (t.f & (F.DET | F.PREP | F.PRON | F.QUANT | F.AUX | F.BE | F.REPORT)) === 0
  );
}

/**
 * The unnamed parties in sentence `s` known by rank or dealing through a possessive, acting or
 * credited (`sourceHeads`).
 */
export function rankedParties(
  ctx: Context,
  s: Sentence,
  sourceHeads: readonly number[],
): readonly Unnamed[] {
  const toks = ctx.tokens;
  let out: Unnamed[] | null = null;
  for (let p = s.first; p < s.last - 1; p++) {
    const t = toks[p]!;
    const det = t.kind === 'word' && (possessiveBits(t) & 1) !== 0;
    if (t.kind !== 'pos' && !det) continue;
    const found = partyAfter(ctx, s, p, det, sourceHeads);
    if (found) (out ??= []).push(found);
  }
  return out ?? [];
}

/** The party phrase after the possessive at `p`, when it is withheld and acts. */
function partyAfter(
  ctx: Context,
  s: Sentence,
  p: number,
  det: boolean,
  sourceHeads: readonly number[],
): Unnamed | null {
  const toks = ctx.tokens;
  let k = p + 1;
  // "its two biggest investors"
  if (toks[k]!.kind === 'num' || NUMBER_WORDS.has(toks[k]!.lower)) k++;
  const ranked = k < s.last && isRank(toks[k]!);
  if (ranked) k++;
  // the head within two modifiers: "largest pork processor", "its turbine supplier"
  let h = -1;
  for (let q = k; q < s.last && q <= k + 2; q++) {
    const w = toks[q]!.lower;
    if (
      ranked ? RANKED_PARTIES.has(w) || headClass(ctx, q) === 'organisation' : COUNTERPARTS.has(w)
    ) {
      h = q;
      break;
    }
    if (!modifier(ctx, q)) return null;
  }
  if (h < 0) return null;
  // (a noun after the head makes it a modifier: "its supplier network", "the largest bank's chief")
  const next = toks[h + 1];
  if (
    next &&
    h + 1 < s.last &&
    (next.kind === 'pos' || (next.kind === 'word' && RANKED_PARTIES.has(next.lower)))
  )
    return null;
  let start = p;
  if (!det) {
    const owner = phraseEndingAt(ctx, p - 1, s.first, false);
    if (!owner) return null;
    start = owner.start;
  }
  // ("Shares in Kessland's second-largest lender fell": a preposition's object, whatever follows)
  const lead = toks[start - 1];
  // (but "after its supplier missed", "until its lender agreed": a clause's subject)
  if (
    lead &&
    start > s.first &&
    isPrep(lead) &&
    lead.lower !== 'by' &&
    !CLAUSE_OPENERS.has(lead.lower)
  )
    return null;
  const np: NounPhrase = { start, end: h + 1, head: h, coreEnd: h + 1 };
  if (namedAfter(ctx, s, h + 1)) return null;
  // ("asked not to be named because her landlord sits on the council": why the source is kept
  // back, not what the story tells, decision 97)
  if (anonymityReasonAt(ctx, s, start)) return null;
  const credited = sourceHeads.includes(h);
  if (!credited) {
    const at = position(ctx, s, np);
    // ("are understood to have been notified": a raised passive befalls them)
    if (at === 'raised' && raisedPassive(ctx, s, h + 1)) return null;
    if (
      at !== 'subject' &&
      at !== 'raised' &&
      at !== 'agent' &&
      !(at === 'copula' && pushing(ctx, s, h + 1))
    )
      return null;
  }
  const body = headClass(ctx, h) === 'organisation';
  return {
    start,
    end: h + 1,
    why: credited ? WHY.source : body ? WHY.organisation : WHY.actor,
  };
}

/** Whether a raising verb after `end` takes a passive: "are said to have been told", "is thought to be owed". */
function raisedPassive(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = end; k < s.last && k < end + 6; k++)
    if (toks[k]!.lower === 'to') {
      const w = toks[k + 1]?.lower;
      const part = w === 'be' ? k + 2 : w === 'have' && toks[k + 2]?.lower === 'been' ? k + 3 : -1;
      // ("are said to be seeking": a progressive is their act)
      return part > 0 && !/[a-z]{3}ing$/.test(toks[part]?.lower ?? '');
    }
  return false;
}

/**
 * Whether a progressive of an act follows the phrase ending at `end`, past an apposition: "is
 * pushing the company to sell", ", a Gulf fund, has been building a stake".
 */
function pushing(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (isPunct(toks[k], ',')) {
    k++;
    while (k < s.last && k < end + 14 && !isPunct(toks[k])) k++;
    if (!isPunct(toks[k], ',')) return false;
    k++;
  }
  return progressiveAct(ctx, s, k);
}

/**
 * Whether a name follows the phrase ending at `end` in an apposition ("its largest shareholder,
 * Orvel Capital,") or after a form of `be` ("is Norda"); a description ("a Sarrovian fund") or a
 * place is no name.
 */
function namedAfter(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  if (toks[k] && (toks[k]!.f & F.BE) !== 0 && !isAux(toks[k + 1])) {
    k++;
    if (toks[k]?.lower === 'the') k++;
    return k < s.last && nameHere(ctx, k);
  }
  if (!isPunct(toks[k], ',')) return false;
  // ("its largest shareholder, the activist fund Corbel Partners,": a name closing a description)
  for (k++; k < s.last && k <= end + 5 && !isPunct(toks[k]); k++) if (nameHere(ctx, k)) return true;
  return false;
}

/** Whether a name that is no place or people stands at `k`. */
function nameHere(ctx: Context, k: number): boolean {
  return (
    ctx.name[k] !== 0 &&
    !isPlaceName(ctx, k) &&
    !isSingularDemonym(ctx, k) &&
    !isPluralDemonym(ctx, k)
  );
}
