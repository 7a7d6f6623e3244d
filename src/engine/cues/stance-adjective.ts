/**
 * Adjectives of stance after `be` with a clause: "The union is adamant that members must be
 * paid", "The council is concerned the road would flood", "Officials remain confident the bridge
 * will reopen". Like `insisted` or `fears`, they report what the subject holds; the cue is the
 * `be` group and the adjective, its source the subject. Not without a clause ("was concerned about
 * the cost", "is confident."), not with `it` or `there` ("It is doubtful that"), and not the
 * speaker's own feeling in the first or second person ("We are confident").
 */
import type { Context } from '../context';
import { isAdverb, isPrep, isPunct, isQuote } from '../context';
import { agentiveNoun, BE_FORMS, F, REPORTING_VERBS, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import { isPronounSubject } from '../subject/result';
import type { SubjectResult } from '../subject/result';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import { clauseFollows } from './clause-follows';
import { groupStart } from './verb-group';

/** The cue of an adjective of stance at `i`, or undefined when it reports nothing. */
export function stanceAdjectiveCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const be = linkBefore(ctx, s, i);
  if (be < 0) return undefined;
  // the clause after it, past adverbs: "is adamant that", "is confident the bridge will"
  let k = i + 1;
  while (k < s.last && isAdverb(toks[k])) k++;
  const n = toks[k];
  // ("is deeply concerned about rhetoric that seeks": a topic, not a clause)
  if (!n || k >= s.last || isPunct(n) || isQuote(n) || (isPrep(n) && n.lower !== 'that'))
    return undefined;
  if (!clauseFollows(ctx, s, be, i + 1, toks[i]!.lower)) return undefined;
  const { g } = groupStart(ctx, s, be);
  if (reportedContent(ctx, s, g)) return undefined;
  const subject = findSubject(ctx, s, g);
  if (!holderSubject(ctx, subject)) return undefined;
  return {
    start: g,
    end: i + 1,
    cue: 'stance',
    source: sourceOf(subject),
    pronoun: pronounOf(subject),
    shares: false,
    passive: false,
  };
}

/**
 * The token of the linking verb before the adjective at `i`, past adverbs and `not` ("is still
 * not convinced", "remain deeply sceptical"), or -1.
 */
function linkBefore(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  let k = i - 1;
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.lower === 'not')) k--;
  const w = toks[k]?.lower ?? '';
  return k >= s.first && (BE_FORMS.has(w) || REMAIN.has(w)) ? k : -1;
}

/**
 * Whether the group at `g` is inside what a reporting verb before it reports: "His lawyer said
 * the samples were mishandled and that he was confident the rider would be cleared" (the
 * lawyer's words, already credited).
 */
function reportedContent(ctx: Context, s: Sentence, g: number): boolean {
  const toks = ctx.tokens;
  let that = false;
  for (let k = g - 1; k >= s.first; k--) {
    if (toks[k]!.lower === 'that') that = true;
    else if (that && (toks[k]!.f & F.REPORT) !== 0 && REPORTING_VERBS.has(toks[k]!.lower))
      return true;
  }
  return false;
}

/** Linking verbs of a lasting stance: `remains confident`. */
const REMAIN: ReadonlySet<string> = new Set(['remain', 'remained', 'remaining', 'remains']);

/**
 * Whether the subject found can hold a stance: a person, a body, a document or a name, or a
 * third-person pronoun (not `it`, `there`, `I`, `we`, `you`).
 */
function holderSubject(ctx: Context, subject: SubjectResult): boolean {
  if (!subject) return false;
  if (isPronounSubject(subject)) return THIRD_PERSON.has(ctx.tokens[subject.pronoun]!.lower);
  const head = subject.np.head;
  const cls = headClass(ctx, head);
  return (
    ctx.name[head] === 1 ||
    (cls !== 'other' && cls !== 'nonAgent') ||
    agentiveNoun(ctx.tokens[head]!.lower) ||
    PARTY_MEMBERS.has(ctx.tokens[head]!.lower)
  );
}

const THIRD_PERSON: ReadonlySet<string> = new Set(['he', 'she', 'they']);

/** A party by its members' plural: "Republicans are convinced that". */
const PARTY_MEMBERS = ruleWords('partyMembers');
