/**
 * Finding who a reporting verb credits: the subject to its left, across adverbs, asides and
 * relative clauses, or the subject of an earlier verb it is coordinated with (`called 911 and
 * said`). Each subject pattern has its own function; `findSubject` tries them in turn.
 */
import type { Context } from '../context';
import { wordBits } from '../word-bits';
import {
  isAdverb,
  isAux,
  isConj,
  isContent,
  isDet,
  isHedgeWord,
  isHeadline,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isRelative,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import {
  agentiveNoun,
  BE_FORMS,
  F,
  ORG_SUFFIXES,
  OTHER_ABBREVIATIONS,
  REPORTING_VERBS,
  ruleWords,
  STATIVE_PARTICIPLES,
} from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import {
  ANON_MODIFIERS,
  currency,
  isPluralNoun,
  nominal,
  participleLike,
  POST_PREPS,
  statusAdjective,
} from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { nounPhrase, withEnd, withStart } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { subjectBeforeAside } from './aside';
import {
  ASIDE_DASHES,
  clauseFloor,
  isAuxAt,
  isContentWord,
  isFinitePast,
  isHardBoundary,
  isParticipleWord,
  SUBORDINATE,
} from './clause';
import { freeRelativeVerb, pairedQuotations, reducedAfterObject } from './conjunct-verbs';
import { partitivePronoun } from './partitive';
import { objectIt } from './relative-object';
import { peopleBeforePreposition } from './people-before-preposition';
import { antecedent, relativeAntecedent, relativeSearch } from './relative';
import { thoseDescribed } from './those-described';
import type { SourcePhrase, SubjectResult } from './result';
import { isPronounSubject, withNamed } from './result';

/** The subject of the verb group starting at token `g`. */
/** Reflexives that can follow a subject to stress it: `the mayor herself said`. */
const INTENSIFIERS: ReadonlySet<string> = new Set([
  'herself',
  'himself',
  'itself',
  'myself',
  'ourselves',
  'themselves',
]);

/** Determiners that stand alone for people as a subject: `Another said`, `Both told`. */
const STANDING_ALONE: ReadonlySet<string> = new Set([
  'another',
  'both',
  'each',
  'either',
  'neither',
]);

export function findSubject(ctx: Context, s: Sentence, g: number, depth = 0): SubjectResult {
  const j = subjectEnd(ctx, s, g);
  if (j < s.first) return null;
  const toks = ctx.tokens;
  const scare = scareQuoted(ctx, s, j);
  if (scare) return subjectAround(ctx, s, scare, clauseFloor(ctx, s, scare.start), depth);
  const t = toks[j]!;
  if (isRelative(t) && isWord(t)) return antecedent(ctx, s, j);
  const contact = pronounContact(ctx, s, j, depth);
  if (contact) return contact;
  const lists = listsOf(t);
  // "bank records ..., which he said showed": a relative clause with a verb of saying inside
  const rel = toks[j - 2];
  if (
    (lists & IN_SAYING) !== 0 &&
    rel &&
    j - 2 >= s.first &&
    isRelative(rel) &&
    (isPronoun(toks[j - 1]) || ctx.name[j - 1])
  )
    return antecedent(ctx, s, j - 2);
  // "One of them told": a quantified part of a group is a source, unlike a bare pronoun
  const part = partitivePronoun(ctx, j, s.first);
  if (part) return { np: part, named: false };
  // "Another said", "Both told the court": a determiner standing alone for one more of the
  // people before it, at the start of its clause
  // (or right after a quotation it closes: `"...," another added`)
  if (
    (lists & IN_STANDING_ALONE) !== 0 &&
    (j === s.first ||
      isPunct(toks[j - 1]) ||
      isConj(toks[j - 1]) ||
      (isQuote(toks[j - 1]) && !isOpenQuote(toks[j - 1]) && isPunct(toks[j - 2], ',')))
  )
    return { np: { start: j, end: j + 1, head: j, coreEnd: j + 1 }, named: false };
  // "Residents there say", "staff here said": a place adverb after a plural head that opens
  // its clause, not the pronoun
  const placed = placeAfterHead(ctx, s, j, depth);
  if (placed) return placed;
  // "The mayor herself said", "The report itself notes": an intensifying reflexive stands
  // after the subject, which is the word before it, not the reflexive
  if ((lists & IN_INTENSIFIERS) !== 0 && j > s.first) {
    const before = toks[j - 1]!;
    if (isPronoun(before) && !INTENSIFIERS.has(before.lower)) return { pronoun: j - 1 };
    if (isContent(before) && !isVerbLike(before)) return phraseSubject(ctx, s, j - 1, depth);
  }
  // "A neighbour who was there said": a place adverb that ends a relative clause after its verb
  if ((t.lower === 'there' || t.lower === 'here') && relativeVerbBefore(ctx, j - 1)) {
    const rel = relativeAntecedent(ctx, s, j, clauseFloor(ctx, s, j));
    if (rel && !isPronounSubject(rel)) return rel;
  }
  if (isPronoun(t) && !isQuant(t))
    return pronounObject(ctx, s, j) ?? modifierOfSubject(ctx, s, j) ?? { pronoun: j };
  // generic "one could argue"
  if (t.lower === 'one' && (j === s.first || isPunct(toks[j - 1])) && isAuxAt(ctx, g))
    return { pronoun: j };
  if (isConj(t)) {
    if (depth >= 2) return null;
    return coordinatedSubject(ctx, s, j, depth, g) ?? headlineConjunct(ctx, s, j, g, depth);
  }
  if (isPunct(t, ',')) {
    // "Senator Halvorsen Concedes Primary, Credits Rival": a headline's comma joins predicates
    if (depth < 2 && ctx.titleCase[ctx.sentenceOf[j]!]) {
      for (let k = j - 1; k > s.first; k--) {
        const w = toks[k]!;
        if (w.kind !== 'word' || (w.f & F.REPORT) === 0 || ctx.name[k]) continue;
        const r = findSubject(ctx, s, k, depth + 1);
        if (r) return r;
        break;
      }
    }
    // "Bank holds rates, signals cut": a headline's comma joins two present predicates
    if (depth < 2) {
      const shared = headlineConjunct(ctx, s, j, g, depth);
      if (shared) return shared;
    }
    // `X, who described the team as “a closed shop”, said`: an aside that ends in a quotation,
    // the comma after its closing mark
    if (isQuote(toks[j - 1]) && !isOpenQuote(toks[j - 1])) {
      let q = j - 2;
      while (q >= s.first && !isQuote(toks[q])) q--;
      if (isOpenQuote(toks[q]) && (isRelativeAside(ctx, s, q) || isDescribingAside(ctx, s, q)))
        return subjectBeforeAside(ctx, s, j, q);
    }
    return subjectBeforeAside(ctx, s, j);
  }
  // an aside that ends in a quotation: `X, who goes by the handle “kestrel_9,” said`
  if (isQuote(t) && !isOpenQuote(t) && isPunct(toks[j - 1], ',') && !isOpenQuote(toks[s.first])) {
    let q = j - 1;
    while (q >= s.first && !isOpenQuote(toks[q])) q--;
    return subjectBeforeAside(ctx, s, j - 1, Math.max(q, s.first));
  }
  // "said his client “firmly denies” the charge": a quotation that opens at the verb
  if (opensAtVerb(ctx, s, j, g)) return phraseSubject(ctx, s, j - 1, depth);
  // "A coach who called the decision “a disgrace” said": a quotation that ends a modifier
  if (isQuote(t)) return quotedObject(ctx, s, j);
  if (isHardBoundary(ctx, j)) return null;
  return phraseSubject(ctx, s, j, depth);
}

/**
 * Whether a participle phrase or an apposition fenced by a comma opens between the sentence's
 * start and the quotation mark at `q`, with only words and numbers in between: `The memo, dated 3
 * May and marked “`, `A second report, a leaked note marked “`. (A relative clause is
 * `isRelativeAside`'s.)
 */
function isDescribingAside(ctx: Context, s: Sentence, q: number): boolean {
  const toks = ctx.tokens;
  for (let k = q - 1; k > s.first; k--) {
    const w = toks[k]!;
    if (isPunct(w, ',')) {
      const first = toks[k + 1]!;
      return (isParticipleWord(first) && !isAuxAt(ctx, k + 1)) || APPOSITION_DETS.has(first.lower);
    }
    if (w.kind !== 'word' && w.kind !== 'pos' && w.kind !== 'num') return false;
  }
  return false;
}

/**
 * Whether the comma before the verb at `g` closes a quotation that ends a describing aside:
 * `The memo, dated 3 May and marked “secret”, says` is no `“...”, says X` inversion.
 */
export function quotedLabelAside(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  const close = toks[g - 2];
  if (!isPunct(toks[g - 1], ',') || !isQuote(close) || isOpenQuote(close)) return false;
  let q = g - 3;
  while (q > s.first && q > g - 16 && !isQuote(toks[q])) q--;
  return isOpenQuote(toks[q]) && isDescribingAside(ctx, s, q);
}

/** Determiners that open an apposition describing the subject: `, a leaked note marked`. */
const APPOSITION_DETS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/**
 * Whether a relative clause fenced by a comma opens between the sentence's start and the
 * quotation mark at `q`, with no other punctuation in between: `X, who described the team as “`.
 */
function isRelativeAside(ctx: Context, s: Sentence, q: number): boolean {
  const toks = ctx.tokens;
  for (let k = q - 1; k > s.first; k--) {
    const w = toks[k]!;
    if (w.kind === 'word' && (w.lower === 'who' || w.lower === 'which'))
      return isPunct(toks[k - 1], ',');
    if (w.kind !== 'word' && w.kind !== 'pos') return false;
  }
  return false;
}

/**
 * Whether the quotation mark at `j` opens a quotation (the marks before it in the sentence are
 * paired) between a noun that can end the subject and the reporting verb at `g`.
 */
function opensAtVerb(ctx: Context, s: Sentence, j: number, g: number): boolean {
  const toks = ctx.tokens;
  const t = toks[j]!;
  if (!isQuote(t) || j - 1 < s.first || (toks[g]!.f & F.REPORT) === 0) return false;
  const before = toks[j - 1]!;
  // (a noun, not an auxiliary or relative: `he had “never discussed”`, `that “didn't tell”`)
  if (!isContent(before) || isVerbLike(before) || isHardBoundary(ctx, j - 1)) return false;
  let marks = 0;
  for (let k = s.first; k < j; k++) if (isQuote(toks[k])) marks++;
  return marks % 2 === 0 && (isOpenQuote(t) || t.lower === '"');
}

/**
 * A pronoun that ends a post-modifier of the subject, not the subject: "A person close to him
 * said", "officials familiar with it". Returns the whole subject phrase, or null.
 */
function pronounObject(ctx: Context, s: Sentence, j: number): SourcePhrase | null {
  const toks = ctx.tokens;
  const prep = toks[j - 1];
  // ("a neighbour of his said": a possessive pronoun standing alone after `of`)
  const owner = prep?.lower === 'of' && OWNER_PRONOUNS.has(toks[j]!.lower);
  if (!prep || (!OBJECT_PRONOUNS.has(toks[j]!.lower) && !owner)) return null;
  if (!isPrep(prep)) return participleObject(ctx, s, j);
  let k = j - 2;
  // "close to him", "familiar with them": the anonymity modifier before the preposition
  if (ANON_MODIFIERS.get(toks[k]?.lower ?? '') === prep.lower) k--;
  else if (!POST_PREPS.has(prep.lower)) return null;
  if (k < s.first) return null;
  const np = phraseEndingAt(ctx, k, clauseFloor(ctx, s, k));
  if (!np || headClass(ctx, np.head) === 'other') return null;
  return withNamed(ctx, withEnd(np, j + 1));
}

/**
 * A person described by what they do for someone: "The lawyer representing her said", "a
 * woman who cared for him" aside, the reduced relative `NOUN V-ing PRONOUN` before the verb.
 */
function participleObject(ctx: Context, s: Sentence, j: number): SourcePhrase | null {
  const toks = ctx.tokens;
  const k = j - 2;
  const verb = toks[j - 1]!;
  if (toks[j]!.lower === 'it' || k < s.first || verb.kind !== 'word') return null;
  if (!/[a-z]{3}ing$/.test(verb.lower) || isAuxAt(ctx, k)) return null;
  const np = phraseEndingAt(ctx, k, clauseFloor(ctx, s, k));
  if (!np || !isPersonClass(headClass(ctx, np.head))) return null;
  return withNamed(ctx, withEnd(np, j + 1));
}

/**
 * An object pronoun before the verb ends a modifier of the subject, never the subject: a relative
 * clause ("Several nurses who trained with her said") or an -ing participle phrase ("two
 * volunteers working beside them said"). Returns the phrase the modifier belongs to, or null.
 */
function modifierOfSubject(ctx: Context, s: Sentence, j: number): SubjectResult {
  const toks = ctx.tokens;
  if (!OBJECT_PRONOUNS.has(toks[j]!.lower)) return null;
  // (the object of a preposition or of the relative's own verb, not the subject of a clause
  // after a second verb: "an officer who arrested him heard her joke"; `it`, a subject too, only
  // as a preposition's object: "an engineer who worked on it said", not "who knew it said")
  // ("Two officials who have read it said": `it` the object of the relative's own verb)
  const itObject = objectIt(ctx, j) && relativeVerbBefore(ctx, j - 1);
  if (
    !isPrep(toks[j - 1]) &&
    !itObject &&
    (toks[j]!.lower === 'it' || !relativeVerbBefore(ctx, j - 1))
  )
    return null;
  const rel = relativeAntecedent(ctx, s, j, clauseFloor(ctx, s, j));
  if (rel && !isPronounSubject(rel)) return rel;
  if (!isPrep(toks[j - 1])) return null;
  const ing = ingObject(
    ctx,
    { start: j, end: j + 1, head: j, coreEnd: j + 1 },
    clauseFloor(ctx, s, j),
  );
  return ing ? withNamed(ctx, ing) : null;
}

/** Whether the word at `k` is the verb right after a relative pronoun: `who (had) known`. */
function relativeVerbBefore(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let q = k - 1;
  while (q >= k - 3 && (isAuxAt(ctx, q) || isAdverb(toks[q]))) q--;
  const rel = toks[q];
  return !!rel && isWord(rel) && (rel.lower === 'who' || rel.lower === 'that');
}

/**
 * When `np` ends an -ing participle phrase that modifies the phrase before it, that phrase with
 * the participle phrase kept in it: "An attorney representing the families said", "Aid groups
 * operating in the province say", "Creditors holding roughly a third of the bonds said", "A man
 * claiming to be the owner told", "Those backing the plan say". The participle phrase runs over
 * words of a phrase only (no punctuation, relative word, conjunction, auxiliary or subject
 * pronoun, which start a clause); the participle has no auxiliary before it ("was
 * representing") and is no -ing adjective of a title ("chief operating officer Priya Vantongeren").
 */
function ingObject(ctx: Context, np: NounPhrase, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  for (let v = np.start - 1; v > floor && v >= np.start - ING_PHRASE_REACH; v--) {
    const verb = toks[v]!;
    if (!inParticiplePhrase(ctx, v)) return null;
    if (
      verb.kind !== 'word' ||
      !(/[a-z]{3}ing$/.test(verb.lower) || SHORT_ING.has(verb.lower)) ||
      ctx.name[v]
    )
      continue;
    // (not a pronoun, a time or an actor: "told parliament something his analysts doubted", "on
    // Saturday morning")
    if ((verb.f & (F.PRON | F.TIME | F.ACTOR)) !== 0) continue;
    if (isAuxAt(ctx, v - 1) || (TITLE_ING.has(verb.lower) && isPersonClass(headClass(ctx, v + 1))))
      return null;
    // (else a gerund or a noun in -ing inside the phrase: "Residents opposing plans for housing
    // in the area say")
    let outer = phraseBeforeParticiple(ctx, v, floor);
    // "A man accused of killing a courier outside a pub told", "A nurse charged with stealing
    // drugs from the ward said": a gerund after the preposition of a past participle that
    // modifies the person before it (not when the phrase is a bare singular that may be a
    // compound's first noun: "accused of passing crime reports to")
    const first = toks[np.start]!;
    const determined =
      isDet(first) || first.kind !== 'word' || ctx.name[np.start] || isPluralNoun(toks[np.head]);
    if (
      !outer &&
      determined &&
      isPrep(toks[v - 1]) &&
      isParticipleWord(toks[v - 2]) &&
      v - 2 > floor
    ) {
      const person = phraseBeforeParticiple(ctx, v - 2, floor);
      if (person && isPersonClass(headClass(ctx, person.head))) outer = person;
    }
    // (a noun in -ing after a singular is a compound's head: "minutes of a board meeting in
    // March"; after a plural it may be the verb, "The ministers meeting in Brussels")
    if (outer && ING_NOUNS.has(verb.lower) && !isPluralNoun(toks[v - 1])) continue;
    if (outer) return withEnd(outer, np.end);
  }
  return null;
}

/**
 * Participles in -ing on a stem of two letters, which the three-letter test leaves out with
 * `thing` and `bring`: "Some doctors using the tool say", "firms doing business there said".
 */
const SHORT_ING: ReadonlySet<string> = new Set(['doing', 'using']);

/** How far left of its last phrase an -ing participle phrase may start: `claiming to be the`. */
const ING_PHRASE_REACH = 8;

/**
 * Whether token `k` may stand inside a participle phrase: a word of a phrase, a number, a
 * possessive or an amount's sign (not a mark that sets off a clause, nor a word that starts one).
 */
function inParticiplePhrase(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind === 'num' || t.kind === 'pos') return true;
  if (t.kind === 'punct') return t.lower === '%' || currency(t);
  if (t.kind !== 'word' || isRelative(t) || isConj(t)) return false;
  // (a reporting verb that is no participle, unless a determiner makes it a noun: "minutes of the
  // meeting show directors", not "tracking the report")
  const before = ctx.tokens[k - 1];
  if (
    (t.f & F.REPORT) !== 0 &&
    !participleLike(t.lower) &&
    !isDet(before) &&
    before?.kind !== 'pos'
  )
    return false;
  // (an auxiliary only in an infinitive: "claiming to be the owner")
  if (isAuxAt(ctx, k) && t.lower !== 'to' && ctx.tokens[k - 1]?.lower !== 'to') return false;
  // ("scores at the school after an analysis flagged": a subordinating word opens a clause)
  return !CLAUSE_OPENERS.has(t.lower) && !SAYING.has(t.lower) && !SUBORDINATE.has(t.lower);
}

/** Nouns in -ing: `meeting`, `briefing`, `hearing`. */
const ING_NOUNS = ruleWords('ingNouns');

/** Subject pronouns and question words, which open a clause of their own. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'he',
  'how',
  'i',
  'if',
  'she',
  'they',
  'we',
  'what',
  'whether',
  'why',
]);

/**
 * The noun phrase ending right before the participle at `v`, which the participle phrase
 * modifies: "Two brokers" of "Two brokers working", or `those` standing for people ("Those
 * living near the plant").
 */
function phraseBeforeParticiple(ctx: Context, v: number, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  if (ctx.name[v]) return null;
  if (toks[v - 1]?.lower === 'those' && v - 1 === floor)
    return { start: v - 1, end: v, head: v - 1, coreEnd: v };
  const np = phraseEndingAt(ctx, v - 1, floor);
  return np && np.end === v ? np : null;
}

/**
 * Whether the head at `h` is one an -ing participle phrase may modify before the verb: a person
 * ("Two brokers working on the sale said") or a document ("Footage circulating on social media
 * shows").
 */
function ingModified(ctx: Context, h: number): boolean {
  const cls = headClass(ctx, h);
  return isPersonClass(cls) || cls === 'document';
}

/** -ing adjectives of titles: `chief operating officer`, `managing director`, `acting chief`. */
const TITLE_ING = ruleWords('titleIng');

/** Pronouns that are objects, never subjects: `him`, `them`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'it', 'me', 'them', 'us']);

/** Possessive pronouns that stand alone after `of`: `a friend of his`, `an aide of theirs`. */
const OWNER_PRONOUNS: ReadonlySet<string> = new Set(['hers', 'his', 'mine', 'ours', 'theirs']);

/**
 * The subject `NOUNS there` / `NOUNS here` ending at the place adverb `j`: "Residents there say",
 * "conservatives there have vowed". The plural phrase must open its clause, so that an existential
 * `there` after a prepositional phrase ("In the town there are ...") stays a pronoun.
 */
function placeAfterHead(ctx: Context, s: Sentence, j: number, depth: number): SubjectResult {
  const toks = ctx.tokens;
  const t = toks[j]!;
  if ((t.lower !== 'there' && t.lower !== 'here') || j - 1 < s.first) return null;
  const n = toks[j - 1]!;
  if (n.kind !== 'word' || ctx.name[j - 1] || !/[^s]s$/.test(n.lower) || !nominal(ctx, j - 1))
    return null;
  const r = phraseSubject(ctx, s, j - 1, depth);
  if (!r || isPronounSubject(r) || r.np.head !== j - 1) return null;
  if (r.np.start !== clauseFloor(ctx, s, j - 1)) return null;
  return { ...r, np: withEnd(r.np, j + 1) };
}

/**
 * A contact clause between the subject and its verb, its relative word left out (`j` its last
 * token): "Swim coaches I spoke to say", "Parents we interviewed said", "Farmers I met last week
 * complained". The subject is the noun before the clause's pronoun, when it opens its clause.
 */
function pronounContact(ctx: Context, s: Sentence, j: number, depth: number): SubjectResult {
  const toks = ctx.tokens;
  const prep = CONTACT_PREPS.has(toks[j]!.lower);
  const k = prep ? j - 1 : j;
  if (k - 2 < s.first || !isFinitePast(toks[k]!)) return null;
  // the clause's subject: a pronoun, or after a verb of talking the outlet that talked ("Some
  // parents KBN News spoke to said", "Residents the Herald talked to say")
  let m = k - 1;
  // ("Riders I have spoken to", "Engineers we've talked to": the perfect's auxiliary)
  m = perfectContact(ctx, s, m);
  if (!CONTACT_PRONOUNS.has(toks[m]!.lower)) {
    if (!prep || !ctx.name[m]) return null;
    while (m > s.first && ctx.name[m - 1]) m--;
    if (toks[m - 1]?.lower === 'the') m--;
  }
  // (after a preposition, only a verb of talking: not "gateways we built to inform", an infinitive)
  if (prep && !TALKED.has(toks[k]!.lower)) return null;
  const h = m - 1;
  if (h < s.first) return null;
  const n = toks[h]!;
  if (n.kind !== 'word' || ctx.name[h] || !nominal(ctx, h)) return null;
  const r = phraseSubject(ctx, s, h, depth);
  if (!r || isPronounSubject(r) || r.np.head !== h) return null;
  // ("Yet two retired detectives I spoke to told me": after the clause's opening conjunction)
  if (afterConjunction(ctx, s, r.np.start, h)) return r;
  return r.np.start === clauseFloor(ctx, s, h) ? r : null;
}

/**
 * The pronoun of a contact clause whose verb is a perfect, from the token `m` before its
 * participle: `have` or `had` after a pronoun (`Riders I have spoken to`: the `I`), or a pronoun
 * with the auxiliary run in (`we've`, read as `we`); otherwise `m` itself.
 */
function perfectContact(ctx: Context, s: Sentence, m: number): number {
  const toks = ctx.tokens;
  const w = toks[m]!.lower;
  if ((w === 'have' || w === 'had') && m - 1 > s.first && CONTACT_PRONOUNS.has(toks[m - 1]!.lower))
    return m - 1;
  return m;
}

/**
 * Whether a subject starting at token `start` (its head `h`) follows only a conjunction that
 * opens its clause (`Yet two retired detectives`, `But riders`): the conjunction joins the
 * sentence to the one before, and the phrase after it still opens the clause.
 */
function afterConjunction(ctx: Context, s: Sentence, start: number, h: number): boolean {
  const floor = clauseFloor(ctx, s, h);
  return start === floor + 1 && OPENING_CONJUNCTIONS.has(ctx.tokens[floor]!.lower);
}

/** Conjunctions that open a sentence before its subject: `Yet`, `But`, `And`, `So`. */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'yet']);

/** Subjects of a contact clause: `coaches I spoke to`, `parents we interviewed`. */
const CONTACT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'i', 'she', 'they', 'we']);

/** Prepositions that end a contact clause: `spoke to`, `talked with`. */
const CONTACT_PREPS: ReadonlySet<string> = new Set(['to', 'with']);

/**
 * Past forms and participles of talking before `to` or `with` in a contact clause: `spoke to`,
 * `talked with`, `have spoken to`.
 */
const TALKED: ReadonlySet<string> = new Set([
  'chatted',
  'corresponded',
  'spoke',
  'spoken',
  'talked',
]);

/** Prepositions of a definite time phrase: `at the time`, `over the weekend`, `in the morning`. */
const THE_TIME_PREPS: ReadonlySet<string> = new Set(['at', 'during', 'in', 'on', 'over']);

/**
 * The last token of the subject of the verb group at `g`: left of `g` past adverbs, time
 * phrases (`last week`), a reduced relative (`An internal review completed in March`),
 * comma-fenced adverbs and a bracketed tag (`Sen. Jo Park (D-Ore.)`). Below `s.first` if none.
 */
function subjectEnd(ctx: Context, s: Sentence, g: number): number {
  const toks = ctx.tokens;
  let j = g - 1;
  while (j >= s.first) {
    const t = toks[j]!;
    if (isAdverb(t) || isHedgeWord(t) || t.lower === 'not' || t.lower === 'also') {
      j--;
      continue;
    }
    // two-word adverbials between subject and verb: "had on average predicted", "in turn said"
    // (with the auxiliaries before them)
    if (
      j - 1 >= s.first &&
      isPrep(toks[j - 1]) &&
      ADVERBIAL_PAIRS.has(`${toks[j - 1]!.lower} ${t.lower}`)
    ) {
      j -= 2;
      while (j >= s.first && isAuxAt(ctx, j)) j--;
      continue;
    }
    // "ministers have so far ruled that out", "thus far": `far` after `so` is no head
    if (t.lower === 'far' && j - 1 >= s.first && SO_FAR.has(toks[j - 1]!.lower)) {
      j -= 2;
      while (j >= s.first && isAuxAt(ctx, j)) j--;
      continue;
    }
    // time phrases between subject and verb: "last week began publishing", "in March", "at
    // night", "since dawn", "who were on duty that night said" (`that` of the time, no relative)
    if (isTimeWord(t) && !ctx.name[j]) {
      j--;
      // "A report published at the time rated", "Officials at the weekend said"
      if (toks[j]?.lower === 'the' && j - 1 >= s.first && THE_TIME_PREPS.has(toks[j - 1]!.lower)) {
        j -= 2;
        continue;
      }
      if (
        j >= s.first &&
        (toks[j]!.lower === 'last' ||
          toks[j]!.lower === 'this' ||
          toks[j]!.lower === 'that' ||
          toks[j]!.lower === 'next' ||
          toks[j]!.lower === 'on' ||
          toks[j]!.lower === 'in' ||
          toks[j]!.lower === 'at' ||
          toks[j]!.lower === 'since')
      )
        j--;
      continue;
    }
    // a place adverb of a reduced relative: "Footage posted online shows"; of an -ing
    // participle after its head, "Footage circulating online shows"
    if ((listsOf(t) & IN_PLACE_ADVERBS) !== 0 && j - 1 > s.first) {
      if (isParticipleWord(toks[j - 1]!)) {
        j--;
        continue;
      }
      if (/[a-z]{3}ing$/.test(toks[j - 1]!.lower) && ingModified(ctx, j - 2)) return j - 2;
    }
    // a reduced relative between subject and verb: "An internal review completed in March
    // concluded", "The figures released yesterday show"
    if (
      j > s.first &&
      j < g - 1 &&
      isParticipleWord(t) &&
      !isAuxAt(ctx, j - 1) &&
      (!REPORTING_VERBS.has(t.lower) || PUBLISHING.has(t.lower)) &&
      phraseEndingAt(ctx, j - 1, s.first)
    )
      return j - 1;
    // a phrasal participle of a reduced relative: "Tests carried out last week suggest"
    const phrasal = phrasalRelativeSubject(ctx, s, j);
    if (phrasal >= 0) return phrasal;
    // a passive participle after its noun right before the verb: "One steward watching the
    // gates being opened told"
    if (
      j - 2 >= s.first &&
      isParticipleWord(t) &&
      toks[j - 1]!.lower === 'being' &&
      phraseEndingAt(ctx, j - 2, s.first)
    )
      return j - 2;
    // people described by a bare participle right before the verb: "people briefed say",
    // "economists polled said", "residents interviewed described"
    if (
      j === g - 1 &&
      j > s.first &&
      (listsOf(t) & IN_BARE_PEOPLE_PARTICIPLES) !== 0 &&
      isPersonClass(headClass(ctx, j - 1)) &&
      !isAuxAt(ctx, j - 1)
    )
      return j - 1;
    // ", meanwhile," and other comma-fenced adverbs
    if (isPunct(t, ',') && j - 2 >= s.first && isAdverb(toks[j - 1]) && isPunct(toks[j - 2], ',')) {
      j -= 3;
      continue;
    }
    // the stop of a company's abbreviation: "Morrow & Co. estimated", "Acme Inc. said"
    if (
      isPunct(t, '.') &&
      j - 1 >= s.first &&
      toks[j - 1]!.end === t.start &&
      toks[j - 1]!.cap &&
      ORG_SUFFIXES.has(toks[j - 1]!.lower) &&
      OTHER_ABBREVIATIONS.has(toks[j - 1]!.lower)
    )
      return j - 1;
    // an aside fenced by dashes between subject and verb, as by brackets: "A senior official —
    // who asked not to be named — said", "Two aides — speaking on condition of anonymity — told"
    if (t.kind === 'punct') {
      const q = dashAsideStart(ctx, s, j);
      if (q >= 0) {
        j = q - 1;
        continue;
      }
    }
    // a bracketed tag or aside between subject and verb: "Sen. Jo Park (D-Ore.) said"
    if (isPunct(t, ')')) {
      let q = j - 1;
      while (q >= s.first && q >= j - 12 && !isPunct(toks[q], '(') && !isPunct(toks[q], ')')) q--;
      if (q > s.first && isPunct(toks[q], '(')) {
        j = q - 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * The last word of the subject before a reduced relative whose participle is phrasal, when its
 * particle is at `j`: "Tests carried out last week suggest", "Plans drawn up by officials show"
 * (a time or an agent after the particle is skipped before this is asked); -1 if none. As for a
 * one-word participle, not a verb of saying ("Claims put out"), unless of publishing ("figures
 * put out"), nor a participle after an auxiliary, which is the clause's own verb.
 */
function phrasalRelativeSubject(ctx: Context, s: Sentence, j: number): number {
  const toks = ctx.tokens;
  if (!PARTICLES.has(toks[j]!.lower) || j - 2 < s.first) return -1;
  const v = toks[j - 1]!;
  if (!isParticipleWord(v) || isAuxAt(ctx, j - 2)) return -1;
  if (REPORTING_VERBS.has(v.lower) && !PUBLISHING.has(v.lower)) return -1;
  return phraseEndingAt(ctx, j - 2, s.first) ? j - 2 : -1;
}

/**
 * Where the aside that the dash at `j` closes opens: the same dash earlier in the clause, within
 * `DASH_ASIDE_REACH` tokens, with no clause edge between (`;`, `:`, a bracket) and a word before
 * it; the aside opens with a relative pronoun, a participle or `on`/`in` (`who asked not to be
 * named`, `speaking on condition of anonymity`, `on condition of anonymity`), which an inverted
 * speaker after a dash (`The numbers are bad — very bad — said one analyst`) never is. -1 if none.
 */
function dashAsideStart(ctx: Context, s: Sentence, j: number): number {
  const toks = ctx.tokens;
  const close = toks[j]!;
  if (!isHardBoundary(ctx, j) || !ASIDE_DASHES.has(close.lower)) return -1;
  for (let q = j - 1; q > s.first && q >= j - DASH_ASIDE_REACH; q--) {
    const t = toks[q]!;
    if (t.kind !== 'punct') continue;
    if (t.lower === close.lower) {
      if (!isHardBoundary(ctx, q) || q + 1 >= j || toks[q - 1]!.kind !== 'word') return -1;
      const w = toks[q + 1]!;
      if (w.kind !== 'word' || ctx.name[q + 1]) return -1;
      const opens =
        isRelative(w) ||
        w.lower === 'on' ||
        w.lower === 'in' ||
        /[a-z]{3}ing$/.test(w.lower) ||
        (isParticipleWord(w) && /ed$/.test(w.lower));
      return opens ? q : -1;
    }
    if (t.lower === ';' || t.lower === ':' || t.lower === '(' || t.lower === ')') return -1;
  }
  return -1;
}

/** How many tokens an aside fenced by dashes may hold: `who spoke on condition of anonymity ...`. */
const DASH_ASIDE_REACH = 24;

/**
 * A quoted word or name as the phrase ending at `j`, after a determiner or `so-called`: "the
 * so-called “experts” said", "a lawyer for the so-called “Camden Three” said" (with the phrase
 * it is attached to by a preposition).
 */
function scareQuoted(ctx: Context, s: Sentence, j: number): NounPhrase | null {
  const toks = ctx.tokens;
  const q = quotedWords(ctx, s, j);
  // (`q` first: most subjects are no quotation, and reading the tokens at a negative index is a
  // slow property lookup, not an array read)
  if (q - 1 < s.first) return null;
  const before = toks[q - 1];
  if (!before || !(isDet(before) || before.lower === 'so-called')) return null;
  const np = phraseEndingAt(ctx, j - 1, j - 1);
  if (!np) return null;
  const start = !isDet(before) && q - 2 >= s.first && isDet(toks[q - 2]) ? q - 2 : q - 1;
  return attachedBefore(ctx, s, nounPhrase(start, j + 1, np.head, j + 1));
}

/**
 * A quoted name between a determiner and the head: "Supporters of the “Free the Five” campaign
 * said", "its ‘Save Our Pier’ group says" (the phrase found stops at the quotation mark), with
 * the phrase it is attached to by a preposition; else `np` unchanged.
 */
function quotedModifier(ctx: Context, s: Sentence, np: NounPhrase): NounPhrase {
  const toks = ctx.tokens;
  const q = quotedWords(ctx, s, np.start - 1);
  if (q - 1 < s.first) return np;
  const det = toks[q - 1];
  if (!det || !(isDet(det) || det.kind === 'pos')) return np;
  const start = det.kind === 'pos' ? (phraseEndingAt(ctx, q - 1, s.first)?.start ?? -1) : q - 1;
  return start < 0 ? np : attachedBefore(ctx, s, withStart(np, start));
}

/**
 * The start of a short quotation of words only (one to five) that closes at `j`: "“Camden
 * Three”", "“experts”"; -1 if none closes there.
 */
function quotedWords(ctx: Context, s: Sentence, j: number): number {
  const toks = ctx.tokens;
  const q = quotationStart(ctx, s, j);
  if (q < 0 || j - q < 2 || j - q > 6) return -1;
  for (let k = q + 1; k < j; k++) if (!isWord(toks[k])) return -1;
  return q;
}

/**
 * Where the quotation closing at `j` opens, within a dozen tokens: `“` for `”`, `‘` for `’`, the
 * mark before for a straight `"`; -1 if `j` closes none.
 */
function quotationStart(ctx: Context, s: Sentence, j: number): number {
  const toks = ctx.tokens;
  const c = toks[j];
  if (!c || !isQuote(c) || isOpenQuote(c)) return -1;
  const open = c.lower === '”' ? '“' : c.lower === '’' ? '‘' : c.lower === '"' ? '"' : '';
  for (let q = j - 1; q >= s.first && q > j - 12; q--)
    if (isQuote(toks[q])) return toks[q]!.lower === open ? q : -1;
  return -1;
}

/** The phrase `np` is attached to by a preposition before it ("a lawyer for" + `np`), or `np`. */
function attachedBefore(ctx: Context, s: Sentence, np: NounPhrase): NounPhrase {
  const toks = ctx.tokens;
  const prep = toks[np.start - 1];
  if (!prep || !POST_PREPS.has(prep.lower) || prep.lower === 'to' || np.start - 2 < s.first)
    return np;
  const outer = phraseEndingAt(ctx, np.start - 2, clauseFloor(ctx, s, np.start - 2));
  return outer && outer.end === np.start - 1 ? withEnd(outer, np.end) : np;
}

/**
 * A quotation right before the verb that ends a modifier of the subject, as its object: "A coach
 * who called the decision “a disgrace” said" (a relative clause), "Fans chanting “Sack the
 * board” told reporters" (an -ing participle). Null when it is no such object.
 */
function quotedObject(ctx: Context, s: Sentence, j: number): SubjectResult {
  const toks = ctx.tokens;
  const q = quotationStart(ctx, s, j);
  if (q - 1 < s.first || !isWord(toks[q - 1]) || isHardBoundary(ctx, q - 1)) return null;
  const floor = clauseFloor(ctx, s, q - 1);
  const ing = ingObject(ctx, { start: q, end: j + 1, head: j - 1, coreEnd: j + 1 }, floor);
  if (ing) return withNamed(ctx, ing);
  const rel = relativeSearch(ctx, s, q - 1, floor);
  return isPronounSubject(rel) ? null : rel;
}

/**
 * Coordinated verbs share the subject: "a resident called 911 and said" (`j` is the
 * conjunction). The nearest finite verb with no auxiliary before it heads the first conjunct.
 */
function coordinatedSubject(
  ctx: Context,
  s: Sentence,
  j: number,
  depth: number,
  g: number,
): SubjectResult {
  const toks = ctx.tokens;
  if (isPunct(toks[j - 1], ',')) {
    const shared = commaConjunct(ctx, s, j, g, depth);
    if (shared) return shared;
  }
  for (let k = j - 1; k >= s.first && k >= j - 30; k--) {
    const w = toks[k]!;
    // a quotation is the content of the first conjunct, not its verb: `said he “accepted the
    // findings” and blamed`; but right before the conjunction and after an auxiliary of tense or
    // mood it holds the first conjunct's verb: `said he had “watched the count” and would speak`
    if (isQuote(w) && !isOpenQuote(w)) {
      let q = k - 1;
      while (q >= s.first && !isOpenQuote(toks[q])) q--;
      if (q < s.first) continue;
      const aux = toks[q - 1];
      // (not `to`: `attributes the loss to “a violent move” and says`, `planned to “crush them”
      // and said` have their finite verb before it)
      // (not a perfect before a simple past: `said her client had “acted in good faith” and
      // rejected` coordinates `rejected` with `said`, as without the quotation marks)
      if (
        k === j - 1 &&
        isAuxAt(ctx, q - 1) &&
        !BE_FORMS.has(aux!.lower) &&
        aux!.lower !== 'to' &&
        !(
          HAVE_FORMS.has(aux!.lower) &&
          sharedPerfect(ctx, s, q - 1, j) &&
          reportedBefore(ctx, s, q - 1)
        )
      ) {
        let gk = q - 1;
        while (gk - 1 >= s.first && (isAuxAt(ctx, gk - 1) || isAdverb(toks[gk - 1]))) gk--;
        const found = findSubject(ctx, s, gk, depth + 1);
        // "said the company would “look at every claim” and denied": a past verb after the
        // conjunction cannot share a modal or `did`; it shares the speaker's reporting verb
        if (
          found &&
          !isPronounSubject(found) &&
          MOOD_AUX.has(aux!.lower) &&
          isFinitePast(toks[g]!)
        ) {
          const speaker = reportingConjunct(ctx, s, gk, g, depth, false, found.np.start);
          if (speaker) return speaker;
        }
        return found;
      }
      k = q;
      continue;
    }
    // "Dunmore coach Ivo Brask is a long-time fan and has told": a copula heads the first conjunct
    if (copulaConjunct(ctx, s, k, j)) return findSubject(ctx, s, k, depth + 1);
    if (!isFinitePast(w) && !presentVerb(ctx, s, k, j)) continue;
    // "rejected what it called “lies” and said": a free relative's verb, inside the object
    if (freeRelativeVerb(ctx, k, s.first)) continue;
    // "collected reports and found": a noun in -s after a verb is its object, no verb
    if (objectNounAfterVerb(ctx, k, j)) continue;
    // "left its rate unchanged but signalled": an un- participle of state is an adjective
    if (w.lower.startsWith('un') && STATIVE_PARTICIPLES.has(w.lower)) continue;
    let gk = k;
    while (gk - 1 >= s.first && isAdverb(toks[gk - 1])) gk--;
    const b = toks[gk - 1];
    // "has struggled with weak demand and reported": the first conjunct's auxiliary is
    // shared, when its clause is the sentence's own (not "said the firm had breached ... and")
    // ("Brenner, 26, had denied wrongdoing and argued": the commas of an aside that closes
    // right before the auxiliary fence the subject, no reported clause)
    if (b && sharedPerfect(ctx, s, gk - 1, j)) {
      const ak = auxGroupStart(ctx, s, gk - 1);
      if (!reportedBefore(ctx, s, ak, isPunct(toks[ak - 1], ',')))
        return findSubject(ctx, s, ak, depth + 1);
    }
    // "Parents have gathered 900 signatures and say": a perfect first conjunct and a present
    // verb after the conjunction share the subject, when its clause is the sentence's own
    if (b && perfectThenPresent(ctx, gk - 1, j)) {
      const ak = auxGroupStart(ctx, s, gk - 1);
      if (!reportedBefore(ctx, s, ak)) return findSubject(ctx, s, ak, depth + 1);
    }
    // "Coach Tom Brenner was asked about the rumours and said": a passive first conjunct
    // shares its subject, when its clause is the sentence's own
    if (b && BE_FORMS.has(b.lower) && isAuxAt(ctx, gk - 1) && activeConjunct(ctx, j, g)) {
      const ak = auxGroupStart(ctx, s, gk - 1);
      if (ak > s.first && !reportedBefore(ctx, s, ak)) return findSubject(ctx, s, ak, depth + 1);
    }
    // (a past form after a preposition is an adjective: "warned of rising tides but said"; so
    // after a number or an ordinal: "the fourth disrupted sailing", "two damaged cars")
    if (
      b &&
      (isAuxAt(ctx, gk - 1) ||
        b.kind === 'pos' ||
        b.kind === 'num' ||
        isDet(b) ||
        isPrep(b) ||
        ORDINALS.has(b.lower))
    )
      continue;
    // "left rates unchanged, as expected by markets, but signalled": an aside's participle
    if (b?.lower === 'as') continue;
    // "confirmed that the pool would stay closed and said": a past form after a linking verb is
    // its adjective complement, no verb of the first conjunct
    if (b && LINKING_VERBS.has(b.lower)) continue;
    // "told members in an email seen by the Journal that ... but warned": a participle right
    // before `by` and its agent after its noun is a reduced relative, no verb of the first
    // conjunct (not a particle: "came by at dawn and told", "stopped by on Friday")
    if (
      toks[k + 1]?.lower === 'by' &&
      gk === k &&
      isParticipleWord(w) &&
      b?.kind === 'word' &&
      isContent(b) &&
      (isDet(toks[k + 2]) ||
        ctx.name[k + 2] !== 0 ||
        (isContent(toks[k + 2]) && !isPrep(toks[k + 2]) && !isAdverb(toks[k + 2])))
    )
      continue;
    const own = reportingConjunct(ctx, s, gk, g, depth, false);
    if (own) return own;
    const present = presentConjunct(ctx, s, k, g, depth);
    if (present) return present;
    const found = findSubject(ctx, s, gk, depth + 1);
    // "Fairway said the figures did not reflect recent cuts and accused the board", "said the
    // price looked full and questioned whether": a content subject that cannot report is no
    // subject of the reporting verb after the conjunction; the speaker is (decision 77, sense)
    // (a document can show or warn, not accuse: "said the figures were wrong and accused")
    // ("said the bank did not comment on rumours but noted": a negated `did` heads a clause of
    // the content, which a past verb after the conjunction does not share, as with `could not`)
    if (
      found &&
      !isPronounSubject(found) &&
      (!canReport(ctx, found.np.head, g) || negatedDo(ctx, gk))
    ) {
      const speaker = reportingConjunct(ctx, s, gk, g, depth, false, found.np.start);
      if (speaker) return speaker;
    }
    return found ?? reportingConjunct(ctx, s, gk, g, depth, true);
  }
  return reportingConjunct(ctx, s, j, g, depth, false);
}

/**
 * Whether the head noun at `h` can be the subject of a reporting verb: a person, a body, a name
 * or a document (`the figures`, `the price`, `the fourth` cannot accuse or question).
 */
/** Past reporting verbs only a person or body does: `accused`, `questioned`, `vowed`. */
const PERSONAL_CUES = ruleWords('personalCuesPast');

/** Ordinal words: `fourth`, `second` (a past form after one is an adjective). */
const ORDINALS = ruleWords('ordinals');

/** Linking verbs: `remain`, `stay`, `seem` (a past form after one is an adjective). */
const LINKING_VERBS = ruleWords('linkingVerbs');

function canReport(ctx: Context, h: number, g: number): boolean {
  const cls = headClass(ctx, h);
  if (cls === 'document') return !PERSONAL_CUES.has(ctx.tokens[g]!.lower);
  return (
    (cls !== 'other' && cls !== 'nonAgent') ||
    agentiveNoun(ctx.tokens[h]!.lower) ||
    ctx.name[h] !== 0
  );
}

/**
 * Decision 64: a reporting verb after the conjunction shares the subject of the nearest reporting
 * verb before it, of its tense, when the verb `gk` found before the conjunction is that
 * verb's content with a pronoun subject ("The ministry said it did not comment on leaks but
 * insisted", "Vell wrote that he regretted the delay and denied"), a predicate listed after a
 * comma with no subject of its own (`list`: "said its homes were safe, described the report as
 * unfair and said"), or none, after a negated verb of its own ("The coach, Ana Ruiz, would not
 * discuss the move but said").
 */
function reportingConjunct(
  ctx: Context,
  s: Sentence,
  gk: number,
  g: number,
  depth: number,
  list: boolean,
  // the start of a content subject that cannot report (`canReport`), or -1
  thing = -1,
): SubjectResult | null {
  const toks = ctx.tokens;
  const v = toks[g]!;
  if ((v.f & F.REPORT) === 0 || !isFinitePast(v) || ctx.name[g]) return null;
  const b = toks[gk - 1];
  const content = thing >= 0 || (!list && isPronoun(b) && !isRelative(b) && !isQuant(b));
  const opens = thing >= 0 ? thing : gk - 1;
  // (`list`: the verb after the comma found no subject of its own)
  const listed = list && (isPunct(b, ',') || isQuote(b)) && (toks[gk]!.f & F.REPORT) !== 0;
  const none = !list && isConj(toks[gk]);
  if (!content && !listed && !none) return null;
  for (let r = gk - 1; r >= s.first; r--) {
    const t = toks[r]!;
    const p = toks[r - 1];
    // (a noun of reporting is no verb: "in a written reply", "to detailed questions")
    if ((t.f & F.REPORT) === 0 || ctx.name[r] || isQuote(p) || isDet(p) || isPrep(p)) continue;
    let a = r;
    while (a - 1 >= s.first && (isAdverb(toks[a - 1]) || toks[a - 1]!.lower === 'not')) a--;
    const aux = toks[a - 1];
    const negated = none && a < r && PAST_AUX.has(aux?.lower ?? '');
    if (!negated && (none || !isFinitePast(t) || thirdPerson(t) !== thirdPerson(v))) return null;
    // (the pronoun opens the verb's content: `said it`, `wrote that he`)
    if (content && opens !== r + 1 && !(opens === r + 2 && toks[r + 1]!.lower === 'that'))
      return null;
    return findSubject(ctx, s, negated ? a - 1 : r, depth + 1);
  }
  return null;
}

/**
 * Decision 64 after a comma: "Two exporters said some farms had seen frost damage, but cautioned
 * that", "She said the talks had stalled, and warned that": a finite reporting verb after `, but`
 * or `, and` (conjunction `j`, verb `g`) shares the subject of the reporting verb before it of its
 * tense, whose content the comma closes; not a verb of that content's own clause (no comma:
 * "claimed the player was drunk and boasted", where the content goes on).
 */
function commaConjunct(
  ctx: Context,
  s: Sentence,
  j: number,
  g: number,
  depth: number,
): SubjectResult | null {
  const toks = ctx.tokens;
  const v = toks[g]!;
  if ((v.f & F.REPORT) === 0 || !isFinitePast(v) || ctx.name[g] || depth >= 2) return null;
  for (let r = j - 3; r >= s.first; r--) {
    const t = toks[r]!;
    const p = toks[r - 1];
    if ((t.f & F.REPORT) === 0 || ctx.name[r] || isQuote(p) || isDet(p) || isPrep(p)) continue;
    // ("matched a strain found at the plant, but cautioned": a reduced relative's participle;
    // "blamed what they called “gangs”, and said": a free relative's verb)
    if (reducedAfterObject(ctx, r, s.first) || freeRelativeVerb(ctx, r, s.first)) continue;
    if (!isFinitePast(t) || thirdPerson(t) !== thirdPerson(v)) return null;
    // (its content runs to the comma: a clause after it, no quotation nor other comma; "40%" may
    // stand in it)
    // (but a quotation that opens and closes inside it: `pointed to “a combination”, but`)
    const paired = pairedQuotations(ctx, r, j - 1);
    for (let q = r + 1; q < j - 1; q++)
      if (CONTENT_BREAKS.has(toks[q]!.lower) && !(paired && isQuote(toks[q]))) return null;
    const found = findSubject(ctx, s, r, depth + 1);
    // ("said the sinking showed the need for routes, and accused": the content's own verb, whose
    // subject cannot report, is no speaker; the reporting verb before it is)
    if (found && !isPronounSubject(found) && !canReport(ctx, found.np.head, g)) continue;
    return found;
  }
  return null;
}

/**
 * "The embassy denies that its forces used force and says": a third-person present reporting verb
 * `g` after the conjunction, when the verb at `k` before it is a past (of the content), shares the
 * subject of the nearest reporting verb before it, when that one is a present of the third person
 * too (not "said the army used force and says", a past speaker).
 */
function presentConjunct(
  ctx: Context,
  s: Sentence,
  k: number,
  g: number,
  depth: number,
): SubjectResult {
  const toks = ctx.tokens;
  const v = toks[g]!;
  const w = toks[k]!;
  if ((v.f & F.REPORT) === 0 || !thirdPerson(v) || !isFinitePast(w) || thirdPerson(w)) return null;
  for (let r = k - 1; r >= s.first; r--) {
    const t = toks[r]!;
    const p = toks[r - 1];
    if ((t.f & F.REPORT) === 0 || ctx.name[r] || isQuote(p) || isDet(p) || isPrep(p)) continue;
    return thirdPerson(t) ? findSubject(ctx, s, r, depth + 1) : null;
  }
  return null;
}

/** Marks that end a reported clause before a comma: another comma, a colon, a quotation mark. */
const CONTENT_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '“', '”', '‘', '’', '—', '(']);

/** Whether a reporting verb's finite form is the present's third person: `says`, `denies`. */
function thirdPerson(t: Token): boolean {
  return /[^s]s$/.test(t.lower);
}

/** Auxiliaries of mood and of `do` support, which take a bare verb: `would`, `could`, `did`. */
const MOOD_AUX: ReadonlySet<string> = new Set([
  'can',
  'could',
  'did',
  'does',
  'may',
  'might',
  'must',
  'should',
  'will',
  'would',
]);

/** Whether token `k` is `did`/`does`/`do` with `not` after it: `did not comment`. */
function negatedDo(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  return (w === 'did' || w === 'does' || w === 'do') && NOT.has(toks[k + 1]?.lower ?? '');
}

const NOT: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);

/** Auxiliaries of the past before a negated verb: `would not discuss`, `did not confirm`. */
const PAST_AUX: ReadonlySet<string> = new Set(['could', 'did', 'would']);

/**
 * Whether the verb group at `g` follows conjunction `j` (past adverbs) in the active voice: `and
 * said`, `but insisted` (not `and flagged by the lab`, a passive of its own, nor `and rules for
 * verifying`, a noun phrase).
 */
function activeConjunct(ctx: Context, j: number, g: number): boolean {
  const toks = ctx.tokens;
  let v = j + 1;
  while (v < g && isAdverb(toks[v])) v++;
  const w = toks[v];
  if (v !== g || !w || !isFinitePast(w) || toks[v + 1]?.lower === 'by') return false;
  // (a plural noun before its preposition is no verb: "rules for", "plans for")
  return !(w.lower.endsWith('s') && isPrep(toks[v + 1]));
}

/**
 * Whether the finite `is`/`was` at `k` is a copula heading the clause's first conjunct, its
 * complement running up to conjunction `j` with no punctuation: "The coach is a big admirer
 * and has told", "She was furious and told" (not "said the firm was broke and told", content).
 */
function copulaConjunct(ctx: Context, s: Sentence, k: number, j: number): boolean {
  const toks = ctx.tokens;
  if (!COPULAS.has(toks[k]!.lower) || j - k > COPULA_REACH) return false;
  const next = toks[k + 1]!;
  if (!isDet(next) && !(isContent(next) && !isVerbLike(next) && !isParticipleWord(next)))
    return false;
  for (let q = k + 1; q < j; q++) if (toks[q]!.kind !== 'word' || isRelative(toks[q])) return false;
  return !reportedBefore(ctx, s, k);
}

/** Finite forms of `be` that head a clause as its copula. */
const COPULAS: ReadonlySet<string> = new Set(['are', 'is', 'was', 'were']);

/** How many tokens a copula's complement may run to the conjunction: `is a huge admirer and`. */
const COPULA_REACH = 7;

/**
 * Whether `has`/`have`/`had` at `k` is shared by a participle after conjunction `j`: "has
 * struggled with demand and reported" (not "who have created a profile or suggest", a relative
 * clause, nor "was suspended, and rules for").
 */
function sharedPerfect(ctx: Context, s: Sentence, k: number, j: number): boolean {
  const toks = ctx.tokens;
  if (!HAVE_FORMS.has(toks[k]!.lower) || isRelative(toks[k - 1])) return false;
  let v = j + 1;
  while (isAdverb(toks[v])) v++;
  const w = toks[v];
  return !!w && w.kind === 'word' && isFinitePast(w);
}

/** The perfect's auxiliaries: `has`, `have`, `had`. */
const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/**
 * Whether `have`/`has` at `k` heads a perfect first conjunct whose partner after the conjunction
 * at `j` is a present reporting verb agreeing with it: "Parents have gathered signatures and say",
 * "The union has balloted members and says" (not `had`, whose partner is a past: `sharedPerfect`).
 */
function perfectThenPresent(ctx: Context, k: number, j: number): boolean {
  const toks = ctx.tokens;
  const aux = toks[k]!.lower;
  if ((aux !== 'have' && aux !== 'has') || isRelative(toks[k - 1])) return false;
  let v = j + 1;
  while (isAdverb(toks[v])) v++;
  const w = toks[v];
  if (!w || w.kind !== 'word' || (w.f & F.REPORT) === 0 || /(?:ed|ing)$/.test(w.lower))
    return false;
  // (the third person after `has`, the plain form after `have`)
  const third = /[a-z]s$/.test(w.lower) && !w.lower.endsWith('ss');
  return aux === 'has' ? third : !third && !isFinitePast(w);
}

/**
 * Whether the word at `k` ending in -s is the object of the verb right before it ("collected
 * reports and found", "filed claims and said"), which a reporting verb's third-person
 * form reads as a verb of its own; not in a list before the conjunction at `conj`.
 */
function objectNounAfterVerb(ctx: Context, k: number, conj: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!;
  const b = toks[k - 1];
  if (!b || b.kind !== 'word' || ctx.name[k - 1] || isAuxAt(ctx, k - 1)) return false;
  if (!/[a-z]{3}s$/.test(w.lower) || w.lower.endsWith('ss') || ctx.name[k]) return false;
  // (a list of objects joins nouns, not verbs: "contained names, addresses and detailed routes")
  for (let q = k + 1; q < conj; q++) if (toks[q]!.kind === 'punct') return false;
  return isFinitePast(b);
}

/** The first auxiliary of the group whose last auxiliary is at `k` (`has` of `has not been`). */
function auxGroupStart(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let g = k;
  while (
    g - 1 >= s.first &&
    (isAuxAt(ctx, g - 1) || isAdverb(toks[g - 1]) || toks[g - 1]!.lower === 'not')
  )
    g--;
  return g;
}

/**
 * Whether a reporting verb, `that` or a quotation mark stands in the sentence before token `k`:
 * then the clause at `k` may be reported content ("said the firm had breached"). A comma counts
 * too, unless `aside` (the commas fence an aside before the verb group: "Brenner, 26, had").
 */
function reportedBefore(ctx: Context, s: Sentence, k: number, aside = false): boolean {
  const toks = ctx.tokens;
  for (let q = s.first; q < k; q++) {
    const t = toks[q]!;
    if ((t.f & F.REPORT) !== 0 || t.lower === 'that' || isQuote(t)) return true;
    if (!aside && isPunct(t, ',')) return true;
  }
  return false;
}

/**
 * Whether token `k` is a verb in the present tense that heads a first conjunct, its object
 * after it: "The resolution requires the buyer to ... and states that"; a reporting verb also
 * after a comma-fenced aside ("The letter, signed by Ellery, attributes the loss to ... and
 * says") or in the plural ("The authors acknowledge the gap but argue").
 */
function presentVerb(ctx: Context, s: Sentence, k: number, conj: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!;
  const before = toks[k - 1];
  if (w.kind !== 'word' || ctx.name[k] || (w.f & (F.FUNC | F.ACTOR)) !== 0 || !before) return false;
  // ("told reporters the summit was useful and said": the object of a reporting verb)
  if ((before.f & F.REPORT) !== 0 && isFinitePast(before)) return false;
  // ("a fund manager who owns three blocks and asked": the relative's verb, whose subject is
  // the phrase it modifies)
  const relative = isRelative(before) && before.lower !== 'that';
  if (!isDet(toks[k + 1]) && ctx.name[k + 1] !== 1 && !relative)
    return placedPresent(ctx, s, k, conj);
  const subjectBefore = isContentWord(before) && (before.f & F.FUNC) === 0;
  const reporting = (w.f & F.REPORT) !== 0;
  if (/[a-z]{3}s$/.test(w.lower) && !w.lower.endsWith('ss'))
    return subjectBefore || (reporting && isPunct(before, ',')) || relative;
  // the plural only with its object right up to the conjunction (not before a clause or across a
  // comma: "investors worry that ... and asked", "tenants fear a rise, according to a man who
  // ... and asked")
  if (!reporting || !subjectBefore || !isPluralNoun(before) || isAuxAt(ctx, k)) return false;
  if (toks[k + 1]!.lower === 'that') return false;
  for (let q = k + 1; q < conj; q++) if (toks[q]!.kind === 'punct') return false;
  return true;
}

/**
 * Whether token `k` is a third-person present verb with a place or a time after it, heading the
 * first conjunct of a singular subject that a determiner opens: "Every spring a minister stands
 * at a lectern and tells us", "an official appears on television and says" (the column's
 * habitual telling). Not a plural noun before its preposition ("the rules for", "its plans for"),
 * nor a verb of reported content ("said the firm stands by ... and").
 */
function placedPresent(ctx: Context, s: Sentence, k: number, conj: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!;
  if (!/[a-z]{3}s$/.test(w.lower) || w.lower.endsWith('ss') || !PLACE_PREPS.has(toks[k + 1]!.lower))
    return false;
  for (let q = k + 1; q < conj; q++) if (toks[q]!.kind !== 'word' || ctx.name[q]) return false;
  // the subject: a determiner, then up to two words, the last a singular noun
  const before = toks[k - 1]!;
  if (!isContentWord(before) || isPluralNoun(before) || ctx.name[k - 1] || isVerbLike(before))
    return false;
  let d = k - 2;
  while (d >= k - 3 && d >= s.first && isContentWord(toks[d]!) && !ctx.name[d]) d--;
  if (d < s.first || !SINGLE_DETERMINERS.has(toks[d]!.lower)) return false;
  return !reportedBefore(ctx, s, d, true);
}

/** Prepositions of place or occasion after an intransitive verb: `stands at`, `goes on`. */
const PLACE_PREPS: ReadonlySet<string> = new Set([
  'at',
  'before',
  'in',
  'into',
  'on',
  'onto',
  'to',
]);

/** Determiners of one: `a minister`, `the mayor`, `every chairman`. */
const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'each', 'every', 'the']);

/**
 * A noun phrase ending at `j` as the subject, unless it sits inside a relative clause, a
 * prepositional phrase or a participle phrase of the real subject ("One source quoted in trade
 * website StorageWire said", "An attorney representing the families said").
 */
function phraseSubject(ctx: Context, s: Sentence, j: number, depth: number): SubjectResult {
  const toks = ctx.tokens;
  const floor = clauseFloor(ctx, s, j);
  // "Relatives of those killed in the blast said": `those` described is no subject of its own
  // (`Those injured in the blast said`: `those` heads its clause and stands for the people, a
  // pronoun the entities pass links like any other)
  const related = thoseDescribed(ctx, j, floor);
  if (related && ctx.tokens[related.head]!.lower === 'those') return { pronoun: related.head };
  if (related) return subjectAround(ctx, s, related, floor, depth);
  let np = phraseEndingAt(ctx, j, floor);
  // a bare word after "to" is an infinitive: "not authorized to speak publicly said", unless
  // it names the people a participle sent something to: "A letter sent to tenants warned"
  if (np && np.start === np.head && toks[np.start - 1]?.lower === 'to' && !sentToPeople(ctx, np))
    np = null;
  // a bare participle after an auxiliary is a passive's verb, as "was admitted" is: "A man who
  // was there when the vote was taken said"
  if (
    np &&
    np.start === np.head &&
    isAuxAt(ctx, np.start - 1) &&
    !ctx.name[np.start] &&
    isParticipleWord(toks[np.start])
  )
    np = null;
  // "A company that bid for the work said", "A bidder that lost said": a past verb after a
  // relative `that` is the relative clause's verb, not a noun after the demonstrative `that`
  if (np && relativeThatVerb(ctx, np, floor)) np = null;
  // "Residents ordered to leave their homes said", "Two officials not authorized to speak
  // publicly said": the phrase a participle with an infinitive modifies, not the infinitive's
  const modified = infinitiveModified(ctx, j, floor);
  if (modified) return subjectAround(ctx, s, modified, floor, depth);
  if (!np) return relativeSearch(ctx, s, j, floor);
  return subjectAround(ctx, s, quotedModifier(ctx, s, contactClause(ctx, np)), floor, depth);
}

/**
 * Whether the phrase `np` opens with a past verb after `that`, which follows a noun: the verb of
 * a relative clause (`A company that bid for the work`, `A team that lost`), not a phrase with
 * the demonstrative `that` (`that bid`). The word before `that` is a noun, no verb (`said that
 * bid ...`), preposition or determiner.
 */
function relativeThatVerb(ctx: Context, np: NounPhrase, floor: number): boolean {
  const toks = ctx.tokens;
  const that = np.start - 1;
  if (np.head !== np.start || that - 1 < floor || toks[that]?.lower !== 'that') return false;
  const before = toks[that - 1]!;
  return (
    isFinitePast(toks[np.start]!) &&
    !ctx.name[np.start] &&
    before.kind === 'word' &&
    isContentWord(before) &&
    !isVerbLike(before) &&
    !isFinitePast(before)
  );
}

/** How far left of the verb's last word the `to` of an infinitive modifier may stand. */
const INFINITIVE_REACH = 8;

/**
 * The phrase before a participle (or `due`) whose infinitive phrase ends at `j`, right before the
 * clause's verb: "Families told to boil their water said", "A witness due to give evidence said",
 * "Two officials not authorized to discuss the matter said". Between `to` and the verb only words
 * of a phrase; the participle follows the phrase's head directly (or `not`), with no auxiliary
 * that would make it finite. The phrase must denote people, a body or a document.
 */
function infinitiveModified(ctx: Context, j: number, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  // (a cheap pass first: most subjects have no `to` within reach)
  for (let k = j - 1; k > floor + 1 && k >= j - INFINITIVE_REACH; k--) {
    const t = toks[k]!;
    if (t.kind !== 'word') return null;
    if (t.lower !== 'to') continue;
    // (a preposition before a phrase: "A letter sent to tenants said", "sent to the council")
    const next = toks[k + 1]!;
    if (isDet(next) || isQuant(next) || headClass(ctx, k + 1) !== 'other') continue;
    let v = k - 1;
    // (a preposition: "not authorised to speak to the press said")
    if (!isParticipleWord(toks[v]) && toks[v]!.lower !== 'due') continue;
    // (a clause of its own inside: "wanted to know what residents said")
    for (let q = k + 1; q < j; q++) {
      const w = toks[q]!;
      if (isRelative(w) || isPronoun(w) || SUBORDINATE.has(w.lower) || CLAUSE_OPENERS.has(w.lower))
        return null;
    }
    if (toks[v - 1]?.lower === 'not') v--;
    if (isAuxAt(ctx, v - 1)) return null;
    const np = phraseEndingAt(ctx, v - 1, floor);
    if (!np || np.end !== v || ctx.name[v - 1] || isAuxAt(ctx, np.start - 1)) return null;
    const cls = headClass(ctx, np.head);
    return isPersonClass(cls) || cls === 'organisation' || cls === 'document' ? np : null;
  }
  return null;
}

/**
 * Whether the bare phrase `np` after `to` is the people or body a participle of a reduced relative
 * sends or shows something to ("An email sent to parents said", "A report presented to councillors
 * says", "A memo leaked to reporters shows"), not an infinitive ("not authorized to speak"): a
 * participle right before `to`, after a word of a phrase, and a head that names people or a body.
 */
function sentToPeople(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const v = np.start - 2;
  if (!isParticipleWord(toks[v]) || isAuxAt(ctx, v - 1) || !isContent(toks[v - 1])) return false;
  const cls = headClass(ctx, np.head);
  return isPersonClass(cls) || cls === 'organisation';
}

/**
 * The subject `np` belongs to: `np` itself, or the phrase whose relative clause, prepositional
 * phrase or participle phrase `np` ends.
 */
function subjectAround(
  ctx: Context,
  s: Sentence,
  phrase: NounPhrase,
  floor: number,
  depth: number,
): SubjectResult {
  const toks = ctx.tokens;
  let np = phrase;
  // the verb's subject is modified by a relative clause: "Doctors who treat burn victims have
  // warned"; the phrase before the verb belongs to the relative clause
  const rel = relativeAntecedent(ctx, s, np.start, floor);
  if (rel) return rel;
  for (let guard = 0; guard < 3; guard++) {
    const before = toks[np.start - 1];
    if (!before || np.start - 1 < floor) break;
    const outer = outOfPrepositionalPhrase(ctx, np, floor, depth);
    if (outer === null) {
      // "Two brokers working on the sale said": the phrase is the object of a preposition after
      // an -ing participle modifying the subject
      const ing = isPrep(before) ? ingObject(ctx, np, floor) : null;
      if (!ing) {
        // "Campaigners against the new road said": the people the phrase describes
        const people = peopleBeforePreposition(ctx, np, floor);
        if (people) np = people;
        break;
      }
      np = ing;
      continue;
    }
    if (outer) {
      np = outer;
      continue;
    }
    // "An attorney representing the families said": the phrase is the object of a participle
    // modifying the subject
    const object = ingObject(ctx, np, floor);
    if (object) {
      np = object;
      continue;
    }
    // (after a verb of saying the phrase starts its clause: "said Mehta acknowledged that")
    const saying = before.kind === 'word' && SAYING.has(before.lower);
    const objectOfVerb =
      (isVerbLike(before) && !isAuxAt(ctx, np.start - 1) && !saying) ||
      (before.kind === 'word' && REPORTING_VERBS.has(before.lower) && !saying) ||
      (before.kind === 'word' && isContentWord(before) && toks[np.start - 2]?.lower === 'to');
    if (objectOfVerb) {
      const rel = relativeSearch(ctx, s, np.start - 1, floor);
      if (rel) return rel;
    }
    break;
  }
  return withNamed(ctx, np);
}

/**
 * The subject of a relative clause with no relative pronoun, when the phrase found runs over the
 * noun it modifies: "..., a figure Harwick managers described as fantasy" credits "Harwick
 * managers", not "a figure Harwick managers" (an aside's noun, then a name that starts the people
 * who speak, whose verb's object is the noun: `described as`, `put at`).
 */
function contactClause(ctx: Context, np: NounPhrase): NounPhrase {
  const toks = ctx.tokens;
  const noun = np.start + 1;
  if (!isDet(toks[np.start]) || !isPunct(toks[np.start - 1], ',')) return np;
  if (noun + 1 >= np.head || np.head !== np.coreEnd - 1) return np;
  const t = toks[noun]!;
  if (t.kind !== 'word' || ctx.name[noun] || (t.f & F.ACTOR) !== 0 || !nominal(ctx, noun))
    return np;
  if (statusAdjective(t) || !ctx.name[noun + 1] || !isPersonClass(headClass(ctx, np.head)))
    return np;
  let v = np.end;
  while (isAdverb(toks[v])) v++;
  const after = toks[v + 1]?.lower;
  return after === 'as' || after === 'at' ? withStart(np, noun + 1) : np;
}

/**
 * When `np` is the object of a preposition inside a reduced relative ("One source quoted in
 * trade website StorageWire"), the phrase the relative modifies, with `np` kept inside it; null
 * when the preposition starts no such relative (stop looking); undefined when no preposition.
 */
function outOfPrepositionalPhrase(
  ctx: Context,
  np: NounPhrase,
  floor: number,
  depth: number,
): NounPhrase | null | undefined {
  const toks = ctx.tokens;
  const before = toks[np.start - 1]!;
  // "Passengers interviewed after the crash described": a subordinating preposition right
  // after a participle is still inside the reduced relative
  // (not for the first conjunct of coordinated verbs, already taken as a finite clause)
  // (not in a Title Case headline, whose verbs are finite: "Spills Tripled as Water Firm Touts")
  const afterParticiple =
    depth === 0 &&
    !ctx.titleCase[ctx.sentenceOf[np.start]!] &&
    isParticipleWord(toks[np.start - 2]) &&
    !INTRANSITIVE_PAST.has(toks[np.start - 2]!.lower) &&
    !isAuxAt(ctx, np.start - 2) &&
    np.start - 2 > floor &&
    // (but an actor, a body or a document after the subordinator is the subject of its own
    // clause: "Shares slumped after the Harbour Bank confirmed", "The row erupted after the
    // board said"; a reduced relative's subordinator is followed by an event, "the crash")
    headClass(ctx, np.head) === 'other';
  if (
    !isPrep(before) ||
    before.lower === 'that' ||
    (SUBORDINATE.has(before.lower) && !afterParticiple)
  )
    return undefined;
  let k: number = np.start - 2;
  // (and, before an agent, a time phrase with its preposition: "A report released on Monday by
  // the institute")
  const agent = before.lower === 'by';
  while (
    k >= floor &&
    (isAdverb(toks[k]) ||
      (isTimeWord(toks[k]) && !ctx.name[k]) ||
      (agent && timePreposition(ctx, k)))
  )
    k--;
  // a second prepositional phrase of the same relative: "Emails obtained by the Post under
  // open-records laws show"
  if (k >= floor && !isParticipleWord(toks[k])) k = secondPhraseParticiple(ctx, k, floor);
  // a phrasal verb's particle: "Workers laid off at the plant say"
  if (k > floor && PARTICLES.has(toks[k]!.lower) && isParticipleWord(toks[k - 1])) k--;
  // only a reduced relative: "One source quoted in trade website StorageWire said"
  if (!(k >= floor && isParticipleWord(toks[k]) && !isAuxAt(ctx, k))) return null;
  k--;
  // the second of two coordinated participles: "A memo circulated among staff on Friday and
  // shared with the Post lays out"
  if (toks[k]?.lower === 'and') {
    for (let q = k - 1; q > floor && q >= k - 10; q--) {
      if (isPunct(toks[q]) || isQuote(toks[q])) break;
      if (!isParticipleWord(toks[q]) || isAuxAt(ctx, q)) continue;
      const first = phraseEndingAt(ctx, q - 1, floor);
      if (first && first.end === q && headClass(ctx, first.head) !== 'other')
        return withEnd(first, np.end);
    }
  }
  // a passive one: "Prisoners being moved to the new jail said"
  if (toks[k]?.lower === 'being') k--;
  const outer: NounPhrase | null = k >= floor ? phraseEndingAt(ctx, k, floor) : null;
  if (!outer) return null;
  // the participle phrase stays in the source: "A study published in the journal X"
  return withEnd(outer, np.end);
}

/** Whether `k` is the preposition of a time phrase: `on` (Monday), `in` (March), `at` (noon). */
function timePreposition(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k]!.lower;
  return (w === 'on' || w === 'in' || w === 'at') && isTimeWord(ctx.tokens[k + 1]);
}

/**
 * When a prepositional phrase ends at `k` right after a participle ("obtained by the Post"), the
 * participle's index; else `k` unchanged.
 */
function secondPhraseParticiple(ctx: Context, k: number, floor: number): number {
  const toks = ctx.tokens;
  const mid = phraseEndingAt(ctx, k, floor);
  if (!mid || mid.end !== k + 1) return k;
  const prep = toks[mid.start - 1];
  if (!prep || !isPrep(prep) || prep.lower === 'that' || SUBORDINATE.has(prep.lower)) return k;
  const q = mid.start - 2;
  return q > floor && isParticipleWord(toks[q]) ? q : k;
}

/** Prepositional adverbials that stand between a subject and its verb: `on average`, `in turn` (each starts with a preposition). */
const ADVERBIAL_PAIRS: ReadonlySet<string> = new Set([
  'at first',
  'in fact',
  'in part',
  'in particular',
  'in turn',
  'of course',
  'on average',
]);

/** Words before `far` in an adverbial of time so far: `so far`, `thus far`. */
const SO_FAR: ReadonlySet<string> = new Set(['so', 'thus']);

/** Particles of phrasal verbs after a participle: `laid off`, `set up`, `turned away`. */
const PARTICLES: ReadonlySet<string> = ruleWords('phrasalParticles');

/** Participles that describe people on their own before a verb: `people briefed say`. */
const BARE_PEOPLE_PARTICIPLES = ruleWords('barePeopleParticiples');

/**
 * A token's word in this file's lists asked at every subject's last word, as bits (see
 * word-bits.ts): by its word-table id, not a Set probe per list.
 */
const listsOf = wordBits(() => [
  SAYING,
  STANDING_ALONE,
  INTENSIFIERS,
  BARE_PEOPLE_PARTICIPLES,
  PLACE_ADVERBS,
]);
const IN_SAYING = 1 << 0;
const IN_STANDING_ALONE = 1 << 1;
const IN_INTENSIFIERS = 1 << 2;
const IN_BARE_PEOPLE_PARTICIPLES = 1 << 3;
const IN_PLACE_ADVERBS = 1 << 4;

/** Participles of publishing that head a document's reduced relative: "An audit released Friday". */
const PUBLISHING = ruleWords('publishing');

/** Adverbs of place a reduced relative may end with: `posted online`, `filmed nearby`. */
const PLACE_ADVERBS = ruleWords('placeAdverbs');

/** Past forms without a passive: never a reduced relative (`Police arrived after a neighbor said`). */
const INTRANSITIVE_PAST = ruleWords('intransitivePast');

/**
 * The subject of the nearest finite verb before token `i` in its sentence, if any: whom a
 * participle or an anonymity phrase belongs to ("..., he said, adding that", "the people, who
 * asked not to be identified").
 */
export function clauseSubject(ctx: Context, s: Sentence, i: number): SubjectResult {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first; k--) {
    const w = toks[k]!;
    if (isPunct(w, ';') || isPunct(w, ':') || isPunct(w, '(')) return null;
    // a quotation before the participle is the content of the clause's cue, not its verb
    if (isQuote(w) && isOpenQuote(w)) return null;
    if (!(isAux(w) || (isFinitePast(w) && !ctx.name[k])) || isParticipleOfNoun(ctx, k)) continue;
    let g = k;
    while (g - 1 >= s.first && (isAux(toks[g - 1]) || isAdverb(toks[g - 1]))) g--;
    // "The mayor said the town would bid for the money, adding that": the verb is the reported
    // clause's, and `adding` after a comma adds to what the reporting verb's subject said (other
    // participles may belong to the reported clause: "said managers had pushed back, arguing")
    const adding = toks[i]?.lower === 'adding' && isPunct(toks[i - 1], ',');
    const say = adding ? reportingVerbBefore(ctx, s, g) : -1;
    return findSubject(ctx, s, say >= 0 ? say : g);
  }
  return null;
}

/**
 * The token of `said`, `told` or another verb of saying whose reported clause (with no mark
 * between) holds token `g`, or -1: "The mayor said [the town would bid]".
 */
function reportingVerbBefore(ctx: Context, s: Sentence, g: number): number {
  const toks = ctx.tokens;
  for (let q = g - 1; q > s.first && q >= g - 8; q--) {
    const t = toks[q]!;
    if (t.kind !== 'word' || isRelative(t)) return -1;
    if (isAux(t) || isFinitePast(t)) {
      // (the verb group of the report itself: "has said", "told reporters")
      if (!REPORTS_CLAUSE.has(t.lower) || ctx.name[q]) return -1;
      let v = q;
      while (v - 1 >= s.first && (isAux(toks[v - 1]) || isAdverb(toks[v - 1]))) v--;
      return v;
    }
  }
  return -1;
}

/** Past verbs of saying that take a reported clause: `said`, `told`, `added`, `wrote`. */
const REPORTS_CLAUSE: ReadonlySet<string> = new Set(['added', 'said', 'told', 'wrote']);

/** A participle right after a noun is a reduced relative, not a finite verb: "papers issued". */
function isParticipleOfNoun(ctx: Context, k: number): boolean {
  const p = ctx.tokens[k - 1];
  return (
    !!p &&
    isContent(p) &&
    !ctx.name[k - 1] &&
    !isAux(p) &&
    /ed$/.test(ctx.tokens[k]!.lower) &&
    headClass(ctx, k - 1) === 'other' &&
    // "The minister defended the plan, saying": a person's shape, so a subject and its verb
    !agentiveNoun(p.lower)
  );
}

/**
 * Verbs of saying whose clause may start with its subject (`said Mehta acknowledged`), or that
 * stand inside a relative clause (`which he said showed`).
 */
export const SAYING: ReadonlySet<string> = new Set([
  'said',
  'says',
  'say',
  'added',
  'adds',
  'wrote',
  'writes',
]);

/**
 * A headline joins its predicates with a comma, `but` or `and` and states the subject once:
 * "Central bank holds rates but signals cut", "Regulator lifts price cap by 6%, signals further
 * rise". The third-person present verb at `g`, right after the joint `j`, shares the subject of
 * the nearest third-person present verb before it, when that verb follows its own subject
 * directly (not "Rates rise as bank signals cut", whose verb has a subject of its own).
 */
export function headlineConjunct(
  ctx: Context,
  s: Sentence,
  j: number,
  g: number,
  depth: number,
): SubjectResult {
  const toks = ctx.tokens;
  const t = toks[j]!;
  if (j !== g - 1 || !(isPunct(t, ',') || t.lower === 'but' || t.lower === 'and')) return null;
  if (!thirdPresent(ctx, g) || !isHeadline(ctx, s)) return null;
  for (let k = j - 1; k > s.first; k--) {
    const w = toks[k]!;
    if (isPunct(w, ';') || isPunct(w, ':') || isQuote(w)) return null;
    if (!thirdPresent(ctx, k) || isContent(toks[k + 1]) === false) continue;
    const found = findSubject(ctx, s, k, depth + 1);
    if (!found || isPronounSubject(found) || found.np.end !== k) continue;
    return found;
  }
  return null;
}

/** A third-person present form at `k` that is no name: `holds`, `lifts`, `signals` (not `boss`). */
function thirdPresent(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  return (
    !!w &&
    w.kind === 'word' &&
    !ctx.name[k] &&
    (w.f & (F.FUNC | F.ACTOR)) === 0 &&
    /[a-z]{2}s$/.test(w.lower) &&
    !/(ss|us|is)$/.test(w.lower)
  );
}
