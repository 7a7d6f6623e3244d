/**
 * The verb group of a reporting verb: its auxiliaries (`has been`, `would not have`), whether it
 * is passive, and its subject once asked. Every verb rule reads this one record.
 */
import { adverbialPhraseEndingAt } from '../adverbial-phrases';
import type { Context } from '../context';
import { isAdverb, isAux, isHedgeWord } from '../context';
import type { VerbEntry, VerbForms } from '../lexicon';
import { BE_FORMS, F, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import type { SubjectResult } from '../subject/result';
import type { Token } from '../tokenize';

/** A reporting verb in its sentence, with its verb group. */
export interface Verb {
  /** The verb token, and the token after the verb (two tokens for `points out`). */
  i: number;
  end: number;
  /** Where the verb group starts: its first auxiliary (`has been` told), else `i`. */
  g: number;
  entry: VerbEntry;
  lemma: string;
  forms: VerbForms;
  /** An auxiliary precedes the verb (`has said`, `will tell`). */
  sawAux: boolean;
  /** The auxiliary next to the verb is a form of `be`. */
  beBefore: boolean;
  /** A passive: `be` + a participle (`was told`, `has been confirmed`). */
  passive: boolean;
  /** The token after the verb. */
  next: Token | undefined;
  /** The subject, once `subjectOf` has looked for it. */
  subject?: SubjectResult;
}

/** The verb group of the reporting verb at `i` spanning `len` tokens. */
export function verbGroup(
  ctx: Context,
  s: Sentence,
  i: number,
  entry: VerbEntry,
  len: number,
): Verb {
  const t = ctx.tokens[i]!;
  const { g, sawAux, beBefore } = groupStart(ctx, s, i);
  const forms = entry.forms;
  const participle = forms.has('participle') && participleEnding(t.lower);
  return {
    i,
    end: i + len,
    g,
    entry,
    lemma: entry.lemma,
    forms,
    sawAux,
    beBefore,
    passive: beBefore && participle && !forms.has('ing'),
    next: ctx.tokens[i + len],
    // (built whole: a field added later would give verbs two shapes)
    subject: undefined,
  };
}

/** Whether `w` ends like a participle: `-ed`, `-en`, `-wn`, `-ght`, `-ound`, `-rnt` and the like. */
function participleEnding(w: string): boolean {
  // (every ending below ends in `d`, `n` or `t`: other words skip the expression)
  const last = w.charCodeAt(w.length - 1);
  if (last !== 100 && last !== 110 && last !== 116) return false;
  return PARTICIPLE_ENDING.test(w);
}

const PARTICIPLE_ENDING = /(?:ed|en|wn|ld|ght|id|ood|ound|ot|ut|ad|old|rnt)$/;

/**
 * Where the verb group of the verb at `i` starts: its auxiliaries and the adverbs between them
 * (`has not yet been`), whether it has an auxiliary and whether the one next to the verb is `be`.
 * The record returned is shared: read its fields before calling again.
 */
export function groupStart(ctx: Context, s: Sentence, i: number): VerbGroupStart {
  const toks = ctx.tokens;
  let g = i;
  let k = i - 1;
  let sawAux = false;
  let beBefore = false;
  while (k >= s.first) {
    const w = toks[k]!;
    if (isAux(w) || w.lower === 'not' || w.lower === "n't") {
      if (!sawAux && BE_FORMS.has(w.lower) && w.lower !== "'s") beBefore = true;
      if (isAux(w)) sawAux = true;
      g = k;
      k--;
      continue;
    }
    // ("has since denied": `since` after an auxiliary is an adverb of time)
    if (
      (isAdverb(w) || isHedgeWord(w) || w.lower === 'since') &&
      k - 1 >= s.first &&
      (isAux(toks[k - 1]) || isAdverb(toks[k - 1]))
    ) {
      k--;
      continue;
    }
    // ("was at no point confirmed", "was in fact denied": a fixed adverbial after an auxiliary)
    const phrase = adverbialPhraseEndingAt(toks, k);
    if (phrase > 0 && k - phrase >= s.first && isAux(toks[k - phrase])) {
      k -= phrase;
      continue;
    }
    // "We're told", "I'm told": a pronoun with a contracted `be` (the pronoun is the subject)
    // (its flag F.BE_CONTRACTION marks exactly the words of BE_CONTRACTIONS)
    if (!sawAux && (w.f & F.BE_CONTRACTION) !== 0) {
      sawAux = true;
      beBefore = true;
    }
    break;
  }
  if (g < i && !isAux(toks[g])) g = i;
  // one record, refilled by each call (read it before the next): no allocation per verb
  START.g = g;
  START.sawAux = sawAux;
  START.beBefore = beBefore;
  return START;
}

/** Where a verb group starts, as `groupStart` returns it. */
export interface VerbGroupStart {
  g: number;
  sawAux: boolean;
  beBefore: boolean;
}

/** A subject pronoun and a contracted `be`, one token: `we're`, `I'm`. */
export const BE_CONTRACTIONS = ruleWords('beContractions');

const START: VerbGroupStart = { g: 0, sawAux: false, beBefore: false };

/** The subject of the verb group, looked for once. */
export function subjectOf(ctx: Context, s: Sentence, v: Verb): SubjectResult {
  if (v.subject === undefined) v.subject = findSubject(ctx, s, v.g);
  return v.subject;
}

/** Whether the verb is an -ing form with no auxiliary: `adding that`, `saying`. */
export function bareIng(ctx: Context, v: Verb): boolean {
  return v.forms.has('ing') && !v.sawAux && /ing$/.test(ctx.tokens[v.i]!.lower);
}
