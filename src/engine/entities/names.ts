/**
 * The proper names of a text part, as runs of name tokens with what they name: a person (`Sheriff
 * Ana Okafor`, `Mr. Reeves`), an organisation (`the Ministry of State Security`, `Quarry Hill
 * Capital`, `MSS`), a publication (`the Harbour Gazette`) or a place. Titles before a name are
 * kept apart (`sheriff`), so that a later `the sheriff` or `Okafor` finds the person.
 *
 * A run is found only when a source mention asks about a token in it, and what it names is worked
 * out only then: a text has many capitalised words and only a few of them are ever linked to a
 * source. Runs are stored as parallel arrays (one number per field), not one object per name.
 */
import type { Context } from '../context';
import { isPrep, isTimeWord } from '../context';
import {
  derivedPerson,
  F,
  FEMALE_WORDS,
  INDUSTRY_WORDS,
  INSTITUTION_WORDS,
  MALE_WORDS,
  NAME_PARTICLES,
  OCCUPATION_NOUNS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  OUTLET_NAMES,
  PERSONAL_TITLES,
  PLACE_NAMES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  PUBLICATION_WORDS,
  rarePersonWord,
  TEAM_WORDS,
  ROLE_NOUNS,
  ruleWords,
  TITLE_ABBREVIATION_WORDS,
  TITLE_NOUNS,
} from '../lexicon';
import { isPlaceName } from '../phrase/places';
import { subjectBody, subjectBodyBefore } from '../phrase/subject-body';
import type { Token } from '../tokenize';
import { objectArray } from '../arrays';
import { wordBits } from '../word-bits';

export type NameKind = 'person' | 'organisation' | 'publication' | 'place' | 'unknown';

/** A person's gender as the text shows it (a title, a gendered noun), for `he` and `she`. */
export type Gender = 'm' | 'f' | '';

const KINDS: readonly NameKind[] = ['person', 'organisation', 'publication', 'place', 'unknown'];

/** The names of one part, in text order. */
export class Names {
  /** Token range of each name without its titles (`Ana Okafor`), and where its titles start. */
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly from: number[] = [];
  /** Each run's `KINDS` index, -1 until asked. */
  private readonly kinds: number[] = [];
  // (arrays of strings from the start: ../arrays.ts)
  private readonly genders: Gender[] = objectArray<Gender>();
  /** The title or role before each name, lowercase (`sheriff`, `governor`), or ''. */
  private readonly titles: string[] = objectArray<string>();
  /** Run index + 1 for each token of a run found so far (titles included), 0 elsewhere. */
  private readonly runs: Int32Array;
  /** Acronyms given in brackets after a name (`MSS` -> the run of `Ministry of State Security`). */
  private acronymRuns: Map<string, number> | null = null;
  /** Person runs by title (including titles in apposition), in text order, built when first asked. */
  private byTitle: Map<string, number[]> | null = null;
  /** Tokens of multiword names by their lowercase word, built when first asked. */
  private byWord: Map<string, number[]> | null = null;
  /** Kinds of multiword names by first and last word (see `kind`). */
  private readonly kindCache = new Map<string, Map<string, number>>();

  constructor(private readonly ctx: Context) {
    this.runs = new Int32Array(ctx.tokens.length);
  }

  /** The run of names that token `k` belongs to (found now if need be), or -1. */
  runAt(k: number): number {
    const known = this.runs[k];
    if (known) return known - 1;
    if (!this.ctx.name[k]) return -1;
    const r = scanRun(this.ctx, this, runStart(this.ctx, k));
    // (a name the scan from the left did not reach: its own run)
    return this.runs[k] ? r : scanRun(this.ctx, this, k);
  }

  /** The acronym run named by `word` (`mss`), or -1. */
  acronym(word: string): number {
    if (!this.acronymRuns) {
      this.acronymRuns = new Map();
      const toks = this.ctx.tokens;
      // each `(` of the part is a token of its own: found in the part's text (a slice, so that
      // no search runs on past the part), not by reading every token
      const base = toks.length > 0 ? toks[0]!.start : 0;
      const text = this.ctx.text.slice(base, toks.length > 0 ? toks[toks.length - 1]!.end : 0);
      for (let at = text.indexOf('('); at >= 0;) {
        const k = tokenStartingAt(toks, base + at);
        at = text.indexOf('(', at + 1);
        if (
          k >= 1 &&
          k + 2 < toks.length &&
          toks[k + 2]!.lower === ')' &&
          this.ctx.name[k - 1] &&
          isAcronym(this.ctx, k + 1)
        )
          this.acronymRuns.set(toks[k + 1]!.lower, this.runAt(k - 1));
      }
    }
    return this.acronymRuns.get(word) ?? -1;
  }

  kind(r: number): NameKind {
    let k = this.kinds[r]!;
    if (k < 0) {
      const a = this.start[r]!;
      const e = this.end[r]!;
      const toks = this.ctx.tokens;
      // a name met again is the same kind of name: classified once per first and last word
      // (two to four words outside a Title Case headline, where nothing else decides)
      const cacheable = e - a >= 2 && e - a <= 4 && !this.ctx.titleCase[this.ctx.sentenceOf[a]!];
      const byLast = cacheable ? this.kindCache.get(toks[a]!.lower) : undefined;
      const cached = byLast?.get(toks[e - 1]!.lower);
      if (cached !== undefined) k = cached;
      else {
        k = KINDS.indexOf(classify(this.ctx, a, e, this.titles[r]!));
        if (cacheable) {
          const map = byLast ?? new Map<string, number>();
          map.set(toks[e - 1]!.lower, k);
          if (!byLast) this.kindCache.set(toks[a]!.lower, map);
        }
      }
      this.kinds[r] = k;
    }
    return KINDS[k]!;
  }

  /** A person's gender by the title or the word before the name. */
  gender(r: number): Gender {
    return this.genders[r]!;
  }

  /** The title of a person's name: before it, or in apposition after it ("Ana Okafor, the sheriff"). */
  title(r: number): string {
    if (!this.titles[r] && this.kind(r) === 'person') {
      const t =
        appositionTitle(this.ctx, this.end[r]!) || titleApposedBefore(this.ctx, this.start[r]!);
      if (t) {
        this.titles[r] = t;
        if (!this.genders[r]) this.genders[r] = genderOf(t);
      }
    }
    return this.titles[r]!;
  }

  /** The title before a name (`Sheriff`, `Gov.` as `governor`), or ''. */
  titleBefore(r: number): string {
    return this.titles[r]!;
  }

  /** The name as written, titles left out. */
  text(r: number): string {
    const toks = this.ctx.tokens;
    return this.ctx.text.slice(toks[this.start[r]!]!.start, toks[this.end[r]! - 1]!.end);
  }

  /** The lowercase words of the name joined by spaces (a leading `the` left out). */
  key(r: number): string {
    const toks = this.ctx.tokens;
    // (built by concatenation: a one-word name is its token's own string, no new one)
    let key = '';
    for (let k = this.start[r]!; k < this.end[r]!; k++) {
      const w = toks[k]!;
      if (w.kind !== 'word' || (k === this.start[r] && w.lower === 'the')) continue;
      key = key ? `${key} ${w.lower}` : w.lower;
    }
    return key;
  }

  /** A person's surname, lowercase (`okafor`), or its only word. */
  surname(r: number): string {
    const toks = this.ctx.tokens;
    for (let k = this.end[r]! - 1; k >= this.start[r]!; k--) {
      const w = toks[k]!;
      if (w.kind === 'word' && (listsOf(w) & IN_SUFFIXES) === 0) return w.lower;
    }
    return toks[this.start[r]!]!.lower;
  }

  /** The latest person run ending before token `limit` with title or role `title`, or -1. */
  titled(title: string, limit: number): number {
    if (!this.byTitle) {
      // one pass over the tokens for titles next to names: before one ("Sheriff Ana Okafor",
      // "economist Jo Park") or in apposition after one ("Ana Okafor, the county sheriff,")
      this.byTitle = new Map();
      const ctx = this.ctx;
      const toks = ctx.tokens;
      // (read once: the loop reads it two or three times at every token)
      const name = ctx.name;
      for (let k = 0, n = toks.length; k < n; k++) {
        // (only a name or the word before one can be near a title: the flags first, the token
        // object only then)
        if (!name[k] && !name[k + 1]) continue;
        const t = toks[k]!;
        let near = name[k + 1] === 1 && (t.f & (F.ACTOR | F.NAME_WORD)) !== 0;
        if (!near && name[k] === 1 && !name[k + 1] && toks[k + 1]?.lower === ',')
          near = appositionWords(ctx, k + 1) >= 0;
        // ("the finance minister, Tomas Brandt,": the title in apposition before the name; "the
        // minister for health, Ana Pell,": after its complement)
        if (!near && name[k + 1] === 1 && t.lower === ',' && k > 0) {
          const w = titleBeforeComplement(ctx, k - 1);
          near = !name[w] && (toks[w]!.f & F.ACTOR) !== 0;
        }
        if (!near) continue;
        const r = this.runAt(name[k] ? k : k + 1);
        if (r < 0 || (this.end[r]! !== k + 1 && !name[k + 1])) continue;
        const list = this.byTitle;
        const found = this.title(r);
        if (found && this.kind(r) === 'person' && list.get(found)?.at(-1) !== r)
          push(list, found, r);
        if (!name[k]) k = this.end[r]! - 1;
      }
    }
    return this.lastOf(this.byTitle.get(title), limit);
  }

  /**
   * The first person run titled `title` right after the word `body` (`Facebook CEO Mark
   * Zuckerberg` for `ceo` and `facebook`), or -1.
   */
  titledAt(title: string, body: string): number {
    this.titled(title, 0);
    // (kept per title and body: the runs of a common title are many, and the link asks again at
    // each mention; `byTitle` and the runs' kinds do not change once made)
    let byBody = this.titledAtMemo.get(title);
    const known = byBody?.get(body);
    if (known !== undefined) return known;
    let found = -1;
    const toks = this.ctx.tokens;
    for (const r of this.byTitle!.get(title) ?? []) {
      const at = this.start[r]! - 1;
      if (at >= 1 && toks[at]!.lower === title && toks[at - 1]!.lower === body) {
        if (this.kind(r) === 'person') {
          found = r;
          break;
        }
      }
    }
    if (!byBody) this.titledAtMemo.set(title, (byBody = new Map()));
    byBody.set(body, found);
    return found;
  }

  /** `titledAt`'s answers by title, then body. */
  private readonly titledAtMemo = new Map<string, Map<string, number>>();

  /**
   * The run that a one-word mention `word` may stand for, first met before token `limit`: a
   * person with that surname, or an organisation or publication whose name holds it.
   */
  /** `named`'s answer for each word without a limit: the first run that qualifies, or -1. */
  private readonly firstNamed = new Map<string, number>();

  named(word: string, limit: number): number {
    if (!this.byWord) {
      // one pass for the words of multiword names, to their tokens
      this.byWord = new Map();
      const name = this.ctx.name;
      const toks = this.ctx.tokens;
      for (let k = 0; k < toks.length; k++) {
        if (!name[k]) continue;
        if (!name[k - 1] && !name[k + 1]) {
          // (with a particle between: "Luis de Miranda"; the flags before the word list)
          const p = toks[k - 1];
          if (
            !p ||
            name[k - 2] !== 1 ||
            (p.f & F.NAME_WORD) === 0 ||
            (listsOf(p) & IN_NAME_PARTICLES) === 0
          )
            continue;
        }
        push(this.byWord, toks[k]!.lower, k);
      }
    }
    // the first run that qualifies, whatever the limit (asked again and again for one word)
    let first = this.firstNamed.get(word);
    if (first === undefined) {
      first = -1;
      for (const k of this.byWord.get(word) ?? []) {
        const r = this.runAt(k);
        if (r < 0 || this.end[r]! - this.start[r]! < 2) continue;
        const kind = this.kind(r);
        // a person by surname or first name ("Okafor", "Lupita" after "Lupita Nyong'o"; a first
        // name of a name of two words only: "Apple" is no first name of "the Apple Vision Pro")
        if (kind === 'person') {
          const byFirst =
            this.end[r]! - this.start[r]! === 2 && this.ctx.tokens[this.start[r]!]!.lower === word;
          if (this.surname(r) !== word && !byFirst) continue;
        } else if (kind !== 'organisation' && kind !== 'publication') continue;
        first = r;
        break;
      }
      this.firstNamed.set(word, first);
    }
    return first >= 0 && this.end[first]! <= limit ? first : -1;
  }

  /**
   * The latest organisation run ending before token `limit`: the one first met with word `word`
   * in its name, or with no word the nearest before (looked for a few paragraphs back).
   */
  organisation(limit: number, word = '', accept?: (r: number) => boolean): number {
    const ctx = this.ctx;
    if (word) {
      const k = ctx.nameWords.get(word);
      if (k !== undefined && k < limit) {
        const r = this.runAt(k);
        if (r >= 0 && this.end[r]! <= limit && this.kind(r) === 'organisation') return r;
      }
    }
    // the nearest organisation before, with the word if one is asked for ("the Ministry of
    // State Security": `ministry` is no word of a multiword name on its own)
    const toks = ctx.tokens;
    for (let k = limit - 1; k >= 0 && k >= limit - ORGANISATION_REACH; k--) {
      if (!ctx.name[k]) continue;
      const r = this.runAt(k);
      if (r < 0) continue;
      if (this.kind(r) === 'organisation' && (!accept || accept(r))) {
        if (!word) return r;
        for (let q = this.start[r]!; q < this.end[r]!; q++) if (toks[q]!.lower === word) return r;
      }
      k = this.from[r]!;
    }
    return -1;
  }

  /** The last person run of `runs` (in text order) that ends by token `limit`, or -1. */
  private lastOf(runs: readonly number[] | undefined, limit: number): number {
    if (!runs) return -1;
    // the last run ending by `limit`, then back to a person
    let lo = 0;
    let hi = runs.length - 1;
    let from = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[runs[mid]!]! <= limit) {
        from = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let q = from; q >= 0; q--) if (this.kind(runs[q]!) === 'person') return runs[q]!;
    return -1;
  }

  push(start: number, end: number, from: number, gender: Gender, title: string): number {
    const r = this.start.length;
    this.start.push(start);
    this.end.push(end);
    this.from.push(from);
    this.kinds.push(-1);
    this.genders.push(gender);
    this.titles.push(title);
    for (let k = from; k < end; k++) this.runs[k] = r + 1;
    return r;
  }
}

/** The index of the token starting at offset `at` (tokens in text order), or -1. */
export function tokenStartingAt(toks: readonly Token[], at: number): number {
  let lo = 0;
  let hi = toks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = toks[mid]!.start;
    if (start === at) return mid;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function push(map: Map<string, number[]>, key: string, r: number): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

/** How many tokens back `the company` looks for an organisation named before. */
const ORGANISATION_REACH = 600;

/** Name suffixes that are no surname: `Jr.`, `III`. */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a word is a title or role that may stand before a personal name (`Sheriff`, `Mr.`). */
export function isTitleWord(t: Token): boolean {
  const w = t.lower;
  if (
    (t.f & F.ACTOR) !== 0 &&
    ((listsOf(t) & (IN_TITLE_NOUNS | IN_ROLE_NOUNS | IN_OCCUPATION_NOUNS | IN_NAME_TITLES)) !== 0 ||
      // ("Co-star Adam Price", "Volcanologist Ana Ruiz": a person noun by its shape, lexicon.ts)
      derivedPerson(w))
  )
    return true;
  return (
    (t.f & F.NAME_WORD) !== 0 &&
    ((listsOf(t) & (IN_PERSONAL_TITLES | IN_TITLE_MODIFIERS)) !== 0 || w === 'former')
  );
}

/**
 * Words that are titles only before a name (`Foreign Minister Ana Okafor`); alone they are
 * people like any other (`a minister`, `the finance minister` is not yet anyone named).
 */
const NAME_TITLES: ReadonlySet<string> = new Set(['minister']);

/** The gender a word tells, if any. */
export function genderOf(lower: string): Gender {
  if (FEMALE_WORDS.has(lower)) return 'f';
  if (MALE_WORDS.has(lower)) return 'm';
  return '';
}

/**
 * Where the run of names holding token `k` starts: left over names, and over `&`, an initial's
 * stop, a particle or (inside an organisation's name) `of`, `for` and `and`.
 */
function runStart(ctx: Context, k: number): number {
  const toks = ctx.tokens;
  const name = ctx.name;
  let a = k;
  for (;;) {
    if (name[a - 1]) {
      a--;
      continue;
    }
    const t = toks[a - 1];
    if (!t || !name[a - 2]) return a;
    if (t.lower === '&' || (t.lower === '.' && toks[a - 2]!.lower.length === 1)) {
      a -= 2;
      continue;
    }
    if (t.kind === 'word' && (t.f & F.NAME_WORD) !== 0 && (listsOf(t) & IN_NAME_PARTICLES) !== 0) {
      a -= 2;
      continue;
    }
    // ("Food and Drug Administration": the organisation word may come after the `and`)
    if (
      ((t.lower === 'of' || t.lower === 'for') &&
        (orgBefore(ctx, a - 2) || subjectBody(ctx, a - 2))) ||
      onBody(ctx, a - 1) ||
      (t.lower === 'and' &&
        !endsCompany(toks[a - 2]!) &&
        (orgBefore(ctx, a - 2) || orgAhead(ctx, a) || subjectBodyBefore(ctx, a - 2)) &&
        !personAfterAnd(ctx, a))
    ) {
      a -= 2;
      continue;
    }
    return a;
  }
}

/**
 * Whether `t` ends a company's name (`Group`, `Inc`, `Holdings`): an `and` after it joins two
 * names ("stakes in Alibaba Group and Yahoo Japan"), not words of one ("Food and Drug
 * Administration").
 */
function endsCompany(t: Token): boolean {
  return COMPANY_ENDS.has(t.lower);
}

const COMPANY_ENDS = ruleWords('companyEnds');

/**
 * Whether the `on` at token `k` joins a body's name to its subject (`Joint Committee on
 * Intelligence and Security`, `Center on Poverty and Inequality`), not a day or place after a
 * name (`the Committee on Monday`).
 */
function onBody(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'on' || !ctx.name[k - 1] || !ctx.name[k + 1]) return false;
  return BODIES_ON.has(toks[k - 1]!.lower) && !isTimeWord(toks[k + 1]);
}

/** Heads of a body whose name goes on with `on` and its subject. */
const BODIES_ON = ruleWords('bodiesOn');

/** Whether the names ending at token `k` hold an organisation word (`Ministry` of ...). */
function orgBefore(ctx: Context, k: number): boolean {
  for (let q = k; q >= 0 && ctx.name[q]; q--) if (orgWord(ctx.tokens[q]!)) return true;
  return false;
}

/**
 * Records the run of names starting at token `i`: names, with `&`, initials' stops and particles
 * inside (`Baird & Finch`, `J. R. Smith`, `Ursula von der Leyen`), and `of`/`for`/`and` inside an
 * organisation's name (`Ministry of State Security`, `Food and Drug Administration`); titles
 * before it are kept apart. Returns its index.
 */
function scanRun(ctx: Context, names: Names, i: number): number {
  const toks = ctx.tokens;
  const name = ctx.name;
  let e = i + 1;
  let org = orgWord(toks[i]!) || subjectBody(ctx, i);
  for (;;) {
    const t = toks[e];
    if (!t) break;
    if (name[e]) {
      if (!org && (orgWord(t) || subjectBody(ctx, e))) org = true;
      e++;
      continue;
    }
    if (name[e + 1] !== 1) break;
    if (t.lower === '&' || (t.lower === '.' && toks[e - 1]!.lower.length === 1)) {
      e++;
      continue;
    }
    if (
      t.kind === 'word' &&
      !org &&
      (t.f & F.NAME_WORD) !== 0 &&
      (listsOf(t) & IN_NAME_PARTICLES) !== 0
    ) {
      e++;
      continue;
    }
    // ("Priya Ramaswamy of Halvard University" is a person of a body: two names)
    if (
      ((t.lower === 'of' || t.lower === 'for') && org) ||
      onBody(ctx, e) ||
      (t.lower === 'and' &&
        (org || orgAhead(ctx, e + 1)) &&
        !endsCompany(toks[e - 1]!) &&
        !personAfterAnd(ctx, e + 1))
    ) {
      e++;
      continue;
    }
    break;
  }
  // titles before the name: "Sheriff Ana Okafor", "Chief Executive Officer Arnav Desai"
  let a = i;
  // ("Amazon-owned Whole Foods", "Leeds-based Harrow Bank": who owns it or where it is, not
  // a word of its name)
  while (a < e - 1 && ownerModifier(toks[a]!.lower)) a++;
  let title = '';
  for (; a < e - 1; a++) {
    const w = toks[a]!;
    if ((w.f & (F.ACTOR | F.NAME_WORD)) !== 0 && isTitleWord(w)) title = w.lower;
    // a place or a rank inside the title: "Assistant U.S. Attorney Helen Markovic"
    else if (!(
      (isPlaceName(ctx, a) || (listsOf(w) & IN_TITLE_RANKS) !== 0) &&
      a + 1 < e - 1 &&
      (isTitleWord(toks[a + 1]!) || isPlaceName(ctx, a + 1))
    ))
      break;
  }
  // a title after its body or field: "Fire Chief Ann Lee", "Dalton Police Chief Ray Ortiz",
  // "Acme Chief Executive Tom Hale": the last title word with a two- or three-word name after it
  if (a === i) {
    for (let k = e - 3; k > i; k--) {
      const w = toks[k]!;
      if (!((w.f & (F.ACTOR | F.NAME_WORD)) !== 0 && isTitleWord(w))) continue;
      if (e - k - 1 > 3 || !plainName(ctx, k + 1, e)) break;
      a = k + 1;
      title = w.lower;
      break;
    }
  }
  // or one the name detector left out: "economist Jo Park", "— Sheriff Ana Okafor"
  const before = toks[i - 1];
  const titled = !!before && (before.f & (F.ACTOR | F.NAME_WORD)) !== 0;
  if (a === i && titled && !name[i - 1] && isTitleWord(before)) title = before.lower;
  if (title) title = TITLE_ABBREVIATION_WORDS.get(title) ?? title;
  const gender = title ? genderOf(title) : titled ? genderOf(before.lower) : '';
  return names.push(a, e, i, gender, title);
}

/** A hyphenated modifier of owner, place or backer before a name: `Amazon-owned`, `Leeds-based`. */
const OWNER_MODIFIER =
  /^[a-z.]+-(?:owned|based|backed|led|run|funded|controlled|born|headquartered)$/;

/** `OWNER_MODIFIER.test(w)`; a word that ends in neither `d` nor `n` skips the expression. */
function ownerModifier(w: string): boolean {
  const last = w.charCodeAt(w.length - 1);
  return (last === 100 || last === 110) && OWNER_MODIFIER.test(w);
}

/** Whether `[a, b)` are words of a person's name: no title, organisation or place word. */
function plainName(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind !== 'word' || orgWord(t) || isTitleWord(t) || isPlaceName(ctx, k)) return false;
  }
  return b - a >= 2;
}

/** Titles of courtesy before a surname (`Ms. Lind`). */
const COURTESY: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'miss']);

/** How far from a name its surname is looked for alone, in tokens. */
const SURNAME_REACH = 3000;

/**
 * Whether the two-word name at `k`, after a body's `and`, is a person's, not the end of the body's
 * name (`the Harbour Authority and Mara Lind`, not `the Department of Health and Human Services`):
 * plain words, no body's or title word, and its surname alone elsewhere in the text (`Lind said`,
 * `Ms. Lind`), as a person's surname is and a body's last word seldom is.
 */
function personAfterAnd(ctx: Context, k: number): boolean {
  const name = ctx.name;
  if (!name[k] || !name[k + 1] || name[k + 2] || !plainName(ctx, k, k + 2)) return false;
  const toks = ctx.tokens;
  const surname = toks[k + 1]!.lower;
  const from = Math.max(1, k - SURNAME_REACH);
  const to = Math.min(toks.length - 1, k + SURNAME_REACH);
  for (let j = from; j < to; j++) {
    if (j === k + 1 || toks[j]!.lower !== surname || !name[j] || name[j + 1]) continue;
    if (!name[j - 1] || COURTESY.has(toks[j - 1]!.lower.replace(/\.$/, ''))) return true;
  }
  return false;
}

/** Whether a word makes a name an organisation's: `Ministry`, `Council`, `Inc.`, `Bank`. */
function orgWord(t: Token): boolean {
  const f = t.f;
  return (
    ((f & F.ACTOR) !== 0 && (listsOf(t) & IN_ORG_NOUNS) !== 0) ||
    ((f & F.NAME_WORD) !== 0 && (listsOf(t) & IN_ORG_SUFFIXES) !== 0)
  );
}

/** Whether a word ends a body's name (`Buses`, `Holdings`) and is no organisation noun. */
function suffixOnly(t: Token): boolean {
  return (
    (t.f & F.NAME_WORD) !== 0 &&
    (listsOf(t) & IN_ORG_SUFFIXES) !== 0 &&
    !((t.f & F.ACTOR) !== 0 && (listsOf(t) & IN_ORG_NOUNS) !== 0)
  );
}

/** Whether an organisation word comes in the next few names: `Food and Drug Administration`. */
function orgAhead(ctx: Context, k: number): boolean {
  for (let q = k; q < k + 4 && ctx.name[q]; q++) if (orgWord(ctx.tokens[q]!)) return true;
  return false;
}

function isAcronym(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || t.kind !== 'word' || t.end - t.start < 2 || t.end - t.start > 6) return false;
  for (let q = t.start; q < t.end; q++) {
    const c = ctx.text.charCodeAt(q);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** What the name `[a, e)` names. */
function classify(ctx: Context, a: number, e: number, title: string): NameKind {
  const toks = ctx.tokens;
  let words = 0;
  // ("Buses will run every ten minutes": a word that ends a body's name, capitalised only by
  // the sentence it opens, is no body)
  if (e === a + 1 && a === ctx.sentences[ctx.sentenceOf[a]!]!.first && suffixOnly(toks[a]!))
    return 'unknown';
  for (let k = a; k < e; k++) {
    if (orgWord(toks[k]!) || subjectBody(ctx, k)) return 'organisation';
    if (toks[k]!.kind === 'word') words++;
  }
  // ("The retailer Hartwell Brothers said": a firm, whatever the shape of its name)
  if (theCompanyNoun(ctx, a)) return 'organisation';
  const last = toks[e - 1]!.lower;
  if (words > 1 && PUBLICATION_WORDS.has(last)) return 'publication';
  if (words === 1 && OUTLET_NAMES.has(last)) return 'publication';
  // an outlet's edition for a country: "Wired Italy", "HuffPost Brazil"
  if (words === 2 && OUTLET_NAMES.has(toks[a]!.lower) && isPlaceName(ctx, e - 1))
    return 'publication';
  // a place of more than one word: "the United States", "New Zealand", "Saudi Arabia"
  if (words > 1 && words <= 4 && (toks[a]!.f & F.PLACE) !== 0 && placeOfWords(ctx, a, e))
    return 'place';
  if (
    words > 1 &&
    (INDUSTRY_WORDS.has(last) || TEAM_WORDS.has(last) || INSTITUTION_WORDS.has(last))
  )
    return 'organisation';
  if (words === 1 && isAcronym(ctx, a)) return isPlaceName(ctx, a) ? 'place' : 'organisation';
  // "Jo Park", "Sam Hill": a surname that is also a place word, in a name the text shows to be
  // a person's (before a place word could make it a place)
  if (words === 2 && e - a === 2 && placeWordSurname(ctx, a, e, title)) return 'person';
  if (isPlaceName(ctx, e - 1) || isPlaceName(ctx, a)) return 'place';
  // in apposition to an organisation noun: "the operator, Northvale Water,"
  if (!title && orgApposition(ctx, a, e)) return 'organisation';
  // a web address is a site or the body behind it: "the Arduino.cc IDE", "Amazon.com"
  for (let k = a; k < e; k++) if (webAddress(toks[k]!.lower)) return 'organisation';
  // after a noun for the kind of body it is: "whale rescue group Project Jonah", "data firm
  // 1010data" (not after a title or a rival: "his rival Jo Park")
  if (!title && describedAsBody(ctx, a)) return 'organisation';
  // (one word with a role in apposition after it: "said Mar Hicks, a historian at Hallam", where
  // `Mar` was read as March)
  if (words === 1) return title || appositionTitle(ctx, e) ? 'person' : 'unknown';
  // a personal name is two to four words, none of them a noun the lexicon knows as a kind of
  // actor or document ("Leaked Roadmap" in a headline is no person)
  if (words > 4 || ctx.titleCase[ctx.sentenceOf[a]!]) return title ? 'person' : 'unknown';
  // ("at the Carrow Wool Exchange", "The Joint Surveillance Directorate said": a name the article
  // takes is no person's; one the story also calls by its last word, `the exchange`, a body's)
  const definite = title ? null : definiteName(ctx, a, e);
  if (definite) return definite;
  // (but a person noun only WordNet's every-sense list knows is a given name or a surname as
  // often: "Victor", "Amir", "Penman", "Ambler"; lexicon.ts `rarePersonWord`)
  for (let k = a; k < e; k++)
    if ((toks[k]!.f & F.ACTOR) !== 0 && !rarePersonWord(toks[k]!.lower)) return 'unknown';
  return 'person';
}

/**
 * What the name `[a, e)` after `the` names, if not a person (a person's name takes no article):
 * a body when the story also calls it by its last word (`the Carrow Wool Exchange` ... `the
 * exchange`), as it never calls `Jo Park` `the park`; else a name of no known kind when it ends
 * its noun phrase (the word after it punctuation, a function word, a verb of report or one in
 * -ed: `the Tarnby Rope Works stopped`), since a name before a noun may be a person's that
 * modifies it (`the Dana Fisher case`). Null otherwise.
 */
function definiteName(ctx: Context, a: number, e: number): NameKind | null {
  const toks = ctx.tokens;
  if (toks[a - 1]?.lower !== 'the' || ctx.name[a - 1]) return null;
  // ("the Right Reverend Anselm Croft", "the Hon. Ana Lind": a title or a style inside the name)
  for (let q = a; q < e; q++) if (isTitleWord(toks[q]!) || STYLES.has(toks[q]!.lower)) return null;
  if (calledByLastWord(ctx, toks[e - 1]!.lower)) return 'organisation';
  const next = toks[e];
  if (!next || next.kind !== 'word') return 'unknown';
  if ((next.f & AFTER_NAME) !== 0 || (/ed$/.test(next.lower) && !ctx.name[e])) return 'unknown';
  return null;
}

/** Styles that take `the` before a person's name: `the Reverend`, `the Right Honourable`. */
const STYLES: ReadonlySet<string> = new Set(['honorable', 'honourable', 'reverend', 'venerable']);

/** Whether the text says `the` + `word` in lowercase somewhere (`the exchange`). */
function calledByLastWord(ctx: Context, word: string): boolean {
  const toks = ctx.tokens;
  for (let j = 1; j < toks.length; j++)
    if (toks[j]!.lower === word && !ctx.name[j] && toks[j - 1]!.lower === 'the') return true;
  return false;
}

/** Words that may follow a name ending its noun phrase: `said`, `has`, `in`, `which`, `and`. */
const AFTER_NAME = F.AUX | F.BE | F.PREP | F.CONJ | F.REL | F.FUNC | F.REPORT | F.ADV;

/**
 * Whether the two-word name `[a, e)` is a person's whose surname is a place word (`Jo Park`,
 * `Sam Hill`): its first word no place word, and a title before it (`council spokesperson Jo
 * Park`), a role in apposition after it (`Jo Park, a spokesperson for the council,`) or the surname standing alone as a person elsewhere in the
 * text (`Park said`, `said Hill`, `Okafor and Park`; no one calls Hyde Park `Park`).
 */
function placeWordSurname(ctx: Context, a: number, e: number, title: string): boolean {
  const toks = ctx.tokens;
  const first = toks[a]!;
  const last = toks[e - 1]!;
  if (first.kind !== 'word' || last.kind !== 'word' || !PLACE_WORDS.has(last.lower)) return false;
  if ((first.f & F.PLACE) !== 0 || ctx.places.has(first.lower) || isTitleWord(first)) return false;
  // (a title, not a word that only qualifies one: "a former Heron Ward patient")
  const titled = !!title && title !== 'former' && !TITLE_MODIFIERS.has(title);
  if (titled || appositionTitle(ctx, e) || pairedWithPerson(ctx, a, e)) return true;
  for (let q = 0; q < toks.length; q++) {
    if (q === e - 1 || toks[q]!.lower !== last.lower || !ctx.name[q]) continue;
    if (ctx.name[q - 1] || ctx.name[q + 1] || toks[q - 1]?.lower === 'the') continue;
    if (surnameUse(ctx, q)) return true;
  }
  return false;
}

/** Whether the name `[a, e)` is joined by `and` to a person's plain name: `Ana Okafor and Jo Park`. */
function pairedWithPerson(ctx: Context, a: number, e: number): boolean {
  const toks = ctx.tokens;
  const name = ctx.name;
  if (toks[a - 1]?.lower === 'and' && name[a - 2]) {
    let b = a - 2;
    while (name[b - 1]) b--;
    if (plainName(ctx, b, a - 1)) return true;
  }
  if (toks[e]?.lower === 'and' && name[e + 1]) {
    let b = e + 1;
    while (name[b + 1]) b++;
    if (plainName(ctx, e + 1, b + 1)) return true;
  }
  return false;
}

/** Whether the lone name at `q` is used as a person's: it reports or is paired with a name. */
function surnameUse(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  const next = toks[q + 1];
  const prev = toks[q - 1];
  if (next && next.kind === 'word' && (next.f & (F.REPORT | F.AUX | F.BE)) !== 0) return true;
  if (prev && prev.kind === 'word' && (prev.f & F.REPORT) !== 0) return true;
  // "Okafor and Park", "Park and Okafor"
  return (
    (next?.lower === 'and' && !!ctx.name[q + 2]) || (prev?.lower === 'and' && !!ctx.name[q - 2])
  );
}

/** Whether the words of `[a, e)`, as one lowercase phrase, are a known place (`new zealand`). */
function placeOfWords(ctx: Context, a: number, e: number): boolean {
  const toks = ctx.tokens;
  let key = '';
  for (let k = a; k < e; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word') return false;
    key = key ? `${key} ${w.lower}` : w.lower;
  }
  return PLACE_NAMES.has(key) || PLACE_QUALIFIERS.has(key);
}

/** A domain name: `arduino.cc`, `amazon.com`, `fastmail.fm`. */
const WEB_ADDRESS = /^[a-z0-9-]+\.(?:[a-z]{2}|com|org|net|edu|gov|info)$/;

/** `WEB_ADDRESS.test(w)`, for the words with a full stop inside only. */
function webAddress(w: string): boolean {
  const dot = w.indexOf('.');
  return dot > 0 && dot < w.length - 2 && WEB_ADDRESS.test(w);
}

/**
 * Whether the name starting at token `a` comes right after a noun for the kind of body it is
 * (`rescue group Project Jonah`, `analysis firm 1010data`). Not after a noun that may be a
 * person's role or trade (`his rival Jo Park`, `former broadcaster Rowan Hale`, `developer Amir
 * Askar`: agent nouns in -er and -or name people as often as bodies), nor after a plural (`firms
 * Acme and Bolt`: the nouns of a list).
 */
export function describedAsBody(ctx: Context, a: number): boolean {
  const k = a - 1;
  if (k < 0 || ctx.name[k] || !orgNoun(ctx, k)) return false;
  const w = ctx.tokens[k]!.lower;
  return !/(?:s|er|or)$/.test(w) && !PERSON_LIKE_BODIES.has(w);
}

/**
 * Whether the name starting at token `a` comes after `the` and a noun for a kind of company that
 * names a firm, not a trade (`the retailer Hartwell Brothers`, `the carmaker Brandt`, `the insurer
 * Ashdown`): with its article the noun describes the body, where a bare one may be a person's
 * trade (`developer Amir Askar`); not `developer` or `operator`, which are people's jobs as often.
 */
function theCompanyNoun(ctx: Context, a: number): boolean {
  const k = a - 1;
  const w = ctx.tokens[k];
  if (!w || ctx.name[k] || ctx.tokens[k - 1]?.lower !== 'the') return false;
  return COMPANY_AGENTS.has(w.lower);
}

/** Nouns in -er and -or for a kind of company (`companyHeads`) that name no person's trade. */
const COMPANY_AGENTS: ReadonlySet<string> = new Set(
  [...ruleWords('companyHeads')].filter(
    (w) => /(?:er|or)$/.test(w) && w !== 'developer' && w !== 'operator',
  ),
);

/** Organisation nouns that also stand for a person or one of a side: `his rival Jo Park`. */
const PERSON_LIKE_BODIES: ReadonlySet<string> = new Set(['rival', 'team', 'campaign', 'state']);

/**
 * Whether token `k` is an organisation noun of no name (`operator`, `utility`). (A function, not a
 * closure in `orgApposition`: one there made a context object on every call.)
 */
function orgNoun(ctx: Context, k: number): boolean {
  const w = ctx.tokens[k];
  return !!w && !ctx.name[k] && (w.f & F.ACTOR) !== 0 && (listsOf(w) & IN_ORG_NOUNS) !== 0;
}

/**
 * Whether the name `[a, e)` stands in apposition to an organisation noun: after one (`the
 * operator, Northvale Water`) or before one (`Northvale Water, the utility,`).
 */
function orgApposition(ctx: Context, a: number, e: number): boolean {
  const toks = ctx.tokens;
  // (not the object of a preposition: "an official at the city council, Daniel Hendricks")
  // ("the operator, Northvale Water", "the port's operator, Tidewell Terminals")
  if (toks[a - 1]?.lower === ',' && orgNoun(ctx, a - 2)) {
    let d = a - 3;
    while (d >= a - 5 && toks[d] && toks[d]!.lower !== 'the' && toks[d]!.kind !== 'punct') d--;
    return toks[d]?.lower === 'the' && !isPrep(toks[d - 1]) && toks[e]?.kind === 'punct';
  }
  if (toks[e]?.lower !== ',') return false;
  const d = toks[e + 1]?.lower;
  if (d !== 'the' && d !== 'a' && d !== 'an') return false;
  // (not an owner: "Anton Reisz, the paper's editor")
  for (let k = e + 2; k <= e + 4; k++) {
    // ("Open Witness, a research organisation based in Geneva,": a post-modifier may follow)
    if (orgNoun(ctx, k)) return toks[k + 1]?.kind === 'punct' || postModifier(toks[k + 1]);
    if (toks[k]?.kind !== 'word' || ctx.name[k]) return false;
  }
  return false;
}

/** Whether `t` starts a participle that places or dates a body: `based in`, `founded in 1990`. */
function postModifier(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (listsOf(t) & IN_BASED) !== 0;
}

/** Participles that place or date a body: `based in Geneva`, `founded in 1990`. */
const BASED: ReadonlySet<string> = new Set(['based', 'founded', 'headquartered', 'set']);

/** `Name, a/the <modifiers> <role>`: the role in apposition after the name ending at `e`. */
function appositionTitle(ctx: Context, e: number): string {
  const toks = ctx.tokens;
  if (toks[e]?.lower !== ',') return '';
  const from = appositionWords(ctx, e);
  if (from < 0) return '';
  for (let k = from; k < toks.length && k <= from + 4; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word' || ctx.name[k]) return '';
    const n = toks[k + 1];
    const ends = !n || n.kind !== 'word' || n.lower === 'who' || (n.f & F.PREP) !== 0;
    if (ends && isTitleWord(w)) return w.lower;
  }
  return '';
}

/**
 * Where the words of an apposition after the comma at token `e` start, past its determiner: `a`,
 * `an`, `the`, or a body's or place's name and its possessive (`Ana Pell, Kessland's health
 * minister`, `Jo Park, Acme Bank's chief executive`); -1 when it opens otherwise.
 */
function appositionWords(ctx: Context, e: number): number {
  const toks = ctx.tokens;
  const d = toks[e + 1]?.lower;
  if (d === 'a' || d === 'an' || d === 'the') return e + 2;
  let k = e + 1;
  while (k <= e + 4 && ctx.name[k]) k++;
  return k > e + 1 && toks[k]?.kind === 'pos' ? k + 1 : -1;
}

/**
 * The title of a definite description that a person's name at token `a` stands in apposition
 * to, the name closing the apposition: `the finance minister, Tomas Brandt,`, `Valdoria's
 * chancellor, Ana Ruiz.`, `its chief executive, Jo Park,` (a title with a name before it is not
 * this one's; a list `the minister, Tomas Brandt and ...` is no apposition), or ''.
 */
function titleApposedBefore(ctx: Context, a: number): string {
  const toks = ctx.tokens;
  if (toks[a - 1]?.lower !== ',') return '';
  const t = titleBeforeComplement(ctx, a - 2);
  const w = toks[t];
  if (t < 1 || !w || w.kind !== 'word' || ctx.name[t]) return '';
  if (!isTitleWord(w)) return '';
  // the name ends the apposition (a comma, the clause's end), not a list
  let e = a;
  while (ctx.name[e]) e++;
  const after = toks[e];
  if (
    after &&
    after.lower !== ',' &&
    after.lower !== '.' &&
    after.lower !== ')' &&
    after.lower !== ';'
  )
    return '';
  // a definite or possessive description: `the ... minister`, `Acme's chief executive`, `its
  // chair`, at most three modifiers back
  for (let k = t - 1; k >= 0 && k >= t - 4; k--) {
    const d = toks[k]!;
    if (d.lower === 'the' || d.lower === 'its' || d.lower === 'their' || d.kind === 'pos')
      return w.lower;
    if (d.kind !== 'word' || ctx.name[k] || (d.f & F.FUNC) !== 0) return '';
  }
  return '';
}

/**
 * The title word a complement of `of` or `for` ending at token `e` follows (`the minister for
 * health`, `the chief executive of Acme Bank`: `minister`, `executive`), at most three words
 * back; else `e` itself.
 */
function titleBeforeComplement(ctx: Context, e: number): number {
  const toks = ctx.tokens;
  for (let q = e; q >= e - 3 && q > 0; q--) {
    const w = toks[q]!;
    if (w.kind !== 'word') return e;
    if ((w.lower === 'for' || w.lower === 'of') && q < e)
      return isTitleWord(toks[q - 1]!) && !ctx.name[q - 1] ? q - 1 : e;
  }
  return e;
}

/** Ranks before a title in a name: `Assistant Attorney General`, `Associate Justice`. */
const TITLE_RANKS: ReadonlySet<string> = new Set(['assistant', 'associate']);

/** Modifiers that make a role a title: `chief executive`, `deputy director`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  SUFFIXES,
  NAME_PARTICLES,
  TITLE_RANKS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  BASED,
  TITLE_NOUNS,
  ROLE_NOUNS,
  OCCUPATION_NOUNS,
  NAME_TITLES,
  PERSONAL_TITLES,
  TITLE_MODIFIERS,
]);
const IN_SUFFIXES = 1 << 0;
const IN_NAME_PARTICLES = 1 << 1;
const IN_TITLE_RANKS = 1 << 2;
const IN_ORG_NOUNS = 1 << 3;
const IN_ORG_SUFFIXES = 1 << 4;
const IN_BASED = 1 << 5;
const IN_TITLE_NOUNS = 1 << 6;
const IN_ROLE_NOUNS = 1 << 7;
const IN_OCCUPATION_NOUNS = 1 << 8;
const IN_NAME_TITLES = 1 << 9;
const IN_PERSONAL_TITLES = 1 << 10;
const IN_TITLE_MODIFIERS = 1 << 11;
