/**
 * A group of people the story does not name as the `by` agent of a past passive whose participle
 * stands a few words back ("others were put up in a church hall by volunteers", "had been
 * contacted by several worried families", "was paid about $3,000 a head by relatives of those
 * inside"), or of a noun of an act ("a six-hour effort by volunteers", "a rise in assaults by
 * inmates"). They did what the story tells of (decisions 72 and 90 of the labelled sets: a group
 * that acts is required). `passiveAgent` in reason.ts takes the agent right after its participle
 * and a bare plural; this takes the participle past its object or a place, and a group counted
 * or picked by `some` or `several`. Not a present passive ("are collected by volunteers every
 * week": a habit), a state ("surrounded by pals", "owned by families"), the public ("paid by
 * taxpayers"), people at large ("by people") nor a definite group the story has met.
 */
import type { Context } from '../context';
import { isAdverb, isHeadline, isPunct } from '../context';
import { F } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { currency } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { counted } from './words';

/** Past forms of `be` that make a participle after them a past passive. */
const PAST_BE: ReadonlySet<string> = new Set(['been', 'was', 'were']);
/** Participles of a state or a relation, not an act: `surrounded`, `owned`. */
const STATES: ReadonlySet<string> = new Set([
  'accompanied',
  'backed',
  'controlled',
  'employed',
  'followed',
  'joined',
  'known',
  'liked',
  'loved',
  'owned',
  'represented',
  'run',
  'shunned',
  'supported',
  'surrounded',
  'used',
  'visited',
]);
/** Nouns of an act whose doers follow `by`: `an effort by volunteers`, `attacks by fans`. */
const ACT_NOUNS: ReadonlySet<string> = new Set([
  'assault',
  'assaults',
  'attack',
  'attacks',
  'campaign',
  'effort',
  'efforts',
  'raid',
  'raids',
  'rescue',
  'search',
]);
/** Determiners of a group not met before: `some`, `several`, `many`. */
const SOME: ReadonlySet<string> = new Set(['many', 'several', 'some']);
/** The public in general, not a group that acts (the guideline's "not unnamed"). */
const PUBLIC: ReadonlySet<string> = new Set([
  'citizens',
  'consumers',
  'people',
  'ratepayers',
  'taxpayers',
  'voters',
]);
/** Words before `by` that deny the agent its act: `rather than by`, `not by`. */
const CONTRASTS: ReadonlySet<string> = new Set(['never', 'not', 'than']);
/** Heads of a group in the singular form: `staff`, `crew`, `personnel`. */
const GROUP_SINGULARS: ReadonlySet<string> = new Set(['crew', 'personnel', 'staff']);

/**
 * Whether token `k` is the head of a document or record a participle right after it tells the
 * making of: "footage", "a petition", "photos" (not "a house": what volunteers built is no record
 * the story relies on).
 */
function madeRecord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return t?.kind === 'word' && !ctx.name[k] && headClass(ctx, k) === 'document';
}

/**
 * Participles that make a record or bring one out: "filmed", "taken", "signed", "leaked" (not
 * "made", nor handing on, "Leaflets handed out by volunteers explain": a routine).
 */
const RECORDING: ReadonlySet<string> = new Set([
  'authored',
  'compiled',
  'drafted',
  'filmed',
  'leaked',
  'penned',
  'posted',
  'recorded',
  'shared',
  'signed',
  'taken',
  'written',
]);

/** Whether `t` is a word the phrase may leave out before its start: `worried`, `several`. */
function loose(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap || t.lower === 'by') return false;
  if (SOME.has(t.lower)) return true;
  return (t.f & (F.DET | F.PREP | F.AUX | F.PRON | F.CONJ | F.REL | F.BE | F.ACTOR)) === 0;
}

/** Whether `np`, people, is the `by` agent of a past act (see the file's head). */
export function groupAgent(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // (an adjective the phrase leaves out may stand between: "by several worried families")
  let by = np.start - 1;
  while (by > np.start - 3 && by > s.first && loose(toks[by])) by--;
  if (toks[by]?.lower !== 'by' || isHeadline(ctx, s)) return false;
  // (not a contrast, "driven by the cabinet rather than by technical staff": they did nothing)
  if (CONTRASTS.has(toks[by - 1]?.lower ?? '')) return false;
  const head = toks[np.head]!.lower;
  const plural = GROUP_SINGULARS.has(head) || (head.endsWith('s') && !head.endsWith('ss'));
  if (!plural || PUBLIC.has(head) || ctx.name[np.head]) return false;
  const first = toks[by + 1]!;
  if (!counted(first)) {
    if ((first.f & (F.DET | F.QUANT)) !== 0 && !SOME.has(first.lower)) return false;
    for (let k = by + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  }
  let k = by - 1;
  while (k > s.first && toks[k]!.kind === 'quote') k--;
  if (ACT_NOUNS.has(toks[k]?.lower ?? '')) return true;
  // the participle, past its object, a place or an amount ("put up in a church hall by")
  for (let q = k; q > s.first && q >= k - 7; q--) {
    const t = toks[q]!;
    if (isPunct(t) && !currency(t)) return false;
    if (t.kind !== 'word' || (t.f & (F.DET | F.PREP | F.QUANT)) !== 0) continue;
    if (!/[a-z]ed$/.test(t.lower) && (t.f & F.IRREGULAR) === 0) continue;
    if (STATES.has(t.lower)) return false;
    let b = q - 1;
    while (b > s.first && (isAdverb(toks[b]) || toks[b]!.kind === 'quote')) b--;
    // (or a participle right on a document or record, whatever the tense of the main verb: its
    // makers did a past act the story relies on, "Footage filmed by residents shows", "a
    // petition signed by some parents was handed in"; decision 69's author, a second entity)
    return (
      PAST_BE.has(toks[b]?.lower ?? '') ||
      (b === q - 1 && RECORDING.has(t.lower) && madeRecord(ctx, b))
    );
  }
  return false;
}
