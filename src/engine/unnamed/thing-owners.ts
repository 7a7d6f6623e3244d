/**
 * A body or person known only through the thing it owns, runs or made: "The plant's operator has
 * been fined twice", "the ship's owner, a company registered in the Selk Islands, could not
 * produce a manifest", "The landfill's operator". The possessive tells the reader what it owns,
 * never who it is (decisions 6 and 120 of the labelled sets: known by a relationship, withheld at
 * every mention); one named right after ("the mine's operator, Kelda Resources,") is named, and
 * one named only in the next sentence is optional (decision 29), so flagging it costs nothing.
 * A person's or a body's own ("Acme's operator", "the council's landlord") is no thing's.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { F } from '../lexicon';
import { headClass } from '../phrase/head-class';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';

/** Nouns of who owns, runs or made a thing: `owner`, `operator`, `landlord`, `manufacturer`. */
const OWNER_HEADS: ReadonlySet<string> = new Set([
  'builder',
  'developer',
  'insurer',
  'landlord',
  'maker',
  'manager',
  'manufacturer',
  'operator',
  'owner',
  'owners',
]);

/**
 * Whether `np` is a thing's possessive (of no name) + an owner's noun, with no name in apposition:
 * "the tanker's registered owner", "The plant's operator".
 */
export function ownerOfThing(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.head !== np.coreEnd - 1 || !OWNER_HEADS.has(toks[np.head]!.lower)) return false;
  let p = np.head - 1;
  while (p > np.start && toks[p]!.kind !== 'pos') p--;
  if (p <= np.start || toks[p]!.kind !== 'pos') return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  const thing = phraseEndingAt(ctx, p - 1, np.start, false);
  if (!thing || thing.start !== np.start || headClass(ctx, thing.head) !== 'other') return false;
  return !namedAfter(ctx, np.end) && !namedNext(ctx, np.start);
}

/**
 * Whether the next sentence opens with a name that is no place's: "..., the mine's operator said.
 * Orlen Minerals said in a statement that": the body identified at once (decisions 4 and 29 of
 * the labelled sets: a `named: true` source, the `unnamed` optional).
 */
function namedNext(ctx: Context, k: number): boolean {
  const next = ctx.sentences[ctx.sentenceOf[k]! + 1];
  return next !== undefined && ctx.name[next.first] === 1 && !isPlaceName(ctx, next.first);
}

/** How far after the phrase a name that identifies it may stand. */
const REACH = 12;

/**
 * Whether a name that is no place's follows the phrase in an apposition ("the ferry's owner, the
 * Kolvian firm Sundline,") or after `as` or a form of `be` in its clause ("has been named locally
 * as Crestway Eggs", "is Harle Shipping").
 */
function namedAfter(ctx: Context, end: number): boolean {
  const toks = ctx.tokens;
  const apposed = isPunct(toks[end], ',');
  for (let k = apposed ? end + 1 : end; k < toks.length && k < end + REACH; k++) {
    const t = toks[k]!;
    if (isPunct(t)) return false;
    if (ctx.name[k] && !isPlaceName(ctx, k)) {
      if (apposed) return true;
      const w = toks[k - 1]!.lower;
      if (w === 'as' || (toks[k - 1]!.f & F.BE) !== 0) return true;
    }
  }
  return false;
}
