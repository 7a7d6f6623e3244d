/**
 * People new to the story whom the police hold or a court charges: "A teenager has been arrested
 * on suspicion of arson", "a 16-year-old boy was charged", "A man who was arrested near the scene
 * has not been charged", "a man was led away in handcuffs". An accused person the story does not
 * name is a withheld actor at every mention (decisions 56, 70 and 89 of the labelled sets); a
 * young person (`teenager`, `boy`), whom the lexicon keeps as a victim, is one too once held.
 */
import type { Context } from '../context';
import { isAdverb, isAux, isPunct } from '../context';
import { headClass } from '../phrase/head-class';
import { F, ruleWords } from '../lexicon';
import { namedness } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';
import { accused } from './people';

/** Determiners and counts of someone not known before: `a`, `another`, `several`, `two`. */
const INDEFINITE = ruleWords('indefinite');
const NUMBER_WORDS = ruleWords('numberWords');
/** Participles of arrest and charge: `arrested`, `charged`, `detained`, `held`. */
const LEGAL_PARTICIPLES = ruleWords('legalParticiples');

/**
 * Heads that say only a person's age or sex: `man`, `women`, `teenager`, `boys`, `youth`; the
 * phrase tells no more of who it is than that.
 */
export const PLAIN_PEOPLE: ReadonlySet<string> = new Set([
  ...ruleWords('plainPeople'),
  'juvenile',
  'juveniles',
  'person',
  'people',
  'schoolboy',
  'schoolboys',
  'schoolgirl',
  'schoolgirls',
  'youngster',
  'youngsters',
]);

/** Words after `held` that make the holder's victim of it: `held hostage`, `held captive`. */
const HELD_AS_VICTIM: ReadonlySet<string> = new Set(['hostage', 'hostages', 'captive']);

/**
 * Whether `np`, a new mention (`a`, a count) of a person known only by age or sex, with no name
 * in it, is held or charged: the verb after it (past an aside) is a passive of arrest or charge,
 * a relative clause says so ("A man who was detained at the border"), or the person "was led
 * away in handcuffs". Not a victim held captive ("a woman was held hostage"), nor one only shown
 * being led ("a man being led away": no past passive). A new mention described otherwise ("Two
 * fans", "A squaddie", "a retired headmaster from Ashcombe") is held or punished the same way:
 * the object of an arrest ("police detained two fans"), of a police hunt ("Police are hunting a
 * man in his 20s"), or the subject of a passive of arrest, charge or penalty ("Two fans were
 * arrested", "A headmaster has been fined"): someone the story accuses without naming (decision
 * 56).
 */
export function accusedNewcomer(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (first.kind !== 'num' && (listsOf(first) & (IN_INDEFINITE | IN_NUMBER_WORDS)) === 0)
    return false;
  if (namedness(ctx, np)) return false;
  const plain = PLAIN_PEOPLE.has(toks[np.head]!.lower);
  // (a title is a post, not a person new to the story: "a senator was charged" is for the
  // name rules; and `one` alone is a pronoun, "one was arrested")
  if (!plain && (headClass(ctx, np.head) === 'title' || first.lower === 'one')) return false;
  if (heldObject(ctx, s, np)) return true;
  const k = np.end;
  // "A man who was arrested near the scene", "a woman who has been charged"; not a description
  // of someone else ("sought to portray her as a disgruntled employee who was fired", "She is a
  // teacher who was suspended")
  if (toks[k]?.lower === 'who')
    return !describing(toks[np.start - 1]) && legalPassiveAt(ctx, s, k + 1);
  return legalPassiveAt(ctx, s, k) || (plain && accused(ctx, s, np) && !heldAsVictim(ctx, s, k));
}

/** Whether `t` makes the phrase after it a description: `as`, `like`, a form of `be`. */
function describing(t: Token | undefined): boolean {
  return !!t && (t.lower === 'as' || t.lower === 'like' || (t.f & F.BE) !== 0);
}

/**
 * Whether `np` is the object of an arrest ("police arrested three teenagers", "detained two
 * fans", "convicted three officers of") or of a hunt by the police ("Cops are hunting a man in
 * his 20s", "Detectives are searching for two men"): not "charged customers a fee" (billing),
 * nor a club "hunting a new striker" (no police before the verb).
 */
function heldObject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const b = toks[np.start - 1];
  if (!b || np.start - 1 <= s.first) return false;
  if (HOLDING_VERBS.has(b.lower)) return true;
  let v = np.start - 1;
  if (b.lower === 'for' && SEARCHING.has(toks[v - 1]?.lower ?? '')) v--;
  else if (!HUNTING.has(b.lower)) return false;
  // the police as the subject, past auxiliaries and adverbs: "Police are now hunting"
  let q = v - 1;
  while (q >= s.first && (isAux(toks[q]) || isAdverb(toks[q]))) q--;
  return q >= s.first && POLICE.has(toks[q]!.lower);
}

/** Verbs whose object is held or found guilty: `arrested`, `detained`, `convicted`. */
const HOLDING_VERBS: ReadonlySet<string> = new Set([
  'arrest',
  'arrested',
  'arresting',
  'arrests',
  'convicted',
  'detain',
  'detained',
  'detaining',
  'detains',
  'jailed',
]);

/** Verbs of a hunt: `hunting` (a man), `seeking`. */
const HUNTING: ReadonlySet<string> = new Set(['hunt', 'hunted', 'hunting', 'seeking']);

/** Verbs of a search before `for`: `searching` (for a man), `looking`. */
const SEARCHING: ReadonlySet<string> = new Set(['hunting', 'looking', 'searching']);

/** The police as the subject of a hunt: `Police`, `Cops`, `Detectives`. */
const POLICE: ReadonlySet<string> = new Set([
  'cops',
  'detectives',
  'investigators',
  'officers',
  'police',
]);

/**
 * Participles of a penalty for something done: `fined`, `banned` ("A retired headmaster has been
 * fined"). Not removal from a post, which may befall anyone ("Two analysts were dismissed", "a
 * deputy was suspended": not-withheld.test.ts).
 */
const SANCTIONS: ReadonlySet<string> = new Set(['banned', 'disciplined', 'fined']);

/**
 * Whether a past or perfect passive of arrest, charge or sanction opens at `k` (auxiliaries and
 * adverbs, then the participle): "was arrested", "has been charged", "had been fined"; or an
 * arrest in other words: "was led away in handcuffs".
 */
function legalPassiveAt(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  let be = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) {
    const w = toks[k]!.lower;
    if (w === 'was' || w === 'were' || w === 'been') be = true;
    // ("is being questioned": no past act told)
    if (w === 'being') return false;
    k++;
  }
  const p = toks[k];
  if (!be || !p || k >= s.last || p.kind !== 'word') return false;
  if ((listsOf(p) & IN_LEGAL) !== 0)
    return !(p.lower === 'held' && HELD_AS_VICTIM.has(toks[k + 1]?.lower ?? ''));
  if (SANCTIONS.has(p.lower)) return true;
  // "was led away in handcuffs", "were marched out in handcuffs"
  if (!/[a-z](?:ed|en)$/.test(p.lower) && (p.f & F.IRREGULAR) === 0) return false;
  let q = k + 1;
  const particle = toks[q]?.lower;
  if (particle === 'away' || particle === 'off' || particle === 'out') q++;
  return toks[q]?.lower === 'in' && toks[q + 1]?.lower === 'handcuffs';
}

/** Whether the verb after `k` (past an aside) is `held` as a victim: "was held hostage". */
function heldAsVictim(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (let q = k; q < s.last && q < k + 20; q++) {
    if (toks[q]!.lower === 'held') return HELD_AS_VICTIM.has(toks[q + 1]?.lower ?? '');
    if (isPunct(toks[q], '.')) return false;
  }
  return false;
}

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [INDEFINITE, NUMBER_WORDS, LEGAL_PARTICIPLES]);
const IN_INDEFINITE = 1 << 0;
const IN_NUMBER_WORDS = 1 << 1;
const IN_LEGAL = 1 << 2;
