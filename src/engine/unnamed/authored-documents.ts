/**
 * Documents whose author the story gives only as an unnamed person or group: "The memo was
 * written by a senior manager", "The emails were provided by a former county employee", "a letter
 * drafted by a group of residents", "The memo, whose author is not identified, was leaked". The
 * phrase gives no issuer, and the author it does give withholds a name: an unnamed document, its
 * author a second entity (decision 69 of the labelled sets). One written by a named person or by
 * a person of a named body ("by Ana Okafor", "by analysts at the Defence Directorate") is named
 * (decision 68), and so is one whose `by` phrase is definite ("by the mayor").
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { F } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { previousSameWord } from '../same-word';
import type { Sentence } from '../sentences';
import type { EntityView } from './entity-view';
import { IN_BE_FORMS, IN_POSSESSIVE_DETERMINERS, listsOf } from './words';

/**
 * Participles by which a person makes or hands on a document: "written by", "sent by", "provided
 * by", "filmed by" (not `signed`, also what parties do to a contract or a law they agree to).
 */
const AUTHORED: ReadonlySet<string> = new Set([
  'authored',
  'compiled',
  'drafted',
  'filmed',
  'given',
  'handed',
  'leaked',
  'passed',
  'penned',
  'posted',
  'prepared',
  'provided',
  'recorded',
  'sent',
  'shared',
  'supplied',
  'taken',
  'written',
]);

/** Nouns for a copy of another document, whose issuer is that document's. */
const COPIES: ReadonlySet<string> = new Set(['copies', 'copy', 'version', 'versions']);

/** Words of a raised passive between a document and its participle: "is said to have been". */
const RAISING: ReadonlySet<string> = new Set([
  'believed',
  'been',
  'have',
  'reported',
  'said',
  'thought',
  'to',
  'understood',
]);

/** Quantifiers that take in a whole known group, not an unnamed part: "by both parties". */
const WHOLE: ReadonlySet<string> = new Set(['all', 'both', 'each', 'every']);

/** Words that say an author is withheld: "whose author is not identified", "unknown". */
const WITHHELD: ReadonlySet<string> = new Set(['not', 'unclear', 'unidentified', 'unknown']);

/**
 * Whether the document `np` has no name or owner in it and is made or handed on by an unnamed
 * author: as the subject of a passive ("The memo was written by a clinical director", "The
 * documents, which run to 200 pages, were passed to the Standard by a former official"), with a
 * participle after it ("a letter drafted by a group of residents"), or with an aside that says its
 * author is withheld ("The memo, whose author is not identified,").
 */
export function authoredByUnnamed(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
): boolean {
  const toks = ctx.tokens;
  if ((listsOf(toks[np.start]) & IN_POSSESSIVE_DETERMINERS) !== 0) return false;
  // (a copy or version of a document is that document's: "A copy was provided to the Courant")
  if (COPIES.has(toks[np.head]!.lower)) return false;
  // a definite one met before is the earlier one's, unnamed only if that was: "The letter" after
  // "said in a letter to tenants" from a named estate
  const det = toks[np.start]!.lower;
  if (
    (det === 'the' || det === 'this' || det === 'that') &&
    previousSameWord(ctx, np.head) >= 0 &&
    !view.registry.flaggedBefore(toks[np.head]!.lower, toks[np.start]!.start)
  )
    return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  // a participle after the head: "a letter drafted by a group of residents"
  if (AUTHORED.has(toks[np.coreEnd]?.lower ?? '')) return unnamedBy(ctx, s, np.coreEnd + 1);
  if (np.end !== np.coreEnd) return false;
  // the subject of its clause: the sentence's first words, past quotes
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (open !== np.start) return false;
  let k = np.end;
  // an aside may say the author is withheld
  if (
    isPunct(toks[k], ',') &&
    toks[k + 1]?.lower === 'whose' &&
    /^authors?$/.test(toks[k + 2]?.lower ?? '')
  )
    for (let q = k + 3; q < s.last && !isPunct(toks[q]); q++)
      if (WITHHELD.has(toks[q]!.lower)) return true;
  k = authoredPassive(ctx, s, k);
  if (k < 0 || knownAuthorEarlier(ctx, np.head)) return false;
  return unnamedBy(ctx, s, k);
}

/**
 * The token after the participle of an authoring passive from `k`, past an aside ("The memo,
 * dated March 3, was written by"), raising words ("is said to have been written") and adverbs
 * ("was later passed"); -1 if none follows.
 */
function authoredPassive(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (isPunct(toks[k], ',')) {
    k++;
    while (k < s.last && !isPunct(toks[k], ',')) k++;
    if (k >= s.last) return -1;
    k++;
  }
  let passive = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || RAISING.has(toks[k]!.lower))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0 || toks[k]!.lower === 'been') passive = true;
    k++;
  }
  return passive && AUTHORED.has(toks[k]?.lower ?? '') ? k + 1 : -1;
}

/**
 * Whether an earlier mention of the document word at `head` opened an authoring passive with a
 * known author: "The four-page memo ... was written by the army's logistics directorate" before
 * "The memo was passed to the Standard by a person" (the issuer given in another sentence).
 */
function knownAuthorEarlier(ctx: Context, head: number): boolean {
  for (let m = previousSameWord(ctx, head); m >= 0; m = previousSameWord(ctx, m)) {
    const s = ctx.sentences[ctx.sentenceOf[m]!]!;
    const k = authoredPassive(ctx, s, m + 1);
    const b = k < 0 ? -1 : byAt(ctx, s, k);
    if (b >= 0 && (ctx.tokens[b]!.lower === 'the' || ofKnownBody(ctx, s, b))) return true;
  }
  return false;
}

/**
 * The first token after `by` at or a short phrase with no punctuation after `k` ("to the
 * Standard by", "online by"), or -1.
 */
function byAt(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  const stop = Math.min(s.last, k + 6);
  while (k < stop && toks[k]!.lower !== 'by' && !isPunct(toks[k]) && toks[k]!.kind !== 'quote') k++;
  return toks[k]?.lower === 'by' ? k + 1 : -1;
}

/**
 * Whether a `by` phrase with an unnamed person or group follows at `k`, past a short phrase with
 * no punctuation ("to the Standard by", "online by"): indefinite, counted or a bare plural
 * ("a consultant", "more than 60 employees", "an anonymous account", "consultants"), with no name
 * in it, its head a person or body.
 */
function unnamedBy(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const b = byAt(ctx, s, k);
  const by = b < 0 ? null : phraseStartingAt(ctx, b, s.last, false, 2);
  if (!by) return false;
  if (ofKnownBody(ctx, s, by.start)) return false;
  const cls = headClass(ctx, by.head);
  if (!isPersonClass(cls) && cls !== 'organisation' && toks[by.head]!.lower !== 'account')
    return false;
  const first = toks[by.start]!;
  if (WHOLE.has(first.lower) || (listsOf(first) & IN_POSSESSIVE_DETERMINERS) !== 0) return false;
  if (first.lower === 'a' || first.lower === 'an' || first.kind === 'num') return true;
  if ((first.f & F.QUANT) !== 0 || first.lower === 'more' || first.lower === 'one') return true;
  // a bare plural: "by consultants", "by senior officials"
  return (first.f & F.DET) === 0 && /[^s]s$/.test(toks[by.head]!.lower);
}

/** Words that end the words about an author: a relative clause or a new clause. */
const AUTHOR_END: ReadonlySet<string> = new Set(['and', 'but', 'that', 'which', 'who', 'whose']);

/**
 * Whether the author from `a`, with its post-modifiers up to a relative clause, an auxiliary,
 * punctuation or ten words, is one of a named or known body: a name or owner in it ("analysts at the Defence
 * Directorate", "a consultant hired by Halberd") or a definite body after it ("a senior finance
 * official in the ministry" after the Education Ministry: decisions 5 and 68).
 */
function ofKnownBody(ctx: Context, s: Sentence, a: number): boolean {
  const toks = ctx.tokens;
  const stop = Math.min(s.last, a + 10);
  for (let q = a; q < stop; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote' || (q > a && (AUTHOR_END.has(t.lower) || isAux(t))))
      return false;
    if (ctx.name[q] || t.kind === 'pos') return true;
    if (q > a && (t.lower === 'the' || (listsOf(t) & IN_POSSESSIVE_DETERMINERS) !== 0))
      for (let h = q + 1; h < stop && h <= q + 3; h++)
        if (headClass(ctx, h) === 'organisation') return true;
  }
  return false;
}
