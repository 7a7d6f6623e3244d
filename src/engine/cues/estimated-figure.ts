/**
 * A figure credited by an attributive participle: "came within an estimated 170 metres", "worth
 * a reported 12 million crowns a year", "paid a reported $15 million each". The figure is
 * handed to estimators or reporters the sentence leaves open (DECISIONS 190), so the
 * participle is a cue with no source. Only when the sentence has no other cue: beside one
 * ("cost an estimated 40 million, according to the port") the clause's own cue credits the
 * figure and the participle adds nothing.
 */
import type { Context } from '../context';
import { isPunct, isWord } from '../context';
import { ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import type { Cue } from './cue';

/** The cue of `an estimated` or `a reported` before a figure at `i`, or undefined. */
export function estimatedFigureCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const w = toks[i]!.lower;
  const article = w === 'estimated' ? 'an' : w === 'reported' ? 'a' : '';
  if (!article || i <= s.first || toks[i - 1]!.lower !== article) return undefined;
  if (!figureAt(ctx, s, i + 1)) return undefined;
  return {
    start: i,
    end: i + 1,
    cue: w === 'estimated' ? 'belief' : 'neutral',
    source: null,
    pronoun: -1,
    shares: false,
    passive: false,
  };
}

/**
 * Whether a figure starts at `k`: a number (`170`, `12,000`), a currency sign and a number
 * (`$15 million`, `£900 million`) or a number word (`two`, `dozens`, `half`).
 */
function figureAt(ctx: Context, s: Sentence, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || k >= s.last) return false;
  if (t.kind === 'num') return true;
  if (isPunct(t) && CURRENCY_SIGNS.has(t.lower)) return ctx.tokens[k + 1]?.kind === 'num';
  return NUMBER_WORDS.has(t.lower);
}

const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/** Number words that open a figure: `two`, `dozens`, `half`. */
const NUMBER_WORDS: ReadonlySet<string> = new Set([...ruleWords('numberWords'), 'half']);

/**
 * A sentence's cues without its figure cues when it has another cue: "an estimated 9,000 doctors,
 * according to the council" is credited by `according to` (the figure cue is then no more than
 * a repeat of that credit).
 */
export function figuresBesideCues(ctx: Context, out: Cue[]): Cue[] {
  if (out.length < 2 || !out.some((c) => isFigureCue(ctx, c))) return out;
  const rest = out.filter((c) => !isFigureCue(ctx, c) || asideFigure(ctx, c, out));
  return rest.length > 0 ? rest : out;
}

/**
 * Whether figure cue `c` sits in a comma aside that no other cue of `out` reaches: "The offer,
 * worth a reported 90,000 crowns a week, was rejected, according to one of the people" (point
 * 291: the other cue credits the rejection, not the sum).
 */
function asideFigure(ctx: Context, c: Cue, out: readonly Cue[]): boolean {
  const toks = ctx.tokens;
  let open = c.start - 2;
  while (open >= 0 && open >= c.start - 4 && isWord(toks[open]) && !isPunct(toks[open])) open--;
  if (!isPunct(toks[open], ',')) return false;
  let close = c.end;
  while (close < toks.length && close <= c.end + 8 && !isPunct(toks[close])) close++;
  if (!isPunct(toks[close], ',')) return false;
  return out.every((o) => o === c || o.end <= open || o.start > close);
}

/** Whether `c` is a figure cue: one word, `estimated` or `reported` after its article, no source. */
function isFigureCue(ctx: Context, c: Cue): boolean {
  if (c.end !== c.start + 1 || c.source || c.pronoun >= 0) return false;
  const w = ctx.tokens[c.start]!.lower;
  const p = ctx.tokens[c.start - 1]?.lower;
  return (w === 'estimated' && p === 'an') || (w === 'reported' && p === 'a');
}
