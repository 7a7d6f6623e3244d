/**
 * Senses of single reporting verbs that report nothing: `report for duty`, `state media`, `learn
 * how to`, `tell apart`, `called “hinge_whisperer”`, `admitted to hospital`, `wrote herself a
 * check`. One check per lemma, in `SENSES`: a new wrong sense of a verb goes into its entry.
 */
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import {
  agentiveNoun,
  BE_FORMS,
  CUE_NOUNS,
  DOCUMENT_NOUNS,
  F,
  listedAgentive,
  ruleWords,
  TITLE_ABBREVIATIONS,
  STATEMENT_NOUNS,
} from '../lexicon';
import { quotationAround } from '../entities/quoted-speaker';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import { isParticipleWord } from '../subject/clause';
import { afterQuoteOrComma } from '../subject/inverted';
import type { SubjectResult } from '../subject/result';
import { isPronounSubject } from '../subject/result';
import type { Token } from '../tokenize';
import { byAgent } from './by-agent';
import { clauseFollows, complementAfterThat } from './clause-follows';
import { thingBefore } from './expression-cue';
import type { Verb } from './verb-group';
import { bareIng, subjectOf } from './verb-group';

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
 * The head class of a by-phrase that opens with an adverb after the participle (`explained by
 * exceptionally wet weather`), which `byAgent` does not read; '' when there is none.
 */
function causeAfterBy(ctx: Context, s: Sentence, v: Verb): string {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower !== 'by') return '';
  k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  const np = phraseStartingAt(ctx, k, s.last);
  return np && !ctx.name[np.head] ? headClass(ctx, np.head) : '';
}

/** Whether `by` stands in the few words after `k`, before any punctuation: `on Tuesday by`. */
function byBeforeComma(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 4; q++) {
    if (isPunct(toks[q])) return false;
    if (toks[q]!.lower === 'by') return true;
  }
  return false;
}

/** Subordinators of time before an ending: `until the inquiry concludes`. */
const ENDING_AFTER: ReadonlySet<string> = new Set(['after', 'before', 'once', 'until', 'when']);

/** What someone is denied when it is withheld: `access`, `bail`, `medical care`. */
const WITHHELD = ruleWords('withheldThings');

/** Whether verb `v` is used in a sense that reports something (false: filter it out). */
type SenseCheck = (ctx: Context, s: Sentence, v: Verb) => boolean;

/** The token before the verb inside the sentence, and the one after its first word. */
function around(ctx: Context, s: Sentence, v: Verb): [Token | undefined, Token | undefined] {
  return [v.i > s.first ? ctx.tokens[v.i - 1] : undefined, ctx.tokens[v.i + 1]];
}

const SENSES: ReadonlyMap<string, SenseCheck> = new Map<string, SenseCheck>([
  ['ask', (ctx, s, v) => !questionAside(ctx, s, v) && !publicAppeal(ctx, s, v)],
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
    'say',
    (ctx, s, v) => {
      const [p] = around(ctx, s, v);
      const toks = ctx.tokens;
      // "With Little Say", "the final say": after a quantity word "say" is a noun (a voice in a
      // decision)
      if (toks[v.i]!.lower === 'say' && p && SAY_NOUN_BEFORE.has(p.lower)) return false;
      // "That said, the cuts may not be the last", "Having said that,": a discourse marker
      // (decision 22 of the labelled sets)
      const n = toks[v.i + 1];
      if (
        toks[v.i]!.lower === 'said' &&
        p?.lower === 'that' &&
        v.i - 1 === s.first &&
        n?.lower === ','
      )
        return false;
      if (p?.lower === 'having' && n?.lower === 'that' && toks[v.i + 2]?.lower === ',')
        return false;
      // "and that says everything", "this says a lot about": a fact that tells, nobody speaks
      if (p && THING_SUBJECTS.has(p.lower) && saysMuch(ctx, s, v.end)) return false;
      // "which is to say", "needless to say", "it is fair to say": idioms, not reports
      return !(p?.lower === 'to' && SAY_IDIOMS.has(toks[v.i - 2]?.lower ?? ''));
    },
  ],
  [
    'publish',
    (ctx, s, v) => {
      const [p, n] = around(ctx, s, v);
      const toks = ctx.tokens;
      // "First published February 1, 2016": a dateline
      if (n && (n.f & F.TIME) !== 0 && toks[v.i + 2]?.kind === 'num') return false;
      // "has pledged to publish figures", "hurry to investigate and publish": an act planned or
      // usual, no report of anything
      if (p?.lower === 'to') return false;
      // "This material may not be published, broadcast, rewritten": a permission withheld
      if (v.passive && permission(ctx, v)) return false;
      if (v.passive && publicationEvent(ctx, s, v)) return false;
      // "will not be published until Thursday", "never published", "would publish data next
      // month": nothing has been published yet
      for (let k = Math.max(s.first, v.g - 1); k < v.i; k++)
        if (UNPUBLISHED.has(toks[k]!.lower)) return false;
      // "scientists discuss published research": the participle of a noun
      if (
        toks[v.i]!.lower === 'published' &&
        !v.passive &&
        !v.sawAux &&
        p &&
        (isVerbLike(p) || isPrep(p) || isDet(p) || (p.f & F.REPORT) !== 0) &&
        n &&
        isContent(n) &&
        !isAdverb(n) &&
        !ctx.name[v.i + 1]
      )
        return false;
      if (p?.lower === 'and' || p?.lower === 'or')
        for (let k = v.i - 2; k >= s.first && k >= v.i - 4; k--)
          if (toks[k]!.lower === 'to') return false;
      // "five published papers": after a number, the participle of a noun; "The report,
      // published on Friday, concluded", "if accepted, published alongside a reply": a
      // document's publication set off by a comma
      if (toks[v.i]!.lower === 'published' && !v.sawAux && !v.passive && p) {
        if ((p.kind === 'num' || isQuant(p)) && n && isContent(n)) return false;
        // (but "published on Tuesday by the Schools Standards Office": a by-agent makes it a
        // cue, decision 12 of the labelled sets)
        if (
          isPunct(p, ',') &&
          n &&
          (PUBLICATION_AFTER.has(n.lower) || (n.f & F.TIME) !== 0) &&
          !byBeforeComma(ctx, s, v.end)
        )
          return false;
      }
      return true;
    },
  ],
  [
    'put',
    // "as one economist put it", "put it bluntly": a way of saying; "puts the cost at $2
    // billion", "Turnout was put at 61 percent": an estimate (not "put the book down")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      const n = toks[v.end];
      if (!v.passive && n?.lower === 'it') {
        const a = toks[v.end + 1];
        return (
          toks[v.g - 1]?.lower === 'as' ||
          toks[v.g - 2]?.lower === 'as' ||
          toks[v.g - 3]?.lower === 'as' ||
          !a ||
          v.end + 1 >= s.last ||
          isPunct(a) ||
          isQuote(a) ||
          isAdverb(a) ||
          a.lower === 'this' ||
          a.lower === 'that'
        );
      }
      let at = v.end;
      if (!v.passive) {
        const np = phraseStartingAt(ctx, v.end, s.last);
        if (!np) return false;
        at = np.end;
      }
      if (toks[at]?.lower === 'at') return quantityAt(ctx, at + 1);
      // "put the number closer to 30", "put the toll as high as 40"
      for (let k = v.end; k < s.last && k <= at + 1; k++) {
        const w = toks[k]!.lower;
        if ((w === 'closer' || w === 'nearer') && toks[k + 1]?.lower === 'to')
          return quantityAt(ctx, k + 2);
        if (w === 'as' && toks[k + 2]?.lower === 'as') return quantityAt(ctx, k + 3);
      }
      return false;
    },
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
      const [p, n] = around(ctx, s, v);
      if (p?.lower === 'to' && HOW_WORDS.has(n?.lower ?? '')) return false;
      return !graspsWhy(ctx, s, v);
    },
  ],
  [
    'state',
    (ctx, s, v) => {
      const [p, n] = around(ctx, s, v);
      // "United States to Lift Sanctions": part of a name even where Title Case hides names
      if (p?.lower === 'united') return false;
      // "state media", "state emergency officials": the adjective before a noun ("state Sen.
      // Alan Voight": before a title)
      if (n && (headClass(ctx, v.i + 1) === 'title' || TITLE_ABBREVIATIONS.has(n.lower)))
        return false;
      return !(n && isContent(n) && !isAdverb(n) && !ctx.name[v.i + 1]);
    },
  ],
  [
    'learn',
    // "learn how to fix a pipe", "Workers learning how to": a skill, not information received
    (ctx, s, v) => {
      const [, n] = around(ctx, s, v);
      return !(
        n?.lower === 'to' ||
        (HOW_WORDS.has(n?.lower ?? '') && ctx.tokens[v.i + 2]?.lower === 'to')
      );
    },
  ],
  [
    'cite',
    // "was cited twice last year for blocked exits": a penalty, not a source
    (ctx, s, v) => {
      const toks = ctx.tokens;
      let q = v.i + 1;
      while (
        q < s.last &&
        (isAdverb(toks[q]) || isTimeWord(toks[q]) || CITE_SKIP.has(toks[q]!.lower))
      )
        q++;
      return toks[q]?.lower !== 'for' && !citationCount(ctx, s, v.end);
    },
  ],
  [
    'report',
    // "reported for duty", "reported to work", "must report to their buildings"
    (ctx, s, v) => {
      const [, n] = around(ctx, s, v);
      if (n?.lower === 'for') return false;
      if (reportsAsDuty(ctx, s, v) || creditLine(ctx, s, v) || reportsToSuperior(ctx, s, v))
        return false;
      if (n?.lower !== 'to') return true;
      const np = phraseStartingAt(ctx, v.i + 2, s.last);
      const place = np ? ctx.tokens[np.head]! : ctx.tokens[v.i + 2];
      return !place || !REPORT_TO_PLACES.has(place.lower);
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
      const [p] = around(ctx, s, v);
      const b = ctx.tokens[v.i - 2];
      return !(p?.lower === 'to' && b && BE_FORMS.has(b.lower));
    },
  ],
  [
    'find',
    // "Finding that difficult, he": finding something to be so, not a finding reported
    (ctx, s, v) => {
      const [, n] = around(ctx, s, v);
      const toks = ctx.tokens;
      return !(
        (n?.lower === 'that' || n?.lower === 'it' || n?.lower === 'this') &&
        isContent(toks[v.i + 2]) &&
        isPunct(toks[v.i + 3])
      );
    },
  ],
  ['think', (ctx, s, v) => !quotedOpinion(ctx, v)],
  [
    'feel',
    // 'residents felt "completely ignored"', 'felt "betrayed"': a feeling quoted, no claim (not
    // 'felt "the council had made up its mind"')
    (ctx, s, v) => {
      const toks = ctx.tokens;
      if (quotedOpinion(ctx, v)) return false;
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
      if (n.lower !== 'with' && !scene && !isPunct(n, '.')) return true;
      return clauseFollows(ctx, s, v.g, v.end, v.lemma);
    },
  ],
  [
    'believe',
    // "I believe in natural immunity": faith in something, no claim (not "believes in
    // hindsight that")
    (ctx, s, v) => v.next?.lower !== 'in' || clauseFollows(ctx, s, v.g, v.end, v.lemma),
  ],
  [
    'answer',
    // "a woman who answered the phone said": picking up, not replying to a claim
    (ctx, s, v) => {
      const np = phraseStartingAt(ctx, v.end, s.last);
      return !np || !ANSWERED_DEVICES.has(ctx.tokens[np.head]!.lower);
    },
  ],
  ['tell', tellsSomething],
  ['speak', notAuthorisedTo],
  ['discuss', (ctx, s, v) => notAuthorisedTo(ctx, s, v) && !actedOnUnseen(ctx, s, v)],
  ['flag', (ctx, s, v) => !actedOnUnseen(ctx, s, v)],
  ['predict', (ctx, s, v) => !actedOnUnseen(ctx, s, v)],
  ['declare', (ctx, s, v) => !actedOnUnseen(ctx, s, v)],
  ['call', callsSomething],
  ['brand', brandsSomething],
  [
    'comment',
    // "commented on", "comment that"; not "comment sections" or "not authorized to comment"
    (ctx, s, v) => {
      const [, n] = around(ctx, s, v);
      if (!notAuthorisedTo(ctx, s, v)) return false;
      return !(
        n &&
        isWord(n) &&
        !(n.lower === 'on' || n.lower === 'that' || n.lower === 'to' || n.lower === 'about')
      );
    },
  ],
  [
    'add',
    // "Open the panel to add, move or remove a button": a list of actions, not a statement
    (ctx, s, v) => {
      const [p, n] = around(ctx, s, v);
      return !(p?.lower === 'to' && n && isPunct(n, ','));
    },
  ],
  [
    'write',
    // "wrote herself 37 checks", "was written on an index card": writing that conveys nothing
    (ctx, s, v) => !writingAct(ctx, s, v) && writesContent(ctx, s, v.g, v.end, v.passive),
  ],
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
      const np = v.passive ? null : phraseStartingAt(ctx, v.end, s.last);
      const head = np ? toks[np.head]!.lower : '';
      return CLAIM_OBJECTS.has(head) && !COURT_OBJECTS.has(head);
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
      const person = PERSON_HEADS.has(headClass(ctx, np.head));
      // ("welcomed Obama to Nairobi"; not "welcomed the move to a four-day week")
      if (after === 'to' && (person || ctx.name[np.head])) return false;
      return ctx.name[np.head] !== 0 || !person;
    },
  ],
  [
    'explain',
    // "that explains our survival", "Rents rose, which explains the protests": a fact explains
    // another, nobody explains anything (unlike "a report that explains the rules")
    (ctx, s, v) => {
      const toks = ctx.tokens;
      // "could be explained by other factors": a cause accounts for it, nobody speaks
      if (v.passive) {
        const agent = byAgent(ctx, s, v.end);
        const cls = agent && !agent.named ? headClass(ctx, agent.np.head) : causeAfterBy(ctx, s, v);
        if (cls === 'other' || cls === 'nonAgent') return false;
      }
      const p = toks[v.g - 1];
      if (!p || v.g - 1 < s.first || !DEMONSTRATIVES.has(p.lower)) return true;
      const pp = v.g - 2 >= s.first ? toks[v.g - 2] : undefined;
      if (!pp || !isContent(pp) || isPronoun(pp)) return false;
      return ctx.name[v.g - 2] !== 0 || headClass(ctx, v.g - 2) !== 'other';
    },
  ],
  [
    'deny',
    // "were denied medical care", "denied access to the site": withheld, not disputed
    (ctx, s, v) => {
      const toks = ctx.tokens;
      for (let k = v.end; k < s.last && k <= v.end + 3; k++) {
        const w = toks[k]!;
        if (WITHHELD.has(w.lower)) return false;
        if (w.kind !== 'word' || !isContent(w) || ctx.name[k]) break;
      }
      return true;
    },
  ],
  [
    'conclude',
    // "until the inquiry concludes.", "when the hearing concluded,": an end, nothing found
    (ctx, s, v) => {
      const [p, n] = around(ctx, s, v);
      if (!n || !(isPunct(n, '.') || isPunct(n, ',') || isPunct(n, ';'))) return true;
      if (isPunct(n, '.')) return false;
      for (let k = v.g - 1; k >= s.first && k >= v.g - 4; k--)
        if (ENDING_AFTER.has(ctx.tokens[k]!.lower)) return false;
      return p !== undefined;
    },
  ],
  ['email', messageVerb],
  ['tweet', messageVerb],
  ['reveal', disclosesSomething],
  ['show', disclosesSomething],
]);

/**
 * `email`, `tweet` in a form that is also the noun (`emails`, `tweet`): a verb only after its
 * subject or an auxiliary (`She emails`, `will tweet`), not in a noun phrase (`email addresses`,
 * `Internal emails`, `the names, email addresses`).
 */
function messageVerb(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const w = toks[v.i]!.lower;
  if (w.endsWith('ed') || w.endsWith('ing') || v.sawAux) return true;
  const [p] = around(ctx, s, v);
  if (!p || !isWord(p)) return false;
  return (
    isPronoun(p) ||
    ctx.name[v.i - 1] !== 0 ||
    p.lower === 'to' ||
    isAdverb(p) ||
    (p.f & F.ACTOR) !== 0
  );
}

/**
 * `reveal`, `show`: not a trait of one's own laid bare (`we reveal our true character`, `showed
 * his true colours`): a possessive, an optional `true`, then a trait word.
 */
function disclosesSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (!POSSESSIVES.has(toks[k]?.lower ?? '')) return true;
  k++;
  if (toks[k]?.lower === 'true' || toks[k]?.lower === 'real') k++;
  return !TRAITS.has(toks[k]?.lower ?? '');
}

/** Words that stand for a fact before `explains`: `that`, `this`, `which`. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'which']);

/** Object pronouns of people greeted: "welcomed them". */
const WELCOMED_PEOPLE: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/** Words after a welcomed object that say where it was received: "welcomed the team home". */
const WELCOMED_INTO: ReadonlySet<string> = new Set(['aboard', 'back', 'home']);

/** Head classes of people and posts: `coach`, `chief executive`, `manager`. */
const PERSON_HEADS: ReadonlySet<string> = new Set(['role', 'occupation', 'title', 'person']);

/** Possessive determiners: `our`, `their`, `his`. */
const POSSESSIVES = ruleWords('possessiveDeterminers');

/** Words in a verb group that say nothing is published yet: `not`, `never`, `will`. */
const UNPUBLISHED: ReadonlySet<string> = new Set(["'ll", "n't", 'never', 'not', 'will', 'would']);

/** What is conceded when a contest is given up: `the election`, `defeat`, `the race`. */
const CONTESTS = ruleWords('contests');

/** What one's acts reveal about oneself: `character`, `colours`, `nature`. */
const TRAITS = ruleWords('selfTraits');

/** Whether the lemma-specific sense rules let verb `v` stand as a cue. */
export function reportingSense(ctx: Context, s: Sentence, v: Verb): boolean {
  if (comparedWith(ctx, s, v) || nounBeforeVerb(ctx, s, v) || toldToExpect(ctx, v)) return false;
  const check = SENSES.get(v.lemma);
  return !check || check(ctx, s, v);
}

/**
 * A verb of expectation in a comparison's `than` clause measures, it reports nothing: "moved
 * faster than any model predicted", "worse than analysts had feared" (not "more than 40
 * officials said"). A verb of telling or showing there still credits what was told: "higher
 * than countries had reported", "sharper than the minutes suggest".
 */
function comparedWith(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.entry.cue !== 'belief' && !EXPECTING.has(v.lemma)) return false;
  const toks = ctx.tokens;
  for (let k = v.g - 1; k >= s.first && k >= v.g - 6; k--) {
    const t = toks[k]!;
    if (t.lower === 'than') return !QUANTITY_COMPARATIVES.has(toks[k - 1]?.lower ?? '');
    if (
      isPunct(t) ||
      isQuote(t) ||
      isVerbLike(t) ||
      ((t.f & F.CONJ) !== 0 && COORDINATORS.has(t.lower))
    )
      return false;
  }
  return false;
}

const COORDINATORS = ruleWords('coordinators');

/**
 * The reporter's question set off before the answer's own verb: "Asked about the video, a
 * spokesman said", "Prael, asked whether a deal was close, insisted": a participle aside after
 * the sentence start or a comma, its question, then a comma; the answer is the cue.
 */
function questionAside(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || v.i !== v.g || toks[v.i]!.lower !== 'asked') return false;
  if (v.i !== s.first && !isPunct(toks[v.i - 1], ',')) return false;
  if (!QUESTION_OPENERS.has(v.next?.lower ?? '')) return false;
  for (let k = v.end + 1; k < s.last; k++) if (isPunct(toks[k], ',')) return true;
  return false;
}

/**
 * "Anyone with information is asked to call police": an appeal to the public, in the passive
 * with a subject of anyone at all, asks nothing of anyone in the story.
 */
function publicAppeal(ctx: Context, s: Sentence, v: Verb): boolean {
  if (!v.passive || ctx.tokens[v.end]?.lower !== 'to') return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  return ANYONE.has(ctx.tokens[subject.np.start]!.lower);
}

/** Subjects of an appeal to the public: `anyone`, `anybody`. */
const ANYONE: ReadonlySet<string> = new Set(['anybody', 'anyone', 'whoever']);

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

/** Words that open the question after `asked`: `about`, `whether`, `why`. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set([
  'about',
  'how',
  'if',
  'what',
  'when',
  'whether',
  'who',
  'why',
]);

/**
 * A verb of belief in the infinitive after a verb of telling is what someone was told to do, not
 * a belief anyone holds: "staff had been told informally to expect big changes", "were advised
 * to assume the worst" (the telling is the cue).
 */
function toldToExpect(ctx: Context, v: Verb): boolean {
  if (v.entry.cue !== 'belief') return false;
  const toks = ctx.tokens;
  let k = v.g - 1;
  if (toks[k]?.lower !== 'to') return false;
  k--;
  while (k > 0 && isAdverb(toks[k])) k--;
  return TELLING.has(toks[k]?.lower ?? '');
}

/** Verbs that address a hearer: `told`, `advised`, `warned`. */
const TELLING = ruleWords('addressing');

/** Verbs of foretelling outside the belief class: `predict`, `forecast`, `project`. */
const EXPECTING: ReadonlySet<string> = new Set(['forecast', 'predict', 'project']);

const DETERMINER_PRONOUNS: ReadonlySet<string> = new Set(['that', 'these', 'this', 'those']);

/** Comparatives of number or choice before `than`: `more than a dozen`, `other than`. */
const QUANTITY_COMPARATIVES: ReadonlySet<string> = new Set([
  'fewer',
  'less',
  'more',
  'other',
  'rather',
]);

/**
 * A cue noun that is the subject of the verb after it, not a verb: "that estimate is too
 * optimistic", "That warning does not stop" (not "What the group claims is false").
 */
function nounBeforeVerb(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.sawAux || v.passive || v.end !== v.i + 1) return false;
  const toks = ctx.tokens;
  const w = toks[v.i]!.lower;
  const n = toks[v.end];
  if (!n || !isWord(n) || !CUE_NOUNS.has(w)) return false;
  for (let k = v.i - 1; k >= s.first && k >= v.i - 6; k--)
    if (toks[k]!.lower === 'what') return false;
  const p = toks[v.i - 1];
  // ("he claims", but "that estimate": a demonstrative determiner)
  if (!p || v.i === s.first || (isPronoun(p) && !DETERMINER_PRONOUNS.has(p.lower))) return false;
  return (n.f & (F.AUX | F.BE)) !== 0;
}

/**
 * "“I think this study is groundbreaking,” says Allen", "“Danny thought it was all getting out
 * of hand,” she said": an opinion verb inside a quotation is the speaker's way of talking, and
 * the quotation's own cue credits what is said.
 */
function quotedOpinion(ctx: Context, v: Verb): boolean {
  return quotationAround(ctx, v.i) !== null;
}

/**
 * A verb of handling a thing (`discuss`, `flag`, `predict`, `declare`) in a passive with no
 * agent: "The budget was discussed at length", "accounts were flagged for review", "its timing
 * cannot be predicted", "gifts had been declared to the office", and the reduced "applicants
 * flagged with a star". The subject is what was handled, not anything said, and nobody is
 * credited; with its agent ("flagged by inspectors") or as "it was predicted that" it reports.
 */
function actedOnUnseen(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (byBeforeComma(ctx, s, v.end)) return false;
  if (v.passive) return !(toks[v.g - 1]?.lower === 'it' && toks[v.end]?.lower === 'that');
  // the reduced passive after its noun: "applicants flagged with a star"
  const p = toks[v.i - 1];
  const n = toks[v.end];
  return (
    !v.sawAux &&
    /ed$/.test(toks[v.i]!.lower) &&
    v.i > s.first &&
    !!p &&
    isContent(p) &&
    !isPronoun(p) &&
    !ctx.name[v.i - 1] &&
    !!n &&
    REDUCED_PASSIVE_NEXT.has(n.lower)
  );
}

/** Prepositions that open a reduced passive's phrase: "flagged with a star", "flagged as late". */
const REDUCED_PASSIVE_NEXT: ReadonlySet<string> = new Set(['as', 'for', 'with']);

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
 * "who was not authorized to speak publicly", "not permitted to discuss the case": the reason a
 * source is anonymous, not something said.
 */
function notAuthorisedTo(ctx: Context, s: Sentence, v: Verb): boolean {
  const [p] = around(ctx, s, v);
  return !(p?.lower === 'to' && AUTHORISATION.has(ctx.tokens[v.i - 2]?.lower ?? ''));
}

/** `tell`: not `all told`, `telling the difference`, `tell apart`, or a generic `will tell you`. */
function tellsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const [p, n] = around(ctx, s, v);
  const toks = ctx.tokens;
  const i = v.i;
  if (p?.lower === 'all') return false;
  // "a hard time telling between 4K and 1080p", "telling the difference": distinguishing
  if (n?.lower === 'between' || (n?.lower === 'the' && toks[i + 2]?.lower === 'difference'))
    return false;
  // "any banker will tell you": a generic, not a report from anyone in the story
  // ("we can tell you the race was not discussed" is a spokesman's statement)
  if (
    n?.lower === 'you' &&
    p &&
    GENERIC_MODALS.has(p.lower) &&
    toks[i - 2]?.lower !== 'we' &&
    toks[i - 2]?.lower !== 'i'
  )
    return false;
  for (let k = i + 1; k <= i + 3 && k < s.last; k++) if (toks[k]!.lower === 'apart') return false;
  return true;
}

/** `call`: not `call for`, `call off`, or naming (`an account called “hinge_whisperer”`). */
function callsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const [p, n] = around(ctx, s, v);
  if (n && (n.lower === 'for' || n.lower === 'off' || n.lower === 'on' || n.lower === 'up'))
    return false;
  return !(
    ctx.tokens[v.i]!.lower === 'called' &&
    p &&
    isContent(p) &&
    !ctx.name[v.i - 1] &&
    !isAdverb(p) &&
    // "one former official called it": a speaker is no thing being named; nor is a listed
    // person noun of no class of its own ("a former minister called it"), unless a name follows
    // ("a pal called Dex", "a figure called “the Fixer”")
    !SPEAKER_CLASSES.has(headClass(ctx, v.i - 1)) &&
    !(listedAgentive(p.lower) && !nameFollows(ctx, s, v.i + 1))
  );
}

/**
 * `brand`: giving someone or something a label ("branded the plans “a disgrace”", "was branded a
 * liar", "branded him as reckless"), not marking goods or cattle ("branded goods", "the cattle
 * were branded").
 */
function brandsSomething(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.i + 1;
  if (labelStarts(toks[k])) return true;
  if (isPronoun(toks[k])) k++;
  else {
    const np = phraseStartingAt(ctx, k, s.last);
    if (!np) return false;
    k = np.end;
  }
  return k < s.last && labelStarts(toks[k]);
}

/** Whether a label starts at `t`: a quotation, `a`/`an`, or `as`. */
function labelStarts(t: Token | undefined): boolean {
  return !!t && (isQuote(t) || t.lower === 'a' || t.lower === 'an' || t.lower === 'as');
}

/** Whether a capitalised word comes within two words of `k`, past quotation marks. */
function nameFollows(ctx: Context, s: Sentence, k: number): boolean {
  let words = 0;
  for (let q = k; q < s.last && words < 2; q++) {
    const t = ctx.tokens[q]!;
    if (isQuote(t)) continue;
    if (t.kind !== 'word') return false;
    if (t.cap || ctx.name[q]) return true;
    words++;
  }
  return false;
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
  if (!n || vEnd >= s.last || !isWord(n)) return true;
  if (PERSON_OBJECTS.has(n.lower)) return false;
  const np = phraseStartingAt(ctx, vEnd, s.last);
  if (!np || ctx.name[np.head]) return true;
  const cls = headClass(ctx, np.head);
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

/**
 * "before writing this post", "after writing the report": writing in an adverbial -ing clause
 * with the text as its object is an act, not what the text says.
 */
function writingAct(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || !toks[v.i]!.lower.endsWith('ing') || !TIME_LINKS.has(toks[v.i - 1]?.lower ?? ''))
    return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  return (
    !!np &&
    isDet(toks[v.end]) &&
    (DOCUMENT_NOUNS.has(toks[np.head]!.lower) || WRITTEN_TEXTS.has(toks[np.head]!.lower))
  );
}

/** Prepositions of time before an -ing clause: `before` (writing), `after`, `while`. */
const TIME_LINKS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'while']);

function writesContent(
  ctx: Context,
  s: Sentence,
  g: number,
  vEnd: number,
  passive: boolean,
): boolean {
  const toks = ctx.tokens;
  if (passive) return !!byAgent(ctx, s, vEnd) || toks[g - 1]?.lower === 'it';
  // "The memo, written in March, warns", "The recipe, written on an index card,": a bare
  // participle describes the thing written; only its writer (`written by`) makes it a cue
  if (toks[g]!.lower === 'written') return !!byAgent(ctx, s, vEnd);
  // `“...,” wrote Jennifer Light`: the quotation is what was written
  if (afterQuoteOrComma(ctx, g)) return true;
  let k = vEnd;
  while (k < s.last && (isAdverb(toks[k]) || isTimeWord(toks[k]))) k++;
  const n = toks[k];
  if (n && WRITE_PREPS.has(n.lower)) return true;
  if (clauseFollows(ctx, s, g, vEnd, 'write')) return true;
  if (!n || !(isDet(n) || isContent(n) || n.kind === 'num')) return false;
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np) return false;
  const head = toks[np.head]!.lower;
  return DOCUMENT_NOUNS.has(head) || STATEMENT_NOUNS.has(head) || WRITTEN_TEXTS.has(head);
}

/**
 * Checks that need the verb's subject, for an active verb with its subject before it: things
 * prove (`it proved harder`) or depict (`equations that described the motion`) without
 * reporting anything.
 */
export function subjectSense(ctx: Context, s: Sentence, v: Verb, subject: SubjectResult): boolean {
  const toks = ctx.tokens;
  // "Nobody is suggesting", "No one has claimed", "none of them said": a claim nobody makes
  // credits no source (a negated cue is optional in the guideline; a source "Nobody" is wrong)
  if (
    subject &&
    negativeSubject(ctx, isPronounSubject(subject) ? subject.pronoun : subject.np.start)
  )
    return false;
  // "it proved harder", "the test proved the engine safe": a thing turning out, not a finding
  // credited to anyone (a document or a person proves a claim)
  if (v.lemma === 'prove') {
    const thing = isPronounSubject(subject)
      ? toks[v.g - 1]?.lower === 'it'
      : subject !== null &&
        !ctx.name[subject.np.head] &&
        headClass(ctx, subject.np.head) === 'other';
    if (thing) return false;
  }
  // "The storm threatened to flood the town", "an assault that threatened to upset": a thing
  // that risks something threatens nobody
  if (v.lemma === 'threaten' && toks[v.end]?.lower === 'to') {
    const thing = isPronounSubject(subject)
      ? toks[v.g - 1]?.lower === 'it'
      : thingBefore(ctx, s, v.g) ||
        (subject !== null &&
          !ctx.name[subject.np.head] &&
          headClass(ctx, subject.np.head) === 'other' &&
          !agentiveNoun(toks[subject.np.head]!.lower));
    if (thing) return false;
  }
  // "equations that described the motion", "programs that revealed the signatures": a thing
  // that is neither a document nor an actor depicts something, it reports nothing
  if (!subject || isPronounSubject(subject) || !DEPICTION_VERBS.has(v.lemma)) return true;
  const head = subject.np.head;
  return !(
    !ctx.name[head] &&
    (toks[v.g - 1]?.lower === 'that' || toks[v.g - 1]?.lower === 'which') &&
    headClass(ctx, head) === 'other' &&
    !agentiveNoun(toks[head]!.lower) &&
    !DOCUMENT_NOUNS.has(toks[head]!.lower)
  );
}

/** Whether the phrase at `start` is negative: `nobody`, `no one`, `no group`, `none of ...`. */
function negativeSubject(ctx: Context, start: number): boolean {
  const first = ctx.tokens[start]?.lower;
  if (first === 'nobody' || first === 'none' || first === 'no-one') return true;
  // "None of the engineers said": the subject search stops at the group
  if (ctx.tokens[start - 1]?.lower === 'of' && ctx.tokens[start - 2]?.lower === 'none') return true;
  // "No one has claimed", "no group claimed responsibility"
  return first === 'no';
}

/** Words before which `say` is the noun (a voice in a decision): `little say`, `the final say`. */
const SAY_NOUN_BEFORE = ruleWords('sayNounBefore');

const SAY_IDIOMS = ruleWords('sayIdioms');

/**
 * Whether the words from `k` are how much a fact says, ending there or going on to `about`:
 * "says everything,", "says a lot about", "says it all." (not "says much of the funding was").
 */
function saysMuch(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  if (w === 'a' && toks[k + 1]?.lower === 'lot') k += 2;
  else if (w === 'it' && toks[k + 1]?.lower === 'all') k += 2;
  else if (SAYS_MUCH.has(w)) k++;
  else return false;
  const e = toks[k];
  return !e || k >= s.last || isPunct(e) || isQuote(e) || e.lower === 'about';
}

/** What a fact says: `says everything`, `says volumes`. */
const SAYS_MUCH: ReadonlySet<string> = new Set([
  'everything',
  'little',
  'much',
  'nothing',
  'plenty',
  'something',
  'volumes',
]);

/** Subjects that are facts, not speakers, right before `says`: `that`, `this`. */
const THING_SUBJECTS: ReadonlySet<string> = new Set(['that', 'this']);

/** Where a quarrel is seen: `arguing in a corridor`, `arguing outside the club`. */
const QUARREL_PLACES: ReadonlySet<string> = new Set(['at', 'in', 'inside', 'outside']);

/** Objects that are claims: `the idea`, `the allegations`, `reports`. */
const CLAIM_OBJECTS = ruleWords('claimObjects');

/** Claims a court disposes of: `dismissed the charges`. */
const COURT_OBJECTS: ReadonlySet<string> = new Set(['charge', 'charges']);

/** Question words that with `to` make a skill or task: `learn how to`, `learning what to do`. */
const HOW_WORDS = ruleWords('howWords');

/** Modals of a generic `tell you`: `any banker will tell you`, `they'd tell you`. */
const GENERIC_MODALS = ruleWords('genericModals');

const CITE_SKIP = ruleWords('citeSkip');

/** What is answered by picking it up or opening it: `the phone`, `the door`. */
const ANSWERED_DEVICES = ruleWords('answeredDevices');

/**
 * A count of citations, no source cited: "have been cited more than 2,300 times", "was cited
 * 40 times in a year" (the words from `k`: a number, with `more than` or `over`, then `times`).
 */
function citationCount(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 4; q++) {
    const w = toks[q]!;
    if (w.lower === 'times') return q > k && toks[q - 1]!.kind === 'num';
    if (!(w.kind === 'num' || w.lower === 'more' || w.lower === 'than' || w.lower === 'over'))
      return false;
  }
  return false;
}

/** Head classes of phrases that can speak. */
const SPEAKER_CLASSES: ReadonlySet<string> = ruleWords('speakerClasses');

/** Signals that are acknowledged by answering them, not by conceding them. */
const SIGNALS = ruleWords('signals');

/** Object pronouns for people: "admitted him" lets a person in. */
const PERSON_OBJECTS = ruleWords('personObjects');

/** Prepositions after `wrote` that introduce an addressee, topic or medium. */
const WRITE_PREPS = ruleWords('writePreps');

/** Texts one writes that convey something: `wrote a column`, `wrote an essay`. */
const WRITTEN_TEXTS = ruleWords('writtenTexts');

/** Verbs that a thing can do without reporting: `equations that describe the motion`. */
const DEPICTION_VERBS = ruleWords('depictionVerbs');

/** Participles of permission: `not authorized to speak`, `not permitted to discuss`. */
const AUTHORISATION = ruleWords('authorisation');

/** Where one reports to start work: `report to their buildings`, `reported to base`. */
const REPORT_TO_PLACES = ruleWords('reportToPlaces');

/**
 * A filing duty, not an account given: "must report income", "failing to report gifts",
 * "Farmers report earnings from subsidies": `report` not in the past, whose object is money or
 * holdings with no figure ("reported income of $4 million" is a company's account of itself).
 */
function reportsAsDuty(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive || !/^report(?:s|ing)?$/.test(toks[v.i]!.lower)) return false;
  // past a determiner and up to two modifiers: "report all foreign income", "rental income"
  let k = v.end;
  if (isDet(toks[k])) k++;
  for (const stop = k + 2; k < stop && k < s.last && isWord(toks[k]); k++)
    if (REPORT_DUTY_OBJECTS.has(toks[k]!.lower)) break;
  if (!REPORT_DUTY_OBJECTS.has(toks[k]?.lower ?? '')) return false;
  const after = toks[k + 1];
  return !(after && (after.lower === 'of' || after.kind === 'num'));
}

const REPORT_DUTY_OBJECTS = ruleWords('reportDutyObjects');

/**
 * A line of command, no report: "Osei, who reports directly to the chair, ...", "Thorne
 * reported to Calder directly." (`report to` a person with nothing reported after it; not "had
 * been reported to the ministry", nor "reported to the board that").
 */
function reportsToSuperior(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive) return false;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower !== 'to') return false;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  if (!np) return false;
  const cls = headClass(ctx, np.head);
  if (!(cls === 'role' || cls === 'title' || cls === 'occupation' || cls === 'person'))
    if (ctx.name[np.head] !== 1) return false;
  let e = np.end;
  while (e < s.last && isAdverb(toks[e])) e++;
  const w = toks[e];
  return !w || e >= s.last || (isPunct(w) && w.lower !== ':') || w.lower === 'and';
}

/**
 * A document's publication, no report: "The results were published Thursday in the journal",
 * "is expected to be published in the official gazette", "published alongside a reply", "when
 * the minutes were published,".
 */
function publicationEvent(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (toks[v.g - 1]?.lower === 'to' || toks[v.g - 2]?.lower === 'to') return true;
  let k = v.end;
  while (k < s.last && (isTimeWord(toks[k]) || PUBLICATION_TIME_LEADS.has(toks[k]!.lower))) k++;
  const w = toks[k]?.lower;
  // "was disclosed only when the minutes were published, and": a publication ending its clause
  // ("...were published, and", "was published.")
  if (k >= s.last || (isPunct(toks[k]) && w !== ':') || w === 'and' || w === 'but') return true;
  return PUBLICATION_PLACES.has(w ?? '');
}

/** Where a document is published: `in the journal`, `alongside a reply`, `online`. */
const PUBLICATION_PLACES_LIST = ['in', 'alongside', 'online'];
const PUBLICATION_PLACES: ReadonlySet<string> = new Set(PUBLICATION_PLACES_LIST);

/** Words before a time word after `published`: `last month`, `on Monday`, `this week`. */
const PUBLICATION_TIME_LEADS_LIST = ['last', 'on', 'this', 'earlier'];
const PUBLICATION_TIME_LEADS: ReadonlySet<string> = new Set(PUBLICATION_TIME_LEADS_LIST);

/** What follows a publication set off by a comma: `, published on Friday,`, `, published in`. */
const PUBLICATION_AFTER: ReadonlySet<string> = new Set([
  ...PUBLICATION_PLACES_LIST,
  ...PUBLICATION_TIME_LEADS_LIST,
]);

/** Whether a quantity starts at token `k`: `61 percent`, `$2 billion`, `about 40`, `nearly half`. */
function quantityAt(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let t = toks[k];
  if (t && QUANTITY_LEADS.has(t.lower)) t = toks[++k];
  return (
    !!t &&
    (t.kind === 'num' ||
      t.lower === '$' ||
      t.lower === '£' ||
      t.lower === '€' ||
      NUMBER_WORDS.has(t.lower))
  );
}

/** Words before a number in an estimate: `about 40`, `nearly half`, `at least 12`. */
const QUANTITY_LEADS: ReadonlySet<string> = new Set([
  ...ruleWords('quantityStarts'),
  'around',
  'over',
  'some',
  'up',
]);

/** Number words that start an estimate: `half`, `a third`, `two`, `thousands`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...ruleWords('numberWords'),
  'a',
  'half',
  'one',
  'millions',
  'billions',
  'several',
]);

/** Whether verb group `v` is a modal under negation: `may not be`, `cannot be`, `must not be`. */
function permission(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  let modal = false;
  let not = false;
  for (let k = v.g; k < v.i; k++) {
    const w = toks[k]!.lower;
    if (w === 'may' || w === 'must' || w === 'might' || w === 'can') modal = true;
    else if (w === 'not' || w === "n't") not = true;
    else if (w === 'cannot') modal = not = true;
  }
  return modal && not;
}

/**
 * A wire story's credit line: "Reporting by Tom Hale; Editing by Sarah Lund", "Additional
 * reporting by ...": who wrote the story, not a source of it.
 */
function creditLine(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (toks[v.i]!.lower !== 'reporting' || toks[v.i + 1]?.lower !== 'by') return false;
  // (also in parentheses at a story's end: "(Reporting by Mira Tass; Editing by Joel Fenn)")
  const p = toks[v.i - 1]?.lower;
  const start =
    v.i === s.first ||
    p === '(' ||
    (p === 'additional' && (v.i - 1 === s.first || toks[v.i - 2]?.lower === '('));
  return start && ctx.name[v.i + 2] === 1;
}

/** What a side concedes in a game: `conceded a penalty`, `conceded two goals`. */
const SPORTS_SCORES = ruleWords('sportsScores');
