/**
 * Definite descriptions of people the story does not name, who act or speak: "The pair fled in a
 * silver sedan", "The 38-year-old said staff laughed", "the stranger grabbed her bag", "the two
 * boys had been feuding", "The other teen is expected to appear in court" (decision 7 of the
 * labelled sets: repeats of an unnamed actor or source are a required `unnamed`; decisions 89 and
 * 126: withheld actors stay required at every mention). In a single sentence the antecedent is
 * outside the text, and a reader can still tell the phrase stands for someone unnamed when no name
 * in the text is described the same way ("Tom Hale, 34, ... the 34-year-old", "Ana Ruiz, a
 * teenager from Kelm, ... the teenager"): then the description refers back to that name.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { anonymityClause } from './appositions';
import { pastDoing } from './content-subject';
import { accused } from './people';
import { position } from './position';

/** Determiners of a description met before: `the stranger`, `both teenagers`, `those youths`. */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'both', 'these', 'those']);

/**
 * Young people and people known by their age, whom the lexicon files with victims (a child is
 * mostly one), but who act when the story says so: `the boy`, `the teenagers`, `the youths`.
 */
export const YOUNG_PEOPLE: ReadonlySet<string> = new Set([
  'boy',
  'boys',
  'girl',
  'girls',
  'juvenile',
  'juveniles',
  'teen',
  'teenager',
  'teenagers',
  'teens',
  'youth',
  'youths',
]);

/**
 * People known only by how they look to a witness, not by a tie or a part in a group: `the
 * bloke`, `the stranger` (a family, a crew, a couple or voters are groups the story has).
 */
const LOOKS: ReadonlySet<string> = new Set(['bloke', 'blokes', 'guy', 'stranger', 'strangers']);

/**
 * Words a story keeps for whom it does not name, a source or a person it describes by nothing
 * else: `the source`, `the person`, `the individuals` (decision 7: "the source", "The person" are
 * required repeats). Not `the people`, which is as often a nation or the public.
 */
const WITHHELD_ONES: ReadonlySet<string> = new Set([
  'individual',
  'individuals',
  'person',
  'source',
  'sources',
]);

/** Plurals that also stand for a team: `the boys`, `the girls`. */
const TEAM_WORDS: ReadonlySet<string> = new Set(['boys', 'girls']);

/** How far after a name its apposition's head is looked for: "Ana Ruiz, a 17-year-old student". */
const APPOSITION_REACH = 6;

/**
 * Whether `np` is a definite description of a person or people (a head of class `cls`) that
 * speaks, acts, or is held for an act, and that no name in the text is described as.
 */
export function definitePeople(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  isSource: boolean,
): boolean {
  const toks = ctx.tokens;
  if (!DEFINITE.has(toks[np.start]!.lower) || np.head !== np.coreEnd - 1) return false;
  const head = toks[np.head]!.lower;
  const aged = agedHead(head);
  if (
    cls === 'nonAgent'
      ? !YOUNG_PEOPLE.has(head) && !aged
      : !LOOKS.has(head) && !WITHHELD_ONES.has(head)
  )
    return false;
  // ("The boys have had a lot of noise around them": a team, as players speak of it; "the two
  // boys" are counted people)
  if (TEAM_WORDS.has(head) && np.head === np.start + 1) return false;
  // ("the woman's son": the person is an owner here, known-through.ts)
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  const withheld = WITHHELD_ONES.has(head);
  if (withheld && !withheldOne(ctx, np)) return false;
  if (!isSource) {
    const where = position(ctx, s, np);
    if (
      !(withheld && withheldActs(ctx, s, np, where)) &&
      where !== 'subject' &&
      where !== 'raised' &&
      !(where === 'passiveSubject' && accused(ctx, s, np)) &&
      // ("the two boys had been feuding": what they were doing)
      !(where === 'copula' && pastDoing(ctx, s, np.end))
    )
      return false;
    // ("The girl drowned", "the boy suffered a broken arm": what befell a victim)
    if (befell(ctx, s, np.end)) return false;
  }
  return !describedName(ctx, head, aged);
}

/**
 * Words that may stand between the determiner and a withheld one's head and keep it a repeat:
 * "the other person", "the two sources", "the same individual" (not "the water source", "the
 * main source": another sense).
 */
const REPEAT_MODIFIERS: ReadonlySet<string> = new Set([
  'first',
  'four',
  'other',
  'same',
  'second',
  'third',
  'three',
  'two',
]);

/**
 * Whether `np`, a definite `source` or `person`, is a repeat of whom the story withholds: only
 * the words of a repeat before the head, and no `of` after it ("the source of the leak", "the
 * person of interest": an origin, a label).
 */
function withheldOne(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start + 1; k < np.head; k++)
    if (!REPEAT_MODIFIERS.has(toks[k]!.lower)) return false;
  return toks[np.coreEnd]?.lower !== 'of';
}

/**
 * Whether a withheld one at `where` is the subject of a clause in any form: "the sources are
 * right", "the person who fired the gun is still at large", "The source could not provide
 * details" (a modal the position reads as no subject).
 */
function withheldActs(ctx: Context, s: Sentence, np: NounPhrase, where: string): boolean {
  if (where === 'copula') return true;
  return where === 'other' && np.end < s.last && isAux(ctx.tokens[np.end]);
}

/** Past forms of dying, and verbs of what befalls someone: `drowned`, `suffered`, `collapsed`. */
const BEFELL: ReadonlySet<string> = new Set([
  ...ruleWords('fatalPasts'),
  ...ruleWords('harmParticiples'),
  'collapsed',
  'fell',
  'lost',
  'needed',
  'received',
  'remains',
  'remained',
  'suffered',
  'survived',
  'sustained',
  'underwent',
]);

/** Whether the verb after token `k` (past auxiliaries and adverbs) tells what befell its subject. */
function befell(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  return k < s.last && BEFELL.has(toks[k]!.lower);
}

/** Whether `head` is a person known by an age: `34-year-old`, `teenagers`' `17-year-olds`. */
function agedHead(head: string): boolean {
  return head.endsWith('year-old') || head.endsWith('year-olds');
}

/** What the names of a text are described as: apposition words, and whether one has an age. */
interface Described {
  words: Set<string>;
  aged: boolean;
}

/** Each text's `Described`, found once (a WeakMap keeps no text alive). */
const DESCRIBED = new WeakMap<Context, Described>();

/**
 * Whether some name of the text is described with `head`: in apposition ("Ana Ruiz, a teenager
 * from Kelm", "the stranger, Tom Hale"), or, for a head of age, with an age ("Tom Hale, 34,").
 */
function describedName(ctx: Context, head: string, aged: boolean): boolean {
  let d = DESCRIBED.get(ctx);
  if (!d) {
    d = describe(ctx);
    DESCRIBED.set(ctx, d);
  }
  const stem = head.endsWith('s') ? head.slice(0, -1) : head;
  return d.words.has(head) || d.words.has(stem) || (aged && d.aged);
}

/** One pass over the text: the words after a name and its comma, and before a comma and a name. */
function describe(ctx: Context): Described {
  const toks = ctx.tokens;
  const words = new Set<string>();
  let aged = false;
  for (let k = 1; k < toks.length; k++) {
    if (!ctx.name[k - 1] || ctx.name[k] || !isPunct(toks[k], ',')) continue;
    // "Tom Hale, 34,": a name with an age, which a later "the 34-year-old" takes up
    if (toks[k + 1]?.kind === 'num') aged = true;
    for (let q = k + 1; q < toks.length && q <= k + APPOSITION_REACH; q++) {
      if (isPunct(toks[q])) break;
      const w = toks[q]!.lower;
      words.add(w);
      if (agedHead(w)) aged = true;
    }
  }
  // "the stranger, Tom Hale,": the description with its name after it
  for (let k = 0; k + 2 < toks.length; k++)
    if (isPunct(toks[k + 1], ',') && ctx.name[k + 2]) words.add(toks[k]!.lower);
  return { words, aged };
}

/** How far before a head its definite determiner is looked for: "the other two teenagers". */
const DETERMINER_REACH = 4;

/**
 * Whether the head at token `h` is a young person or a person known by age after a definite
 * determiner ("the two boys", "The 38-year-old"): a candidate for `definitePeople`, which the
 * candidate finder would otherwise keep only as a victim.
 */
export function definiteYoungHead(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const head = toks[h]!.lower;
  if (!YOUNG_PEOPLE.has(head) && !agedHead(head)) return false;
  // ("The boy, who has not been named, was taken to hospital": a victim whose name is kept
  // back, which the candidate finder judges)
  if (anonymityClause(ctx, s, h + 1)) return false;
  for (let k = h - 1; k >= 0 && k >= h - DETERMINER_REACH; k--) {
    const t = toks[k]!;
    if (DEFINITE.has(t.lower)) return true;
    if (isPunct(t) && t.lower !== '-') return false;
  }
  return false;
}
