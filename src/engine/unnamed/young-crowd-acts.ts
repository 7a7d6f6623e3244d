/**
 * Young people and crowds who do something themselves: "Youths threw stones at police cars",
 * "Three boys broke into the pavilion", "Teenagers set fire to a bin", "A crowd stormed the
 * building", "Crowds booed the minister". The lexicon keeps `youth`, `teenager`, `boy` and
 * `crowd` as non-agents, since a story mostly tells what befalls them (victims are unlabelled,
 * and a crowd only present, counted or fleeing is optional: decisions 90 and 103); flagged
 * otherwise only when they speak, are held (accused-newcomers.ts) or do the act of a passive
 * (young-agents.ts). As the subject of an act of force, damage or theft, or a crowd's act of
 * cheering, booing or storming, they are people the story does not name (decision 103: "crowds
 * that act", "perpetrators of past attacks"), required at every mention.
 */
import type { Context } from '../context';
import { isAdverb, isHeadline } from '../context';
import { F, ruleWords } from '../lexicon';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { opensClause } from './documents';
import { pastPickingClause } from './position';

/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

/** Heads of young people the lexicon keeps as non-agents: `youths`, `teenagers`, `boys`. */
const YOUNG: ReadonlySet<string> = new Set([
  'boy',
  'boys',
  'girl',
  'girls',
  'juvenile',
  'juveniles',
  'kids',
  'schoolboy',
  'schoolboys',
  'schoolchildren',
  'schoolgirl',
  'schoolgirls',
  'teen',
  'teenager',
  'teenagers',
  'teens',
  'youngster',
  'youngsters',
  'youth',
  'youths',
]);

/** Heads of a crowd: `crowd`, `throng`, `horde`. */
export const CROWD_HEADS: ReadonlySet<string> = new Set([
  'crowd',
  'crowds',
  'horde',
  'hordes',
  'throng',
  'throngs',
]);

/**
 * Past verbs of force, damage or theft, which someone does on purpose (none of what befalls a
 * person: `fell`, `drowned`, `went missing`): `threw`, `attacked`, `set` (fire), `broke` (into).
 */
const FORCE_ACTS: ReadonlySet<string> = new Set([
  'abused',
  'assaulted',
  'attacked',
  'beat',
  'broke',
  'bullied',
  'burgled',
  'chased',
  'damaged',
  'daubed',
  'harassed',
  'hurled',
  'intimidated',
  'kicked',
  'knifed',
  'looted',
  'mugged',
  'pelted',
  'punched',
  'raided',
  'ransacked',
  'robbed',
  'set',
  'shot',
  'smashed',
  'snatched',
  'sprayed',
  'stabbed',
  'stole',
  'stoned',
  'targeted',
  'threatened',
  'threw',
  'torched',
  'trashed',
  'vandalised',
  'vandalized',
  'wrecked',
]);

/**
 * Past verbs of what a crowd does as one, besides force (decision 90's crowds that sing, applaud
 * or boo; not gathering, waiting or fleeing): `booed`, `stormed`, `blocked`.
 */
const CROWD_ACTS: ReadonlySet<string> = new Set([
  'applauded',
  'blocked',
  'booed',
  'broke',
  'chanted',
  'cheered',
  'clapped',
  'heckled',
  'invaded',
  'jeered',
  'occupied',
  'overran',
  'sang',
  'stormed',
  'surrounded',
]);

const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/**
 * Whether `np`, a new mention (bare, `a`, `some`, a count) of young people or a crowd, opens a
 * clause whose verb is an act of force, damage or theft (or, for a crowd, a crowd's act), past or
 * perfect, after any clause that picks them out ("Youths wearing masks threw").
 */
export function youngOrCrowdActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const crowd = CROWD_HEADS.has(head);
  if (!crowd && !YOUNG.has(head)) return false;
  if (isHeadline(ctx, s) || !opensClause(ctx, s, np)) return false;
  const first = toks[np.start]!;
  const fresh =
    INDEFINITE.has(first.lower) ||
    NUMBER_WORDS.has(first.lower) ||
    first.kind === 'num' ||
    (first.f & (F.DET | F.QUANT)) === 0;
  if (!fresh) return false;
  for (let k = np.start; k <= np.head; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  let k = pastPickingClause(ctx, s, np, np.end);
  while (k < s.last && isAdverb(toks[k])) k++;
  if (HAVE_FORMS.has(toks[k]?.lower ?? '')) {
    k++;
    while (k < s.last && isAdverb(toks[k])) k++;
  }
  const v = toks[k]?.lower ?? '';
  return FORCE_ACTS.has(v) || (crowd && CROWD_ACTS.has(v));
}
