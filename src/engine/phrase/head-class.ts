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
} from '../lexicon';

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

const HEAD_CLASSES: readonly HeadClass[] = [
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
  if (i >= 0 && i < ctx.headClasses.length) ctx.headClasses[i] = HEAD_CLASSES.indexOf(cls) + 1;
  return cls;
}

function computeHeadClass(ctx: Context, i: number): HeadClass {
  const t = ctx.tokens[i];
  if (!t) return 'other';
  const w = t.lower;
  const actor = (t.f & F.ACTOR) !== 0;
  // two-word entries: "staff members", "security forces", "law firm"
  const prev = ctx.tokens[i - 1];
  if (actor && prev && prev.kind === 'word' && TWO_WORD_ENTRIES.has(prev.lower)) {
    const pair = `${prev.lower} ${w}`;
    // "an armoured personnel carrier": a vehicle, whatever "carrier" means alone
    if (NON_AGENT_NOUNS.has(pair)) return 'nonAgent';
    if (ROLE_NOUNS.has(pair)) return 'role';
    if (ORG_NOUNS.has(pair)) return 'organisation';
    if (DOCUMENT_NOUNS.has(pair)) return 'document';
  }
  // F.ACTOR marks a word of any of the noun lists below: without it, only a hyphenated role
  // or occupation ("vice-president", "co-author") can match
  if (actor) {
    if (NON_AGENT_NOUNS.has(w)) return 'nonAgent';
    if (ROLE_NOUNS.has(w)) return 'role';
  }
  const dash = w.lastIndexOf('-');
  const last = dash >= 0 ? w.slice(dash + 1) : '';
  if (dash >= 0 && ROLE_NOUNS.has(last)) return 'role';
  if (actor) {
    if (ORG_NOUNS.has(w)) return 'organisation';
    if (PERSON_NOUNS.has(w)) return 'person';
    if (TITLE_NOUNS.has(w)) return 'title';
  }
  // "the Harbor Ledger": a capitalised document or occupation word inside a name is the name
  if (ctx.name[i]) return 'name';
  if (actor) {
    if (DOCUMENT_NOUNS.has(w)) return 'document';
    if (OCCUPATION_NOUNS.has(w)) return 'occupation';
  }
  if (dash >= 0 && OCCUPATION_NOUNS.has(last)) return 'occupation';
  return 'other';
}

/** First words of the two-word noun entries, so that most heads skip building the pair. */
const TWO_WORD_ENTRIES: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS, ...ORG_NOUNS, ...DOCUMENT_NOUNS, ...NON_AGENT_NOUNS]
    .filter((w) => w.includes(' '))
    .map((w) => w.slice(0, w.indexOf(' '))),
);
