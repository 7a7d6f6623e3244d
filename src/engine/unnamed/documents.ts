/**
 * Documents: one that reached the story by a leak or an outlet's access (`a leaked memo`,
 * `records reviewed by the Times`), one a named body issued or published (`figures released by
 * the Northmoor Building Society`, `minutes of the meeting published on Wednesday`), an
 * unpublished one that tells something (`an internal review found`), and one mentioned again.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPrep, isPunct, isVerbLike } from '../context';
import { isParticipleWord } from '../subject/clause';
import { APPEARANCE_VERBS, F } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { namedness } from '../phrase/namedness';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import { previousSameWord, WALK_NO, WALK_ON, WALK_YES, walkBack, walkMemo } from '../same-word';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { inContent } from './content-subject';
import type { EntityView } from './entity-view';
import { asideEnd } from './people';
import {
  AIM_PREPS,
  IN_ADDRESSING,
  IN_BE_FORMS,
  IN_FILING_PARTICIPLES,
  IN_HAVE_FORMS,
  IN_ISSUING_VERBS,
  IN_ISSUED_BY_NAMED,
  IN_POSSESSIVE_DETERMINERS,
  IN_PROCEEDINGS,
  IN_PUBLISHED,
  IN_RECORDINGS,
  IN_RELATIVE_STARTS,
  IN_RELIANCE_VERBS,
  IN_REPORTER_ACCESS,
  IN_UNPUBLISHED,
  listsOf,
  moreListsOf,
  POSSESSIVE_DETERMINERS,
  REPORTER_ACCESS,
} from './words';

/**
 * Whether `np` mentions again, where its sentence opens and before an aside, a document the story
 * relied on without naming it: "The four-page memo, dated Oct. 3 and addressed to managers, sets
 * out ..." after "according to an internal memo seen by this newspaper". The aside keeps the cue
 * finder from reaching the subject of the verb after it; with no aside, a verb that tells what the
 * document says ("The memo instructs staff", "The emails do not say who") repeats the source, and
 * others do not ("The posts began circulating"). A passive after the aside says only what was
 * done to it ("The letter, dated May 3, was made public").
 */
export function documentRepeat(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if ((det !== 'the' && det !== 'this' && det !== 'those') || np.head !== np.coreEnd - 1)
    return false;
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (open !== np.start) return false;
  // only adjectives between: "The four-page memo" (not "The letter claims", "The city council
  // denies report")
  for (let k = np.start + 1; k < np.head; k++) {
    const w = toks[k]!;
    if ((w.f & (F.ACTOR | F.REPORT)) !== 0 || isVerbLike(w) || ctx.name[k]) return false;
  }
  if (!view.registry.flaggedBefore(toks[np.head]!.lower, toks[np.start]!.start)) return false;
  // (not one the story has since tied to a named issuer: "according to a preliminary report",
  // then "The report, by the Transport Safety Board, found" makes a later "The report" named)
  if (view.registry.latestDocument(toks[np.head]!.lower)?.entity.named === true) return false;
  // with no aside, a verb that tells what the document says: "The memo instructs staff", "The
  // emails do not say who approved it" (not "The posts began circulating")
  if (!isPunct(toks[np.end], ','))
    return (
      tellsContent(ctx, s, np.end) ||
      (saidOfRepeat(ctx, s, np.end) && !issuerStatedBefore(ctx, np.head))
    );
  // the verb after the aside's closing comma
  let k = np.end + 1;
  while (k < s.last && !isPunct(toks[k], ',')) k++;
  if (k >= s.last) return false;
  k++;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) return false;
    k++;
  }
  return k < s.last;
}

/**
 * Whether `np`, a document new to the story that opens its sentence (not a headline) with `the`
 * or as a bare plural, with no name or owner in it, is the subject of a negated verb of telling or
 * of a verb of naming: "The indictment does not name the school", "Court documents do not
 * identify the hospital", "The report lists every payment". The story relies on it for what it tells, and a
 * reader is not told who issued it (the guideline's "an affidavit"; decisions 68 and 188): an
 * unnamed document, though the verb is no cue. Not one met before under the same word (its first
 * mention decides), nor a recording (its own rules decide).
 */
export function firstTelling(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (np.end !== np.coreEnd || np.head !== np.coreEnd - 1) return false;
  // (the bare head of a headline is a topic, "Inquiry hears"; a bare document is a plural or
  // mass one: "Court documents")
  if (first.lower !== 'the' && (first.f & (F.DET | F.QUANT)) !== 0) return false;
  if (isHeadline(ctx, s) || (first.lower !== 'the' && !/s$/.test(toks[np.head]!.lower)))
    return false;
  if (first.kind === 'num' || (listsOf(toks[np.head]) & IN_RECORDINGS) !== 0) return false;
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (open !== np.start) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  if (previousSameWord(ctx, np.head) >= 0) return false;
  // a negated verb of telling ("does not say", "never mentions": no cue, yet the story reads the
  // document) or one of naming ("lists", "does not identify", "never names"); a verb that is a
  // cue already makes it a source
  let k = np.end;
  let negated = false;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]) || NEGATING.has(toks[k]!.lower))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) return false;
    if (NEGATING.has(toks[k]!.lower)) negated = true;
    k++;
  }
  const t = toks[k];
  if (!t || t.kind !== 'word' || k + 1 >= s.last || /ing$/.test(t.lower)) return false;
  if (NAMING.has(t.lower) || t.lower === 'names' || (t.lower === 'name' && negated)) return true;
  return negated && ((t.f & F.REPORT) !== 0 || (listsOf(t) & IN_ADDRESSING) !== 0);
}

/**
 * Whether the verb at `k`, past adverbs, active auxiliaries, a negation and a raising `appear
 * to`, tells what a document says or tells someone: "does not say", "instructs managers",
 * "appear to show".
 */
function tellsContent(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]) || NEGATING.has(toks[k]!.lower))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) return false;
    k++;
  }
  if (APPEARANCE_VERBS.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'to') k += 2;
  const t = toks[k];
  // (`name` is a cue verb, but "The review does not name the doctors" only names or does not:
  // `saidOfRepeat` reads it, where an issuer stated before keeps the document named)
  if (!t || NAME_FORMS.has(t.lower)) return false;
  return (t.f & F.REPORT) !== 0 || (listsOf(t) & IN_ADDRESSING) !== 0 || NAMING.has(t.lower);
}

/** Forms of the verb `name`, which tell who, not what a document says. */
const NAME_FORMS: ReadonlySet<string> = new Set(['name', 'named', 'names']);

/**
 * Whether the verb group at `k`, after a repeated document, keeps the story relying on it though
 * it is no verb of telling: a raising hedge ("The letter is understood to have been discussed",
 * "The memo is said to run to 40 pages"), a negated verb of naming ("The statement does not name
 * her") or a verb of holding what it records ("The filings also include a forensic report",
 * "The dossier contains the bank's accounts"). Not a plain passive of what was done to it ("The
 * letter was sent to the board": the be-forms stop at `tellsContent`'s gate) nor an act
 * ("The posts began circulating").
 */
function saidOfRepeat(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let negated = false;
  let be = false;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]) || NEGATING.has(toks[k]!.lower))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) be = true;
    if (NEGATING.has(toks[k]!.lower)) negated = true;
    k++;
  }
  const t = toks[k]?.lower ?? '';
  // "is understood to", "is said to", "appears to"
  if (toks[k + 1]?.lower === 'to' && (be ? RAISING_PASSIVES.has(t) : APPEARANCE_VERBS.has(t)))
    return true;
  // "The notes were written by a Veldrian participant": its author given as someone unnamed, a
  // second span (decision 83 of the labelled sets); not "was published by the Harlow Institute",
  // which names its issuer
  if (be && !negated && /[a-z]ed$|en$/.test(t) && toks[k + 1]?.lower === 'by') {
    // (past an apposition: "by the department chair, Prof. Linh Baptiste")
    for (
      let q = k + 2;
      q < s.last && q <= k + 10 && !(isPunct(toks[q]) && !isPunct(toks[q], ','));
      q++
    )
      if (ctx.name[q] && !isPlaceName(ctx, q)) return false;
    return true;
  }
  if (be) return false;
  return HOLDING.has(t) || (negated && t === 'name') || t === 'names';
}

/**
 * Whether an earlier mention of the document whose head is token `h` had its issuer or
 * commissioner stated after it by a participle of issuing and a `by` phrase the phrase rules
 * name: "The 62-page review, commissioned by the hospital's board," (decision 155 of the labelled
 * sets: named through its commissioner, so its repeats are no unnamed document).
 */
function issuerStatedBefore(ctx: Context, h: number): boolean {
  const toks = ctx.tokens;
  for (let k = previousSameWord(ctx, h); k >= 0; k = previousSameWord(ctx, k)) {
    let q = k + 1;
    if (isPunct(toks[q], ',')) q++;
    if ((moreListsOf(toks[q]) & IN_ISSUED_BY_NAMED) === 0 || toks[q + 1]?.lower !== 'by') continue;
    const s = ctx.sentences[ctx.sentenceOf[q]!]!;
    const by = phraseStartingAt(ctx, q + 2, s.last, false, 2);
    if (by && namedness(ctx, by)) return true;
  }
  return false;
}

/** Participles of a raising hedge: `is understood to`, `is said to`, `is believed to`. */
const RAISING_PASSIVES: ReadonlySet<string> = new Set([
  'believed',
  'reported',
  'said',
  'thought',
  'understood',
]);

/** Verbs by which a document holds what it records: `includes`, `contains`. */
const HOLDING: ReadonlySet<string> = new Set([
  'contain',
  'contained',
  'contains',
  'include',
  'included',
  'includes',
]);

/**
 * Verbs by which a document tells who or what: "The emails do not identify who approved it",
 * "The spreadsheet lists every payment" (not `name`, also an adjective: "the named doctors").
 */
const NAMING: ReadonlySet<string> = new Set([
  'identified',
  'identifies',
  'identify',
  'list',
  'listed',
  'lists',
]);

/** Whether `leaked` stands before the head of `np`: "a leaked memo", "leaked minutes of". */
function leakedBefore(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.head; k++) if (ctx.tokens[k]!.lower === 'leaked') return true;
  return false;
}

/**
 * Whether a document is `leaked` (before its head) and names no one inside it: "leaked minutes
 * of the meeting", not "the leaked Harlow memo" nor "his leaked emails".
 */
export function leakedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!leakedBefore(ctx, np) || (listsOf(toks[np.start]) & IN_POSSESSIVE_DETERMINERS) !== 0)
    return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  return true;
}

/**
 * Whether an indefinite document with no name or owner inside it reached the story through an
 * outlet's access ("an internal assessment reviewed by the Post", "an internal alert obtained by
 * the station"): like a leaked one, it withholds its issuer even where a body acts around it.
 */
export function obtainedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (first !== 'a' && first !== 'an') return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  return reachedReporter(ctx, np);
}

/**
 * Whether a new document with no name or owner inside it is the object of `cite`: "which cited an
 * internal spreadsheet", "citing leaked wire transfer records", "The union cited a confidential
 * report" (not "citing the report", met before, nor "cited Acme's filings").
 */
export function citedDocument(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // (past a `leaked` the phrase left out)
  const b = toks[np.start - 1]?.lower === 'leaked' ? np.start - 2 : np.start - 1;
  const v = toks[b]?.lower ?? '';
  if (v !== 'cite' && v !== 'cites' && v !== 'cited' && v !== 'citing') return false;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 && first.lower !== 'a' && first.lower !== 'an') return false;
  return !ownedInside(ctx, np) && !POSSESSIVE_DETERMINERS.has(first.lower);
}

/**
 * Whether a document reached the story by a leak or an outlet's access: a participle of access
 * with its `by` or `to` phrase after the head, directly or in an aside ("internal records reviewed
 * by the Times", "The draft, obtained by the Ledger,", "documents leaked to its researchers"), or
 * `leaked` before the head ("a leaked memo"). Who issued it is what the story withholds; one
 * issued by a named body is `namedness`'s, which has already answered.
 */
export function reachedReporter(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (leakedBefore(ctx, np)) return true;
  // the object of an outlet's perfect of access: "The Sentinel has seen internal correspondence",
  // "the paper has obtained a video" (a new one: not "has seen the memo")
  const v = toks[np.start - 1]?.lower ?? '';
  const first = toks[np.start]!.lower;
  // (past adverbs: "The Sentinel has also seen emails", not a negation: "has not seen")
  let h = np.start - 2;
  while (h > 0 && isAdverb(toks[h]) && !NEGATING.has(toks[h]!.lower)) h--;
  if (
    (REPORTER_ACCESS.has(v) || v === 'saw') &&
    v !== 'leaked' &&
    ((listsOf(toks[h]) & IN_HAVE_FORMS) !== 0 ||
      // or a plain past after a name: "The Beacon reviewed internal emails", "Channel 4 News
      // obtained a recording" (not "Ames leaked a memo": who leaked it is known)
      (ctx.name[np.start - 2] === 1 && v !== 'seen' && v !== 'read')) &&
    // (not a source's knowledge: "A person who has seen a draft said")
    (listsOf(toks[h - 1]) & IN_RELATIVE_STARTS) === 0 &&
    first !== 'the' &&
    !POSSESSIVE_DETERMINERS.has(first) &&
    !ownedInside(ctx, np)
  )
    return true;
  // past an `of` phrase: "An earlier draft of the traffic study, obtained by the Ledger,"; a
  // draft or copy of a named body's document is the body's ("A draft of the Agriculture
  // Ministry's report, seen by the Post,": decision 68 of the labelled sets)
  const ofPhrase = np.end > np.coreEnd && toks[np.coreEnd]?.lower === 'of';
  if (ofPhrase && bodysDocument(ctx, np.coreEnd + 1, np.end)) return false;
  let k = ofPhrase ? np.end : np.coreEnd;
  // past its addressee: "an email to staff obtained by the Post", "a letter to Acme's board
  // reviewed by the Register"
  if (toks[k]?.lower === 'to') {
    let q = k + 1;
    while (q < toks.length && q <= k + 5 && !isPunct(toks[q]) && !accessAt(toks, q)) q++;
    if (accessAt(toks, q)) k = q;
  }
  // past a participle's own phrase: "A memo circulated among senior staff, obtained by the paper,",
  // "The memo, drafted by a consultant and obtained by the Post,"
  if (isPunct(toks[k], ',') && issuedParticiple(toks[k + 1])) k++;
  if (issuedParticiple(toks[k]) && !sharedWithName(ctx, k)) {
    let q = k + 1;
    while (q < toks.length && q <= k + 8 && !isPunct(toks[q]) && toks[q]!.lower !== 'and') q++;
    if (isPunct(toks[q], ',') || toks[q]?.lower === 'and') k = q;
  }
  if (isPunct(toks[k], ',')) k++;
  if (toks[k]?.lower === 'and') k++;
  const p = toks[k + 1]?.lower;
  if ((listsOf(toks[k]) & IN_REPORTER_ACCESS) !== 0 && (p === 'by' || p === 'to')) return true;
  if (sharedWithName(ctx, k)) return true;
  // or a relative clause of access: "The draft, which the Post obtained,", "The memo, a copy of
  // which was obtained by the Times,"
  if (toks[k]?.lower === 'a' && toks[k + 1]?.lower === 'copy' && toks[k + 2]?.lower === 'of')
    k += 3;
  if (toks[k]?.lower !== 'which') return false;
  for (let q = k + 1; q < toks.length && q <= k + 6; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if ((listsOf(t) & IN_REPORTER_ACCESS) !== 0 || t.lower === 'saw') return true;
  }
  return false;
}

/**
 * Whether the phrase from `a` to `b`, what a draft or copy is of, is a document of a definite
 * body given by its name or its noun: "the Agriculture Ministry's report", "the bank's financial
 * stability review", "Acme's annual report". Not one of a document ("the review's summary"), of
 * people ("the auditors' report") or of an indefinite body ("a company's accounts"): those keep
 * their issuer unknown.
 */
function bodysDocument(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  for (let q = a + 1; q < b; q++) {
    if (toks[q]!.kind !== 'pos') continue;
    const owner = q - 1;
    if (ctx.name[owner]) return true;
    if (headClass(ctx, owner) !== 'organisation') return false;
    for (let k = a; k < owner; k++)
      if (toks[k]!.lower === 'a' || toks[k]!.lower === 'an') return false;
    return toks[a]!.lower === 'the';
  }
  return false;
}

/** Whether a participle of access and its `by` stand at `q`: "obtained by", "seen by". */
function accessAt(toks: readonly Token[], q: number): boolean {
  return (listsOf(toks[q]) & IN_REPORTER_ACCESS) !== 0 && toks[q + 1]?.lower === 'by';
}

/** Whether `t` is a past participle other than one of access: `circulated`, `drafted`. */
function issuedParticiple(t: Token | undefined): boolean {
  return t?.kind === 'word' && /[a-z]ed$/.test(t.lower) && (listsOf(t) & IN_REPORTER_ACCESS) === 0;
}

/**
 * Whether the definite document `np`, whose head the story has not used before, opens the content
 * of a cue that credits an unnamed source earlier in the sentence: "Two people briefed on the
 * findings said the report blames a contractor", "Three diplomats said the draft, circulated on
 * Friday, called for a truce". The source tells of a document the reader cannot see.
 */
export function toldOfByUnnamed(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  view: EntityView,
): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.coreEnd - 1) return false;
  // (the unnamed source first: the cheapest to ask)
  let unnamed = false;
  for (let q = s.first; q < np.start && !unnamed; q++)
    unnamed = view.sources.entityAt(q)?.entity.named === false;
  if (!unnamed) return false;
  // the document's own verb of saying, past a participle aside: "the memo, dated May 3, warns"
  let k = np.end;
  if (isPunct(toks[k], ',') && issuedParticiple(toks[k + 1])) {
    k += 2;
    while (k < s.last && k <= np.end + 12 && !isPunct(toks[k])) k++;
    if (!isPunct(toks[k], ',')) return false;
    k++;
  }
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]))) {
    // (in the active: not "the contract had been warned")
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) return false;
    k++;
  }
  if (!toks[k] || (toks[k]!.f & F.REPORT) === 0) return false;
  return previousSameWord(ctx, np.head) < 0 && inContent(ctx, s, np.start);
}

/**
 * Whether the definite document `np`, whose head the story has not used before, is the object of
 * a negated verb of checking and described after it: "could not independently verify the footage,
 * which appears to show", "has not been able to confirm the reports, first carried by local
 * radio" (not one met before: "posted a video ... could not verify the video" is the poster's).
 */
export function unverified(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.coreEnd - 1) return false;
  if (!VERIFYING.has(toks[np.start - 1]?.lower ?? '') || previousSameWord(ctx, np.head) >= 0)
    return false;
  let negated = false;
  for (let k = np.start - 2; k >= s.first && k >= np.start - 7 && !negated; k--) {
    const w = toks[k]!;
    if (isPunct(w)) return false;
    negated = NEGATING.has(w.lower);
  }
  if (!negated) return false;
  // described here for the first time, by no name: ", which appears to show", ", first carried
  // by local media" (a bare "could not verify the report" points back to one the reader knows)
  let k = np.end;
  if (!isPunct(toks[k], ',')) return false;
  k++;
  if (
    toks[k]?.lower !== 'which' &&
    !issuedParticiple(toks[k]) &&
    !/[a-z]ed$/.test(toks[k + 1]?.lower ?? '')
  )
    return false;
  for (; k < s.last && !isPunct(toks[k]); k++)
    if (ctx.name[k] && !isPlaceName(ctx, k)) return false;
  return true;
}

/** Verbs of checking a document's truth: `verify`, `confirm`, `authenticate`. */
const VERIFYING: ReadonlySet<string> = new Set(['authenticate', 'confirm', 'verify']);

/** Words that negate a verb of checking before it: `not`, `unable`, `cannot`. */
const NEGATING: ReadonlySet<string> = new Set(['cannot', 'never', 'not', "n't", 'unable']);

/** Whether `shared with` and a name stand at `k`: "shared with Channel 9", "shared with the Ledger". */
function sharedWithName(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return (
    toks[k]?.lower === 'shared' &&
    toks[k + 1]?.lower === 'with' &&
    (ctx.name[k + 2] === 1 || (toks[k + 2]?.lower === 'the' && ctx.name[k + 3] === 1))
  );
}

/** Whether a name or a possessive stands in the core of `np`: "its safety plan", "Acme's memo". */
/**
 * Whether a new document or recording with no owner in it is followed, past its own participle
 * phrase, by a relative clause that it "appears to show" or "seems to confirm" something: "Police
 * are examining a video circulating online that appears to show the mayor", "screenshots which
 * seem to confirm the deal" (not "his video that appears to show", owned).
 */
export function appearsToShow(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 && first.lower !== 'a' && first.lower !== 'an') return false;
  if (POSSESSIVE_DETERMINERS.has(first.lower) || ownedInside(ctx, np)) return false;
  // ("The ministry ... released a grainy video that appears to show": its issuer acts on it)
  if ((listsOf(toks[np.start - 1]) & IN_ISSUING_VERBS) !== 0) return false;
  for (let k = np.coreEnd; k < s.last - 3 && k <= np.coreEnd + 8; k++) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (t.lower !== 'that' && t.lower !== 'which') continue;
    return (
      APPEARANCE_VERBS.has(toks[k + 1]!.lower) &&
      toks[k + 2]!.lower === 'to' &&
      ((toks[k + 3]!.f & F.REPORT) !== 0 || toks[k + 3]!.lower === 'show')
    );
  }
  return false;
}

function ownedInside(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || ctx.tokens[k]!.kind === 'pos') return true;
  return false;
}

/**
 * Whether a document is only the medium of a cue before it ("told staff in a 2022 email, reviewed
 * by the Courier": the source is whoever told) or of the clause it opens ("In a memo seen by the
 * Times, a lawyer warned"), or the topic of a clause ("does not comment on leaked documents"), not
 * a source relied on ("based on internal records reviewed by the Times").
 */
export function mediumOrTopic(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const p = toks[np.start - 1]?.lower;
  // ("In a letter to members seen by the paper, the union's chairman, Lars Ekholm, accused": the
  // medium of the clause's named speaker, who comes after it)
  if (p === 'in' && np.start - 1 === s.first) return namedSpeakerAfter(ctx, s, np.end);
  if (p === 'in') {
    for (let k = np.start - 2; k >= s.first && k >= np.start - 6; k--) {
      const t = toks[k]!;
      if (isPunct(t) || t.kind === 'quote') return false;
      // ("The plan, outlined in a memo seen by the paper,": a participle in an aside has no
      // speaker; the document is what the plan is known from)
      if ((t.f & F.REPORT) !== 0) return !(isPunct(toks[k - 1], ',') && /[a-z]ed$/.test(t.lower));
    }
    return false;
  }
  return !!p && AIM_PREPS.has(p) && !(p === 'on' && relianceVerbBefore(ctx, np.start - 2) >= 0);
}

/**
 * Whether, past the comma that closes an opening phrase (from `k`), a subject with a name in it
 * comes before a verb of saying: ", the union's chairman, Lars Ekholm, accused" (not ", a group of
 * senior doctors warned": the document is what the story has of them).
 */
function namedSpeakerAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && k < s.first + 30 && !isPunct(toks[k], ',')) k++;
  let named = false;
  for (let q = k + 1; q < s.last && q <= k + 12; q++) {
    const t = toks[q]!;
    if (ctx.name[q] && !isPlaceName(ctx, q)) named = true;
    else if ((t.f & F.REPORT) !== 0 && isVerbLike(t)) return named;
  }
  return false;
}

/**
 * The verb of relying at `k` or before an adverb there ("based on", "based partly on", "draws
 * heavily on"), or -1.
 */
function relianceVerbBefore(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  if (isAdverb(toks[k])) k--;
  return (listsOf(toks[k]) & IN_RELIANCE_VERBS) !== 0 ? k : -1;
}

/**
 * Whether the phrase is what an account relies on: the object of `based on`, `draws on`, `relied
 * on` whose subject is a text ("The account is based on internal documents", "This story draws
 * on confidential files"; not "Prices are based on internal estimates").
 */
export function reliedOn(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'on') return false;
  let k = relianceVerbBefore(ctx, np.start - 2) - 1;
  if (k < 0) return false;
  while (k >= 0 && k >= np.start - 7 && (isAux(toks[k]) || isAdverb(toks[k]))) k--;
  const t = toks[k];
  return !!t && (t.lower === 'this' || (t.kind === 'word' && headClass(ctx, k) === 'document'));
}

/**
 * Whether a participle and its preposition after the head say where a recording came from:
 * `posted on social media`, `taken on September 14`, `reviewed by investigators`, `posted
 * online` (not the verb:
 * "a video showed a pile of paper").
 */
export function provenance(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const t = toks[np.coreEnd];
  if (!t || t.kind !== 'word' || !(/[a-z](?:ed|en)$/.test(t.lower) || (t.f & F.IRREGULAR) !== 0))
    return false;
  // ("video posted online", "footage shared online": where, without a preposition)
  return isPrep(toks[np.coreEnd + 1]) || toks[np.coreEnd + 1]?.lower === 'online';
}

/**
 * Whether a recording or picture credited with what it shows, new to the story and with no owner
 * after it, is relied on: the writer keeps their distance from what it shows ("Footage shared
 * online appears to show"), or a source tells what it shows ("one of whom said surveillance
 * footage showed", "..., a detective said"). Not the writer's own account of an event ("after a
 * video showed a pile of paper"), nor one owned ("CCTV footage from the club").
 */
export function reliedRecording(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  reported: boolean,
): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & F.DET) !== 0 && first.lower !== 'a' && first.lower !== 'an') return false;
  const p = toks[np.coreEnd]?.lower;
  if ((p === 'from' || p === 'of') && owned(ctx, np.coreEnd + 1)) return false;
  // "according to a video", "according to footage": the phrase says the story relies on it
  if (toks[np.start - 1]?.lower === 'to' && toks[np.start - 2]?.lower === 'according') return true;
  // "A video shows that the guard left early": a claim of fact credited to it, not a depiction
  // ("A video shows the guard leaving")
  if (((toks[np.end]?.f ?? 0) & F.REPORT) !== 0 && toks[np.end + 1]?.lower === 'that') return true;
  // (past the phrase's participles: "Screenshots posted by an account on a forum appear to show")
  for (let k = np.coreEnd; k < s.last && k <= np.coreEnd + 15; k++) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') break;
    if (APPEARANCE_VERBS.has(t.lower))
      return toks[k + 1]?.lower === 'to' && ((toks[k + 2]?.f ?? 0) & F.REPORT) !== 0;
  }
  return reported || inContent(ctx, s, np.start);
}

/** Whether the phrase at `k` names or points back to an owner: `the club`, `Acme's`, `his`. */
function owned(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return (
    !!t &&
    (t.lower === 'the' || ctx.name[k] === 1 || (listsOf(t) & IN_POSSESSIVE_DETERMINERS) !== 0)
  );
}

/**
 * Whether `np`, a new document with no issuer in the phrase, opens its sentence as the subject
 * of a cue past the participle phrase or aside that tells where it came from: "An email sent to
 * one resident, seen by the Gazette, advised", "A petition started by a local businessman called
 * it", "Tests carried out last week suggest", "Posts circulating online falsely claimed". The
 * story relies on it for what it tells, whoever wrote it (decisions 69 and 83). Not a recording
 * (its own rules decide), nor one with a determiner of its own ("the report", "his letter"), nor
 * a verb past a relative clause ("a letter from a woman who said": hers).
 */
export function tellingDocument(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  // (a document of something or on something takes its issuer from it: "A draft of the rules",
  // "Minutes of a board meeting", "A report on signal upgrades")
  if (
    (first.lower !== 'a' && first.lower !== 'an' && (first.f & (F.DET | F.QUANT)) !== 0) ||
    NO_ONE.has(first.lower) ||
    first.kind === 'num' ||
    np.end !== np.coreEnd ||
    (listsOf(toks[np.head]) & IN_RECORDINGS) !== 0
  )
    return false;
  let j = np.start - 1;
  while (j >= s.first && toks[j]!.kind === 'quote') j--;
  if (j >= s.first) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  // the participle right after the phrase or after a comma tells where it came from; any other
  // verb or clause before a cue is the document's own, or another's ("has been ordered, one of
  // the people said")
  for (let k = np.end; k < s.last && k < np.end + 16; k++) {
    const t = toks[k]!;
    const b = toks[k - 1]!;
    if (t.kind === 'quote' || (isPunct(t) && !isPunct(t, ','))) return false;
    if (isPunct(t, ',')) {
      if (!isVerbLike(toks[k + 1]) || isAux(toks[k + 1])) return false;
      continue;
    }
    // (not one a named body issued: "released on Monday by the Halden Institute")
    if (
      (listsOf(t) & IN_RELATIVE_STARTS) !== 0 ||
      (ctx.name[k] && (b.lower === 'by' || b.lower === 'from' || (b.f & F.DET) !== 0)) ||
      t.lower === 'according'
    )
      return false;
    const opening = k === np.end || isPunct(b, ',');
    if (t.kind === 'word' && (t.f & F.REPORT) !== 0 && !t.cap && !opening) {
      // (a cue's verb, not its noun: "a claim", "the warning"; nor a passive, "is reported to")
      if ((b.f & F.DET) !== 0 || b.kind === 'pos' || (listsOf(b) & IN_BE_FORMS) !== 0) return false;
      // (not one a later "according to" credits to whoever issued it: decision 83)
      for (let q = k + 1; q + 1 < s.last; q++)
        if (toks[q]!.lower === 'according' && toks[q + 1]!.lower === 'to') return false;
      return true;
    }
    // ("Tests have found": a perfect; "was circulated to": the document's own verb)
    if (isAux(t) && (listsOf(t) & IN_HAVE_FORMS) === 0) return false;
    if (isVerbLike(t) && !isAux(t) && !opening) return false;
  }
  return false;
}

/** Determiners of no document in particular: `Neither account`, `Each report`. */
const NO_ONE: ReadonlySet<string> = new Set([
  'all',
  'any',
  'another',
  'both',
  'each',
  'either',
  'every',
  'neither',
  'no',
  'other',
]);

/** Whether an adjective before the head says the document was not published: `internal`. */
export function unpublished(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.head; k++)
    if ((moreListsOf(ctx.tokens[k]) & IN_UNPUBLISHED) !== 0) return true;
  return false;
}

/**
 * Whether the definite phrase opens the content of a reporting verb whose subject names someone
 * ("Dr. Ana Lind, a virologist at Kerrow University, said the data showed", "Quell says that the
 * figures suggest"): what a named speaker reads is before the reader, not withheld.
 */
export function readByNamed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let v = np.start - 1;
  if (toks[v]?.lower === 'that') v--;
  const t = toks[v];
  if (!t || v <= s.first || (t.f & F.REPORT) === 0 || !isVerbLike(t)) return false;
  for (let k = s.first; k < v; k++) {
    const w = toks[k]!;
    if (isPunct(w, ';') || isPunct(w, ':') || w.kind === 'quote') return false;
    if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  }
  return false;
}

/**
 * Whether the phrase opens a clause: at the sentence start, after punctuation or `that`, or right
 * after a verb of saying in the active ("say an internal review ... found"; not the object of
 * "who has seen internal emails").
 */
export function opensClause(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const b = toks[np.start - 1];
  if (np.start <= s.first || !b || isPunct(b) || b.kind === 'quote' || b.lower === 'that')
    return true;
  return (b.f & F.REPORT) !== 0 && (listsOf(toks[np.start - 2]) & IN_HAVE_FORMS) === 0;
}

/**
 * Whether a `by` phrase with a name follows a document, directly or after a participle of
 * issuing and a time: "a report by the Tenants' Union", "figures released on Tuesday by the
 * Northmoor Building Society" (not "an audit seen by the Record": who saw it did not issue it).
 */
export function issuedByName(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  // (or in an aside: "The 14-page assessment, prepared by analysts at the Defence Directorate,")
  if (isPunct(toks[k], ',') && issuing(toks[k + 1])) k++;
  else k = issuingPassive(ctx, s, k);
  if (issuing(toks[k])) {
    k++;
    while (
      k < s.last &&
      (isAdverb(toks[k]) || (toks[k]!.f & F.TIME) !== 0 || toks[k]!.lower === 'on')
    )
      k++;
  }
  if (toks[k]?.lower !== 'by') return false;
  const by = phraseStartingAt(ctx, k + 1, s.last, false, 2);
  if (!by) return false;
  // (a name in its post-modifier too: "by analysts at the Defence Directorate")
  for (let q = by.start; q < by.end; q++) if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
  // (or in the agent's apposition: "by the inquiry chair, the retired judge Hanna Veldt,")
  if (namedApposition(ctx, s, by.end)) return true;
  // or a possessive of a definite body: "by the city's finance directorate", "by a senior engineer
  // on the company's security team" (decision 116: a possessive that picks the story's one body
  // names it and its people)
  if (definiteBodyPossessive(ctx, s, by.start, by.end)) return true;
  // or a body the story has named, met again: "a complaint lodged by the alliance" after "the
  // Marle River Alliance" (decision 15); not one a reporter then obtained ("commissioned by the
  // county and obtained by the Wire")
  const head = toks[by.head]!;
  const at = ctx.nameWords.get(head.lower);
  return (
    toks[by.start]!.lower === 'the' &&
    !(toks[by.end]?.lower === 'and' && (listsOf(toks[by.end + 1]) & IN_REPORTER_ACCESS) !== 0) &&
    by.head === by.coreEnd - 1 &&
    headClass(ctx, by.head) === 'organisation' &&
    at !== undefined &&
    at < by.start
  );
}

/**
 * The participle of a passive of issuing at `k`, past an aside ("The memo was drafted by", "The
 * memo, a copy of which the Herald has seen, was drafted by"), or `k` when there is none.
 */
function issuingPassive(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  const a = asideEnd(ctx, s, k);
  let q = a;
  while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]))) q++;
  return q > a && issuing(toks[q]) ? q : k;
}

/**
 * Whether tokens `a` to `b` of sentence `s` hold the possessive of a definite body (`the city's`
 * after Tarvik city hall, `the company's` after Kitepay) in a story that gave a name before the
 * sentence: its one body of that kind. Not in a sentence that stands alone ("the agency's rail
 * car division": no body in view, decision 299 of the labelled sets).
 */
function definiteBodyPossessive(ctx: Context, s: Sentence, a: number, b: number): boolean {
  const toks = ctx.tokens;
  for (let q = a + 2; q < b; q++)
    if (
      toks[q]!.kind === 'pos' &&
      toks[q - 2]!.lower === 'the' &&
      !ctx.name[q - 1] &&
      headClass(ctx, q - 1) === 'organisation'
    )
      return nameBefore(ctx, s);
  return false;
}

/**
 * Whether a comma at `k` opens an apposition that carries a person's or a body's name: the
 * agent "the inquiry chair, the retired obstetrician Hanna Veldt" is named by it.
 */
function namedApposition(ctx: Context, s: Sentence, k: number): boolean {
  if (!isPunct(ctx.tokens[k], ',')) return false;
  const app = phraseStartingAt(ctx, k + 1, s.last, false, 2);
  if (!app) return false;
  for (let q = app.start; q < app.end; q++) if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
  return false;
}

/**
 * Whether the head of the definite document `np` (`the report`, `the new survey`) was last met
 * issued by a named body (`a survey published on Monday by the Halden Institute`).
 */
export function issuedEarlier(ctx: Context, np: NounPhrase): boolean {
  if (np.end !== np.coreEnd) return false;
  const k = previousSameWord(ctx, np.head);
  return k >= 0 && walkBack(ctx, k, ISSUED_WALK, issuedStep, false);
}

/**
 * `issuedEarlier`'s step back at mention `k`: issued by a named body, or a repeat (`the`, `this`)
 * to go back over ("As the report states") to the mention that brought it in, and no further:
 * "A report said" before it is another one.
 */
function issuedStep(ctx: Context, k: number): number {
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  if (issuedByName(ctx, s, k + 1) || ownedOrSentBy(ctx, s, k) || spokenIn(ctx, s, k))
    return WALK_YES;
  const det = ctx.tokens[k - 1]?.lower;
  return det === 'the' || det === 'this' ? WALK_ON : WALK_NO;
}

const ISSUED_WALK = walkMemo();

/**
 * Whether the document whose head is at `k` is the medium of a cue before it: "investigators
 * said in a preliminary report", "the liquidators said in their first report". A definite
 * repeat ("The report also notes") is then the speaker's document, as after a `by` phrase
 * (decision 83 of the labelled sets: the medium of a speaker's own cue).
 */
function spokenIn(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k + 1]?.lower === 'of') return false;
  const np = phraseEndingAt(ctx, k, s.first, false);
  if (!np || toks[np.start - 1]?.lower !== 'in') return false;
  // (the cue right before `in`: not "said figures in the consultant's report", where the
  // document holds what the speaker read, nor an aside's participle, "One message, cited in a
  // court filing,", which has no speaker)
  const verb = toks[np.start - 2];
  return (
    !!verb && (verb.f & F.REPORT) !== 0 && isVerbLike(verb) && !isPunct(toks[np.start - 3], ',')
  );
}

/**
 * Whether the document whose head is at `k` is given its issuer by an owner or a `from` phrase:
 * "Its report, published on Tuesday," (the inspectorate just named), "the agency's report", "a
 * letter from the Schools Inspectorate". A definite repeat ("The report also said") is then that
 * issuer's document, as after a `by` phrase (ANNOTATION.md section 2: a definite description that
 * plainly refers back to a named entity).
 */
function ownedOrSentBy(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const before = toks[k - 1];
  if (before && (listsOf(before) & IN_POSSESSIVE_DETERMINERS) !== 0 && before.lower === 'its')
    return true;
  if (before?.kind === 'pos' && ctx.name[k - 2] && !isPlaceName(ctx, k - 2)) return true;
  if (toks[k + 1]?.lower !== 'from') return false;
  const from = phraseStartingAt(ctx, k + 2, s.last, false, 2);
  if (!from) return false;
  for (let q = from.start; q < from.end; q++) if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
  return false;
}

/**
 * Whether the phrase is the published record of proceedings: "minutes of the meeting published on
 * Wednesday", "a summary of the discussion released with the decision", "a summary of an internal
 * investigation released on Friday" are the public papers of the body whose meeting or inquiry
 * the story is about, not a source it withholds. A `by` agent is `issuedByName`'s to judge, and
 * papers released `to` someone or `under` a disclosure rule are someone else's, still unnamed;
 * so is a record not published ("minutes of the meeting seen by the paper").
 */
export function publishedRecord(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.coreEnd]?.lower !== 'of') return false;
  let of = false;
  for (let k = np.coreEnd + 1; k < np.end; k++)
    if ((moreListsOf(toks[k]) & IN_PROCEEDINGS) !== 0) of = true;
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  if (!of || (moreListsOf(toks[k]) & IN_PUBLISHED) === 0) return false;
  for (let q = k + 1; q < s.last && q <= k + 8; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') break;
    if (t.lower === 'by' || t.lower === 'to' || t.lower === 'under') return false;
  }
  return true;
}

/**
 * Whether `np` is the minutes of one meeting in a story that named someone in a sentence before:
 * "board minutes seen by the Ledger", "The minutes, from March, record", "minutes of last
 * week's meeting obtained by the Tribune". Minutes record a body's own meeting, so they are that
 * body's (decision 34 of the labelled sets), even when an outlet saw them (decision 68); not
 * minutes listed with other papers ("emails and planning minutes"), of several meetings ("of
 * three donor meetings"), nor in a sentence that stands alone, where no body is in view.
 */
export function bodysMinutes(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.head]!.lower !== 'minutes' || np.head !== np.coreEnd - 1) return false;
  for (let k = np.start; k < np.head; k++) {
    const t = toks[k]!;
    if (isPunct(t) || t.lower === 'and' || t.kind === 'num' || ctx.name[k]) return false;
  }
  if (toks[np.start - 1]?.lower === 'and' || isPunct(toks[np.start - 1], ',')) return false;
  if (toks[np.coreEnd]?.lower === 'of')
    for (let k = np.coreEnd + 1; k < np.end; k++) {
      const t = toks[k]!;
      if (t.kind === 'num' || (t.f & F.QUANT) !== 0) return false;
      if ((moreListsOf(t) & IN_PROCEEDINGS) !== 0) {
        if (t.lower.endsWith('s')) return false;
        break;
      }
    }
  return nameBefore(ctx, s);
}

/**
 * Whether the text gives a name before sentence `s`: a story with someone in view, not a
 * sentence that stands alone.
 */
function nameBefore(ctx: Context, s: Sentence): boolean {
  return ctx.name.subarray(0, s.first).some((v) => v !== 0);
}

/** Whether `t` is a participle of issuing or filing, which a `by` agent may follow. */
function issuing(t: Token | undefined): boolean {
  return (
    !!t &&
    ((moreListsOf(t) & IN_ISSUED_BY_NAMED) !== 0 || (moreListsOf(t) & IN_FILING_PARTICIPLES) !== 0)
  );
}

/** Nouns of a claim that take its content (`reports that`, `claims of`). */
const CONTENT_NOUNS: ReadonlySet<string> = new Set([
  'report',
  'reports',
  'claim',
  'claims',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'allegation',
  'allegations',
]);

/** The claim nouns among them: what is claimed, never a document one can read (`reports` can be). */
const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claim',
  'claims',
  'rumour',
  'rumours',
  'rumor',
  'rumors',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
]);

/**
 * Whether `np` is a bare claim noun with its content, wherever it stands: "He denied claims that
 * overtime had been cut", "Rival campaigns have circulated claims that he belonged to a fringe
 * group", "hit back at claims that her eviction was fixed", "Claims that circulate online are
 * wrong". The claims are what is said, the cue of whoever makes them, not a document relied on
 * nor a body that acts (the labelled sets never mark them `unnamed`); not `reports`, which can be
 * news reports relied on ("according to reports that").
 */
export function claimContent(ctx: Context, np: NounPhrase): boolean {
  return countedNounWithContent(ctx, np, CLAIM_NOUNS);
}

/**
 * Whether `np` is one of `nouns` as its last word, with nothing before it but counts ("dozens
 * of", "repeated", a number) and its content after it (`that` or `of`): "claims that", "dozens of
 * reports of fires".
 */
function countedNounWithContent(ctx: Context, np: NounPhrase, nouns: ReadonlySet<string>): boolean {
  const toks = ctx.tokens;
  if (!nouns.has(toks[np.head]!.lower) || np.end !== np.head + 1) return false;
  const next = toks[np.end]?.lower;
  if (next !== 'that' && next !== 'of') return false;
  for (let k = np.start; k < np.head; k++)
    if (toks[k]!.kind !== 'num' && !CLAIM_COUNTS.has(toks[k]!.lower)) return false;
  return true;
}

/** Prepositions of an occasion or a topic before a claim noun: `after`, `amid`, `into`. */
const OCCASION_PREPS: ReadonlySet<string> = new Set([
  'after',
  'amid',
  'amidst',
  'following',
  'over',
  'into',
  'on',
  'despite',
]);

/** Words that count claims without saying where they came from: `dozens of`, `repeated`. */
const CLAIM_COUNTS: ReadonlySet<string> = new Set([
  'dozens',
  'hundreds',
  'thousands',
  'scores',
  'several',
  'multiple',
  'numerous',
  'repeated',
  'fresh',
  'new',
  'further',
  'growing',
  'persistent',
  'of',
]);

/**
 * Whether `np` is a bare claim noun with its content, after a preposition of an occasion or a
 * topic: "was recalled after reports that the frame can collapse", "opened an investigation into
 * claims that staff were pressured", "amid dozens of reports of fires". The claims are what the
 * story is about, with no one behind them it relies on; the labelled sets leave them unlabelled
 * or optional. Not "according to reports" (a source), nor claims with a source or a modifier of
 * their own ("after unconfirmed reports in the trade press").
 */
export function occasionClaims(ctx: Context, np: NounPhrase): boolean {
  const before = ctx.tokens[np.start - 1];
  if (!before || !OCCASION_PREPS.has(before.lower)) return false;
  return countedNounWithContent(ctx, np, CONTENT_NOUNS);
}

/**
 * Whether `np`, an indefinite document with no name, owner or `by` author in it, is where an
 * agentless passive, or a verb of coming to light, puts what the story tells: "cracks had been
 * flagged in a 2022 inspection report", "the claims first surfaced last month in a letter to the
 * board", "the rift was hinted at in a cryptic post". No one is credited but the document, which the story relies on without its issuer (the
 * guideline's "an affidavit"; decisions 83 and 105 of the labelled sets). Not the medium of a
 * body's own word ("was announced in a statement": the statement's issuer is the speaker), nor a
 * document that is only where something sits ("was filed in a folder" is no telling: only a
 * passive of a verb that tells, warns or finds, or of coming to light).
 */
export function passiveIn(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if ((det !== 'a' && det !== 'an') || toks[np.start - 1]?.lower !== 'in') return false;
  if (OWN_WORD_MEDIA.has(toks[np.head]!.lower) || toks[np.coreEnd]?.lower === 'by') return false;
  // "a complaint lodged by a growers' group": its author is given, a second entity
  if (isParticipleWord(toks[np.coreEnd]) && toks[np.coreEnd + 1]?.lower === 'by') return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  // over time words and adverbs: "first surfaced last month in"
  let k = np.start - 2;
  for (let n = 0; n < 3 && k > s.first; n++) {
    const w = toks[k]!;
    if (!isAdverb(w) && (w.f & F.TIME) === 0 && w.lower !== 'last' && w.lower !== 'this') break;
    k--;
  }
  // a prepositional verb's particle: "hinted at", "set out", "pointed to"
  if (toks[k] && VERB_PARTICLES.has(toks[k]!.lower)) k--;
  const v = toks[k];
  if (!v || v.kind !== 'word' || k <= s.first) return false;
  if (COMING_TO_LIGHT.has(v.lower)) return true;
  if (!isParticipleWord(v) || !TELLING_PASSIVES.has(v.lower)) return false;
  let b = k - 1;
  while (b > s.first && isAdverb(toks[b])) b--;
  return (listsOf(toks[b]) & IN_BE_FORMS) !== 0;
}

/** Documents that carry their issuer's own word: `in a statement` credits whoever issued it. */
const OWN_WORD_MEDIA: ReadonlySet<string> = new Set([
  'announcement',
  'interview',
  'release',
  'speech',
  'statement',
]);

/** Particles of prepositional verbs of telling: `hinted at`, `set out`, `pointed to`. */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['at', 'out', 'to', 'up']);

/** Verbs of coming to light: `surfaced in a letter`, `emerged in a report`. */
const COMING_TO_LIGHT: ReadonlySet<string> = new Set(['emerged', 'surfaced']);

/**
 * Participles of telling, finding and raising whose subject is what is told: `flagged`, `hinted`
 * (not `told` or `warned`, whose subject is the one told: "We were told in a letter" is the
 * sender's own medium).
 */
const TELLING_PASSIVES: ReadonlySet<string> = new Set([
  'alleged',
  'claimed',
  'described',
  'detailed',
  'documented',
  'flagged',
  'highlighted',
  'hinted',
  'identified',
  'noted',
  'outlined',
  'raised',
  'recorded',
  'reported',
  'revealed',
  'set',
  'suggested',
]);
