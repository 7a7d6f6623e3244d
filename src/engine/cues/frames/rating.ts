/**
 * Ratings: verbs that grade (`rate`, `regard`, `view`, `deem`) report a grade (`as`, a grade
 * word, a quotation) given by someone, active or passive ("was rated inadequate by inspectors",
 * "what critics regard as"), and the agent of a rated passive. A new rule about grading and who
 * grades goes here.
 */
import type { Context } from '../../context';
import {
  isAdverb,
  isAux,
  isDet,
  isOpenQuote,
  isPunct,
  isQuote,
  isVerbLike,
  isWord,
} from '../../context';
import { IRREGULAR_PAST, ruleWords } from '../../lexicon';
import { isPronounToken } from '../../phrase/namedness';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isParticipleWord } from '../../subject/clause';
import type { SourcePhrase } from '../../subject/result';
import { isPronounSubject } from '../../subject/result';
import { byAgent } from '../by-agent';
import { SUBJECT_PRONOUNS } from '../clause-follows';
import type { Token } from '../../tokenize';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { reportingSubject } from './speakers';

/**
 * A verb of rating or regarding (`rate`, `grade`, `log`, `deem`, `regard`) reports a judgment
 * with its grade after it: `as` + anything, a quotation or a grade word ("inadequate", "good",
 * "unsafe"). Active, after its object and with a subject who can judge ("Inspectors rated the
 * home 'inadequate'", "Analysts regard the bank as a safe pair of hands"); passive, after its
 * by-agent ("is regarded by economists as", "was logged as 'non-urgent' by a call handler"); a
 * rating passive with no agent is an inspection's grade ("has been rated inadequate", the
 * headline "School rated 'inadequate'") or a view whose holders are left open ("was regarded as a
 * target"). Not "rated at $5m", "a highly rated striker", "logged 74 cases", "deemed it
 * necessary to", "regarding the plan".
 */
export function ratingFrame(ctx: Context, s: Sentence, v: Verb): boolean {
  if (ratedPassive(ctx, s, v)) {
    const agent = ratingAgent(ctx, s, v);
    if (agent) return gradeAt(ctx, s, v, agent.np.end) || gradeAt(ctx, s, v, v.end);
    // ("was regarded as a target": a view credited to regarders left open, point 324; not the
    // bare participle, "A levy viewed as a tax was scrapped", nor "is widely seen as", whose cue
    // decision 32 leaves optional beside its `agentless`)
    return (
      (v.passive || !AS_ONLY.has(v.lemma)) &&
      v.lemma !== 'deem' &&
      v.lemma !== 'see' &&
      gradeAt(ctx, s, v, v.end)
    );
  }
  if (bareIng(ctx, v) || !reportingSubject(ctx, s, v)) return false;
  // ("a rarely seen promotional price for halibut as part of a sale": a participle that is no
  // past form, with no auxiliary, is no active verb)
  if (!v.sawAux && v.forms.has('participle') && !v.forms.has('past')) return false;
  // "what many residents regard as neglect", "the levy, which critics viewed as a tax": the
  // object fronted by a relative or `what`, the grade right after the verb
  if (ctx.tokens[v.end]?.lower === 'as' && frontedObject(ctx, s, v)) return true;
  if (pronounObjectAs(ctx, v.end)) return gradeAt(ctx, s, v, v.end + 1);
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np || np.start !== v.end) return false;
  if (gradeAt(ctx, s, v, np.end)) return true;
  // (a grade word the phrase took in: "rated the scheme inadequate in every category"; not
  // "rated the good players", a grade word after a determiner)
  const toks = ctx.tokens;
  for (let k = np.start + 1; k < np.end; k++)
    if (GRADES.has(toks[k]!.lower) && !isDet(toks[k - 1]) && !isPronounToken(ctx, k - 1))
      return true;
  return false;
}

/**
 * Whether the object of verb `v` stands before its subject as a relative or `what` ("what many
 * Tunisians regard as", "which critics view as", "that analysts regard as"): the word before the
 * subject is one (not "Analysts regard as settled", no object at all).
 */
function frontedObject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  const start = isPronounSubject(subject) ? subject.pronoun : subject.np.start;
  return start > s.first && FRONTING_WORDS.has(ctx.tokens[start - 1]!.lower);
}

/** Rating verbs whose grade is only an `as` phrase: `regard`, `view` (not "viewed 'inadequate'"). */
const AS_ONLY: ReadonlySet<string> = new Set(['regard', 'see', 'view']);

/** Words that front an object before its clause's subject: `what critics regard as`. */
const FRONTING_WORDS: ReadonlySet<string> = new Set(['that', 'what', 'which', 'whom']);

/** Whether a grade opens at `k` past adverbs: `as`, a quotation or a grade word (`regard`: `as`). */
function gradeAt(ctx: Context, s: Sentence, v: Verb, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  const w = toks[k];
  if (!w || k >= s.last) return false;
  if (w.lower === 'as') return !AS_ONLY.has(v.lemma) || !timeOrComparison(ctx, s, k);
  if (AS_ONLY.has(v.lemma)) return false;
  return (isOpenQuote(w) && isWord(toks[k + 1])) || GRADES.has(w.lower);
}

/**
 * Whether `as` at `k` opens a clause of time or a comparison rather than a view of the object:
 * "saw the smoke as the fire spread", "saw them as they left", "saw shares fall as much as",
 * "saw it as well" (an `as`-only verb's `as` is all its grade, so `see` needs this).
 */
function timeOrComparison(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k + 1];
  if (!w || k + 1 >= s.last) return true;
  if (SUBJECT_PRONOUNS.has(w.lower) || COMPARATIVE_AS.has(w.lower)) return true;
  // (`as` + adjective + `as`: "saw sales as high as ever")
  if (toks[k + 2]?.lower === 'as') return true;
  const np = phraseStartingAt(ctx, k + 1, s.last);
  if (!np || np.start !== k + 1) return false;
  // (its verb right after the subject, or taken into the phrase as its last word: "as the fire
  // spread")
  const finite = (t: Token | undefined): boolean =>
    !!t && (isAux(t) || isVerbLike(t) || IRREGULAR_PAST.has(t.lower));
  return finite(toks[np.end]) || (np.end - 1 > np.start + 1 && finite(toks[np.end - 1]));
}

/** Words after `as` that make a comparison or an adverb: `as well`, `as much as`, `as soon as`. */
const COMPARATIVE_AS: ReadonlySet<string> = new Set([
  'far',
  'long',
  'many',
  'much',
  'soon',
  'well',
]);

/**
 * Whether rating verb `v` is passive, or a reduced passive with its grade right after it ("School
 * rated 'inadequate'", "the call, logged as 'non-urgent'"; not the active past after a fronted
 * object, "what the union regarded as a breach").
 */
export function ratedPassive(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) return true;
  return (
    !v.sawAux &&
    isParticipleWord(ctx.tokens[v.i]) &&
    (gradeAt(ctx, s, v, v.end) || byThenAs(ctx, s, v.end)) &&
    !(ctx.tokens[v.end]?.lower === 'as' && frontedObject(ctx, s, v))
  );
}

/**
 * Whether a by-agent at `k` is followed by a grade `as` before the clause ends: "(still) seen by
 * many voters as a hero", "regarded by analysts as safe".
 */
export function byThenAs(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'by') return false;
  for (let q = k + 1; q < s.last && q <= k + 8; q++) {
    const w = toks[q]!;
    if (w.lower === 'as') return q > k + 1;
    if (isPunct(w) || isQuote(w) || isVerbLike(w)) return false;
  }
  return false;
}

/**
 * The agent of a rating passive, before or after its grade: "is regarded by analysts as", "was
 * logged as 'non-urgent' by a call handler", "was rated inadequate by inspectors".
 */
export function ratingAgent(ctx: Context, s: Sentence, v: Verb): SourcePhrase | null {
  const toks = ctx.tokens;
  const first = byAgent(ctx, s, v.end);
  if (first) return first;
  for (let k = v.end; k < s.last && k < v.end + 8; k++) {
    const w = toks[k]!;
    if (w.lower === 'by') return byAgent(ctx, s, k);
    if (isPunct(w) && !isQuote(w)) return null;
  }
  return null;
}

/** Grades a rating gives: `inadequate`, `good`, `outstanding`, `unsafe`, `high` (risk). */
const GRADES = ruleWords('grades');

/**
 * Whether verb `v` characterises its object with `as` and words given as the subject's own: a
 * quotation or `too` + a word ("rejected a pay offer as 'insulting'", "rejected it as too
 * expensive", "an offer the teams rejected as 'insulting'", the object fronted). The judgement
 * is the subject's, a claim credited like "described X as" (decision 107 of the labelled sets);
 * not a role ("rejected him as chairman") nor a plain noun ("proposed it as a model").
 */
export function characterisedAs(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let k = v.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (toks[k]?.lower !== 'as') {
    if (pronounObjectAs(ctx, k)) k++;
    else {
      const np = phraseStartingAt(ctx, k, s.last);
      if (!np || np.start !== k) return false;
      k = np.end;
    }
    if (toks[k]?.lower !== 'as') return false;
  } else if (!frontedObject(ctx, s, v) && !fronted(ctx, s, v)) return false;
  const w = toks[k + 1];
  const x = toks[k + 2];
  if (!w || !x || k + 2 >= s.last) return false;
  return (isOpenQuote(w) && isWord(x) && !ctx.name[k + 2]) || (w.lower === 'too' && isWord(x));
}

/**
 * Whether a pronoun object stands at `k` right before `as`: `rejected it as`, `dismissed them
 * as`, `see him as` (not `her` as a determiner, "rejected her offer as").
 */
function pronounObjectAs(ctx: Context, k: number): boolean {
  return OBJECT_PRONOUNS.has(ctx.tokens[k]?.lower ?? '') && ctx.tokens[k + 1]?.lower === 'as';
}

/** Pronouns that stand for a verb's object: `it`, `them`, `this`, `him`. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'her',
  'him',
  'it',
  'me',
  'that',
  'them',
  'these',
  'this',
  'those',
  'us',
]);

/**
 * Whether the object of `v` stands before its subject as a bare relative ("an offer the teams
 * rejected as", "claims it rejected as"): a noun right before the subject, with no verb between.
 */
function fronted(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  const start = isPronounSubject(subject) ? subject.pronoun : subject.np.start;
  const before = ctx.tokens[start - 1];
  return start > s.first && !!before && isWord(before) && !isVerbLike(before) && !isDet(before);
}
