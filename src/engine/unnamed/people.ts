/**
 * People who are no unnamed actors where they stand: picked from a named body, a workforce (`Bus
 * drivers`), whom a message reaches (`told county commissioners`), whom something is aimed at,
 * people owned by a person (`the chairman's donors`); and people the story consulted
 * (`interviews with`), or charged (`has been charged`).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPrep, isPunct } from '../context';
import { F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { isPlaceName } from '../phrase/places';
import { withEnd, withStart } from '../phrase/phrase-copy';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { insertedTime } from './position';
import {
  AIM_PREPS,
  counted,
  IN_ADDRESSED,
  IN_BE_FORMS,
  IN_CONSULTING_NOUNS,
  IN_HYPOTHETICAL_MODALS,
  IN_LEGAL_PARTICIPLES,
  IN_PARTY_WORDS,
  listsOf,
  moreListsOf,
} from './words';

/**
 * Whether people are picked from a body their sentence names before them: "The University of
 * Harwick has concluded that one of its best-known researchers ..." (a person of a named body,
 * decision 5 of the labelled sets: the `unnamed` label is optional).
 */
export function ofNamedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let owned = false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.lower === 'its') owned = true;
  if (!owned) return false;
  for (let k = s.first; k < np.start; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  return false;
}

/** Plain descriptions that count as unnamed actors when they act: `the four men ran`. */
export const AGENT_PEOPLE = ruleWords('agentPeople');

/**
 * Whether a prepositional object is consulted by a cue before it: "confirmed their authenticity
 * with two current staff members" (not "a shift with only two officers on duty").
 */
export function consulted(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.start - 1;
  while (k > s.first && isAdverb(toks[k])) k--;
  if (!isPrep(toks[k])) return false;
  if (interviewed(ctx, s, np)) return true;
  for (let q = k - 1; q >= s.first && q >= k - 6; q--) {
    if (isPunct(toks[q])) return false;
    if ((toks[q]!.f & F.REPORT) !== 0) return true;
  }
  return false;
}

/**
 * Whether a plural occupation stands bare for a workforce: no determiner, number or possessive
 * (`Nurses`, `Bus drivers`), and no post-modifier but one that places them by name (`Bus drivers
 * across the Castlemere region`). "volunteers at some sites" is vague: some people withheld.
 */
export function workforce(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num' || counted(first)) return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // ("Opposition councillors called for", "Republican senators"): a faction, not a workforce
  for (let k = np.start; k < np.head; k++)
    if ((listsOf(toks[k]) & IN_PARTY_WORDS) !== 0) return false;
  if (np.end === np.coreEnd) return true;
  // ("employees of a staffing firm in Kelm", "staff at one contractor": the people of a body the
  // story does not name, not the workforce of the one it names)
  if (unnamedEmployer(ctx, np)) return false;
  for (let k = np.coreEnd; k < np.end; k++) if (ctx.name[k] && isPlaceName(ctx, k)) return true;
  return false;
}

/** Prepositions that tie people to their employer: `employees of`, `staff at`, `workers for`. */
const EMPLOYER_PREPS: ReadonlySet<string> = new Set(['at', 'for', 'of', 'with']);

/**
 * Whether the phrase's post-modifier ties its people to an indefinite body: "employees of a
 * municipal contractor", "drivers for one haulage firm", "staff at several care agencies" (not
 * "teachers at the school", "drivers across the Castlemere region").
 */
function unnamedEmployer(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!EMPLOYER_PREPS.has(toks[np.coreEnd]?.lower ?? '')) return false;
  const det = toks[np.coreEnd + 1];
  if (!det || np.coreEnd + 1 >= np.end) return false;
  if (det.lower !== 'a' && det.lower !== 'an' && det.lower !== 'one' && !counted(det)) return false;
  for (let k = np.coreEnd + 2; k < np.end; k++) {
    if (isPrep(toks[k])) return false;
    const cls = headClass(ctx, k);
    if (cls === 'organisation' || cls === 'occupation' || cls === 'role') return true;
  }
  return false;
}

/**
 * Whether the phrase only receives something: "circulated to senior ministers", "handed the
 * files to investigators", "lied to federal agents". A cue before it makes it consulted instead
 * ("confirmed to deputies that").
 */
export function recipient(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // ("to senior ministers": the phrase may have left out an adjective after `to`)
  let k = np.start - 1;
  const first = toks[np.start]!;
  if (
    toks[k]?.lower !== 'to' &&
    toks[k]?.kind === 'word' &&
    ADJECTIVE_SHAPE.test(toks[k]!.lower) &&
    (first.f & (F.DET | F.QUANT)) === 0 &&
    first.kind !== 'num'
  )
    k--;
  if (toks[k]?.lower !== 'to' || toks[k - 1]?.lower === 'according') return false;
  // "said in a letter to colleagues", "an email to staff": whom a message is addressed to, even
  // after a cue
  if ((listsOf(toks[k - 1]) & IN_ADDRESSED) !== 0) return true;
  return !consulted(ctx, s, withStart(np, k + 1));
}

/** Whether a modal of a wish or a possibility governs the clause before token `at`: `would`, `'d`. */
export function hypothetical(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  for (let k = at - 1; k >= s.first && k >= at - 8; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (
      (moreListsOf(t) & IN_HYPOTHETICAL_MODALS) !== 0 ||
      t.lower.endsWith("'d") ||
      t.lower.endsWith('’d')
    )
      return true;
  }
  return false;
}

/**
 * Whether the phrase is the object of a preposition of aim or topic (`on`, `against`, `into`),
 * over coordinated words before it (`on sales and support teams`), or follows `be among` (a
 * predicate: "was among the negotiators").
 */
export function aimedAt(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // A phrase that opens its sentence has nothing before it.
  if (np.start <= s.first) return false;
  let k = np.start - 1;
  while (
    k > s.first &&
    k > np.start - 4 &&
    toks[k]!.kind === 'word' &&
    !isPrep(toks[k]) &&
    (toks[k]!.f & F.REPORT) === 0
  )
    k--;
  const w = toks[k]!.lower;
  if (AIM_PREPS.has(w)) return true;
  return w === 'among' && k === np.start - 1 && (listsOf(toks[k - 1]) & IN_BE_FORMS) !== 0;
}

/** Adjective endings: `senior`, `federal`, `foreign` (not a verb: "to threaten authorities"). */
const ADJECTIVE_SHAPE = /(?:[^e]al|ior|ic|ous|ary|ern|eign)$/;

/** Whether the phrase follows `interviews with`: people the story relied on. */
export function interviewed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.start - 1;
  return (
    k - 1 >= s.first && isPrep(toks[k]) && (moreListsOf(toks[k - 1]) & IN_CONSULTING_NOUNS) !== 0
  );
}

/** Whether a person owns the phrase: `the chairman's donors`, `Okafor's deputies`. */
export function ownedByPerson(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start + 1; k < np.head; k++) {
    if (toks[k]!.kind !== 'pos') continue;
    const owner = headClass(ctx, k - 1);
    return owner !== 'organisation' && owner !== 'document';
  }
  return false;
}

/**
 * Whether the verb after `np` charges or arrests it: `has been charged`, `Man Charged`, past an
 * aside: "Two men, whose names have not been released, were charged".
 */
export function accused(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = asideEnd(ctx, s, np.end);
  // (and a time inside the verb group: "were last night accused")
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || insertedTime(toks, k)))
    k += insertedTime(toks, k) ? 2 : 1;
  if (k >= s.last) return false;
  if ((moreListsOf(toks[k]) & IN_LEGAL_PARTICIPLES) !== 0) return true;
  // "was taken into custody", "were placed under arrest": an arrest in other words
  const into = toks[k + 1]?.lower;
  const what = toks[k + 2]?.lower;
  if (
    toks[k]!.kind === 'word' &&
    /[a-z](?:ed|en)$/.test(toks[k]!.lower) &&
    ((into === 'into' && what === 'custody') || (into === 'under' && what === 'arrest'))
  )
    return true;
  return custodyStep(toks[k]!.lower, into, what);
}

/** Verbs of a manhunt that take `for`: `hunting for a man`, `searched for two men`. */
const HUNT_VERBS: ReadonlySet<string> = new Set([
  'hunt',
  'hunted',
  'hunting',
  'hunts',
  'search',
  'searched',
  'searches',
  'searching',
]);

/** Verbs of a manhunt that take the person directly: `to trace a man`, `tracking down two men`. */
const TRACE_VERBS: ReadonlySet<string> = new Set([
  'trace',
  'traced',
  'traces',
  'tracing',
  'track',
  'tracked',
  'tracking',
  'tracks',
]);

/**
 * Whether `np` is the person a manhunt seeks: `detectives were hunting for at least one other
 * man`, `an appeal to trace a man seen running`, `tracking down two men`: the sought suspect or
 * witness is a party the story turns on (decision 102), like the charged and the held.
 */
export function sought(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.start - 1;
  if (k <= s.first) return false;
  if (toks[k]!.lower === 'down') k--;
  else if (toks[k]!.lower === 'for') return HUNT_VERBS.has(toks[k - 1]!.lower);
  return TRACE_VERBS.has(toks[k]!.lower);
}

/** Counted stand-ins a suspect is apposed to: `A third, a 41-year-old woman, was bailed`. */
const COUNTED_STANDINS: ReadonlySet<string> = new Set([
  'another',
  'fifth',
  'fourth',
  'other',
  'others',
  'second',
  'third',
]);

/**
 * Whether `np` is apposed, between commas, to a counted stand-in that opens the sentence (`A
 * third, a 41-year-old woman, was bailed`, `Two others, a man and a woman, were charged`) and the
 * verb after it charges, holds or bails: the newcomer is one more suspect in the arrest story.
 */
export function accusedApposed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const comma = np.start - 1;
  if (comma - 1 < s.first || !isPunct(toks[comma], ',') || !isPunct(toks[np.end], ','))
    return false;
  if (comma - s.first > 3) return false;
  const stand = toks[comma - 1]!;
  if (!COUNTED_STANDINS.has(stand.lower) && !counted(stand)) return false;
  return accused(ctx, s, withEnd(np, np.end + 1));
}

/** Steps of custody after an arrest that only a suspect undergoes: `was bailed`, `was remanded`. */
const CUSTODY_PARTICIPLES: ReadonlySet<string> = new Set([
  'bailed',
  'quizzed',
  'rearrested',
  're-arrested',
  'remanded',
]);

/** What follows `questioned` or `released` when the person is a suspect (decision 181). */
const SUSPECT_PHRASES: ReadonlySet<string> = new Set([
  'on suspicion',
  'under caution',
  'on bail',
  'without charge',
  'under investigation',
  'pending further',
]);

/**
 * Whether the participle `w` (with the two words after it) is a step of custody: `was bailed`,
 * `were remanded in custody`, `was questioned on suspicion of`, `were interviewed under
 * caution`, `was released on bail` or `without charge` (decision 181: questioning a suspect is
 * procedure, the people questioned as suspects required), not a witness `questioned by
 * reporters` or a hostage `released`.
 */
function custodyStep(w: string, next: string | undefined, then: string | undefined): boolean {
  if (CUSTODY_PARTICIPLES.has(w)) return true;
  if (w !== 'questioned' && w !== 'interviewed' && w !== 'released') return false;
  return next !== undefined && then !== undefined && SUSPECT_PHRASES.has(`${next} ${then}`);
}

/** Heads that say only how someone is related to another: `a cousin`, `an ally`. */
export const RELATION_HEADS = ruleWords('relationHeads');

/**
 * The token after a comma-enclosed aside opening at `k` (`, whose name has not been released,`,
 * `, a 29-year-old from Kelm,`), or `k` when none opens there.
 */
export function asideEnd(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (!isPunct(toks[k], ',')) return k;
  for (let q = k + 1; q < s.last && q <= k + 16; q++) {
    const t = toks[q]!;
    if (isPunct(t, ',')) return q > k + 1 ? q + 1 : k;
    if ((t.kind === 'punct' && !wordHyphen(toks, q)) || t.kind === 'quote') return k;
  }
  return k;
}

/**
 * Whether token `q` is a hyphen inside a word, touching the tokens on both sides: the tokenizer
 * splits "61-year-old" after its number, and an aside goes on over it (not a spaced dash).
 */
function wordHyphen(toks: readonly Token[], q: number): boolean {
  const t = toks[q]!;
  const before = toks[q - 1];
  const after = toks[q + 1];
  return t.lower === '-' && !!before && !!after && before.end === t.start && after.start === t.end;
}
