/**
 * People of a body given by a definite common noun ("A spokesman for the chipmaker", "staff at
 * the bank") are as named as the body the noun refers back to (decisions 16, 84, 101 and 116 of
 * the labelled sets): `the` alone names no body. The phrase's own words make them people of a
 * named body (../../phrase/namedness.ts); here the linker checks that the story gave that body a
 * name. With no named body anywhere before, or when the noun repeats an unnamed body ("one, a
 * regional bank, ... A spokesman for the bank"), they are unnamed.
 */
import type { Context } from '../../context';
import { ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { airForce } from '../../phrase/national-service';
import type { NounPhrase } from '../../phrase/noun-phrase';
import type { Names } from '../names';
import type { Tracked } from '../registry';
import { previousSameWord } from '../../same-word';

/**
 * The body of person phrase `np` when a post-modifier gives it by `the` and a common noun with at
 * most two words before it (`for the chipmaker`, `at the private operator`), no name and no
 * possessive in the phrase; else null. A country's unique institutions (`the army`, `the
 * government`) are left out: they need no antecedent.
 */
export function definiteBodyOf(ctx: Context, np: NounPhrase): NounPhrase | null {
  const toks = ctx.tokens;
  const k = np.coreEnd;
  if (!BODY_PREPS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'the') return null;
  const h = np.end - 1;
  if (h < k + 2 || h > k + 4) return null;
  for (let q = np.start; q < np.end; q++) {
    if (ctx.name[q]) return null;
    if (q > k && toks[q]!.kind !== 'word') return null;
  }
  const word = toks[h]!.lower;
  if (
    headClass(ctx, h) !== 'organisation' ||
    UNIQUE_INSTITUTIONS.has(word) ||
    (h === k + 3 && airForce(ctx, h)) ||
    ONE_OF_A_PLACE.has(word)
  )
    return null;
  return { start: k + 1, end: np.end, head: h, coreEnd: np.end };
}

/**
 * Whether `body` (from `definiteBodyOf`, in the sentence of token `body.start`; `outlet`: its noun
 * is a word for a news outlet) is an unnamed body: what it refers back to (`back`) is unnamed, or nothing is and the story has named no body
 * before it nor in its sentence, or the noun repeats an indefinite body met before (`a regional
 * bank`) with no body named since.
 */
export function unnamedBody(
  ctx: Context,
  names: Names,
  body: NounPhrase,
  back: Tracked | null,
  outlet: boolean,
): boolean {
  const toks = ctx.tokens;
  const word = toks[body.head]!.lower;
  // (an outlet named before is the antecedent only of a word for an outlet: "Reuters reported
  // that a spokesman for the chipmaker had confirmed")
  const last = namedBodyBetween(ctx, names, 0, body.start, outlet);
  // "one, a regional bank, has paused its payments. A spokesman for the bank": the body met since
  // the last name, whatever company the noun would otherwise take
  if (indefiniteBefore(ctx, word, body.start, last)) return true;
  // (a bare singular noun met before is a headline's or a summary's subject, no description of
  // an unnamed body: "Club confirms Hale's resignation" over a live blog about a named club)
  if (back && back.entity.name.includes(' ')) return back.entity.named === false;
  if (last >= 0) return false;
  // (a body named later in the sentence may be the one meant: "a spokesman for the bank
  // declined to comment on Ostmark's results")
  const s = ctx.sentences[ctx.sentenceOf[body.start]!]!;
  if (namedBodyBetween(ctx, names, body.end, s.last + 1, outlet) >= 0) return false;
  // ("head of Marovia's anti-corruption office ... a former investigator in the office": the
  // word met before with a name that owns or qualifies it)
  return !namedMention(ctx, body.head);
}

/**
 * The last token before `to` (from `from`) of a name that may be a body's: an organisation, an
 * outlet, a name of no known kind or a "person" with no known first name; or -1. Without
 * `outlets`, outlets and names told something are left out (`told Reuters`, `told The Times`).
 */
function namedBodyBetween(
  ctx: Context,
  names: Names,
  from: number,
  to: number,
  outlets: boolean,
): number {
  const toks = ctx.tokens;
  for (let k = to - 1; k >= from; k--) {
    if (!ctx.name[k]) continue;
    const r = names.runAt(k);
    if (r < 0) continue;
    const kind = names.kind(r);
    const a = names.from[r]!;
    // ("According to", capitalised, is no name; an outlet told is not the body: "told Reuters")
    const told = toks[a - 1]?.lower === 'the' ? toks[a - 2] : toks[a - 1];
    const skip =
      (toks[a]!.lower === 'according' && toks[a + 1]?.lower === 'to') ||
      (!outlets && (kind === 'publication' || TELLING.has(told?.lower ?? '')));
    // (a "person" of no known first name may be a company: "Brightwell Brewing said")
    if (!skip && kind !== 'place' && (kind !== 'person' || names.gender(r) === '')) return k;
    k = a;
  }
  return -1;
}

/**
 * Whether the word of token `h` was met before with a name among the three words before it:
 * `Marovia's anti-corruption office`, `the Kelm city council`.
 */
function namedMention(ctx: Context, h: number): boolean {
  const toks = ctx.tokens;
  for (let q = previousSameWord(ctx, h); q >= 0; q = previousSameWord(ctx, q)) {
    for (let d = q - 1; d >= q - 4 && d >= 0; d--) {
      const w = toks[d]!;
      if (ctx.name[d]) return true;
      if (w.kind !== 'word' && w.kind !== 'pos' && w.lower !== '-') break;
    }
  }
  return false;
}

/**
 * Whether `a`/`an`/`one` and at most two words stand before the word `word` between the last named
 * body (token `after`) and token `limit`, opening a sentence or an apposition: the unnamed body
 * the definite noun repeats.
 */
function indefiniteBefore(ctx: Context, word: string, limit: number, after: number): boolean {
  const toks = ctx.tokens;
  if (after >= limit) return false;
  for (let q = limit - 1; q > after; q--) {
    if (toks[q]!.lower !== word) continue;
    for (let d = q - 1; d >= q - 3 && d > after; d--) {
      const w = toks[d]!;
      // (not in apposition to a name: "Ostmark, a regional bank,")
      // (an apposition or a subject: not "inherits an office in poor shape", which describes the
      // office the story named; nor in apposition to a name, "Ostmark, a regional bank,")
      if (INDEFINITE.has(w.lower)) {
        const before = toks[d - 1];
        const opens = ctx.sentences[ctx.sentenceOf[d]!]!.first === d;
        if (!opens && !(before && APPOSING.has(before.lower) && !ctx.name[d - 2])) break;
        return true;
      }
      if (w.kind !== 'word' || ctx.name[d]) break;
    }
  }
  return false;
}

/** Prepositions that tie a person to a body: `a spokesman for`, `staff at`, `a lawyer of`. */
const BODY_PREPS: ReadonlySet<string> = new Set([
  'at',
  'for',
  'from',
  'in',
  'of',
  'with',
  'within',
]);

/** Verbs whose object is the outlet told: `told Reuters`, `tells The Times`. */
const TELLING: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'tell']);

/** Punctuation before an apposition: `one, a regional bank,`. */
const APPOSING: ReadonlySet<string> = new Set([',', '—', '–', '(']);

/** `a`, `an`, `one`: a body met for the first time. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/**
 * Bodies a place or a polity has one of, which a definite noun names as `the government` does:
 * `the senate`, `the party` of the story's politician, `the port authority` (decisions 5, 21 and
 * 116: "the city's transport authority" is named).
 */
const ONE_OF_A_PLACE: ReadonlySet<string> = new Set([
  'assembly',
  'authority',
  'congress',
  'party',
  'senate',
]);

/** A country's one army, government, treasury: named by their common noun (decision 84). */
const UNIQUE_INSTITUTIONS = ruleWords('uniqueInstitutions');
