/**
 * Finds a noted passage again in the article text: strings in, offsets out, no DOM.
 *
 * A note remembers its passage twice, as the W3C Web Annotation model does: a
 * TextQuoteSelector (the exact words and up to 32 characters on either side) and
 * a TextPositionSelector (offsets into the article text). On each visit:
 *
 * 1. the words at the remembered offsets, if they are still the same words;
 * 2. else every exact occurrence of the words, scored by how well its
 *    surroundings match and how near it is to where it was;
 * 3. else the closest approximate occurrence (approx-string-match, Myers'
 *    bit-parallel algorithm, as Hypothesis uses it), first near where it was,
 *    then anywhere, its edges moved to the words closest to the quote
 *    (`tightenMatch`: not the end of the sentence before).
 *
 * A candidate is taken only when the evidence says it is the same passage: its
 * words close enough to the quote AND its surroundings close enough to the
 * remembered context. A similar sentence elsewhere (a lookalike) fails the
 * context test, and the note is listed as an orphan instead: a note in the
 * wrong place is worse than a note with no place.
 */
import approxSearch from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector } from '../../shared/notes';
import { tightenMatch } from './tighten-match';

/** Characters of context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;

/** A quote must keep at least this share of its characters to be found approximately. */
export const MIN_QUOTE_SIMILARITY = 0.75;
/** The surroundings must keep at least this share of their characters. */
export const MIN_CONTEXT_SIMILARITY = 0.5;
/**
 * An exact, unique quote at least this long is taken even when both sides were
 * rewritten: that many identical characters appearing once are the passage.
 */
export const LONG_UNIQUE_QUOTE = 32;
/** Fuzzy search never allows more errors than this (it bounds the search's cost). */
const MAX_ERRORS = 256;
/** Exact occurrences scored at most (a quote of one common word can occur thousands of times). */
const MAX_EXACT_CANDIDATES = 500;

/** The two selectors a passage of `text` is remembered by. */
export interface PassageSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** Where a passage was found, and how sure the match is. */
export interface Anchor {
  start: number;
  end: number;
  /** `position`: unchanged in place; `exact`: same words elsewhere; `fuzzy`: close words. */
  method: 'position' | 'exact' | 'fuzzy';
  /** 0..1, the weighted similarity of words, context and place. */
  score: number;
}

/**
 * The selectors for `text.slice(start, end)`, trimmed of surrounding
 * whitespace. Null when the span holds only whitespace.
 */
export function describePassage(text: string, start: number, end: number): PassageSelectors | null {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  if (s === e) return null;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** The fewest edits that turn `pattern` into some substring of `str`, as a share kept (0..1). */
function similarity(str: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (str.length === 0) return 0;
  const matches = approxSearch(str, pattern, pattern.length);
  const best = matches.reduce((min, m) => Math.min(min, m.errors), pattern.length);
  return 1 - best / pattern.length;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Anchor {
  quoteSim: number;
  /** Mean similarity of the sides remembered; null when neither side was remembered. */
  contextSim: number | null;
}

function score(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  c: Candidate,
  method: Anchor['method'],
): Scored {
  const quoteSim = 1 - c.errors / quote.exact.length;
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  const sides: number[] = [];
  // Compare with a little slack on the far side, so an inserted or dropped character
  // at the edge of the context does not count twice.
  if (prefix !== '') {
    sides.push(similarity(text.slice(Math.max(0, c.start - prefix.length - 4), c.start), prefix));
  }
  if (suffix !== '') sides.push(similarity(text.slice(c.end, c.end + suffix.length + 4), suffix));
  const contextSim = sides.length === 0 ? null : sides.reduce((a, b) => a + b, 0) / sides.length;
  const posSim =
    hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(c.start - hint) / text.length;
  // Hypothesis's weights: the words matter most, then each side, then the place.
  const total = (50 * quoteSim + 20 * (contextSim ?? 1) * 2 + 2 * posSim) / 92;
  return { start: c.start, end: c.end, method, score: total, quoteSim, contextSim };
}

/** Whether a scored candidate is the passage and not merely something like it. */
function acceptable(s: Scored, quote: TextQuoteSelector, unique: boolean): boolean {
  if (s.quoteSim < MIN_QUOTE_SIMILARITY) return false;
  if (s.contextSim === null) {
    // Nothing around the quote was remembered: only the words can vouch.
    return s.quoteSim === 1 || (s.quoteSim >= 0.9 && quote.exact.length >= LONG_UNIQUE_QUOTE);
  }
  if (s.contextSim >= MIN_CONTEXT_SIMILARITY) return true;
  return s.quoteSim === 1 && unique && quote.exact.length >= LONG_UNIQUE_QUOTE;
}

function best(list: Scored[]): Scored | null {
  let top: Scored | null = null;
  for (const s of list) if (top === null || s.score > top.score) top = s;
  return top;
}

function exactOccurrences(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
    if (found.length > MAX_EXACT_CANDIDATES) break;
  }
  return found;
}

const WORD = /[\p{L}\p{N}]/u;
const isWord = (ch: string): boolean => ch !== '' && WORD.test(ch);

/**
 * An approximate match ends where the fewest edits do, which can be inside a
 * word ("more money" matching "more fun|ding"). When the quote began or ended
 * at a word's edge, widen the match to the edges of the words it cuts.
 */
function snapToWords(text: string, quote: TextQuoteSelector, c: Candidate): Candidate {
  const exact = quote.exact;
  let { start, end } = c;
  const startsWord = isWord(exact.charAt(0)) && !isWord((quote.prefix ?? '').slice(-1));
  const endsWord = isWord(exact.slice(-1)) && !isWord((quote.suffix ?? '').charAt(0));
  if (startsWord)
    while (start > 0 && isWord(text.charAt(start - 1)) && isWord(text.charAt(start))) start--;
  if (endsWord)
    while (end < text.length && isWord(text.charAt(end)) && isWord(text.charAt(end - 1))) end++;
  return { start, end, errors: c.errors };
}

function fuzzy(
  text: string,
  quote: TextQuoteSelector,
  hint: number | undefined,
  from: number,
  to: number,
): Scored | null {
  const exact = quote.exact;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)));
  if (maxErrors === 0) return null;
  const slice = text.slice(from, to);
  const found = approxSearch(slice, exact, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
  const chosen = best(
    found.map((c) => {
      const whole = snapToWords(text, quote, c);
      // (the slack: what the edits may have taken in, and what snapping to words added)
      const slack = c.errors + 1 + Math.max(c.start - whole.start, whole.end - c.end);
      return score(text, quote, hint, tightenMatch(text, exact, whole, slack), 'fuzzy');
    }),
  );
  return chosen !== null && acceptable(chosen, quote, found.length === 1) ? chosen : null;
}

/**
 * Finds the passage the selectors describe in `text`, or null when it is not
 * there (an orphan). A position selector alone is trusted only if it fits the
 * text; with a quote selector, the quote decides.
 */
export function anchorPassage(
  text: string,
  quote: TextQuoteSelector | undefined,
  position?: TextPositionSelector,
): Anchor | null {
  if (quote === undefined || quote.exact === '') {
    if (position === undefined || position.end > text.length) return null;
    return { start: position.start, end: position.end, method: 'position', score: 0.5 };
  }
  const exact = quote.exact;
  const hint = position?.start;

  // 1. Unchanged in place.
  if (position !== undefined && text.slice(position.start, position.end) === exact) {
    const inPlace = score(text, quote, hint, { ...position, errors: 0 }, 'position');
    if (acceptable(inPlace, quote, true) || inPlace.contextSim === null) return strip(inPlace);
  }

  // 2. The same words elsewhere.
  const exacts = exactOccurrences(text, exact);
  if (exacts.length > 0) {
    const chosen = best(exacts.map((c) => score(text, quote, hint, c, 'exact')));
    if (chosen !== null && acceptable(chosen, quote, exacts.length === 1)) return strip(chosen);
  }

  // 3. Close words: near where they were, then anywhere.
  if (hint !== undefined) {
    const reach = Math.max(2000, exact.length * 4);
    const near = fuzzy(text, quote, hint, Math.max(0, hint - reach), hint + exact.length + reach);
    if (near !== null) return strip(near);
  }
  const anywhere = fuzzy(text, quote, hint, 0, text.length);
  return anywhere === null ? null : strip(anywhere);
}

function strip(s: Scored): Anchor {
  return { start: s.start, end: s.end, method: s.method, score: s.score };
}
