/**
 * The subject of a reporting verb in an infinitive that shares its subject with the clause's
 * verb (subject control): `The union was quick to deny`, `Critics were eager to point out`, `The
 * bank refused to confirm`; or whose subject was raised (`One aide is said to have warned`, `The
 * minister appears to have told`). Not after object control (`urged him to confirm`: `him` would
 * say).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isVerbLike } from '../context';
import { APPEARANCE_VERBS, BE_FORMS, F, RAISING_PARTICIPLES, ruleWords } from '../lexicon';
import type { Sentence } from '../sentences';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { findSubject } from './find-subject';
import type { SubjectResult } from './result';
import { withNamed } from './result';

/**
 * The subject of the infinitive `to` + verb at `g` (`to` at `g - 1`): the subject of `be` +
 * an adjective of readiness (`was quick to`) or of a verb of subject control (`refused to`);
 * undefined when the infinitive is no such complement.
 */
export function controlledSubject(ctx: Context, s: Sentence, g: number): SubjectResult | undefined {
  const toks = ctx.tokens;
  if (toks[g - 1]?.lower !== 'to') return undefined;
  let k = g - 2;
  while (k > s.first && isAdverb(toks[k])) k--;
  const w = toks[k];
  if (!w || k <= s.first || w.kind !== 'word') return undefined;
  if (READY.has(w.lower) || RAISED_BY_BE.has(w.lower)) {
    let b = k - 1;
    while (b > s.first && isAdverb(toks[b])) b--;
    if (!BE_FORMS.has(toks[b]!.lower)) return undefined;
    return findSubject(ctx, s, auxStart(ctx, s, b));
  }
  if (CONTROL.has(w.lower) || APPEARANCE_VERBS.has(w.lower))
    return findSubject(ctx, s, auxStart(ctx, s, k));
  // "She went on to say that", "He goes on to warn": going on to the next thing said, by the
  // subject of `go`
  if (w.lower === 'on' && GO_FORMS.has(toks[k - 1]?.lower ?? '') && k - 1 > s.first)
    return findSubject(ctx, s, auxStart(ctx, s, k - 1));
  // "came forward to say", "stepped forward to claim": coming forward to speak, by the subject
  if (w.lower === 'forward' && k - 1 > s.first && (toks[k - 1]!.f & F.REPORT) === 0)
    return findSubject(ctx, s, auxStart(ctx, s, k - 1));
  const object = controllingObject(ctx, s, g - 2);
  if (object) return object;
  // "only for organisers to admit", "It is time for the council to explain": the subject of the
  // infinitive given by `for`
  const given = forSubject(ctx, s, g - 2);
  if (given) return given;
  // raising passives: "One aide is said to have warned", "The players are believed to have
  // complained": the subject is the infinitive's
  // ("Ruiz was heard to say": a passive of hearing, whose subject is the infinitive's)
  if (((w.f & F.RAISING) !== 0 && RAISING_PARTICIPLES.has(w.lower)) || w.lower === 'heard') {
    let b = k - 1;
    while (b > s.first && isAdverb(toks[b])) b--;
    if (BE_FORMS.has(toks[b]!.lower)) return findSubject(ctx, s, auxStart(ctx, s, b));
  }
  return undefined;
}

/**
 * The object of a verb of object control whose last token is `j`, right before `to`: `prompting
 * the firm to warn`, `forced the minister to admit`, `led them to conclude` (the object is the one
 * who reports).
 */
function controllingObject(ctx: Context, s: Sentence, j: number): SubjectResult | undefined {
  const toks = ctx.tokens;
  const t = toks[j];
  if (!t || j <= s.first) return undefined;
  if (OBJECT_PRONOUNS.has(t.lower))
    return OBJECT_CONTROL.has(toks[j - 1]!.lower) ? { pronoun: j } : undefined;
  const np = phraseEndingAt(ctx, j, s.first);
  if (!np || np.start <= s.first || !OBJECT_CONTROL.has(toks[np.start - 1]!.lower))
    return undefined;
  return withNamed(ctx, np);
}

/**
 * The noun phrase ending at `j` after `for`, the subject of the infinitive after it: `for
 * organisers to admit`, `for the council to explain` (not a pronoun's `for him`, left to the
 * antecedent of an object).
 */
function forSubject(ctx: Context, s: Sentence, j: number): SubjectResult | undefined {
  const toks = ctx.tokens;
  const np = phraseEndingAt(ctx, j, s.first);
  if (!np || np.start <= s.first || toks[np.start - 1]!.lower !== 'for') return undefined;
  if (np.end !== j + 1) return undefined;
  // (not after a verb: "waiting for someone to tell us", "called for the minister to explain"
  // want a saying that has not happened)
  const before = toks[np.start - 2];
  if (
    before &&
    (isVerbLike(before) || /[a-z]ing$/.test(before.lower) || (before.f & F.REPORT) !== 0)
  )
    return undefined;
  return withNamed(ctx, np);
}

/**
 * Words after `be` that raise the infinitive's subject to the clause's: `are expected to`, `is
 * due to`, `was set to`, `is likely to`.
 */
const RAISED_BY_BE: ReadonlySet<string> = new Set([
  'bound',
  'due',
  'expected',
  'likely',
  'poised',
  'scheduled',
  'set',
  'unlikely',
]);

/** Forms of `go`, whose `on to` goes on to the next thing done or said: `went on to say`. */
const GO_FORMS: ReadonlySet<string> = new Set(['go', 'goes', 'going', 'gone', 'went']);

/** Object pronouns that a verb of object control takes: `forced them to`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'it', 'them']);

/** Verbs of object control, whose object does what the infinitive says: `prompted`, `forced`. */
const OBJECT_CONTROL = ruleWords('objectControlVerbs');

/** The first auxiliary of the verb group ending at `k` (`has been` of `has been quick`). */
function auxStart(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  let g = k;
  // ("have also begun to complain": adverbs inside the group)
  while (
    g - 1 >= s.first &&
    (isAux(toks[g - 1]) || toks[g - 1]!.lower === 'not' || isAdverb(toks[g - 1]))
  )
    g--;
  return g;
}

/** Adjectives of readiness after `be` whose infinitive shares the subject: `quick`, `eager`. */
const READY = ruleWords('readyAdjectives');

/** Verbs of subject control whose infinitive shares the subject: `refused`, `declined`. */
const CONTROL = ruleWords('subjectControlVerbs');
