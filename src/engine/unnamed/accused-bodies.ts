/**
 * Bodies the story accuses or pursues without naming them: "A warehouse operator has been accused
 * of hiding a fire", "Some distributors are suspected of hoarding stock", "a housing charity she
 * chaired was investigated over its accounts", "Police are hunting a gang who raided three
 * jewellers". Like a title's holder charged or arrested (decision 56 of the labelled sets) and a
 * suspect a manhunt seeks (decision 102), a body whose conduct is the point is a withheld actor
 * (decision 137), though it stands as the subject of a passive or the object of the hunt.
 */
import type { Context } from '../context';
import { isAdverb, isAux } from '../context';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';

/**
 * Participles of accusing a body, or of the steps that follow an accusation: `accused`,
 * `suspected`, `charged`, `investigated` (not `held` or `sought`, which a body may be in other
 * senses: "held in high regard", "a buyer is being sought"; nor `fined`, a penalty that closes a
 * case the story need not be about).
 */
const BODY_ACCUSED: ReadonlySet<string> = new Set([
  'accused',
  'charged',
  'convicted',
  'indicted',
  'investigated',
  'prosecuted',
  'suspected',
]);

/**
 * Whether the verb group right after `np` (a passive subject) accuses it: "has been accused of",
 * "are suspected of", "is being investigated".
 */
export function accusedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || toks[k]!.lower === 'being')) k++;
  return k < s.last && k > np.end && BODY_ACCUSED.has(toks[k]!.lower);
}

/** Nouns after `behind` of a lag, not a deed: `behind schedule`. */
const LAGS: ReadonlySet<string> = new Set(['schedule', 'target', 'time', 'rivals']);

/**
 * Whether the copula after `np` lays a deed at it: "a foreign state was behind last month's
 * cyberattack", "a small group was responsible for most of the burglaries" (the body the story
 * holds responsible is its hidden party). Not a lag ("behind schedule") nor a duty to come ("is
 * responsible for maintaining", an -ing form after `for`).
 */
export function blamedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  const w = toks[k]?.lower;
  const next = toks[k + 1];
  if (!next || k + 1 >= s.last) return false;
  if (w === 'behind') return !LAGS.has(next.lower);
  return w === 'responsible' && next.lower === 'for' && !/[a-z]ing$/.test(toks[k + 2]?.lower ?? '');
}

/** Verbs of a hunt or an inquiry that take the body directly: `hunting a gang`, `investigating`. */
const PURSUIT_VERBS: ReadonlySet<string> = new Set([
  'hunt',
  'hunted',
  'hunting',
  'hunts',
  'investigate',
  'investigates',
  'investigating',
  'trace',
  'traced',
  'traces',
  'tracing',
]);

/**
 * Verbs of following that seek a body only with `down` (`tracking down a gang`; "a charity that
 * tracks hospital services" only follows them).
 */
const TRACK_VERBS: ReadonlySet<string> = new Set(['track', 'tracked', 'tracking', 'tracks']);

/**
 * Whether `np` is the object of a verb of a hunt or an inquiry: "Cops are hunting a gang who
 * raided three jewellers", "detectives tracking down a gang of car thieves", "regulators are
 * investigating two lenders". Not "traced the parts to a supplier", where `to` leads to the body.
 */
export function soughtBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.start - 1;
  if (k <= s.first) return false;
  if (toks[k]!.lower === 'down') return TRACK_VERBS.has(toks[k - 1]!.lower);
  return PURSUIT_VERBS.has(toks[k]!.lower);
}
