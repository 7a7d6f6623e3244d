/**
 * Who can report, shared by the frame families: a subject that speaks or shows (a name, a
 * person, a body, a document, data), a party by its members' plural, a person after a
 * preposition before an -ing clause. A new test of "is this subject someone who can say it"
 * belongs here; a test that only one family uses belongs in that family's file.
 */
import type { Context } from '../../context';
import { agentiveNoun, ruleWords } from '../../lexicon';
import { headClass, isPersonClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isPronounSubject } from '../../subject/result';
import { complementAfterThat } from '../clause-follows';
import type { Verb } from '../verb-group';
import { subjectOf } from '../verb-group';

/**
 * Whether the subject of `v` can report (a document, an actor or a name), or is a pronoun or
 * not found: what stance and evidence verbs ask of theirs.
 */
export function reportingSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject || isPronounSubject(subject)) return true;
  const head = subject.np.head;
  return (
    ctx.name[head] === 1 ||
    headClass(ctx, head) !== 'other' ||
    agentiveNoun(ctx.tokens[head]!.lower) ||
    DATA_NOUNS.has(ctx.tokens[head]!.lower) ||
    PARTY_MEMBERS.has(ctx.tokens[head]!.lower) ||
    definiteCamp(ctx, head) ||
    quantifiedPeople(ctx, subject.np.start, subject.np.end, head)
  );
}

/**
 * Whether a quantifier stands alone for people as the subject, pronoun-like ("Some regard the
 * plan as", "Many see it as"), or placed by a phrase of where they are ("Some in the industry",
 * "Many at the bank", "a few among the staff"): not a count of things ("Some of the figures",
 * "Two of the pumps", whose `of` heads a thing) nor a number ("four points to").
 */
function quantifiedPeople(ctx: Context, start: number, end: number, head: number): boolean {
  const toks = ctx.tokens;
  if (head !== start || !QUANTIFIER_PEOPLE.has(toks[head]!.lower)) return false;
  return end === head + 1 || PLACING_PREPS.has(toks[head + 1]?.lower ?? '');
}

/** Quantifiers that stand for people: `some`, `many`, `most`, `several` (not numbers: "four"). */
const QUANTIFIER_PEOPLE = ruleWords('quantifierPeople');

/** Prepositions that place people in a body or a field: `Some in the industry`, `Many at the bank`. */
const PLACING_PREPS: ReadonlySet<string> = new Set(['across', 'among', 'at', 'in', 'within']);

/**
 * Whether the subject of verb `v` is someone who speaks: a person's pronoun, a name, a person or
 * a body, not a thing (`it`, "The trend", "The search") or a document.
 */
export function speakingSubject(ctx: Context, s: Sentence, v: Verb): boolean {
  const subject = subjectOf(ctx, s, v);
  if (!subject) return false;
  if (isPronounSubject(subject)) return !THING_PRONOUNS.has(ctx.tokens[subject.pronoun]!.lower);
  return speakingHead(ctx, subject.np.head);
}

/** Whether the noun at `head` is a name, a person or a body (not a thing or a document). */
export function speakingHead(ctx: Context, head: number): boolean {
  const cls = headClass(ctx, head);
  return (
    ctx.name[head] === 1 ||
    cls === 'name' ||
    cls === 'organisation' ||
    isPersonClass(cls) ||
    agentiveNoun(ctx.tokens[head]!.lower) ||
    PARTY_MEMBERS.has(ctx.tokens[head]!.lower) ||
    definiteCamp(ctx, head)
  );
}

/**
 * Whether the noun at `head` is a side that speaks as one, named by its role with `the`: "The
 * opposition criticised the ruling", "the prosecution disputed", "the leadership welcomed"; not
 * the act or the thing the word also names ("The opposition to the plan", "the defence of the
 * title", "Opposition grew").
 */
function definiteCamp(ctx: Context, head: number): boolean {
  const toks = ctx.tokens;
  if (!CAMPS.has(toks[head]!.lower) || CAMP_ACT_PREPS.has(toks[head + 1]?.lower ?? ''))
    return false;
  // (a modifier may come between: "the party leadership", "the main opposition")
  let k = head - 1;
  while (k > head - 3 && toks[k]?.kind === 'word' && toks[k]!.lower !== 'the') k--;
  return toks[k]?.lower === 'the';
}

/** Sides named by their role: `opposition`, `prosecution`, `defence`, `leadership`. */
const CAMPS: ReadonlySet<string> = new Set([
  'defence',
  'defense',
  'leadership',
  'opposition',
  'prosecution',
]);

/** Prepositions after a camp word that make it an act: "opposition to", "defence of". */
const CAMP_ACT_PREPS: ReadonlySet<string> = new Set(['against', 'from', 'of', 'to']);

/**
 * "Ruiz left the meeting after suggesting that", "before indicating that": an -ing clause after a
 * preposition of time, with a that-clause, whose subject is the clause's speaker (not "The
 * shares fell after suggesting that", nor "after showing the film").
 */
export function speakerAfterPrep(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (!TIME_PREPS_ING.has(toks[v.g - 1]?.lower ?? '') || toks[v.end]?.lower !== 'that')
    return false;
  if (!complementAfterThat(ctx, v.end + 1)) return false;
  // (the -ing clause's subject is the sentence's: "Ana Ruiz left the meeting after suggesting")
  const first = toks[s.first]!;
  if (PERSON_PRONOUNS.has(first.lower)) return true;
  const np = phraseStartingAt(ctx, s.first, v.g);
  return !!np && np.start === s.first && speakingHead(ctx, np.head);
}

/** Pronouns for people at a sentence's start: `he`, `she`, `they`, `we`, `i`. */
export const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'i', 'she', 'they', 'we']);

/** Prepositions of time before an -ing clause: `after`, `before`, `while`. */
const TIME_PREPS_ING: ReadonlySet<string> = new Set(['after', 'before', 'while']);

/** A party by its members' plural ("Republicans pilloried", "Tories lambasted"): a body that speaks. */
export const PARTY_MEMBERS = ruleWords('partyMembers');

/** Documents of data, whose showing states a finding: `polling`, `records`, `figures`. */
export const DATA_NOUNS = ruleWords('dataNouns');

/** Pronouns that stand for a thing or a fact: `it`, `that`, `this`, `which`. */
export const THING_PRONOUNS: ReadonlySet<string> = new Set([
  'it',
  'that',
  'these',
  'this',
  'those',
  'which',
]);
