/**
 * Documents that report: a document as subject ("The memo sets out"), a document opening the
 * sentence before its verb ("A report published Monday found"), plans a speaker sets out, the
 * gap between a document and its verb (a participle aside, a reduced relative, a relative
 * pronoun), and an -ing form after a thing, which reports nothing ("a bridge linking the two
 * halves"). A new rule about what a document, a poll or a picture says goes here.
 */
import type { Context } from '../../context';
import {
  isContent,
  isDet,
  isNegation,
  isPrep,
  isPunct,
  isQuote,
  isRelative,
  isTimeWord,
  isVerbLike,
} from '../../context';
import { agentiveNoun, DOCUMENT_NOUNS, F, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { isPronounToken } from '../../phrase/namedness';
import type { NounPhrase } from '../../phrase/noun-phrase';
import { participleLike } from '../../phrase/noun-phrase';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isParticipleWord } from '../../subject/clause';
import { SAYING } from '../../subject/find-subject';
import { isPronounSubject } from '../../subject/result';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { DATA_NOUNS, PARTY_MEMBERS, reportingSubject } from './speakers';

/**
 * "a cheaper version of the store highlighting its own brands", "a new bridge linking the two
 * halves": an -ing form right after a singular thing is a reduced relative whose subject is that
 * thing, which says nothing (a document, a message or an actor does: "a petition calling for",
 * "a memo warning that"; signs and banners are inscriptions, and plurals are left alone).
 */
export function thingBeforeIng(ctx: Context, s: Sentence, v: Verb): boolean {
  if (!bareIng(ctx, v) || v.i - 1 <= s.first) return false;
  const k = v.i - 1;
  const p = ctx.tokens[k]!;
  if (p.kind !== 'word' || p.cap || ctx.name[k] || !isContent(p) || (p.f & F.REPORT) !== 0)
    return false;
  const w = p.lower;
  return (
    headClass(ctx, k) === 'other' &&
    !agentiveNoun(w) &&
    !DOCUMENT_NOUNS.has(w) &&
    !DATA_NOUNS.has(w) &&
    !PARTY_MEMBERS.has(w) &&
    // (a plural may be people or forces the lists lack: "with both forces claiming to")
    !/(?:ed|ing|ly|s)$/.test(w)
  );
}

/**
 * Whether the subject of active `v` is a document ("The memo sets out", "A draft paper, seen by
 * the paper, sets out"), not a person ("Hikers set out at dawn", "She set out to prove it").
 */
export function documentSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) return false;
  // "commits members to raise spending": a document binds someone it names, not "remained
  // committed to the auction", a stance
  if (v.lemma === 'commit' && !objectBeforeTo(ctx, v)) return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  return DOCUMENT_NOUNS.has(ctx.tokens[subject.np.head]!.lower);
}

/** Whether an object stands between verb `v` and its `to`: "commits the eleven states to". */
function objectBeforeTo(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let k = v.end + 1; k < toks.length && k <= v.end + 6; k++)
    if (toks[k]!.lower === 'to') return toks[v.end]!.lower !== 'to';
  return false;
}

/** Verbs of naming, which report only what a document names: `name`, `identify`. */
const NAMING_VERBS: ReadonlySet<string> = new Set(['identify', 'name']);

/**
 * Whether naming verb `v` is refused what a document does: "The memo also names two
 * contractors", "A survey identified the slope as at risk" report what the document says,
 * while one that does not name withholds ("The review does not name the doctors") and an -ing
 * form after a noun describes it ("a proposal naming five banks"). Other verbs: false.
 */
export function namingRefused(ctx: Context, v: Verb): boolean {
  if (!NAMING_VERBS.has(v.lemma)) return false;
  if (bareIng(ctx, v)) return true;
  // ("does not name", "has never identified", "never names")
  for (let k = v.g - 1; k < v.i; k++) if (isNegation(ctx.tokens[k])) return true;
  return false;
}

/**
 * Active `set out` or `lay out` with a speaker's plan or case for its object: "The ministry set
 * out its plan", "setting out the case for a new bridge", "laid out his proposals". A person or a
 * body lays out what it proposes, like "outlined" (not "set out the chairs", "set out at dawn",
 * "set out to prove").
 */
export function plansSetOut(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || (v.lemma !== 'set out' && v.lemma !== 'lay out')) return false;
  // (a subject found, or a participle's: one the frame cannot see may be a document's, decision
  // 34's "The papers, marked ..., set out")
  if (!subjectOf(ctx, s, v) && !ctx.tokens[v.i]!.lower.endsWith('ing')) return false;
  if (!reportingSubject(ctx, s, v)) return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  return !!np && SET_OUT_CONTENT.has(ctx.tokens[np.head]!.lower);
}

/** What a speaker sets out: `plan`, `proposals`, `vision`, `case`, `reasons`, `terms`. */
const SET_OUT_CONTENT: ReadonlySet<string> = new Set([
  ...ruleWords('unveiledPlans'),
  'argument',
  'arguments',
  'case',
  'demands',
  'position',
  'priorities',
  'reasons',
  'terms',
]);

/**
 * The document or data that opens the sentence as the subject of active `v`, its
 * post-modifiers between: "An internal email from July, seen by the Post, shows", "A survey of
 * 412 beekeepers by the federation, released on Friday, found", "Data released by the agency
 * on Tuesday showed" (prepositional phrases, participles with their agents and times, an aside
 * set off by commas); null when a finite verb, a relative word, a quotation or an unclosed
 * comma stands between ("The report, which the Post has seen, shows" is the relative's).
 */
export function documentOpening(ctx: Context, s: Sentence, v: Verb): NounPhrase | null {
  if (v.passive || v.g - s.first < 2 || v.g - s.first > MAX_OPENING) return null;
  const toks = ctx.tokens;
  // ("Videos posted online and verified by the station show": a participle of the modifiers)
  if (toks[v.end]?.lower === 'by' || (!v.sawAux && toks[v.g - 1]?.lower === 'and')) return null;
  const np = phraseStartingAt(ctx, s.first, v.g);
  if (!np || np.end > v.g) return null;
  const w = toks[np.head]!.lower;
  // ("The photo, from a family's photo shoot, showed a newborn": a picture depicts)
  if ((!DOCUMENT_NOUNS.has(w) && !DATA_NOUNS.has(w)) || DEPICTIONS.has(w)) return null;
  let commas = 0;
  for (let k = np.end; k < v.g; k++) {
    const t = toks[k]!;
    const past = documentGapSkip(ctx, k, np.end, v.g);
    if (past > k) {
      k = past - 1;
      continue;
    }
    if (isPunct(t, ',')) {
      commas++;
      continue;
    }
    // ("posted online before the meeting show": a preposition of time before a noun phrase)
    if (TIME_PREPOSITIONS.has(t.lower) && isDet(toks[k + 1])) continue;
    if (
      t.kind === 'quote' ||
      isPunct(t) ||
      isRelative(t) ||
      SUBORDINATORS.has(t.lower) ||
      ((t.f & F.IRREGULAR) !== 0 && !isParticipleWord(t)) ||
      (t.f & (F.AUX | F.BE)) !== 0 ||
      ((isVerbLike(t) || ((t.f & F.REPORT) !== 0 && !t.cap && !ctx.name[k])) &&
        !isParticipleWord(t) &&
        !participleLike(t.lower))
    )
      return null;
  }
  return commas % 2 === 0 ? np : null;
}

/**
 * Where a stretch of an opening document's modifiers that `documentOpening` cannot read word by
 * word ends, when one starts at `k` (the document's phrase ends at `npEnd`, its verb starts at
 * `g`); else `k`. A comma aside closed by the comma right before the verb, whatever it holds:
 * a relative ("The report, which was commissioned after the floods and runs to 200 pages,
 * concludes"), a noun phrase ("The audit, the first since 2019, found"), a writer's aside. A
 * relative right after the document with no comma, up to the verb ("The report that covers the
 * year to March shows", "The study which the council published last week found"). "last" + a
 * time word ("by the think tank last year"), which is no verb.
 */
export function documentGapSkip(ctx: Context, k: number, npEnd: number, g: number): number {
  const toks = ctx.tokens;
  const t = toks[k]!;
  // (no punctuation or quotation inside the stretch `[a, b)`: one aside, one relative)
  const plain = (a: number, b: number): boolean => {
    for (let j = a; j < b; j++) if (isPunct(toks[j]) || isQuote(toks[j])) return false;
    return true;
  };
  if (isPunct(t, ',') && isPunct(toks[g - 1], ',') && g - 1 > k + 1)
    return plain(k + 1, g - 1) ? g : k;
  if (k === npEnd && (t.lower === 'that' || t.lower === 'which') && g - k <= 12)
    return plain(k + 1, g) ? g : k;
  if (t.lower === 'last' && isTimeWord(toks[k + 1])) return k + 2;
  return k;
}

/** Words that open a clause of their own: `after` (a video showed), `because`, `when`. */
const SUBORDINATORS: ReadonlySet<string> = ruleWords('clauseOpeners');

/** Clause openers that are also prepositions of time: `after`, `before`, `since`, `until`. */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until']);

/** Pictures, which show what they depict: `photo`, `footage`, `video`. */
export const DEPICTIONS = ruleWords('depictions');
/** Tokens from a sentence's start to its verb that an opening document and its modifiers span. */
const MAX_OPENING = 24;

/** Adverbs of place that may end a reduced relative: `posted online`. */
const PLACE_ADVERBS = ruleWords('placeAdverbs');

/**
 * Whether `[a, b)` is a relative pronoun between a subject (its head at `head`) and its verb,
 * after a comma or with a verb of saying inside: "records ..., which showed", "records ... that
 * he said showed". A bare "that" only after data, whose showing is a finding ("polling that
 * showed the race tied", "logs that record 40 falls"): "mocked him in a post that showed a pair
 * of glasses" only depicts.
 */
export function relativeGap(ctx: Context, a: number, b: number, head: number): boolean {
  const toks = ctx.tokens;
  let k = a;
  const comma = toks[k]?.lower === ',';
  if (comma) k++;
  const rel = toks[k]?.lower;
  if (rel !== 'which' && rel !== 'that') return false;
  k++;
  if (k + 2 === b && (isPronounToken(ctx, k) || ctx.name[k]) && SAYING.has(toks[k + 1]!.lower))
    return true;
  return k === b && ((comma && rel === 'which') || DATA_NOUNS.has(toks[head]!.lower));
}

/**
 * Whether tokens `a..b` are a participle clause set off by commas: "An internal audit,
 * commissioned last year and never published, found".
 */
export function participleAside(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (b - a < 4 || b - a > 14 || !isPunct(toks[a], ',') || !isPunct(toks[b - 1], ',')) return false;
  if (!isVerbLike(toks[a + 1])) return false;
  for (let k = a + 2; k < b - 1; k++) if (isPunct(toks[k]) || isQuote(toks[k])) return false;
  return true;
}

/**
 * Whether tokens `a..b` are an aside set off by commas that opens with a relative `which` or a
 * preposition, between a document and its verb: "The survey, which asks households directly,
 * also shows", "Its last review of the port, in 2019, found", "The readings, from four
 * monitors near the runway, show". No other punctuation or quotation inside.
 */
export function commaAside(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (b - a < 3 || b - a > 16 || !isPunct(toks[a], ',') || !isPunct(toks[b - 1], ',')) return false;
  const w = toks[a + 1]!;
  if (w.lower !== 'which' && !(isPrep(w) && w.lower !== 'that')) return false;
  for (let k = a + 2; k < b - 1; k++) if (isPunct(toks[k]) || isQuote(toks[k])) return false;
  return true;
}

/**
 * Whether tokens `a..b` are a participle and time words ("An audit released Friday found") or a
 * short prepositional phrase ("An audit completed in late November found", "A study published
 * in the journal Nature found").
 */
export function reducedRelativeGap(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  // ("Images taken on Monday show": an irregular participle too; "Footage circulating online
  // shows": an -ing one)
  const p = toks[a];
  if (
    b - a < 2 ||
    b - a > 7 ||
    !(isVerbLike(p) || isParticipleWord(p) || /[a-z]{3}ing$/.test(p?.lower ?? ''))
  )
    return false;
  const prep = isPrep(toks[a + 1]) && toks[a + 1]!.lower !== 'that';
  if (!prep && b - a > 4) return false;
  for (let k = a + 1; k < b; k++) {
    const w = toks[k]!;
    if (prep) {
      if (isPunct(w) || isQuote(w) || isVerbLike(w) || (w.f & F.REPORT) !== 0) return false;
    } else if (
      !isTimeWord(w) &&
      w.lower !== 'last' &&
      w.lower !== 'this' &&
      w.lower !== 'on' &&
      // ("Footage posted online shows")
      !PLACE_ADVERBS.has(w.lower)
    )
      return false;
  }
  return true;
}
