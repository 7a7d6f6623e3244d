/**
 * Who a reporting verb credits, one function per construction: an -ing participle (`, adding
 * that`), a participle clause (`, first reported by Bloomberg,`), a passive (`was confirmed by
 * X`), `quoted`/`cited` with their object, an inverted verb (`said the source`) and the plain
 * subject before the verb.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isRelative,
  isTimeWord,
  isVerbLike,
} from '../context';
import { agentiveNoun, APPEARANCE_VERBS, F, lemmaBits, RATING_VERBS, ruleWords } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { participleLike } from '../phrase/noun-phrase';
import { namedness } from '../phrase/namedness';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { PARTICLES, phraseStartingAt } from '../phrase/phrase-starting';
import { withEnd } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import { isNameApposition } from '../subject/aside';
import { nameApposition } from '../unnamed/appositions';
import { IN_PRESS_HEADS, listsOf } from '../unnamed/words';
import { isFinitePast } from '../subject/clause';
import { controlledSubject } from '../subject/control';
import {
  clauseSubject,
  findSubject,
  headlineConjunct,
  quotedLabelAside,
} from '../subject/find-subject';
import { afterQuoteOrComma, invertedSubject } from '../subject/inverted';
import type { SubjectResult } from '../subject/result';
import type { Token } from '../tokenize';
import { asSource, isPronounSubject, withNamed } from '../subject/result';
import { byAgent } from './by-agent';
import { describedIn } from './described-in';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import type { Verb } from './verb-group';
import {
  documentOpening,
  JUDGED_BY,
  ratedPassive,
  ratingAgent,
  REDUCED_SAID_BY,
  SAID_BY,
} from './verb-frames';
import { questionedReduced } from './frames/questioning';
import { bareIng, subjectOf } from './verb-group';
import { subjectSense } from './verb-senses';

/** The cue of verb `v` with its source, or null when the construction reports nothing. */
export function creditedCue(ctx: Context, s: Sentence, v: Verb): Cue | null {
  const toks = ctx.tokens;
  if (bareIng(ctx, v)) return participleCue(ctx, s, v);
  // a rating passive: its agent before or after the grade, else no source ("School rated
  // 'inadequate'", "was logged as 'non-urgent' by a call handler")
  if ((lemmaListsOf(v.entry) & RATING_LEMMA) !== 0 && ratedPassive(ctx, s, v)) {
    const agent = ratingAgent(ctx, s, v);
    return cue(ctx, v, agent ? v.g : v.i, agent);
  }
  const p = toks[v.i - 1];
  if (
    !v.sawAux &&
    v.forms.has('participle') &&
    toks[v.i]!.lower.endsWith('ed') &&
    (v.next?.lower === 'by'
      ? // "Asked by a reporter whether ..., Falk said": a participle clause opening the sentence
        v.i === s.first ||
        (p &&
          (isPunct(p, ',') ||
            isAdverb(p) ||
            saidAfterNoun(v, p) ||
            // "arranged by party leaders and criticized by the administration": a second reduced
            // passive of judging
            (p.lower === 'and' && JUDGED_BY.has(v.lemma)) ||
            // (or in contrast to the first: "welcomed by residents but criticised by unions")
            (p.lower === 'but' && JUDGED_BY.has(v.lemma))))
      : // "a figure repeated so often by the agency": adverbs before the agent
        p && degreeWord(v.next) && saidAfterNoun(v, p))
  ) {
    // a participle clause: "The proposal, first reported by Bloomberg News, would ..."
    const agent = byAgent(ctx, s, v.end);
    // ("asked by reporters whether": the press the story is told to, no source; decision 111)
    if (agent && v.lemma === 'ask' && (listsOf(toks[agent.np.head]) & IN_PRESS_HEADS) !== 0)
      return cue(ctx, v, v.g, null);
    if (agent || v.next?.lower === 'by') return cue(ctx, v, v.g, agent);
  }
  // a participle clause with a time phrase before its agent: "The report, published on
  // Tuesday by the Schools Standards Office, said" (decision 12 of the labelled sets)
  if (
    !v.sawAux &&
    v.forms.has('participle') &&
    toks[v.i]!.lower.endsWith('ed') &&
    isPunct(p, ',') &&
    v.next?.lower !== 'by'
  ) {
    const agent = byAgent(ctx, s, v.end);
    if (agent) return cue(ctx, v, v.g, agent);
  }
  // "Two men, described in court filings as": the reduced passive's document (a full passive
  // keeps its cue with no source, below)
  const described = v.lemma === 'describe' && !v.passive ? describedIn(ctx, s, v.i) : null;
  if (described) return cue(ctx, v, v.i, withNamed(ctx, described));
  if (v.passive) return passiveCue(ctx, s, v);
  // "after images questioned": a reduced passive; the thing before it is doubted, not a doubter
  if (questionedReduced(ctx, s, v)) return cue(ctx, v, v.i, byAgent(ctx, s, v.end));
  // "quoted sources as saying", "cited in a review": the object is the source; "the Herald,
  // which cited leaked records", "41 percent cited illness": the subject is
  if (
    (v.lemma === 'quote' && !quotesWritings(ctx, s, v)) ||
    (v.lemma === 'cite' &&
      (!citesWithSubject(ctx, s, v) || citedAsSaying(ctx, s, v) || citesPeople(ctx, s, v)))
  )
    return objectCue(ctx, s, v);
  return (
    heardFrom(ctx, s, v) ??
    invertedCue(ctx, s, v) ??
    openingDocumentCue(ctx, s, v) ??
    subjectCue(ctx, s, v)
  );
}

/**
 * A verb of finding or showing whose subject is the document opening the sentence, past its
 * modifiers ("An internal email from July, seen by the Post, shows"): the document with its
 * modifiers is the source ("Satellite images released on Sunday by a company, Orbis Earth"),
 * when the subject search stopped inside them ("seen", "the Post").
 */
function openingDocumentCue(ctx: Context, s: Sentence, v: Verb): Cue | null {
  if ((lemmaListsOf(v.entry) & FINDING_LEMMA) === 0) return null;
  const doc = documentOpening(ctx, s, v);
  if (!doc) return null;
  const toks = ctx.tokens;
  // (up to a verb of appearance: "Satellite images released by X appeared to show")
  let end = doc.end;
  while (end < v.g && !APPEARANCE_VERBS.has(toks[end]!.lower)) end++;
  while (end > doc.end && isPunct(toks[end - 1], ',')) end--;
  const subject = subjectOf(ctx, s, v);
  if (
    !subject ||
    isPronounSubject(subject) ||
    subject.np.start <= doc.start ||
    subject.np.end > end ||
    // (the document's issuer right after it: "A ruling by a WTO panel last year found")
    (subject.np.start === doc.end + 1 && toks[doc.end]?.lower === 'by')
  )
    return null;
  // the modifiers name the source only with the document's issuer: "released ... by a company"
  // (not "seen by the Post", an outlet; not "published in March in Ostrava", a place)
  return cue(ctx, v, v.g, withNamed(ctx, issuedBy(ctx, doc.end, end) ? withEnd(doc, end) : doc));
}

/**
 * Whether tokens `a..b` hold a participle of issuing and its agent ("released on Sunday by a
 * company"), not of an outlet seeing the document ("seen by the Post", "obtained by").
 */
function issuedBy(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  for (let k = a + 1; k < b; k++) {
    if (toks[k]!.lower !== 'by') continue;
    for (let q = k - 1; q >= a && q >= k - 5; q--) {
      const w = toks[q]!.lower;
      if (participleLike(w)) return !OBTAINING.has(w);
    }
  }
  return false;
}

/** Participles by which an outlet holds a document: `seen`, `obtained`, `reviewed`. */
const OBTAINING: ReadonlySet<string> = new Set([
  'examined',
  'obtained',
  'read',
  'reviewed',
  'seen',
  'shared',
  'viewed',
]);

/** Verbs whose document subject opens the sentence: findings, evidence and contents. */
const FINDING_LEMMAS: ReadonlySet<string> = new Set([
  ...ruleWords('documentFindings'),
  ...ruleWords('evidenceVerbs'),
  ...ruleWords('documentVerbs'),
]);

/**
 * "Traders said they had heard from exporters that ...", "learned from two officials": news
 * received from someone is theirs; the hearer only passes it on (not "heard from the window").
 */
function heardFrom(ctx: Context, s: Sentence, v: Verb): Cue | null {
  if (
    v.passive ||
    (lemmaListsOf(v.entry) & HEARING_LEMMA) === 0 ||
    ctx.tokens[v.end]?.lower !== 'from'
  )
    return null;
  const np = phraseStartingAt(ctx, v.end + 1, s.last);
  if (!np) return null;
  const cls = headClass(ctx, np.head);
  if (
    !isPersonClass(cls) &&
    cls !== 'organisation' &&
    cls !== 'name' &&
    !agentiveNoun(ctx.tokens[np.head]!.lower)
  )
    return null;
  return cue(ctx, v, v.g, withNamed(ctx, np));
}

/** Verbs of receiving news from someone: `heard from`, `learned from`. */
const HEARING: ReadonlySet<string> = new Set(['hear', 'learn']);

/** A participle of saying or judging right after a noun: `a figure repeated by the agency`. */
function saidAfterNoun(v: Verb, p: Token): boolean {
  return (
    (SAID_BY.has(v.lemma) || JUDGED_BY.has(v.lemma) || REDUCED_SAID_BY.has(v.lemma)) &&
    isContent(p) &&
    !isAux(p)
  );
}

/** An adverb or a degree word before one: `so often`, `widely`. */
function degreeWord(t: Token | undefined): boolean {
  return isAdverb(t) || t?.lower === 'so' || t?.lower === 'too';
}

function cue(ctx: Context, v: Verb, start: number, subject: SubjectResult, shares = false): Cue {
  const source = sourceOf(subject);
  const pronoun = pronounOf(subject);
  return {
    start,
    end: v.end,
    cue: v.entry.cue,
    source,
    pronoun,
    shares,
    passive: v.passive && !source && pronoun < 0,
  };
}

/**
 * Participle cues take no source of their own ("adding that", "saying"), except after aspect
 * verbs: "began publishing".
 */
function participleCue(ctx: Context, s: Sentence, v: Verb): Cue {
  const prev = ctx.tokens[v.i - 1];
  // (not an infinitive's: "urged residents to keep reporting" has the urged report)
  if (prev && ASPECT_VERBS.has(prev.lower) && ctx.tokens[v.i - 2]?.lower !== 'to')
    return cue(ctx, v, v.i, findSubject(ctx, s, v.i - 1));
  const own = absoluteSubject(ctx, s, v.i) ?? documentShowing(ctx, s, v.i);
  if (own) return cue(ctx, v, v.i, own);
  // "she started to get comments accusing her", "faced chants mocking its owner": the words
  // came to the clause's subject, who did not say them (no source of its own here)
  if (receivedWords(ctx, s, v.i)) return cue(ctx, v, v.i, null);
  // "..., he said, adding that", "Two firms filed suits, alleging": the participle shares
  // the subject of its clause's verb; when there is none before it ("Speaking to reporters,
  // the minister said"), the source of the sentence's cue after it
  return cue(ctx, v, v.i, clauseSubject(ctx, s, coordinatedParticiple(ctx, s, v.i)), true);
}

/**
 * The subject of an absolute `with` construction: "Shares rose, with analysts saying the deal was
 * close", "with sources close to the club saying": the phrase between `with` and the participle.
 */
function absoluteSubject(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  for (let k = i - 1; k > s.first && k >= i - 12; k--) {
    const w = toks[k]!;
    if (isPunct(w) || isQuote(w)) return null;
    // "with opponents accusing the council of ... and supporters arguing": the second of two
    if (w.lower === 'and') {
      const np = phraseStartingAt(ctx, k + 1, i);
      if (
        np &&
        np.end === i &&
        !isPronoun(toks[np.head]) &&
        isPersonLike(ctx, np.head) &&
        withBefore(ctx, s, k)
      )
        return withNamed(ctx, np);
      continue;
    }
    if (w.lower !== 'with') continue;
    // "with one saying": one of a group the clause has named
    if (k + 2 === i && toks[k + 1]!.lower === 'one')
      return withNamed(ctx, { start: k + 1, end: i, head: k + 1, coreEnd: i });
    const np = phraseStartingAt(ctx, k + 1, i);
    if (!np || isPronoun(toks[np.head]) || !isPersonLike(ctx, np.head)) return null;
    // "aides to the speaker saying": a prepositional phrase up to the participle is its own
    if (np.end !== i && !(isPrep(toks[np.end]) && plainWords(ctx, np.end + 1, i))) return null;
    return withNamed(ctx, withEnd(np, i));
  }
  return null;
}

/**
 * The document a participle of saying modifies, with no comma between: "supported by data
 * showing stocks fell", "ignored footage showing a convoy" (a reduced relative: the
 * document says it, not the clause's subject); not one the subject issued ("issued a statement
 * saying", "sent a report recommending": the subject's own words).
 */
function documentShowing(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  const before = toks[i - 1];
  if (!before || before.kind !== 'word' || i - 1 <= s.first) return null;
  if (headClass(ctx, i - 1) !== 'document') return null;
  const np = phraseEndingAt(ctx, i - 1, s.first, false);
  if (!np || ISSUING_VERBS.has(toks[np.start - 1]?.lower ?? '')) return null;
  return withNamed(ctx, np);
}

/**
 * Whether the participle at `i` follows, with no comma, the object of a verb of receiving: "got
 * comments accusing her", "received letters calling him", "faced chants mocking".
 */
function receivedWords(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const before = toks[i - 1];
  if (!before || before.kind !== 'word' || i - 1 <= s.first) return false;
  const np = phraseEndingAt(ctx, i - 1, s.first, false);
  return !!np && RECEIVING.has(toks[np.start - 1]?.lower ?? '');
}

/** Verbs of receiving words: `received`, `faced`, `drew`, `got`. */
const RECEIVING: ReadonlySet<string> = new Set([
  ...ruleWords('receivingVerbs'),
  'get',
  'gets',
  'getting',
  'got',
  'gotten',
]);

/** Verbs by which a subject issues a document of its own: `issued`, `sent`, `wrote`. */
const ISSUING_VERBS: ReadonlySet<string> = new Set([
  ...ruleWords('issuedByNamed'),
  ...ruleWords('issuingVerbs'),
  ...ruleWords('sendingVerbs'),
]);

/** Whether `[a, b)` holds only words that are no verbs: the rest of a noun phrase. */
function plainWords(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || (t.f & (F.REPORT | F.AUX | F.BE)) !== 0) return false;
  }
  return a < b;
}

/** Whether `with` opens an absolute construction before token `k` in its clause. */
function withBefore(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k - 1; q > s.first && q >= k - 25; q--) {
    const w = toks[q]!;
    if (w.lower === 'with')
      return /ing$/.test(toks[q + 2]?.lower ?? '') || /ing$/.test(toks[q + 3]?.lower ?? '');
    if (isPunct(w, ';') || isPunct(w, ':') || isQuote(w)) return false;
  }
  return false;
}

/** Nouns for a part of a group that can speak: `a minority`, `the majority`. */
const GROUP_PARTS: ReadonlySet<string> = new Set(['handful', 'majority', 'minority']);

/** Whether the head at `h` can speak: a person, group, body, document or name. */
function isPersonLike(ctx: Context, h: number): boolean {
  const cls = headClass(ctx, h);
  const w = ctx.tokens[h]!.lower;
  // ("with a minority warning", "with most saying"): a part of a group
  if (cls === 'other') return agentiveNoun(w) || GROUP_PARTS.has(w) || isQuant(ctx.tokens[h]);
  return cls !== 'nonAgent';
}

/**
 * The first of coordinated participles: "..., adding that the budget was tight, and saying
 * that cuts were coming" shares the clause of `adding`, not the verb inside its content. The
 * participle itself when no `and` joins it to an earlier `, V-ing` of saying.
 */
function coordinatedParticiple(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  let k = i - 1;
  if (toks[k]?.lower !== 'and') return i;
  if (isPunct(toks[k - 1], ',')) k--;
  for (let j = k - 1; j > s.first && j >= k - 40; j--) {
    const w = toks[j]!;
    if (isPunct(w, ';') || isPunct(w, ':') || isQuote(w)) return i;
    if (/ing$/.test(w.lower) && isPunct(toks[j - 1], ',') && (w.f & F.REPORT) !== 0) return j;
  }
  return i;
}

/**
 * A passive: its `by` agent is the source; "were quoted as saying" credits its subject; else
 * the cue is the participle alone, its auxiliaries going to `agentless`.
 */
function passiveCue(ctx: Context, s: Sentence, v: Verb): Cue {
  const by = byAgent(ctx, s, v.end);
  // "Okafor was quoted by state media as saying": the outlet quotes, the subject speaks
  if (
    by &&
    (v.lemma === 'quote' || v.lemma === 'cite') &&
    asSaying(ctx, s, pastTime(ctx, s, by.np.end))
  )
    return cue(ctx, v, v.g, subjectOf(ctx, s, v));
  if (by) return cue(ctx, v, v.g, by);
  if (v.lemma === 'quote') return cue(ctx, v, v.i, subjectOf(ctx, s, v));
  const outlet = reportedIn(ctx, s, v);
  if (outlet) return cue(ctx, v, v.i, outlet);
  return cue(ctx, v, v.i, null);
}

/**
 * "it was reported in the sports daily Corriere dello Stadio": the publication that carried the
 * report is its source (decision 30 of the labelled sets), when the phrase names it.
 */
function reportedIn(ctx: Context, s: Sentence, v: Verb): SubjectResult {
  const toks = ctx.tokens;
  if (v.lemma !== 'report' || toks[v.end]?.lower !== 'in') return null;
  const np = phraseStartingAt(ctx, v.end + 1, s.last);
  if (!np) return null;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return withNamed(ctx, np);
  return null;
}

/**
 * Whether `as` and a reporting -ing form follow at token `k` ("as saying", "as having said"): a
 * quoting verb's object or subject is then the speaker.
 */
function asSaying(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'as' || k + 1 >= s.last) return false;
  const w = toks[k + 1]!.lower === 'having' ? toks[k + 2] : toks[k + 1];
  return !!w && (w.f & F.REPORT) !== 0 && /(?:ing|ed|id|ld|en)$/.test(w.lower);
}

/** Token `k`, or past a time phrase there ("on Tuesday", "late Thursday", "last week"). */
function pastTime(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let q = k;
  if (TIME_LEADS.has(toks[q]?.lower ?? '')) q++;
  if (q >= s.last || !isTimeWord(toks[q])) return k;
  while (q < s.last && isTimeWord(toks[q])) q++;
  return q;
}

/** Words that lead a time phrase: `on` (Tuesday), `late` (Thursday), `last` (week). */
const TIME_LEADS: ReadonlySet<string> = new Set(['early', 'last', 'late', 'on', 'this']);

/** `cited officials as saying`: the object after an active `cite` is the speaker. */
function citedAsSaying(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || bareIng(ctx, v)) return false;
  const np = phraseStartingAt(ctx, v.end, s.last, true);
  if (!np || np.start !== v.end) return false;
  return asSaying(ctx, s, pastAside(ctx, s, np.end));
}

/**
 * `the newsletter, which cited supply-chain sources`, `cited people close to the operator`: an
 * active `cite` whose object is people credits them, as `citing officials` does (ANNOTATION.md:
 * the source of `citing X` is X); a cited document or reason stays the subject's, and so does
 * what a document cites ("That report cited two people": the report is what the story relies on).
 */
function citesPeople(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || bareIng(ctx, v)) return false;
  const np = phraseStartingAt(ctx, v.end, s.last, true);
  if (!np || np.start !== v.end) return false;
  // (people by description or by a person's name: "cited Ana Okafor")
  const cls = headClass(ctx, np.head);
  if (!isPersonClass(cls) && !(cls === 'name' && ctx.name[np.start] && namedness(ctx, np) === true))
    return false;
  const subject = asSource(subjectOf(ctx, s, v));
  return !subject || headClass(ctx, subject.np.head) !== 'document';
}

/**
 * Token `k`, or past an aside set off by commas there (", Piotr Halas,", ", a spokesperson for
 * the council,", ", 54,").
 */
function pastAside(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (!isPunct(toks[k], ',')) return k;
  for (let q = k + 1; q < s.last && q <= k + 10; q++) {
    const w = toks[q]!;
    if (isPunct(w, ',')) return q + 1;
    if (isPunct(w) || isQuote(w)) break;
  }
  return k + 1;
}

/** Whether an active `cite` has a subject of its own that does the citing. */
function citesWithSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const n = v.next?.lower;
  if (n === 'in' || n === 'by' || bareIng(ctx, v)) return false;
  return asSource(subjectOf(ctx, s, v)) !== null;
}

/**
 * Whether `quote` has a subject and a written object it reproduces, no person who speaks: "The
 * filings quote emails in which", "the lawsuit quotes emails" (the subject quotes
 * them; not "quoted sources as saying", "quoted in the Gazette").
 */
function quotesWritings(ctx: Context, s: Sentence, v: Verb): boolean {
  const n = v.next?.lower;
  if (n === 'in' || n === 'by' || v.passive || bareIng(ctx, v)) return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np || headClass(ctx, np.head) !== 'document' || ctx.tokens[np.end]?.lower === 'as')
    return false;
  return asSource(subjectOf(ctx, s, v)) !== null;
}

/** `quoted sources as saying`, `citing officials`, `cited in a review`: the object is the source. */
function objectCue(ctx: Context, s: Sentence, v: Verb): Cue {
  const toks = ctx.tokens;
  let q = v.end;
  if (toks[q]?.lower === 'in' || toks[q]?.lower === 'by') q++;
  const np = phraseStartingAt(ctx, q, s.last, true);
  // ("quoted the ministry spokesman, Piotr Halas, as saying": a name in apposition names him)
  return cue(
    ctx,
    v,
    v.g,
    np ? { np, named: namedness(ctx, np) || nameApposition(ctx, s, np) } : null,
  );
}

/** `“...,” said the source`: the verb after a comma or quotation, its subject after it. */
function invertedCue(ctx: Context, s: Sentence, v: Verb): Cue | null {
  const toks = ctx.tokens;
  const { g, next } = v;
  if (
    g !== v.i ||
    v.lemma === 'tell' ||
    // ("Osterhal's chief negotiator, Piet Malan, accused Karsk of stalling": verbs whose object
    // is the person they judge do not invert; the phrase after them is that object; nor do
    // verbs whose object is the person addressed, like `tell`: "..., informed residents of")
    (lemmaListsOf(v.entry) & NEVER_INVERTED_LEMMA) !== 0 ||
    !(afterQuoteOrComma(ctx, g) || openingInversion(ctx, s, v)) ||
    !next ||
    isPunct(next) ||
    next.lower === 'that'
  )
    return null;
  if (joinsHeadlinePredicates(ctx, s, g)) return null;
  const before = toks[g - 1];
  const quoted =
    (isQuote(before) && !isOpenQuote(before)) ||
    (isPunct(before, ',') && isQuote(toks[g - 2]) && !isOpenQuote(toks[g - 2]));
  // (`The memo, dated 3 May and marked “secret”, says`: a label in an aside, not speech)
  if (quoted && quotedLabelAside(ctx, s, g)) return null;
  const inv = invertedSubject(ctx, s, v.end, quoted);
  if (!inv || isPronounSubject(inv)) return null;
  // "Regulator lifts price cap, signals further rise": after a headline's first predicate, a
  // phrase after the verb that cannot speak is its object, not an inverted subject (unlike
  // "Inflation eases, says central bank")
  if (
    !quoted &&
    ctx.name[inv.np.head] !== 1 &&
    !isPersonClass(headClass(ctx, inv.np.head)) &&
    headClass(ctx, inv.np.head) !== 'organisation' &&
    headClass(ctx, inv.np.head) !== 'role' &&
    !agentiveNoun(toks[inv.np.head]!.lower) &&
    headlineConjunct(ctx, s, g - 1, g, 0)
  )
    return null;
  // after an aside the subject precedes it, unless a name closed by punctuation follows
  // the verb: "..., creating a larger crevice, said Joe Carbone, who works ..." (not after a
  // relative clause, which modifies the subject before it: "One delegate, who declined to be
  // named, said Qaradan, the largest producer, would ...")
  const aside = asideStart(ctx, s, g);
  if (
    aside >= 0 &&
    !(
      !isRelative(toks[aside]) &&
      ((inv.named === true &&
        ctx.name[inv.np.start] === 1 &&
        (inv.np.end >= s.last || isPunct(toks[inv.np.end]))) ||
        definitePeopleEnding(ctx, s, inv.np))
    )
  )
    return null;
  // "Its last review of the port, in 2019, found similar gaps": after a noun phrase opening the
  // sentence and a prepositional aside, a phrase that cannot speak is the verb's object (not
  // "Cuts, in the end, said the mayor, were needed")
  if (
    !quoted &&
    prepositionalAside(ctx, s, g) &&
    ctx.name[inv.np.head] !== 1 &&
    (headClass(ctx, inv.np.head) === 'other' || headClass(ctx, inv.np.head) === 'nonAgent') &&
    !agentiveNoun(toks[inv.np.head]!.lower)
  )
    return null;
  return cue(ctx, v, g, inv);
}

/**
 * Whether the comma before `g` closes a prepositional aside after a noun phrase that opens the
 * sentence: "Its last review of the port, in 2019, found", "The readings, from four monitors,
 * show" (not "The plan had failed, in the end, said").
 */
function prepositionalAside(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  if (!isPunct(toks[g - 1], ',')) return false;
  let k = g - 2;
  while (k > s.first && !isPunct(toks[k]) && !isQuote(toks[k])) k--;
  const first = toks[k + 1];
  return (
    k > s.first &&
    isPunct(toks[k], ',') &&
    !!first &&
    isPrep(first) &&
    first.lower !== 'that' &&
    nounPhraseOnly(ctx, s.first, k)
  );
}

/** Verbs of judging a person that never stand before their subject: `accused`, `praised`. */
const NEVER_INVERTED = ruleWords('neverInverted');

/**
 * The lemma lists this file asks of every verb cue, as bits kept by the verb's lemma (lexicon.ts's
 * `lemmaBits`): one typed-array read each instead of a Set probe per list and cue.
 */
const lemmaListsOf = lemmaBits(() => [RATING_VERBS, FINDING_LEMMAS, HEARING, NEVER_INVERTED]);
const RATING_LEMMA = 1 << 0;
const FINDING_LEMMA = 1 << 1;
const HEARING_LEMMA = 1 << 2;
const NEVER_INVERTED_LEMMA = 1 << 3;

/**
 * Whether the past form of `say` or `add` opens a sentence that is no headline, before a
 * capitalised subject: `Said Tomas Ekberg, an engineer at the institute: "..."` (a feature's
 * inversion; "Said to be worth $2 billion, the firm" is no cue of its own).
 */
function openingInversion(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.g !== s.first || ctx.titleCase[ctx.sentenceOf[v.g]!]) return false;
  if (!OPENING_VERBS.has(toks[v.g]!.lower)) return false;
  const n = toks[v.end];
  return !!n && (ctx.name[v.end] === 1 || (n.lower === 'the' && toks[v.end + 1]?.kind === 'word'));
}

/** Past forms that may open a sentence before their subject: `Said`, `Added`. */
const OPENING_VERBS: ReadonlySet<string> = new Set(['added', 'said']);

/**
 * Whether `np` is a definite description of people that ends the sentence or opens a relative
 * clause (`..., chief of staff, Martin Ebersole, said the officials, who requested anonymity`):
 * an inverted subject, since nobody says "the officials" as their whole statement.
 */
function definitePeopleEnding(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || !isPersonClass(headClass(ctx, np.head))) return false;
  const f = toks[np.end];
  if (!f || np.end >= s.last || isPunct(f, '.')) return true;
  return isPunct(f, ',') && isRelative(toks[np.end + 1]);
}

/**
 * Whether the comma before `g` joins two predicates of a Title Case headline, the first with a
 * reporting verb of its own ("Halvorsen Concedes Primary, Credits Rival"): then the verb shares
 * that subject ("Economy Will Slow, Says Central Bank" has no verb of saying before it).
 */
function joinsHeadlinePredicates(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  if (!ctx.titleCase[ctx.sentenceOf[g]!] || !isPunct(toks[g - 1], ',')) return false;
  for (let k = g - 2; k > s.first; k--)
    if ((toks[k]!.f & F.REPORT) !== 0 && !ctx.name[k]) return true;
  return false;
}

/** The subject before the verb, unless it is a thing that proves or depicts without reporting. */
function subjectCue(ctx: Context, s: Sentence, v: Verb): Cue | null {
  // "Critics were quick to point out", "The bank refused to confirm", "One aide is said to have
  // warned": the clause's subject
  const toks = ctx.tokens;
  if ((v.g === v.i && !v.sawAux) || (v.i === v.g + 1 && toks[v.g]!.lower === 'have')) {
    const controlled = controlledSubject(ctx, s, v.g);
    if (controlled && subjectSense(ctx, s, v, controlled)) return cue(ctx, v, v.g, controlled);
  }
  const subject = headlineSubject(ctx, v, subjectOf(ctx, s, v));
  if (!subjectSense(ctx, s, v, subject)) return null;
  return cue(ctx, v, v.g, subject);
}

/**
 * The subject of a predicate joined by a comma in a Title Case headline stops before the first
 * predicate's verb: "Minister Resigns, Says Party Betrayed Him" and "Mayor Issues Warning, Says
 * Roads Unsafe" credit the minister and the mayor (`headlineVerb`).
 */
function headlineSubject(ctx: Context, v: Verb, subject: SubjectResult): SubjectResult {
  const toks = ctx.tokens;
  if (!ctx.titleCase[ctx.sentenceOf[v.g]!] || !isPunct(toks[v.g - 1], ',')) return subject;
  const found = asSource(subject);
  if (!found) return subject;
  const { np } = found;
  const k = headlineVerb(ctx, np.start, np.end);
  return k < 0 ? subject : withNamed(ctx, { start: np.start, end: k, head: k - 1, coreEnd: k });
}

/**
 * The first token in `(from, to)` that reads as a headline's verb after its singular subject:
 * an -s form of no noun list, not shaped like a person noun (`Leaders`), after a singular word
 * ("Minister Resigns", "Mayor Issues Warning"); -1 if none.
 */
function headlineVerb(ctx: Context, from: number, to: number): number {
  const toks = ctx.tokens;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    const p = toks[k - 1]!;
    if (t.kind !== 'word' || (t.f & F.ACTOR) !== 0 || !/[^s]s$/.test(t.lower)) continue;
    if (agentiveNoun(t.lower) || p.kind !== 'word' || /s$/.test(p.lower)) continue;
    return k;
  }
  return -1;
}

/**
 * The first token of the aside that the comma before `g` closes (`X, who spoke ..., said`): then
 * no inversion. -1 when the comma closes none.
 */
function asideStart(ctx: Context, s: Sentence, g: number): number {
  const toks = ctx.tokens;
  let k = g - 1;
  if (!isPunct(toks[k], ',')) return -1;
  for (k = g - 2; k >= s.first; k--) {
    const t = toks[k]!;
    if (isPunct(t, ',') || isQuote(t) || isPunct(t, '—')) break;
  }
  const first = toks[k + 1];
  if (!first) return -1;
  // "Kelm's envoy, Arina Tosh, called": a name in apposition closes the subject, no inversion
  if (
    (ctx.name[g - 2] || isPunct(toks[g - 2], ')')) &&
    k >= s.first &&
    isPunct(toks[k], ',') &&
    isNameApposition(ctx, k + 1, g - 1)
  )
    return k + 1;
  // "Ana Varga, 41, denies the charges": a person's age closes the subject, no inversion
  if (k + 1 === g - 2 && first.kind === 'num' && k >= s.first && isPunct(toks[k], ','))
    return k + 1;
  // "A key condition of the agreement, says the source, is": the clause's own subject
  if (k + 1 === s.first && DETERMINER_STARTERS.has(first.lower)) return -1;
  return ASIDE_STARTERS.has(first.lower) ||
    (first.kind === 'word' && /[a-z](?:ing|ed)$/.test(first.lower) && !ctx.name[k + 1]) ||
    // "A council review, seen by Vale Weekly, found", "A study, drawn up by consultants,
    // found": an irregular participle and its agent
    (first.kind === 'word' && participleLike(first.lower) && agentAfter(toks, k + 2))
    ? k + 1
    : -1;
}

/** Whether token `k` opens a participle's agent: `by`, or a particle and `by` (`up by`). */
function agentAfter(toks: readonly Token[], k: number): boolean {
  return (
    toks[k]?.lower === 'by' || (PARTICLES.has(toks[k]?.lower ?? '') && toks[k + 1]?.lower === 'by')
  );
}

const DETERMINER_STARTERS = ruleWords('determinerStarters');

/**
 * Whether tokens `a..b` are a short noun phrase and nothing else: words only, no verb, no
 * auxiliary ("Its last review of the port", "The readings"; not "The plan had failed").
 */
function nounPhraseOnly(ctx: Context, a: number, b: number): boolean {
  if (b - a > 10) return false;
  const toks = ctx.tokens;
  for (let k = a; k < b; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word' || isAux(t) || isVerbLike(t) || isFinitePast(t)) return false;
  }
  return true;
}
const ASIDE_STARTERS = ruleWords('asideStarters');

const ASPECT_VERBS = ruleWords('aspectVerbs');
