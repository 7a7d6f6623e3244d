/**
 * Per-text analysis state shared by the detectors: the tokens, their sentences and cheap
 * per-token facts (is it a name, which sentence is it in) computed once.
 */
import {
  ADVERBS,
  AUXILIARIES,
  COMMON_WORDS,
  CONJUNCTIONS,
  DETERMINERS,
  FUNCTION_WORDS,
  PREPOSITIONS,
  PRONOUNS,
  QUANTIFIERS,
  REPORTING_VERBS,
  TIME_WORDS,
} from './lexicon';
import type { Sentence } from './sentences';
import { sentencesOf } from './sentences';
import type { Token } from './tokenize';
import { tokenize } from './tokenize';

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
}

/** Tokenises `text` once and computes the shared per-token facts. */
export function buildContext(text: string): Context {
  const tokens = tokenize(text);
  const sentences = sentencesOf(text, tokens);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const name = new Uint8Array(tokens.length);
  const titleCase = new Uint8Array(sentences.length);
  // words the text also uses in lowercase are not names when capitalised at a sentence start
  const lowerSeen = new Set<string>();
  // and a capitalised word at a sentence start is a name only if the text also capitalises it
  // inside a sentence (`Corrigan has ...`) or it begins a run of capitals (`Halvard Foods`)
  const capSeen = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (!t.cap) lowerSeen.add(t.lower);
    else {
      const p = tokens[i - 1];
      if (p && p.kind === 'word' && !/[.!?]$/.test(p.lower)) capSeen.add(t.lower);
    }
  }
  sentences.forEach((s, si) => {
    let long = 0;
    let capped = 0;
    let small = 0;
    let smallCapped = 0;
    for (let i = s.first; i < s.last; i++) {
      sentenceOf[i] = si;
      const t = tokens[i]!;
      if (t.kind !== 'word' || i === s.first) continue;
      if (FUNCTION_WORDS.has(t.lower) && t.lower.length <= 3) {
        small++;
        if (t.cap) smallCapped++;
      } else {
        long++;
        if (t.cap) capped++;
      }
    }
    const last = tokens[s.last - 1];
    const stopped = !!last && (last.lower === '.' || last.kind === 'quote');
    const isTitle =
      !stopped &&
      long >= 3 &&
      capped >= long * 0.75 &&
      (small === 0 || smallCapped > 0 || capped === long);
    titleCase[si] = isTitle ? 1 : 0;
    for (let i = s.first; i < s.last; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word' || !t.cap) continue;
      if (FUNCTION_WORDS.has(t.lower) || TIME_WORDS.has(t.lower)) continue;
      const prev = tokens[i - 1];
      const initial =
        i === s.first ||
        !prev ||
        prev.kind === 'quote' ||
        prev.lower === ':' ||
        prev.lower === '—' ||
        prev.lower === '(';
      if ((isTitle || initial) && (isCommon(t.lower) || lowerSeen.has(t.lower))) continue;
      const acronym = t.end - t.start >= 2 && /^[A-Z]{2,}$/.test(ctx_text(text, t));
      if (initial && !isTitle && !capSeen.has(t.lower) && !acronym) {
        // "Transport planners", "Health officials": a modifier before a lowercase noun;
        // "Reuters reported", "Apple has": a name before its verb
        const n = tokens[i + 1];
        const modifier =
          !!n &&
          n.kind === 'word' &&
          !n.cap &&
          !FUNCTION_WORDS.has(n.lower) &&
          !REPORTING_VERBS.has(n.lower) &&
          !/[a-z](?:ed|ly)$/.test(n.lower);
        if (modifier) continue;
      }
      name[i] = 1;
    }
  });
  return { text, tokens, sentences, sentenceOf, name, titleCase };
}

function isCommon(lower: string): boolean {
  if (COMMON_WORDS.has(lower)) return true;
  // plural or inflected forms of known words, and -ly adverbs
  if (lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1))) return true;
  if (lower.endsWith('ly') && lower.length > 4) return true;
  return false;
}

export const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';

/** A content word: not a function word, auxiliary, pronoun or adverb. */
export function isContent(t: Token | undefined): boolean {
  return isWord(t) && !FUNCTION_WORDS.has(t.lower) && !isAdverb(t);
}

export function isAdverb(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (ADVERBS.has(t.lower)) return true;
  return t.lower.length > 4 && t.lower.endsWith('ly') && !ONLY_LOOKS_ADVERB.has(t.lower);
}

// -ly words that are not adverbs
const ONLY_LOOKS_ADVERB = new Set([
  'family',
  'ally',
  'italy',
  'july',
  'supply',
  'reply',
  'assembly',
  'rally',
  'daily',
  'weekly',
  'monthly',
  'elderly',
  'friendly',
  'early',
  'only',
  'lily',
  'bully',
  'belly',
  'jelly',
  'holy',
  'anomaly',
  'homily',
  'monopoly',
]);

export const isAux = (t: Token | undefined): boolean => isWord(t) && AUXILIARIES.has(t.lower);
export const isDet = (t: Token | undefined): boolean => isWord(t) && DETERMINERS.has(t.lower);
export const isQuant = (t: Token | undefined): boolean =>
  (isWord(t) && QUANTIFIERS.has(t.lower)) || (!!t && t.kind === 'num');
export const isPrep = (t: Token | undefined): boolean => isWord(t) && PREPOSITIONS.has(t.lower);
export const isPronoun = (t: Token | undefined): boolean => isWord(t) && PRONOUNS.has(t.lower);
export const isConj = (t: Token | undefined): boolean => isWord(t) && CONJUNCTIONS.has(t.lower);
export const isPunct = (t: Token | undefined, ch?: string): boolean =>
  !!t && t.kind === 'punct' && (ch === undefined || t.lower === ch);
export const isQuote = (t: Token | undefined): boolean => !!t && t.kind === 'quote';
export const isOpenQuote = (t: Token | undefined): boolean =>
  !!t && t.kind === 'quote' && (t.lower === '“' || t.lower === '‘');

/** Looks like a finite or participle verb form (a reporting verb, or an -ed word). */
export function isVerbLike(t: Token | undefined): boolean {
  if (!isWord(t)) return false;
  if (AUXILIARIES.has(t.lower)) return true;
  const v = REPORTING_VERBS.get(t.lower);
  if (v && (v.forms.has('past') || v.forms.has('participle'))) return true;
  return /[a-z]ed$/.test(t.lower) && t.lower.length > 4;
}

function ctx_text(text: string, t: Token): string {
  return text.slice(t.start, t.end);
}
