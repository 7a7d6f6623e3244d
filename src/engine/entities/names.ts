/**
 * The proper names of a text part, as runs of name tokens with what they name: a person (`Sheriff
 * Ana Okafor`, `Mr. Reeves`), an organisation (`the Ministry of State Security`, `Quarry Hill
 * Capital`, `MSS`), a publication (`the Harbour Gazette`) or a place. Titles before a name are
 * kept apart (`sheriff`), so that a later `the sheriff` or `Okafor` finds the person.
 *
 * Runs are stored as parallel arrays (one number per field), not one object per name: a text
 * has many capitalised words and only a few of them will ever be asked about.
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
  private readonly kinds: number[] = [];
  private readonly genders: Gender[] = [];
  /** The title or role of each name, lowercase (`sheriff`, `spokeswoman`), or ''. */
  readonly title: string[] = [];
  /** Run index for each token inside a run (titles included), -1 elsewhere. */
  readonly runOf: Int32Array;
  /** Acronyms given in brackets after a name: `MSS` -> the run of `Ministry of State Security`. */
  readonly acronyms = new Map<string, number>();

  constructor(private readonly ctx: Context) {
    this.runOf = new Int32Array(ctx.tokens.length).fill(-1);
    scanNames(ctx, this);
  }

  get length(): number {
    return this.start.length;
  }

  kind(r: number): NameKind {
    return KINDS[this.kinds[r]!]!;
  }

  gender(r: number): Gender {
    return this.genders[r]!;
  }

  /** Records a title found after the name (`Ana Okafor, the county sheriff`). */
  setTitle(r: number, title: string): void {
    this.title[r] = title;
    if (!this.genders[r]) this.genders[r] = genderOf(title);
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

  push(
    start: number,
    end: number,
    from: number,
    kind: NameKind,
    gender: Gender,
    title: string,
  ): number {
    const r = this.start.length;
    this.start.push(start);
    this.end.push(end);
    this.from.push(from);
    this.kinds.push(KINDS.indexOf(kind));
    this.genders.push(gender);
    this.title.push(title);
    for (let k = from; k < end; k++) this.runOf[k] = r;
    return r;
  }
}

/** Name suffixes that are no surname: `Jr.`, `III`. */
const SUFFIXES: ReadonlySet<string> = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a lowercase word is a title or role that may stand before a personal name. */
export function isTitleWord(lower: string): boolean {
  return (
    PERSONAL_TITLES.has(lower) ||
    TITLE_NOUNS.has(lower) ||
    TITLE_MODIFIERS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    OCCUPATION_NOUNS.has(lower) ||
    lower === 'former'
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
  for (let i = 0; i < n; i++) {
    if (!ctx.name[i]) continue;
    // the run: names, with `&`, initials' stops and particles inside (`Baird & Finch`, `J. R.
    // Smith`, `Ursula von der Leyen`), and `of`/`for`/`and` inside an organisation's name
    // (`Ministry of State Security`, `Food and Drug Administration`)
    let e = i + 1;
    let org = orgWord(toks[i]!.lower);
    for (;;) {
      const t = toks[e];
      if (!t) break;
      if (ctx.name[e]) {
        if (orgWord(t.lower)) org = true;
        e++;
        continue;
      }
      const next = ctx.name[e + 1] === 1;
      if (!next) break;
      if (t.lower === '&' || (t.lower === '.' && toks[e - 1]!.lower.length === 1)) {
        e++;
        continue;
      }
      if (NAME_PARTICLES.has(t.lower) && t.kind === 'word' && !org) {
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
    while (a < e - 1 && toks[a]!.kind === 'word' && isTitleWord(toks[a]!.lower)) {
      title = toks[a]!.lower;
      a++;
    }
    // or one the name detector left out: "economist Jo Park", "— Sheriff Ana Okafor"
    const before = toks[i - 1];
    if (
      a === i &&
      before &&
      before.kind === 'word' &&
      !ctx.name[i - 1] &&
      isTitleWord(before.lower)
    )
      title = before.lower;
    title = TITLE_ABBREVIATION_WORDS.get(title) ?? title;
    const kind = classify(ctx, a, e, title);
    let gender = kind === 'person' ? genderOf(title) : '';
    if (kind === 'person' && !gender && i > 0) gender = genderOf(toks[i - 1]!.lower);
    const r = names.push(a, e, i, kind, gender, title);
    // "Ana Okafor, the county sheriff," / "Tessa Moorcroft, a spokeswoman for": the role in
    // apposition is the person's title too
    if (kind === 'person' && !title) appositionTitle(ctx, names, r, e);
    // "the Ministry of State Security (MSS)": the acronym names the same body
    if (toks[e]?.lower === '(' && toks[e + 2]?.lower === ')' && isAcronym(ctx, e + 1))
      names.acronyms.set(toks[e + 1]!.lower, r);
    i = e - 1;
  }
}

/** Whether a word makes a name an organisation's: `ministry`, `council`, `inc`, `bank`. */
function orgWord(lower: string): boolean {
  return ORG_NOUNS.has(lower) || ORG_SUFFIXES.has(lower);
}

/** Whether an organisation word comes in the next few names: `Food and Drug Administration`. */
function orgAhead(ctx: Context, k: number): boolean {
  for (let q = k; q < k + 4 && ctx.name[q]; q++) if (orgWord(ctx.tokens[q]!.lower)) return true;
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
    const w = toks[k]!.lower;
    if (orgWord(w)) return 'organisation';
    if (toks[k]!.kind === 'word') words++;
  }
  const last = toks[e - 1]!.lower;
  if (PUBLICATION_WORDS.has(last) && words > 1) return 'publication';
  if (words === 1 && isAcronym(ctx, a)) return isPlaceName(ctx, a) ? 'place' : 'organisation';
  if (isPlaceName(ctx, e - 1) || isPlaceName(ctx, a)) return 'place';
  if (words === 1) return title ? 'person' : 'unknown';
  // a personal name is two to four words, none of them a noun the lexicon knows as a kind of
  // actor or document ("Leaked Roadmap" in a headline is no person)
  if (words > 4 || ctx.titleCase[ctx.sentenceOf[a]!]) return title ? 'person' : 'unknown';
  for (let k = a; k < e; k++) if ((toks[k]!.f & F.ACTOR) !== 0) return 'unknown';
  return 'person';
}

/** `Name, a/the <modifiers> <role>`: records the role as the person's title. */
function appositionTitle(ctx: Context, names: Names, r: number, e: number): void {
  const toks = ctx.tokens;
  if (toks[e]?.lower !== ',') return;
  const d = toks[e + 1]?.lower;
  if (d !== 'a' && d !== 'an' && d !== 'the') return;
  for (let k = e + 2; k < toks.length && k <= e + 6; k++) {
    const w = toks[k]!;
    if (w.kind !== 'word' || ctx.name[k]) return;
    const n = toks[k + 1];
    const ends = !n || n.kind !== 'word' || n.lower === 'who' || (n.f & F.PREP) !== 0;
    if (ends && isTitleWord(w.lower)) {
      names.setTitle(r, w.lower);
      return;
    }
  }
}

/** Modifiers that make a role a title: `chief executive`, `deputy director`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');
