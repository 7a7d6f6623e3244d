/**
 * Senses of verbs of judging, conceding and holding a view that report nothing: `the storms
 * heralded a colder winter`, `held that lead`, `learn how to fix a pipe`, `conceded a
 * stoppage-time penalty`, `is to blame`, `Finding that difficult`, `argued with the referee`,
 * `were admitted to hospital`, `welcomed the team home`, `were denied medical care`.
 */
import type { Context } from '../../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuote,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../../context';
import { quotationAround } from '../../entities/quoted-speaker';
import { BE_FORMS, DOCUMENT_NOUNS, F, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { currency } from '../../phrase/noun-phrase';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isAuxAt, isFinitePast, isParticipleWord, SUBORDINATE } from '../../subject/clause';
import { isPronounSubject } from '../../subject/result';
import { byAgent } from '../by-agent';
import { quotedBefore } from '../frames/quotation';
import { THING_PRONOUNS } from '../frames/speakers';
import {
  CLAUSE_STARTERS,
  clauseFollows,
  complementAfterThat,
  contractedSubject,
} from '../clause-follows';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import type { SenseCheck } from './common';
import { actedOnUnseen, afterVerb, beforeVerb, markedNotTalked, SPEAKER_CLASSES } from './common';

/** The checks of verbs of judging, conceding and holding a view, by lemma (see `SENSES` in ../verb-senses.ts). */
export const STANCE_SENSES: readonly (readonly [string, SenseCheck])[] = [
  ['confirm', (ctx, s, v) => !unconfirmed(ctx, s, v)],
  [
    'herald',
    // "has long been heralded as", "heralded the deal as a breakthrough": praise; not "the
    // storms heralded a colder winter" (a sign of what comes)
    (ctx, s, v) => {
      if (v.passive) return true;
      const np = phraseStartingAt(ctx, v.end, s.last);
      return !!np && ctx.tokens[np.end]?.lower === 'as';
    },
  ],
  [
    'hold',
    // "One theory holds that", "The court held that the law was void": a view or a ruling with
    // its that-clause; not "held that lead", "held talks", "was held in custody"
    (ctx, s, v) => !v.passive && ctx.tokens[v.end]?.lower === 'that' && thatClause(ctx, s, v.end),
  ],
  [
    'attribute',
    // "The study attributes most of the shift to milder winters": credits a cause, with a `to`
    (ctx, s, v) => {
      const toks = ctx.tokens;
      // what is attributed stands before the verb: "a quote attributed to the minister"; "the
      // errors, which he attributed to a junior researcher" (his own account)
      if (toks[v.end]?.lower === 'to')
        return (!v.passive && subjectPronounBefore(ctx, s, v)) || creditedToSpeaker(ctx, s, v.end);
      if (v.passive) return false;
      for (let k = v.end + 1; k < s.last && k <= v.end + 10; k++) {
        if (toks[k]!.lower === 'to') return true;
        if (isPunct(toks[k])) return false;
      }
      return false;
    },
  ],
  [
    'understand',
    // "without even trying to understand what is happening": grasping, not being told
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const n = afterVerb(ctx, v);
      if (p?.lower === 'to' && HOW_WORDS.has(n?.lower ?? '')) return false;
      return !graspsWhy(ctx, s, v);
    },
  ],
  [
    'learn',
    // "learn how to fix a pipe", "Workers learning how to": a skill, not information received
    (ctx, s, v) => {
      const n = afterVerb(ctx, v);
      return !(
        n?.lower === 'to' ||
        (HOW_WORDS.has(n?.lower ?? '') && ctx.tokens[v.i + 2]?.lower === 'to')
      );
    },
  ],
  [
    'know',
    // "knew the numbers were bad", "It is known that": knowledge handed a statement (DECISIONS
    // 165); not knowledge of a topic, an open question ("know who is buying the club", "knew
    // exactly what it was doing", "It is not known whether"), nor a person or thing known ("knew
    // that man from school")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      // ("the project as we know it was launched in 2005": the idiom "as we know it")
      if (toks[v.g - 2]?.lower === 'as' && isPronoun(toks[v.g - 1])) return false;
      // ('"I know they're desperate to sell," the source said': inside a quotation the speaker's
      // own knowing is how they talk, and the quotation's own cue credits it, as the guideline's
      // own labelled texts leave it; not '"Everybody knew the wall would fail," he said')
      const subject = toks[v.g - 1]?.lower;
      if ((subject === 'i' || subject === 'we') && quotationAround(ctx, v.i) !== null) return false;
      let k = v.end;
      while (k < s.last && isAdverb(toks[k])) k++;
      const n = toks[k];
      if (!n || (CLAUSE_STARTERS.has(n.lower) && n.lower !== 'that')) return false;
      if (n.lower === 'that') return complementAfterThat(ctx, k + 1);
      // a clause without `that` has its auxiliary or `be` ("knew the piles were failing",
      // "knew he'd"), not a thing known and its participle ("knew one of the families involved")
      for (let q = k; q < s.last && q <= k + 10; q++) {
        const w = toks[q]!;
        if (isAux(w) || contractedSubject(w)) return true;
        if (isPunct(w) || isQuote(w)) break;
      }
      return false;
    },
  ],
  [
    'concede',
    // "conceded a stoppage-time penalty", "conceded only one goal": a score, not a point granted
    (ctx, s, v) => {
      const toks = ctx.tokens;
      for (let k = v.end; k < s.last && k <= v.end + 3; k++) {
        // ("refused to concede the election", "conceded defeat": a contest given up, not a point)
        if (SPORTS_SCORES.has(toks[k]!.lower) || CONTESTS.has(toks[k]!.lower)) return false;
        if (isPunct(toks[k]) || toks[k]!.lower === 'that') break;
      }
      return true;
    },
  ],
  [
    'blame',
    // "is to blame": an idiom of fault, not a cue
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const b = ctx.tokens[v.i - 2];
      return !(p?.lower === 'to' && b && BE_FORMS.has(b.lower));
    },
  ],
  [
    'find',
    // "Finding that difficult, he": finding something to be so, not a finding reported
    (ctx, s, v) => {
      const n = afterVerb(ctx, v);
      const toks = ctx.tokens;
      if (
        (n?.lower === 'that' || n?.lower === 'it' || n?.lower === 'this') &&
        isContent(toks[v.i + 2]) &&
        isPunct(toks[v.i + 3])
      )
        return false;
      return !foundThingBefore(ctx, s, v);
    },
  ],
  [
    'feel',
    // 'residents felt "completely ignored"', 'felt "betrayed"': a feeling quoted, no claim (not
    // 'felt "the council had made up its mind"')
    (ctx, s, v) => {
      const toks = ctx.tokens;
      if (!isOpenQuote(v.next)) return true;
      const w = toks[v.end + 1];
      return !(w && isWord(w) && (isAdverb(w) || isParticipleWord(w)));
    },
  ],
  [
    'argue',
    // "argued with the referee", "were seen arguing in a corridor": a quarrel, when no clause,
    // quotation or parenthetical end says what was argued (a bare -ing form places a scene;
    // "argued in a note to clients that" names a medium)
    (ctx, s, v) => {
      const n = v.next;
      if (!n || v.end >= s.last) return true;
      const scene = bareIng(ctx, v) && QUARREL_PLACES.has(n.lower);
      // "argued all night about money", "argued for hours": how long a quarrel went on
      const a = ctx.tokens[v.end + 1]?.lower ?? '';
      const lasting =
        (n.lower === 'all' && QUARREL_SPANS.has(a)) || (n.lower === 'for' && QUARREL_SPANS.has(a));
      if (n.lower !== 'with' && !scene && !lasting && !isPunct(n, '.')) return true;
      return clauseFollows(ctx, s, v.g, v.end, v.lemma);
    },
  ],
  [
    'believe',
    // "I believe in natural immunity": faith in something, no claim (not "believes in
    // hindsight that")
    (ctx, s, v) => v.next?.lower !== 'in' || clauseFollows(ctx, s, v.g, v.end, v.lemma),
  ],
  ['flag', (ctx, s, v) => !markedNotTalked(ctx, s, v)],
  ['predict', (ctx, s, v) => !actedOnUnseen(ctx, s, v)],
  ['declare', (ctx, s, v) => !actedOnUnseen(ctx, s, v)],
  [
    'acknowledge',
    // "the alarm was acknowledged": a signal answered, not a claim conceded
    (ctx, s, v) => {
      if (!v.passive) return true;
      const subj = subjectOf(ctx, s, v);
      return !(subj && !isPronounSubject(subj) && SIGNALS.has(ctx.tokens[subj.np.head]!.lower));
    },
  ],
  [
    'admit',
    // "were admitted to hospital", "admits students": letting in, not confessing
    (ctx, s, v) => admitsContent(ctx, s, v.g, v.end, v.passive),
  ],
  [
    'dismiss',
    // "dismissed the report as a smear": judged as something (not "dismissed the case", "was
    // dismissed from her job")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      for (let k = v.end; k < s.last && k <= v.end + 8; k++) {
        // (not "was dismissed as coach": removed from a post)
        if (toks[k]!.lower === 'as') {
          const np = phraseStartingAt(ctx, k + 1, s.last);
          return !np || !PERSON_HEADS.has(headClass(ctx, np.head));
        }
        if (isPunct(toks[k]) || (isQuote(toks[k]) && k > v.end)) break;
      }
      // "dismisses the idea that", "dismissed the allegations": a claim waved away (not "dismissed
      // the charges", "dismissed the case": a court's act)
      // ("concerns were dismissed", "That suggestion was dismissed by the firm": the claim or
      // worry as the passive's subject, session 31)
      const subject = v.passive ? subjectOf(ctx, s, v) : null;
      const np = v.passive
        ? subject && !isPronounSubject(subject)
          ? subject.np
          : null
        : phraseStartingAt(ctx, demonstrativeAt(ctx, v.end) ? v.end + 1 : v.end, s.last);
      let head = np ? toks[np.head]!.lower : '';
      // ("concerns about missing data were dismissed": the worry before its topic)
      if (v.passive && np)
        for (let k = np.start - 1; k > s.first && k >= np.start - 3; k--)
          if (TOPIC_LINKS.has(toks[k]!.lower)) {
            head = toks[k - 1]!.lower;
            break;
          }
      return (
        (CLAIM_OBJECTS.has(head) || (v.passive && VOICED_WORRIES.has(head))) &&
        !COURT_OBJECTS.has(head)
      );
    },
  ],
  [
    'credit',
    // "credited the money to his account", "credited $40 to every customer": a sum paid in, not
    // a success put down to someone ("credited the win to her coach", "credited him with")
    (ctx, s, v) => {
      if (v.passive) return true;
      const toks = ctx.tokens;
      const np = phraseStartingAt(ctx, v.end, s.last);
      if (!np) return true;
      for (let q = np.start; q < np.end; q++) {
        const w = toks[q]!;
        if (currency(w) || CREDITED_SUMS.has(w.lower)) return false;
      }
      return true;
    },
  ],
  [
    'welcome',
    // "ready to welcome the president", "welcomed the team home": greeting someone, no stance
    // on anything (unlike "welcomed the decision", "welcomed the move as overdue")
    (ctx, s, v) => {
      if (v.passive) return true;
      const toks = ctx.tokens;
      // "his client would welcome a move", "she would welcome a replication": a wish, not a
      // reaction to anything said or done
      if (toks[v.g]?.lower === 'would' || toks[v.g]?.lower === "'d") return false;
      let k = v.end;
      while (k < s.last && isAdverb(toks[k])) k++;
      const w = toks[k];
      if (!w || k >= s.last) return true;
      if (isPronoun(w) && WELCOMED_PEOPLE.has(w.lower)) return false;
      const np = phraseStartingAt(ctx, k, s.last);
      if (!np) return true;
      // ("welcomed the crew back", "welcomed the team home"): received somewhere
      const after = toks[np.end]?.lower ?? '';
      if (WELCOMED_INTO.has(after) || WELCOMED_INTO.has(toks[np.end - 1]!.lower)) return false;
      // ("welcomed the ship into the harbour", "welcomed them onto the stage": brought in)
      for (let q = np.head + 1; q <= np.end && q < s.last; q++)
        if (RECEIVED_INTO.has(toks[q]!.lower)) return false;
      // ("welcomed visitors from Spain", "welcomed its first guests": people greeted; any noun of
      // a doer was tried and lost a reaction on held-out text: only those who come as guests)
      const person = PERSON_HEADS.has(headClass(ctx, np.head)) || GUESTS.has(toks[np.head]!.lower);
      // ("welcomed Obama to Nairobi"; not "welcomed the move to a four-day week")
      if (after === 'to' && (person || ctx.name[np.head])) return false;
      return ctx.name[np.head] !== 0 || !person;
    },
  ],
  [
    'deny',
    // "were denied medical care", "denied access to the site", "denied him bail", "can deny
    // their service to users": withheld, not disputed (not "denied the service had been cut", a
    // clause)
    (ctx, s, v) => {
      const toks = ctx.tokens;
      for (let k = v.end; k < s.last && k <= v.end + 3; k++) {
        const w = toks[k]!;
        if (WITHHELD.has(w.lower)) return isVerbLike(toks[k + 1]);
        if (k < v.end + 2 && DENIED_TO.has(w.lower)) continue;
        // ("denied using its services": a gerund denies an act)
        if (w.kind !== 'word' || !isContent(w) || ctx.name[k] || w.lower.endsWith('ing')) break;
      }
      return true;
    },
  ],
  [
    'conclude',
    // "until the inquiry concludes.", "when the hearing concluded,": an end, nothing found
    (ctx, s, v) => {
      const p = beforeVerb(ctx, s, v);
      const n = afterVerb(ctx, v);
      // ("The review is due to conclude by June 14", "concluded on Friday.": its end's time, no
      // clause of what was found after it)
      if (n && ENDING_TIME_PREPS.has(n.lower) && endsAtTime(ctx, s, v.i + 1)) return false;
      if (!n || !(isPunct(n, '.') || isPunct(n, ',') || isPunct(n, ';'))) return true;
      // ('"We will appeal," she concluded.', "The rules were breached, the inquiry concluded.":
      // a tag on the content before it ends what was said, not an event)
      if (contentTag(ctx, s, v)) return true;
      if (isPunct(n, '.')) return false;
      for (let k = v.g - 1; k >= s.first && k >= v.g - 4; k--)
        if (ENDING_AFTER.has(ctx.tokens[k]!.lower)) return false;
      return p !== undefined;
    },
  ],
];

/**
 * Whether `that` at `k` opens a clause: its subject then a verb ("that the law was void", "that
 * early personal computers were marketed"), not a determiner ("that lead until the end").
 */
function thatClause(ctx: Context, s: Sentence, k: number): boolean {
  if (complementAfterThat(ctx, k + 1) && isDet(ctx.tokens[k + 1])) return true;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  const v = np ? ctx.tokens[np.end] : undefined;
  if (v && np!.end < s.last) return isAux(v) || isVerbLike(v) || (v.f & F.REPORT) !== 0;
  return complementAfterThat(ctx, k + 1);
}

/**
 * Whether verb `v` tags the content before it with its subject: a quotation closed with a comma
 * ('"We will appeal," she concluded') or a clause ended by a comma before a subject that can
 * report ("The rules were breached, the inquiry concluded"), the verb ending the sentence.
 */
function contentTag(ctx: Context, s: Sentence, v: Verb): boolean {
  if (quotedBefore(ctx, s, v)) return true;
  const subject = subjectOf(ctx, s, v);
  if (!subject || v.sawAux) return false;
  const start = isPronounSubject(subject) ? subject.pronoun : subject.np.start;
  const end = isPronounSubject(subject) ? subject.pronoun + 1 : subject.np.end;
  const toks = ctx.tokens;
  return (
    end === v.g &&
    start > s.first + 2 &&
    isPunct(toks[start - 1], ',') &&
    contentClause(ctx, s.first, start - 1) &&
    (isPronounSubject(subject)
      ? !THING_PRONOUNS.has(toks[subject.pronoun]!.lower)
      : SPEAKER_CLASSES.has(headClass(ctx, subject.np.head)) ||
        ctx.name[subject.np.head] === 1 ||
        DOCUMENT_NOUNS.has(toks[subject.np.head]!.lower))
  );
}

/**
 * Whether the words from `a` to `b` are a main clause: a finite verb in them ("The rules were
 * breached", "Costs rose"), not opening with a preposition or subordinator ("On Friday", "When
 * the hearing ended").
 */
function contentClause(ctx: Context, a: number, b: number): boolean {
  const toks = ctx.tokens;
  if (isPrep(toks[a]) || SUBORDINATE.has(toks[a]!.lower)) return false;
  for (let k = a; k < b; k++) if (isAuxAt(ctx, k) || isFinitePast(toks[k]!)) return true;
  return false;
}

/** Prepositions of the time something ends: `conclude by June`, `concluded on Friday`. */
const ENDING_TIME_PREPS: ReadonlySet<string> = new Set(['by', 'in', 'on']);

/**
 * Whether the preposition at `k` takes a time (a time word or a number, within two words) and
 * no `that` follows in the clause: "by June 14", "on Friday evening" (not "in its report that").
 */
function endsAtTime(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let time = false;
  for (let q = k + 1; q <= k + 2 && q < s.last; q++)
    if (isTimeWord(toks[q]) || (toks[q]!.kind === 'num' && !isPunct(toks[q + 1], '-'))) time = true;
  if (!time) return false;
  for (let q = k + 1; q < s.last && q <= k + 8; q++) {
    const t = toks[q]!;
    if (t.lower === 'that') return false;
    if (isPunct(t) && !isPunct(t, '-')) break;
  }
  return true;
}

/** Subordinators of time before an ending: `until the inquiry concludes`. */
const ENDING_AFTER: ReadonlySet<string> = new Set(['after', 'before', 'once', 'until', 'when']);

/** What someone is denied when it is withheld: `access`, `bail`, `medical care`. */
const WITHHELD = ruleWords('withheldThings');

/** Whom or whose a thing is denied, before it: `denied him bail`, `deny their service`. */
const DENIED_TO: ReadonlySet<string> = new Set([
  'a',
  'her',
  'him',
  'its',
  'me',
  'the',
  'their',
  'them',
  'us',
  'you',
]);

/** Object pronouns of people greeted: "welcomed them". */
const WELCOMED_PEOPLE: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/** Words after a welcomed object that say where it was received: "welcomed the team home". */
const WELCOMED_INTO: ReadonlySet<string> = new Set(['aboard', 'back', 'home']);

/** Sums paid into an account: `credited the money`, `credited the refund`. */
const CREDITED_SUMS = ruleWords('creditedSums');

/** People who come as guests: `welcomed visitors`, `welcomed its first guests`. */
const GUESTS: ReadonlySet<string> = new Set([
  'arrivals',
  'delegates',
  'delegation',
  'guest',
  'guests',
  'newcomers',
  'pilgrims',
  'tourists',
  'visitor',
  'visitors',
]);

/** Prepositions of being brought in somewhere: `welcomed the ship into the harbour`. */
const RECEIVED_INTO: ReadonlySet<string> = new Set(['into', 'onto']);

/** Head classes of people and posts: `coach`, `chief executive`, `manager`. */
const PERSON_HEADS: ReadonlySet<string> = new Set(['role', 'occupation', 'title', 'person']);

/** What is conceded when a contest is given up: `the election`, `defeat`, `the race`. */
const CONTESTS = ruleWords('contests');

/**
 * A negated passive with no agent says that nobody confirmed it: "Their accounts could not be
 * independently confirmed", "that account has not been confirmed" (a hidden agent, no cue; "was
 * not confirmed by the club" keeps its agent's cue).
 */
function unconfirmed(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  // (the impersonal "it has not been confirmed whether" keeps its cue)
  if (!v.passive || toks[v.g - 1]?.lower === 'it' || byAgent(ctx, s, v.end)) return false;
  for (let k = v.g; k < v.i; k++) if (NEGATIONS.has(toks[k]!.lower)) return true;
  return false;
}

/** Negations inside a verb group: `not`, `never`, `cannot`, `hasn't`. */
const NEGATIONS: ReadonlySet<string> = new Set([
  'cannot',
  "can't",
  "couldn't",
  "hadn't",
  "hasn't",
  "haven't",
  "isn't",
  'never',
  'not',
  "wasn't",
  "weren't",
]);

/** Whether a pronoun subject stands right before the verb, past adverbs: "which he attributed". */
function subjectPronounBefore(ctx: Context, s: Sentence, v: Verb): boolean {
  let k = v.g - 1;
  while (k > s.first && isAdverb(ctx.tokens[k])) k--;
  const t = ctx.tokens[k];
  return k >= s.first && !!t && ((isPronoun(t) && t.lower !== 'it') || ctx.name[k] !== 0);
}

/**
 * Whether the `to` at `k` credits a person or a body ("a remark attributed to the minister"),
 * not a cause ("an outage attributed to a faulty switch").
 */
function creditedToSpeaker(ctx: Context, s: Sentence, k: number): boolean {
  const np = phraseStartingAt(ctx, k + 1, s.last);
  return !!np && (ctx.name[np.head] !== 0 || SPEAKER_CLASSES.has(headClass(ctx, np.head)));
}

/**
 * Whether `admit` at `g..vEnd` confesses something: a clause, a thing or a `to` phrase ("admitted
 * that", "admitted the charges", "admitted to lying"), or the impersonal "it was admitted"; not a
 * person let in ("were admitted to hospital", "admits students on merit").
 */
function admitsContent(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  passive: boolean,
): boolean {
  const toks = ctx.tokens;
  if (passive) return toks[g - 1]?.lower === 'it';
  const n = toks[vEnd];
  // (a count before the people let in: "has admitted 40 patients since Friday")
  const count = n?.kind === 'num';
  if (!n || vEnd >= s.last || !(isWord(n) || count)) return true;
  if (PERSON_OBJECTS.has(n.lower)) return false;
  const np = phraseStartingAt(ctx, vEnd, s.last);
  if (!np || ctx.name[np.head]) return true;
  // "admitted officers had been told to go softly", "admits business has been good": the
  // phrase is the subject of a clause whose auxiliary follows it (not "admits students")
  let e = np.end;
  while (e < s.last && isAdverb(toks[e])) e++;
  if (isAux(toks[e])) return true;
  // ("admits students aged 11 to 18": a phrase read up to an age's number is classed by its
  // first noun)
  const cls = headClass(ctx, toks[np.head]!.kind === 'num' && isWord(n) ? vEnd : np.head);
  return !(
    cls === 'person' ||
    cls === 'role' ||
    cls === 'occupation' ||
    cls === 'nonAgent' ||
    cls === 'organisation'
  );
}

/**
 * `write` is a cue only when something is conveyed: a clause, a quotation, an addressee, a topic
 * or medium, or a text (`wrote a letter`); passive only with its writer (`written by`) or `it`.
 */
/**
 * "never really understood how dangerous the tablets were", "doesn't understand why": grasping
 * a question, after adverbs, not being told something (`understood that` is).
 */
function graspsWhy(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  const w = toks[k]?.lower ?? '';
  return !v.passive && k < s.last && (HOW_WORDS.has(w) || w === 'why' || w === 'whether');
}

/** Where a quarrel is seen: `arguing in a corridor`, `arguing outside the club`. */
const QUARREL_PLACES: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside']);

/** Spans a quarrel lasts: `all night`, `for hours`, `all weekend`. */
const QUARREL_SPANS: ReadonlySet<string> = new Set([
  'afternoon',
  'day',
  'days',
  'evening',
  'hours',
  'morning',
  'night',
  'weekend',
  'weeks',
]);

/** Whether a demonstrative opens a noun's phrase at `k`: "dismissed that argument", "these claims". */
function demonstrativeAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return DEMONSTRATIVES.has(toks[k]?.lower ?? '') && isContent(toks[k + 1]) && !ctx.name[k + 1];
}

const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'these', 'this', 'those']);

/** Objects that are claims: `the idea`, `the allegations`, `reports`. */
const CLAIM_OBJECTS = ruleWords('claimObjects');

/** Worries someone voiced, waved away in the passive: "concerns were dismissed". */
const VOICED_WORRIES: ReadonlySet<string> = new Set([
  'complaint',
  'complaints',
  'concern',
  'concerns',
  'fears',
  'objection',
  'objections',
  'warning',
  'warnings',
  'worries',
]);

/** Prepositions between a worry and its topic: `concerns about`, `fears over`. */
const TOPIC_LINKS: ReadonlySet<string> = new Set(['about', 'over', 'regarding']);

/** Claims a court disposes of: `dismissed the charges`. */
const COURT_OBJECTS: ReadonlySet<string> = new Set(['charge', 'charges']);

/** Question words that with `to` make a skill or task: `learn how to`, `learning what to do`. */
const HOW_WORDS = ruleWords('howWords');

/** Signals that are acknowledged by answering them, not by conceding them. */
const SIGNALS = ruleWords('signals');

/** Object pronouns for people: "admitted him" lets a person in. */
const PERSON_OBJECTS = ruleWords('personObjects');

/** What a side concedes in a game: `conceded a penalty`, `conceded two goals`. */
const SPORTS_SCORES = ruleWords('sportsScores');

/** Clause openers that follow a verb whose object stands before it: `people find when`. */
const TIME_OR_CONDITION: ReadonlySet<string> = new Set([
  'because',
  'if',
  'once',
  'when',
  'whenever',
  'while',
]);

/**
 * Whether `find` has its object before it, in a relative clause with no relative word, and a
 * clause of time or condition after it: "the comfort people find when they pray", "the bargains
 * shoppers find if they wait". What is found is a thing named before, not a finding; a finding
 * keeps its `that` clause later in the sentence ("found when they tested it that").
 */
function foundThingBefore(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || !TIME_OR_CONDITION.has(toks[v.end]?.lower ?? '')) return false;
  for (let k = v.end + 1; k < s.last; k++) if (toks[k]!.lower === 'that') return false;
  return true;
}
