/**
 * Repeat mentions of an unnamed body or group: "The supplier declined to comment" after "a
 * supplier in Ohio", "The group said it would return" after "A group of protesters", "the gang
 * fled" after "a gang of four men" (decision 7 of the labelled sets: repeats of an unnamed source
 * or actor are a required `unnamed`). A definite singular body noun is otherwise read as the body
 * the story named ("the company" after Acme: namedness.ts), so it counts as a repeat only when an
 * earlier mention with the same head was flagged unnamed and no named body took that head since.
 */
import type { Context } from '../context';
import { isPrep, isPunct } from '../context';
import { ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { EntityView } from './entity-view';
import { position } from './position';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';

/** Determiners of a repeat mention of a body: `the group`, `this firm`, `that supplier`. */
const REPEAT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/** Whether `np`, a definite body noun, repeats an earlier unnamed mention of its head. */
export function repeatsUnnamedBody(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
  isSource: boolean,
): boolean {
  const toks = ctx.tokens;
  if (!REPEAT_DETERMINERS.has(toks[np.start]!.lower)) return false;
  // the head right after the determiner and ending the core: "the group", not "the group's
  // lawyer" or "the armed group" (a modifier may tell another body apart)
  if (np.head !== np.start + 1 || np.head !== np.coreEnd - 1) return false;
  const head = toks[np.head]!;
  // (a head never flagged before goes no further: `position` below is costly, and most definite
  // body nouns repeat no unnamed mention; the registry is asked again in full below)
  if (!view.registry.flaggedBefore(head.lower, head.start)) return false;
  // credited, or the subject of what it does ("The network is believed to be run from abroad"),
  // not a body acted on ("a stake in the company", "thanked the panel")
  if (!isSource) {
    // ("the mood inside the company": a preposition's object)
    if (isPrep(toks[np.start - 1])) return false;
    const where = position(ctx, s, np);
    if (where !== 'subject' && where !== 'raised') return false;
  }
  if (AMBIGUOUS_HEADS.has(head.lower) || CROWDS.has(head.lower)) return false;
  // (`unnamedBefore` also asks that no named source took the head: "Acme, a supplier, ... the
  // supplier said")
  if (
    !view.registry.flaggedBefore(head.lower, head.start) ||
    !view.registry.unnamedBefore(head.lower, head.start)
  )
    return false;
  return !namedBodySince(ctx, view.registry.firstUnnamed(head.lower), np.start);
}

/**
 * Whether, between offset `from` and the token `end`, the story names a body it describes with a
 * noun of a body ("Red Lantern, a gang that has targeted hospitals", "Halcyon Sports Partners, a
 * New York firm") or credits a definite mention of the same head to a named one: a later "the
 * group" may mean that body.
 */
function namedBodySince(ctx: Context, from: number, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = end - 1; k > 0 && toks[k]!.start > from; k--) {
    if (!ctx.name[k - 1] || !isPunct(toks[k], ',')) continue;
    const det = toks[k + 1]?.lower;
    if (det !== 'a' && det !== 'an') continue;
    const np = phraseStartingAt(ctx, k + 1, toks.length, false, 0);
    if (np && headClass(ctx, np.head) === 'organisation') return true;
  }
  return false;
}

/** Heads that also name a document or a newspaper: `paper` (a draft options paper). */
const AMBIGUOUS_HEADS: ReadonlySet<string> = new Set(['paper', 'papers']);

/**
 * Market crowds and the public, whose repeats stay optional at most (decisions 90 and 99 of the
 * labelled sets): "the target shareholders receive the cash".
 */
const CROWDS = ruleWords('stanceCrowds');
