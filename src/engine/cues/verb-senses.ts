/**
 * Senses of single reporting verbs that report nothing: `report for duty`, `state media`, `learn
 * how to`, `tell apart`, `called “hinge_whisperer”`, `admitted to hospital`, `wrote herself a
 * check`. One check per lemma, in `SENSES`: a new wrong sense of a verb goes into its entry, in
 * the module of its family: verbs of speaking and telling (senses/speech.ts), of publishing,
 * writing and showing (senses/publication.ts), of judging, conceding and holding a view
 * (senses/stance.ts); what they share is in senses/common.ts.
 */
import type { Context } from '../context';
import { isAdverb, isDet, isPronoun, isPunct, isQuote, isVerbLike, isWord } from '../context';
import { agentiveNoun, DOCUMENT_NOUNS, F, lemmaBits, lemmaValue, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { Sentence } from '../sentences';
import { inAnonymityReason } from '../unnamed/anonymity-reason';
import { writerAside } from '../writer-aside';
import type { SubjectResult } from '../subject/result';
import { isPronounSubject } from '../subject/result';
import { thingBefore } from './expression-cue';
import { onlyCapacity, supposition } from './senses/capacity';
import type { SenseCheck } from './senses/common';
import { PUBLICATION_SENSES } from './senses/publication';
import { requestedAct } from './senses/requested';
import { silenced, SPEECH_SENSES } from './senses/speech';
import { STANCE_SENSES } from './senses/stance';
import { clauseFollows } from './clause-follows';
import type { Verb } from './verb-group';

/** The sense check of each lemma that has one, from its family's module. */
const SENSES: ReadonlyMap<string, SenseCheck> = new Map<string, SenseCheck>([
  ...SPEECH_SENSES,
  ...PUBLICATION_SENSES,
  ...STANCE_SENSES,
]);

/** `SENSES.get(entry.lemma)`, kept by the lemma (asked of every candidate verb). */
const senseOf = lemmaValue(SENSES);

/** Whether the lemma-specific sense rules let verb `v` stand as a cue. */
export function reportingSense(ctx: Context, s: Sentence, v: Verb): boolean {
  return senseRefusal(ctx, s, v) === null;
}

/**
 * The sense rule that finds verb `v` reporting nothing (`'compared'`, `'capacity'`, or
 * `'lemma'` for its lemma's own check ...), or null when it reports; the audit of missed cues
 * (scripts/audit-cues.ts) reports it.
 */
export function senseRefusal(ctx: Context, s: Sentence, v: Verb): string | null {
  if (comparedWith(ctx, s, v)) return 'compared';
  if (nounBeforeVerb(ctx, s, v)) return 'noun-before-verb';
  if (toldToExpect(ctx, v)) return 'told-to-expect';
  if (onlyCapacity(ctx, v)) return 'capacity';
  if (supposition(ctx, v)) return 'supposition';
  if (silenced(ctx, s, v)) return 'silenced';
  if (unrealisedPassive(ctx, s, v)) return 'unrealised';
  if (v.passive && writerAside(ctx, v.i)) return 'aside';
  if (v.passive && inAnonymityReason(ctx, s, v.g)) return 'anonymity-reason';
  if (unrealisedActive(ctx, s, v)) return 'unrealised';
  if (requestedAct(ctx, s, v)) return 'requested';
  const check = senseOf(v.entry);
  return !check || check(ctx, s, v) ? null : 'lemma';
}

/**
 * A passive under a modal or an infinitive with nothing told after it reports no act of telling,
 * only one expected, allowed or owed: "A deal could be announced as early as next week", "The
 * winner will be announced on Sunday", "Incidents must be reported to the regulator", "It has to
 * be confirmed in a larger study", "Neither account could be confirmed" (hypothetical and negated
 * cues are optional at most, decision 40). Content after the verb keeps the cue ("it will be
 * announced that", "is expected to be asked about the delay"), and so does a perfect infinitive,
 * a past act ("are understood to have been notified").
 */
function unrealisedPassive(ctx: Context, s: Sentence, v: Verb): boolean {
  if (!v.passive) return false;
  const toks = ctx.tokens;
  // the `be` right before the participle, past adverbs ("could be formally announced")
  let k = v.i - 1;
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.lower === 'not')) k--;
  if (toks[k]?.lower !== 'be') return false;
  k--;
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.lower === 'not')) k--;
  const m = toks[k]?.lower ?? '';
  if (!UNREALISED_MODALS.has(m) && m !== 'to') return false;
  const n = toks[v.end];
  return !(
    !n ||
    isQuote(n) ||
    isPunct(n, ':') ||
    TOLD_AFTER.has(n.lower) ||
    (isPunct(n, ',') && isQuote(toks[v.end + 1]))
  );
}

/**
 * An active cue verb under a modal of ability, permission or duty with nothing told after it
 * reports no act, only one possible, allowed or owed: "before anyone could ask a question",
 * "companies must report a breach within 72 hours", "the authority should publish the full
 * results" (decision 40: hypothetical cues are optional at most). Content after the verb keeps
 * the cue ("could say whether", "can reveal that"), and so do `will` and `would` (a plan, or a
 * past told) and a negation (a refusal told: "could not confirm the report"); `can` + a verb of
 * disclosure is the writer's own claim ("The Post can reveal the name").
 */
function unrealisedActive(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive || !v.sawAux) return false;
  const toks = ctx.tokens;
  const m = toks[v.g]!.lower;
  if (!ABILITY_MODALS.has(m)) return false;
  if (m === 'can' && DISCLOSING.has(v.lemma)) return false;
  // only the modal and adverbs before the verb ("could have told" is a past act; "could not
  // confirm the report" a refusal told)
  for (let k = v.g + 1; k < v.i; k++)
    if (!isAdverb(toks[k]) || toks[k]!.lower === 'not') return false;
  const n = toks[v.end];
  return !(
    !n ||
    v.end >= s.last ||
    isQuote(n) ||
    isPunct(n) ||
    TOLD_AFTER.has(n.lower) ||
    // (a hearer before what is told: "we can tell you the race was not discussed")
    HEARER_PRONOUNS.has(n.lower) ||
    clauseFollows(ctx, s, v.g, v.end, v.lemma)
  );
}

/** Modals of what one is able, allowed or bound to do: `could`, `must`, `should`, `cannot`. */
const ABILITY_MODALS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'must',
  'should',
]);

/** Pronouns of a hearer told something: `tell you`, `assure them`. */
const HEARER_PRONOUNS: ReadonlySet<string> = new Set(['her', 'him', 'me', 'them', 'us', 'you']);

/** Verbs of disclosure that `can` makes the writer's claim: `can reveal`, `can confirm`. */
const DISCLOSING: ReadonlySet<string> = new Set(['confirm', 'disclose', 'report', 'reveal']);

/** Modals of an act expected, allowed or owed: `could`, `will`, `must`, `cannot`. */
const UNREALISED_MODALS = ruleWords('modalVerbs');

/** Words that open what was told after a passive cue: `that`, `about`, a question's `whether`. */
const TOLD_AFTER: ReadonlySet<string> = new Set([...ruleWords('questionWords'), 'about', 'that']);

/**
 * A verb of expectation in a comparison's `than` clause measures, it reports nothing: "moved
 * faster than any model predicted", "worse than analysts had feared" (not "more than 40
 * officials said"). A verb of telling or showing there still credits what was told: "higher
 * than countries had reported", "sharper than the minutes suggest".
 */
function comparedWith(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.entry.cue !== 'belief' && expectingOf(v.entry) === 0) return false;
  const toks = ctx.tokens;
  for (let k = v.g - 1; k >= s.first && k >= v.g - 6; k--) {
    const t = toks[k]!;
    if (t.lower === 'than') return !QUANTITY_COMPARATIVES.has(toks[k - 1]?.lower ?? '');
    if (
      isPunct(t) ||
      isQuote(t) ||
      isVerbLike(t) ||
      ((t.f & F.CONJ) !== 0 && COORDINATORS.has(t.lower))
    )
      return false;
  }
  return false;
}

const COORDINATORS = ruleWords('coordinators');

/**
 * A verb of belief in the infinitive after a verb of telling is what someone was told to do, not
 * a belief anyone holds: "staff had been told informally to expect big changes", "were advised
 * to assume the worst" (the telling is the cue).
 */
function toldToExpect(ctx: Context, v: Verb): boolean {
  if (v.entry.cue !== 'belief') return false;
  const toks = ctx.tokens;
  let k = v.g - 1;
  if (toks[k]?.lower !== 'to') return false;
  k--;
  while (k > 0 && isAdverb(toks[k])) k--;
  return TELLING.has(toks[k]?.lower ?? '');
}

/** Verbs that address a hearer: `told`, `advised`, `warned`. */
const TELLING = ruleWords('addressing');

/** Verbs of foretelling outside the belief class: `predict`, `forecast`, `project`. */
const EXPECTING: ReadonlySet<string> = new Set(['forecast', 'predict', 'project']);
const expectingOf = lemmaBits(() => [EXPECTING]);

const DETERMINER_PRONOUNS: ReadonlySet<string> = new Set(['that', 'these', 'this', 'those']);

/** Comparatives of number or choice before `than`: `more than a dozen`, `other than`. */
const QUANTITY_COMPARATIVES: ReadonlySet<string> = new Set([
  'fewer',
  'less',
  'more',
  'other',
  'rather',
]);

/**
 * A cue noun that is the subject of the verb after it, not a verb: "that estimate is too
 * optimistic", "That warning does not stop" (not "What the group claims is false").
 */
function nounBeforeVerb(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.sawAux || v.passive || v.end !== v.i + 1) return false;
  const toks = ctx.tokens;
  const n = toks[v.end];
  // "Special thanks are due to", "Their reports were late": a form in -s before a plural `be`
  // is a plural noun, since a verb in -s agrees with a singular subject and takes no `are`
  // (unless a relative word took the `be` clause's subject: "objects that the museum now
  // acknowledges were taken")
  if (
    v.forms.has('third') &&
    toks[v.i]!.lower.endsWith('s') &&
    (n?.lower === 'are' || n?.lower === 'were') &&
    !relativeBefore(ctx, s, v.i) &&
    !subjectBefore(ctx, s, v.i)
  )
    return true;
  // (the word's CUE_NOUN flag marks exactly the words of CUE_NOUNS: a bit test, not a Set probe)
  if (!n || !isWord(n) || (toks[v.i]!.f & F.CUE_NOUN) === 0) return false;
  for (let k = v.i - 1; k >= s.first && k >= v.i - 6; k--)
    if (toks[k]!.lower === 'what') return false;
  const p = toks[v.i - 1];
  // ("he claims", but "that estimate": a demonstrative determiner)
  if (!p || v.i === s.first || (isPronoun(p) && !DETERMINER_PRONOUNS.has(p.lower))) return false;
  return (n.f & (F.AUX | F.BE)) !== 0;
}

/** Whether a relative or `what` stands in the eight words before `i` in its sentence. */
function relativeBefore(ctx: Context, s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= s.first && k >= i - 8; k--)
    if (RELATIVE_WORDS.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/**
 * Whether the word before `i` can be a subject of its own, a name, a pronoun or a noun after a
 * determiner: "assets the regulator says were overvalued", a relative clause with no relative
 * word (not "Special thanks are", "Heartfelt thanks were" opening a sentence).
 */
function subjectBefore(ctx: Context, s: Sentence, i: number): boolean {
  const p = ctx.tokens[i - 1];
  // (a sentence's first word has no antecedent before it to make a relative clause of)
  if (!p || i - 1 <= s.first || isQuote(ctx.tokens[i - 2])) return false;
  return !!ctx.name[i - 1] || isPronoun(p) || (i - 2 >= s.first && isDet(ctx.tokens[i - 2]));
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(['that', 'what', 'which', 'who', 'whom']);

/**
 * Checks that need the verb's subject, for an active verb with its subject before it: things
 * prove (`it proved harder`) or depict (`equations that described the motion`) without
 * reporting anything.
 */
export function subjectSense(ctx: Context, s: Sentence, v: Verb, subject: SubjectResult): boolean {
  const toks = ctx.tokens;
  // "Nobody is suggesting", "No one has claimed", "none of them said": a claim nobody makes
  // credits no source (a negated cue is optional in the guideline; a source "Nobody" is wrong)
  if (
    subject &&
    negativeSubject(ctx, isPronounSubject(subject) ? subject.pronoun : subject.np.start)
  )
    return false;
  // "One could argue that ...", "Few would dispute it": a generic subject with a modal voices a
  // view nobody in the story holds (the writer's own hedge); no source to credit
  if (genericModalSubject(ctx, v, subject)) return false;
  // "it proved harder", "the test proved the engine safe": a thing turning out, not a finding
  // credited to anyone (a document or a person proves a claim)
  if (v.lemma === 'prove') {
    const thing = isPronounSubject(subject)
      ? toks[v.g - 1]?.lower === 'it'
      : subject !== null &&
        !ctx.name[subject.np.head] &&
        headClass(ctx, subject.np.head) === 'other';
    if (thing) return false;
  }
  // "The storm threatened to flood the town", "an assault that threatened to upset": a thing
  // that risks something threatens nobody
  if (v.lemma === 'threaten' && toks[v.end]?.lower === 'to') {
    const thing = isPronounSubject(subject)
      ? toks[v.g - 1]?.lower === 'it'
      : thingBefore(ctx, s, v.g) ||
        (subject !== null &&
          !ctx.name[subject.np.head] &&
          headClass(ctx, subject.np.head) === 'other' &&
          !agentiveNoun(toks[subject.np.head]!.lower));
    if (thing) return false;
  }
  // "equations that described the motion", "programs that revealed the signatures": a thing
  // that is neither a document nor an actor depicts something, it reports nothing
  if (!subject || isPronounSubject(subject) || !DEPICTION_VERBS.has(v.lemma)) return true;
  const head = subject.np.head;
  return !(
    !ctx.name[head] &&
    (toks[v.g - 1]?.lower === 'that' ||
      toks[v.g - 1]?.lower === 'which' ||
      // "figuring out which equations described the system": the thing asked about depicts
      // (`which` its determiner; not the object in "which the force described as routine")
      (toks[subject.np.start - 1]?.lower === 'which' && !isDet(toks[subject.np.start]))) &&
    headClass(ctx, head) === 'other' &&
    !agentiveNoun(toks[head]!.lower) &&
    !DOCUMENT_NOUNS.has(toks[head]!.lower)
  );
}

/** Modals that make a generic subject's saying a supposition: `one could argue`. */
const SUPPOSING_MODALS = new Set(['would', 'could', 'might', 'may', 'can']);

/**
 * Whether the subject is a bare generic `one` or `few` (the whole phrase, capitalised or not)
 * and the verb group opens with a modal: `One could argue`, `few would deny`; not `one of them
 * said`, `one official would say`, `few said`.
 */
function genericModalSubject(ctx: Context, v: Verb, subject: SubjectResult): boolean {
  if (!subject || !v.sawAux) return false;
  let start: number;
  if (isPronounSubject(subject)) start = subject.pronoun;
  else if (subject.np.end === subject.np.start + 1) start = subject.np.start;
  else return false;
  const word = ctx.tokens[start]!.lower;
  return (
    (word === 'one' || word === 'few') &&
    start + 1 === v.g &&
    SUPPOSING_MODALS.has(ctx.tokens[v.g]!.lower)
  );
}

/** Whether the phrase at `start` is negative: `nobody`, `no one`, `no group`, `none of ...`. */
function negativeSubject(ctx: Context, start: number): boolean {
  const first = ctx.tokens[start]?.lower;
  if (first === 'nobody' || first === 'none' || first === 'no-one') return true;
  // "None of the engineers said": the subject search stops at the group
  if (ctx.tokens[start - 1]?.lower === 'of' && ctx.tokens[start - 2]?.lower === 'none') return true;
  // "No one has claimed", "no group claimed responsibility"
  return first === 'no';
}

/** Verbs that a thing can do without reporting: `equations that describe the motion`. */
const DEPICTION_VERBS = ruleWords('depictionVerbs');
