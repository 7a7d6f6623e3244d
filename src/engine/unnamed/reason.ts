/**
 * Why a candidate phrase is an unnamed actor, by the class of its head: roles and occupations
 * that act or speak, organisations that act, documents relied on, anonymous-source formulas.
 */
import type { Named } from '../types';
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPrep, isPunct, isVerbLike } from '../context';
import { relatedBodyOnly } from '../entities/reference';
import type { Tracked } from '../entities/registry';
import type { Registry } from '../entities/registry';
import { ANONYMITY, BE_FORMS, F, REPORTING_VERBS, ruleWords } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass, isPersonClass } from '../phrase/head-class';
import { namedness, ORDINALS } from '../phrase/namedness';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { previousSameWord } from '../same-word';
import { wordBits } from '../word-bits';
import {
  actorApposition,
  anonymityClause,
  hasAnonModifier,
  identityWithheld,
  nameApposition,
  namedAfter,
} from './appositions';
import { contentSubject, countedSubject } from './content-subject';
import { counterparty } from './counterparty';
import { courtAudience, knownPeople, knownResults, publishedInNamed } from './not-withheld';
import { absoluteActing, perceivedActing } from './perceived';
import {
  contactedSubject,
  genericClass,
  genericUser,
  harmedSubject,
  marketMove,
  position,
  undergoingAgent,
} from './position';

const ANON_ADJECTIVES = ruleWords('anonAdjectives');
/** Determiners that make a phrase specific (`his rival`) or non-referring (`any agency`). */
const NOT_WITHHOLDING = ruleWords('notWithholding');

/** Verbs that give a title to their object or passive subject: `named`, `elected`. */
const NAMING_PREDICATES = ruleWords('namingPredicates');

/** Role nouns that also name things or abstractions: actors only as subjects or agents. */
const AMBIGUOUS_ROLES = ruleWords('ambiguousRoles');

/** Modifiers that turn a role noun into a title: `chief executive`, `general manager`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');

/** Words before `suspect` that make it an adjective: `a bit suspect`. */
const DEGREE_WORDS = ruleWords('degreeWords');

/** What the entities pass knows, for deciding whether a phrase withholds an identity. */
export interface EntityView {
  /** The entity of each source phrase of the sentence's part, by head token. */
  sources: {
    entityAt(head: number): Tracked | undefined;
    /** Whether a description that credits nothing refers to a named entity (`the researchers`). */
    refersToNamed?(np: NounPhrase): boolean;
  };
  registry: Registry;
}

/** The reader-facing reasons, one shared string each. */
export const WHY = {
  anonymous: 'an anonymous source: the story withholds who it is',
  source: 'an unnamed source: not identified by name',
  actor: 'an unnamed actor: not identified by name',
  organisation: 'an unnamed organisation: not identified',
  document: 'an unnamed document: relied on but not identified',
  partial: 'a person of a named body, not named themselves',
  repeat: 'an unnamed source mentioned again: still not identified',
} as const;

/**
 * Why `np` is an unnamed actor, or null when it is not one. `reported`: the phrase opens a
 * sentence whose content an unnamed source is credited with (a particular event, so a bare
 * plural that acts in it is no class in general).
 */
export function reason(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  isSource: boolean,
  view: EntityView,
  reported = false,
): string | null {
  const toks = ctx.tokens;
  // "the scientist, Dr. Hugo Brandt,": a name in apposition identifies even a repeat mention
  if (nameApposition(ctx, s, np)) return null;
  // "costs borne by the growers": whom a cost or harm falls on, not an actor
  if (undergoingAgent(ctx, s, np)) return null;
  // "..., a court heard", "jurors were told": the audience of unnamed witnesses' evidence
  if (courtAudience(ctx, s, np)) return null;
  // "a paper published on Monday in the Journal of Tidal Science": a named publication's study
  // (`paper` may also read as a newspaper)
  if (publishedInNamed(ctx, s, np)) return null;
  // "the user can select a query": anyone who uses the product, the public in general
  if (genericUser(ctx, s, np)) return null;
  // "Two Acme executives, who asked not to be named,": people of a named body whom the story
  // marks as anonymous (an optional label, and what anonymous-source trackers count)
  const markedAnonymous = (named: Named): string | null =>
    named === 'partial' && isPersonClass(cls) && anonymityClause(ctx, s, np.end)
      ? WHY.anonymous
      : null;
  // "Leaked minutes of the meeting, obtained by the Sentinel, record": a document that reached the
  // story by a leak, with no name inside it, withholds its issuer even where a body is named
  // around it (decision 14 of the labelled sets); credited, acting or opening its sentence, not
  // "comment on leaked documents", and a leaked photo only when credited
  if (
    cls === 'document' &&
    (leakedUnsigned(ctx, np) || obtainedUnsigned(ctx, np)) &&
    (isSource ||
      ((listsOf(toks[np.head]) & IN_RECORDINGS) === 0 &&
        (np.start === s.first || position(ctx, s, np) === 'subject')))
  )
    return WHY.document;
  const entity = byEntity(ctx, np, cls, view);
  if (entity !== undefined) return entity ?? markedAnonymous(namedness(ctx, np));
  const first = toks[np.start]!.lower;
  // (the first word's lists, at once: see wordBits)
  const firstLists = listsOf(toks[np.start]);
  const firstIn = moreListsOf(toks[np.start]);
  const named = namedness(ctx, np);
  // "A former adviser to Haddad, who remains close to him, said": the cue judged the person it
  // credits unnamed (known only by whom they serve), and its finding follows that judgement
  if (named && !(named === 'partial' && isSource && judgedUnnamed(np, view))) {
    // "an official in the Expenses Office" credited with nothing yet: a later "the official"
    // is that person of a named body
    const head = toks[np.head]!.lower;
    if (named === 'partial' && INDEFINITE_ONE.has(first) && !ctx.mentions.has(head))
      ctx.mentions.set(head, named);
    return markedAnonymous(named);
  }
  const before = toks[np.start - 1];
  // ("Both officials requested anonymity": two people the story withholds, credited or marked
  // anonymous; decision 7)
  if (
    (firstIn & IN_NOT_WITHHOLDING) !== 0 &&
    !(isSource && (firstLists & IN_POSSESSIVE_DETERMINERS) !== 0) &&
    !(first === 'both' && isPersonClass(cls) && (isSource || anonymityClause(ctx, s, np.end)))
  )
    return null;
  if (isPersonClass(cls) && ofNamedBody(ctx, s, np)) return null;
  // "warnings from pharmacists", "alerts from betting operators", "over the objections of at
  // least one colleague": whoever sends a message acts
  if (cls !== 'document' && sender(ctx, np)) return WHY.actor;
  // "linked the intrusion to a group that", "whom researchers have tied to a state-backed group":
  // whom an act is laid at acts, known only by the description
  if (
    cls !== 'document' &&
    cls !== 'nonAgent' &&
    ((firstIn & IN_INDEFINITE) !== 0 || counted(toks[np.start]!)) &&
    heldResponsible(ctx, s, np)
  )
    return WHY.actor;
  // "accused pro-government militias of carrying out", "blamed an armed group for the attack":
  // whom an accusation names acts, known only by the description (not "accused the company")
  if (
    cls !== 'document' &&
    cls !== 'nonAgent' &&
    (INDEFINITE.has(first) || counted(toks[np.start]!) || (toks[np.start]!.f & F.DET) === 0) &&
    accusedObject(ctx, np)
  )
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "without speaking to a doctor", "never discussed a contract with a donor": an indefinite
  // under negation refers to no one
  if (!isSource && (first === 'a' || first === 'an') && negated(ctx, s, np.start)) return null;
  // "People ask me if it gets boring": people in general, no one withheld
  // (but "according to people who have spoken with him": credited people a relative clause
  // picks out)
  if (
    np.end - np.start === 1 &&
    toks[np.head]!.lower === 'people' &&
    !(isSource && (listsOf(toks[np.end]) & IN_RELATIVE_STARTS) !== 0)
  )
    return null;
  // "told reporters", "asked by reporters": the press the story is told to, unless it speaks
  if (!isSource && (listsOf(toks[np.head]) & IN_PRESS_HEADS) !== 0) return null;
  // "on a call with analysts", "told investors on the earnings call": the audience of a call
  if (!isSource && callAudience(ctx, s, np)) return null;
  // predicate: "described them as operatives" (not people who speak: "as some lawmakers urged",
  // nor a document: "as a leaked memo warns")
  if (
    before &&
    before.lower === 'as' &&
    !(isSource && (isPersonClass(cls) || (cls === 'document' && first !== 'the'))) &&
    // ("what the group describes as internal documents leaked to its researchers")
    !(cls === 'document' && first !== 'the' && reachedReporter(ctx, np))
  )
    return null;
  let b = np.start - 1;
  // ("was the first woman admitted": an ordinal the phrase left out, and its determiner)
  while (b >= s.first && (isAdverb(toks[b]) || (b < np.start - 1 && toks[b]!.lower === 'the'))) b--;
  if (b >= s.first && (listsOf(toks[b]) & IN_BE_FORMS) !== 0) return null; // predicate: "it was a close ally"
  if (before && (listsOf(before) & IN_DEGREE_WORDS) !== 0) return null; // "a bit suspect"
  if (!isSource && actorApposition(ctx, s, np)) return null;
  // a member of a named group: "a network of marine researchers" (but "the statement of an
  // informant whose identity was withheld" relies on one the story withholds)
  if (
    !isSource &&
    before?.lower === 'of' &&
    !(isPersonClass(cls) && identityWithheld(ctx, s, np.end))
  )
    return null;
  // "was named manager of the month", "was elected chairman": a title given, not its holder
  if (
    !isSource &&
    np.start === np.head &&
    before &&
    NAMING_PREDICATES.has(before.lower) &&
    !pluralEnding(toks[np.head]!.lower)
  )
    return null;
  // ("A deputy minister said", "One rival general manager told": a title that a new, indefinite
  // mention credits names no holder; "the chief executive" is the one the story means)
  const newTitle = isSource && INDEFINITE.has(first);
  for (let k = np.start; k < np.head; k++) {
    const bits = listsOf(toks[k]);
    if (((bits & IN_TITLE_MODIFIERS) !== 0 && !newTitle) || (bits & IN_DEGREE_WORDS) !== 0)
      return null;
  }
  // "chief operating officer": a title whose modifiers the phrase did not take in
  if (before && ((listsOf(before) & IN_TITLE_MODIFIERS) !== 0 || before.lower === 'operating'))
    return null;
  // named through a following phrase: "outlets including the Morning Ledger", "The researchers,
  // led by ornithologist Priya Kethireddy"
  if (namedAfter(ctx, s, np.end, first === 'such')) return null;
  const anonMod = np.end > np.coreEnd && hasAnonModifier(ctx, np);
  let anonAdj = false;
  for (let k = np.start; k < np.head; k++)
    if ((listsOf(toks[k]) & IN_ANON_ADJECTIVES) !== 0) anonAdj = true;
  if (anonMod || anonAdj || anonymityClause(ctx, s, np.end)) return WHY.anonymous;
  // "sell a stake to a Gulf investor", "talks with at least two buyout firms", "has hired
  // advisers": the other party of a deal, or the party a body engaged
  if (!isSource && cls !== 'document' && cls !== 'nonAgent' && counterparty(ctx, s, np, cls))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "footage showed a masked man entering", "saw armed men going door to door": people seen acting
  if (!isSource && isPersonClass(cls) && perceivedActing(ctx, s, np)) return WHY.actor;
  // "demand was tepid, with several large funds declining to take part"
  if (!isSource && (isPersonClass(cls) || cls === 'organisation') && absoluteActing(ctx, s, np))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "Disruptive companies talk a good game", "Teachers must report by 7:15": a class in general
  if (!isSource && cls !== 'person' && genericClass(ctx, s, np, isHeadline(ctx, s))) return null;
  if (!isSource && cls !== 'document' && (countedObject(ctx, np) || workedWith(ctx, np)))
    return null;
  const plural = pluralEnding(toks[np.head]!.lower);
  const bareSingular = np.start === np.head && !plural;
  switch (cls) {
    case 'role': {
      if (isSource) return WHY.source;
      const pos = position(ctx, s, np);
      // "air monitors", "the mechanics of the deal": nouns that also name things act only as subjects
      if (
        (listsOf(toks[np.head]) & IN_AMBIGUOUS_ROLES) !== 0 &&
        pos !== 'subject' &&
        pos !== 'agent'
      )
        return null;
      // "police" acts as a subject, or bare as an agent: "was told nothing by police" (decision 60)
      if (
        toks[np.head]!.lower === 'police' &&
        pos !== 'subject' &&
        !(pos === 'agent' && before?.lower === 'by' && np.start === np.head)
      )
        return null;
      // "two firefighters were treated": the subject of a passive of harm or care is a victim
      if (pos === 'passiveSubject' && harmedSubject(ctx, s, np)) return null;
      // "lawyers have been contacted", "officers had been made aware": whom a message reached
      if (contactedSubject(ctx, s, np)) return null;
      // "hired about 600 temporary nurses", "a shift with only two officers on duty": a counted
      // object is a quantity
      if (pos === 'other' && counted(toks[np.start]!) && !consulted(ctx, s, np)) return null;
      // "told county commissioners", "warned officers": whom a claim is told, no actor
      if (pos === 'other' && before && (listsOf(before) & IN_ADDRESSING) !== 0) return null;
      if (recipient(ctx, s, np)) return null;
      // "would fall mostly on sales and support teams", "a campaign against lobbyists": whom
      // something is about or aimed at
      if (pos === 'other' && aimedAt(ctx, s, np)) return null;
      // "the chairman's donors": specific by their owner, unless they act or speak
      if (pos === 'other' && ownedByPerson(ctx, np)) return null;
      return WHY.actor;
    }
    case 'nonAgent':
      // "one of the jurors told", "two patients said"; not "the victim", a person already known
      return isSource && first !== 'the' ? WHY.source : null;
    case 'occupation': {
      // "a plumber found", "teachers said": only an occupation that acts or speaks
      if (isSource) return WHY.source;
      // "Builders gained 3 percent": a stock sector moving, not people acting
      if (plural && marketMove(ctx, s, np.end)) return null;
      // "Health chiefs have been accused of a cover-up", "two nurses were charged": people the
      // story accuses without naming them act (decision 56), bare plural or not
      if (accused(ctx, s, np) && position(ctx, s, np) === 'passiveSubject') return WHY.actor;
      // "Drivers reported for their first shifts", "Teachers must report by 7:15": a bare
      // plural occupation credited with nothing is the workforce the story is about, not actors
      // it withholds
      // "A lender said creditors were organising": parties who act in what a source tells of
      // (a plural the lexicon does not list; its trades, "said doctors had been writing", are
      // the workforce of the body the story is about)
      if (plural && (toks[np.head]!.f & F.ACTOR) === 0 && reportedActors(ctx, s, np))
        return WHY.actor;
      if (plural && workforce(ctx, np) && !reported) return null;
      // "the village's fishermen": specific by their owner; but "the email's author" is unknown
      for (let k = np.start; k < np.head; k++)
        if (toks[k]!.kind === 'pos' && headClass(ctx, k - 1) !== 'document') return null;
      if (recipient(ctx, s, np)) return null;
      const pos = position(ctx, s, np);
      if (pos === 'other' && interviewed(ctx, s, np)) return WHY.actor;
      return acting(pos) ? WHY.actor : null;
    }
    case 'organisation': {
      // "circulating on social media", "posted via a network": a medium, not an actor
      if (before && (before.lower === 'on' || before.lower === 'via')) return null;
      if (isSource && !bareSingular && first !== 'the') return WHY.source;
      // "Trucking firm kept ...": a singular without a determiner is headline shorthand for a
      // body the story names
      const det = toks[np.start]!;
      let owned = false;
      for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') owned = true;
      if (!plural && !owned && (det.f & (F.DET | F.QUANT)) === 0 && !QUANTITY_STARTS.has(first))
        return null;
      // "Syria's army", "Britain's treasury": a country's unique institution is named by it
      if (owned && ctx.name[np.start] && (listsOf(toks[np.head]) & IN_UNIQUE_INSTITUTIONS) !== 0)
        return null;
      // ("the second lab and the third lab said": another one, not the one named)
      const ordinal =
        first === 'the' &&
        np.head > np.start + 1 &&
        (listsOf(toks[np.start + 1]) & IN_ORDINALS) !== 0;
      if (
        bareSingular ||
        (first === 'the' && !ordinal) ||
        first === 'that' ||
        first === 'those' ||
        first === 'other'
      )
        return null;
      const pos = position(ctx, s, np);
      if (!acting(pos)) return null;
      if (marketMove(ctx, s, np.end)) return null;
      // "banks had tightened lending", "services ran normally": a bare plural body credited
      // with nothing is a sector in general; but not one a hedge reports acting ("Rivals are
      // believed to have downloaded copies": bodies the story cannot or will not name)
      if (
        plural &&
        np.start === np.head &&
        np.end === np.coreEnd &&
        pos !== 'raised' &&
        !(reported && pos === 'subject')
      )
        return null;
      return WHY.organisation;
    }
    case 'title': {
      // "a senior minister", "one manager", "at least one director": a title without its holder
      if (
        (firstIn & IN_INDEFINITE) === 0 &&
        !(first === 'at' && toks[np.start + 1]?.lower === 'least')
      )
        return null;
      // ("A former cabinet secretary who remains close to him called it": credited past a
      // relative clause)
      if (isSource) return WHY.source;
      const pos = position(ctx, s, np);
      return acting(pos) ? WHY.actor : null;
    }
    case 'person': {
      if (isSource) return WHY.source;
      const head = toks[np.head]!.lower;
      const pos = position(ctx, s, np);
      // "draws on interviews with 38 former detainees": people the story relied on
      // (not "interviews for most applicants": whom they select)
      if (pos === 'other' && toks[np.start - 1]?.lower === 'with' && interviewed(ctx, s, np))
        return WHY.actor;
      // "accounts held by a cousin in Lisbon": a relative who acts is known only by relation
      if (RELATION_HEADS.has(head) && (firstIn & IN_INDEFINITE) !== 0)
        return acting(pos) ? WHY.actor : null;
      // "Several senior players are said to have complained": people a hedge reports acting;
      // "a claim disputed by a former crew member": the agent of a passive; "the tip came from a
      // family member": whom an act or message came from
      if (
        (pos === 'raised' ||
          // (not "by a couple of job interviews": a quantity)
          (pos === 'agent' &&
            (before?.lower === 'by' ||
              // (not a wish: "I'd want to hear it from a second source")
              (before?.lower === 'from' && !hypothetical(ctx, s, np.start))) &&
            !(head === 'couple' && toks[np.coreEnd]?.lower === 'of'))) &&
        (counted(toks[np.start]!) || (firstIn & IN_INDEFINITE) !== 0)
      )
        return WHY.actor;
      // "the four men allegedly ran a scam": counted or definite people who act; "A 34-year-old
      // man has been charged", "Man Charged": a suspect the story does not name
      // ("Teammates have grown frustrated, according to two people with knowledge of it")
      // "the two men had argued" after both were named: a definite description that repeats
      // no unnamed mention (the entities would have said so) refers to people already known
      if (knownPeople(ctx, np)) return null;
      if (reported && plural && pos === 'subject') return WHY.actor;
      // "said several senior players had lost faith", "when a junior member interrupted him":
      // people who did something in what a source tells of
      if (pos === 'subject' && (contentSubject(ctx, s, np) || countedSubject(ctx, s, np)))
        return WHY.actor;
      if (!AGENT_PEOPLE.has(head)) return null;
      const headline = isHeadline(ctx, s);
      if (np.start === np.head && !headline) return null;
      if (pos === 'subject') return WHY.actor;
      // "charging four men over their roles", "police arrested two men"
      if (before && (listsOf(before) & IN_ARREST_VERBS) !== 0) return WHY.actor;
      return (pos === 'passiveSubject' || headline) && accused(ctx, s, np) ? WHY.actor : null;
    }
    case 'document':
      // "his testimony": the owner is known
      if ((firstLists & IN_POSSESSIVE_DETERMINERS) !== 0) return null;
      // "Campaigners said the findings confirmed": what a work the story has brought in found,
      // unless the findings themselves were met before as an unnamed source
      if (
        knownResults(ctx, np) &&
        !view.registry.flaggedBefore(toks[np.head]!.lower, toks[np.start]!.start)
      )
        return null;
      // "a video shows": a recording is evidence of what happened, not a source who is withheld;
      // but one relied on with where it came from and no issuer ("Video posted on social media
      // shows", "images taken on September 14 show") is a document no named body issued
      // (decision 50 of the labelled sets)
      // an outlet that obtained or saw it marks it as relied on, credited or not ("Pictures obtained
      // by the Blaze show", "a draft report reviewed by the Wire", "a leaked memo": decision 14)
      if (reachedReporter(ctx, np) && !mediumOrTopic(ctx, s, np)) return WHY.document;
      if ((listsOf(toks[np.head]) & IN_RECORDINGS) !== 0 && !(isSource && provenance(ctx, np)))
        return null;
      // "releasing a statement that called ...": the statement of whoever released it
      if (before && (listsOf(before) & IN_ISSUING_VERBS) !== 0) return null;
      // "figures released on Tuesday by the Northmoor Building Society": issued by a named body
      if (issuedByName(ctx, s, np.end)) return null;
      if (publishedRecord(ctx, s, np)) return null;
      // "The report concluded" after "a report released on Monday by the Halden Institute": the
      // document a named body issued, met again
      if (first === 'the' && issuedEarlier(ctx, np)) return null;
      if (isSource) return WHY.document;
      // "said internal polling shows her up", "say an internal review, which has never been
      // published, found": an unpublished document that tells something withholds its issuer
      if (
        first !== 'the' &&
        unpublished(ctx, np) &&
        opensClause(ctx, s, np) &&
        position(ctx, s, np) === 'subject'
      )
        return WHY.document;
      return documentRepeat(ctx, s, np, view) ? WHY.repeat : null;
    default:
      return null;
  }
}

/**
 * Whether the phrase is the subject of an act in the content of a cue: "said creditors were
 * organising", "said fighters had torched the granary" (`contentSubject` leaves out passives:
 * "said residents were moved").
 */
export function reportedActors(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  return contentSubject(ctx, s, np);
}

/**
 * Whether people are picked from a body their sentence names before them: "The University of
 * Harwick has concluded that one of its best-known researchers ..." (a person of a named body,
 * decision 5 of the labelled sets: the `unnamed` label is optional).
 */
function ofNamedBody(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let owned = false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.lower === 'its') owned = true;
  if (!owned) return false;
  for (let k = s.first; k < np.start; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  return false;
}

/**
 * Whether `np` mentions again, where its sentence opens and before an aside, a document the story
 * relied on without naming it: "The four-page memo, dated Oct. 3 and addressed to managers, sets
 * out ..." after "according to an internal memo seen by this newspaper". The aside keeps the cue
 * finder from reaching the subject of the verb after it; with no aside the cue decides ("The memo
 * describes" credits it, "The posts began circulating" does not). A passive after the aside says
 * only what was done to it ("The letter, dated May 3, was made public").
 */
function documentRepeat(ctx: Context, s: Sentence, np: NounPhrase, view: EntityView): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if ((det !== 'the' && det !== 'this' && det !== 'those') || np.head !== np.coreEnd - 1)
    return false;
  if (!isPunct(toks[np.end], ',')) return false;
  let open = s.first;
  while (open < np.start && toks[open]!.kind === 'quote') open++;
  if (open !== np.start) return false;
  // only adjectives between: "The four-page memo" (not "The letter claims", "The city council
  // denies report")
  for (let k = np.start + 1; k < np.head; k++) {
    const w = toks[k]!;
    if ((w.f & (F.ACTOR | F.REPORT)) !== 0 || isVerbLike(w) || ctx.name[k]) return false;
  }
  if (!view.registry.flaggedBefore(toks[np.head]!.lower, toks[np.start]!.start)) return false;
  // the verb after the aside's closing comma
  let k = np.end + 1;
  while (k < s.last && !isPunct(toks[k], ',')) k++;
  if (k >= s.last) return false;
  k++;
  while (k < s.last && (isAdverb(toks[k]) || isAux(toks[k]))) {
    if ((listsOf(toks[k]) & IN_BE_FORMS) !== 0) return false;
    k++;
  }
  return k < s.last;
}

/** Whether `leaked` stands before the head of `np`: "a leaked memo", "leaked minutes of". */
function leakedBefore(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.head; k++) if (ctx.tokens[k]!.lower === 'leaked') return true;
  return false;
}

/**
 * Whether a document is `leaked` (before its head) and names no one inside it: "leaked minutes
 * of the meeting", not "the leaked Harlow memo" nor "his leaked emails".
 */
function leakedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!leakedBefore(ctx, np) || (listsOf(toks[np.start]) & IN_POSSESSIVE_DETERMINERS) !== 0)
    return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  return true;
}

/**
 * Whether an indefinite document with no name or owner inside it reached the story through an
 * outlet's access ("an internal assessment reviewed by the Post", "an internal alert obtained by
 * the station"): like a leaked one, it withholds its issuer even where a body acts around it.
 */
function obtainedUnsigned(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (first !== 'a' && first !== 'an') return false;
  for (let k = np.start; k < np.coreEnd; k++)
    if (ctx.name[k] || toks[k]!.kind === 'pos') return false;
  return reachedReporter(ctx, np);
}

/**
 * Whether a document reached the story by a leak or an outlet's access: a participle of access
 * with its `by` or `to` phrase after the head, directly or in an aside ("internal records reviewed
 * by the Times", "The draft, obtained by the Ledger,", "documents leaked to its researchers"), or
 * `leaked` before the head ("a leaked memo"). Who issued it is what the story withholds; one
 * issued by a named body is `namedness`'s, which has already answered.
 */
function reachedReporter(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (leakedBefore(ctx, np)) return true;
  // the object of an outlet's perfect of access: "The Sentinel has seen internal correspondence",
  // "the paper has obtained a video" (a new one: not "has seen the memo")
  const v = toks[np.start - 1]?.lower ?? '';
  const first = toks[np.start]!.lower;
  if (
    (REPORTER_ACCESS.has(v) || v === 'saw') &&
    v !== 'leaked' &&
    (listsOf(toks[np.start - 2]) & IN_HAVE_FORMS) !== 0 &&
    // (not a source's knowledge: "A person who has seen a draft said")
    (listsOf(toks[np.start - 3]) & IN_RELATIVE_STARTS) === 0 &&
    first !== 'the' &&
    !POSSESSIVE_DETERMINERS.has(first)
  )
    return true;
  // past an `of` phrase: "An earlier draft of the traffic study, obtained by the Ledger,"
  let k = np.end > np.coreEnd && toks[np.coreEnd]?.lower === 'of' ? np.end : np.coreEnd;
  // past a participle's own phrase: "A memo circulated among senior staff, obtained by the paper,"
  if (
    toks[k]?.kind === 'word' &&
    /[a-z]ed$/.test(toks[k]!.lower) &&
    (listsOf(toks[k]) & IN_REPORTER_ACCESS) === 0
  ) {
    let q = k + 1;
    while (q < toks.length && q <= k + 8 && !isPunct(toks[q])) q++;
    if (isPunct(toks[q], ',')) k = q;
  }
  if (isPunct(toks[k], ',')) k++;
  const p = toks[k + 1]?.lower;
  if ((listsOf(toks[k]) & IN_REPORTER_ACCESS) !== 0 && (p === 'by' || p === 'to')) return true;
  // or a relative clause of access: "The draft, which the Post obtained,", "The memo, a copy of
  // which was obtained by the Times,"
  if (toks[k]?.lower === 'a' && toks[k + 1]?.lower === 'copy' && toks[k + 2]?.lower === 'of')
    k += 3;
  if (toks[k]?.lower !== 'which') return false;
  for (let q = k + 1; q < toks.length && q <= k + 6; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if ((listsOf(t) & IN_REPORTER_ACCESS) !== 0 || t.lower === 'saw') return true;
  }
  return false;
}

/**
 * Whether a document is only the medium of a cue before it ("told staff in a 2022 email, reviewed
 * by the Courier": the source is whoever told) or the topic of a clause ("does not comment on
 * leaked documents"), not a source relied on ("based on internal records reviewed by the Times").
 */
function mediumOrTopic(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const p = toks[np.start - 1]?.lower;
  if (p === 'in') {
    for (let k = np.start - 2; k >= s.first && k >= np.start - 6; k--) {
      const t = toks[k]!;
      if (isPunct(t) || t.kind === 'quote') return false;
      // ("The plan, outlined in a memo seen by the paper,": a participle in an aside has no
      // speaker; the document is what the plan is known from)
      if ((t.f & F.REPORT) !== 0) return !(isPunct(toks[k - 1], ',') && /[a-z]ed$/.test(t.lower));
    }
    return false;
  }
  return !!p && AIM_PREPS.has(p) && (listsOf(toks[np.start - 2]) & IN_RELIANCE_VERBS) === 0;
}

/** Verbs of relying on a source, before `on`: `based on`, `draws on`. */
const RELIANCE_VERBS = ruleWords('relianceVerbs');

const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);
const RELATIVE_STARTS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Participles of a reporter's access to a document: `obtained`, `seen`, `leaked`, `reviewed`. */
const REPORTER_ACCESS: ReadonlySet<string> = new Set(
  (['leaked', 'obtained', 'reviewed', 'seen'] as const)
    .flatMap((k) => ANONYMITY.access[k])
    // (not "read by a man in uniform": who read a statement out)
    .filter((w) => w !== 'read'),
);

/** Whether a position makes its phrase an actor: a subject (of a raising hedge too) or an agent. */
function acting(pos: ReturnType<typeof position>): boolean {
  return pos === 'subject' || pos === 'raised' || pos === 'agent';
}

/** A country's unique institutions, named by a common noun (decision 21 of the labelled sets). */
const UNIQUE_INSTITUTIONS = ruleWords('uniqueInstitutions');

/**
 * Whether a participle and its preposition after the head say where a recording came from:
 * `posted on social media`, `taken on September 14`, `reviewed by investigators` (not the verb:
 * "a video showed a pile of paper").
 */
function provenance(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const t = toks[np.coreEnd];
  if (!t || t.kind !== 'word' || !(/[a-z](?:ed|en)$/.test(t.lower) || (t.f & F.IRREGULAR) !== 0))
    return false;
  return isPrep(toks[np.coreEnd + 1]);
}

/** Recordings and pictures: evidence, not sources whose identity is withheld. */
const RECORDINGS = ruleWords('recordings');

/** Plain descriptions that count as unnamed actors when they act: `the four men ran`. */
const AGENT_PEOPLE = ruleWords('agentPeople');
const INDEFINITE = ruleWords('indefinite');
const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');
/** Words that start a quantified phrase: `at least one`, `more than two`, `nearly 40`. */
const QUANTITY_STARTS = ruleWords('quantityStarts');

/**
 * What the entity of `np` decides, if anything: a definite description of a named source is
 * named ("the company", "The authors"); a person of a named body is flagged as such ("A White
 * House official"); a definite repeat of an unnamed source is unnamed again ("the source", "Both
 * sources", "the man"). Undefined when the entities say nothing.
 */
function byEntity(
  ctx: Context,
  np: NounPhrase,
  cls: HeadClass,
  view: EntityView,
): string | null | undefined {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  const definite = REPEAT_DETERMINERS.has(det) || POSSESSIVE_DETERMINERS.has(det);
  const at = toks[np.start]!.start;
  const head = toks[np.head]!.lower;
  const tracked = view.sources.entityAt(np.head);
  if (tracked) {
    const named = tracked.entity.named;
    if (named === true) return null;
    // "A Treasury official and two senate aides said": a later conjunct of a coordinated source
    // of people is judged by its own words, not by the body the whole phrase names
    if (named === 'partial' && PERSON_CLASSES.has(cls) && laterConjunct(ctx, np, tracked.first))
      return undefined;
    if (named === 'partial') {
      // one person of a named body whose name the story withholds: "A White House official", "a
      // spokesman for the ministry"; the body must be in the phrase itself (not "a lawyer" of a
      // body named before), and groups speak for their body ("officials from the ministry")
      if (!INDEFINITE_ONE.has(det) || !PERSON_CLASSES.has(cls)) return null;
      for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return WHY.partial;
      // or its word for the body: "a council spokesperson" of the council the story names
      for (let k = np.start + 1; k < np.head; k++)
        if ((toks[k]!.f & F.ACTOR) !== 0 && headClass(ctx, k) === 'organisation')
          return WHY.partial;
      return null;
    }
    // "The company's union condemned": a body known only by its tie to a named one
    if (cls === 'organisation' && relatedBodyOnly(ctx, np)) return WHY.organisation;
    if (!PERSON_CLASSES.has(cls)) return undefined;
    return definite && tracked.first < at ? WHY.repeat : undefined;
  }
  // "after the researchers accounted for ...": named people the story refers back to
  if (view.sources.refersToNamed?.(np)) return null;
  if (!REPEAT_DETERMINERS.has(det) || !PERSON_CLASSES.has(cls) || np.head !== np.coreEnd - 1)
    return undefined;
  // "the man" after "A 34-year-old man has been charged" (a source noun that credits nothing
  // may mean an origin: "the hospital might not be the source")
  if (head !== 'source' && head !== 'sources' && view.registry.unnamedBefore(head, at))
    return WHY.repeat;
  return undefined;
}

/** Whether the source entity of the credited phrase `np` was judged unnamed (`named: false`). */
function judgedUnnamed(np: NounPhrase, view: EntityView): boolean {
  return view.sources.entityAt(np.head)?.entity.named === false;
}

/** Whether `np` follows `and`/`or` inside a source phrase that starts before it (offset `first`). */
function laterConjunct(ctx: Context, np: NounPhrase, first: number): boolean {
  const and = ctx.tokens[np.start - 1];
  return (
    !!and && (and.lower === 'and' || and.lower === 'or') && first < ctx.tokens[np.start]!.start
  );
}

/** The press as an audience: `reporters`, `journalists`. */
const PRESS_HEADS: ReadonlySet<string> = new Set(['journalists', 'newsmen', 'reporters']);

/** Determiners of a repeat mention: `the source`, `Both sources`, `these officials`. */
const REPEAT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'both',
  'this',
  'that',
  'these',
  'those',
]);

/** Determiners of one new person: `a spokesman`, `one official`. */
const INDEFINITE_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another']);

/** Head classes of people. */
const PERSON_CLASSES: ReadonlySet<HeadClass> = new Set<HeadClass>([
  'role',
  'occupation',
  'title',
  'person',
]);

/** Whether a phrase starts with a number: `two officers`, `about 600 nurses`. */
function counted(t: Token): boolean {
  return (
    t.kind === 'num' ||
    (listsOf(t) & IN_QUANTITY_STARTS) !== 0 ||
    (listsOf(t) & IN_NUMBER_WORDS) !== 0
  );
}

/**
 * Whether a prepositional object is consulted by a cue before it: "confirmed their authenticity
 * with two current staff members" (not "a shift with only two officers on duty").
 */
function consulted(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.start - 1;
  while (k > s.first && isAdverb(toks[k])) k--;
  if (!isPrep(toks[k])) return false;
  if (interviewed(ctx, s, np)) return true;
  for (let q = k - 1; q >= s.first && q >= k - 6; q--) {
    if (isPunct(toks[q])) return false;
    if ((toks[q]!.f & F.REPORT) !== 0) return true;
  }
  return false;
}

/** Words of a party or a bloc that qualify its members: `Labour`, `Republican`, `opposition`. */
const PARTY_WORDS = ruleWords('partyWords');

/**
 * Whether a plural occupation stands bare for a workforce: no determiner, number or possessive
 * (`Nurses`, `Bus drivers`), and no post-modifier but one that places them by name (`Bus drivers
 * across the Castlemere region`). "volunteers at some sites" is vague: some people withheld.
 */
function workforce(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if ((first.f & (F.DET | F.QUANT)) !== 0 || first.kind === 'num' || counted(first)) return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // ("Opposition councillors called for", "Republican senators"): a faction, not a workforce
  for (let k = np.start; k < np.head; k++)
    if ((listsOf(toks[k]) & IN_PARTY_WORDS) !== 0) return false;
  if (np.end === np.coreEnd) return true;
  for (let k = np.coreEnd; k < np.end; k++) if (ctx.name[k] && isPlaceName(ctx, k)) return true;
  return false;
}

/**
 * Whether the phrase only receives something: "circulated to senior ministers", "handed the
 * files to investigators", "lied to federal agents". A cue before it makes it consulted instead
 * ("confirmed to deputies that").
 */
function recipient(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // ("to senior ministers": the phrase may have left out an adjective after `to`)
  let k = np.start - 1;
  const first = toks[np.start]!;
  if (
    toks[k]?.lower !== 'to' &&
    toks[k]?.kind === 'word' &&
    ADJECTIVE_SHAPE.test(toks[k]!.lower) &&
    (first.f & (F.DET | F.QUANT)) === 0 &&
    first.kind !== 'num'
  )
    k--;
  if (toks[k]?.lower !== 'to' || toks[k - 1]?.lower === 'according') return false;
  // "said in a letter to colleagues", "an email to staff": whom a message is addressed to, even
  // after a cue
  if ((listsOf(toks[k - 1]) & IN_ADDRESSED) !== 0) return true;
  return !consulted(ctx, s, { ...np, start: k + 1 });
}

/**
 * Whether a counted phrase is the object of the verb before it: "the trial enrolled 18,400
 * volunteers", "deployed 240 observers", "plans to lay off about 900 employees" count people
 * acted upon, not actors (but "police arrested two men" are suspects: the person case's); or
 * counts places: "in six countries".
 */
function countedObject(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!counted(toks[np.start]!)) return false;
  let k = np.start - 1;
  // ("volunteers in six countries": where, counted)
  if (toks[k]?.lower === 'in' || toks[k]?.lower === 'across') return true;
  const particle = (listsOf(toks[k]) & IN_PARTICLES) !== 0;
  if (particle) k--;
  const v = toks[k];
  if (!v || v.kind !== 'word' || isAux(v) || (v.f & (F.REPORT | F.FUNC)) !== 0) return false;
  if ((listsOf(v) & IN_ARREST_VERBS) !== 0 || ctx.name[k]) return false;
  return particle || /[a-z]ed$/.test(v.lower) || (v.f & F.IRREGULAR) !== 0;
}

/** Particles of phrasal verbs before their object: `lay off`, `call up`. */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'out', 'up']);

/**
 * Whether the phrase is whom a body works with: "working with salvage experts", "would cooperate
 * fully with the authorities", 'was "engaging with the trustees"', "reviewing the matter with
 * legal advisers" (partners in a task, over the task's own object, not actors the story
 * withholds; "raised concerns with their supervisor" and "confirmed it with two officials" are
 * a cue's).
 */
function workedWith(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'with') return false;
  // ("is cooperating with prosecutors", "was cooperating with investigators": those who
  // investigate act in the inquiry the story tells of, whoever helps them)
  const head = toks[np.head]!.lower;
  if (INQUIRERS.has(head) || ENFORCERS.has(head)) return false;
  // (not across a closing quote: 'said it was "cooperating fully" with investigators' is the
  // body's claim about whom it answers to, and the labelled sets keep those investigators)
  let k = np.start - 2;
  while (k >= 0 && isAdverb(toks[k])) k--;
  if ((listsOf(toks[k]) & IN_COOPERATION_VERBS) !== 0) return true;
  // (back over the task's object: "the matter", "the draft contract")
  for (let q = k; q >= 0 && q >= k - 4; q--) {
    const t = toks[q]!;
    if (t.kind !== 'word' || (t.f & F.REPORT) !== 0 || isPrep(t)) return false;
    if ((listsOf(t) & IN_COOPERATION_VERBS) !== 0) return q < k;
  }
  return false;
}

const COOPERATION_VERBS = ruleWords('cooperationVerbs');
/** Those who inquire: `investigators`, `inspectors`, `auditors`. */
const INQUIRERS = ruleWords('inquirers');
/** Those who run a criminal case: `prosecutors`, `police`, `detectives` (not `regulators`, a standing body like `the authorities`). */
const ENFORCERS = ruleWords('enforcers');

/** Whether the phrase follows `from` or `of` after a noun of a message or complaint. */
function sender(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // ("from betting operators": the phrase may have left out an -ing modifier)
  let k = np.start - 1;
  if (toks[k]?.kind === 'word' && toks[k]!.lower.endsWith('ing') && !toks[k]!.cap) k--;
  const p = toks[k]?.lower;
  return (p === 'from' || p === 'of') && (listsOf(toks[k - 1]) & IN_SENT_NOUNS) !== 0;
}

/**
 * Whether the phrase follows `to` after a verb that lays an act at someone's door, in its clause:
 * "linked the attack to a criminal group", "traced the leak to two staffers", "whom researchers
 * have tied to a state-backed group".
 */
function heldResponsible(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower !== 'to') return false;
  for (let k = np.start - 2; k >= s.first && k >= np.start - 7; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if ((moreListsOf(t) & IN_RESPONSIBILITY_VERBS) !== 0) return true;
  }
  return false;
}

/**
 * Whether the phrase is the audience of a call or briefing: after `with` following the call ("on a
 * call with analysts"), or followed by `on` and the call ("told analysts on the earnings call").
 */
function callAudience(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start - 1]?.lower === 'with' && CALL_NOUNS.has(toks[np.start - 2]?.lower ?? ''))
    return true;
  if (toks[np.coreEnd]?.lower !== 'on') return false;
  for (let k = np.coreEnd + 1; k < s.last && k <= np.coreEnd + 4; k++)
    if (CALL_NOUNS.has(toks[k]!.lower)) return true;
  return false;
}

/** Calls and briefings a company holds for an audience: `call`, `briefing`, `webcast`. */
const CALL_NOUNS = ruleWords('callNouns');

/** Whether an adjective before the head says the document was not published: `internal`. */
function unpublished(ctx: Context, np: NounPhrase): boolean {
  for (let k = np.start; k < np.head; k++)
    if ((moreListsOf(ctx.tokens[k]) & IN_UNPUBLISHED) !== 0) return true;
  return false;
}

/**
 * Whether the phrase opens a clause: at the sentence start, after punctuation or `that`, or right
 * after a verb of saying in the active ("say an internal review ... found"; not the object of
 * "who has seen internal emails").
 */
function opensClause(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const b = toks[np.start - 1];
  if (np.start <= s.first || !b || isPunct(b) || b.kind === 'quote' || b.lower === 'that')
    return true;
  return (b.f & F.REPORT) !== 0 && (listsOf(toks[np.start - 2]) & IN_HAVE_FORMS) === 0;
}

/** Adjectives of a document kept from the public: `internal`, `confidential`. */
const UNPUBLISHED = ruleWords('unpublishedAdjectives');

/** Whether the phrase is the object of `accuse` or `blame`: "have accused militias of". */
export function accusedObject(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const v = toks[np.start - 1];
  if (!v || (v.f & F.REPORT) === 0 || ctx.name[np.start - 1]) return false;
  const lemma = REPORTING_VERBS.get(v.lower)?.lemma;
  if (lemma !== 'accuse' && lemma !== 'blame') return false;
  // (not a bloc of countries: "accused wealthy nations of hiding behind brackets")
  if ((moreListsOf(toks[np.head]) & IN_COUNTRY_CLASSES) !== 0) return false;
  // (with what it is for: "of carrying out", "for the attack", or a relative clause about it)
  const after = toks[np.coreEnd]?.lower;
  const end = toks[np.end]?.lower;
  return after === 'of' || after === 'for' || end === 'that' || end === 'who';
}

/** Plurals of countries as a class: `nations`, `countries`. */
const COUNTRY_CLASSES = ruleWords('countryClasses');

/** Past forms of verbs that lay an act at someone's door: `linked`, `traced`, `attributed`. */
const RESPONSIBILITY_VERBS = ruleWords('responsibilityVerbs');

/** Messages and complaints whose `from` or `of` phrase is who sent them: `warnings from`. */
const SENT_NOUNS = ruleWords('sentNouns');

/** Messages addressed to someone: `a letter to`, `an email to`. */
const ADDRESSED = ruleWords('addressedMessages');

/**
 * Whether a `by` phrase with a name follows a document, directly or after a participle of
 * issuing and a time: "a report by the Tenants' Union", "figures released on Tuesday by the
 * Northmoor Building Society" (not "an audit seen by the Record": who saw it did not issue it).
 */
function issuedByName(ctx: Context, s: Sentence, end: number): boolean {
  const toks = ctx.tokens;
  let k = end;
  // (or in an aside: "The 14-page assessment, prepared by analysts at the Defence Directorate,")
  if (isPunct(toks[k], ',') && issuing(toks[k + 1])) k++;
  if (issuing(toks[k])) {
    k++;
    while (
      k < s.last &&
      (isAdverb(toks[k]) || (toks[k]!.f & F.TIME) !== 0 || toks[k]!.lower === 'on')
    )
      k++;
  }
  if (toks[k]?.lower !== 'by') return false;
  const by = phraseStartingAt(ctx, k + 1, s.last, false, 2);
  if (!by) return false;
  // (a name in its post-modifier too: "by analysts at the Defence Directorate")
  for (let q = by.start; q < by.end; q++) if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
  // or a body the story has named, met again: "a complaint lodged by the alliance" after "the
  // Marle River Alliance" (decision 15); not one a reporter then obtained ("commissioned by the
  // county and obtained by the Wire")
  const head = toks[by.head]!;
  const at = ctx.nameWords.get(head.lower);
  return (
    toks[by.start]!.lower === 'the' &&
    !(toks[by.end]?.lower === 'and' && (listsOf(toks[by.end + 1]) & IN_REPORTER_ACCESS) !== 0) &&
    by.head === by.coreEnd - 1 &&
    headClass(ctx, by.head) === 'organisation' &&
    at !== undefined &&
    at < by.start
  );
}

/**
 * Whether the head of the definite document `np` (`the report`, `the new survey`) was last met
 * issued by a named body (`a survey published on Monday by the Halden Institute`).
 */
function issuedEarlier(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (np.end !== np.coreEnd) return false;
  for (let k = previousSameWord(ctx, np.head); k >= 0; k = previousSameWord(ctx, k)) {
    if (issuedByName(ctx, ctx.sentences[ctx.sentenceOf[k]!]!, k + 1)) return true;
    // back over repeats ("As the report states") to the mention that brought it in, and no
    // further: "A report said" after it is another one
    const det = toks[k - 1]?.lower;
    if (det !== 'the' && det !== 'this') return false;
  }
  return false;
}

const ISSUED_BY_NAMED = ruleWords('issuedByNamed');

/**
 * Whether the phrase is the published record of proceedings: "minutes of the meeting published on
 * Wednesday", "a summary of the discussion released with the decision", "a summary of an internal
 * investigation released on Friday" are the public papers of the body whose meeting or inquiry
 * the story is about, not a source it withholds. A `by` agent is `issuedByName`'s to judge, and
 * papers released `to` someone or `under` a disclosure rule are someone else's, still unnamed;
 * so is a record not published ("minutes of the meeting seen by the paper").
 */
function publishedRecord(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.coreEnd]?.lower !== 'of') return false;
  let of = false;
  for (let k = np.coreEnd + 1; k < np.end; k++)
    if ((moreListsOf(toks[k]) & IN_PROCEEDINGS) !== 0) of = true;
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  if (!of || (moreListsOf(toks[k]) & IN_PUBLISHED) === 0) return false;
  for (let q = k + 1; q < s.last && q <= k + 8; q++) {
    const t = toks[q]!;
    if (isPunct(t) || t.kind === 'quote') break;
    if (t.lower === 'by' || t.lower === 'to' || t.lower === 'under') return false;
  }
  return true;
}

/** Meetings and inquiries whose record a body publishes: `minutes of the meeting`. */
const PROCEEDINGS = ruleWords('proceedings');
const PUBLISHED = ruleWords('publishedParticiples');
/** Participles of a court filing: its `by` agent issued it ("documents filed by the authority"). */
const FILING_PARTICIPLES = ruleWords('filingParticiples');

/** Whether `t` is a participle of issuing or filing, which a `by` agent may follow. */
function issuing(t: Token | undefined): boolean {
  return (
    !!t &&
    ((moreListsOf(t) & IN_ISSUED_BY_NAMED) !== 0 || (moreListsOf(t) & IN_FILING_PARTICIPLES) !== 0)
  );
}

/** Whether a modal of a wish or a possibility governs the clause before token `at`: `would`, `'d`. */
function hypothetical(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  for (let k = at - 1; k >= s.first && k >= at - 8; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if (
      (moreListsOf(t) & IN_HYPOTHETICAL_MODALS) !== 0 ||
      t.lower.endsWith("'d") ||
      t.lower.endsWith('’d')
    )
      return true;
  }
  return false;
}

/** Modals of a wish or a possibility: `would`, `could`, `might`. */
const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'should', 'would']);

/** Whether a negation governs the clause before token `at`: `not`, `never`, `without`. */
function negated(ctx: Context, s: Sentence, at: number): boolean {
  const toks = ctx.tokens;
  for (let k = at - 1; k >= s.first && k >= at - 8; k--) {
    const t = toks[k]!;
    if (isPunct(t) || t.kind === 'quote') return false;
    if ((moreListsOf(t) & IN_NEGATORS) !== 0 || t.lower.endsWith("n't")) return true;
  }
  return false;
}

const NEGATORS = ruleWords('negators');

/**
 * Whether the phrase is the object of a preposition of aim or topic (`on`, `against`, `into`),
 * over coordinated words before it (`on sales and support teams`), or follows `be among` (a
 * predicate: "was among the negotiators").
 */
function aimedAt(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // A phrase that opens its sentence has nothing before it.
  if (np.start <= s.first) return false;
  let k = np.start - 1;
  while (
    k > s.first &&
    k > np.start - 4 &&
    toks[k]!.kind === 'word' &&
    !isPrep(toks[k]) &&
    (toks[k]!.f & F.REPORT) === 0
  )
    k--;
  const w = toks[k]!.lower;
  if (AIM_PREPS.has(w)) return true;
  return w === 'among' && k === np.start - 1 && (listsOf(toks[k - 1]) & IN_BE_FORMS) !== 0;
}

const AIM_PREPS = ruleWords('aimPrepositions');

/** Adjective endings: `senior`, `federal`, `foreign` (not a verb: "to threaten authorities"). */
const ADJECTIVE_SHAPE = /(?:[^e]al|ior|ic|ous|ary|ern|eign)$/;

/** Whether the phrase follows `interviews with`: people the story relied on. */
function interviewed(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.start - 1;
  return (
    k - 1 >= s.first && isPrep(toks[k]) && (moreListsOf(toks[k - 1]) & IN_CONSULTING_NOUNS) !== 0
  );
}

/** Nouns for talking with sources: `interviews with`, `conversations with`. */
const CONSULTING_NOUNS = ruleWords('consultingNouns');

/** Whether a person owns the phrase: `the chairman's donors`, `Okafor's deputies`. */
function ownedByPerson(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start + 1; k < np.head; k++) {
    if (toks[k]!.kind !== 'pos') continue;
    const owner = headClass(ctx, k - 1);
    return owner !== 'organisation' && owner !== 'document';
  }
  return false;
}

/** Whether the verb after `np` charges or arrests it: `has been charged`, `Man Charged`. */
function accused(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let k = np.end;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) k++;
  if (k >= s.last) return false;
  if ((moreListsOf(toks[k]) & IN_LEGAL_PARTICIPLES) !== 0) return true;
  // "was taken into custody", "were placed under arrest": an arrest in other words
  const into = toks[k + 1]?.lower;
  const what = toks[k + 2]?.lower;
  return (
    toks[k]!.kind === 'word' &&
    /[a-z](?:ed|en)$/.test(toks[k]!.lower) &&
    ((into === 'into' && what === 'custody') || (into === 'under' && what === 'arrest'))
  );
}

/** Verbs that tell someone something: their object receives a claim (`told commissioners`). */
const ADDRESSING = ruleWords('addressing');

/** Number words that count a group: `two officers`, `dozens of nurses`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Participles of arrest and charge: their subject is a suspect (`was arrested`). */
const LEGAL_PARTICIPLES = ruleWords('legalParticiples');

/** Verbs that issue a document: `releasing a statement`, `issued a report`. */
const ISSUING_VERBS = ruleWords('issuingVerbs');

/** Heads that say only how someone is related to another: `a cousin`, `an ally`. */
const RELATION_HEADS = ruleWords('relationHeads');

/** Active verbs of arrest and charge: their object is a suspect (`charging four men`). */
const ARREST_VERBS = ruleWords('arrestVerbs');

/**
 * Whether a head noun is plural by its ending: `s` after anything but `s` (`officials`, `agencies`,
 * `witnesses`), or `men`. Character tests, not a regular expression: asked for every candidate.
 */
export function pluralEnding(w: string): boolean {
  const n = w.length;
  return (n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115) || w === 'men';
}

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  RECORDINGS,
  RELATIVE_STARTS,
  PRESS_HEADS,
  BE_FORMS,
  DEGREE_WORDS,
  TITLE_MODIFIERS,
  ANON_ADJECTIVES,
  AMBIGUOUS_ROLES,
  ADDRESSING,
  UNIQUE_INSTITUTIONS,
  ORDINALS,
  ARREST_VERBS,
  ISSUING_VERBS,
  POSSESSIVE_DETERMINERS,
  HAVE_FORMS,
  REPORTER_ACCESS,
  RELIANCE_VERBS,
  QUANTITY_STARTS,
  NUMBER_WORDS,
  PARTY_WORDS,
  ADDRESSED,
  PARTICLES,
  COOPERATION_VERBS,
  SENT_NOUNS,
]);
const IN_RECORDINGS = 1 << 0;
const IN_RELATIVE_STARTS = 1 << 1;
const IN_PRESS_HEADS = 1 << 2;
const IN_BE_FORMS = 1 << 3;
const IN_DEGREE_WORDS = 1 << 4;
const IN_TITLE_MODIFIERS = 1 << 5;
const IN_ANON_ADJECTIVES = 1 << 6;
const IN_AMBIGUOUS_ROLES = 1 << 7;
const IN_ADDRESSING = 1 << 8;
const IN_UNIQUE_INSTITUTIONS = 1 << 9;
const IN_ORDINALS = 1 << 10;
const IN_ARREST_VERBS = 1 << 11;
const IN_ISSUING_VERBS = 1 << 12;
const IN_POSSESSIVE_DETERMINERS = 1 << 13;
const IN_HAVE_FORMS = 1 << 14;
const IN_REPORTER_ACCESS = 1 << 15;
const IN_RELIANCE_VERBS = 1 << 16;
const IN_QUANTITY_STARTS = 1 << 17;
const IN_NUMBER_WORDS = 1 << 18;
const IN_PARTY_WORDS = 1 << 19;
const IN_ADDRESSED = 1 << 20;
const IN_PARTICLES = 1 << 21;
const IN_COOPERATION_VERBS = 1 << 22;
const IN_SENT_NOUNS = 1 << 23;

/** The rest of them (one answer holds at most 30 lists). */
const moreListsOf = wordBits(() => [
  RESPONSIBILITY_VERBS,
  PROCEEDINGS,
  PUBLISHED,
  ISSUED_BY_NAMED,
  FILING_PARTICIPLES,
  HYPOTHETICAL_MODALS,
  NEGATORS,
  CONSULTING_NOUNS,
  LEGAL_PARTICIPLES,
  COUNTRY_CLASSES,
  UNPUBLISHED,
  NOT_WITHHOLDING,
  INDEFINITE,
]);
const IN_RESPONSIBILITY_VERBS = 1 << 0;
const IN_PROCEEDINGS = 1 << 1;
const IN_PUBLISHED = 1 << 2;
const IN_ISSUED_BY_NAMED = 1 << 3;
const IN_FILING_PARTICIPLES = 1 << 4;
const IN_HYPOTHETICAL_MODALS = 1 << 5;
const IN_NEGATORS = 1 << 6;
const IN_CONSULTING_NOUNS = 1 << 7;
const IN_LEGAL_PARTICIPLES = 1 << 8;
const IN_COUNTRY_CLASSES = 1 << 9;
const IN_UNPUBLISHED = 1 << 10;
const IN_NOT_WITHHOLDING = 1 << 11;
const IN_INDEFINITE = 1 << 12;
