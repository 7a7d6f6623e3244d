/**
 * Inquiries, findings and links: what an inquiry or its inspectors found ("Inspectors found that
 * staff", "The review found failings"), a document in a relative clause, and `link` as someone's
 * claim of a cause ("investigators linked the intrusion to a group"). A new rule about findings
 * of reviews, audits and data, or about `link`, goes here.
 */
import type { Context } from '../../context';
import {
  isAdverb,
  isContent,
  isOpenQuote,
  isPrep,
  isPunct,
  isRelative,
  isVerbLike,
  isWord,
} from '../../context';
import { DOCUMENT_NOUNS, ruleWords } from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isParticipleWord } from '../../subject/clause';
import type { SubjectResult } from '../../subject/result';
import { isPronounSubject } from '../../subject/result';
import { clauseFollows } from '../clause-follows';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { POSTED_MESSAGES } from './content-objects';
import { DEPICTIONS } from './documents';
import { DATA_NOUNS, reportingSubject } from './speakers';

/**
 * Whether the subject of `v` makes inquiries: a document, a body or its inspectors ("The review",
 * "the committee", "Inspectors"), not a person or staff who came upon something.
 */
export function inquirySubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const head = subject.np.head;
  const w = ctx.tokens[head]!.lower;
  return (
    DOCUMENT_NOUNS.has(w) ||
    INQUIRERS.has(w) ||
    (headClass(ctx, head) === 'organisation' && ctx.name[head] !== 1)
  );
}

/**
 * Whether active `find` with a noun phrase for its object states an inquiry's finding: its
 * subject is a document a relative `that` or `which` stands for ("An inspection report that
 * found residents left without water", "a review by her department that found thousands of
 * flats"), or people or a body who inquire ("after inspectors found quality-control lapses",
 * "The panel found his explanation implausible"); not "found it hard", "found time".
 */
export function inquiryFinding(
  ctx: Context,
  s: Sentence,
  v: Verb,
  subject: SubjectResult,
): boolean {
  const n = v.next;
  if (v.passive || !n || !isWord(n) || NO_FINDING_OBJECTS.has(n.lower) || isPrep(n)) return false;
  if (relativeDocument(ctx, s, v.g - 1, v.g)) return true;
  return (
    !!subject &&
    !isPronounSubject(subject) &&
    INQUIRY_FINDERS.has(ctx.tokens[subject.np.head]!.lower)
  );
}

/**
 * Whether active `find` has a verdict for its object, a fault or its absence: "The regulator
 * found no breach", "the inspection found nothing of concern", "which later found serious
 * failings", "found no evidence of wrongdoing". A verdict is a finding of fact whoever finds it
 * (a body, an inspection, a document, a person or a pronoun: the object alone makes it one); a
 * thing come upon is not ("Police found no weapons", "found the keys", "found nothing to eat").
 */
export function verdictFinding(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) return false;
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && (isAdverb(toks[k]) || isOpenQuote(toks[k]))) k++;
  const t = toks[k];
  if (!t || !isWord(t)) return false;
  if (t.lower === 'nothing') {
    const w = toks[k + 1]?.lower === 'of' || toks[k + 1]?.lower === 'to' ? k + 2 : k + 1;
    return FINDING_NOTHING.has(toks[w]?.lower ?? '');
  }
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np || ctx.name[np.head]) return false;
  const head = toks[np.head]!.lower;
  if (FINDING_FAULTS.has(head)) return true;
  return FINDING_ABSENCES.has(head) && NONE_DETERMINERS.has(toks[np.start]!.lower);
}

/**
 * Whether evidence verb `v` reads the outcome of a vote or a count with a clause: "said the
 * result showed that voters wanted change", "the margin showed the party was divided" (decision
 * 10's results, which state a finding). The outcome with only a thing after it depicts nothing
 * said ("The 3-0 result showed the gulf between the sides").
 */
export function outcomeReading(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  if (!COUNTED_OUTCOMES.has(ctx.tokens[subject.np.head]!.lower)) return false;
  return clauseFollows(ctx, s, v.g, v.end, v.lemma);
}

/** The outcomes of a vote or a count: `result`, `margin`, `turnout`, `vote`. */
const COUNTED_OUTCOMES = ruleWords('countedOutcomes');

/** Faults a finding names: `breaches`, `failings`, `wrongdoing`, `irregularities`. */
const FINDING_FAULTS = ruleWords('findingFaults');

/**
 * What a finding says is absent after `no`: `no evidence`, `no basis` (not `no sign`, `no
 * trace`: what a search did not turn up).
 */
const FINDING_ABSENCES = ruleWords('findingAbsences');

/** What `nothing` found is: `nothing wrong`, `nothing of concern`, `nothing to suggest`. */
const FINDING_NOTHING = ruleWords('findingNothing');

/** Determiners that make a finding of absence: `no`, `little`, `insufficient`, `scant`. */
const NONE_DETERMINERS: ReadonlySet<string> = new Set(['insufficient', 'little', 'no', 'scant']);

/**
 * Whether `r`, right before the verb group at `g`, is a relative `that` or `which` standing for
 * a document or data within the phrase before it: "a report last year by the parliament's
 * committee that found", "rotas submitted to the inquiry, which show" (not a picture or a
 * post, which depict: "in a post that showed a pair of glasses").
 */
export function relativeDocument(ctx: Context, s: Sentence, r: number, g: number): boolean {
  const toks = ctx.tokens;
  if (r !== g - 1 || r <= s.first || (toks[r]!.lower !== 'that' && toks[r]!.lower !== 'which'))
    return false;
  let k = r - 1;
  if (toks[r]!.lower === 'which' && isPunct(toks[k], ',')) k--;
  for (; k >= s.first && k >= r - 10; k--) {
    const t = toks[k]!;
    if (t.kind === 'punct' || t.kind === 'quote' || (isVerbLike(t) && !isParticipleWord(t)))
      return false;
    if (!ctx.name[k] && (DOCUMENT_NOUNS.has(t.lower) || DATA_NOUNS.has(t.lower)))
      return !DEPICTIONS.has(t.lower) && !POSTED_MESSAGES.has(t.lower);
  }
  return false;
}

/**
 * Whether active `link` ties a thing to a cause or a party as someone's claim: "her doctor
 * linked the illness to the conditions in the flat", "investigators had linked the intrusion to
 * a group", "Local media have linked the club with the coach", "swings that many researchers
 * link to climate change" (its object a relative); a finite verb of a person, a body or a
 * document, not a thing that joins ("The bridge links the town to the city") nor a bare -ing
 * ("a study linking sleep to memory" describes the study).
 */
export function linking(ctx: Context, s: Sentence, v: Verb): boolean {
  if (bareIng(ctx, v) || !reportingSubject(ctx, s, v)) return false;
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const toks = ctx.tokens;
  for (let k = v.end; k < s.last && k <= v.end + 12; k++) {
    const t = toks[k]!;
    // ("militants linked to the group": a bare participle is a reduced relative)
    if (t.lower === 'to' || t.lower === 'with')
      return (
        k > v.end ||
        (isRelativeBefore(ctx, s, v) && (v.sawAux || !ctx.tokens[v.i]!.lower.endsWith('ed')))
      );
    if (t.kind === 'punct' || t.kind === 'quote' || (k > v.end && isVerbLike(t))) return false;
  }
  return false;
}

/**
 * Whether a passive `link` is someone's claim of a cause or a party: "Two deaths have been linked
 * to the outage", "The group has been linked in the past to the army's intelligence arm", "The
 * fire was officially linked to the collapse by investigators". A perfect (`has been`, `had
 * been`) or an agent that can report, then `to` past adverbs or a short adjunct; not a question
 * put ("whether the cases are linked to the cheese"), a connection made ("has been linked to
 * the grid") nor `linked with` (a rumoured move: "has been linked with the coaching job").
 */
export function linkedPassive(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let agent = perfectGroup(ctx, v);
  let k = v.end;
  for (; k < s.last && k <= v.end + 6 && toks[k]!.lower !== 'to'; k++) {
    const t = toks[k]!;
    if (t.lower === 'by') {
      const end = reportingAgent(ctx, s, k);
      if (end < 0) return false;
      agent = true;
      k = end - 1;
    } else if (!(isAdverb(t) || LINK_ADJUNCTS.has(t.lower))) return false;
  }
  if (toks[k]?.lower !== 'to') return false;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  if (!np || PHYSICAL_NETWORKS.has(toks[np.head]!.lower)) return false;
  if (!agent && toks[np.end]?.lower === 'by') agent = reportingAgent(ctx, s, np.end) > 0;
  return agent && !questionPut(ctx, s, v.g);
}

/** Whether `v`'s group has a perfect before `been`: `has been linked`, `had been linked`. */
function perfectGroup(ctx: Context, v: Verb): boolean {
  const toks = ctx.tokens;
  for (let k = v.g; k < v.i; k++)
    if (toks[k]!.lower === 'been') return k > v.g && HAVE_FORMS.has(toks[k - 1]!.lower);
  return false;
}

const HAVE_FORMS: ReadonlySet<string> = new Set(['had', 'has', 'have', "'s", "'ve"]);

/** Words of a short adjunct before `to`: `in the past`, `repeatedly`. */
const LINK_ADJUNCTS: ReadonlySet<string> = new Set(['in', 'past', 'the']);

/**
 * Where the agent that `by` at `k` opens ends, when it can report (`by investigators`, `by some
 * analysts`), or -1 (`by a bridge`).
 */
function reportingAgent(ctx: Context, s: Sentence, k: number): number {
  const np = phraseStartingAt(ctx, k + 1, s.last, true);
  if (!np) return -1;
  const cls = headClass(ctx, np.head);
  return ctx.name[np.head] === 1 || (cls !== 'other' && cls !== 'nonAgent') ? np.coreEnd : -1;
}

/** Whether `whether` or `if` opens the clause before `g`: "investigating whether the cases are linked to". */
function questionPut(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  for (let k = g - 1; k >= s.first && k >= g - 12; k--) {
    const w = toks[k]!.lower;
    if (w === 'whether' || w === 'if') return true;
    if (isPunct(toks[k])) return false;
  }
  return false;
}

/** Things a place or a device is linked to by a connection: `the grid`, `the network`. */
const PHYSICAL_NETWORKS = ruleWords('physicalNetworks');

/** Whether a relative word or a noun ends right before `v`'s subject: "swings that many researchers link to". */
function isRelativeBefore(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return false;
  const b = ctx.tokens[subject.np.start - 1];
  // (not "in which Emery links to an article": the relative is a preposition's object)
  return (
    subject.np.start > s.first &&
    !!b &&
    (isRelative(b) || isContent(b)) &&
    !isPrep(ctx.tokens[subject.np.start - 2])
  );
}

/**
 * Objects of `find` that make no finding: `found it hard`, `found time`, `found themselves`,
 * `tests that found nothing` (no content to credit).
 */
export const NO_FINDING_OBJECTS: ReadonlySet<string> = new Set([
  'herself',
  'himself',
  'it',
  'itself',
  'none',
  'nothing',
  'themselves',
  'time',
  'way',
  'ways',
]);

/** Who inquire, whose finding is a report's: `inspectors`, `auditors`, `the panel`. */
const INQUIRY_FINDERS = ruleWords('inquiryFinders');

/** People whose findings are an inquiry's: `inspectors`, `auditors`. */
const INQUIRERS = ruleWords('inquirers');
