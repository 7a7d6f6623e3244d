/**
 * People of a named body who do wrong on their own account: "Officers at the Carrow police station
 * falsified custody records", "said a chemist at the Dunmore Institute had manipulated the data",
 * "A clerk in the records office has been charged", "allegations against two coaches at Rillby
 * Athletic". The phrase places them in the body, yet the story tells of their own misconduct, not
 * of an act they did for the body: withheld actors, required at every mention (decision 81 of the
 * labelled sets, over decisions 5 and 23; accused-of-body.ts takes the object of a verb that
 * accuses them). A body's word before the head places them too ("An Acme engineer is accused of",
 * "Two former Orvane drivers have been charged"), when the phrase is indefinite or counted.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { F, HEDGE_WORDS } from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pastPickingClause } from './position';

/** Prepositions that place people in a body: `at`, `in`, `of`, `from`, `with`. */
const PLACING: ReadonlySet<string> = new Set(['at', 'from', 'in', 'of', 'with']);

/** Verbs of wrongdoing, in their finite and participle forms: `embezzled`, `harassed`, `stole`. */
const MISCONDUCT: ReadonlySet<string> = new Set(
  [
    'abuse',
    'assault',
    'bribe',
    'collude',
    'defraud',
    'embezzle',
    'extort',
    'fabricate',
    'falsify',
    'harass',
    'launder',
    'loot',
    'misappropriate',
    'molest',
    'plunder',
    'rape',
    'rig',
    'rob',
    'siphon',
    'smuggle',
    'steal',
    'swindle',
    'tamper',
    'torture',
  ].flatMap(forms),
);

/** Irregular forms of the verbs above: `stole`, `stolen`, `misled`. */
for (const w of ['misled', 'mislead', 'misleads', 'misleading', 'stole', 'stolen'])
  (MISCONDUCT as Set<string>).add(w);

/**
 * Verbs that tamper with records only with a record after them: "altered custody records",
 * "manipulated images" (not "manipulated the genes of mice", "altered the opening hours").
 */
const RECORD_VERBS: ReadonlySet<string> = new Set(
  ['alter', 'delete', 'destroy', 'doctor', 'manipulate', 'shred'].flatMap(forms),
);

/** Records one can tamper with: `records`, `logs`, `data`, `evidence`, `images`, `prices`. */
const RECORDS: ReadonlySet<string> = new Set([
  'accounts',
  'books',
  'data',
  'documents',
  'evidence',
  'figures',
  'files',
  'images',
  'logs',
  'minutes',
  'prices',
  'records',
  'results',
  'votes',
]);

/** Verbs whose object is whom someone bribed, accused of taking it: `bribed`, `bribing`. */
const BRIBING: ReadonlySet<string> = new Set(['bribe', 'bribed', 'bribes', 'bribing']);

/** Verbs of violence or abuse against a person right after them: `beat`, `groomed`, `punched`. */
const HARMING: ReadonlySet<string> = new Set([
  'beat',
  'beating',
  'beats',
  ...['groom', 'kick', 'punch', 'slap'].flatMap(forms),
]);

/** Object pronouns: `her`, `him`, `them`. */
const PERSON_OBJECTS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us']);

/** Words that end a noun group rather than go on in it: function words. */
const NOT_HEAD = F.AUX | F.BE | F.DET | F.QUANT | F.PREP | F.PRON | F.CONJ | F.REL | F.ADV | F.FUNC;

/** Participles of a hedge that raise its subject: `alleged`, `believed`, `said` (to have). */
const RAISING: ReadonlySet<string> = new Set([
  'alleged',
  'believed',
  'reported',
  'said',
  'suspected',
  'thought',
  'understood',
]);

/** Participles of a passive that accuses or holds its subject: `accused`, `arrested`. */
const ACCUSED: ReadonlySet<string> = new Set([
  'accused',
  'arrested',
  'charged',
  'convicted',
  'detained',
  'indicted',
  'investigated',
  'prosecuted',
  'sued',
  'suspected',
]);

/** Nouns of a case against someone, before `against` or `into`: `allegations`, `charges`. */
const CASE_NOUNS: ReadonlySet<string> = new Set([
  'accusations',
  'allegations',
  'case',
  'charges',
  'claims',
  'complaint',
  'complaints',
  'inquiry',
  'investigation',
  'lawsuit',
  'probe',
  'proceedings',
  'suit',
]);

/** A regular verb's forms: `abuse`, `abuses`, `abused`, `abusing`. */
function forms(v: string): string[] {
  const stem = v.endsWith('e') ? v.slice(0, -1) : v;
  const ies = /[^aeiou]y$/.test(v);
  const dbl = /[^aeiou][aeiou][bdgpt]$/.test(v) ? v + v.at(-1)! : stem;
  return ies
    ? [v, `${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`]
    : [v, `${v}s`, `${dbl}ed`, `${dbl}ing`];
}

/**
 * Whether `np`, people placed in a body by a preposition after the head ("officers at the
 * station", "a clerk in the records office") or, indefinite or counted, by a word before it ("An
 * Acme engineer", "Two former Orvane drivers"), is told of as doing wrong on their own account: the
 * subject of a verb of wrongdoing ("falsified", "had manipulated", "tampered with records"), of a
 * passive that accuses or holds it ("has been charged", "were arrested"), or whom a case is against
 * ("allegations against", "an investigation into"), or whom someone bribed.
 */
export function misconductOfBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const placedAfter = np.head + 1 < np.end && PLACING.has(toks[np.head + 1]!.lower);
  if (!placedAfter && !placedBefore(ctx, np)) return false;
  const before = toks[np.start - 1];
  if (before && np.start - 1 >= s.first && (before.lower === 'against' || before.lower === 'into'))
    return np.start - 2 >= s.first && CASE_NOUNS.has(toks[np.start - 2]!.lower);
  // ("whether contractors bribed procurement officers at two bases": those bribed took it)
  if (before && np.start - 1 >= s.first && BRIBING.has(before.lower)) return true;
  let k = pastPickingClause(ctx, s, np, np.end);
  let be = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]) || HEDGE_WORDS.has(toks[k]!.lower))) {
    const w = toks[k]!.lower;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'been' || w === 'being')
      be = true;
    k++;
  }
  const verb = toks[k];
  if (!verb || k >= s.last || verb.kind !== 'word' || ctx.name[k]) return false;
  // "is alleged to have embezzled", "are believed to have stolen": a hedged act of wrongdoing
  let act = k;
  if (be && RAISING.has(verb.lower) && toks[k + 1]?.lower === 'to')
    act = toks[k + 2]?.lower === 'have' ? k + 3 : k + 2;
  // (`alleged` passed over as a hedge word: "are alleged to have stolen")
  else if (be && verb.lower === 'to' && RAISING.has(toks[k - 1]!.lower))
    act = toks[k + 1]?.lower === 'have' ? k + 2 : k + 1;
  if (
    !(act === k && be
      ? ACCUSED.has(verb.lower)
      : MISCONDUCT.has(toks[act]?.lower ?? '') ||
        recordTampered(ctx, s, act) ||
        personHarmed(ctx, s, act))
  )
    return false;
  // "a prominent cell biologist at Halden University manipulated images" ... "The researcher,
  // Professor Teodor Brask, denied": one person the story names further on (decision 4's delayed
  // identification) is not withheld
  return /s$/.test(toks[np.head]!.lower) || !namedFurtherOn(ctx, s.last);
}

/** Determiners that leave a person one of a body's many: `a`, `one`, `two`, `several`. */
const INDEFINITE: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'five',
  'four',
  'one',
  'several',
  'some',
  'three',
  'two',
]);

/**
 * Whether `np` is people a body's word before the head places, an indefinite or counted person
 * of it ("An Acme engineer", "Two former Lindqvist sales managers", "a council officer" where the
 * council is named): the caller has found the phrase a person of a named body, and the determiner
 * leaves the person one of its many, no unique office ("the club's chief executive"). Only the
 * passive that accuses or holds the person, and the acts of wrongdoing, make it misconduct.
 */
function placedBefore(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.head === np.start || np.end !== np.head + 1) return false;
  const first = toks[np.start]!;
  if (!INDEFINITE.has(first.lower) && first.kind !== 'num') return false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  return true;
}

/**
 * Whether the verb at `k` beats or grooms a person right after it: "beat migrants", "had groomed
 * her" (not "beat expectations", "groomed the horses").
 */
function personHarmed(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (k >= s.last || !HARMING.has(toks[k]!.lower)) return false;
  let q = k + 1;
  // ("had groomed her over two years": `her` a pronoun, not a determiner)
  if (PERSON_OBJECTS.has(toks[q]?.lower ?? '')) return true;
  if (q < s.last && (toks[q]!.f & F.DET) !== 0) q++;
  if (q >= s.last || ctx.name[q]) return false;
  // the object's head, a person's noun: "beat two prisoners", "beat migrants"
  while (q + 1 < s.last && toks[q + 1]!.kind === 'word' && (toks[q + 1]!.f & NOT_HEAD) === 0) q++;
  return isPersonClass(headClass(ctx, q));
}

/** Whether the verb at `k` tampers with a record within its object: "deleted the custody records". */
function recordTampered(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (!RECORD_VERBS.has(toks[k]!.lower)) return false;
  for (let q = k + 1; q < s.last && q <= k + 4 && !isPunct(toks[q]); q++)
    if (RECORDS.has(toks[q]!.lower)) return true;
  return false;
}

/**
 * Whether a person's definite description after token `from` stands in apposition with a name:
 * "The researcher, Professor Teodor Brask,", "the teacher, Anna Kell,".
 */
export function namedFurtherOn(ctx: Context, from: number): boolean {
  const toks = ctx.tokens;
  for (let k = from; k + 3 < toks.length; k++)
    if (
      toks[k]!.lower === 'the' &&
      isPunct(toks[k + 2], ',') &&
      ctx.name[k + 3] &&
      !ctx.name[k + 1] &&
      isPersonClass(headClass(ctx, k + 1))
    )
      return true;
  return false;
}
