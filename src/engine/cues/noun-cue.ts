/**
 * Cue nouns: `claims that`, `the Spirits' claims`, `her warnings`, `assertions by the ministry`,
 * `the assessment of the CIA that`. The noun is a cue only with a source or content attached.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isPrep,
  isPunct,
  isQuote,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import {
  agentiveNoun,
  ANSWERED_ACCOUNTS,
  CUE_NOUNS,
  DISAGREEMENT_NOUNS,
  DOCUMENT_NOUNS,
  F,
  inflect,
  OWNED_CUE_NOUNS,
  ruleWords,
  STATEMENT_NOUNS,
  TALK_NOUNS,
  TIP_NOUNS,
} from '../lexicon';
import { headClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import { nounPhrase } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import { findSubject, SAYING } from '../subject/find-subject';
import type { SourcePhrase, SubjectResult } from '../subject/result';
import { isPronounSubject } from '../subject/result';
import type { Token } from '../tokenize';
import { byAgent } from './by-agent';
import { complementAfterThat, SUBJECT_PRONOUNS } from './clause-follows';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import { raisedByThing } from './expression-cue';
import { questionTopic, stalledTalks, talkParty, talkPurpose, talkTopic } from './talk-topic';
import { groupStart } from './verb-group';

/** A cue noun with a clause or possessor attached: `the Spirits' claims that`, `its own estimates`. */
export function nounCue(ctx: Context, s: Sentence, i: number): Cue | null | undefined {
  const toks = ctx.tokens;
  const t = toks[i]!;
  if (ANSWERED_ACCOUNTS.has(t.lower)) return answeredAccount(ctx, s, i);
  if (TIP_NOUNS.has(t.lower)) return tipFrom(ctx, s, i);
  // "revived debate about the price", "an argument over a dog": talk with its topic
  if (TALK_NOUNS.has(t.lower)) {
    // ("talks over pay broke down": the talks are the event that fails, optional at most)
    if (stalledTalks(ctx, s, i)) return null;
    if (talkTopic(ctx, s, i) || talkPurpose(ctx, s, i)) {
      const party = talkParty(ctx, s, i);
      return nounCueAt(i, 'neutral', sourceOf(party), pronounOf(party));
    }
    if (!CUE_NOUNS.has(t.lower)) return null;
  }
  // "a dispute over who would pay", "disagreement about whether": a quarrel over a question
  if (DISAGREEMENT_NOUNS.has(t.lower) && questionTopic(ctx, s, i))
    return nounCueAt(i, 'neutral', null, -1);
  if (!CUE_NOUNS.has(t.lower)) return undefined;
  const n = toks[i + 1];
  const p = toks[i - 1];
  let source: SourcePhrase | null = null;
  let ok = false;
  // "arrested on suspicion of fraud", "came under suspicion": the ground of an arrest or an
  // inquiry, nobody's claim
  if (SUSPICION.has(t.lower) && (p?.lower === 'on' || p?.lower === 'under')) return null;
  // "flood claims from the estuary", "Its claims for extra costs", "insurers said claims could
  // exceed £15m": a claim for payment, not that something is true (decision 22)
  if (paymentClaim(ctx, s, i)) return null;
  // "in a secret assessment that ...": the container phrase, not a cue noun
  for (let k = i - 1; k >= s.first && k >= i - 3; k--)
    if (toks[k]!.lower === 'in' && isDet(toks[k + 1])) return null;
  // possessor: "the Spirits' claims", "the authority's own estimates"
  let posIdx = -1;
  if (p && p.kind === 'pos') posIdx = i - 1;
  else if (p && p.lower === 'own' && toks[i - 2]?.kind === 'pos') posIdx = i - 2;
  else posIdx = possessorPastModifiers(ctx, s, i);
  if (posIdx > s.first) {
    let np = phraseEndingAt(ctx, posIdx - 1, s.first);
    // "declined to comment on the charity's claim": after an infinitive the first word is a
    // verb, and the possessor starts after its preposition
    if (np && toks[np.start - 1]?.lower === 'to') {
      let q = posIdx - 2;
      while (q > np.start && !isPrep(toks[q])) q--;
      if (q > np.start) np = phraseEndingAt(ctx, posIdx - 1, q + 1);
    }
    if (np) source = { np, named: namedness(ctx, np) };
  }
  // ("Finding that difficult, he": a demonstrative and a predicate, no clause)
  if (
    n &&
    n.lower === 'that' &&
    !isContentVerbAfterThat(ctx, i + 2) &&
    !(isContent(toks[i + 2]) && isPunct(toks[i + 3]))
  )
    ok = true;
  // "the clearest signal yet that", "the firmest warning so far that": a superlative's time
  // phrase between the noun and its clause
  if (!ok && timeThenClause(ctx, i)) ok = true;
  // "Among its key findings: the class you're born into matters", "His warning: do not ...":
  // the content after a colon
  // "The claim: "We have halved waiting times."": a fact-check's quoted claim
  if (
    n &&
    isPunct(n, ':') &&
    (isWord(toks[i + 2]) || (isQuote(toks[i + 2]) && isWord(toks[i + 3]))) &&
    i + 2 < s.last &&
    i > s.first &&
    !editorialLabel(ctx, s, i)
  )
    ok = true;
  // "The ministry's message was blunt: the bridge will close": an owner's words judged, then
  // given after the colon
  if (
    posIdx > s.first &&
    n &&
    (n.lower === 'was' || n.lower === 'is') &&
    isWord(toks[i + 2]) &&
    isPunct(toks[i + 3], ':') &&
    i + 4 < s.last
  )
    ok = true;
  // "her warnings", "His testimony": a speech act with its owner
  if (
    p &&
    POSSESSIVE_DETERMINERS.has(p.lower) &&
    OWNED_CUE_NOUNS.has(t.lower) &&
    !COMMENTS.has(t.lower)
  )
    ok = true;
  // "assertions by the ministry": the by-phrase names who made them
  if (n && n.lower === 'by' && OWNED_CUE_NOUNS.has(t.lower)) {
    const by = byAgent(ctx, s, i + 1);
    if (by && (by.named || headClass(ctx, by.np.head) !== 'other')) {
      ok = true;
      source = by;
    }
  }
  // "a complaint lodged by the alliance", "claims made by the firm": made by the by-phrase's
  // source
  if (n && MADE_BY.has(n.lower) && toks[i + 2]?.lower === 'by' && CONTENT_NOUNS.has(t.lower)) {
    const by = byAgent(ctx, s, i + 2);
    if (by && (by.named || headClass(ctx, by.np.head) !== 'other')) {
      ok = true;
      source = by;
    }
  }
  // "an announcement by the ministry that", "a warning from engineers that": who gave it, then
  // its content
  if (!ok && n && (n.lower === 'by' || n.lower === 'from')) {
    const giver = speakerAt(ctx, s, i + 2);
    if (
      giver &&
      toks[giver.np.end]?.lower === 'that' &&
      complementAfterThat(ctx, giver.np.end + 1)
    ) {
      ok = true;
      source = giver;
    }
  }
  // "the assessment of the CIA and the NSA that"
  if (n && n.lower === 'of') {
    const np = phraseStartingAt(ctx, i + 2, s.last);
    if (np) {
      let e = np.end;
      if (toks[e]?.lower === 'and') {
        const np2 = phraseStartingAt(ctx, e + 1, s.last);
        if (np2) e = np2.end;
      }
      if (toks[e]?.lower === 'that') {
        ok = true;
        source = { np: nounPhrase(np.start, e, np.head, e), named: namedness(ctx, np) };
      }
    }
  }
  if (posIdx > 0 && toks[i - 2]?.lower === 'own') ok = true;
  // "the union's warnings": a speech act with its owner
  // (not a noun that names a page's place for comments: "the site's comments section")
  if (posIdx > 0 && source && OWNED_CUE_NOUNS.has(t.lower) && !COMMENT_PLACES.has(n?.lower ?? ''))
    ok = true;
  if (posIdx > 0 && p?.lower === 'own') ok = true;
  // "allegations regarding the accounts", "criticism of the plan", "praise from the union", "a
  // pledge to cut": content or a source attached
  if (!ok && n && n.lower === 'to' && PLEDGES.has(t.lower)) ok = isBaseVerb(toks[i + 2]);
  // "warnings about the staffing level", "concerns over lax checks": a worry with its topic
  // ("warnings of flooding", "concern for her safety": a forecast or a feeling)
  else if (!ok && n && WORRY_NOUNS.has(t.lower) && WORRY_PREPS.has(n.lower)) {
    // (a question's topic may be a clause: "questions about when supplies would recover")
    const topic =
      phraseStartingAt(ctx, i + 2, s.last) ??
      (QUESTION.has(t.lower) && WH_TOPICS.has(toks[i + 2]?.lower ?? '') ? { end: i + 3 } : null);
    ok =
      topic !== null &&
      !voicedByVerb(ctx, s, i, topic.end) &&
      !heldByThing(ctx, s, i) &&
      !(QUESTION.has(t.lower) && itemCount(ctx, i));
  } else if (!ok && n && CONTENT_NOUNS.has(t.lower)) {
    // ("reports from a shared drive" are documents; "reports of a stampede" are rumours)
    if (
      (CONTENT_PREPS.has(n.lower) || judgedFor(t, n)) &&
      toks[i + 2]?.kind !== 'num' &&
      (t.lower !== 'reports' || n.lower === 'of')
    ) {
      const np = phraseStartingAt(ctx, i + 2, s.last);
      if (np) {
        ok = true;
        if (n.lower === 'from' && !source) source = { np, named: namedness(ctx, np) };
      }
    }
  }
  // "rejected any suggestion of impropriety", "denies the suggestion of a cover-up": a
  // suggestion its subject waves away, its content after `of` (decision 148's dismissal of a
  // stated claim; not "at the suggestion of his lawyer", "a suggestion of a smile")
  if (!ok && n?.lower === 'of' && SUGGESTIONS.has(t.lower) && dismissedNoun(ctx, s, i)) ok = true;
  // "warnings from engineers", "over the objections of two members": a noun whose `from` (or,
  // for objections, `of`) names who gave it; only an actor does ("warnings of flooding" and
  // "warnings about the hinge" are their content, no cue)
  if (!ok && n && SOURCE_FROM_NOUNS.has(t.lower) && !source) {
    const from = n.lower === 'from' || (n.lower === 'of' && t.lower.startsWith('objection'));
    const np = from ? phraseStartingAt(ctx, i + 2, s.last) : null;
    if (np && (ctx.name[np.head] || SPEAKER_CLASSES.has(headClass(ctx, np.head)))) {
      ok = true;
      source = { np, named: namedness(ctx, np) };
    }
  }
  // "the union's view is that the cuts are illegal", "Her argument was that": the owner's speech
  // act with its content after `be`
  if (
    !ok &&
    (source || POSSESSIVE_DETERMINERS.has(p?.lower ?? '')) &&
    n &&
    (n.f & F.BE) !== 0 &&
    toks[i + 2]?.lower === 'that' &&
    complementAfterThat(ctx, i + 3)
  )
    ok = true;
  // "Fans swamped the club's pages with complaints": the complaints of whoever floods (point 335)
  if (!ok && !source && p?.lower === 'with' && FLOODED_WITH.has(t.lower)) {
    const flooder = floodedBy(ctx, s, i);
    if (flooder) return nounCueAt(i, 'neutral', sourceOf(flooder), pronounOf(flooder));
  }
  // "has faced criticism at home", "a storm of complaints": a judgement someone received,
  // voiced by others
  if (!ok && !source && JUDGEMENT_NOUNS.has(t.lower)) ok = received(ctx, s, i);
  // "ignored warnings over worn track", "had ignored repeated damp warnings": warnings someone
  // gave, left unheeded by the subject (who is not their giver: no source)
  if (!ok && !source && WARNING_NOUNS.has(t.lower) && unheeded(ctx, s, i))
    return nounCueAt(i, 'neutral', null, -1);
  // ", a claim her publicist called untrue": in apposition to the clause before, with a
  // relative clause of the one who answers it
  // (or of a relative clause that checks or answers it: ", a claim that could not be verified",
  // ", an assertion which the ministry denies", ", a finding he has always disputed")
  if (!ok && p && (p.lower === 'a' || p.lower === 'an') && isPunct(toks[i - 2], ','))
    ok =
      (CLAIM_NOUNS.has(t.lower) || APPOSED_FINDINGS.has(t.lower)) &&
      (answeredBy(ctx, s, i + 1) || checkedClaim(ctx, s, i + 1));
  // "sends a message that", "said by text message that": a message is a cue only with its
  // owner and its words after a colon ("Ruiz's message: ...")
  if (ok && (t.lower === 'message' || t.lower === 'messages'))
    ok =
      (posIdx > s.first || POSSESSIVE_DETERMINERS.has(p?.lower ?? '')) &&
      (isPunct(n, ':') ||
        isPunct(toks[i + 3], ':') ||
        (!!n && (n.f & F.BE) !== 0 && toks[i + 2]?.lower === 'that'));
  // "the questions that the panel prepared", "Ten questions: ...": a question is a cue only with
  // its topic (decision 152 of the labelled sets), not as a list's items
  if (ok && QUESTION.has(t.lower) && !(n && WORRY_PREPS.has(n.lower))) ok = false;
  // "Reports are circulating on social media that", "Rumours swept the hall that", "a report
  // in the Sentinel on Tuesday that": hearsay with its content set after a verb of spreading
  // or a phrase of where it was heard
  if (!ok && EXTRAPOSED_HEARSAY.has(t.lower)) {
    const content = extraposedContent(ctx, s, i);
    if (content) {
      ok = true;
      if (content.source) source = content.source;
    }
  }
  if (!ok) return null;
  // "criticism of the plan from residents", "warnings about the costs from engineers": who gave
  // it, after its topic
  if (!source) source = giverAfterTopic(ctx, s, i);
  // ("the bloodshed raised fears that": an event prompts them, nobody voices them)
  if (!source && raisedByThing(ctx, s, i)) return null;
  // "its state broadcaster aired claims that", "the union has repeated its allegations that":
  // the subject of a verb that makes the claims public made them
  let pronoun = -1;
  if (!source) {
    const subject = airedBy(ctx, s, i);
    source = sourceOf(subject);
    pronoun = pronounOf(subject);
  }
  return nounCueAt(i, DOUBT_NOUNS.has(t.lower) ? 'doubt' : 'neutral', source, pronoun);
}

/**
 * Whether the cue noun at `i` has `yet`, `so far` or `to date` and then a that-clause after it:
 * "sent the clearest signal yet that rates would rise" (point 324's signal noun with content).
 */
function timeThenClause(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  const w = toks[i + 1]?.lower;
  const n = toks[i + 2]?.lower;
  const len = w === 'yet' ? 1 : (w === 'so' && n === 'far') || (w === 'to' && n === 'date') ? 2 : 0;
  return len > 0 && toks[i + 1 + len]?.lower === 'that' && complementAfterThat(ctx, i + 2 + len);
}

/**
 * An account of events with its owner, answered or told: "rejected the airline's account",
 * "declined to comment on his account", "disputes her version", "his account of negotiating
 * with": the owner's claims, a cue with the owner as its source (decisions 57 and 86 of the
 * labelled sets: "disputes her account", "backed her account"). Not an account that is not
 * answered ("her account was frozen", "paid into his account", "on their own account").
 */
function answeredAccount(ctx: Context, s: Sentence, i: number): Cue | null {
  const toks = ctx.tokens;
  const p = toks[i - 1];
  if (!p || i - 1 < s.first) return null;
  let start = i - 1;
  let source: SourcePhrase | null = null;
  if (p.kind === 'pos') {
    let np = phraseEndingAt(ctx, i - 2, s.first);
    // (the owner starts after the last preposition: "a request for comment on the
    // investigators' account")
    let q = i - 3;
    while (np && q > np.start && !isPrep(toks[q])) q--;
    if (np && q > np.start) np = phraseEndingAt(ctx, i - 2, q + 1);
    if (!np) return null;
    start = np.start;
    source = { np, named: namedness(ctx, np) };
  } else if (!POSSESSIVE_DETERMINERS.has(p.lower)) return null;
  const w = toks[start - 1]?.lower ?? '';
  // (an account, not a version, tells of events: "your version of the app")
  const told = toks[i]!.lower === 'account' && toks[i + 1]?.lower === 'of' && isWord(toks[i + 2]);
  const answered =
    ANSWERING.has(w) ||
    (ANSWER_PREPS.has(w) && ANSWER_LEADS.has(toks[start - 2]?.lower ?? '') && start - 2 >= s.first);
  if (!answered && !told) return null;
  return nounCueAt(i, 'neutral', source, -1);
}

/** Forms of verbs that answer an account: `rejected`, `disputes`, `backed`, `contradicts`. */
const ANSWERING: ReadonlySet<string> = new Set(
  [
    'accept',
    'back',
    'challenge',
    'confirm',
    'contest',
    'contradict',
    'corroborate',
    'deny|denied|denied',
    'dismiss',
    'dispute',
    'doubt',
    'question',
    'reject',
    'repeat',
    'support',
  ].flatMap((v) => [...inflect(v).keys()]),
);

/** Prepositions after a word of answering: `comment on`, `respond to`, `questions about`. */
const ANSWER_PREPS: ReadonlySet<string> = new Set(['about', 'on', 'to']);

/** Words of answering before `on`, `to` or `about`: `comment`, `responded`, `questions`. */
const ANSWER_LEADS: ReadonlySet<string> = new Set([
  'asked',
  'comment',
  'commented',
  'questions',
  'replied',
  'reply',
  'respond',
  'responded',
  'response',
]);

/**
 * Cue `cue` with its own words as its source when it is a hearsay noun that no one is credited
 * with: "We are hearing unconfirmed reports that ...", "The company denied reports that ...", "a
 * weekend report that ...". The reports are the unnamed document relied on (ANNOTATION.md:
 * `according to reports`), as the unnamed pass reads them; `cue` itself otherwise. Not "reports
 * of a stampede" (what is rumoured follows, not a claim's content).
 */
export function hearsaySource(ctx: Context, s: Sentence, cue: Cue): Cue {
  const toks = ctx.tokens;
  const i = cue.start;
  if (cue.source || cue.pronoun >= 0 || cue.passive || cue.end !== i + 1) return cue;
  if (!HEARSAY.has(toks[i]!.lower) || CONTENT_PREPS.has(toks[i + 1]?.lower ?? '')) return cue;
  // (a noun, not the verb: "urged anyone to report them", "report it to police"; a bare
  // singular is the verb; a capital the name pass may take for a name is left alone)
  const p = toks[i - 1];
  if (!p || p.lower === 'to' || ctx.name[i] || POSSESSIVE_DETERMINERS.has(p.lower)) return cue;
  const np = phraseEndingAt(ctx, i, s.first);
  if (!np || np.head !== i || (np.start === i && !toks[i]!.lower.endsWith('s'))) return cue;
  return { ...cue, source: { np, named: namedness(ctx, np) } };
}

/**
 * Whether the content of the hearsay noun at `i` follows past what separates it from the noun:
 * a verb of spreading with its auxiliary, place or object ("are circulating on social media
 * that", "swept the hall that", "are coming in of a derailment"), a phrase of where it was
 * heard ("in the Sentinel Financial on Tuesday that", "on social media of a gunshot"), or a
 * hedge between commas ("talk, unconfirmed, that"). Returns the publication named in that
 * phrase as the source ("a report in the Sentinel that"), or null when the content is not found.
 */
function extraposedContent(
  ctx: Context,
  s: Sentence,
  i: number,
): { source: SourcePhrase | null } | null {
  const toks = ctx.tokens;
  let source: SourcePhrase | null = null;
  let k = i + 1;
  while (k < s.last && k <= i + 14) {
    const w = toks[k]!;
    if ((w.f & (F.BE | F.AUX)) !== 0 || isAdverb(w) || isTimeWord(w) || w.lower === 'online') k++;
    else if (SPREADING.has(w.lower)) {
      k++;
      // ("are coming in that": the particle, then the content's `that`)
      if (
        toks[k]?.lower === 'in' &&
        (!isDet(toks[k + 1]) || toks[k + 1]!.lower === 'that') &&
        !ctx.name[k + 1]
      )
        k++;
      // its object: "swept the hall that"
      else if (isDet(toks[k]) && toks[k]!.lower !== 'that') {
        const np = phraseStartingAt(ctx, k, s.last);
        if (!np) return null;
        k = np.end;
      }
    } else if (isPunct(w, ',') && isWord(toks[k + 1]) && isPunct(toks[k + 2], ',')) {
      // "talk, unconfirmed, that": a hedge between commas
      if (!HEDGED.has(toks[k + 1]!.lower)) return null;
      k += 3;
    } else if (HEARD_PREPS.has(w.lower)) {
      const np = phraseStartingAt(ctx, k + 1, s.last);
      if (!np) return null;
      // ("on social media of a gunshot": the content's `of` after the place)
      for (let q = k + 2; q < np.end; q++)
        if (toks[q]!.lower === 'of' && !ctx.name[q]) return contentAt(ctx, s, i, q, source);
      // ("a report in the Sentinel that", "suggestions in some shipping media that": the outlet)
      if (
        w.lower === 'in' &&
        !source &&
        ((toks[k + 1]!.lower === 'the' && ctx.name[np.head] === 1 && !isPlaceName(ctx, np.head)) ||
          PRESS.has(toks[np.head]!.lower))
      )
        source = { np, named: namedness(ctx, np) };
      k = np.end;
    } else break;
  }
  if (k === i + 1) return null;
  return contentAt(ctx, s, i, k, source);
}

/** The content after hearsay `i` at `k`: a that-clause, or `of` and the event it tells of. */
function contentAt(
  ctx: Context,
  s: Sentence,
  i: number,
  k: number,
  source: SourcePhrase | null,
): { source: SourcePhrase | null } | null {
  const toks = ctx.tokens;
  const n = toks[k];
  if (n?.lower === 'that' && complementAfterThat(ctx, k + 1) && !objectGap(ctx, s, k + 1))
    return { source };
  // "reports are coming in of a derailment": the event reported (not a document's reports)
  if (n?.lower === 'of' && RUMOURS.has(toks[i]!.lower) && phraseStartingAt(ctx, k + 1, s.last))
    return { source };
  return null;
}

/**
 * Whether the clause opening at `k` after `that` is a relative one whose object is the `that`,
 * inside the sentence's subject: its subject and verb are followed by the sentence's own verb
 * ("the report on the crash that investigators published was brief").
 */
function objectGap(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const np = phraseStartingAt(ctx, k, s.last);
  let v = np ? np.end : k + 1;
  if (v >= s.last) return false;
  while (v < s.last && (isAux(toks[v]) || isAdverb(toks[v]))) v++;
  const after = toks[v + 1];
  return !!after && (isAux(after) || (after.f & F.BE) !== 0);
}

/** Hearsay nouns whose content may come after a verb or a phrase: `reports`, `rumours`, `word`. */
const EXTRAPOSED_HEARSAY: ReadonlySet<string> = new Set([
  'allegations',
  'claims',
  'report',
  'reports',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'speculation',
  'suggestions',
  'word',
]);

/** Hearsay whose `of` gives the event it tells of: `reports of a gunshot`. */
const RUMOURS: ReadonlySet<string> = new Set(['reports', 'rumors', 'rumours']);

/** Verbs of hearsay spreading: `circulating`, `swept`, `had spread`, `are coming in`. */
const SPREADING: ReadonlySet<string> = new Set([
  'abound',
  'circulate',
  'circulated',
  'circulating',
  'coming',
  'emerged',
  'emerging',
  'grew',
  'growing',
  'mounted',
  'mounting',
  'persist',
  'persisted',
  'spread',
  'spreading',
  'surfaced',
  'swept',
  'swirl',
  'swirled',
  'swirling',
]);

/** Prepositions of where hearsay was heard: `on social media`, `in the press`. */
const HEARD_PREPS: ReadonlySet<string> = new Set([
  'across',
  'among',
  'around',
  'at',
  'in',
  'on',
  'through',
]);

/** The press as where hearsay appeared: `in some shipping media`, `in the local press`. */
const PRESS: ReadonlySet<string> = new Set([
  'media',
  'newspapers',
  'outlets',
  'papers',
  'press',
  'tabloids',
]);

/** Words of doubt set between commas after hearsay: `talk, unconfirmed, that`. */
const HEDGED: ReadonlySet<string> = new Set(['unconfirmed', 'unsubstantiated', 'unverified']);

/** Hearsay nouns: `reports`, `rumours`. */
const HEARSAY: ReadonlySet<string> = new Set(['report', 'reports', 'rumors', 'rumours']);

/**
 * Comments and remarks, speech acts with a named or described owner ("Fairweather's comments")
 * but after a bare possessive often only the topic of what others say ("his comments on a
 * podcast had not gone down well").
 */
const COMMENTS: ReadonlySet<string> = new Set(['comments', 'remarks']);

/** What a page keeps comments in: `the site's comments section`, `its comments feature`. */
const COMMENT_PLACES: ReadonlySet<string> = new Set([
  'board',
  'box',
  'feature',
  'field',
  'page',
  'policy',
  'section',
  'settings',
  'thread',
]);

/** The noun of asking: `question`, `questions`. */
const QUESTION: ReadonlySet<string> = new Set(['question', 'questions']);

/** Words that open a question's topic as a clause: `about when`, `over whether`, `about why`. */
const WH_TOPICS: ReadonlySet<string> = new Set([
  'how',
  'if',
  'what',
  'when',
  'where',
  'whether',
  'which',
  'who',
  'why',
]);

/**
 * Whether the noun at `i` is counted as items, a number or a number word before it (past
 * adjectives): "ten questions about geography", "20 short questions about" (a quiz or a form,
 * nobody's question).
 */
function itemCount(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > i - 3 && isContent(toks[k]) && !NUMBER_WORDS.has(toks[k]!.lower)) k--;
  const t = toks[k];
  return !!t && (t.kind === 'num' || NUMBER_WORDS.has(t.lower));
}

/** Number words that count items: `ten`, `three`, `dozens`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** The noun of suspecting: `suspicion`, `suspicions`. */
const SUSPICION: ReadonlySet<string> = new Set(['suspicion', 'suspicions']);

/**
 * A tip-off with its giver: "after a tip from a customer", "a tip-off from a foreign agency"
 * (points 209, 215, 291): the noun is a cue and the giver its source. Not a tip with no giver,
 * nor a gratuity or a point ("left a tip", "the tip of the iceberg").
 */
function tipFrom(ctx: Context, s: Sentence, i: number): Cue | null {
  const toks = ctx.tokens;
  if (toks[i + 1]?.lower !== 'from') return null;
  const np = phraseStartingAt(ctx, i + 2, s.last);
  if (!np || !(ctx.name[np.head] || SPEAKER_CLASSES.has(headClass(ctx, np.head)))) return null;
  const source = { np, named: namedness(ctx, np) };
  return nounCueAt(i, 'neutral', source, -1);
}

/** The noun of claiming: `claim`, `claims`. */
const CLAIM: ReadonlySet<string> = new Set(['claim', 'claims']);

/**
 * Whether the noun `claim(s)` at `i` is a claim for payment, with no content of its own (not
 * "claims that", "The claim:"): a kind of payment before it ("insurance claims", "flood claims",
 * "compensation claims"), `for` after it ("claims for extra costs", "a claim for damages"), or a
 * word of insuring, assessing or settling in its sentence ("Insurers warned that claims from the
 * town could exceed £15m", "his claim had been rejected after an assessor", "their claims would
 * take weeks to settle"). "fraud claims" and "spying claims" are accusations and stay cues.
 */
function paymentClaim(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (!CLAIM.has(toks[i]!.lower)) return false;
  const n = toks[i + 1];
  if (n && (n.lower === 'that' || isPunct(n, ':'))) return false;
  if (PAYMENT_CLAIM_KINDS.has(toks[i - 1]?.lower ?? '') || n?.lower === 'for') return true;
  for (let k = s.first; k < s.last; k++) if (PAYMENT_CLAIM_CONTEXT.has(toks[k]!.lower)) return true;
  return false;
}

/** Kinds of payment claimed, before `claims`: `insurance`, `flood`, `compensation`, `expenses`. */
const PAYMENT_CLAIM_KINDS = ruleWords('paymentClaimKinds');

/** Words of insuring, assessing and settling claims: `insurers`, `assessor`, `payout`, `settle`. */
const PAYMENT_CLAIM_CONTEXT = ruleWords('paymentClaimContext');

/**
 * Whether the cue noun at `i` is the standing label of an editorial in its headline: "Our view:",
 * "The View:", "The Tribune view:" (the outlet's label for its own opinion, no claim it reports;
 * "Her view:" and "The minister's view:" are an owner's claim).
 */
function editorialLabel(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  if (toks[i]!.lower !== 'view' || s !== ctx.sentences[0]) return false;
  const first = toks[s.first]!;
  if (first.lower === 'our') return i === s.first + 1;
  if (first.lower !== 'the') return false;
  for (let k = s.first + 1; k < i; k++) if (!toks[k]!.cap || toks[k]!.kind !== 'word') return false;
  return true;
}

/**
 * The subject of an active verb of making claims public (`aired`, `made`, `repeated`) whose
 * object is the cue noun at `i`, past at most two determiners or adjectives (`aired fresh
 * claims`); null when there is none.
 */
function airedBy(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && k >= i - 2 && (isDet(toks[k]) || (isContent(toks[k]) && !ctx.name[k])))
    if (AIRING.has(toks[k]!.lower)) break;
    else k--;
  if (k <= s.first || !AIRING.has(toks[k]!.lower)) return null;
  const { g, sawAux, beBefore } = groupStart(ctx, s, k);
  // ("the claims were made": a passive hides who made them)
  if (sawAux && beBefore) return null;
  return findSubject(ctx, s, g);
}

/**
 * The subject of an active verb of flooding whose `with` phrase holds the cue noun at `i`:
 * "Viewers bombarded the broadcaster with complaints", "Parents have swamped the school's pages
 * with questions" (the object a place or a body of a few words); null when there is none. A
 * passive ("was flooded with objections") hides who flooded.
 */
function floodedBy(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  for (let k = i - 2; k > s.first && k >= i - 7; k--) {
    const w = toks[k]!;
    if (isPunct(w) || isQuote(w)) return null;
    if (!FLOODING.has(w.lower)) continue;
    const { g, sawAux, beBefore } = groupStart(ctx, s, k);
    if (sawAux && beBefore) return null;
    return findSubject(ctx, s, g);
  }
  return null;
}

/** Verbs of flooding someone with words: `swamped`, `bombarded`, `inundated`. */
const FLOODING: ReadonlySet<string> = new Set([
  'bombard',
  'bombarded',
  'bombarding',
  'bombards',
  'deluge',
  'deluged',
  'deluging',
  'flood',
  'flooded',
  'flooding',
  'floods',
  'inundate',
  'inundated',
  'inundates',
  'inundating',
  'swamp',
  'swamped',
  'swamping',
  'swamps',
]);

/** Nouns of words that flood a body: `complaints`, `objections`, `questions`. */
const FLOODED_WITH: ReadonlySet<string> = new Set([
  'complaints',
  'criticism',
  'objections',
  'protests',
  'questions',
]);

/**
 * Whether a relative clause with its own subject and a reporting verb starts at `k`: "(a
 * claim) the agency rejects", "(a claim) her publicist, Dana Whitcombe, called untrue".
 */
function answeredBy(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // (", a claim which the ministry denies": the relative pronoun before the one who answers)
  // (its subject a pronoun, a name or a determiner's phrase: not "that carries a fine")
  if (toks[k]?.lower === 'which' || toks[k]?.lower === 'that') {
    const n = toks[k + 1];
    if (!(SUBJECT_PRONOUNS.has(n?.lower ?? '') || ctx.name[k + 1] || isDet(n))) return false;
    k++;
  }
  return answeredAt(ctx, s, k);
}

/** {@link answeredBy} from the answerer's phrase at `k`. */
function answeredAt(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  // ", a charge she always rejected": a pronoun answers too
  const pronoun = SUBJECT_PRONOUNS.has(toks[k]?.lower ?? '');
  const np = pronoun ? null : phraseStartingAt(ctx, k, s.last);
  if (!np && !pronoun) return false;
  let e = np ? np.end : k + 1;
  // ("the board rejects": a verb read as the phrase's plural head)
  if (e - 1 > k && (toks[e - 1]!.f & F.REPORT) !== 0) return true;
  // (over an apposition: ", Dana Whitcombe,")
  if (isPunct(toks[e], ',')) {
    let q = e + 1;
    while (q < s.last && q <= e + 6 && !isPunct(toks[q])) q++;
    if (!isPunct(toks[q], ',')) return false;
    e = q + 1;
  }
  // (past auxiliaries and adverbs: "has always denied", "never accepted")
  while (e < s.last && (isAux(toks[e]) || toks[e]!.lower === 'not' || isAdverb(toks[e]))) e++;
  const v = toks[e];
  return !!v && isWord(v) && (v.f & F.REPORT) !== 0;
}

/**
 * Whether a relative clause at `k` (`that` or `which`) says a claim was or could not be checked
 * or answered: "that could not be verified", "which has since been denied", "that was never
 * substantiated" (a passive of a reporting verb or of checking; not "that carries a fine").
 */
function checkedClaim(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const rel = toks[k]?.lower;
  if (rel !== 'that' && rel !== 'which') return false;
  let e = k + 1;
  let be = false;
  while (e < s.last && (isAux(toks[e]) || toks[e]!.lower === 'not' || isAdverb(toks[e]))) {
    if ((toks[e]!.f & F.BE) !== 0) be = true;
    e++;
  }
  const v = toks[e];
  if (!be || !v || !isWord(v) || !/ed$|[^e]en$|wn$/.test(v.lower)) return false;
  return (v.f & F.REPORT) !== 0 || CHECKED.has(v.lower);
}

/** Participles of checking a claim that are no reporting verbs: `substantiated`, `proven`. */
const CHECKED: ReadonlySet<string> = new Set([
  'checked',
  'contradicted',
  'proved',
  'proven',
  'substantiated',
  'verified',
]);

/** Findings that stand apposed to a clause like a claim: `finding`, `findings`. */
const APPOSED_FINDINGS: ReadonlySet<string> = new Set(['finding', 'findings']);

/**
 * The possessive before the cue noun at `i` past one or two modifiers of a speech act, or -1:
 * "the administration's first comments", "the minister's election-eve denial", "the union's
 * repeated claims" (a modifier: listed, hyphenated or a participle; not a noun that makes a
 * compound, as in "the agency's flood warnings").
 */
function possessorPastModifiers(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  for (let k = i - 1; k > s.first && k >= i - 2; k--) {
    const w = toks[k]!;
    if (w.kind !== 'word' || w.cap || ctx.name[k] || !isContent(w)) return -1;
    if (!(
      SPEECH_ACT_MODIFIERS.has(w.lower) ||
      w.lower.includes('-') ||
      /[a-z]{3}ed$/.test(w.lower)
    ))
      return -1;
    if (toks[k - 1]?.kind === 'pos') return k - 1;
  }
  return -1;
}

/** Modifiers between a possessor and its speech act: `first`, `latest`, `repeated`, `public`. */
const SPEECH_ACT_MODIFIERS = ruleWords('speechActModifiers');

/**
 * A person or body that can speak, as the phrase at `k`: a name, or a head of a person, a role or
 * an organisation ("engineers", "the ministry"); null for anything else ("from the site").
 */
function speakerAt(ctx: Context, s: Sentence, k: number): SourcePhrase | null {
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np || !(ctx.name[np.head] || SPEAKER_CLASSES.has(headClass(ctx, np.head)))) return null;
  return { np, named: namedness(ctx, np) };
}

/**
 * Who gave the cue noun at `i`, named after its topic: "criticism of the plan from residents",
 * "objections to the scheme by two councillors": a preposition and its phrase, then `from` or
 * `by` and a speaker; null when there is none.
 */
function giverAfterTopic(ctx: Context, s: Sentence, i: number): SourcePhrase | null {
  const toks = ctx.tokens;
  const prep = toks[i + 1];
  if (!prep || !TOPIC_PREPS.has(prep.lower)) return null;
  const topic = phraseStartingAt(ctx, i + 2, s.last);
  if (!topic) return null;
  // (the topic's phrase may take the from-phrase in as its own modifier: its core ends first)
  for (const e of [topic.coreEnd, topic.end]) {
    const w = toks[e]?.lower;
    if (w !== 'from' && w !== 'by') continue;
    // ("a warning about the rhetoric from the party": words said come from their speaker)
    for (let k = topic.start; k < e; k++) if (SAID_THINGS.has(toks[k]!.lower)) return null;
    return speakerAt(ctx, s, e + 1);
  }
  return null;
}

/** Words said, which a from-phrase after them credits: `rhetoric`, `claims`, `statements`. */
const SAID_THINGS: ReadonlySet<string> = new Set([
  ...CUE_NOUNS,
  ...STATEMENT_NOUNS,
  'language',
  'posts',
  'rhetoric',
  'statements',
  'tweets',
  'words',
]);

/** Prepositions of a cue noun's topic before who gave it: `criticism of`, `objections to`. */
const TOPIC_PREPS: ReadonlySet<string> = new Set([
  'about',
  'against',
  'concerning',
  'for',
  'of',
  'on',
  'over',
  'regarding',
  'to',
]);

/**
 * Whether the judgement noun at `i` is received: the object (past at most two modifiers) of a
 * verb of receiving ("faced criticism", "drew fresh complaints", "came under heavy criticism",
 * "was met with praise"), or what a wave of it is made of ("a firestorm of criticism").
 */
function received(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && k >= i - 2 && isContent(toks[k]) && !ctx.name[k] && !isDet(toks[k])) {
    if (RECEIVING.has(toks[k]!.lower)) break;
    k--;
  }
  while (k > s.first && isDet(toks[k])) k--;
  const w = toks[k];
  if (!w || k < s.first) return false;
  if (w.lower === 'of') return OUTPOURINGS.has(toks[k - 1]?.lower ?? '');
  // "came under", "met with": the verb before its particle
  if ((w.lower === 'under' || w.lower === 'with') && k - 1 >= s.first)
    return RECEIVING.has(`${toks[k - 1]!.lower} ${w.lower}`);
  return RECEIVING.has(w.lower);
}

/**
 * Whether a verb of ignoring stands before warning `i`, past at most three determiners,
 * adjectives or nouns: "ignored warnings", "ignoring repeated damp warnings", "had disregarded
 * the early warnings".
 */
function unheeded(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  // (the noun heads its phrase: not "ignored the warning lights")
  const n = toks[i + 1];
  if (n && isContent(n) && !isAdverb(n) && !isPrep(n) && !isTimeWord(n)) return false;
  for (let k = i - 1; k >= s.first && k >= i - 4; k--) {
    const w = toks[k]!;
    if (IGNORING.test(w.lower)) return true;
    if (!(isDet(w) || isContent(w)) || ctx.name[k]) return false;
  }
  return false;
}

/** Verbs of ignoring, in any form: `ignored`, `disregarding`, `heeded` (under negation). */
const IGNORING = /^(?:ignor|disregard|heed)(?:e|es|ed|ing)?$/;

/** Nouns of warning: `warning`, `warnings`. */
const WARNING_NOUNS: ReadonlySet<string> = new Set(['warning', 'warnings']);

/** Verbs of receiving a judgement: `faced`, `drew`, `attracted`, `came under`, `met with`. */
const RECEIVING = ruleWords('receivingVerbs');

/** Nouns of a mass of voices: `a storm of`, `a chorus of`, `a wave of`. */
const OUTPOURINGS = ruleWords('outpourings');

/** Judgements that others voice about someone: `criticism`, `complaints`, `praise`. */
const JUDGEMENT_NOUNS = ruleWords('judgementNouns');

/** Nouns given by someone named after `from`: `warnings from`, `objections from`. */
const SOURCE_FROM_NOUNS = ruleWords('sourceFromNouns');

/** Heads of a phrase that can give a warning or object: people and bodies. */
const SPEAKER_CLASSES: ReadonlySet<string> = ruleWords('speakerClasses');

/** Nouns that stand for a claim made before: `a claim`, `an allegation`. */
const CLAIM_NOUNS = ruleWords('claimNouns');

/** Verbs that make claims public, past tense: `aired`, `made`, `repeated`, `published`. */
const AIRING = ruleWords('airingVerbs');

const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');

const DOUBT_NOUNS = ruleWords('doubtNouns');

/** `claims that ... `: a relative `that` ("the claims that referred") is followed by a verb. */
function isContentVerbAfterThat(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  if (!w || !isWord(w) || ctx.name[k]) return false;
  // "the only finding that suggests ...": a relative clause
  return /ed$/.test(w.lower) || isAux(w) || (w.f & F.REPORT) !== 0;
}

/** A word that can be the base verb of a to-infinitive: `a pledge to cut`. */
function isBaseVerb(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap && (t.f & (F.FUNC | F.ADV)) === 0;
}

/**
 * "drew criticism for its cost", "won praise for her handling of": criticism or praise with
 * what it is for (not "claims for compensation", a demand).
 */
function judgedFor(t: Token, n: Token): boolean {
  return (
    n.lower === 'for' &&
    (t.lower === 'criticism' || t.lower === 'criticisms' || t.lower === 'praise')
  );
}

/** Cue nouns that take content or a source after a preposition: `criticism of`, `praise from`. */
const CONTENT_NOUNS = ruleWords('contentNouns');

/** `suggestion`, `suggestions`: what one rejects "any suggestion of". */
const SUGGESTIONS: ReadonlySet<string> = new Set(['suggestion', 'suggestions']);

/** Forms of the verbs that wave a claim away: `rejects`, `denied`, `dismissing`, `refute`. */
const DISMISSALS: ReadonlySet<string> = new Set(
  ['deny', 'dismiss', 'rebut|rebutted', 'refute', 'reject'].flatMap((v) => [...inflect(v).keys()]),
);

/** Whether the noun at `i` is the object of a dismissal, past its determiner: `rejects any`. */
function dismissedNoun(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  const k = isDet(toks[i - 1]) ? i - 2 : i - 1;
  return k >= s.first && DISMISSALS.has(toks[k]!.lower);
}

/**
 * Whether the worry noun at `i` (its topic ending at `end`) is the object or the passive subject
 * of a cue verb, which is then the one cue: "raised concerns about", "cited concerns about",
 * "concerns about the rigging had been raised".
 */
function voicedByVerb(ctx: Context, s: Sentence, i: number, end: number): boolean {
  const toks = ctx.tokens;
  // "issued an expression of concern", "a letter of concern": the statement voices it
  if (toks[i - 1]?.lower === 'of' && VOICED_IN.has(toks[i - 2]?.lower ?? '')) return true;
  let k = i - 1;
  while (k > s.first && k >= i - 3 && (isDet(toks[k]) || isQuote(toks[k]) || isContent(toks[k])))
    if ((toks[k]!.f & VOICING) !== 0) break;
    else k--;
  if (k >= s.first && (toks[k]!.f & VOICING) !== 0 && voices(toks[k]!)) return true;
  k = end;
  while (k < s.last && k <= end + 3 && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  return k > end && k < s.last && (toks[k]!.f & VOICING) !== 0;
}

/**
 * Whether the worry noun at `i` is the object of a verb whose subject is a thing, an animal or
 * anyone at all, which voices nobody's worry: "Crows pass warnings about dangerous people to
 * their chicks", "anyone who signed up has relinquished concerns about their privacy" (not
 * "Council accused of ignoring warnings over", "The board knew of concerns about").
 */
function heldByThing(ctx: Context, s: Sentence, i: number): boolean {
  const toks = ctx.tokens;
  // the verb: the word before the noun (past a determiner), or a verb form past an adjective
  let k = i - 1;
  while (k > s.first && isDet(toks[k])) k--;
  for (let q = k; q > s.first && q >= i - 3; q--)
    if (isVerbLike(toks[q])) {
      k = q;
      break;
    } else if (!isContent(toks[q]) && !isDet(toks[q])) break;
  const v = toks[k];
  if (!v || k <= s.first || !isWord(v) || !isContent(v) || ctx.name[k]) return false;
  const subject = findSubject(ctx, s, groupStart(ctx, s, k).g);
  if (!subject) return false;
  // ("anyone who has signed up has relinquished concerns about": nobody in particular)
  const who = isPronounSubject(subject) ? subject.pronoun : subject.np.head;
  if (ANYONE.has(toks[who]!.lower)) return true;
  if (isPronounSubject(subject)) return false;
  const head = subject.np.head;
  return (
    !ctx.name[head] &&
    headClass(ctx, head) === 'other' &&
    !agentiveNoun(toks[head]!.lower) &&
    !DOCUMENT_NOUNS.has(toks[head]!.lower)
  );
}

/** Whether `t` takes the worry as its object ("raised concerns"), not a clause ("said warnings ... had been ignored"). */
function voices(t: Token): boolean {
  return !SAYING.has(t.lower);
}

/** Indefinite pronouns, whose worries are nobody's in particular: `anyone`, `everyone`. */
const ANYONE: ReadonlySet<string> = new Set([
  'anybody',
  'anyone',
  'everybody',
  'everyone',
  'somebody',
  'someone',
]);

/** Statements that carry a worry: `an expression of concern`, `a letter of warning`. */
const VOICED_IN: ReadonlySet<string> = new Set([...STATEMENT_NOUNS, 'expression', 'expressions']);

/** Words that voice a worry as a cue of their own: reporting verbs, `raised`, `voiced`. */
const VOICING = F.REPORT | F.CUE_EXPRESSION;

/** Worries voiced about a topic: `concerns about`, `warnings over`. */
const WORRY_NOUNS = ruleWords('worryNouns');

/** Prepositions that attach a worry's topic: `about`, `over`, `regarding`. */
const WORRY_PREPS = ruleWords('worryPreps');

/** Prepositions that attach content (`allegations regarding`) or a source (`praise from`). */
export const CONTENT_PREPS = ruleWords('contentPreps');

/** Participles by which someone makes a claim or complaint: `lodged by`, `made by`. */
const MADE_BY = ruleWords('madeBy');

/** Nouns of commitment that take a to-infinitive: `a pledge to cut`, `a vow to rebuild`. */
const PLEDGES: ReadonlySet<string> = new Set(['pledge', 'pledges', 'vow', 'vows']);

/** A one-word noun cue at token `i`, with its source (or none) and the pronoun that stands for it. */
function nounCueAt(i: number, cue: Cue['cue'], source: Cue['source'], pronoun: number): Cue {
  return { start: i, end: i + 1, cue, source, pronoun, shares: false, passive: false };
}
