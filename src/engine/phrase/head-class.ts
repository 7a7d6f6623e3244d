/** The class of actor a head noun denotes (role, occupation, organisation, document ...), per token. */
import type { Context } from '../context';
import {
  DOCUMENT_NOUNS,
  F,
  NON_AGENT_NOUNS,
  OCCUPATION_NOUNS,
  ORG_NOUNS,
  PERSON_NOUNS,
  ROLE_NOUNS,
  TITLE_NOUNS,
  bitsByWord,
  derivedPerson,
  isExWord,
  onlyPerson,
} from '../lexicon';
import { WORD_SLOTS } from '../word-table';

/** Classes of head noun the detectors care about. */
export type HeadClass =
  | 'role'
  | 'occupation'
  | 'organisation'
  | 'person'
  | 'document'
  | 'title'
  | 'nonAgent'
  | 'name'
  | 'other';

/** Whether a head of class `cls` describes a person or people (a role, occupation, title). */
export const isPersonClass = (cls: HeadClass): boolean =>
  cls === 'role' || cls === 'occupation' || cls === 'title' || cls === 'person';

/** The head classes in index order (the per-token cache's; the learned features' values). */
export const HEAD_CLASSES: readonly HeadClass[] = [
  'role',
  'occupation',
  'organisation',
  'person',
  'document',
  'title',
  'nonAgent',
  'name',
  'other',
];

/** What kind of actor, if any, token `i` names as the head of a noun phrase. */
export function headClass(ctx: Context, i: number): HeadClass {
  // the detectors ask about the same tokens again and again: the answer is kept per token
  const known = ctx.headClasses[i];
  if (known) return HEAD_CLASSES[known - 1]!;
  const cls = computeHeadClass(ctx, i);
  if (i >= 0 && i < ctx.headClasses.length) ctx.headClasses[i] = cls + 1;
  return HEAD_CLASSES[cls]!;
}

// `HEAD_CLASSES` indexes, which `computeHeadClass` returns (the per-token cache stores them + 1)
const ROLE_I = 0;
const OCCUPATION_I = 1;
const ORGANISATION_I = 2;
const PERSON_I = 3;
const DOCUMENT_I = 4;
const TITLE_I = 5;
const NON_AGENT_I = 6;
const NAME_I = 7;
const OTHER_I = 8;

function computeHeadClass(ctx: Context, i: number): number {
  const t = ctx.tokens[i];
  if (!t) return OTHER_I;
  const w = t.lower;
  const actor = (t.f & F.ACTOR) !== 0;
  // two-word entries: "staff members", "security forces", "law firm"
  const prev = ctx.tokens[i - 1];
  if (actor && prev && prev.kind === 'word' && TWO_WORD_ENTRIES.has(prev.lower)) {
    const pair = LISTS.get(`${prev.lower} ${w}`) ?? 0;
    // "an armoured personnel carrier": a vehicle, whatever "carrier" means alone
    if (pair & NON_AGENT) return NON_AGENT_I;
    if (pair & ROLE) return ROLE_I;
    if (pair & ORG) return ORGANISATION_I;
    if (pair & DOCUMENT) return DOCUMENT_I;
  }
  // F.ACTOR marks a word of any of the noun lists below: without it, only a hyphenated role
  // or occupation ("vice-president", "co-author") can match
  // (the lists of the word and of its last hyphenated part are the word's own: kept by its
  // word-table id, so each word is looked up once)
  let lists: number;
  let last: number;
  const known = t.id >= 0 ? wordLists[t.id]! : 0;
  if (known) {
    lists = (known - 1) & 127;
    last = (known - 1) >> 7;
  } else {
    lists = actor ? (LISTS.get(w) ?? (isExWord(w) ? (LISTS.get(w.slice(3)) ?? 0) : 0)) : 0;
    const dash = lastDash(w);
    last = dash >= 0 ? (LISTS.get(w.slice(dash + 1)) ?? 0) : 0;
    // ("a volcanologist", "a co-star": a person noun by its shape, lexicon.ts; "title-holders",
    // "policy-makers": a compound whose last part alone is a person or a body)
    if (actor && lists === 0 && (last & ~(PERSON | ORG)) === 0 && derivedPerson(w))
      lists = OCCUPATION;
    // ("a tycoon", "the newsreader": a person in every sense WordNet knows, lexicon.ts)
    else if (actor && lists === 0 && last === 0 && onlyPerson(w)) lists = PERSON;
    if (t.id >= 0) wordLists[t.id] = 1 + lists + (last << 7);
  }
  if (lists & NON_AGENT) return NON_AGENT_I;
  if (lists & ROLE) return ROLE_I;
  if (last & ROLE) return ROLE_I;
  if (lists & ORG) return ORGANISATION_I;
  if (lists & PERSON) return PERSON_I;
  if (lists & TITLE) return TITLE_I;
  // "the Harbor Ledger": a capitalised document or occupation word inside a name is the name
  if (ctx.name[i]) return NAME_I;
  if (lists & DOCUMENT) return DOCUMENT_I;
  if (lists & OCCUPATION) return OCCUPATION_I;
  if (last & OCCUPATION) return OCCUPATION_I;
  return OTHER_I;
}

/** `w.lastIndexOf('-')` without the builtin call (asked of nearly every head). */
function lastDash(w: string): number {
  for (let k = w.length - 1; k >= 0; k--) if (w.charCodeAt(k) === 45) return k;
  return -1;
}

// The noun lists a word (or two-word entry) is in, as bits: one Map probe instead of one per list
const NON_AGENT = 1;
const ROLE = 2;
const ORG = 4;
const PERSON = 8;
const TITLE = 16;
const DOCUMENT = 32;
const OCCUPATION = 64;

const LISTS = bitsByWord([
  [NON_AGENT_NOUNS, NON_AGENT],
  [ROLE_NOUNS, ROLE],
  [ORG_NOUNS, ORG],
  [PERSON_NOUNS, PERSON],
  [TITLE_NOUNS, TITLE],
  [DOCUMENT_NOUNS, DOCUMENT],
  [OCCUPATION_NOUNS, OCCUPATION],
]);

/**
 * `LISTS` bits of each word-table id's word (bits 0-6) and of its last hyphenated part (bits
 * 7-13), plus 1; 0 until the word is first asked about.
 */
const wordLists = new Int16Array(WORD_SLOTS);

/** First words of the two-word noun entries, so that most heads skip building the pair. */
const TWO_WORD_ENTRIES: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS, ...ORG_NOUNS, ...DOCUMENT_NOUNS, ...NON_AGENT_NOUNS]
    .filter((w) => w.includes(' '))
    .map((w) => w.slice(0, w.indexOf(' '))),
);

/**
 * Whether token `i` opens a two-word noun of the lists with the word after it: `think tank`,
 * `press release` (so that `the independent think tank` has no verb `think`).
 */
export function opensTwoWordNoun(ctx: Context, i: number): boolean {
  const t = ctx.tokens[i];
  const n = ctx.tokens[i + 1];
  if (!t || !n || n.kind !== 'word' || (n.f & F.ACTOR) === 0) return false;
  return TWO_WORD_ENTRIES.has(t.lower) && (LISTS.get(`${t.lower} ${n.lower}`) ?? 0) !== 0;
}

/**
 * Whether `around` joins people (head `person`) to the person or body whose circle they are in:
 * "People around the manager", "sources around the team" (`object` is that phrase's head); not
 * a place ("developers around the world").
 */
export function circleAround(ctx: Context, person: number, object: number): boolean {
  const o = headClass(ctx, object);
  return isPersonClass(headClass(ctx, person)) && (isPersonClass(o) || o === 'organisation');
}
