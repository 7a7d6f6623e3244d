/**
 * Adjectives of stance after `be` with a clause: "The union is adamant that members must be
 * paid", "The council is concerned the road would flood", "Officials remain confident the bridge
 * will reopen". Like `insisted` or `fears`, they report what the subject holds; the cue is the
 * `be` group and the adjective, its source the subject. Not without a clause ("was concerned about
 * the cost", "is confident."), not with `it` or `there` ("It is doubtful that"), and not the
 * speaker's own feeling in the first or second person ("We are confident").
 */
import type { Context } from '../context';
import { isAdverb, isOpenQuote, isPrep, isPunct, isQuote } from '../context';
import { agentiveNoun, BE_FORMS, F, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import type { Sentence } from '../sentences';
import { findSubject } from '../subject/find-subject';
import { isPronounSubject } from '../subject/result';
import type { SubjectResult } from '../subject/result';
import type { Cue } from './cue';
import { pronounOf, sourceOf } from './cue';
import { clauseFollows } from './clause-follows';
import { groupStart } from './verb-group';
import { WH_OPENERS } from './talk-topic';

/** The cue of an adjective of stance at `i`, or undefined when it reports nothing. */
export function stanceAdjectiveCue(ctx: Context, s: Sentence, i: number): Cue | undefined {
  const toks = ctx.tokens;
  const be = linkBefore(ctx, s, i);
  if (be < 0) return undefined;
  // the clause after it, past adverbs: "is adamant that", "is confident the bridge will"
  let k = i + 1;
  // ('remains "confident" the bridge will open': the adjective quoted, the clause after it)
  if (isQuote(toks[k]) && !isOpenQuote(toks[k]) && quotedFrom(ctx, s, be, i)) k++;
  while (k < s.last && isAdverb(toks[k])) k++;
  const n = toks[k];
  if (!aboutQuestion(ctx, s, k)) {
    // ("is deeply concerned about rhetoric that seeks": a topic, not a clause)
    if (!n || k >= s.last || isPunct(n) || isQuote(n) || (isPrep(n) && n.lower !== 'that'))
      return undefined;
    if (!clauseFollows(ctx, s, be, k, toks[i]!.lower)) return undefined;
  }
  const { g } = groupStart(ctx, s, be);
  const subject = findSubject(ctx, s, raisedFrom(ctx, s, g));
  if (!holderSubject(ctx, subject, toks[i]!.lower)) return undefined;
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
 * A question as the stance's topic at `k`: "were anxious about what a long strike would mean",
 * "is worried about whether the bridge will hold" (point 345: a stance adjective with a
 * wh-clause, like one with a that-clause). Not a thing ("was concerned about the cost"), nor a
 * wh-word that opens a noun phrase ("about which route").
 */
function aboutQuestion(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'about' || k + 3 >= s.last) return false;
  const wh = toks[k + 1]!.lower;
  if (!WH_OPENERS.has(wh)) return false;
  // a clause after it: a subject and more ("what a long strike would mean"), or "whether"
  return wh === 'whether' || (toks[k + 2]!.kind === 'word' && !isPrep(toks[k + 2]));
}

/**
 * The token of the linking verb before the adjective at `i`, past adverbs and `not` ("is still
 * not convinced", "remain deeply sceptical"), or -1.
 */
function linkBefore(ctx: Context, s: Sentence, i: number): number {
  const toks = ctx.tokens;
  let k = i - 1;
  // (past an opening quote too: 'is "entirely confident" the process was fair')
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.lower === 'not' || isOpenQuote(toks[k])))
    k--;
  const w = toks[k]?.lower ?? '';
  return k >= s.first && (BE_FORMS.has(w) || REMAIN.has(w)) ? k : -1;
}

/**
 * Whether an opening quote stands between the linking verb at `be` and the adjective at `i`, or
 * right after the linking verb's group ('"remains confident"'), so a closing quote after the
 * adjective ends the adjective's own quotation, not a longer one.
 */
function quotedFrom(ctx: Context, s: Sentence, be: number, i: number): boolean {
  const toks = ctx.tokens;
  for (let k = i - 1; k >= s.first && k >= be - 1; k--) if (isOpenQuote(toks[k])) return true;
  return false;
}

/**
 * Where the subject of the infinitive `to be` at `g` is found: the hedge's verb group before it
 * ("Army chiefs are said to be concerned that", "The board seems to be convinced that": point
 * 324), else `g` itself.
 */
function raisedFrom(ctx: Context, s: Sentence, g: number): number {
  const toks = ctx.tokens;
  const r = g - 2;
  if (toks[g - 1]?.lower !== 'to' || r < s.first || (toks[r]!.f & F.RAISING) === 0) return g;
  return groupStart(ctx, s, r).g;
}

/** Linking verbs of a lasting stance: `remains confident`. */
const REMAIN: ReadonlySet<string> = new Set(['remain', 'remained', 'remaining', 'remains']);

/**
 * Whether the subject found can hold a stance: a person, a body, a document or a name, or a
 * third-person pronoun (not `it`, `there`, `I`, `we`, `you`).
 */
function holderSubject(ctx: Context, subject: SubjectResult, adjective: string): boolean {
  if (!subject) return false;
  if (isPronounSubject(subject)) {
    const p = ctx.tokens[subject.pronoun]!.lower;
    // "The ministry said it was confident the act would survive": `it` for a body, since only a
    // holder is confident or convinced (not the impersonal "It is doubtful that")
    return THIRD_PERSON.has(p) || (p === 'it' && !IMPERSONAL_ADJECTIVES.has(adjective));
  }
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

/** Adjectives of stance that also take the impersonal `it`: "It is doubtful that". */
const IMPERSONAL_ADJECTIVES: ReadonlySet<string> = new Set(['doubtful']);

/** A party by its members' plural: "Republicans are convinced that". */
const PARTY_MEMBERS = ruleWords('partyMembers');
