/**
 * Noun phrases without a tagger: the shape every chunker shares (`NounPhrase`), the words that
 * can stand inside one (`nominal`) and the word lists that bound it. The chunkers themselves are
 * `phrase-ending.ts` (leftwards from a head) and `phrase-starting.ts` (rightwards from a start).
 */
import type { Context } from '../context';
import { isContent, isDet, isPrep, isVerbLike, isWord } from '../context';
import {
  F,
  IRREGULAR_PAST,
  isIrregularParticiple,
  PLACE_QUALIFIERS,
  reportingVerb,
  ruleWords,
} from '../lexicon';
import type { Token } from '../tokenize';

/** A noun phrase as a token range `[start, end)` with its head. */
export interface NounPhrase {
  start: number;
  end: number;
  head: number;
  /** Where the core phrase ends, before post-modifiers. */
  coreEnd: number;
}

/** Post-modifying prepositions kept inside a phrase: `officials from X`, `a spokesman for X`. */
export const POST_PREPS = ruleWords('postPreps');
/** Adjectives and participles that head an anonymity post-modifier: `familiar with the matter`. */
export const ANON_MODIFIERS = new Map<string, string>([
  ['familiar', 'with'],
  ['close', 'to'],
  ['closer', 'to'],
  ['closest', 'to'],
  ['briefed', 'on'],
  ['involved', 'in'],
  ['knowledgeable', 'about'],
  ['privy', 'to'],
  ['aware', 'of'],
  ['acquainted', 'with'],
  ['linked', 'to'],
  ['connected', 'to'],
  // (closeness of allegiance: "a backbencher allied to the leader", "officers loyal to him")
  ['allied', 'to'],
  ['loyal', 'to'],
]);
/**
 * Whether the word at `k` is an ordinal right after a determiner, before a participle that
 * modifies the head: "A second shortlisted author", "the third injured worker".
 */
export function ordinalAfterDet(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return ORDINALS.has(toks[k]?.lower ?? '') && isDet(toks[k - 1]);
}

/** Ordinal words: `second`, `third`. */
const ORDINALS = ruleWords('ordinals');

/** Words that end a phrase on the right (they start a clause or a verb group). */
export const HARD_STOPS = ruleWords('hardStops');

/** Forms of `say` and `tell`, which are verbs unless a determiner makes them nouns. */
const SAYING_VERBS: ReadonlySet<string> = new Set(['say', 'says', 'said', 'tell', 'tells', 'told']);

/** Whether `t` is a currency sign before an amount: `$`, `€`, `£`, `₹`, `¥`. */
export function currency(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && CURRENCY.has(t.lower);
}

const CURRENCY: ReadonlySet<string> = new Set(['$', '£', '¥', '₹', '€']);

/** Whether the `-` at token `i` has a space on each side: a dash, not a hyphen. */
function spacedDash(ctx: Context, i: number): boolean {
  const toks = ctx.tokens;
  const t = toks[i]!;
  const a = toks[i - 1];
  const b = toks[i + 1];
  return !!a && !!b && a.end < t.start && t.end < b.start;
}

/** Whether token `i` can be a modifier or head inside a noun phrase. */
export function nominal(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  if (t.kind === 'pos') return true;
  // (a hyphen joins the words it touches, "52-week"; a dash with a space on each side parts
  // them: "KESSEL - Rescue teams dug", a dateline)
  if (t.kind === 'punct')
    return t.lower === '-'
      ? !spacedDash(ctx, i)
      : t.lower === '&' || t.lower === '%' || currency(t);
  if (!isWord(t)) return false;
  if (ctx.name[i]) return true;
  if (!isContent(t)) return false;
  // "Police say suspect fled": a verb of saying is no modifier ("a say", "the said company" are)
  // (each of them a reporting verb: the flag first)
  if (
    (t.f & F.REPORT) !== 0 &&
    SAYING_VERBS.has(t.lower) &&
    !isDet(ctx.tokens[i - 1]) &&
    ctx.tokens[i - 1]?.kind !== 'pos'
  )
    return false;
  // "The proposal drew criticism": a simple past is a verb
  if ((t.f & F.IRREGULAR) !== 0 && IRREGULAR_PAST.has(t.lower)) return false;
  // (the flag first: most words are no reporting verb)
  const v = (t.f & F.REPORT) !== 0 ? reportingVerb(t) : undefined;
  if (v && (v.forms.has('past') || v.forms.has('participle')) && !v.forms.has('base')) {
    // "a written statement", "a group of rejected applicants", "the journal's published
    // file": a participle between a determiner, preposition or possessive and a noun is an
    // adjective
    const prev = ctx.tokens[i - 1];
    const next = ctx.tokens[i + 1];
    return (
      !!prev &&
      (isDet(prev) || isPrep(prev) || nounPossessive(ctx, i - 1)) &&
      !!next &&
      isWord(next) &&
      isContent(next) &&
      (next.f & F.REPORT) === 0 &&
      !isVerbLike(next)
    );
  }
  return true;
}

/** Whether token `k` is a possessive `'s` after a noun (not `it's`, `he's`: `is`, `has`). */
function nounPossessive(ctx: Context, k: number): boolean {
  const p = ctx.tokens[k];
  const owner = ctx.tokens[k - 1];
  return p?.kind === 'pos' && !!owner && isWord(owner) && (owner.f & F.FUNC) === 0;
}

/** Participle-shaped words that are adjectives before a noun: `unnamed sources`, `retired officials`. */
export const ADJECTIVAL =
  /^(?:un[a-z]+ed|retired|elected|appointed|qualified|licensed|trained|alleged|so-called|senior|armed|masked|disgruntled|embattled|beleaguered|embedded|affected|concerned|interested|unaffiliated)$/;

/** Adjectives of standing that pair up before a head: `current`, `former`, `retired`. */
export function statusAdjective(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (STATUS_ADJECTIVES.has(t.lower) || ADJECTIVAL.test(t.lower));
}

const STATUS_ADJECTIVES = ruleWords('statusAdjectives');

/** Adjectives of people's group that pair up before a head: `white`, `Muslim`, `rural`, `female`. */
const GROUP_ADJECTIVES = ruleWords('groupAdjectives');

/** Whether `t` is an adjective of a people's group (`Muslim`, `Hispanic`, `white`). */
export function groupAdjective(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && GROUP_ADJECTIVES.has(t.lower);
}

/** Plural nouns among the place qualifiers (`democrats`, `tories`): heads, not modifiers. */
const PLURAL_QUALIFIER = /(?:ats|ans|ives|als|ists|ies|ens)$/;

/**
 * Whether token `t` is an adjective that is coordinated with another before one head (`Israeli
 * and Palestinian leaders`, `white and Asian managers`, `state and local officials`, `current and
 * former staff`, `US and UK-based firms`): a status adjective, a nationality or level of
 * government, an adjective of a people's group, or a place joined to `-based`.
 */
export function coordinableAdjective(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.lower;
  if (statusAdjective(t) || GROUP_ADJECTIVES.has(w) || w.endsWith('-based')) return true;
  if (!PLACE_QUALIFIERS.has(w) || PLURAL_QUALIFIER.test(w)) return false;
  // (`us` is the pronoun unless capitalised)
  return w !== 'us' || t.cap;
}

export const participleLike = (lower: string): boolean =>
  isIrregularParticiple(lower) ||
  (lower.length > 4 && endsEdIngEn(lower) && !INDUSTRY_ING.has(lower));

/** -ing nouns of an industry that modify a noun: `a leasing firm`, `consulting giant`. */
const INDUSTRY_ING = ruleWords('industryIng');

/** `/(?:ed|ing|en)$/` (not `-men`) without a regular expression call (a hot path). */
function endsEdIngEn(w: string): boolean {
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  const prev = w.charCodeAt(n - 2);
  if (last === 100) return prev === 101; // -ed
  // -en, but not the -men of people (`fishermen`, `women`)
  if (last === 110) return prev === 101 && w.charCodeAt(n - 3) !== 109;
  return last === 103 && prev === 110 && w.charCodeAt(n - 3) === 105; // -ing
}

/** Plural nouns that do modify nouns: `news outlets`, `sales executives`. */
export const PLURAL_MODIFIERS = ruleWords('pluralModifiers');

/** A lowercase -s word that could be a third-person verb (`allows`, not `business`, `status`). */
export function isThirdPersonShaped(t: Token): boolean {
  const w = t.lower;
  return (
    t.kind === 'word' &&
    !t.cap &&
    (t.f & (F.FUNC | F.ADV)) === 0 &&
    w.length > 3 &&
    w.endsWith('s') &&
    !w.endsWith('ss') &&
    !w.endsWith('us') &&
    !w.endsWith('is')
  );
}

/** A plural common noun: `emails`, `records` (not `business`). */
export function isPluralNoun(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    !t.cap &&
    (t.f & (F.FUNC | F.ADV)) === 0 &&
    t.lower.length > 3 &&
    t.lower.endsWith('s') &&
    !t.lower.endsWith('ss')
  );
}

/**
 * Whether the -ing word at `j` is a noun: right after a determiner or possessive (`his
 * thinking`, `the bank's thinking`) or after one modifier noun that one opens (`the airline's
 * contingency planning`), not a verb.
 */
export function gerundNoun(ctx: Context, j: number): boolean {
  const toks = ctx.tokens;
  if (!toks[j]?.lower.endsWith('ing')) return false;
  const m = toks[j - 1];
  if (!m) return false;
  if (isDet(m) || m.kind === 'pos') return true;
  const d = toks[j - 2];
  if (!d || m.kind !== 'word' || ctx.name[j - 1] || !isContent(m)) return false;
  if ((m.f & (F.AUX | F.BE | F.REPORT | F.ADV)) !== 0 || /(?:ed|ing|ly)$/.test(m.lower))
    return false;
  return isDet(d) || d.kind === 'pos';
}
