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
import { pastAct } from './content-subject';
import { YOUNG_PEOPLE } from './definite-people';
import { opensClause } from './documents';
import { pastPickingClause } from './position';

/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');

/**
 * Heads of young people the lexicon keeps as non-agents: definite-people.ts's `youths`,
 * `teenagers`, `boys`, and the words a story uses for children in a crowd or a class.
 */
export const YOUNG: ReadonlySet<string> = new Set([
  ...YOUNG_PEOPLE,
  'adolescent',
  'adolescents',
  'child',
  'children',
  'kid',
  'kids',
  'schoolboy',
  'schoolboys',
  'schoolchildren',
  'schoolgirl',
  'schoolgirls',
  'youngster',
  'youngsters',
]);

/**
 * The audience, whom a story's `by` phrase seldom shows doing an act of its own ("shared by a
 * reader in a letter"): `reader`, `viewers` (the guideline's readers and public).
 */
export const AUDIENCE_HEADS: ReadonlySet<string> = new Set([
  'reader',
  'readers',
  'viewer',
  'viewers',
]);

/** Words for a part of a crowd: `part`, `section`, `much`, `half` ("Part of the crowd"). */
export const CROWD_PARTS: ReadonlySet<string> = new Set([
  'half',
  'much',
  'part',
  'parts',
  'portion',
  'section',
  'sections',
  'segment',
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

/**
 * Past verbs of an act of will that no victim does as such: protest, petition, refusal, demand,
 * agreement, organising (decision 90's crowds that sign and organise; decision 103's crowds that
 * act): "Dozens of teenagers marched", "Some youths refused to leave", "A crowd signed a
 * petition", "Schoolchildren staged a walkout".
 */
const WILLED_ACTS: ReadonlySet<string> = new Set([
  'agreed',
  'blocked',
  'boycotted',
  'campaigned',
  'complained',
  'declined',
  'demanded',
  'demonstrated',
  'heckled',
  'invaded',
  'launched',
  'lobbied',
  'marched',
  'occupied',
  'organised',
  'organized',
  'petitioned',
  'picketed',
  'protested',
  'rallied',
  'raised',
  'refused',
  'signed',
  'staged',
  'stormed',
  'walked',
  'wrote',
]);

/** What a call for help goes to: "called police", "called 999". */
const CALLED: ReadonlySet<string> = new Set(['911', '999', 'emergency', 'police', 'the']);

const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have']);

/**
 * People the lexicon keeps as non-agents because a story mostly tells what befalls them or what
 * they are shown, who yet do things of their own: `tourists`, `patients`, `jurors`, `hikers`
 * (decision 158's victims who act; decision 98's jurors who act). Not the victims, the dead, the
 * held or the given (`hostages`, `casualties`, `recipients`), who never act as such.
 */
export const ACTING_NON_AGENTS: ReadonlySet<string> = new Set([
  'asylum-seeker',
  'asylum-seekers',
  'hiker',
  'hikers',
  'islander',
  'islanders',
  'journalist',
  'journalists',
  'juror',
  'jurors',
  'patient',
  'patients',
  'pedestrian',
  'pedestrians',
  'reader',
  'readers',
  'survivor',
  'survivors',
  'tourist',
  'tourists',
  'viewer',
  'viewers',
  'visitor',
  'visitors',
]);

/**
 * Past verbs of what happens to or around a person rather than what the person does, beyond the
 * lexicon's undergoing verbs: `went` (missing), `got` (lost), `spent`, `waited`; and verbs whose act
 * lies in what follows (`began` spiking fevers, `did` not need), and of taking in (`heard`, `saw`: an
 * audience, "jurors heard").
 */
const NO_ACTS: ReadonlySet<string> = new Set([
  'became',
  'began',
  'continued',
  'did',
  'faced',
  'got',
  'had',
  'heard',
  'learned',
  'learnt',
  'listened',
  'lost',
  'missed',
  'needed',
  'received',
  'read',
  'remained',
  'spent',
  'started',
  'stayed',
  'saw',
  'waited',
  'watched',
  'went',
]);

/**
 * Whether `np`, a new mention (bare, `a`, `some`, a count) of young people or a crowd, opens a
 * clause whose verb is an act of force, damage or theft (or, for a crowd, a crowd's act), past or
 * perfect, after any clause that picks them out ("Youths wearing masks threw").
 */
export function youngOrCrowdActing(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  const crowd = CROWD_HEADS.has(head);
  if (!crowd && !YOUNG.has(head) && !ACTING_NON_AGENTS.has(head)) return false;
  if (isHeadline(ctx, s) || !opensClause(ctx, s, np)) return false;
  const first = toks[np.start]!;
  // ("Most pupils agreed", "Scores of teenagers protested", "Other youths refused": a share or a
  // count of a group is new to the story as a bare plural is; not "no", "any" or "every")
  const fresh =
    INDEFINITE.has(first.lower) ||
    NUMBER_WORDS.has(first.lower) ||
    first.kind === 'num' ||
    (first.f & F.DET) === 0;
  if (!fresh) return false;
  // (a part word opening the sentence is capitalised, no name: "Part of the crowd")
  const from =
    CROWD_PARTS.has(first.lower) && toks[np.start + 1]?.lower === 'of' ? np.start + 2 : np.start;
  for (let k = from; k <= np.head; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  let k = pastPickingClause(ctx, s, np, np.end);
  while (k < s.last && isAdverb(toks[k])) k++;
  if (HAVE_FORMS.has(toks[k]?.lower ?? '')) {
    k++;
    while (k < s.last && isAdverb(toks[k])) k++;
  }
  const v = toks[k]?.lower ?? '';
  if (FORCE_ACTS.has(v) || (crowd && CROWD_ACTS.has(v))) return true;
  // ("A teenager called police after hearing shots"; not "a boy called Sam", a name)
  if (WILLED_ACTS.has(v) || (v === 'called' && CALLED.has(toks[k + 1]?.lower ?? ''))) return true;
  // ("Two tourists called police", "Hikers found the body", "Jurors sent a note"): any act of
  // their own, past or perfect
  return (
    ACTING_NON_AGENTS.has(head) &&
    pastAct(ctx, s, k) &&
    !NO_ACTS.has(v) &&
    !reducedRelative(ctx, s, k)
  );
}

/** Verbs that follow a reduced relative's object as the clause's own: `tend`, `are`, `have`. */
const LATER_VERBS: ReadonlySet<string> = new Set([
  'are',
  'had',
  'has',
  'have',
  'is',
  'tend',
  'was',
  'were',
]);

/**
 * Whether the `-ed` word at `k` is a participle that picks the people out, with the clause's own
 * verb after its object: "patients prescribed Velarine tend to have" (a general statement).
 */
function reducedRelative(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k + 1; q < s.last && q <= k + 4; q++) {
    const t = toks[q]!;
    if (t.kind !== 'word' || t.lower === 'that' || t.lower === 'which' || t.lower === 'who')
      return false;
    if (LATER_VERBS.has(t.lower)) return true;
  }
  return false;
}
