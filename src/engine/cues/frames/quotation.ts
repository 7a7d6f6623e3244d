/**
 * Quotative verbs and quotation tags: a quotation before the verb (inverted, `“...,” reads
 * one`) or right after it (`the sign reads: “...”`), a speaker's tag on a quotation ('"...," she
 * continued'), a tag apposed after its speaker's role, and a manner of speaking with a
 * that-clause ("muttered that"). A new rule about a verb that needs a quotation goes here; a rule
 * for `call` and its labels goes in calling.ts.
 */
import type { Context } from '../../context';
import { isAdverb, isDet, isOpenQuote, isPrep, isPunct, isQuote, isTimeWord } from '../../context';
import { ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { afterQuoteOrComma } from '../../subject/inverted';
import { afterQuotedQuestion, complementAfterThat } from '../clause-follows';
import type { Verb } from '../verb-group';
import { speakingHead } from './speakers';

/** An opening quotation mark right after verb `v`, or after a colon or a comma. */
export function quotationNext(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  const k = isPunct(toks[v.end], ':') || isPunct(toks[v.end], ',') ? v.end + 1 : v.end;
  return isOpenQuote(toks[k]);
}

/**
 * '"...," Ana Ruiz, a spokeswoman for the council, added.': verb `v` ends the sentence after a
 * quotation, its subject and the subject's role in apposition (set off by commas, opened by a
 * determiner); the subject, a name, a person or a body, is who speaks.
 */
export function apposedTag(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.sawAux || v.g !== v.i || !(v.end >= s.last || isPunct(toks[v.end], '.'))) return false;
  if (!isPunct(toks[v.g - 1], ',')) return false;
  let c = v.g - 2;
  while (c > s.first && c >= v.g - 14 && !isPunct(toks[c])) c--;
  if (!isPunct(toks[c], ',') || !isDet(toks[c + 1])) return false;
  let q = c - 1;
  while (q > s.first && q >= c - 5 && toks[q]!.kind === 'word') q--;
  const w = toks[q];
  return (
    !!w &&
    q < c - 1 &&
    isQuote(w) &&
    !isOpenQuote(w) &&
    (isPunct(toks[q - 1], ',') || isPunct(toks[q + 1], ',')) &&
    (ctx.name[c - 1] !== 0 || speakingHead(ctx, c - 1))
  );
}

/** Verbs that report only as a speaker's tag on a quotation: `continue`, `laugh`, `sigh`. */
export const QUOTE_TAG_ONLY = ruleWords('quoteTagOnlyVerbs');

/** `“...,” reads one`, `the sign reads: “...”`: a quotation before (inverted) or right after. */
export function quotationFollows(ctx: Context, s: Sentence, v: Verb): boolean {
  return quoteBefore(ctx, s, v) ?? quotationAfter(ctx, s, v);
}

/** Whether verb `v` tags the quotation before it (`“...,” reads one`). */
export function quotedBefore(ctx: Context, s: Sentence, v: Verb): boolean {
  return quoteBefore(ctx, s, v) === true;
}

/**
 * `“...,” reads one`, `“...,” one fan fumed.`: true when verb `v` tags the quotation before it,
 * false when a quotation closes before its subject without a comma, null when none is near.
 */
function quoteBefore(ctx: Context, s: Sentence, v: Verb): boolean | null {
  const toks = ctx.tokens;
  if (afterQuoteOrComma(ctx, v.g) && isQuote(toks[v.g - 1])) return true;
  if ((isPunct(toks[v.end]) || v.end >= s.last) && afterQuotedQuestion(ctx, s, v.g)) return true;
  // '"It is a disgrace," one fan fumed.': a quotation closed with a comma right before the
  // subject, the verb ending the clause
  if (isPunct(toks[v.end]) || v.end >= s.last)
    for (let q = v.g - 1; q >= s.first && q >= v.g - 6; q--) {
      const w = toks[q]!;
      if (isQuote(w))
        return (
          !isOpenQuote(w) && q < v.g - 1 && (isPunct(toks[q - 1], ',') || isPunct(toks[q + 1], ','))
        );
      if (isPunct(w)) break;
    }
  return null;
}

/** `the sign reads: “...”`, `Ruiz continued: “...”`: a quotation or a colon right after verb `v`. */
function quotationAfter(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let q = v.end; q < s.last && q <= v.end + 5; q++) {
    const w = toks[q]!;
    if (isOpenQuote(w) || isPunct(w, ':')) return true;
    if (isPunct(w) && !isPunct(w, ',')) break;
  }
  return false;
}

/**
 * "muttered that the deal was off", "fumed on Monday that nobody had asked": a manner of speaking
 * with a that-clause reports what was said as any verb of saying does (not `call` or `read`,
 * whose object is a name or a text).
 */
export function mannerThat(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.lemma === 'call' || v.lemma === 'read') return false;
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && (isAdverb(toks[k]) || isTimeWord(toks[k]))) k++;
  // (past one time or occasion phrase: "seethed in a post on Monday that")
  if (isPrep(toks[k]) && toks[k]!.lower !== 'that') {
    const np = phraseStartingAt(ctx, k + 1, s.last);
    if (np) k = np.end;
  }
  return toks[k]?.lower === 'that' && complementAfterThat(ctx, k + 1);
}
