/**
 * Per-text analysis state shared by the detectors: the tokens, their sentences and cheap
 * per-token facts (is it a name, which sentence is it in) computed once.
 */
import {
  ADVERBS,
  agentiveNoun,
  F,
  HEDGE_WORDS,
  INSTITUTION_WORDS,
  OCCUPATION_NOUNS,
  onlyPerson,
  PERSON_NOUNS,
  reportingVerb,
  ROLE_NOUNS,
  ruleWords,
  TITLE_NOUNS,
} from './lexicon';
import type { Sentence } from './sentences';
import { monthForename } from './month-forename';
import { SEE_FORMS, seeingAs } from './seeing-as';
import { MERIDIEMS, sentencesOf } from './sentences';
import type { Token } from './tokenize';
import { tokenizeReusing } from './tokenize';
import { wordBits } from './word-bits';
import { WORD_SLOTS } from './word-table';
import type { Named } from './types';

export interface Context {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Index into `sentences` for each token. */
  sentenceOf: Int32Array;
  /** Whether each token is (part of) a proper name. */
  name: Uint8Array;
  /** Whether each sentence is a Title Case headline (capitals then say nothing about names). */
  titleCase: Uint8Array;
  /**
   * The lexicon flags (`F`) of each sentence's words together: a detector whose every finding
   * needs a word of some kind skips the sentences that have none.
   */
  sentenceFlags: Int32Array;
  /**
   * Whether earlier sources with a given role head were named, so that a later `the official`
   * refers back to `a Pentagon official` (named) or `a senior official` (not).
   */
  mentions: Map<string, Named>;
  /** `headClass` of each token once asked (its index in that function's list + 1; 0 = not yet). */
  headClasses: Uint8Array;
  /** `isPlaceName` of each token once asked (2 yes, 1 no, 0 not yet). */
  placeNames: Uint8Array;
  /**
   * Lowercase words of proper names to where they first occur, so that `the railroad` after
   * `the Pellham Valley Railroad Company` refers back to a named body.
   */
  nameWords: Map<string, number>;
  /**
   * Lowercase nouns for a kind of body written right after a name, past a possessive or at most
   * two lowercase modifiers (`the Tolnik health centre`, `St Brigid's hospital`, `Dresvik city
   * council`), to where they first occur so: `the centre` later refers back to that named body.
   */
  kindWords: Map<string, number>;
  /** One-word names the text itself calls places (`the town of Ostrel`), lowercase. */
  places: Set<string>;
  /** same-word.ts's chain of earlier mentions, built when first asked (null until then). */
  sameWord: Int32Array | null;
  /**
   * namedness.ts's answers per phrase start: the phrase's packed bounds and its answer, built when
   * first asked (null until then).
   */
  namedMemo: { keys: Int32Array; answers: Int8Array } | null;
  /**
   * quoted-speaker.ts's quotation marks around each token: the opening mark in effect and the
   * next closing mark in its paragraph, built when first asked (null until then).
   */
  quotes: { open: Int32Array; close: Int32Array } | null;
}

/** The mark of each word-table id's word seen in lowercase (see `buildContext`). */
const lowerMarks = new Int32Array(WORD_SLOTS);
/** The mark of each word-table id's word seen capitalised at a sentence start. */
const initialMarks = new Int32Array(WORD_SLOTS);
/** The mark of each word-table id's word seen capitalised after a word inside a sentence. */
const capAfterMarks = new Int32Array(WORD_SLOTS);
/** The latest mark handed out: one per `buildContext` call. */
let marks = 0;

/** Irregular participles of getting hold of a document: `seen`, `shown`, `given`. */
const SEEN_PARTICIPLES: ReadonlySet<string> = new Set([
  'given',
  'seen',
  'shown',
  'taken',
  'written',
]);

/**
 * Tokenises `text` once and computes the shared per-token facts. `reuse`: the tokens of an
 * earlier part that nobody holds any more, an array the new tokens overwrite.
 */
export function buildContext(
  text: string,
  from = 0,
  to = text.length,
  reuse: Token[] = [],
): Context {
  const tokens = tokenizeReusing(text, from, to, reuse);
  const sentences = sentencesOf(text, tokens);
  // (-1 for the tokens between sentences, written as the sentences are visited)
  const sentenceOf = new Int32Array(tokens.length);
  const name = new Uint8Array(tokens.length);
  const titleCase = new Uint8Array(sentences.length);
  const sentenceFlags = new Int32Array(sentences.length);
  // A capitalised word at a sentence start is a name only if the text does not also use it in
  // lowercase, and it is capitalised inside a sentence too (`Corrigan has ...`) or begins a run
  // of capitals (`Halvard Foods`). Only sentence-initial words are tracked: found in the same
  // pass over each sentence that tells a Title Case headline (whose every word is capitalised as
  // if it started a sentence), so the tokens are read once while they are at hand.
  // (marked by word-table id, as `lowerMarks`: a word not in the table goes in `initialOther`;
  // all the tokens of a word have its id, or none has one)
  const initialOther = new Set<string>();
  /** The sentence's other capitalised words (token indices), initial words if it is a headline. */
  const capitals: number[] = [];
  /**
   * The capitalised words that may be names (not function or time words), in text order: the
   * name pass below reads these, not every token again.
   */
  const capIndex: number[] = [];
  /** Of `capIndex`, the month words that may be forenames (`Mar Hicks`: `monthForename`). */
  const months: number[] = [];
  // Whether an initial word also occurs in lowercase, or capitalised after a word inside a
  // sentence, is gathered in the same pass: lowercase words are marked by their word-table id
  // (`lowerMarks`, this call's `mark`; a word not in the table by its string), capitalised words
  // after a word are kept while their sentence is not a headline. Function words are left out:
  // an initial word is never one.
  const mark = ++marks;
  const lowerOther = new Set<string>();
  /** Capitalised content words after a word (not an abbreviation), in non-headline sentences. */
  const capAfterWord: number[] = [];
  /** The token after the previous sentence (the tokens before the next one have none). */
  let after = 0;
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    for (; after < s.first; after++) sentenceOf[after] = -1;
    after = s.last;
    let long = 0;
    let capped = 0;
    let small = 0;
    let smallCapped = 0;
    if (capitals.length > 0) capitals.length = 0;
    const capFrom = capAfterWord.length;
    sentenceOf[s.first] = si;
    const t0 = tokens[s.first]!;
    seeOnlyAs(tokens, s.first, s.last);
    let flags = t0.f;
    if (t0.kind === 'word' && (t0.f & F.FUNC) === 0) {
      if (t0.cap) {
        if (t0.id >= 0) initialMarks[t0.id] = mark;
        else initialOther.add(t0.lower);
        if ((t0.f & F.TIME) === 0) capIndex.push(s.first);
        else if (monthForename(tokens, s.first)) {
          capIndex.push(s.first);
          months.push(s.first);
        }
        const p = tokens[s.first - 1];
        if (p && p.kind === 'word' && !endsWithStop(p.lower)) capAfterWord.push(s.first);
      } else if (t0.id >= 0) lowerMarks[t0.id] = mark;
      else lowerOther.add(t0.lower);
    }
    for (let i = s.first + 1; i < s.last; i++) {
      sentenceOf[i] = si;
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      seeOnlyAs(tokens, i, s.last);
      flags |= t.f;
      if ((t.f & F.FUNC) !== 0) {
        if (t.lower.length <= 3) {
          small++;
          if (t.cap) smallCapped++;
        } else {
          long++;
          if (t.cap) capped++;
        }
        continue;
      }
      long++;
      if (!t.cap) {
        if (t.id >= 0) lowerMarks[t.id] = mark;
        else lowerOther.add(t.lower);
        continue;
      }
      capped++;
      if ((t.f & F.TIME) === 0) capIndex.push(i);
      else if (monthForename(tokens, i)) {
        capIndex.push(i);
        months.push(i);
      }
      const p = tokens[i - 1]!;
      if (p.kind === 'quote' || p.lower === ':' || isDash(p) || p.lower === '(') {
        if (t.id >= 0) initialMarks[t.id] = mark;
        else initialOther.add(t.lower);
      } else {
        capitals.push(i);
        if (p.kind === 'word' && !endsWithStop(p.lower)) capAfterWord.push(i);
      }
    }
    const last = tokens[s.last - 1];
    const stopped = !!last && (last.lower === '.' || last.kind === 'quote');
    // ("Ruiz Rebuts Claim", "Officials Dismiss Claim": three words, all capitalised, a reporting
    // verb among the last two, make a headline too; not a byline or a name, "By Ana Ruiz"; so do
    // capitalised particles and articles between them, "Officials Brush Off Criticism", "Mayor
    // Hits Out At The Plan")
    const isTitle =
      !stopped &&
      (long >= 3 ||
        (long === 2 &&
          capped === 2 &&
          smallCapped === small &&
          (flags & (F.REPORT | F.CUE_PARTICLE)) !== 0)) &&
      capped >= long * 0.75 &&
      (small === 0 || smallCapped > 0 || capped === long);
    titleCase[si] = isTitle ? 1 : 0;
    sentenceFlags[si] = flags;
    if (isTitle) {
      for (let k = 0; k < capitals.length; k++) {
        const w = tokens[capitals[k]!]!;
        if (w.id >= 0) initialMarks[w.id] = mark;
        else initialOther.add(w.lower);
      }
      capAfterWord.length = capFrom;
    }
  }
  for (; after < tokens.length; after++) sentenceOf[after] = -1;
  const capAfterOther = new Set<string>();
  /**
   * Two capitalised words the text writes together inside a sentence ("at Whole Foods"), as
   * "whole foods": at a sentence start the pair is the same name, though its first word is also
   * a common word the text writes in lowercase ("whole paycheck").
   */
  let capPairs: Set<number | string> | null = null;
  /**
   * Capitalised words the text writes inside a sentence only within a body's name, never first
   * ("Security" of "the National Cyber Security Centre", "Shipping" of "Gallant Ridge Shipping"),
   * and the words it also writes otherwise (first in a name, alone, or a person's surname last).
   */
  let innerOnly: Set<string> | null = null;
  let capOther: Set<string> | null = null;
  for (let k = 0; k < capAfterWord.length; k++) {
    const i = capAfterWord[k]!;
    const t = tokens[i]!;
    if (t.id >= 0) capAfterMarks[t.id] = mark;
    else capAfterOther.add(t.lower);
    if (insideBodyName(tokens, i)) (innerOnly ??= new Set()).add(t.lower);
    else (capOther ??= new Set()).add(t.lower);
    const n = tokens[i + 1];
    if (n && n.kind === 'word' && n.cap && (n.f & F.FUNC) === 0) {
      (capPairs ??= new Set()).add(pairKey(t, n));
    }
  }
  /** An initial word the text also writes in lowercase. */
  const lowerSeen = (t: Token): boolean =>
    t.id >= 0
      ? initialMarks[t.id] === mark && lowerMarks[t.id] === mark
      : initialOther.has(t.lower) && lowerOther.has(t.lower);
  /** An initial word the text also capitalises after a word inside a sentence. */
  const capSeen = (t: Token): boolean =>
    t.id >= 0
      ? initialMarks[t.id] === mark && capAfterMarks[t.id] === mark
      : initialOther.has(t.lower) && capAfterOther.has(t.lower);
  /**
   * An initial word in -ly of no word list that the text also capitalises inside a sentence: a
   * name ("Connolly, who chairs the board, said" beside "said Connolly"; the app "Stridely"), not
   * an adverb ("Curiously,"), which prose capitalises only first.
   */
  const lyNameSeen = (t: Token): boolean =>
    (t.f & (F.COMMON | F.COMMON_S)) === 0 && t.lower.endsWith('ly') && capSeen(t);
  for (const i of capIndex) {
    const si = sentenceOf[i]!;
    const s = sentences[si]!;
    const isTitle = titleCase[si] === 1;
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // ("**The intrigue:** Officials were drafting", ". **Officials** said": marks of emphasis
    // are passed over to the colon or the full stop before them)
    let b = i - 1;
    while (b >= s.first && (tokens[b]!.lower === '*' || tokens[b]!.lower === '_')) b--;
    const lead = b < i - 1 ? tokens[b] : prev;
    const initial =
      b < s.first ||
      !prev ||
      prev.kind === 'quote' ||
      lead?.lower === ':' ||
      (lead !== prev && (lead?.lower === '.' || lead?.lower === '!' || lead?.lower === '?')) ||
      isDash(prev) ||
      prev.lower === '(' ||
      // ("hit the woman at about 7:50 a.m. Witnesses gave officers": the abbreviation's period
      // ends the sentence too)
      prev.lower === 'a.m.' ||
      prev.lower === 'p.m.' ||
      afterClock(text, tokens, s.first, i);
    const acronym = t.end - t.start >= 2 && allCapitals(text, t.start, t.end);
    const next = tokens[i + 1];
    if (
      (isTitle || initial) &&
      ((isCommon(t, next) && !lyNameSeen(t)) ||
        lowerSeen(t) ||
        fieldNoun(t, next) ||
        (isTitle && tradeModifier(t, next, tokens[i + 2]))) &&
      !(capPairs !== null && next?.cap === true && capPairs.has(pairKey(t, next))) &&
      // "ONS figures show": an acronym read as a plural ("on" + s) before a lowercase noun
      !(acronym && (t.f & F.COMMON) === 0 && !lowerSeen(t) && lowercaseWord(tokens[i + 1]))
    )
      continue;
    // "An opposition MP said", "the company's CEO": a role's abbreviation is no name
    if (acronym && (ROLE_NOUNS.has(t.lower) || TITLE_NOUNS.has(t.lower))) continue;
    // "TV insiders claim", "a PR executive": the acronym of a common noun, outside a name ("Sky
    // TV", "TV Norte")
    if (acronym && COMMON_ACRONYMS.has(t.lower) && !name[i - 1] && !tokens[i + 1]?.cap) continue;
    // "14:05 GMT", "10am ET": a time's zone is no name (a liveblog's "09:14 GMT" is no body
    // that "the company" below it can be)
    if (
      acronym &&
      CLOCK_ZONES.has(t.lower) &&
      !!prev &&
      (prev.kind === 'num' || prev.lower === 'am' || prev.lower === 'pm')
    )
      continue;
    // "several MPs", "CEOs", "NGOs": the plural of an acronym is a kind, not a name
    if (!acronym && pluralAcronym(text, t.start, t.end)) continue;
    // "TELLY bosses have axed", "TERROR cops raided", "GREEDY thieves": a tabloid opens a story
    // with an ordinary word in capitals before a lowercase person noun (not "NATO officials",
    // "FIFA bosses", "NHS staff": an acronym, which the text also writes inside a sentence)
    // ("A VICAR who ran off", "A SMUGGLING gang used", "A TRUCKER has been jailed": the same
    // capitals after the article that opens the story)
    const opening = initial || (i - 1 === s.first && OPENING_ARTICLES.has(prev?.lower ?? ''));
    if (acronym && opening && !isTitle && !capSeen(t) && tabloidCapital(text, t, next)) continue;
    // "Lobbyists say", "Economists warned", "Anglers said": a plural person noun starting a
    // sentence; -ers and -ors are also surnames and names (Sanders, Reuters, Connors), so only
    // when the word is never capitalised inside a sentence and a plural verb or `said` follows
    if (
      initial &&
      !isTitle &&
      !capSeen(t) &&
      (PERSON_PLURAL.test(t.lower) ||
        (AGENT_PLURAL.test(t.lower) && pluralVerbAfter(tokens, i, personPlural(t)))) &&
      agentiveNoun(t.lower)
    )
      continue;
    // "Pals of Dex said", "Relatives of the victims say": people known by whom they are close to
    // (not "Friends of the Earth", a name after `of`)
    if (
      initial &&
      !isTitle &&
      !capSeen(t) &&
      t.lower.endsWith('s') &&
      RELATION_HEADS.has(t.lower) &&
      (pluralVerbAfter(tokens, i) ||
        (tokens[i + 1]?.lower === 'of' && !(tokens[i + 2]?.lower === 'the' && tokens[i + 3]?.cap)))
    )
      continue;
    // "Security researchers said" where the text names "the National Cyber Security Centre",
    // "Shipping analysts say" after "Gallant Ridge Shipping": a field word the text capitalises
    // only inside a body's name, before a lowercase person noun, is that field, not the body (a
    // body goes by its first words, "Gallant Ridge"; not the body's own kind word, "Council
    // officials", nor a surname, the last word of a person's name)
    const fieldWord =
      initial &&
      !isTitle &&
      !acronym &&
      (t.f & F.ACTOR) === 0 &&
      innerOnly !== null &&
      innerOnly.has(t.lower) &&
      !capOther?.has(t.lower) &&
      !!next &&
      next.kind === 'word' &&
      !next.cap &&
      (next.f & F.ACTOR) !== 0 &&
      (next.f & (F.FUNC | F.REPORT | F.ADV)) === 0;
    if (fieldWord) continue;
    if (initial && !isTitle && !capSeen(t) && !acronym) {
      // "Transport planners", "Health officials": a modifier before a lowercase noun;
      // "Reuters reported", "Apple has": a name before its verb
      const n = tokens[i + 1];
      // ("Furious MPs demanded": an adjective before the plural of a role's abbreviation)
      const modifier =
        !!n &&
        n.kind === 'word' &&
        (!n.cap || ((n.f & F.ACTOR) !== 0 && pluralAcronym(text, n.start, n.end))) &&
        (n.f & (F.FUNC | F.REPORT | F.ADV)) === 0 &&
        !n.lower.endsWith('ed');
      // "Internal emails show": an adjective before a plural document or actor noun
      const adjective =
        !modifier &&
        !!n &&
        (n.f & F.ACTOR) !== 0 &&
        !n.cap &&
        n.lower.endsWith('s') &&
        ADJECTIVE_ENDING.test(t.lower);
      // "Weather forecasts suggest", "Court records show": a modifier before a plural noun
      // that is also a reporting verb, when a verb of its own follows it (not a name in -s:
      // "Reuters reports say")
      const after = tokens[i + 2];
      const pluralNoun =
        !modifier &&
        !adjective &&
        !t.lower.endsWith('s') &&
        !!n &&
        n.kind === 'word' &&
        !n.cap &&
        (n.f & F.REPORT) !== 0 &&
        (n.f & F.ACTOR) !== 0 &&
        n.lower.endsWith('s') &&
        !!after &&
        after.kind === 'word' &&
        !after.cap &&
        (PLURAL_VERBS.has(after.lower) ||
          reportingVerb(after)?.forms.has('base') === true ||
          // "Procurement records obtained under a records request show", "Phone records seen
          // by the paper": a participle of the document's own phrase, with its preposition
          (((after.lower.endsWith('ed') && after.lower.length > 4) ||
            SEEN_PARTICIPLES.has(after.lower)) &&
            ((tokens[i + 3]?.f ?? 0) & F.PREP) !== 0));
      if (modifier || adjective || pluralNoun) continue;
    }
    name[i] = 1;
    // a name shaped like an adverb is none: "Tully says", "Kelly has"
    if ((t.f & F.ADV) !== 0 && !ADVERBS.has(t.lower)) t.f &= ~F.ADV;
  }
  if (months.length > 0) keepMonthForenames(tokens, name, titleCase, sentenceOf, months);
  // One pass over the names for two kinds of back-reference. `mentions`: a title right before a
  // name ("Striker Tomas Rell") or in apposition to it ("Tomas Rell, a striker for the club,")
  // makes a later "the striker" a named person. `nameWords`: the words of multiword names, so
  // that "the railroad" after "the Pellham Valley Railroad Company" is a named body.
  const mentions = new Map<string, Named>();
  const nameWords = new Map<string, number>();
  const kindWords = new Map<string, number>();
  const places = new Set<string>();
  // only names and the words right before them matter: the names are among the capitalised
  // words of `capIndex` (in text order), so the pass visits each name and the word before it
  // (unless that is a name, visited as one) instead of reading the flags of every token
  const near: number[] = [];
  for (const at of capIndex) {
    if (!name[at]) continue;
    if (at > 0 && !name[at - 1]) near.push(at - 1);
    near.push(at);
  }
  for (let v = 0; v < near.length; v++) {
    const i = near[v]!;
    const t = tokens[i]!;
    if (!name[i]) {
      // (not in a Title Case headline, where every word is capitalised: "Man Charged After")
      if (
        t.kind === 'word' &&
        !titleCase[sentenceOf[i]!] &&
        (t.f & (F.FUNC | F.REPORT)) === 0 &&
        ((t.f & F.ACTOR) !== 0 || agentiveNoun(t.lower))
      )
        mentions.set(t.lower, true);
      continue;
    }
    // (also across `of`: "the University of Ferncastle", "the Ministry of Health")
    if (
      (name[i - 1] ||
        name[i + 1] ||
        (tokens[i + 1]?.lower === 'of' && name[i + 2]) ||
        (tokens[i - 1]?.lower === 'of' && name[i - 2]) ||
        // (and past a possessive inside the name: "the Westfield Children's Clinic")
        (tokens[i - 1]?.kind === 'pos' &&
          name[i - 2] &&
          !name[i + 1] &&
          ((t.f & F.ACTOR) !== 0 || INSTITUTION_WORDS.has(t.lower)))) &&
      !nameWords.has(t.lower)
    )
      nameWords.set(t.lower, i);
    if (!name[i + 1]) kindAfterName(tokens, name, i, kindWords);
    // "the nearby town of Ostrel", "the town of Qasr Tayyib": a name the text calls a place
    if (
      !name[i - 1] &&
      tokens[i - 1]?.lower === 'of' &&
      PLACE_KINDS.has(tokens[i - 2]?.lower ?? '') &&
      !name[i - 2]
    )
      for (let k = i; name[k]; k++) places.add(tokens[k]!.lower);
    // "in northern Qasira", "southwestern Brevia": a name after a lowercase compass adjective
    const compass = tokens[i - 1];
    if (!name[i - 1] && compass?.kind === 'word' && !compass.cap && COMPASS.has(compass.lower))
      for (let k = i; name[k]; k++) places.add(tokens[k]!.lower);
    // "the surrounding Millbrook neighbourhood", "the Tigray region": a name before the kind of
    // place it is (lowercase, after the name)
    if (!name[i + 1] && tokens[i + 1]?.kind === 'word' && PLACE_KINDS.has(tokens[i + 1]!.lower))
      for (let k = i; name[k]; k--) places.add(tokens[k]!.lower);
    // "the Tavir government": a one-word name before `government` is its country (not a leader
    // named before, "the Meloni government" after "Giorgia Meloni")
    if (
      !name[i - 1] &&
      !name[i + 1] &&
      tokens[i + 1]?.lower === 'government' &&
      !tokens[i + 1]!.cap &&
      !nameWords.has(t.lower)
    )
      places.add(t.lower);
    if (name[i + 1] || tokens[i + 1]?.lower !== ',') continue;
    const d = tokens[i + 2]?.lower;
    if (d !== 'a' && d !== 'an' && d !== 'the') continue;
    for (let k = i + 3; k < tokens.length && k <= i + 6; k++) {
      const w = tokens[k]!;
      if (w.kind === 'pos') continue;
      if (w.kind !== 'word' || name[k]) break;
      const n = tokens[k + 1];
      if (n && n.kind === 'pos') continue;
      const ends = !n || n.kind !== 'word' || n.lower === 'who' || (n.f & F.PREP) !== 0;
      if (ends && ((w.f & F.ACTOR) !== 0 || agentiveNoun(w.lower))) {
        mentions.set(w.lower, true);
        break;
      }
    }
  }
  return {
    text,
    tokens,
    sentences,
    sentenceOf,
    name,
    titleCase,
    sentenceFlags,
    mentions,
    nameWords,
    kindWords,
    places,
    headClasses: new Uint8Array(tokens.length),
    placeNames: new Uint8Array(tokens.length),
    sameWord: null,
    namedMemo: null,
    quotes: null,
  };
}

/**
 * The key of two words written together in `capPairs`: a number made of their word-table ids
 * when both have one (an id stands for one word: see Token.id), else their words joined by a
 * space (a new string per pair was most of what the pairs cost).
 */
/**
 * A month word kept as a name (`monthForename`) stays one only before a name, outside a Title
 * Case headline (`March Sales Rise`); then it is no time word either, so the name runs on
 * through it (`Mar Hicks`, not `Hicks`).
 */
function keepMonthForenames(
  tokens: readonly Token[],
  name: Uint8Array,
  titleCase: Uint8Array,
  sentenceOf: Int32Array,
  months: readonly number[],
): void {
  for (const i of months) {
    if (!name[i]) continue;
    if (!name[i + 1] || titleCase[sentenceOf[i]!] === 1) name[i] = 0;
    else tokens[i]!.f &= ~F.TIME;
  }
}

/** A form of `see` with no `as` ahead is sight, no reporting verb (seeing-as.ts). */
function seeOnlyAs(tokens: readonly Token[], i: number, last: number): void {
  const t = tokens[i]!;
  if ((t.f & F.REPORT) !== 0 && SEE_FORMS.has(t.lower) && !seeingAs(tokens, i, last))
    t.f &= ~F.REPORT;
}

function pairKey(t: Token, n: Token): number | string {
  return t.id >= 0 && n.id >= 0 ? t.id * WORD_SLOTS + n.id : `${t.lower} ${n.lower}`;
}

/**
 * Dashes after which a word starts a clause as after a full stop: `SANLO (Wire) - Troops
 * stormed`, `the bridge — Officials said` (a hyphen inside a word is no token of its own).
 */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Whether `t` is one of the `DASHES` (a punctuation token: most tokens asked are words). */
const isDash = (t: Token): boolean => t.kind === 'punct' && DASHES.has(t.lower);

const ADJECTIVE_ENDING = /(?:al|ive|ous|ic|ary|ful|less|able|ible|ed)$/;

const PERSON_PLURAL = /(?:ists|ians|ants|ents)$/;

/** Heads that say only how someone is related to another: `pals`, `relatives`, `allies`. */
const RELATION_HEADS = ruleWords('relationHeads');

/** Acronyms of common nouns: `TV`, `PR`, `AI`. */
const COMMON_ACRONYMS = ruleWords('commonAcronyms');
const CLOCK_ZONES = ruleWords('clockZones');

/**
 * Whether a token is in `MERIDIEMS` or `CLOCK_ZONES` (non-zero), kept by its word (word-bits.ts):
 * `afterClock` asks it of the word before each capitalised word, two Set probes each.
 */
const clockWordOf = wordBits(() => [MERIDIEMS, CLOCK_ZONES]);
/** Acronyms spoken as words that have an English word's shape: `OFSTED`, `CERN`, `NICE`. */
const SPOKEN_ACRONYMS = ruleWords('spokenAcronyms');

const AGENT_PLURAL = /[a-z]{3}(?:ers|ors)$/;

/**
 * Whether a plural verb or `said` follows token `i`: `have`, `are`, `say`, `said` (not `has`);
 * with `anyPast`, any reporting verb in the past before `that` (`warned that`, `claimed that`;
 * not "Rovers reported a loss", a club's name before its object).
 */
function pluralVerbAfter(tokens: readonly Token[], i: number, anyPast = false): boolean {
  // past adverbs and a short place phrase: "Farmers downstream in Kelm say"
  for (let k = i + 1; k < i + 6; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word') return false;
    if (PLURAL_VERBS.has(t.lower) || t.lower === 'said' || t.lower === 'told') return true;
    if (anyPast && pastReport(t) && tokens[k + 1]?.lower === 'that') return true;
    if ((t.f & (F.AUX | F.REPORT)) !== 0) return false;
  }
  return false;
}

/** Whether `t` is a reporting verb in the past: `warned`, `claimed`, `reported`. */
function pastReport(t: Token): boolean {
  return (t.f & F.REPORT) !== 0 && reportingVerb(t)?.forms.has('past') === true;
}

/**
 * Whether the plural `t` is a person noun the lexicon lists or WordNet knows as a person in every
 * sense (`canvassers`, `spymasters`, `modellers`), which may open a sentence before any past
 * reporting verb ("Spymasters warned that"); not a word that is also a thing, as surnames in -ers
 * are (`Sanders`, a tool).
 */
function personPlural(t: Token): boolean {
  return (t.f & F.ACTOR) !== 0 || onlyPerson(t.lower);
}

const PLURAL_VERBS: ReadonlySet<string> = new Set([
  'are',
  'were',
  'have',
  'say',
  'warn',
  'believe',
  'argue',
  'fear',
  'complain',
  'claim',
  'worry',
  'expect',
]);

/** Nouns for a place before `of` and its name: `the town of Ostrel`, `the state of Kelm`. */
const PLACE_KINDS = ruleWords('placeKinds');

/**
 * Records in `kindWords` the noun for a kind of body written after the name ending at token `e`
 * (`the Tolnik health centre`, `St Brigid's hospital`, `Dresvik city council`): past a possessive,
 * or at most two lowercase modifiers, a noun of KIND_AFTER_NAME, unless an indefinite opens the
 * phrase (`a Kessland bank`, `one Ostby clinic`: a body of that place, not named).
 */
function kindAfterName(
  tokens: readonly Token[],
  name: Uint8Array,
  e: number,
  kindWords: Map<string, number>,
): void {
  let a = e;
  while (a > 0 && name[a - 1]) a--;
  const before = tokens[a - 1]?.lower;
  if (before === 'a' || before === 'an' || before === 'one' || before === 'another') return;
  let k = e + 1;
  if (tokens[k]?.kind === 'pos') k++;
  for (let n = 0; n < 3; n++, k++) {
    const w = tokens[k];
    if (!w || w.kind !== 'word' || w.cap || name[k] || (w.f & F.FUNC) !== 0) return;
    if (KIND_AFTER_NAME.has(w.lower)) {
      if (!kindWords.has(w.lower)) kindWords.set(w.lower, k);
      return;
    }
  }
}

/**
 * Nouns for a kind of body that a story writes after the body's name (`the Halvik steel plant`):
 * public bodies and the places a body runs, not places many share (`airport`, `port`: decision
 * 187 of the labelled sets), nor a party, a force or a state (decisions 5, 60 and 21 cover those).
 */
const KIND_AFTER_NAME = ruleWords('kindAfterName');

/** Lowercase compass adjectives before a place's name: `northern`, `southwestern`. */
const COMPASS = ruleWords('compassAdjectives');

/** `MPs`, `CEOs`: two or more capitals and a final lowercase `s`. */
function pluralAcronym(text: string, start: number, end: number): boolean {
  if (end - start < 3 || text.charCodeAt(end - 1) !== 115) return false; // s
  return allCapitals(text, start, end - 1);
}

/** Articles that open a story before a tabloid's word in capitals: `A VICAR`, `The TELLY bosses`. */
const OPENING_ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Endings of English words, by which a word in capitals is no acronym: `TELLY`, `FUMING`. */
const WORD_ENDING = /(?:[^aeiou]y|ie|er|or|ed|ing|ous|ful|less|ish|ness)$/;

/**
 * Whether capitalised `t`, an opening word, is an ordinary English word in a tabloid's capitals
 * before a lowercase person noun (`TELLY bosses`, `TERROR cops`, `SOAP stars`, `CHEEKY crooks`),
 * or is a person noun itself before a lowercase word (`A VICAR who`, `SPOOKS are probing`).
 * By its shape: four letters or more with a vowel, and an English ending, or a consonant at both
 * ends (an acronym spoken as a word mostly starts or ends with a vowel: `NATO`, `FIFA`, `UEFA`,
 * `OPEC`, `OFCOM`, `UNICEF`; one too short to say is spelled: `BBC`, `NHS`, `US`).
 */
function tabloidCapital(text: string, t: Token, next: Token | undefined): boolean {
  if (!next || next.kind !== 'word' || next.cap) return false;
  // a person noun after it ("TELLY bosses"), or the word is one itself before a lowercase word
  // ("A VICAR who", "SPOOKS are probing")
  const before = (next.f & F.ACTOR) !== 0 && (next.f & (F.FUNC | F.REPORT | F.AUX)) === 0;
  if (!before && (t.f & F.ACTOR) === 0) return false;
  const lower = t.lower;
  if (lower.length < 4 || !/[aeiou]/.test(lower) || SPOKEN_ACRONYMS.has(lower)) return false;
  if (WORD_ENDING.test(lower)) return true;
  return !/^[aeiou]/.test(lower) && !/[aeiou]$/.test(lower.slice(-1) === 'e' ? 'x' : lower);
}

/** A word in lowercase: "figures" after "ONS". */
function lowercaseWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && !t.cap;
}

/** Endings of the names of fields and doctrines: `Neuroscience`, `Sociology`, `Economics`. */
const FIELD_ENDINGS = /(?:ology|science|ism|[^c]ics)$/;

/**
 * Whether an initial capitalised word is the name of a field or doctrine before a lowercase
 * word, a common noun and no name: "Neuroscience tells us", "Sociology suggests",
 * "Economics offers" (not "Genomics England", a name's first word).
 */
function fieldNoun(t: Token, next: Token | undefined): boolean {
  return t.lower.length > 5 && FIELD_ENDINGS.test(t.lower) && lowercaseWord(next);
}

/**
 * Whether a capitalised word of a Title Case headline is a common noun that says where or with
 * what a trade's people work, before their noun (`Bus Drivers Walk Out`, `Hospital Porters
 * Strike`, `Care Home Staff Vote`: also past a second such word), not an employer's name
 * (`Acme Drivers`, `Home Office Staff`: a word of no such list, or a body's noun after it).
 */
function tradeModifier(t: Token, next: Token | undefined, after: Token | undefined): boolean {
  if (!TRADE_MODIFIERS.has(t.lower) || !next || next.kind !== 'word') return false;
  if (TRADE_MODIFIERS.has(next.lower)) return !!after && tradePeople(after);
  return tradePeople(next);
}

/** Whether `t` is a noun for a trade's or a workplace's people: `drivers`, `staff`, `porters`. */
function tradePeople(t: Token): boolean {
  const w = t.lower;
  return t.kind === 'word' && (OCCUPATION_NOUNS.has(w) || ROLE_NOUNS.has(w) || PERSON_NOUNS.has(w));
}

/** Nouns of workplaces, vehicles and services that open a trade's name: `bus`, `care`, `hospital`. */
const TRADE_MODIFIERS = ruleWords('tradeModifiers');

/**
 * Whether capitalised token `i`, after a capitalised word, stands inside a body's name: a word of
 * the name follows it ("Security" in "National Cyber Security Centre", "Retail" in "National
 * Retail Council"), or it is itself a word that ends bodies' names ("Shipping" in "Gallant Ridge
 * Shipping"); not the last word of a person's name ("Senator Ana Corrigan").
 */
function insideBodyName(tokens: readonly Token[], i: number): boolean {
  const p = tokens[i - 1];
  if (!p || p.kind !== 'word' || !p.cap || (p.f & F.FUNC) !== 0) return false;
  const n = tokens[i + 1];
  if (n && n.kind === 'word' && n.cap && (n.f & F.FUNC) === 0) return true;
  return (tokens[i]!.f & F.NAME_WORD) !== 0;
}

function isCommon(t: Token, next: Token | undefined): boolean {
  // known words, their plural or inflected forms, and -ly adverbs (not a name before its verb:
  // "Tully says", "Kelly has"; nor before a possessive, which no adverb takes: "Italy's navy")
  if ((t.f & (F.COMMON | F.COMMON_S)) !== 0) return true;
  const lower = t.lower;
  return (
    lower.length > 4 &&
    lower.endsWith('ly') &&
    !(next && next.kind === 'word' && (next.f & (F.REPORT | F.AUX | F.BE)) !== 0) &&
    next?.kind !== 'pos'
  );
}

/**
 * Whether some word of sentence `s` has one of the lexicon flags `flags` (`F`): a detector whose
 * every finding needs such a word skips the sentence without reading its tokens.
 */
export function sentenceHas(ctx: Context, s: Sentence, flags: number): boolean {
  return (ctx.sentenceFlags[ctx.sentenceOf[s.first]!]! & flags) !== 0;
}

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** A content word: not a function word, auxiliary, pronoun or adverb. */
export function isContent(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (t.f & (F.FUNC | F.ADV)) === 0;
}

/** An adverb from the lexicon or an -ly word (flagged by the tokenizer). */
export const isAdverb = (t: Token | undefined): boolean => !!t && (t.f & F.ADV) !== 0;
export const isAux = (t: Token | undefined): boolean => !!t && (t.f & F.AUX) !== 0;
/** A word of negation: `not`, `never`, or a contracted `n't` form (`didn't`, `won't`). */
export const isNegation = (t: Token | undefined): boolean =>
  !!t && (t.lower === 'not' || t.lower === 'never' || t.lower.endsWith("n't"));
export const isDet = (t: Token | undefined): boolean => !!t && (t.f & F.DET) !== 0;
export const isQuant = (t: Token | undefined): boolean =>
  !!t && ((t.f & F.QUANT) !== 0 || t.kind === 'num');
/**
 * A time word (`yesterday`, `Monday`, `a.m.`): the lexicon flag `F.TIME` marks exactly the words
 * of `TIME_WORDS`, all of them words (a token of another kind has no flags), so no Set probe.
 */
export const isTimeWord = (t: Token | undefined): boolean => !!t && (t.f & F.TIME) !== 0;
/** A relative pronoun (`RELATIVES`: `who`, `which`), by its flag `F.REL`, which marks exactly those. */
export const isRelative = (t: Token | undefined): boolean => !!t && (t.f & F.REL) !== 0;
/**
 * A hedge word of `HEDGE_WORDS` (`reportedly`, `allegedly`): its flag first (every such word has
 * `F.HEDGE`; a few other words too, such as `long-rumoured`), then the Set.
 */
export const isHedgeWord = (t: Token | undefined): boolean =>
  !!t && (t.f & F.HEDGE) !== 0 && HEDGE_WORDS.has(t.lower);
export const isPrep = (t: Token | undefined): boolean => !!t && (t.f & F.PREP) !== 0;
export const isPronoun = (t: Token | undefined): boolean => !!t && (t.f & F.PRON) !== 0;

/**
 * Whether token `k` is "IT", the department, before a word ("two IT staffers", "a former city IT
 * contractor"): written in capitals, not the pronoun ("It monitors") nor a capitalised "IT" at
 * a sentence's start ("IT was a night to remember").
 */
export function isDepartmentIT(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.lower !== 'it' || t.end - t.start !== 2) return false;
  if (ctx.text.charCodeAt(t.start + 1) !== 84) return false;
  const n = ctx.tokens[k + 1];
  return !!n && n.kind === 'word' && !n.cap && (n.f & F.ACTOR) !== 0;
}
export const isConj = (t: Token | undefined): boolean => !!t && (t.f & F.CONJ) !== 0;
export const isPunct = (t: Token | undefined, ch?: string): boolean =>
  !!t && t.kind === 'punct' && (ch === undefined || t.lower === ch);
export const isQuote = (t: Token | undefined): boolean => !!t && t.kind === 'quote';
export const isOpenQuote = (t: Token | undefined): boolean =>
  !!t && t.kind === 'quote' && (t.lower === '“' || t.lower === '‘');

/**
 * Whether `to` at `k` leads a noun phrase, not an infinitive: "reported to the ministry", "said
 * to them", "sent to Brussels" (a determiner, a pronoun, a number or a name after it).
 */
export function toNounPhrase(ctx: Context, k: number): boolean {
  const n = ctx.tokens[k + 1];
  if (ctx.tokens[k]?.lower !== 'to' || !n) return false;
  return n.kind === 'num' || (n.f & (F.DET | F.PRON)) !== 0 || ctx.name[k + 1] === 1;
}

/** Looks like a finite or participle verb form (a reporting verb, or an -ed word). */
export function isVerbLike(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if ((t.f & F.AUX) !== 0) return true;
  if ((t.f & F.REPORT) !== 0) {
    const v = reportingVerb(t);
    if (v && (v.forms.has('past') || v.forms.has('participle'))) return true;
  }
  const w = t.lower;
  return w.length > 4 && w.charCodeAt(w.length - 1) === 100 && w.charCodeAt(w.length - 2) === 101;
}

/** Whether word `w` ends with a stop (`U.S.`, `Inc.`), by its last character code. */
const endsWithStop = (w: string): boolean => w.charCodeAt(w.length - 1) === 46;

/** `/^[A-Z]+$/` over `text[start, end)`, without slicing it. */
function allCapitals(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/**
 * Whether sentence `s` is a headline: Title Case, or a short line of its own with no final stop
 * ("Driver detained after crash"). With `marked`, also a line after a live page's entry time or
 * a list's bullet ("13:25 - Mayor criticises warning", "- Union blames rotas"): the entities
 * pass reads such a line's subject as the story's, as it reads a headline's, while the unnamed
 * and passive rules keep reading it as a body line.
 */
export function isHeadline(ctx: Context, s: Sentence, marked = false): boolean {
  if (ctx.titleCase[ctx.sentenceOf[s.first]!]) return true;
  const last = ctx.tokens[s.last - 1]!;
  // the cheap tests first: most sentences end with a stop
  if (isPunct(last, '.') || s.last - s.first > 20) return false;
  // (or with a stop inside a closing quotation: `described the mood as "open."`)
  if (last.kind === 'quote' && s.last - 2 >= s.first && isPunct(ctx.tokens[s.last - 2], '.'))
    return false;
  const prevTok = s.first > 0 ? ctx.tokens[s.first - 1] : undefined;
  const lineStart =
    !prevTok ||
    prevTok.kind === 'newline' ||
    hasLineBreak(ctx.text, prevTok.end, ctx.tokens[s.first]!.start) ||
    (marked && afterItemMark(ctx, s));
  if (!lineStart) return false;
  const nextTok = ctx.tokens[s.last];
  return !nextTok || nextTok.kind === 'newline' || hasLineBreak(ctx.text, last.end, nextTok.start);
}

/**
 * Whether sentence `s` follows, on its line, the mark that opens a live page's entry or a list's
 * item, which `sentencesOf` keeps as a sentence of its own ("- Union blames rotas", "13:25 - Mayor
 * criticises warning", "• Agency cites a reading"): the line is the entry's or the item's head
 * as much as one with no mark.
 */
function afterItemMark(ctx: Context, s: Sentence): boolean {
  const si = ctx.sentenceOf[s.first]!;
  if (si < 1) return false;
  const toks = ctx.tokens;
  const p = ctx.sentences[si - 1]!;
  if (p.last !== s.first) return false;
  for (let k = p.first; k < p.last; k++) {
    const t = toks[k]!;
    // (`& 3`: the two lists' bits, without word-bits.ts's mark of a known answer)
    if (t.kind !== 'num' && t.kind !== 'punct' && (clockWordOf(t) & 3) === 0) return false;
  }
  const before = p.first > 0 ? toks[p.first - 1] : undefined;
  return (
    !before || before.kind === 'newline' || hasLineBreak(ctx.text, before.end, toks[p.first]!.start)
  );
}

/** Whether `text[a, b)` holds a line break, without slicing it (asked of short gaps). */
function hasLineBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/**
 * Whether the token at `i` comes right after a clock time that opens its sentence, as a
 * liveblog's entries open ("10:15 Delegates voted", "9.40am Police said", "14:25 GMT Ferrand
 * has arrived"): the word is the entry's first, capitalised for that, not a name.
 */
function afterClock(text: string, tokens: readonly Token[], first: number, i: number): boolean {
  let j = i - 1;
  if (j > first && clockWordOf(tokens[j]) !== 0) j--;
  return j === first && clockTime(text, tokens[j]);
}

/**
 * Whether token `t` is a clock time, `10:15` or `9.40`: a number of four or five characters with
 * `:` or `.` before its last two digits. Next to people it is when, not how many.
 */
export function clockTime(text: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'num') return false;
  const n = t.end - t.start;
  if (n < 4 || n > 5) return false;
  const sep = text.charCodeAt(t.end - 3);
  return sep === 58 || sep === 46; // ':' or '.'
}
