/**
 * A counted part of an unnamed group that acts: "One of them dropped something in the road" after
 * "two figures running towards a car", "Two of them attended at least one session" after "three
 * people with knowledge of the discussions said". The part is as unnamed as the group it is
 * taken from, and it does something the story tells of: a required `unnamed` (decisions 7 and 78
 * of the labelled sets: repeats of unnamed people are required, bare "One" optional). A part of
 * named people ("Ana Roe and Piet Kask ... One of them") or of a named body's people ("two Acme
 * engineers ... one of them") is not; nor a part of things ("three contracts ... two of them").
 */
import type { Context } from '../context';
import { isAux, isVerbLike } from '../context';
import { BE_FORMS, F } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt } from '../phrase/phrase-starting';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { partitivePronoun } from '../subject/partitive';
import { pluralEnding } from './reason';
import type { Unnamed } from './find-unnamed';
import { POSSESSIVE_DETERMINERS, WHY } from './words';

/** How far back, in tokens, the group a partitive takes its part from may stand. */
const REACH = 60;

/**
 * The counted parts of unnamed groups in sentence `s` that act and that no cue credits: each
 * quantifier or number (not `all`, `both`) before `of them` / `of those`, followed by its verb.
 */
export function actingPartitives(
  ctx: Context,
  s: Sentence,
  sourceHeads: readonly number[],
): Unnamed[] {
  const toks = ctx.tokens;
  let out: Unnamed[] | null = null;
  for (let h = s.first; h + 3 < s.last; h++) {
    const t = toks[h]!;
    if (((t.f & F.QUANT) === 0 && t.kind !== 'num') || toks[h + 1]!.lower !== 'of') continue;
    if (sourceHeads.includes(h)) continue;
    // (a group's part opens a clause, or is a cue's agent: "by some of Arabella's circle")
    const lead = h > s.first ? toks[h - 1]!.lower : '';
    const part =
      partitivePronoun(ctx, h + 2, s.first) ??
      (lead === 'by' || opensClause(ctx, s, h) ? partOfGroup(ctx, s, h, sourceHeads) : null);
    if (!part || part.head !== h) continue;
    // (credited: "met with fury by some of Arabella's circle, who blame")
    if (part.coreEnd !== part.end) {
      (out ??= []).push({ start: part.start, end: part.end, why: WHY.actor });
      continue;
    }
    // (its verb: "One of them dropped", "Two of them are members", "one of them had worked")
    const v = toks[part.end];
    if (!v || !(isAux(v) || isVerbLike(v) || (v.f & F.IRREGULAR) !== 0)) continue;
    if (!opensClause(ctx, s, part.start) || befallen(ctx, s, part.end)) continue;
    if (toks[part.end - 1]!.lower === 'them' || toks[part.end - 1]!.lower === 'those')
      if (!unnamedGroupBefore(ctx, part.start)) continue;
    (out ??= []).push({ start: part.start, end: part.end, why: WHY.actor });
  }
  return out ?? NONE;
}

const NONE: Unnamed[] = [];

/** Participles of naming, whose negation withholds an identity: `was not identified`. */
const NAMING: ReadonlySet<string> = new Set(['disclosed', 'identified', 'named', 'revealed']);

/** Words after which a clause, and its subject, starts: `and`, `that`, an opening quote. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(['and', 'but', 'that', 'though', 'while']);

/**
 * Whether a clause starts at `k`: the sentence's start, an opening quote, a conjunction or
 * `that`, or a reporting verb ("said at least one of them had"); not inside a phrase ("every
 * one of them"), nor an absolute construction after a comma (", most of them opposed").
 */
function opensClause(ctx: Context, s: Sentence, k: number): boolean {
  const b = ctx.tokens[k - 1];
  if (k === s.first || !b) return true;
  if (b.kind === 'quote' || b.lower === ':' || b.lower === ';') return true;
  return CLAUSE_STARTS.has(b.lower) || ((b.f & F.REPORT) !== 0 && !ctx.name[k - 1]);
}

/**
 * Whether the verb group at `k` tells what befell its subject, or only who or what it is: a
 * passive ("had been killed", "were awarded"), a copula ("are gone", "is Marco Ilic", "was a
 * senior designer"); not a progressive ("was shouting", "are preparing"). Victims are not
 * labelled, and a part only described does nothing.
 */
function befallen(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let be = false;
  let not = false;
  let q = k;
  for (; q < s.last && (isAux(toks[q]) || (toks[q]!.f & F.ADV) !== 0); q++) {
    if (BE_FORMS.has(toks[q]!.lower)) be = true;
    if (toks[q]!.lower === 'not') not = true;
  }
  if (!be || q >= s.last) return false;
  const w = toks[q]!;
  // ("One of the laboratories was not identified": a part whose identity is withheld)
  if (not && NAMING.has(w.lower)) return false;
  // (a passive, or a copula that only says who or what the part is: "one of them was a senior
  // designer", "some of the users were teaching assistants"; an -ing form is an act)
  return !(w.kind === 'word' && w.lower.endsWith('ing') && !BE_FORMS.has(w.lower));
}

/** Quantifiers that take a part of a group: `some of`, `one of`, `several of`. */
const PART_WORDS: ReadonlySet<string> = new Set([
  'few',
  'many',
  'most',
  'one',
  'several',
  'some',
  'three',
  'two',
]);

/**
 * The phrase of a counted part of a group of people or bodies that names none of them, at the
 * quantifier `h`: "Some of Barraclough's former team-mates", "several of Orvane's rivals", "One
 * of the laboratories" (the guideline's "one of China's airlines"), or null. Its `coreEnd` is
 * the head's end when no cue credits the group, else the phrase's end less one.
 */
function partOfGroup(
  ctx: Context,
  s: Sentence,
  h: number,
  sourceHeads: readonly number[],
): { start: number; end: number; head: number; coreEnd: number } | null {
  const toks = ctx.tokens;
  // (not "every one of", nor a predicate: "Barraclough was one of several players")
  const b = toks[h - 1];
  if (!PART_WORDS.has(toks[h]!.lower) || b?.lower === 'of' || b?.lower === 'every') return null;
  if (b && BE_FORMS.has(b.lower)) return null;
  // ("two of its services", "Some of our members": the owner a pronoun points to decides)
  if (POSSESSIVE_DETERMINERS.has(toks[h + 2]?.lower ?? '')) return null;
  const inner = phraseStartingAt(ctx, h + 2, s.last);
  if (!inner || inner.head !== inner.coreEnd - 1 || !pluralEnding(toks[inner.head]!.lower))
    return null;
  const cls = headClass(ctx, inner.head);
  if (!isPersonClass(cls) && cls !== 'organisation') return null;
  if (ctx.name[inner.head] || namedness(ctx, inner) !== false) return null;
  const end = inner.coreEnd;
  const credited = sourceHeads.includes(inner.head);
  return { start: h, end, head: h, coreEnd: credited ? end - 1 : end };
}

/**
 * Whether the nearest plural noun of people before token `at` (within `REACH` tokens) heads a
 * phrase that names no one ("two figures", "three people with knowledge of the discussions",
 * "two controllers"): the group a pronoun partitive takes its part from. Names joined by `and` on
 * the way ("Roe and Kask") are that group instead, and stop the search.
 */
function unnamedGroupBefore(ctx: Context, at: number): boolean {
  const toks = ctx.tokens;
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    const t = toks[k]!;
    if (ctx.name[k] && toks[k - 1]?.lower === 'and' && ctx.name[k - 2]) return false;
    if (t.kind !== 'word' || ctx.name[k] || !(pluralEnding(t.lower) || t.lower === 'people'))
      continue;
    // ("two figures running towards a car": figures of people seen, though also numbers)
    const figures = t.lower === 'figures' && isNumberWord(toks[k - 1]);
    if (!figures && ((t.f & F.ACTOR) === 0 || !isPersonClass(headClass(ctx, k)))) continue;
    // (the head of its phrase, not a modifier: "people smugglers")
    if (toks[k + 1]?.kind === 'word' && (toks[k + 1]!.f & F.ACTOR) !== 0) continue;
    const np = phraseEndingAt(ctx, k, 0, false);
    return !!np && namedness(ctx, np) === false;
  }
  return false;
}

/** Whether `t` is a count: `two`, `3`. */
function isNumberWord(t: Token | undefined): boolean {
  return !!t && (t.kind === 'num' || NUMBERS.has(t.lower));
}

const NUMBERS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'several',
  'some',
]);
