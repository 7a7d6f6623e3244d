/**
 * Finding who a reporting verb credits: the subject to its left (across adverbs, asides and
 * relative clauses), the phrase after an inverted verb (`said Jane Doe`), or the subject of an
 * earlier verb it is coordinated with (`called 911 and said`).
 */
import type { Context } from './context';
import {
  isAdverb,
  isConj,
  isDet,
  isOpenQuote,
  isPrep,
  isPronoun,
  isPunct,
  isQuant,
  isQuote,
  isVerbLike,
  isWord,
} from './context';
import {
  HEDGE_WORDS,
  IRREGULAR_PARTICIPLES,
  RELATIVES,
  REPORTING_VERBS,
  TIME_WORDS,
} from './lexicon';
import type { Token } from './tokenize';
import type { NounPhrase } from './noun-phrase';
import { isPlaceName, namedness, phraseEndingAt, phraseStartingAt } from './noun-phrase';
import type { Sentence } from './sentences';
import type { Named } from './types';

/** A source phrase with whether it is named. */
export interface SourcePhrase {
  np: NounPhrase;
  named: Named;
}

/** Result of a subject search: a phrase, or `pronoun` when the subject is a pronoun (no source). */
export type SubjectResult = SourcePhrase | 'pronoun' | null;

/** Punctuation and words that start a clause: a subject never reaches across them. */
function isHardBoundary(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i]!;
  if (isQuote(t)) return true;
  if (t.kind === 'punct')
    return (
      t.lower === ';' ||
      t.lower === ':' ||
      t.lower === '—' ||
      t.lower === '–' ||
      t.lower === '(' ||
      t.lower === ')' ||
      (t.lower === '-' && ctx.text.charAt(t.start - 1) === ' ')
    );
  return false;
}

function clauseFloor(ctx: Context, s: Sentence, j: number): number {
  for (let k = j; k >= s.first; k--) {
    const t = ctx.tokens[k]!;
    // a quotation inside the clause (`who goes by the handle “kestrel_9,”`) is skipped whole
    if (isQuote(t) && (t.lower === '”' || t.lower === '’') && k < j) {
      let q = k - 1;
      while (q >= s.first && !isOpenQuote(ctx.tokens[q])) q--;
      if (q >= s.first && k - q < 12) {
        k = q;
        continue;
      }
    }
    if (isHardBoundary(ctx, k)) return k + 1;
  }
  return s.first;
}

function withNamed(ctx: Context, np: NounPhrase, forced?: Named): SourcePhrase {
  return { np, named: forced ?? namedness(ctx, np) };
}

/** A segment `[a, b)` consisting only of a name: an apposition that names the subject. */
function isNameApposition(ctx: Context, a: number, b: number): boolean {
  let names = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (ctx.name[k] && !isPlaceName(ctx, k)) names++;
    else if (!(
      t.kind === 'num' ||
      t.lower === 'and' ||
      t.lower === '&' ||
      t.kind === 'pos' ||
      t.lower === '-' ||
      t.lower === '.'
    ))
      return false;
  }
  return names > 0;
}

/** The subject of the verb group starting at token `g`. */
export function findSubject(ctx: Context, s: Sentence, g: number, depth = 0): SubjectResult {
  const toks = ctx.tokens;
  let j = g - 1;
  while (j >= s.first) {
    const t = toks[j]!;
    if (isAdverb(t) || HEDGE_WORDS.has(t.lower) || t.lower === 'not' || t.lower === 'also') {
      j--;
      continue;
    }
    // time phrases between subject and verb: "last week began publishing"
    if (TIME_WORDS.has(t.lower) && !ctx.name[j]) {
      j--;
      if (
        j >= s.first &&
        (toks[j]!.lower === 'last' ||
          toks[j]!.lower === 'this' ||
          toks[j]!.lower === 'next' ||
          toks[j]!.lower === 'on')
      )
        j--;
      continue;
    }
    // ", meanwhile," and other comma-fenced adverbs
    if (isPunct(t, ',') && j - 2 >= s.first && isAdverb(toks[j - 1]) && isPunct(toks[j - 2], ',')) {
      j -= 3;
      continue;
    }
    break;
  }
  if (j < s.first) return null;
  const t = toks[j]!;
  if (RELATIVES.has(t.lower) && isWord(t)) return antecedent(ctx, s, j);
  if (isPronoun(t) && !isQuant(t)) return 'pronoun';
  // generic "one could argue"
  if (t.lower === 'one' && (j === s.first || isPunct(toks[j - 1])) && isAuxLike(ctx, g))
    return 'pronoun';
  if (isConj(t)) {
    if (depth >= 2) return null;
    // coordinated verbs share the subject: "a resident called 911 and said". The nearest
    // finite past verb with no auxiliary before it heads the first conjunct.
    for (let k = j - 1; k >= s.first && k >= j - 30; k--) {
      const w = toks[k]!;
      if (!isFinitePast(w)) continue;
      let gk = k;
      while (gk - 1 >= s.first && isAdverb(toks[gk - 1])) gk--;
      const b = toks[gk - 1];
      if (b && (isAuxLike(ctx, gk - 1) || b.kind === 'pos' || isDet(b))) continue;
      return findSubject(ctx, s, gk, depth + 1);
    }
    return null;
  }
  if (isPunct(t, ',')) return subjectBeforeAside(ctx, s, j);
  // an aside that ends in a quotation: `X, who goes by the handle “kestrel_9,” said`
  if (isQuote(t) && !isOpenQuote(t) && isPunct(toks[j - 1], ',') && !isOpenQuote(toks[s.first])) {
    let q = j - 1;
    while (q >= s.first && !isOpenQuote(toks[q])) q--;
    return subjectBeforeAside(ctx, s, j - 1, Math.max(q, s.first));
  }
  if (isQuote(t) || isHardBoundary(ctx, j)) return null;
  const floor = clauseFloor(ctx, s, j);
  let np = phraseEndingAt(ctx, j, floor);
  // a bare word after "to" is an infinitive: "not authorized to speak publicly said"
  if (np && np.start === np.head && toks[np.start - 1]?.lower === 'to') np = null;
  if (np) {
    // a phrase inside a prepositional or participle phrase is not the subject:
    // "One source quoted in trade website StorageWire said"
    for (let guard = 0; guard < 3 && np; guard++) {
      const before = toks[np.start - 1];
      if (!before || np.start - 1 < floor) break;
      if (isPrep(before) && before.lower !== 'that' && !SUBORDINATE.has(before.lower)) {
        let k: number = np.start - 2;
        while (k >= floor && isAdverb(toks[k])) k--;
        // only a reduced relative: "One source quoted in trade website StorageWire said"
        if (!(k >= floor && isParticipleWord(toks[k]) && !isAux(ctx, k))) break;
        k--;
        const outer: NounPhrase | null = k >= floor ? phraseEndingAt(ctx, k, floor) : null;
        if (!outer) break;
        np = outer;
        continue;
      }
      const objectOfVerb =
        (isVerbLike(before) && !isAux(ctx, np.start - 1)) ||
        (before.kind === 'word' && REPORTING_VERBS.has(before.lower)) ||
        (before.kind === 'word' && isContentWord(before) && toks[np.start - 2]?.lower === 'to');
      if (objectOfVerb) {
        const rel = relativeSearch(ctx, s, np.start - 1, floor);
        if (rel) return rel;
      }
      break;
    }
    if (np) return withNamed(ctx, np);
  }
  return relativeSearch(ctx, s, j, floor);
}

function isContentWord(t: Token): boolean {
  return t.kind === 'word' && !isAdverb(t) && !isDet(t) && !isPrep(t) && !isPronoun(t);
}

function isFinitePast(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const v = REPORTING_VERBS.get(t.lower);
  if (v && (v.forms.has('past') || v.forms.has('third')) && !/ing$/.test(t.lower)) return true;
  return /[a-z]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);
}

function isParticipleWord(t: Token | undefined): boolean {
  return (
    !!t && t.kind === 'word' && (/[a-z]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower))
  );
}

function isAux(ctx: Context, k: number): boolean {
  return isAuxLike(ctx, k);
}

function isAuxLike(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && AUX.has(t.lower);
}

const AUX = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  "didn't",
  "don't",
  "doesn't",
  "won't",
  "wouldn't",
  "hasn't",
  "haven't",
  "hadn't",
  "can't",
  "couldn't",
  'not',
  'to',
]);

/** The phrase a relative pronoun at `k` refers to: "a state official who ...". */
function antecedent(ctx: Context, s: Sentence, k: number): SubjectResult {
  let j = k - 1;
  if (isPunct(ctx.tokens[j], ',')) j--;
  if (j < s.first) return null;
  const np = phraseEndingAt(ctx, j, clauseFloor(ctx, s, j));
  return np ? withNamed(ctx, np) : null;
}

/** Looks left from `j` (within the clause) for `who`/`that` and returns its antecedent. */
function relativeSearch(ctx: Context, s: Sentence, j: number, floor: number): SubjectResult {
  for (let k = j; k >= floor; k--) {
    const t = ctx.tokens[k]!;
    if (isPunct(t, ',') || isQuote(t)) break;
    if (t.kind === 'word' && (t.lower === 'who' || t.lower === 'that' || t.lower === 'which')) {
      const r = antecedent(ctx, s, k);
      if (r) return r;
    }
  }
  return null;
}

/**
 * The verb follows a comma: `X, who spoke on condition of anonymity, said`. The subject is the
 * first phrase of the clause, skipping introductory phrases (`In April,`); a later comma segment
 * that is only a name names it (`Its chief executive, Renata Ostby, told`).
 */
function subjectBeforeAside(
  ctx: Context,
  s: Sentence,
  comma: number,
  quoteStart = comma,
): SubjectResult {
  const toks = ctx.tokens;
  const floor = clauseFloor(ctx, s, quoteStart - 1);
  const commas: number[] = [];
  for (let k = quoteStart - 1; k >= floor; k--) if (isPunct(toks[k], ',')) commas.push(k);
  // segments from left to right: [floor, c_last), (c_last, ...), ..., (c_0, comma)
  const bounds = [floor - 1, ...commas.reverse(), comma];
  for (let si = 0; si + 1 < bounds.length; si++) {
    const a = bounds[si]! + 1;
    const b = bounds[si + 1]!;
    if (a >= b) continue;
    const first = toks[a]!;
    if (isPrep(first) || isAdverb(first) || (first.kind === 'word' && SUBORDINATE.has(first.lower)))
      continue;
    if (isPronoun(first) && !isQuant(first) && !isDet(first)) return 'pronoun';
    const np = phraseStartingAt(ctx, a, b);
    if (!np) continue;
    let named = namedness(ctx, np);
    let end = np.end;
    for (let sj = si + 1; sj + 1 < bounds.length; sj++) {
      if (isNameApposition(ctx, bounds[sj]! + 1, bounds[sj + 1]!)) {
        named = true;
        // "Its chief executive, Renata Ostby": the apposition is part of the source
        if (sj === si + 1 && np.end === bounds[sj]!) end = bounds[sj + 1]!;
      }
    }
    return { np: { ...np, end }, named };
  }
  return null;
}

const SUBORDINATE = new Set([
  'after',
  'although',
  'as',
  'because',
  'before',
  'if',
  'once',
  'since',
  'though',
  'unless',
  'until',
  'when',
  'while',
  'whereas',
  'still',
  'however',
  'meanwhile',
  'but',
  'and',
  'yet',
  'so',
  'instead',
  'also',
  'then',
  'now',
  'thus',
  'moreover',
  'separately',
  'earlier',
  'later',
]);

/** The phrase right after an inverted verb: `"...," said the source`. */
export function invertedSubject(ctx: Context, s: Sentence, after: number): SubjectResult {
  const toks = ctx.tokens;
  let k = after;
  while (k < s.last && (TIME_WORDS.has(toks[k]!.lower) || isAdverb(toks[k]))) k++;
  const t = toks[k];
  if (!t || k >= s.last) return null;
  if (isPronoun(t) && !isQuant(t) && !isDet(t)) return 'pronoun';
  if (t.lower === 'that' || isOpenQuote(t) || isPunct(t)) return null;
  const np = phraseStartingAt(ctx, k, s.last, true);
  if (!np) return null;
  // an inverted subject ends the clause; a phrase followed by a verb starts a new one
  // ("X, who spoke on condition of anonymity, said patients began ...")
  const follow = toks[np.end];
  if (
    follow &&
    np.end < s.last &&
    !isPunct(follow) &&
    !isQuote(follow) &&
    !(
      follow.kind === 'word' &&
      (follow.lower === 'who' ||
        follow.lower === 'in' ||
        follow.lower === 'on' ||
        follow.lower === 'at' ||
        TIME_WORDS.has(follow.lower))
    )
  )
    return null;
  let named = namedness(ctx, np);
  // "said Khaled Nasrallah, director of ..." / "said the official, John Smith"
  if (isPunct(toks[np.end], ',')) {
    let e = np.end + 1;
    while (e < s.last && !isPunct(toks[e])) e++;
    if (isNameApposition(ctx, np.end + 1, e)) named = true;
  }
  return { np, named };
}

/** Whether the verb at `i` is preceded by a comma or closing quote (so it may be inverted). */
export function afterQuoteOrComma(ctx: Context, g: number): boolean {
  const p = ctx.tokens[g - 1];
  return (
    !!p &&
    (isPunct(p, ',') ||
      (isQuote(p) && !isOpenQuote(p)) ||
      (isQuote(p) && isPunct(ctx.tokens[g - 2], ',')))
  );
}

export { REPORTING_VERBS };
