/** What the sense checks of several verb families share (./speech.ts, ./publication.ts, ./stance.ts). */
import type { Context } from '../../context';
import { isContent, isPronoun, isPunct } from '../../context';
import { ruleWords } from '../../lexicon';
import type { Sentence } from '../../sentences';
import type { Token } from '../../tokenize';
import type { Verb } from '../verb-group';

/** Whether `by` stands in the few words after `k`, before any punctuation: `on Tuesday by`. */
export function byBeforeComma(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q <= k + 4; q++) {
    if (isPunct(toks[q])) return false;
    if (toks[q]!.lower === 'by') return true;
  }
  return false;
}

/** Whether verb `v` is used in a sense that reports something (false: filter it out). */
export type SenseCheck = (ctx: Context, s: Sentence, v: Verb) => boolean;

/**
 * The token before the verb inside the sentence. (It and `afterVerb`, not one function returning
 * a pair: asked for every candidate verb, the pair was an array made each time.)
 */
export function beforeVerb(ctx: Context, s: Sentence, v: Verb): Token | undefined {
  return v.i > s.first ? ctx.tokens[v.i - 1] : undefined;
}

/** The token after the verb's first word. */
export function afterVerb(ctx: Context, v: Verb): Token | undefined {
  return ctx.tokens[v.i + 1];
}

/**
 * A verb of handling a thing (`discuss`, `flag`, `predict`, `declare`) in a passive with no
 * agent: "The budget was discussed at length", "accounts were flagged for review", "its timing
 * cannot be predicted", "gifts had been declared to the office", and the reduced "applicants
 * flagged with a star". The subject is what was handled, not anything said, and nobody is
 * credited; with its agent ("flagged by inspectors") or as "it was predicted that" it reports.
 */
export function actedOnUnseen(ctx: Context, s: Sentence, v: Verb): boolean {
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

/**
 * A talk or warning verb (`discuss`, `flag`) in a passive with no agent still reports talk about
 * its subject, the topic ("the closure was discussed privately", "problems had been flagged to
 * managers", "the site was flagged as high risk": decisions 112, 164 and 168 of the labelled
 * sets), unless it marks a thing ("were flagged for review", "flagged with a red dot", and the
 * reduced passive after its noun) or has no topic ("what had been discussed").
 */
export function markedNotTalked(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (byBeforeComma(ctx, s, v.end)) return false;
  if (!v.passive) return actedOnUnseen(ctx, s, v);
  if (toks[v.g - 1]?.lower === 'it' && toks[v.end]?.lower === 'that') return false;
  const n = toks[v.end]?.lower ?? '';
  return n === 'for' || n === 'with' || WH_SUBJECTS.has(toks[v.g - 1]?.lower ?? '');
}

/** Subjects of a passive that name no topic: "what had been discussed". */
const WH_SUBJECTS: ReadonlySet<string> = new Set(['what', 'whatever']);

/** Prepositions that open a reduced passive's phrase: "flagged with a star", "flagged as late". */
const REDUCED_PASSIVE_NEXT: ReadonlySet<string> = new Set(['as', 'for', 'with']);

/** Head classes of phrases that can speak. */
export const SPEAKER_CLASSES: ReadonlySet<string> = ruleWords('speakerClasses');
