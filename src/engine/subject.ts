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
  F,
  HEDGE_WORDS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  RELATIVES,
  REPORTING_VERBS,
  STATIVE_PARTICIPLES,
  TIME_WORDS,
  ruleWords,
} from './lexicon';
import type { Token } from './tokenize';
import type { NounPhrase } from './noun-phrase';
import { headClass, isPlaceName, namedness, phraseEndingAt, phraseStartingAt } from './noun-phrase';
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
    // a bracketed tag (`Sen. Maria Ochoa (D-Fresno),`) is skipped whole
    if (t.kind === 'punct' && t.lower === ')') {
      let q = k - 1;
      while (q >= s.first && q > k - 12 && !isPunct(ctx.tokens[q], '(')) q--;
      if (q > s.first && isPunct(ctx.tokens[q], '(')) {
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
export function isNameApposition(ctx: Context, a: number, b: number): boolean {
  let names = 0;
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    // "Sen. Maria Ochoa (D-Fresno)": a party or place tag after the name
    if (names > 0 && isPunct(t, '(')) {
      let q = k + 1;
      while (q < b && !isPunct(ctx.tokens[q], ')')) q++;
      if (q >= b) return false;
      k = q;
      continue;
    }
    // "Jim Cole of the Tribune": a name with its affiliation
    if (names > 0 && (t.lower === 'of' || t.lower === 'at' || t.lower === 'from')) {
      for (let q = k + 1; q < b; q++) if (ctx.name[q]) return true;
      return false;
    }
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
    // time phrases between subject and verb: "last week began publishing", "in March"
    if (TIME_WORDS.has(t.lower) && !ctx.name[j]) {
      j--;
      if (
        j >= s.first &&
        (toks[j]!.lower === 'last' ||
          toks[j]!.lower === 'this' ||
          toks[j]!.lower === 'next' ||
          toks[j]!.lower === 'on' ||
          toks[j]!.lower === 'in')
      )
        j--;
      continue;
    }
    // a reduced relative between subject and verb: "An internal review completed in March
    // concluded", "The figures released yesterday show"
    if (
      j > s.first &&
      j < g - 1 &&
      isParticipleWord(t) &&
      !isAuxLike(ctx, j - 1) &&
      (!REPORTING_VERBS.has(t.lower) || PUBLISHING.has(t.lower)) &&
      phraseEndingAt(ctx, j - 1, s.first)
    ) {
      j--;
      break;
    }
    // ", meanwhile," and other comma-fenced adverbs
    if (isPunct(t, ',') && j - 2 >= s.first && isAdverb(toks[j - 1]) && isPunct(toks[j - 2], ',')) {
      j -= 3;
      continue;
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
  if (j < s.first) return null;
  // scare quotes round the head: "the so-called “experts” said"
  const closing = toks[j]!;
  const before = toks[j - 3];
  if (
    isQuote(closing) &&
    !isOpenQuote(closing) &&
    isWord(toks[j - 1]) &&
    isOpenQuote(toks[j - 2]) &&
    before &&
    (isDet(before) || before.lower === 'so-called')
  ) {
    const np = phraseEndingAt(ctx, j - 1, j - 1);
    const start = !isDet(before) && j - 4 >= s.first && isDet(toks[j - 4]) ? j - 4 : j - 3;
    if (np) return withNamed(ctx, { ...np, start, end: j + 1, coreEnd: j + 1 });
  }
  const t = toks[j]!;
  if (RELATIVES.has(t.lower) && isWord(t)) return antecedent(ctx, s, j);
  // "One of them told": a quantified part of a group is a source, unlike a bare pronoun
  const part = partitivePronoun(ctx, j, s.first);
  if (part) return { np: part, named: false };
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
      // present tense too: "The resolution requires the buyer to ... and states that"
      const present =
        w.kind === 'word' &&
        /[a-z]{3}s$/.test(w.lower) &&
        !w.lower.endsWith('ss') &&
        !ctx.name[k] &&
        (w.f & (F.FUNC | F.ACTOR)) === 0 &&
        !!toks[k - 1] &&
        isContentWord(toks[k - 1]!) &&
        (toks[k - 1]!.f & F.FUNC) === 0 &&
        (isDet(toks[k + 1]) || ctx.name[k + 1] === 1);
      if (!isFinitePast(w) && !present) continue;
      // "left its rate unchanged but signalled": an un- participle of state is an adjective
      if (w.lower.startsWith('un') && STATIVE_PARTICIPLES.has(w.lower)) continue;
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
  // the verb's subject is modified by a relative clause: "Doctors who treat burn victims have
  // warned"; the phrase before the verb belongs to the relative clause
  if (np) {
    const rel = relativeAntecedent(ctx, s, np.start, floor);
    if (rel) return rel;
  }
  if (np) {
    // a phrase inside a prepositional or participle phrase is not the subject:
    // "One source quoted in trade website StorageWire said"
    for (let guard = 0; guard < 3 && np; guard++) {
      const before = toks[np.start - 1];
      if (!before || np.start - 1 < floor) break;
      // "Passengers interviewed after the crash described": a subordinating preposition right
      // after a participle is still inside the reduced relative
      // (not for the first conjunct of coordinated verbs, already taken as a finite clause)
      const afterParticiple =
        depth === 0 &&
        isParticipleWord(toks[np.start - 2]) &&
        !INTRANSITIVE_PAST.has(toks[np.start - 2]!.lower) &&
        !isAux(ctx, np.start - 2) &&
        np.start - 2 > floor;
      if (
        isPrep(before) &&
        before.lower !== 'that' &&
        (!SUBORDINATE.has(before.lower) || afterParticiple)
      ) {
        let k: number = np.start - 2;
        while (
          k >= floor &&
          (isAdverb(toks[k]) || (TIME_WORDS.has(toks[k]!.lower) && !ctx.name[k]))
        )
          k--;
        // only a reduced relative: "One source quoted in trade website StorageWire said"
        if (!(k >= floor && isParticipleWord(toks[k]) && !isAux(ctx, k))) break;
        k--;
        const outer: NounPhrase | null = k >= floor ? phraseEndingAt(ctx, k, floor) : null;
        if (!outer) break;
        // the participle phrase stays in the source: "A study published in the journal X"
        np = { ...outer, end: np.end };
        continue;
      }
      // "An attorney representing the families said": the phrase is the object of a participle
      // modifying the subject
      if (
        before.kind === 'word' &&
        /[a-z]ing$/.test(before.lower) &&
        np.start - 2 >= floor &&
        !isAux(ctx, np.start - 2)
      ) {
        const outer: NounPhrase | null = phraseEndingAt(ctx, np.start - 2, floor);
        if (outer && outer.end === np.start - 1) {
          np = outer;
          continue;
        }
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

/** Participles of publishing that head a document's reduced relative: "An audit released Friday". */
const PUBLISHING = ruleWords('publishing');

/** Past forms without a passive: never a reduced relative (`Police arrived after a neighbor said`). */
const INTRANSITIVE_PAST = ruleWords('intransitivePast');

/** Pronouns that end a partitive: `one of them`, `two of us`, `some of us`. */
const PARTITIVE_PRONOUNS = ruleWords('partitivePronouns');

/** The partitive phrase ending at pronoun `j` (`One of them`), or null. */
export function partitivePronoun(ctx: Context, j: number, floor: number): NounPhrase | null {
  const toks = ctx.tokens;
  const t = toks[j];
  if (!t || !PARTITIVE_PRONOUNS.has(t.lower) || toks[j - 1]?.lower !== 'of') return null;
  const q = j - 2;
  if (q < floor || !isQuant(toks[q]) || toks[q]!.lower === 'all' || toks[q]!.lower === 'both')
    return null;
  let start = q;
  const b = toks[q - 1];
  if (b && q - 1 >= floor && (b.lower === 'least' || b.lower === 'than') && q - 2 >= floor)
    start = q - 2;
  return { start, end: j + 1, head: q, coreEnd: j + 1 };
}

function isContentWord(t: Token): boolean {
  return t.kind === 'word' && !isAdverb(t) && !isDet(t) && !isPrep(t) && !isPronoun(t);
}

function isFinitePast(t: Token): boolean {
  if (t.kind !== 'word') return false;
  const v = REPORTING_VERBS.get(t.lower);
  if (v && (v.forms.has('past') || v.forms.has('third')) && !/ing$/.test(t.lower)) return true;
  return (
    /[a-z]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower) || IRREGULAR_PAST.has(t.lower)
  );
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

const AUX = ruleWords('aux');

/** The phrase a relative pronoun at `k` refers to: "a state official who ...". */
function antecedent(ctx: Context, s: Sentence, k: number): SubjectResult {
  let j = k - 1;
  if (isPunct(ctx.tokens[j], ',')) j--;
  if (j < s.first) return null;
  const floor = clauseFloor(ctx, s, j);
  const np = phraseEndingAt(ctx, j, floor);
  if (!np) return null;
  // "criticism from consumer groups, which argued": the pronoun refers to the speaker
  const head = headClass(ctx, np.head);
  if (np.head !== j && (head === 'other' || head === 'nonAgent') && headClass(ctx, j) !== 'other') {
    const near = phraseEndingAt(ctx, j, floor, false);
    if (near) return withNamed(ctx, near);
  }
  return withNamed(ctx, np);
}

/**
 * A subject relative clause ending right before the verb: `who`/`which`/`whose` at most eight
 * tokens left of `from`, followed by its own verb; returns the antecedent of the pronoun.
 */
function relativeAntecedent(ctx: Context, s: Sentence, from: number, floor: number): SubjectResult {
  const toks = ctx.tokens;
  for (let k = from - 1; k >= floor && k >= from - 8; k--) {
    const t = toks[k]!;
    if (isPunct(t) || isQuote(t)) return null;
    if (t.kind !== 'word' || !(t.lower === 'who' || t.lower === 'which' || t.lower === 'whose'))
      continue;
    // "which Amazon founder Jeff Bezos said": the phrase is the relative clause's own subject
    if (k + 1 === from && t.lower === 'which') return null;
    const r = antecedent(ctx, s, k);
    return r && r !== 'pronoun' ? r : null;
  }
  return null;
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
    let a = bounds[si]! + 1;
    const b = bounds[si + 1]!;
    if (a >= b) continue;
    let first = toks[a]!;
    // ", and the player's agent, Ines Calloway, told": a coordinated clause starts its own subject
    if (COORDINATORS.has(first.lower) && a + 1 < b && startsPhrase(ctx, a + 1)) {
      a++;
      first = toks[a]!;
    }
    if (isPrep(first) || isAdverb(first) || (first.kind === 'word' && SUBORDINATE.has(first.lower)))
      continue;
    // ", who fled to the compound,": a relative clause is an aside
    if (first.kind === 'word' && RELATIVES.has(first.lower)) continue;
    if (isPronoun(first) && !isQuant(first) && !isDet(first)) return 'pronoun';
    let np = phraseStartingAt(ctx, a, b);
    if (!np) continue;
    // "the player's mother and manager": coordinated heads within the segment
    if (np.end < b && toks[np.end]!.lower === 'and') {
      const more = phraseStartingAt(ctx, np.end + 1, b);
      if (more && more.end === b) np = { ...np, end: b };
    }
    // "Shares jumped after a rival bidder, Larchmont Partners, disclosed": a segment that is a
    // clause of its own is no subject; a subordinate clause's subject may end it
    if (np.end < b) {
      const verbAfter = isVerbLike(toks[np.end]);
      const whole: NounPhrase = np;
      np = null;
      for (let q = b - 2; q >= whole.end - 1 && q > a; q--) {
        const w = toks[q]!;
        // a subordinator opens a clause; "and" inside a segment joins nouns ("Moyo and Kasukuwere")
        if (
          w.kind !== 'word' ||
          !((SUBORDINATE.has(w.lower) && !COORDINATORS.has(w.lower)) || w.lower === 'that')
        )
          continue;
        const inner = phraseStartingAt(ctx, q + 1, b);
        if (inner && inner.end === b) np = inner;
        break;
      }
      if (!np && !verbAfter) np = whole;
      if (!np) continue;
    }
    let named = namedness(ctx, np);
    let end = np.end;
    for (let sj = si + 1; sj + 1 < bounds.length; sj++) {
      // "The researchers, led by biologist Mira Holt, wrote": a group named by its leader
      const lead = toks[bounds[sj]! + 1]!.lower;
      if (
        !named &&
        (lead === 'led' || lead === 'headed') &&
        toks[bounds[sj]! + 2]?.lower === 'by'
      ) {
        for (let q = bounds[sj]! + 3; q < bounds[sj + 1]!; q++)
          if (ctx.name[q] && !isPlaceName(ctx, q)) named = 'partial';
      }
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

const COORDINATORS = ruleWords('coordinators');

/** Whether a noun phrase can start at token `k` (a determiner, quantifier, name or content word). */
function startsPhrase(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  return (
    isDet(t) ||
    isQuant(t) ||
    ctx.name[k] === 1 ||
    (t.kind === 'word' && !isPronoun(t) && !isPrep(t) && !isAdverb(t) && !isVerbLike(t))
  );
}

const SUBORDINATE = ruleWords('subordinate');

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
