/**
 * Groups relied on for a stance: "Some villagers were angry", "Some patients' families are angry
 * about the delays", "Farmers' groups are worried", "the founder's family is reluctant to sell",
 * "Producers are desperate to keep it under wraps" (decision 72 of the labelled sets: required
 * with or without a cue). A plural of people, or a family or group, whose `be` (or `remain`,
 * `grow`) is followed by a word of feeling or will about the matter is particular people whose
 * view the story reports; a class in general ("Parents are often anxious", "Teachers tend to be
 * wary") is left to the general-statement filters before this one, and a demonstrative or a
 * pronoun ("those", "they") refers to someone known. Market crowds and the public stay optional
 * (decisions 90, 99), and so does a group the next sentence names as a body (decision 103).
 */
import type { Context } from '../context';
import type { Token } from '../tokenize';
import { isAdverb, isHedgeWord } from '../context';
import { F, ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import { pastPickingClause } from './position';

/** Words of a stance about a matter: `angry`, `worried`, `reluctant`, `divided`, `opposed`. */
const STANCES = ruleWords('stanceAdjectives');
/** Verbs that link a subject to a stance: `is`, `were`, `remain`, `grew`, `seemed`. */
const LINKS = ruleWords('stanceLinks');
/**
 * Market crowds and the public, whose mood is optional at most (decisions 90, 99): `investors`,
 * `shareholders`, `voters`, `consumers`.
 */
const CROWDS = ruleWords('stanceCrowds');
/** Singular heads that stand for several people: `family`, `group`, `camp`. */
const GROUP_HEADS = ruleWords('stanceGroupHeads');
/** Adverbs of a class in general: `often`, `usually`, `generally`, `always`, `typically`. */
const GENERAL_ADVERBS = ruleWords('generalAdverbs');

/** Whether `np`, people or a group, is linked by `be` to a stance. */
export function stanceGroup(ctx: Context, s: Sentence, np: NounPhrase, cls: HeadClass): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if ((!plural(head) && !GROUP_HEADS.has(head)) || CROWDS.has(head)) return false;
  const first = toks[np.start]!;
  // ("Unions are angry": a bare plural body is a sector in general; "Farmers' groups" is not;
  // nor "Airlines were unimpressed": the bodies' mood at the time of the story's event)
  if (cls === 'organisation' && np.start === np.head && !pastLinkAfter(ctx, s, np)) return false;
  if ((first.f & F.PRON) !== 0 || first.lower === 'those' || first.lower === 'these') return false;
  // "There is growing anger among residents", "Concern is mounting among staff": a feeling the
  // story finds in a group is that group's stance, as "Residents are angry" is
  if (feelingAmong(ctx, s, np)) return !namedNext(ctx, s, head);
  // ("Families who sat through her evidence were not impressed": past the clause that picks
  // them out)
  let k = pastAside(ctx, s, pastPickingClause(ctx, s, np, np.end));
  k = pastAdverbAside(ctx, s, k);
  while (k < s.last && plainAdverb(toks[k])) k++;
  // (a perfect or a change in between: "have been split", "are growing anxious", "have grown
  // wary"; a modal would be a guess, "could be angry")
  // "Families of the patients reacted with dismay", "Rival clubs were quick to react": a
  // group's reaction, of feeling or of speed, is its stance on the matter
  if (reaction(ctx, s, k)) return !namedNext(ctx, s, head);
  // "Farmers in the valley fear a poor harvest", "Villagers fear isolation": a verb of fear is a
  // stance as its adjective is
  if (k < s.last && FEARING.has(toks[k]!.lower)) return !namedNext(ctx, s, head);
  if (PERFECT.has(toks[k]?.lower ?? '')) k++;
  // ("have also been left fuming": an adverb after the perfect)
  while (k < s.last && plainAdverb(toks[k])) k++;
  const link = toks[k]?.lower ?? '';
  // ("weren't impressed": a denied link)
  const denied = NEGATED_LINKS.has(link);
  if (k >= s.last || (!LINKS.has(link) && !denied)) return false;
  k++;
  if (k < s.last && CHANGES.has(toks[k]!.lower)) k++;
  // (a degree word or a manner adverb between: "were privately uneasy", "are increasingly angry";
  // not a hedge, "are reportedly unhappy", a state a hedge reports: hedged-act.test.ts)
  while (k < s.last && plainAdverb(toks[k])) k++;
  // "were not impressed", "are less forgiving", "were more cautious", "are no longer convinced":
  // approval denied or graded against another's is a stance too
  let graded = denied || toks[k - 1]?.lower === 'not';
  if (toks[k]?.lower === 'no' && toks[k + 1]?.lower === 'longer') k++;
  if (GRADERS.has(toks[k]?.lower ?? '')) {
    graded = true;
    k++;
  }
  if (k >= s.last) return false;
  const w = toks[k]!.lower;
  // "Villagers are up in arms": an idiom of anger
  if (w === 'up' && toks[k + 1]?.lower === 'in' && toks[k + 2]?.lower === 'arms')
    return !namedNext(ctx, s, head);
  // "Staff are terrified", "Bosses are terrified the clip will leak": a fright in the present is
  // a stance on what is coming; in a past tale it is what the people went through ("Passengers
  // were terrified as the plane dropped")
  const fright = FRIGHTS.has(w) && PRESENT_LINKS.has(link);
  // "Supporters' groups have been critical of the deal": a judgement of something, where
  // "Two passengers remain critical" is a condition
  const judging = w === 'critical' && toks[k + 1]?.lower === 'of';
  return (
    (STANCES.has(w) || fright || judging || (graded && GRADED.has(w))) && !namedNext(ctx, s, head)
  );
}

/**
 * Whether a past link (`were`, `grew`, `became`, past adverbs) follows `np` at once: "Retailers
 * were furious about the outage", "Airlines were unimpressed" tell how particular bodies took the
 * story's event, where "Unions are angry" may be a sector's standing mood.
 */
function pastLinkAfter(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && plainAdverb(toks[k])) k++;
  return k < s.last && PAST_LINKS.has(toks[k]!.lower);
}

/** Past links: `were`, `was`, `grew`, `became`, `remained`, `seemed`, `felt`. */
const PAST_LINKS: ReadonlySet<string> = new Set([
  'became',
  'felt',
  'grew',
  'remained',
  'seemed',
  'was',
  'were',
]);

/**
 * The token after an adverb set off by commas at `k` (", predictably,"), or `k`: "Hoteliers,
 * predictably, are furious" is the writer's aside, the link comes after it.
 */
function pastAdverbAside(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== ',' || toks[k + 2]?.lower !== ',' || k + 3 >= s.last) return k;
  return plainAdverb(toks[k + 1]) ? k + 3 : k;
}

/** Words of fright, a stance only in the present: `terrified`, `horrified`. */
const FRIGHTS: ReadonlySet<string> = new Set(['frightened', 'horrified', 'petrified', 'terrified']);
/** Present links: `are`, `is`, `remain`, `feel`. */
const PRESENT_LINKS: ReadonlySet<string> = new Set(['are', 'feel', 'is', 'remain', 'remains']);

/**
 * Whether `np` follows `among` after a noun of feeling, directly or past a verb of its growth:
 * "anger among residents", "Anger is growing among parents", "There is widespread unease among
 * staff" (not "among the dead", "among them": no feeling; "among investors": a market crowd,
 * which the caller leaves out).
 */
function feelingAmong(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let j = np.start - 1;
  if (j <= s.first || toks[j]!.lower !== 'among') return false;
  // (past "is growing", "has been mounting", "widespread": at most four words)
  for (j--; j >= s.first && j >= np.start - 6; j--) {
    const w = toks[j]!.lower;
    if (FEELINGS.has(w)) return true;
    if (!GROWING.has(w) && !isAdverb(toks[j])) return false;
  }
  return false;
}

/** Words of a feeling's growth or extent between it and `among`: `is growing`, `widespread`. */
const GROWING: ReadonlySet<string> = new Set([
  'been',
  'grew',
  'growing',
  'grows',
  'has',
  'is',
  'mounted',
  'mounting',
  'rising',
  'rose',
  'spreading',
  'was',
  'widespread',
]);

/**
 * The token after a relative clause set off by commas at `k` (", which has no approved
 * treatment,"), or `k`: the clause adds to the phrase, the verb of the group comes after it.
 */
function pastAside(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== ',' || !ASIDE_OPENERS.has(toks[k + 1]?.lower ?? '')) return k;
  for (let j = k + 2; j < s.last && j < k + 16; j++) {
    const t = toks[j]!;
    if (t.lower === ',') return j + 1;
    if (t.kind !== 'word' && t.kind !== 'num') return k;
  }
  return k;
}

/** Relatives that open an aside: `which`, `who`, `whose`. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose']);

/**
 * Whether the verb group at `k` is a reaction: `reacted` or `responded` with a feeling
 * ("reacted with dismay", "responded with cautious optimism"; not "responded with a statement",
 * a message), or `be` quick to react ("were quick to react", "have been swift to respond").
 */
function reaction(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const v = toks[k]?.lower ?? '';
  if (REACTING.has(v)) {
    if (toks[k + 1]?.lower !== 'with') return false;
    // (one adjective may come first: "with cautious optimism", "with open anger")
    const f = k + 2 < s.last && FEELINGS.has(toks[k + 2]!.lower) ? k + 2 : k + 3;
    return f < s.last && FEELINGS.has(toks[f]!.lower);
  }
  if (PERFECT.has(v) && toks[k + 1]?.lower === 'been') k++;
  if (!LINKS.has(toks[k]?.lower ?? '')) return false;
  return (
    k + 3 < s.last &&
    QUICK.has(toks[k + 1]!.lower) &&
    toks[k + 2]!.lower === 'to' &&
    (REACTING.has(toks[k + 3]!.lower) || STANCE_TAKING.has(toks[k + 3]!.lower))
  );
}

/**
 * Verbs of taking a side on the matter, a reaction after `quick to`: "Rival chains were quick to
 * distance themselves", "Fans were quick to condemn the chant" (not "quick to leave": an act).
 */
const STANCE_TAKING: ReadonlySet<string> = new Set([
  'condemn',
  'criticise',
  'criticize',
  'defend',
  'denounce',
  'dismiss',
  'distance',
  'praise',
  'welcome',
]);

/**
 * Verbs of fear for a matter: `fear`, `feared` (not `worry`, as often of a class in general:
 * "Parents worry about screen time").
 */
const FEARING: ReadonlySet<string> = new Set(['fear', 'feared']);
/** Verbs of a reaction: `react`, `respond` and their pasts. */
const REACTING: ReadonlySet<string> = new Set(['react', 'reacted', 'respond', 'responded']);
/** Words of speed before `to react`: `quick`, `swift`. */
const QUICK: ReadonlySet<string> = new Set(['quick', 'swift']);
/** Nouns of a feeling a reaction shows: `dismay`, `anger`, `caution`, `relief`. */
const FEELINGS = ruleWords('reactionFeelings');

/** Perfect auxiliaries before a link: `have`, `has`, `had` ("have been split"). */
const PERFECT: ReadonlySet<string> = new Set(['had', 'has', 'have']);
/** Links of a change after `be` or a perfect: `growing`, `becoming`, `grown`, `become`. */
const CHANGES: ReadonlySet<string> = new Set([
  'become',
  'becoming',
  'getting',
  'grown',
  'growing',
  // "Shoppers have been left furious", "Team-mates were left stunned": a stance an event left
  'left',
]);
/** Links denied in one word: `weren't`, `isn't`. */
const NEGATED_LINKS: ReadonlySet<string> = new Set(["aren't", "isn't", "wasn't", "weren't"]);
/** Words that grade an approval, or deny it (`no longer`'s `longer`): `less`, `more`. */
const GRADERS: ReadonlySet<string> = new Set(['less', 'longer', 'more']);
/** Words of approval or ease that are a stance once denied or graded: `impressed`, `forgiving`. */
const GRADED = ruleWords('gradedStances');

/**
 * Whether the next sentence names, among its first words, a body with the group's own noun:
 * "Supporters are furious. The Ashbury Rovers Supporters' Trust said" (decisions 53, 103).
 */
function namedNext(ctx: Context, s: Sentence, head: string): boolean {
  const toks = ctx.tokens;
  for (let q = s.last; q < toks.length && q < s.last + 10; q++)
    if (ctx.name[q] && toks[q]!.lower === head) return true;
  return false;
}

/** Whether a head is plural by its ending: `villagers`, `families`, `men`, `people`. */
function plural(w: string): boolean {
  return (w.endsWith('s') && !w.endsWith('ss')) || w.endsWith('men') || w === 'people';
}

/** Whether token `t` is an adverb of degree or manner: not a hedge, nor one of a class in general. */
function plainAdverb(t: Token | undefined): boolean {
  return isAdverb(t) && !isHedgeWord(t) && !GENERAL_ADVERBS.has(t!.lower);
}
