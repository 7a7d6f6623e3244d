/**
 * Where an unnamed candidate stands in its clause: subject of a verb, subject of a raising hedge
 * (`are said to have complained`), subject of a passive (acted upon), a copula's subject, an agent
 * after `by`; and clauses that make its subject no actor (a victim of harm, a market sector moving).
 */
import type { Context } from '../context';
import {
  isAdverb,
  isDet,
  isAux,
  isContent,
  isOpenQuote,
  isPrep,
  isPunct,
  isTimeWord,
  isVerbLike,
  isWord,
} from '../context';
import {
  BE_FORMS,
  F,
  HEDGE_WORDS,
  IRREGULAR_PAST,
  REPORTING_VERBS,
  ruleWords,
  STATIVE_PARTICIPLES,
} from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import type { NounPhrase } from '../phrase/noun-phrase';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { isPlural } from './find-unnamed';
import { timeAside } from './leading-time';
import { placedGroupAtWork, STATE_ING } from './placed-group';
import { arrangedAct } from './planned-acts';
import { DESCRIBED_OR_RECALLED } from './perceived';
import { ACT_PAST } from './verb-lexicon';

/** Where the phrase sits: subject of a verb (active or passive), agent after `by`, or elsewhere. */
export function position(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
): 'subject' | 'raised' | 'passiveSubject' | 'copula' | 'agent' | 'other' {
  const toks = ctx.tokens;
  // "in talks with a rival network circulated": a preposition's object is no subject
  const lead0 = toks[np.start - 1];
  if (lead0 && OBJECT_PREPS.has(lead0.lower)) return 'other';
  // ("a rival bid from a Gulf investor was being considered": the verb after a `from` phrase is
  // its head's)
  if (lead0 && lead0.lower === 'from') return fromPosition(ctx, np);
  // "pushed a major carmaker to delay its launch": the object of a verb of causing does what the
  // infinitive says
  if (lead0 && causedToAct(ctx, np)) return 'subject';
  // "watched a gang of youths storming the museum", "footage shows two groups fighting": the
  // object of an active verb of perception does what its -ing participle says
  // (not a verb of telling or memory: "describes a company facing ruin", "recalled a neighbour
  // shouting")
  if (
    lead0 &&
    (lead0.f & F.AUX) === 0 &&
    seenActing(ctx, np.start - 1, np.end) &&
    !DESCRIBED_OR_RECALLED.test(lead0.lower)
  )
    return 'subject';
  // "A page set up by friends had raised", "photographs submitted by residents had been left
  // out": the verb after a `by` agent is the verb of the noun its participle follows
  if (lead0 && lead0.lower === 'by') return 'agent';
  let k = includedEnd(ctx, s, np.end);
  // "one pollster who has surveyed the district put the race", "a man wearing a dark jacket
  // walked in": the verb after the clause that picks the person or body out is the phrase's
  k = pastPickingClause(ctx, s, np, k);
  if (isPunct(toks[k], ',')) {
    // skip an aside: ", who ... ," or ", a spokeswoman,"
    let q = k + 1;
    // (not a verb: "the group that controls most of the city, blamed": the clause went on)
    const verbNext =
      isWord(toks[q]) &&
      (isVerbLike(toks[q]) || (toks[q]!.f & F.REPORT) !== 0) &&
      !isAdverb(toks[q]);
    while (q < s.last && !isPunct(toks[q], ',') && !isPunct(toks[q], '.')) q++;
    if (isPunct(toks[q], ',') && (!verbNext || participleAside(ctx, s, k + 1, q))) k = q + 1;
  }
  // "the second lab and the third lab said": the first of two coordinated subjects
  // (only where a clause starts: not "elected a president and parliament dominated by")
  const lead = toks[np.start - 1];
  const clauseStart =
    np.start === s.first ||
    !lead ||
    isPunct(lead) ||
    lead.kind === 'quote' ||
    (isAdverb(lead) &&
      (np.start - 1 === s.first ||
        toks[np.start - 2]!.kind === 'quote' ||
        isPunct(toks[np.start - 2])));
  if (clauseStart && (toks[k]?.lower === 'and' || toks[k]?.lower === 'or') && k + 1 < s.last) {
    const other = phraseStartingAt(ctx, k + 1, s.last);
    if (other && other.head === other.end - 1) k = other.end;
  }
  // (a hedge in the verb group: "Wholesalers have reportedly begun hoarding")
  let hedged = false;
  while (k < s.last && (isAdverb(toks[k]) || HEDGE_WORDS.has(toks[k]!.lower))) {
    if (HEDGE_WORDS.has(toks[k]!.lower)) hedged = true;
    k++;
  }
  const v = toks[k];
  if (v && k < s.last && isWord(v)) {
    if (isAux(v)) {
      // "other airlines had been infiltrated": the subject of a passive is acted upon
      let q = k;
      let last = v;
      while (q < s.last && (isAux(toks[q]) || isAdverb(toks[q]) || insertedTime(toks, q))) {
        if (isAux(toks[q])) last = toks[q]!;
        else if (HEDGE_WORDS.has(toks[q]!.lower)) hedged = true;
        // ("Health chiefs were last night accused": a time set inside the verb group)
        else if (insertedTime(toks, q)) q++;
        q++;
      }
      // ("rivals were \"spreading rumours\"": a quotation that opens on the verb's -ing form)
      if (isOpenQuote(toks[q]) && /[a-z]{3}ing$/.test(toks[q + 1]?.lower ?? '')) q++;
      const part = toks[q];
      // "Some wholesalers have reportedly begun hoarding", "Rival bidders are allegedly
      // colluding": a hedge reports a particular act of people the story cannot or will not name
      if (hedged && part && hedgedAct(ctx, np, last, part)) return 'raised';
      // "Two rival clubs are understood to be monitoring him": the subject of a raising hedge
      // does what the infinitive says
      if (
        last &&
        BE_FORMS.has(last.lower) &&
        part &&
        (part.f & F.RAISING) !== 0 &&
        toks[q + 1]?.lower === 'to'
      )
        return 'raised';
      // "a consumer group is expected to file", "a group of shareholders is preparing to oppose
      // the deal": what the subject is about to do, or is doing
      if (last && BE_FORMS.has(last.lower) && part && toks[q + 1]?.lower === 'to') {
        if (FUTURE_ACTS.has(part.lower)) return 'subject';
        if (/[a-z]{3}ing$/.test(part.lower)) return 'subject';
      }
      // "Bus drivers are to vote on strike action", "A nurse is to appeal the ruling": `be to`
      // with a plain verb tells of an act people have arranged; "are to be questioned", a passive
      // ahead (a body's `be to` is mostly its plan the story is about: "A crisis service in the
      // city is to stop taking calls")
      const arranged =
        last &&
        BE_FORMS.has(last.lower) &&
        last.lower !== 'been' &&
        part?.lower === 'to' &&
        isPersonClass(headClass(ctx, np.head));
      if (arranged) {
        const w = toks[q + 1];
        if (w?.lower === 'be') return 'passiveSubject';
        if (isWord(w) && !ctx.name[q + 1] && (w.f & (F.AUX | F.FUNC | F.DET)) === 0)
          return 'subject';
      }
      if (
        last &&
        BE_FORMS.has(last.lower) &&
        part &&
        (/[a-z]ed$|en$/.test(part.lower) || (part.f & F.IRREGULAR) !== 0) &&
        // ("directors were open to selling": an adjective in -en)
        part.lower !== 'open'
      )
        // "Armed men were seen entering the building", "a man can be heard offering to": seen or
        // heard doing something, they act
        return seenActing(ctx, q) ? 'subject' : 'passiveSubject';
      // "A combined company would employ": a hypothetical body does not act
      if (v.lower === 'would' || v.lower === 'could' || v.lower === 'might') return 'other';
      // "Hedge funds have been building short positions", "a criminal group is selling access": a
      // body's progressive tells of an act under way (not what befalls: "is struggling"; people's
      // progressives are often scenery: "two men were walking their dogs")
      if (
        last &&
        BE_FORMS.has(last.lower) &&
        part &&
        isWord(part) &&
        /[a-z]{3}ing$/.test(part.lower) &&
        !UNDERGOING_ING.has(part.lower) &&
        !ctx.name[q] &&
        ((headClass(ctx, np.head) === 'organisation' && !namesBeyondPlace(ctx, np)) ||
          // ("Campaign volunteers in Dorset County have been knocking on doors")
          placedGroupAtWork(ctx, np, q) ||
          // ("Two senators are circulating a letter", "a major producer was considering cuts")
          occupationAtWork(ctx, np, q))
      )
        return 'subject';
      // "Residents are planning a protest": a group arranging an act of its own (planned-acts.ts)
      if (last && BE_FORMS.has(last.lower) && arrangedAct(ctx, s, q)) return 'subject';
      // "a man was missing": a description, not an act
      if (last && BE_FORMS.has(last.lower) && !(part && (part.f & F.IRREGULAR) !== 0))
        return 'copula';
      return 'subject';
    }
    // ("Rival bidders reportedly walked away": a past act)
    if (hedged && participle(v) && !ctx.name[k] && reportedGroup(ctx, np)) return 'raised';
    // (by its flag: "a memo seen by the paper" is no reporting verb, seeing-as.ts)
    if (isVerbLike(v) || (v.f & F.REPORT) !== 0) return 'subject';
    // "Fans plan to protest", "Residents vow to fight on": a word of intent that could be a noun
    // is the verb when `to` and a plain verb follow it right after the subject
    if (INTENT_VERBS.has(v.lower) && toks[k + 1]?.lower === 'to' && isWord(toks[k + 2]))
      return 'subject';
    // short and irregular past forms: "sued", "fled", "took"
    if (
      !ctx.name[k] &&
      ((v.f & F.IRREGULAR) !== 0 || /[a-z]ed$/.test(v.lower)) &&
      headClass(ctx, k) === 'other' &&
      // "a man set to die", "a firm based in": reduced relatives (not a past that is no
      // participle: "Fans took to social media", "Villagers rose against")
      !(
        toks[k + 1] &&
        (toks[k + 1]!.lower === 'to' || isPrep(toks[k + 1])) &&
        !IRREGULAR_PAST.has(v.lower)
      )
    )
      return 'subject';
    if (/[a-z]s$/.test(v.lower) && !ctx.name[k] && headClass(ctx, k) === 'other') return 'subject';
    // after a plural head an unknown content word is the verb ("the men face", "allegedly ran"):
    // a compound would have made that word the head
    if (
      (AGENT_PEOPLE.has(toks[np.head]!.lower) || pluralBodyVerb(ctx, s, np, k)) &&
      isPlural(toks[np.head]!.lower) &&
      isContent(v) &&
      !ctx.name[k] &&
      headClass(ctx, k) === 'other'
    )
      return 'subject';
  }
  const b = toks[np.start - 1]?.lower;
  if (byBefore(ctx, np)) return 'agent';
  const first = toks[np.start]!;
  if (b === 'for' && (first.lower === 'a' || first.lower === 'an')) return 'agent';
  return 'other';
}

/**
 * Whether token `k`, a lowercase word after a body's head with only adverbs between, opens a
 * verb with its object in a source's account: "one physician said some clubs simply ignore the
 * rule", "Gangs now control much of the area, according to residents" (not a headline's capital,
 * "Eight Nations Strike Deal", nor a word after an aside, nor a compound's noun before `and`:
 * "honest services fraud and lying"; nor the generic present of a body no one reports on: "Some
 * website operators take privacy more seriously").
 */
function pluralBodyVerb(ctx: Context, s: Sentence, np: NounPhrase, k: number): boolean {
  const toks = ctx.tokens;
  if (headClass(ctx, np.head) !== 'organisation' || toks[k]!.cap || /ing$/.test(toks[k]!.lower))
    return false;
  for (let j = np.end; j < k; j++) if (!isAdverb(toks[j])) return false;
  const next = toks[k + 1];
  if (!next || ((next.f & (F.DET | F.QUANT | F.PRON)) === 0 && !OBJECT_QUANTITIES.has(next.lower)))
    return false;
  // a reporting verb before the phrase, or `according to` in the sentence
  for (let j = s.first; j < s.last; j++) {
    const t = toks[j]!;
    if (j < np.start && (t.f & F.REPORT) !== 0 && REPORTING_VERBS.has(t.lower)) return true;
    if (t.lower === 'according' && toks[j + 1]?.lower === 'to') return true;
  }
  return false;
}

/** Quantities that open an object: "control much of the area", "own most of the land". */
const OBJECT_QUANTITIES: ReadonlySet<string> = new Set(['all', 'half', 'more', 'most', 'much']);

/**
 * Whether the aside from `from` to the comma at `close` is a reduced relative, a past participle
 * with its preposition ("A rival faction, formed after a split last year, is thought to control",
 * "One of the companies, registered to an apartment in Alsund, placed orders"), with a verb group
 * right after the comma: the phrase's own verb comes after it.
 */
function participleAside(ctx: Context, s: Sentence, from: number, close: number): boolean {
  const toks = ctx.tokens;
  const p = toks[from]!;
  if (!/[a-z]ed$/.test(p.lower) && (p.f & F.IRREGULAR) === 0) return false;
  if (!isPrep(toks[from + 1])) return false;
  const v = toks[close + 1];
  return close + 1 < s.last && isWord(v) && (isAux(v) || isVerbLike(v));
}

/**
 * Whether a hedged verb group tells of a particular act: a perfect ("have reportedly begun") or a
 * progressive ("are reportedly holding back"), not a passive nor a state ("are reportedly
 * unhappy"), of a group the hedge can report on.
 */
function hedgedAct(ctx: Context, np: NounPhrase, last: Token, part: Token): boolean {
  if (!isWord(part) || !reportedGroup(ctx, np)) return false;
  const aux = last.lower;
  if (aux === 'have' || aux === 'has' || aux === 'had')
    return participle(part) && part.lower !== 'been';
  return (aux === 'are' || aux === 'were' || aux === 'been') && /[a-z]{3}ing$/.test(part.lower);
}

/**
 * Whether a hedge may report the act of `np`: bodies and people by what they do, not documents
 * (whose "reportedly shows" is the document's claim) nor plain people (`men`, `families`), whom
 * the subject rules read by their own tests.
 */
function reportedGroup(ctx: Context, np: NounPhrase): boolean {
  const cls = headClass(ctx, np.head);
  return cls !== 'document' && cls !== 'person' && cls !== 'nonAgent';
}

/** Verbs of causing or pressing someone to act: `forced`, `prompted`, `pushed`, `led`. */
const OBJECT_CONTROL = ruleWords('objectControlVerbs');
/** Verbs of paying someone to act: `paid`, `paying`, `bribed`. */
const PAYING: ReadonlySet<string> = new Set(['bribed', 'bribing', 'paid', 'pay', 'paying', 'pays']);

/**
 * Whether `np` is the object of a verb of causing before an infinitive, and so the one who does
 * what it says: "the slump forced two regional lenders to close branches", "prompted a rival
 * network to bid". Not a person noun, whom force is used on ("forced a woman to hand over her
 * bag": a victim), nor `to` before a phrase ("pushed a bill to the floor").
 */
export function causedToAct(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const verb = toks[np.start - 1];
  // ("accused of paying a marketing firm to flood review sites": one paid to do a thing does it)
  if (
    !verb ||
    (!OBJECT_CONTROL.has(verb.lower) && !PAYING.has(verb.lower)) ||
    toks[np.end]?.lower !== 'to'
  )
    return false;
  // (a word: a sentence's end is punctuation)
  const v = toks[np.end + 1];
  if (!v || !isWord(v) || (v.f & (F.DET | F.QUANT | F.PREP)) !== 0 || ctx.name[np.end + 1])
    return false;
  return headClass(ctx, np.head) !== 'person';
}

/**
 * The end of a counted part named after `including` at `k` ("Hedge funds including at least two
 * based in Haverton have built", "Creditors including two pension funds have rejected"), over
 * its participle phrase; `k` when there is none.
 */
function includedEnd(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  if (toks[k]?.lower !== 'including') return k;
  const part = phraseStartingAt(ctx, k + 1, s.last);
  if (!part) return k;
  let end = part.end;
  // (a participle phrase: "at least one based in Kessing")
  const p = toks[end];
  if (p && isWord(p) && /[a-z]ed$/.test(p.lower) && isPrep(toks[end + 1])) {
    const place = phraseStartingAt(ctx, end + 2, s.last);
    if (place) end = place.end;
  }
  return end;
}

/**
 * Where a phrase after `from` stands: "from a law firm acting for a large phone maker" is a
 * specific but unnamed body; "interest from at least two rivals", "bids from three buyers" a
 * counted number of them alike, and "from at least one other suitor" one of them at the least
 * (not "demands from several governments", a vague many).
 */
function fromPosition(ctx: Context, np: NounPhrase): 'agent' | 'other' {
  const first = ctx.tokens[np.start]!.lower;
  if (first === 'a' || first === 'an') return 'agent';
  return atLeastOne(ctx, np) || counted(ctx, np) ? 'agent' : 'other';
}

/** Words after `be` and before `to` that tell what the subject will do: `is expected to file`. */
const FUTURE_ACTS = ruleWords('futureActs');
/** Present verbs of intent that are also nouns: `plan`, `vow`, `pledge`, `promise`. */
const INTENT_VERBS: ReadonlySet<string> = new Set(['plan', 'pledge', 'promise', 'vow']);
/** Progressives of what befalls someone: `struggling`, `dying`, `missing`. */
const UNDERGOING_ING = ruleWords('undergoingProgressives');

/** Number words: `two`, `three`, `dozens`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Whether a phrase starts with a number word: `two rivals`, `at least two firms`. */
function counted(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.start;
  const w = toks[k]!.lower;
  if (
    (w === 'at' && toks[k + 1]?.lower === 'least') ||
    (w === 'more' && toks[k + 1]?.lower === 'than')
  )
    k += 2;
  const t = toks[k];
  // (a number in words, as news style writes a few; digits count a statistic: "from 268 developers")
  return !!t && k < np.head && NUMBER_WORDS.has(t.lower);
}

/** Whether a phrase starts `at least one` before its head: `at least one other bidder`. */
function atLeastOne(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.start;
  return (
    toks[k]!.lower === 'at' &&
    toks[k + 1]?.lower === 'least' &&
    toks[k + 2]?.lower === 'one' &&
    k + 2 < np.head
  );
}

/** Prepositions that are never subordinators: their object cannot be a clause's subject. */
const OBJECT_PREPS = ruleWords('objectPrepositions');

/** Participles of harm or care: their passive subject is a victim, not an actor. */
const HARM_PARTICIPLES = ruleWords('harmParticiples');

/** Whether `np` is the subject of a passive of harm or care: "two firefighters were treated". */
export function harmedSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  return harmFollows(ctx, s, np.end);
}

/**
 * Whether a passive of harm or care follows token `k`, past auxiliaries and adverbs: "were
 * killed", "was seriously injured".
 */
export function harmFollows(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  return k < s.last && HARM_PARTICIPLES.has(toks[k]!.lower);
}

/** Participles of being contacted: their passive subject is whom a message reached. */
const CONTACT_PARTICIPLES = ruleWords('contactParticiples');

/**
 * Whether `np` is the subject of a passive of being contacted or told of something: "lawyers
 * have been contacted", "staff were notified", "officers had been made aware" (whom a message
 * reached, not an actor; an instruction, "were instructed not to", is the actor's to carry out).
 */
export function contactedSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  if (k >= s.last || !isAux(toks[k - 1])) return false;
  const w = toks[k]!.lower;
  return CONTACT_PARTICIPLES.has(w) || (w === 'made' && toks[k + 1]?.lower === 'aware');
}

/** Past verbs of what befalls someone, not what they do: `died`, `collapsed`. */
const UNDERGOING_VERBS = ruleWords('undergoingVerbs');

/** Participles of sending a service somewhere: `called`, `summoned`, `dispatched`. */
const SUMMONED: ReadonlySet<string> = new Set([
  'called',
  'dispatched',
  'scrambled',
  'sent',
  'summoned',
]);

/**
 * Whether `np` is the subject of a passive of being sent for, followed by where or what for:
 * "Police were called to the property", "officers had been dispatched to the scene", "police
 * were called out". A service summoned to an incident comes and acts in it (the first thing the
 * story tells it did), unlike people only told of something (`contactedSubject`).
 */
export function summonedSubject(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  if (k >= s.last || !isAux(toks[k - 1]) || !SUMMONED.has(toks[k]!.lower)) return false;
  const w = toks[k + 1]?.lower;
  return w === 'to' || w === 'out' || w === 'in' || w === 'after' || w === 'at';
}

/** Verbs of price movement: their subject is a market sector (`lenders slipped 2%`). */
const MARKET_MOVES = ruleWords('marketMoves');

/**
 * Prepositions of a place or a cause after `rallied` that tell of people gathering, not of a price:
 * "Nurses rallied outside the hospital", "Fans rallied behind the manager" (a sector rallies by a
 * figure or in trading: "lenders rallied 3%", "rallied in afternoon trade").
 */
const RALLY_PLACES: ReadonlySet<string> = new Set([
  'across',
  'against',
  'around',
  'at',
  'behind',
  'near',
  'outside',
]);

/** Whether a verb of price movement follows at `k` (after adverbs). */
export function marketMove(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  if (k >= s.last || !MARKET_MOVES.has(toks[k]!.lower)) return false;
  return !(toks[k]!.lower === 'rallied' && RALLY_PLACES.has(toks[k + 1]?.lower ?? ''));
}

/** Plain descriptions that count as unnamed actors when they act: `the four men ran`. */
const AGENT_PEOPLE = ruleWords('agentPeople');

/** Modals of a rule or an ability, said of a whole class: `Teachers must report by 7:15`. */
const CLASS_MODALS = ruleWords('classModals');
/** Quantifiers of a class in general: `Most clubs have a bar`. */
const CLASS_QUANTIFIERS = ruleWords('classQuantifiers');

/**
 * Whether a plural `np` stands for a class in a general statement, not for actors the story
 * withholds: a class modal after it (`Teachers must report`), or a described or quantified class
 * (`Disruptive companies talk a good game`, `Most clubs have a bar`) or a headline's bare plural
 * (`Nurses walk out`) before a verb in the plain present.
 */
export function genericClass(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  headline: boolean,
): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (!isPlural(toks[np.head]!.lower) || ctx.name[np.head]) return false;
  const quantified = CLASS_QUANTIFIERS.has(first.lower);
  if (!quantified && ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num')) return false;
  for (let q = np.start; q < np.end; q++) if (toks[q]!.kind === 'pos' || ctx.name[q]) return false;
  let k = np.end;
  // ("Privacy campaigners last night demanded": a time before the verb, not a verb `last`)
  if (insertedTime(toks, k)) k += 2;
  while (k < s.last && isAdverb(toks[k])) k++;
  const v = toks[k];
  if (!v || k >= s.last || !isWord(v)) return false;
  // "Teachers must report"; but "consumer groups can comment" speaks
  if (CLASS_MODALS.has(v.lower)) return ((toks[k + 1]?.f ?? 0) & F.REPORT) === 0;
  // the plain present says nothing of tense in mid-sentence ("ignored city regulators and"): only
  // a class that opens its sentence (after a quote mark) is read as a general statement
  const described = quantified || np.head > np.start || headline;
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (!described || open !== np.start) return false;
  // "have a bar", not "have found" or "have reportedly contacted": `have` as a verb, not an
  // auxiliary
  if (v.lower === 'have') {
    let q = k + 1;
    // (and "have not yet determined")
    while (q < s.last && (isAdverb(toks[q]) || toks[q]!.lower === 'not')) q++;
    return !participle(toks[q]);
  }
  return (
    isContent(v) &&
    !isAux(v) &&
    !participle(v) &&
    !/(?:s|ing)$/.test(v.lower) &&
    (v.f & (F.DET | F.QUANT | F.PREP)) === 0 &&
    !ctx.name[k] &&
    headClass(ctx, k) === 'other'
  );
}

/** Whether a token looks like a past form or participle: `found`, `taken`, `ran`. */
function participle(t: Token | undefined): boolean {
  if (!t || !isWord(t)) return false;
  return /[a-z](?:ed|en)$/.test(t.lower) || (t.f & F.IRREGULAR) !== 0;
}

/** Participles of what someone undergoes, not does: `costs borne by`, `losses suffered by`. */
const UNDERGOING_PARTICIPLES = ruleWords('undergoingParticiples');

/**
 * Whether `np` is the by-agent of a passive of undergoing (`costs borne by the growers`, `the
 * losses suffered by small lenders`): those who bear a cost or a harm are not actors the story
 * withholds.
 */
export function undergoingAgent(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'by') return false;
  let k = np.start - 2;
  while (k > s.first && isAdverb(toks[k])) k--;
  return k >= s.first && UNDERGOING_PARTICIPLES.has(toks[k]!.lower);
}

/** The generic reader or user a text addresses: `the user`, `the reader`. */
const GENERIC_USERS = ruleWords('genericUsers');
/** Verbs that follow a generic user in a statement of what anyone can do: `the user can`. */
const ABILITY_VERBS: ReadonlySet<string> = new Set([
  'can',
  'could',
  'gets',
  'has',
  'may',
  'must',
  'needs',
  'should',
  'will',
]);

/**
 * Whether `np` is the generic user of a product or reader of a text in a statement of what
 * anyone can do (`In the editor, the user can select a query`, `Now the user has full control`):
 * the public in general, not an actor the story withholds.
 */
export function genericUser(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.start + 1 || np.end !== np.head + 1)
    return false;
  if (!GENERIC_USERS.has(toks[np.head]!.lower)) return false;
  let k = np.end;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k < s.last && ABILITY_VERBS.has(toks[k]!.lower);
}

/**
 * Whether `np`, headed by an occupation (a noun for what people do: `senators`, `producers`,
 * `sellers`), is the subject of the progressive whose -ing form is at `q` with its object or
 * particle right after it ("are circulating a letter", "was considering output cuts", "had been
 * working at the property"): an occupation's people at work on something are a particular group
 * acting, where bare people at a progressive are often scenery ("two men were walking their
 * dogs"). Only a new mention, not a definite one the story already has ("the driver was
 * cooperating") nor a bare singular, a surname that is an occupation word ("Farrier is considering"); not a state
 * of mind or of staying put ("are hoping for", "were sitting in").
 */
function occupationAtWork(ctx: Context, np: NounPhrase, q: number): boolean {
  const toks = ctx.tokens;
  if (headClass(ctx, np.head) !== 'occupation' || ctx.name[np.head]) return false;
  // (a state of mind or staying put, or waiting: `are hoping`, `were waiting`)
  if (STATE_ING.has(toks[q]!.lower) || toks[q]!.lower === 'waiting') return false;
  // (a new mention: not "the driver was cooperating", a person the story already has)
  const first = toks[np.start]!;
  if (first.lower === 'the' || (first.f & F.PRON) !== 0 || first.kind === 'pos') return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // (a singular needs its determiner: a bare "Farrier is considering" is a surname)
  if (np.start === np.head && !isPlural(toks[np.head]!.lower)) return false;
  const next = toks[q + 1];
  return isWord(next) && (!next.cap || isDet(next)) && !ctx.name[q + 1];
}

/** Whether a proper name stands inside `np`: `Delegations from the Kesh government`. */
/**
 * Whether the name at `k`, after `np`'s core, is a place that ends the phrase: one the places
 * know, or a name that alone follows `in`, `across` or `near` right after the core ("distributors
 * in Varnia").
 */
function placeAt(ctx: Context, np: NounPhrase, k: number): boolean {
  // (the name ends the phrase: not a place that modifies another body, "Delegations from the Kesh
  // government")
  for (let q = k + 1; q < np.end; q++) if (!ctx.name[q]) return false;
  if (isPlaceName(ctx, k)) return true;
  const lead = ctx.tokens[np.coreEnd]?.lower ?? '';
  return k === np.coreEnd + 1 && np.end === k + 1 && PLACE_PREPS.has(lead);
}

/** Prepositions of where a body is: `in`, `across`, `near`. */
const PLACE_PREPS: ReadonlySet<string> = new Set(['across', 'in', 'near']);

/**
 * Whether a name stands in `np` other than a place after its core: "Medical suppliers in Varnia"
 * and "cooperatives in the province of Orvel" are bodies of a place, not named (decision 101's
 * placed bodies), while "Acme suppliers" or "a unit of Acme" carry the name of a body.
 */
function namesBeyondPlace(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.end; k++)
    if (ctx.name[k] && !(k >= np.coreEnd && placeAt(ctx, np, k))) return true;
  return false;
}

/** Subject pronouns: one after a relative verb opens a clause of its own ("who said he was"). */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

/** Words that join a second verb or clause: past them the main verb is not told apart. */
const JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'that', 'which', 'who', 'whom']);

/**
 * Past what a group's subject carries before its verb besides a clause that picks it out: a
 * coordinated group ("Parents and teachers rallied", "Nurses and angry parents marched") or an
 * aside that tells of some of them ("Protesters, many of them students, marched"). A coordination
 * fills one place in its clause, and an aside about a share of the group leaves the verb the
 * group's. Only where the phrase opens its clause (not a quotation) and the coordinated phrase is
 * people with no determiner and no name. Returns `k` when neither follows.
 */
function pastGroupAside(ctx: Context, s: Sentence, np: NounPhrase, k: number): number {
  const toks = ctx.tokens;
  const t = toks[k];
  if (!t || k >= s.last || !isPersonClass(headClass(ctx, np.head))) return k;
  // (not a pair that opens a quotation: "“Students and teachers trusted us,” she said" is a
  // speaker's word for whom the body serves, decision 65's speaker's own people)
  if (t.lower === 'and' && opensClause(ctx, s, np.start) && toks[np.start - 1]?.kind !== 'quote') {
    const other = phraseStartingAt(ctx, k + 1, s.last);
    if (
      !other ||
      (toks[other.start]!.f & (F.DET | F.QUANT)) !== 0 ||
      !isPersonClass(headClass(ctx, other.head))
    )
      return k;
    for (let q = other.start; q < other.end; q++) if (ctx.name[q]) return k;
    return other.end;
  }
  // ", many of them students,": a share of the group, `of them`, up to the closing comma
  if (
    isPunct(t, ',') &&
    ((toks[k + 1]?.f ?? 0) & F.QUANT) !== 0 &&
    toks[k + 2]?.lower === 'of' &&
    toks[k + 3]?.lower === 'them'
  ) {
    for (let q = k + 4; q < s.last && q < k + 14; q++) {
      if (isPunct(toks[q], ',')) return q + 1;
      if (isPunct(toks[q])) return k;
    }
  }
  return pastNonRestrictive(ctx, s, np, k);
}

/**
 * Past a non-restrictive aside set off by commas after a group that opens its clause, when a verb
 * group follows the closing comma: a relative clause ("Parents at the school, which sits beside a
 * ring road, have campaigned"), a share or a member ("Worshippers at St Anselm's, one of the
 * churches on the list, have begun"), an inclusion ("Holders of the bonds, including several
 * asset managers, are organising"). The aside describes the group; the verb after it is the
 * group's. Returns `k` when no such aside follows (another mark inside, no verb after it).
 */
function pastNonRestrictive(ctx: Context, s: Sentence, np: NounPhrase, k: number): number {
  const toks = ctx.tokens;
  const w = toks[k + 1];
  if (!isPunct(toks[k], ',') || !isWord(w) || toks[np.start - 1]?.kind === 'quote') return k;
  const opener =
    ASIDE_RELATIVES.has(w.lower) ||
    w.lower === 'including' ||
    (w.lower === 'one' && toks[k + 2]?.lower === 'of');
  if (!opener || !opensClause(ctx, s, np.start)) return k;
  for (let q = k + 2; q < s.last && q < k + 20; q++) {
    const u = toks[q]!;
    if (u.kind === 'quote') return k;
    if (!isPunct(u)) continue;
    const v = toks[q + 1];
    return isPunct(u, ',') && q + 1 < s.last && (isAux(v) || isVerbLike(v)) ? q + 1 : k;
  }
  return k;
}

/** Words that open a non-restrictive relative clause: `which`, `who`, `where`, `whose`. */
const ASIDE_RELATIVES: ReadonlySet<string> = new Set(['where', 'which', 'who', 'whose']);

/**
 * Whether `np` ends at `k` in an `of` phrase after its head, which the `who` clause right after
 * it picks out: "Relatives of patients | who died", "Families of miners | who".
 */
function ofPeopleEnd(ctx: Context, np: NounPhrase, k: number): boolean {
  const toks = ctx.tokens;
  // (`who` after it says they are people: "patients", "a man")
  return k === np.end && toks[k]?.lower === 'who' && toks[np.head + 1]?.lower === 'of';
}

/**
 * The token after a relative clause or `-ing` participle phrase that follows `np` at `k` with no
 * comma (a restrictive clause picks its person or body out and leaves the phrase's own verb
 * after it): "one pollster who has surveyed the district | put the race", "a man who identified
 * himself as an adviser | can be heard", "a man wearing a dark hooded jacket | walked in", "A
 * fund that holds 2% of the shares | is preparing". `k` itself when no such clause is there or
 * its end is unclear: a comma, a quote, a second verb or clause ("who shot and killed", "who
 * said he was"), or no verb within a dozen words.
 */
export function pastPickingClause(ctx: Context, s: Sentence, np: NounPhrase, k: number): number {
  const toks = ctx.tokens;
  // ("Residents on Monday blocked the road": a time between a subject and its verb; only for a
  // phrase that opens a clause, not "met residents on Monday")
  if (k === np.end && opensClause(ctx, s, np.start)) k = timeAside(ctx, s, k);
  k = pastGroupAside(ctx, s, np, k);
  k = pastPlacingPhrase(ctx, s, np, k);
  const t = toks[k];
  if (!t || t.kind !== 'word' || k >= s.last) return k;
  const w = t.lower;
  const relative = w === 'who' || w === 'that' || w === 'which';
  // (most phrases are followed by none of these: a verb, a preposition, a noun)
  if (!relative && !w.endsWith('ing') && !(verbShape(t) && isPrep(toks[k + 1]))) return k;
  // (only a phrase that opens a clause: an object, "by a person who wanted to", "told analysts
  // that cocoa had", is no subject whatever follows)
  if (!opensClause(ctx, s, np.start)) return k;
  let j: number;
  if (relative) {
    const cls = headClass(ctx, np.head);
    // (`who` of people; `that` and `which` of bodies too: not "the claim that", "told a man that he")
    if (!(isPersonClass(cls) || (cls === 'organisation' && w !== 'who'))) return k;
    j = k + 1;
    while (j < s.last && (isAux(toks[j]) || isAdverb(toks[j]))) j++;
    const v = toks[j];
    // ("A prisoner who died in his cell": one known by what befell them is its victim; but
    // "Relatives of patients who died there have sued": the clause picks out the `of` phrase's
    // people, and the phrase's own verb follows it)
    if (v && UNDERGOING_VERBS.has(v.lower) && !ofPeopleEnd(ctx, np, k)) return k;
    // ("who was at the scene": a place after `be` is the clause's own, and the scan goes on)
    if (j > k + 1 && isPrep(v)) j--;
    // the relative's own verb: a word right after the relative ("that holds"; not "that the
    // firm bought", a clause with a subject of its own)
    else if (
      !v ||
      !isWord(v) ||
      ctx.name[j] ||
      (v.f & (F.DET | F.PREP | F.QUANT)) !== 0 ||
      CLAUSE_PRONOUNS.has(v.lower)
    )
      return k;
    // (a verb of saying whose own clause may follow: "who told police the man had fled")
    else if ((v.f & F.REPORT) !== 0) {
      const n = toks[j + 1];
      if (!n || ctx.name[j + 1] || (n.f & (F.DET | F.ACTOR)) !== 0 || CLAUSE_PRONOUNS.has(n.lower))
        return k;
    }
    j++;
  } else if (
    w.length > 5 &&
    w.endsWith('ing') &&
    !ctx.name[k] &&
    (t.f & (F.REPORT | F.ACTOR)) === 0 &&
    // ("Industry groups representing grocers sent a letter": a body picked out by what it does)
    (isPersonClass(headClass(ctx, np.head)) || headClass(ctx, np.head) === 'organisation')
  )
    j = k + 1;
  // "A hedge fund run by a former rower has built", "A group of investors led by a former
  // executive is preparing": a past participle and its preposition
  // (not `as` opening a clause of time: "Onlookers cheered as the pair were pulled out", "Diners
  // watched as a waiter was punched"; but "A man described as armed was arrested")
  else if (
    verbShape(t) &&
    knownParticiple(t, toks[k + 1]!) &&
    !ctx.name[k] &&
    isPrep(toks[k + 1]) &&
    !(toks[k + 1]!.lower === 'as' && !PREDICATE_AS.has(w)) &&
    (t.f & (F.AUX | F.ACTOR)) === 0 &&
    (isPersonClass(headClass(ctx, np.head)) || headClass(ctx, np.head) === 'organisation')
  )
    j = k + 2;
  else return k;
  for (const stop = Math.min(s.last, j + 12); j < stop; j++) {
    const u = toks[j]!;
    // (a count, a share or a sum, a possessive: "about 2% of the company's shares")
    if (u.kind === 'num' || u.kind === 'pos' || u.lower === '%' || u.lower === '$') continue;
    if (u.kind !== 'word') return k;
    // ("representing grocers and convenience stores sent": two objects of a body's participle)
    if (nounAnd(ctx, np, k, j)) continue;
    if (JOINERS.has(u.lower) || CLAUSE_PRONOUNS.has(u.lower)) return k;
    const next = toks[j + 1];
    // (an infinitive, whose verb may take a clause: "who wanted to show the race was tightening";
    // not `to` before a name, "that run trips to Aldmark's parks have raised", nor an infinitive
    // of a verb that takes no clause, "that had planned to buy the howitzer are now weighing")
    if (u.lower === 'to' && next && !isPrep(next) && (next.f & F.DET) === 0 && !ctx.name[j + 1]) {
      if ((next.f & F.REPORT) !== 0 || !isWord(next) || isAux(next)) return k;
      j++;
      continue;
    }
    if (ctx.name[j]) continue;
    const prev = toks[j - 1]!;
    // (not a modifier after a determiner or preposition: "the armed guard", "with hooded men")
    if (prev.kind === 'pos' || prev.lower === 'to') continue;
    if (prev.kind === 'word' && (prev.f & (F.DET | F.PREP | F.QUANT)) !== 0) continue;
    if (isAux(u) || (verbShape(u) && !isPrep(next) && next?.lower !== 'to')) return j;
  }
  return k;
}

/**
 * The token after the prepositional phrases that place or relate people who open their clause,
 * when their verb group or a relative clause follows: "Some fans at Sunday's game | held up
 * signs", "Relatives of those on board | have gathered", "about two dozen residents from villages
 * under the flight path | held a vigil", "relatives of veterans | who have died held up". The
 * phrase that places people is part of their description (the guideline's short post-modifiers),
 * and the verb after it is theirs. `k` when no such phrase is there, or no verb follows it.
 */
function pastPlacingPhrase(ctx: Context, s: Sentence, np: NounPhrase, k: number): number {
  const toks = ctx.tokens;
  if (!PLACING_PREPS.has(toks[k]?.lower ?? '') || k + 1 >= s.last) return k;
  if (!isPersonClass(headClass(ctx, np.head)) || !opensClause(ctx, s, np.start)) return k;
  let j = k;
  // (at most three in a chain: "from villages under the proposed flight path")
  for (let n = 0; n < 3 && PLACING_PREPS.has(toks[j]?.lower ?? '') && j + 1 < s.last; n++) {
    const p = phraseStartingAt(ctx, j + 1, s.last);
    // (a noun that places them: not a number, "The updated composer in 2.8 now has", a version)
    if (!p || p.end <= j + 1 || toks[p.head]!.kind !== 'word') return k;
    j = p.end;
  }
  const w = toks[j];
  if (!isWord(w) || j >= s.last || ctx.name[j]) return k;
  // (a relative clause that picks out the placed people: the caller goes past it)
  if (w.lower === 'who') return j;
  let v = j;
  while (v < s.last && isAdverb(toks[v])) v++;
  const u = toks[v];
  return isWord(u) && (isAux(u) || verbShape(u)) ? j : k;
}

/** Prepositions that place or relate people: `of`, `at`, `from`, `in`, `outside`. */
const PLACING_PREPS: ReadonlySet<string> = new Set([
  'across',
  'along',
  'around',
  'at',
  'beside',
  'from',
  'in',
  'inside',
  'near',
  'of',
  'on',
  'outside',
  'under',
]);

/**
 * Whether `and`/`or` at `j` joins two nouns inside the `-ing` phrase that picks out the body `np`
 * (the phrase opening at `k`): a common noun before it, a word after it that is no verb and no
 * determiner of a new clause ("representing grocers and convenience stores", not "that shot and
 * killed" nor "representing farmers and the board said").
 */
function nounAnd(ctx: Context, np: NounPhrase, k: number, j: number): boolean {
  const toks = ctx.tokens;
  const u = toks[j]!;
  if (u.lower !== 'and' && u.lower !== 'or') return false;
  if (headClass(ctx, np.head) !== 'organisation' || !toks[k]!.lower.endsWith('ing')) return false;
  const prev = toks[j - 1];
  const next = toks[j + 1];
  return (
    isWord(prev) &&
    isWord(next) &&
    (prev.f & F.COMMON) !== 0 &&
    !verbShape(prev) &&
    !verbShape(next) &&
    !isAux(next) &&
    (next.f & (F.DET | F.PRON | F.QUANT | F.FUNC)) === 0
  );
}

/** Verbs whose `as` gives what someone is taken for: `described as`, `known as`. */
const PREDICATE_AS = ruleWords('predicateAsLeads');

/** Words after which a clause opens: `and`, `but`, `while`, `that`, `when`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'if',
  'since',
  'that',
  'when',
  'while',
]);

/** Verbs of telling whose first object is the person told: `told`, `warned`, `assured`. */
export const TELLING_VERBS: ReadonlySet<string> = new Set([
  'assured',
  'informed',
  'reminded',
  'tell',
  'telling',
  'tells',
  'told',
  'warned',
  'warns',
]);

/**
 * Whether a clause opens at token `at`: the sentence's start, after punctuation, a quote, a
 * conjunction, or a verb of saying whose content follows ("said a man wearing a jacket walked
 * in"; not "told analysts", the person told).
 */
function opensClause(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  if (at <= s.first) return true;
  const p = toks[at - 1]!;
  if (p.kind === 'punct' || p.kind === 'quote') return true;
  if (p.kind !== 'word') return false;
  if (CLAUSE_OPENERS.has(p.lower)) return true;
  return (p.f & F.REPORT) !== 0 && !TELLING_VERBS.has(p.lower);
}

/**
 * Whether the `-ed` form `t`, right after a subject and before the preposition `next`, may be a
 * participle that picks the subject out ("A fund run by", "Tenants affected by", "Workers trapped
 * in"): a form with `by` after it (a passive's agent), an irregular one, or the past of a verb
 * the lexicon knows as an act or a harm. Any other regular `-ed` word (one it does not know, or a
 * state's, which takes no object: `arrived`, `sweltered`) is the clause's own past verb, and the
 * scan does not go on to a later clause's verb ("Families sweltered in the dark because firms
 * cut corners").
 */
function knownParticiple(t: Token, next: Token): boolean {
  return (
    next.lower === 'by' ||
    (t.f & F.IRREGULAR) !== 0 ||
    ACT_PAST.has(t.lower) ||
    STATIVE_PARTICIPLES.has(t.lower) ||
    HARM_PARTICIPLES.has(t.lower) ||
    UNDERGOING_VERBS.has(t.lower)
  );
}

/** Whether `t` looks like a past verb: `-ed`, or an irregular past (`put`, `told`, `fled`). */
function verbShape(t: Token): boolean {
  return (t.f & F.IRREGULAR) !== 0 || (t.lower.length > 3 && t.lower.endsWith('ed'));
}

/** Verbs of seeing, hearing and recording: `seen`, `heard`, `filmed`. */
const PERCEPTION_VERBS = ruleWords('perceptionVerbs');
/** Participles of a state, not an act: `lying`, `wearing`, `standing`. */
const STATE_PARTICIPLES = ruleWords('stateParticiples');

/**
 * Whether the passive participle at `q` is one of perception and an -ing participle of an act
 * follows it (at `at`, after the active verb's object): "were seen entering", "can be heard
 * offering", "was caught stealing", "watched a gang storming" (not "was seen lying on the
 * ground", a state).
 */
export function seenActing(ctx: Context, q: number, at = q + 1): boolean {
  const toks = ctx.tokens;
  if (!PERCEPTION_VERBS.has(toks[q]!.lower)) return false;
  const ing = toks[at];
  return (
    !!ing &&
    isWord(ing) &&
    /[a-z]{3}ing$/.test(ing.lower) &&
    !STATE_PARTICIPLES.has(ing.lower) &&
    !UNDERGOING_ING.has(ing.lower) &&
    !HOLDING_ON.has(ing.lower) &&
    !ctx.name[at]
  );
}

/** Participles of holding on or being carried, what a person in danger is seen doing. */
const HOLDING_ON: ReadonlySet<string> = new Set(['clinging', 'floating', 'hanging', 'huddling']);

/**
 * Whether `np` follows `by`, directly or past a focusing adverb: "used by only a handful of
 * riders", "was opened by just two guards", "was drafted by mainly junior staff".
 */
export function byBefore(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const b = toks[np.start - 1]?.lower;
  if (b === 'by') return true;
  return FOCUSING.has(b ?? '') && toks[np.start - 2]?.lower === 'by';
}

/** Focusing adverbs between `by` and its agent: `only`, `just`, `mostly`. */
const FOCUSING: ReadonlySet<string> = new Set([
  'chiefly',
  'just',
  'largely',
  'mainly',
  'mostly',
  'only',
  'primarily',
  'solely',
]);

/**
 * Whether a time of two words, `last night`, `this week`, `last Monday`, starts at `q`: news
 * English sets it inside a verb group ("were last night accused", "has this week been charged").
 */
export function insertedTime(toks: readonly Token[], q: number): boolean {
  const w = toks[q]?.lower;
  return (w === 'last' || w === 'this') && isTimeWord(toks[q + 1]);
}
