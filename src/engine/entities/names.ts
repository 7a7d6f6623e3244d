/**
 * The proper names of a text part, as runs of name tokens with what they name: a person (`Sheriff
 * Ana Okafor`, `Mr. Reeves`), an organisation (`the Ministry of State Security`, `Quarry Hill
 * Capital`, `MSS`), a publication (`the Harbour Gazette`) or a place. Titles before a name are
 * kept apart (`sheriff`), so that a later `the sheriff` or `Okafor` finds the person.
 *
 * Runs are stored as parallel arrays (one number per field), not one object per name, and what
 * a run names is worked out only when asked: a text has many capitalised words and only a few of
 * them will ever be linked to a source.
 */
import type { Context } from '../context';
import {
  F,
  FEMALE_WORDS,
  MALE_WORDS,
  NAME_PARTICLES,
  OCCUPATION_NOUNS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PERSONAL_TITLES,
  PUBLICATION_WORDS,
  ROLE_NOUNS,
  ruleWords,
  TITLE_ABBREVIATION_WORDS,
  TITLE_NOUNS,
} from '../lexicon';
import { isPlaceName } from '../phrase/places';
import type { Token } from '../tokenize';

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
  private readonly genders: Gender[] = [];
  /** The title or role before each name, lowercase (`sheriff`, `governor`), or ''. */
  private readonly titles: string[] = [];
  /** Run index for each token inside a run (titles included), -1 elsewhere. */
  readonly runOf: Int32Array;
  /** Acronyms given in brackets after a name: `MSS` -> the run of `Ministry of State Security`. */
  readonly acronyms = new Map<string, number>();
  /** Person runs by title (including titles in apposition), built when first asked. */
  private byTitle: Map<string, number[]> | null = null;
  /** Person runs by surname and organisation runs by first word, built when first asked. */
  private byWord: Map<string, number[]> | null = null;
  /** Organisation runs, and those by each of their words, built when first asked. */
  private orgs: number[] | null = null;
  private orgWords: Map<string, number[]> | null = null;
  /** Kinds of multiword names by first and last word (see `kind`). */
  private readonly kindCache = new Map<string, Map<string, number>>();

  constructor(private readonly ctx: Context) {
    this.runOf = new Int32Array(ctx.tokens.length).fill(-1);
    scanNames(ctx, this);
  }

  get length(): number {
    return this.start.length;
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
      const t = appositionTitle(this.ctx, this.end[r]!);
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
    const words: string[] = [];
    for (let k = this.start[r]!; k < this.end[r]!; k++) {
      const w = toks[k]!;
      if (w.kind === 'word' && !(k === this.start[r] && w.lower === 'the')) words.push(w.lower);
    }
    return words.join(' ');
  }

  /** A person's surname, lowercase (`okafor`), or its only word. */
  surname(r: number): string {
    const toks = this.ctx.tokens;
    for (let k = this.end[r]! - 1; k >= this.start[r]!; k--) {
      const w = toks[k]!;
      if (w.kind === 'word' && !SUFFIXES.has(w.lower)) return w.lower;
    }
    return toks[this.start[r]!]!.lower;
  }

  /** The last run that ends at or before token `limit`, or -1 (a binary search: runs are in order). */
  lastEndingBy(limit: number): number {
    let lo = 0;
    let hi = this.start.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[mid]! <= limit) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** The latest person run ending before token `limit` with title or role `title`, or -1. */
  titled(title: string, limit: number): number {
    if (!this.byTitle) {
      this.byTitle = new Map();
      for (let r = 0; r < this.length; r++) {
        // (what a run names is worked out only for runs with a title)
        const t = this.titles[r] || appositionTitle(this.ctx, this.end[r]!);
        if (t && this.kind(r) === 'person') push(this.byTitle, this.title(r), r);
      }
    }
    return this.lastOf(this.byTitle.get(title), limit, KIND_PERSON);
  }

  /**
   * The latest run ending before token `limit` that a one-word mention `word` may stand for: a
   * person with that surname, or an organisation or publication whose name starts with it.
   */
  named(word: string, limit: number): number {
    if (!this.byWord) {
      this.byWord = new Map();
      const toks = this.ctx.tokens;
      for (let r = 0; r < this.length; r++) {
        if (this.end[r]! - this.start[r]! < 2) continue;
        push(this.byWord, this.surname(r), r);
        push(this.byWord, toks[this.start[r]!]!.lower, r);
      }
    }
    return this.lastOf(this.byWord.get(word), limit, KIND_ANY);
  }

  /** The latest organisation run ending before token `limit`, with word `word` if given. */
  organisation(limit: number, word = ''): number {
    if (!this.orgs) {
      this.orgs = [];
      this.orgWords = new Map();
      const toks = this.ctx.tokens;
      for (let r = 0; r < this.length; r++) {
        // only runs with an organisation word or an acronym can name one
        let org = this.end[r]! - this.start[r]! === 1 && isAcronym(this.ctx, this.start[r]!);
        for (let k = this.start[r]!; k < this.end[r]! && !org; k++) org = orgWord(toks[k]!);
        if (!org) continue;
        this.orgs.push(r);
        for (let k = this.start[r]!; k < this.end[r]!; k++)
          if (toks[k]!.kind === 'word') push(this.orgWords!, toks[k]!.lower, r);
      }
    }
    return this.lastOf(word ? this.orgWords!.get(word) : this.orgs, limit, KIND_ORGANISATION);
  }

  /**
   * The last run of `runs` (ascending) ending at most at token `limit` whose kind is one of
   * `kinds` (person, organisation: for a one-word mention, also a publication), or -1.
   */
  private lastOf(runs: readonly number[] | undefined, limit: number, kinds: number): number {
    if (!runs) return -1;
    // the last run ending by `limit` (runs are in text order), then back to one of the kinds
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
    for (let q = from; q >= 0; q--) {
      const r = runs[q]!;
      const kind = this.kind(r);
      if (kinds === KIND_ANY) {
        if (kind === 'person' || kind === 'organisation' || kind === 'publication') return r;
      } else if ((kinds === KIND_PERSON) === (kind === 'person') && kind !== 'place') {
        if (kinds === KIND_PERSON || kind === 'organisation') return r;
      }
    }
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
    for (let k = from; k < end; k++) this.runOf[k] = r;
    return r;
  }
}

function push(map: Map<string, number[]>, key: string, r: number): void {
  const list = map.get(key);
  if (list) list.push(r);
  else map.set(key, [r]);
}

const KIND_PERSON = 0;
const KIND_ORGANISATION = 1;
const KIND_ANY = 2;

/** Name suffixes that are no surname: `Jr.`, `III`. */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a word is a title or role that may stand before a personal name (`Sheriff`, `Mr.`). */
export function isTitleWord(t: Token): boolean {
  const w = t.lower;
  if ((t.f & F.ACTOR) !== 0 && (TITLE_NOUNS.has(w) || ROLE_NOUNS.has(w) || OCCUPATION_NOUNS.has(w)))
    return true;
  return (
    (t.f & F.NAME_WORD) !== 0 &&
    (PERSONAL_TITLES.has(w) || TITLE_MODIFIERS.has(w) || w === 'former')
  );
}

/** The gender a word tells, if any. */
export function genderOf(lower: string): Gender {
  if (FEMALE_WORDS.has(lower)) return 'f';
  if (MALE_WORDS.has(lower)) return 'm';
  return '';
}

function scanNames(ctx: Context, names: Names): void {
  const toks = ctx.tokens;
  const n = toks.length;
  const name = ctx.name;
  for (let i = 0; i < n; i++) {
    if (!name[i]) continue;
    // the run: names, with `&`, initials' stops and particles inside (`Baird & Finch`, `J. R.
    // Smith`, `Ursula von der Leyen`), and `of`/`for`/`and` inside an organisation's name
    // (`Ministry of State Security`, `Food and Drug Administration`)
    let e = i + 1;
    let org = orgWord(toks[i]!);
    for (;;) {
      const t = toks[e];
      if (!t) break;
      if (name[e]) {
        if (!org && orgWord(t)) org = true;
        e++;
        continue;
      }
      if (name[e + 1] !== 1) break;
      if (t.lower === '&' || (t.lower === '.' && toks[e - 1]!.lower.length === 1)) {
        e++;
        continue;
      }
      if (t.kind === 'word' && !org && (t.f & F.NAME_WORD) !== 0 && NAME_PARTICLES.has(t.lower)) {
        e++;
        continue;
      }
      // ("Priya Ramaswamy of Halvard University" is a person of a body: two names)
      if (
        ((t.lower === 'of' || t.lower === 'for') && org) ||
        (t.lower === 'and' && (org || orgAhead(ctx, e + 1)))
      ) {
        e++;
        continue;
      }
      break;
    }
    // titles before the name: "Sheriff Ana Okafor", "Chief Executive Officer Arnav Desai"
    let a = i;
    let title = '';
    while (a < e - 1 && (toks[a]!.f & (F.ACTOR | F.NAME_WORD)) !== 0 && isTitleWord(toks[a]!)) {
      title = toks[a]!.lower;
      a++;
    }
    // or one the name detector left out: "economist Jo Park", "— Sheriff Ana Okafor"
    const before = toks[i - 1];
    if (
      a === i &&
      before &&
      (before.f & (F.ACTOR | F.NAME_WORD)) !== 0 &&
      !name[i - 1] &&
      isTitleWord(before)
    )
      title = before.lower;
    if (title) title = TITLE_ABBREVIATION_WORDS.get(title) ?? title;
    const gender = title
      ? genderOf(title)
      : before && (before.f & (F.ACTOR | F.NAME_WORD)) !== 0
        ? genderOf(before.lower)
        : '';
    const r = names.push(a, e, i, gender, title);
    // "the Ministry of State Security (MSS)": the acronym names the same body
    if (toks[e]?.lower === '(' && toks[e + 2]?.lower === ')' && isAcronym(ctx, e + 1))
      names.acronyms.set(toks[e + 1]!.lower, r);
    i = e - 1;
  }
}

/** Whether a word makes a name an organisation's: `Ministry`, `Council`, `Inc.`, `Bank`. */
function orgWord(t: Token): boolean {
  const f = t.f;
  return (
    ((f & F.ACTOR) !== 0 && ORG_NOUNS.has(t.lower)) ||
    ((f & F.NAME_WORD) !== 0 && ORG_SUFFIXES.has(t.lower))
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
  for (let k = a; k < e; k++) {
    if (orgWord(toks[k]!)) return 'organisation';
    if (toks[k]!.kind === 'word') words++;
  }
  const last = toks[e - 1]!.lower;
  if (words > 1 && PUBLICATION_WORDS.has(last)) return 'publication';
  if (words === 1 && isAcronym(ctx, a)) return isPlaceName(ctx, a) ? 'place' : 'organisation';
  if (isPlaceName(ctx, e - 1) || isPlaceName(ctx, a)) return 'place';
  if (words === 1) return title ? 'person' : 'unknown';
  // a personal name is two to four words, none of them a noun the lexicon knows as a kind of
  // actor or document ("Leaked Roadmap" in a headline is no person)
  if (words > 4 || ctx.titleCase[ctx.sentenceOf[a]!]) return title ? 'person' : 'unknown';
  for (let k = a; k < e; k++) if ((toks[k]!.f & F.ACTOR) !== 0) return 'unknown';
  return 'person';
}

/** `Name, a/the <modifiers> <role>`: the role in apposition after the name ending at `e`. */
function appositionTitle(ctx: Context, e: number): string {
  const toks = ctx.tokens;
  if (toks[e]?.lower !== ',') return '';
  const d = toks[e + 1]?.lower;
  if (d !== 'a' && d !== 'an' && d !== 'the') return '';
  for (let k = e + 2; k < toks.length && k <= e + 6; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word' || ctx.name[k]) return '';
    const n = toks[k + 1];
    const ends = !n || n.kind !== 'word' || n.lower === 'who' || (n.f & F.PREP) !== 0;
    if (ends && isTitleWord(w)) return w.lower;
  }
  return '';
}

/** Modifiers that make a role a title: `chief executive`, `deputy director`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');
