/**
 * Clause edges and verb shapes the subject search keeps to: where a clause starts (a subject
 * never reaches across `;`, a dash or a quotation), and which words are verbs.
 */
import { endsLetterEd } from '../chars';
import type { Context } from '../context';
import { isAdverb, isDet, isOpenQuote, isPrep, isPronoun, isPunct, isQuote } from '../context';
import { F, IRREGULAR_PARTICIPLES, IRREGULAR_PAST, reportingVerb, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

/** Punctuation and words that start a clause: a subject never reaches across them. */
export function isHardBoundary(ctx: Context, i: number): boolean {
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

/**
 * Dashes that fence an aside between a subject and its verb, as brackets do (`A senior official
 * — who asked not to be named — said`): an em dash, an en dash, a hyphen with spaces (a hyphen
 * inside a word is no token of its own).
 */
export const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

export function clauseFloor(ctx: Context, s: Sentence, j: number): number {
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

export function isContentWord(t: Token): boolean {
  return t.kind === 'word' && !isAdverb(t) && !isDet(t) && !isPrep(t) && !isPronoun(t);
}

export function isFinitePast(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // (the flags first: F.REPORT marks exactly the reporting verbs' forms, F.IRREGULAR every
  // irregular participle and past form)
  const v = (t.f & F.REPORT) !== 0 ? reportingVerb(t) : undefined;
  if (v && (v.forms.has('past') || v.forms.has('third')) && !/ing$/.test(t.lower)) return true;
  return (
    endsLetterEd(t.lower) ||
    ((t.f & F.IRREGULAR) !== 0 &&
      (IRREGULAR_PARTICIPLES.has(t.lower) || IRREGULAR_PAST.has(t.lower)))
  );
}

export function isParticipleWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    (endsLetterEd(t.lower) || ((t.f & F.IRREGULAR) !== 0 && IRREGULAR_PARTICIPLES.has(t.lower)))
  );
}

/** Whether token `k` is an auxiliary (`has`, `was`, `will`). */
export function isAuxAt(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  return !!t && t.kind === 'word' && AUX.has(t.lower);
}

const AUX = ruleWords('aux');

export const SUBORDINATE = ruleWords('subordinate');
