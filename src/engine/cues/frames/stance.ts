/**
 * Criticism and praise: stance verbs (`slam`, `blast`, `praise`, `dismiss`) report
 * when someone judges words, a person or a thing done ("slammed the decision", "dismissed the
 * claim"), not when something is handled ("slammed the door", "slammed into the wall", "pointed
 * at the sky"). A new rule about judging verbs and their objects goes here.
 */
import type { Context } from '../../context';
import { isContent, isDet, isPrep, isPunct, isQuote } from '../../context';
import { ruleWords } from '../../lexicon';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import type { Sentence } from '../../sentences';
import { isPronounSubject } from '../../subject/result';
import type { Verb } from '../verb-group';
import { bareIng, subjectOf } from '../verb-group';
import { reportingSubject, THING_PRONOUNS } from './speakers';
import { JUDGED_BY } from './voice';

/**
 * Criticism and praise (`slammed the ruling`, `credited his staff with`, `thanked voters for`)
 * are cues when a speaker judges someone or something; not when a thing does it (`the storm
 * slammed the coast`) or it is done to a thing (`slammed the door`, `credited $5 to`, `hailed a
 * cab`, `slammed into`).
 */
export function stanceFrame(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const n = v.next;
  // "brushed the criticism aside", "laughed that off": the object stands inside the cue
  if (splitObject(v)) return splitStance(ctx, s, v);
  if (!v.passive && v.lemma.includes(' ') && !particleObject(ctx, s, v)) return false;
  // a right to object is no objection made: "shareholders may object", "can object to the deal"
  if (v.lemma === 'object' && v.sawAux && OBJECTION_MODALS.has(toks[v.g]!.lower)) return false;
  if (DISMISSING.has(v.lemma) && !dismissesClaim(ctx, s, v)) return false;
  if (THING_JUDGING.has(v.lemma) && !judgesThing(ctx, s, v)) return false;
  if (n && v.end < s.last) {
    // (`object` takes its target after `to`: "objected to the timing", not "slammed into")
    if (
      (STANCE_BLOCKERS.has(n.lower) && !(v.lemma === 'object' && n.lower === 'to')) ||
      n.kind === 'num' ||
      n.lower === '$'
    )
      return false;
    const np = phraseStartingAt(ctx, v.end, s.last);
    if (np && PHYSICAL_OBJECTS.has(toks[np.head]!.lower)) return false;
    // "played down the left wing", "shot down the slope": a particle verb of motion along a
    // place (not "played down the risks")
    // (the phrase may run on into a time: "the left wing all season"; an owner makes it a
    // faction: "played down its left wing")
    if (np && v.lemma.includes(' ') && toks[np.start]!.lower === 'the')
      for (let k = np.start; k <= np.head; k++)
        if (PLACES_ALONG.has(toks[k]!.lower) && toks[k + 1]?.kind !== 'pos') return false;
    // "pointed to the sky", "pointing to a scar on his arm": a gesture at a place or a thing
    // seen (not "pointed to a drop in ridership", "points to another man")
    if (np && v.lemma === 'point to' && POINTED_AT.has(toks[np.head]!.lower)) return false;
  }
  // "That points to the bigger question": a fact pointing to another is the writer's reasoning
  if (v.lemma === 'point to' && !v.passive && THING_PRONOUNS.has(toks[v.g - 1]?.lower ?? ''))
    return false;
  if (v.passive) return true;
  // "a budget praised by business groups": a reduced passive, its judge after `by`
  if (!v.sawAux && v.next?.lower === 'by' && JUDGED_BY.has(v.lemma) && /ed$/.test(toks[v.i]!.lower))
    return true;
  return reportingSubject(ctx, s, v);
}

/**
 * Whether the active two-word verb of stance `v` has its object: "played down the threat",
 * "played it down" (not "The children played down by the river").
 */
function particleObject(ctx: Context, s: Sentence, v: Verb): boolean {
  const n = ctx.tokens[v.end];
  if (!n || v.end >= s.last || isPunct(n) || isQuote(n)) return false;
  // ("played down that threat": a demonstrative `that` before the object's noun)
  if (n.lower === 'that') return isContent(ctx.tokens[v.end + 1]);
  return !isPrep(n) && phraseStartingAt(ctx, v.end, s.last) !== null;
}

/** Whether particle verb `v` has its object between verb and particle ("shrugged it off"). */
function splitObject(v: Verb): boolean {
  return v.end - v.i > 2 && v.lemma.includes(' ');
}

/**
 * A split particle verb of stance (split-particle.ts) reports when a speaker dismisses or retracts
 * words: its object a pronoun that points back ("laughed that off", "walked it back") or, for
 * verbs of dismissing and retracting, a claim or a plan ("brushed the criticism aside", "walked
 * the remarks back"; not "shrugged the injury off", "walked the dog back").
 */
function splitStance(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const first = toks[v.i + 1]!;
  if (v.end - v.i === 3 && SPLIT_PRONOUNS.has(first.lower)) return reportingSubject(ctx, s, v);
  const np = phraseStartingAt(ctx, v.i + 1, v.end - 1);
  if (!np) return false;
  const head = toks[np.head]!.lower;
  const words = DISMISSING.has(v.lemma)
    ? DISMISSED.has(head)
    : THING_JUDGING.has(v.lemma)
      ? JUDGED_THINGS.has(head)
      : !PHYSICAL_OBJECTS.has(head);
  return words && reportingSubject(ctx, s, v);
}

/** Pronouns that stand for words said as a split particle verb's object: `it`, `that`, `them`. */
const SPLIT_PRONOUNS: ReadonlySet<string> = new Set([
  'it',
  'that',
  'them',
  'these',
  'this',
  'those',
]);

/**
 * Whether what verb `v` of waving away dismisses is a claim or a worry ("brushed off questions
 * about", "shrugged off the criticism", "criticism was laughed off"), not an injury, a tackle or
 * dust ("shrugged off a knee injury", "brushed off the snow").
 */
function dismissesClaim(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.passive) {
    const subject = subjectOf(ctx, s, v);
    return (
      !!subject && !isPronounSubject(subject) && DISMISSED.has(ctx.tokens[subject.np.head]!.lower)
    );
  }
  const np = phraseStartingAt(ctx, v.end, s.last);
  return !!np && DISMISSED.has(ctx.tokens[np.head]!.lower);
}

/**
 * Whether what verb `v` of attacking or backing judges is a plan, a decision or words said
 * ("attacked the timing", "endorsed the proposal", "The bill was panned by", "the plan, rapped
 * by"), not a place, a person or a thing ("attacked a convoy", "endorsed the cheque", "rapped on
 * the door", "panned the camera"). Passive or with its judge after `by`: the thing is before.
 */
function judgesThing(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  if (v.passive || (!v.sawAux && v.next?.lower === 'by')) {
    for (let k = v.g - 1; k >= s.first && k >= v.g - 8; k--)
      if (JUDGED_THINGS.has(toks[k]!.lower)) return true;
    return false;
  }
  // ("the Wolves' attacking game plan", "an attacking plan": an adjective before a noun)
  const before = toks[v.g - 1];
  if (bareIng(ctx, v) && before && (isDet(before) || before.kind === 'pos')) return false;
  const np = phraseStartingAt(ctx, v.end, s.last);
  return !!np && np.start === v.end && JUDGED_THINGS.has(toks[np.head]!.lower);
}

/**
 * Verbs of attacking or backing that report only a judgement of a thing: `attack`, `defend`,
 * `endorse`; and `walk back`, retracting words or a plan ("walked back her remarks", not "walked
 * back to").
 */
const THING_JUDGING: ReadonlySet<string> = new Set([
  'attack',
  'defend',
  'endorse',
  'pan',
  'rap',
  'walk back',
]);

/** What one attacks or backs in words: `plan`, `decision`, `timing`, `remarks`. */
export const JUDGED_THINGS = ruleWords('judgedThings');

/**
 * Verbs of waving something away: `brush off`, `shrug off`, `wave away`, `shoot down` (a claim,
 * not "shot down a helicopter").
 */
const DISMISSING: ReadonlySet<string> = new Set([
  'brush aside',
  'brush off',
  'laugh off',
  'shoot down',
  'shrug off',
  'wave away',
  'wave off',
]);

/** What is waved away when someone speaks: `questions`, `criticism`, `concerns`. */
export const DISMISSED = ruleWords('dismissedThings');

/** Places one moves along or plays down: `wing`, `flank`, `touchline`, `road`, `slope`. */
const PLACES_ALONG: ReadonlySet<string> = new Set([
  'aisle',
  'channel',
  'corridor',
  'flank',
  'hill',
  'lane',
  'middle',
  'road',
  'slope',
  'stairs',
  'street',
  'touchline',
  'track',
  'wing',
]);

/** Particles and prepositions after which a verb of criticism or praise is physical: `slammed into`. */
const STANCE_BLOCKERS = ruleWords('stanceBlockers');

/** Places and things one points at with a hand: `the sky`, `the door`, `a scar`. */
const POINTED_AT = ruleWords('pointedAt');

/** Things handled, not judged: `slammed the door`, `blasted the ball`. */
export const PHYSICAL_OBJECTS = ruleWords('physicalObjects');

/** Modals before `object` that give a right or a supposition, not an objection made. */
const OBJECTION_MODALS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'may',
  'might',
  'would',
  'will',
  'should',
  'shall',
]);
