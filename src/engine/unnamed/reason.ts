/**
 * Why a candidate phrase is an unnamed actor, by the class of its head: roles and occupations
 * that act or speak, organisations that act, documents relied on, anonymous-source formulas.
 *
 * The reasons are here; what they ask is beside them: what the entities pass decided
 * (entity-view.ts), documents (documents.ts), people where they stand (people.ts), a phrase's part
 * around an act (parties.ts), and the word lists and their bits (words.ts).
 */
import type { Context } from '../context';
import { isAdverb, isAux, isHeadline, isPrep, isPunct, isVerbLike } from '../context';
import { F, PLACE_WORDS, ruleWords, TITLE_PLURALS } from '../lexicon';
import type { HeadClass } from '../phrase/head-class';
import { headClass, isPersonClass } from '../phrase/head-class';
import { namedness } from '../phrase/namedness';
import { isPlaceName } from '../phrase/places';
import type { NounPhrase } from '../phrase/noun-phrase';
import { nominal } from '../phrase/noun-phrase';
import type { Sentence } from '../sentences';
import type { Named } from '../types';
import { accusedBody, blamedBody, soughtBody } from './accused-bodies';
import { apposedToActingSubject } from './apposed-bodies';
import {
  actorApposition,
  affiliationOfName,
  anonymityClause,
  hasAnonModifier,
  identityWithheld,
  nameApposition,
  namedAfter,
} from './appositions';
import { asClauseSubject } from './as-clause';
import { indefiniteAntecedent } from './unnamed-antecedent';
import { befallenSubject, crowdCount, staffingCount } from './befallen';
import { obligedClass } from './obligations';
import { groupAgent } from './group-agents';
import { consultedPeople } from './consulted-people';
import { speakersBody } from './speakers-body';
import { speakersPeople } from './speakers-people';
import { suspendedForConduct } from './suspended-people';
import { unnamedClient } from './unnamed-clients';
import { originApposition } from './origin-apposition';
import { ownerOfThing } from './thing-owners';
import { countedState } from './counted-states';
import { episodicAgent } from './episodic-agents';
import { previousSameWord } from '../same-word';
import { openingRelativeAct } from './opening-relatives';
import { plainVerbAfter } from './plain-verbs';
import { underInvestigation, underInvestigationAfter } from './under-investigation';
import {
  actedInRelative,
  contentDoing,
  contentSubject,
  countedSubject,
  groupSubject,
  identifiedNext,
  madeToActSubject,
  pastDoing,
  progressiveAct,
} from './content-subject';
import { counterparty, engagedBody } from './counterparty';
import { directedWorkforce } from './directed-workforce';
import { outsiderWorkforce } from './outsider-workforce';
import { withheldIdentity, withholdingSources } from './withheld-identity';
import { withAbsolutePeople, withAbsoluteSubject } from './with-absolute';
import { unanchoredBody } from './unanchored-bodies';
import { generalClass, imaginedActor } from './generic-voice';
import { genericModalSubject } from './generic-modal';
import {
  appearsToShow,
  bodysMinutes,
  citedDocument,
  claimContent,
  documentRepeat,
  firstTelling,
  passiveIn,
  issuedByName,
  issuedEarlier,
  leakedUnsigned,
  mediumOrTopic,
  obtainedUnsigned,
  occasionClaims,
  opensClause,
  provenance,
  publishedRecord,
  readByNamed,
  reachedReporter,
  reliedOn,
  reliedRecording,
  toldOfByUnnamed,
  tellingDocument,
  unpublished,
  unverified,
} from './documents';
import type { EntityView } from './entity-view';
import {
  byEntity,
  grantedRepeat,
  INDEFINITE_ONE,
  judgedUnnamed,
  withheldRepeat,
} from './entity-view';
import {
  courtAudience,
  knownPeople,
  knownResults,
  publishedInNamed,
  removedOrHarmed,
  studyAuthors,
} from './not-withheld';
import {
  accusedObject,
  callAudience,
  conflictPartner,
  countedObject,
  documentMakers,
  heldResponsible,
  sender,
  talkAudience,
  workedWith,
} from './parties';
import {
  accused,
  accusedApposed,
  AGENT_PEOPLE,
  aimedAt,
  asideEnd,
  consulted,
  hypothetical,
  interviewed,
  ofNamedBody,
  ownedByPerson,
  recipient,
  sought,
  RELATION_HEADS,
  workforce,
} from './people';
import { absoluteActing, participleActing, perceivedActing } from './perceived';
import { actFrom } from './act-from';
import { itsPartiesActing } from './its-parties';
import {
  byBefore,
  contactedSubject,
  genericClass,
  genericUser,
  harmedSubject,
  marketMove,
  position,
  summonedSubject,
  undergoingAgent,
} from './position';
import { policeAtWork } from './police-at-work';
import { definitePeople } from './definite-people';
import { describedParty } from './described-party';
import { linkedBody } from './linked-bodies';
import { chargedPeople } from './charged-people';
import { expelledPeople } from './expelled-people';
import { foreignStateBody } from './foreign-bodies';
import { earlierJudge } from './earlier-judge';
import { unconfirmedDocument } from './unconfirmed-documents';
import { unnamedIllicitBody } from './illicit-bodies';
import { barredSubject, withheldSubject } from './withheld-subject';
import { COUNTRY_WORDS, withheldBody, withheldIndefinite, withheldObject } from './withheld-body';
import { includedBody } from './included-bodies';
import { knownThroughAnother } from './known-through';
import { relativeActing } from './relatives-acting';
import { unreachedParty } from './unreached';
import { namedInsolvencyOffice } from './insolvency-offices';
import { institutionBody } from './institution-bodies';
import { soughtParty } from './sought-parties';
import { reportedBodyState } from './reported-bodies';
import { placedGroupProgressive } from './placed-group';
import { groupActSubject } from './group-acts';
import { raisedGroupAct } from './raised-group';
import { COLLECTIVE_STAFF, labourActSubject } from './labour-actions';
import { accusedOfBody } from './accused-of-body';
import { amongMany } from './among-many';
import { misconductOfBody } from './misconduct-of-body';
import { repeatsUnnamedBody } from './repeat-mentions';
import { responderAct } from './responders';
import { namedTeller, tradeGroupActs } from './trade-groups';
import { stanceGroup } from './stance-group';
import { surveyedCount } from './surveyed';
import { undergoneObject } from './undergone-object';
import { kinPassiveAgent } from './young-agents';
import { participleClause, sizeStandard } from './size-standard';
import {
  counted,
  IN_ADDRESSING,
  IN_AMBIGUOUS_ROLES,
  IN_ANON_ADJECTIVES,
  IN_ARREST_VERBS,
  IN_BE_FORMS,
  IN_DEGREE_WORDS,
  IN_INDEFINITE,
  IN_ISSUING_VERBS,
  IN_NEGATORS,
  IN_NOT_WITHHOLDING,
  IN_ORDINALS,
  IN_POSSESSIVE_DETERMINERS,
  IN_PRESS_HEADS,
  IN_RECORDINGS,
  IN_RELATIVE_STARTS,
  IN_TITLE_MODIFIERS,
  IN_UNIQUE_INSTITUTIONS,
  listsOf,
  moreListsOf,
  QUANTITY_STARTS,
  WHY,
} from './words';

/** Verbs that give a title to their object or passive subject: `named`, `elected`. */
const NAMING_PREDICATES = ruleWords('namingPredicates');

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
  // "Sergeant Ola Berg of the Kelm police told": the body of a named person who speaks
  if (affiliationOfName(ctx, s, np)) return null;
  // "The firm, which asked not to be named,", "The vendor, which Elmsford did not name,": a
  // definite body the text says it does not name (withheld-body.ts; people who ask not to be
  // named are anonymous sources below)
  if (cls === 'organisation' && withheldBody(ctx, np)) return WHY.anonymous;
  // "Nordeva did not name the supplier", "It declined to name the firm": a definite body the text
  // says outright it keeps back, the object of the refusal (decision 137 of the labelled sets)
  if (cls === 'organisation' && withheldObject(ctx, np)) return WHY.anonymous;
  // "The man, 34, cannot be named for legal reasons", "Her attacker, who was convicted last
  // week, cannot be named": a person the text says may not be named (withheld-subject.ts)
  if (isPersonClass(cls) && barredSubject(ctx, s, np)) return WHY.anonymous;
  // "six years at a food manufacturer she declines to name": a new body whose name is kept back
  if (cls === 'organisation' && !isSource && withheldIndefinite(ctx, np)) return WHY.organisation;
  // "To test this, the scientists asked 40 volunteers": a study's authors, known by their work
  if (studyAuthors(ctx, np) && !anonymityClause(ctx, s, np.end)) return null;
  // "costs borne by the growers": whom a cost or harm falls on, not an actor
  if (undergoingAgent(ctx, s, np)) return null;
  // "manageable for a bank of its size", "for a firm this size": a kind as a measure
  if (sizeStandard(ctx, np)) return null;
  // "ordered them back to work, ruling that": a participle, no document
  if (participleClause(ctx, np)) return null;
  // "recalled after reports that the frame can collapse", "an inquiry into claims that": claims
  // the story is about, with no one behind them
  if (cls === 'document' && (occasionClaims(ctx, np) || claimContent(ctx, np))) return null;
  // "..., a court heard", "jurors were told": the audience of unnamed witnesses' evidence
  if (courtAudience(ctx, s, np)) return null;
  // "a paper published on Monday in the Journal of Tidal Science": a named publication's study
  // (`paper` may also read as a newspaper)
  if (publishedInNamed(ctx, s, np)) return null;
  // "the user can select a query": anyone who uses the product, the public in general
  if (genericUser(ctx, s, np)) return null;
  // "Leaked minutes of the meeting, obtained by the Sentinel, record": a document that reached the
  // story by a leak, with no name inside it, withholds its issuer even where a body is named
  // around it (decision 14 of the labelled sets); credited, acting or opening its sentence, not
  // "comment on leaked documents", and a leaked photo only when credited
  // (a headline's "Leaked photos appear to show" sums up the story, which says where they came
  // from)
  if (
    cls === 'document' &&
    (listsOf(toks[np.head]) & IN_RECORDINGS) !== 0 &&
    isHeadline(ctx, s) &&
    !publishedInNamed(ctx, s, np)
  )
    return null;
  if (
    cls === 'document' &&
    (leakedUnsigned(ctx, np) || obtainedUnsigned(ctx, np)) &&
    (isSource ||
      ((listsOf(toks[np.head]) & IN_RECORDINGS) === 0 &&
        (np.start === s.first || position(ctx, s, np) === 'subject')))
  )
    return WHY.document;
  // "a poll of 18 economists", "surveyed 400 pharmacies": whom a survey asked (surveyed.ts)
  if (!isSource && (isPersonClass(cls) || cls === 'organisation') && surveyedCount(ctx, np))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "ruling that the trial judge had misdirected the jury": the unnamed judge of an earlier
  // hearing in a story of an appeal, not an officer of the appeal's court (earlier-judge.ts)
  if (!isSource && cls === 'title' && earlierJudge(ctx, np)) return WHY.actor;
  // "Brannock Freight entered administration ... The administrators said": the office of a named
  // insolvency, identified by the body it acts for, at every mention (insolvency-offices.ts)
  if (namedInsolvencyOffice(ctx, s, np)) return null;
  const entity = byEntity(ctx, np, cls, view);
  // ("the controller said" after "A controller at Corran, who spoke on condition of anonymity":
  // entity-view.ts)
  if (entity !== undefined)
    return (
      entity ??
      // "Flight attendants at SkyLink picketed the terminal": a named body's workforce the
      // entities file under the body, in its own labour action against it (as below, decision 185)
      (isPersonClass(cls) && labourWorkforce(ctx, s, np) ? WHY.actor : null) ??
      // "Its tenants tell a different story": a body's or a document's own people, a second
      // party the story does not name (its-parties.ts)
      (isPersonClass(cls) && itsPartiesActing(ctx, s, np) ? WHY.actor : null) ??
      markedAnonymous(ctx, s, np, cls, namedness(ctx, np), isSource, true) ??
      // ("Two former managers at Pelbrook Dairies said": the entities file them under the body,
      // yet the phrase leaves them among its many people, as below)
      (isPersonClass(cls) &&
      cls !== 'title' &&
      namedness(ctx, np) === 'partial' &&
      !isSource &&
      amongMany(ctx, s, np)
        ? WHY.partial
        : null) ??
      (grantedRepeat(ctx, np, cls, view) ? WHY.repeat : null) ??
      (withheldRepeat(ctx, s, np, cls, view) ? WHY.anonymous : null)
    );
  // "The group said it would return" after "A group of protesters blocked the road": a definite
  // body noun that repeats an unnamed one, acting or speaking (repeat-mentions.ts)
  if (cls === 'organisation' && repeatsUnnamedBody(ctx, s, np, view, isSource)) return WHY.repeat;
  // "A teacher has been suspended after allegedly posting pictures": a new mention of people
  // removed from their posts over their own conduct, suspects (suspended-people.ts)
  if (!isSource && isPersonClass(cls) && suspendedForConduct(ctx, s, np)) return WHY.actor;
  // "two analysts were dismissed", "four villagers are believed to have been killed": people an
  // act or a harm fell on
  if (!isSource && removedOrHarmed(ctx, s, np)) return null;
  // "three people instead of the required seven", "More than 1,400 drivers walked out",
  // "several participants developed signs of liver damage": people only counted, or whom an
  // illness or accident befalls
  if (
    !isSource &&
    (staffingCount(ctx, s, np) || crowdCount(ctx, np) || befallenSubject(ctx, s, np))
  )
    return null;
  // "Under the law, companies must notify the regulator": a class under a rule, even where a
  // cue takes the duty to notify for a claim
  if (obligedClass(ctx, s, np)) return null;
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
    // "Workers at Halvard Motors voted to authorize a strike": a workforce against its employer
    // ("are to strike" reads as a copula)
    const at = isPersonClass(cls) ? position(ctx, s, np) : 'other';
    // ("Aurel Air cabin crew to strike", "Orlen Philharmonic players strike over pay": a
    // headline's opening phrase is its subject, its verb bare or an infinitive)
    if (
      (at === 'subject' || at === 'copula' || (np.start === s.first && isHeadline(ctx, s))) &&
      labourActSubject(ctx, s, np)
    )
      return WHY.actor;
    // "accused a former trader at Pellmore Securities of hiding losses": people of a named body
    // accused on their own account (accused-of-body.ts)
    if (named === 'partial' && isPersonClass(cls) && accusedOfBody(ctx, s, np)) return WHY.actor;
    // "One of its organisers, a beef farmer from Carhow, said": a source described again by its
    // town (origin-apposition.ts)
    if (named === 'partial' && isSource && isPersonClass(cls) && originApposition(ctx, s, np))
      return WHY.source;
    // "One of the people said the firm had been told", "The fund, which manages $40 billion,
    // has approached": a definite body with no name before it to be, acting or credited
    // (unanchored-bodies.ts)
    if (
      named === true &&
      cls === 'organisation' &&
      unanchoredBody(ctx, np) &&
      (isSource || acting(position(ctx, s, np)))
    )
      return isSource ? WHY.source : WHY.organisation;
    const marked = markedAnonymous(ctx, s, np, cls, named, isSource);
    if (marked !== null || named !== 'partial' || !isPersonClass(cls)) return marked;
    // "two former sales managers at Varden Foods", "a nurse at Orsa General Hospital": people of
    // a named body whom an indefinite or counted phrase leaves among many, not a unique office
    // (among-many.ts)
    return cls !== 'title' && !isSource && amongMany(ctx, s, np) ? WHY.partial : null;
  }
  // "Her granddaughter wrote online", "the groom's brother had been drinking": a person known
  // only through a possessive owner, who acts or speaks (known-through.ts)
  // (credited, it is a source like any other: "Her daughter, who did not want to be named, said")
  if (knownThroughAnother(ctx, s, np, cls, isSource))
    return !isSource ? WHY.actor : anonymityClause(ctx, s, np.end) ? WHY.anonymous : WHY.source;
  // "The plant's operator has been fined", "the ship's owner, a company registered abroad, could
  // not produce": a body or person known only through the thing it owns or runs, acting or
  // speaking (thing-owners.ts)
  if (ownerOfThing(ctx, np) && (isSource || ownerActs(position(ctx, s, np))))
    return isSource ? WHY.source : cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "said the family had called the agency", "Eyewitnesses said the bride's brother threw the
  // first punch": a family or a relative that acts (relatives-acting.ts)
  if (!isSource && isPersonClass(cls) && relativeActing(ctx, s, np)) return WHY.actor;
  // "charged a former deputy minister with taking bribes", "the extradition of a second
  // suspect": people new to the story held or sought on suspicion (charged-people.ts)
  if (!isSource && isPersonClass(cls) && chargedPeople(ctx, s, np)) return WHY.actor;
  // "expels four diplomats over alleged spying": people new to the story expelled over their own
  // conduct (expelled-people.ts)
  if (!isSource && isPersonClass(cls) && expelledPeople(ctx, s, np)) return WHY.actor;
  // "A lawyer for one of the officers said his client had acted", "A hospital administrator said
  // her staff had caught the errors": people known only through the speaker (speakers-people.ts)
  if (!isSource && isPersonClass(cls) && speakersPeople(ctx, s, np)) return WHY.actor;
  // "One executive at a midsize lender said his bank had lowered its standards": the body of a
  // speaker the sentence leaves unnamed, acting (speakers-body.ts)
  if (!isSource && cls === 'organisation' && speakersBody(ctx, s, np)) return WHY.organisation;
  // "A lawyer for three of the officers said his clients had been held": the unnamed party the
  // lawyer acts for (unnamed-clients.ts)
  // (one who only undergoes something stays optional, decision 119)
  if (
    unnamedClient(ctx, s, np) &&
    (isSource ||
      (position(ctx, s, np) !== 'passiveSubject' &&
        toks[np.end + 1]?.lower !== 'been' &&
        toks[np.end]?.lower !== 'were'))
  )
    return !isSource ? WHY.actor : anonymityClause(ctx, s, np.end) ? WHY.anonymous : WHY.source;
  const before = toks[np.start - 1];
  // ("Both officials requested anonymity": two people the story withholds, credited or marked
  // anonymous, decision 7; "..., these people said": a demonstrative repeat of people credited or
  // marked anonymous is a repeat as "those people" and "the people" are)
  if (
    (firstIn & IN_NOT_WITHHOLDING) !== 0 &&
    !(isSource && (firstLists & IN_POSSESSIVE_DETERMINERS) !== 0) &&
    !(
      (first === 'both' || first === 'these' || first === 'this') &&
      isPersonClass(cls) &&
      (isSource || anonymityClause(ctx, s, np.end))
    )
  )
    return null;
  if (isPersonClass(cls) && ofNamedBody(ctx, s, np)) return null;
  // "warnings from pharmacists", "alerts from betting operators", "over the objections of at
  // least one colleague": whoever sends a message acts
  if (cls !== 'document' && sender(ctx, np)) return WHY.actor;
  // "clashed repeatedly with producers", "after a bust-up with a senior producer": the other side
  // of a clash acts in it
  if (cls !== 'document' && cls !== 'nonAgent' && conflictPartner(ctx, np))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "A petition signed by 412 people", "a letter signed by 23 parents": those who made it act
  if (isPersonClass(cls) && documentMakers(ctx, np)) return WHY.actor;
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
    ((firstIn & IN_INDEFINITE) !== 0 ||
      counted(toks[np.start]!) ||
      (toks[np.start]!.f & F.DET) === 0) &&
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
  // "The minister spoke to officials at the conference": whom a person of the story talked to
  if (!isSource && talkAudience(ctx, s, np)) return null;
  // "Gunmen shot a lawyer", "The minister addressed officials": a victim or an audience
  // (undergone-object.ts)
  if (!isSource && (isPersonClass(cls) || cls === 'nonAgent') && undergoneObject(ctx, s, np))
    return null;
  // predicate: "described them as operatives" (not people who speak: "as some lawmakers urged",
  // nor a document: "as a leaked memo warns")
  if (
    before &&
    before.lower === 'as' &&
    // (not a clause `as` opens: "as a group of soldiers seized the broadcaster", as-clause.ts)
    !asClauseSubject(ctx, s, np) &&
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
  // (a document's adjective is no title's: "according to financial records")
  const newTitle =
    isSource &&
    ((firstIn & IN_INDEFINITE) !== 0 || cls === 'document' || manyHolders(ctx, np, cls));
  for (let k = np.start; k < np.head; k++) {
    const bits = listsOf(toks[k]);
    if (((bits & IN_TITLE_MODIFIERS) !== 0 && !newTitle) || (bits & IN_DEGREE_WORDS) !== 0)
      return null;
  }
  // "chief operating officer": a title whose modifiers the phrase did not take in (not a
  // document's adjective: "financial records seen by the paper")
  if (
    cls !== 'document' &&
    before &&
    ((listsOf(before) & IN_TITLE_MODIFIERS) !== 0 || before.lower === 'operating')
  )
    return null;
  // named through a following phrase: "outlets including the Morning Ledger", "The researchers,
  // led by ornithologist Priya Kethireddy"
  if (namedAfter(ctx, s, np.end, first === 'such')) return null;
  const anonMod = np.end > np.coreEnd && hasAnonModifier(ctx, np);
  let anonAdj = false;
  for (let k = np.start; k < np.head; k++)
    if ((listsOf(toks[k]) & IN_ANON_ADJECTIVES) !== 0) anonAdj = true;
  if (anonMod || anonAdj || anonymityClause(ctx, s, np.end)) return WHY.anonymous;
  // "The players, whose names have not been released,", "the consignor, whom it did not name",
  // "The report does not name the player": people or a body whose name the text keeps back
  // (withheld-identity.ts; not a victim, who is no actor)
  if ((isPersonClass(cls) || cls === 'organisation') && withheldIdentity(ctx, s, np))
    return WHY.anonymous;
  // "A bus driver who refused to let a blind man board has been suspended", "two walkers, who
  // ignored him": people new to the story whose relative clause tells of their own past act
  if (!isSource && isPersonClass(cls) && actedInRelative(ctx, s, np)) return WHY.actor;
  // "hired an outside firm to investigate": a firm a body takes on does nothing the story tells
  // of yet
  if (!isSource && engagedBody(ctx, s, np, cls)) return null;
  // "is looking for a buyer", "hopes to find an investor": a deal's party not yet found
  // (sought-parties.ts)
  if (!isSource && soughtParty(ctx, s, np)) return null;
  // "sell a stake to a Gulf investor", "talks with at least two buyout firms", "has hired
  // advisers": the other party of a deal, or the advisers a body engaged
  if (!isSource && cls !== 'document' && cls !== 'nonAgent' && counterparty(ctx, s, np, cls))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "footage showed a masked man entering", "saw armed men going door to door": people seen acting
  if (!isSource && isPersonClass(cls) && perceivedActing(ctx, s, np)) return WHY.actor;
  // "fired tear gas at students protesting tuition increases", "a turf war between two criminal
  // groups fighting over a route": new people or a body an -ing participle shows at a deed of
  // the story, wherever else the phrase stands (perceived.ts; not whom the clause acts on: "A
  // woman carrying a child was hit by a car")
  if (
    !isSource &&
    (isPersonClass(cls) || cls === 'organisation') &&
    participleActing(ctx, s, np) &&
    // (not a body after `on` or `via`, which gate.ts refuses as a medium: "the plan relies on
    // county councils hiring wardens")
    !(cls === 'organisation' && afterMedium(ctx, np)) &&
    position(ctx, s, np) !== 'passiveSubject'
  )
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "demand was tepid, with several large funds declining to take part"
  if (!isSource && (isPersonClass(cls) || cls === 'organisation') && absoluteActing(ctx, s, np))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "after pressure from clergy", "learned of the list from parishioners": whom an act came from
  if (!isSource && isPersonClass(cls) && actFrom(ctx, s, np)) return WHY.actor;
  // "Disruptive companies talk a good game", "Teachers must report by 7:15": a class in general
  if (!isSource && cls !== 'person' && genericClass(ctx, s, np, isHeadline(ctx, s))) return null;
  // "tools to fight militants", "if another bidder still wants it": a class spoken of in general,
  // or an actor only imagined (generic-voice.ts)
  if (!isSource && (generalClass(ctx, s, np) || imaginedActor(ctx, s, np))) return null;
  // "argue that a supervisor cannot stop every failure": one of a class in general
  // (generic-modal.ts)
  if (!isSource && genericModalSubject(ctx, s, np)) return null;
  // (but "Backers have included two construction firms": a group's counted parties,
  // included-bodies.ts)
  if (
    !isSource &&
    cls !== 'document' &&
    ((countedObject(ctx, np) && !(cls === 'organisation' && includedBody(ctx, s, np))) ||
      workedWith(ctx, np))
  )
    return null;
  // "Some villagers were angry", "Farmers' groups are worried": a group relied on for a stance
  // (stance-group.ts)
  if (!isSource && (isPersonClass(cls) || cls === 'organisation') && stanceGroup(ctx, s, np, cls))
    return cls === 'organisation' ? WHY.organisation : WHY.actor;
  // "The pair fled", "The 38-year-old said", "the two boys had been feuding": a definite
  // description of people that no name in the text is described as (definite-people.ts)
  if (definitePeople(ctx, s, np, cls, isSource)) return isSource ? WHY.source : WHY.actor;
  const plural = pluralEnding(toks[np.head]!.lower);
  const bareSingular = np.start === np.head && !plural;
  switch (cls) {
    case 'role': {
      if (isSource) return WHY.source;
      const pos = doingPosition(ctx, s, np, reported);
      // "air monitors", "the mechanics of the deal": nouns that also name things act only as subjects
      if (
        (listsOf(toks[np.head]) & IN_AMBIGUOUS_ROLES) !== 0 &&
        pos !== 'subject' &&
        pos !== 'agent'
      )
        return null;
      // "Police were called to the property", "officers were dispatched to the scene": a
      // service sent for comes and acts
      if (pos === 'passiveSubject' && summonedSubject(ctx, s, np)) return WHY.actor;
      // "police" acts as a subject, or bare as an agent: "was told nothing by police" (decision 60)
      if (
        toks[np.head]!.lower === 'police' &&
        pos !== 'subject' &&
        !(pos === 'agent' && before?.lower === 'by' && np.start === np.head) &&
        !policeAtWork(ctx, s, np, pos)
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
      // "shielded allies of the government", "spent the week lobbying colleagues", "to talk with
      // political allies": people known only by their tie to someone, acted on or talked to, do
      // nothing in the story (they stay actors as subjects, agents and sources)
      if (pos === 'other' && relational(toks[np.head]!.lower)) return null;
      if (pos === 'subject' && !reported && countedState(ctx, s, np)) return null;
      return WHY.actor;
    }
    case 'nonAgent':
      // "one of the jurors told", "two patients said"; not "the victim", a person already known
      return isSource && first !== 'the' ? WHY.source : null;
    case 'occupation': {
      // "a plumber found", "teachers said": only an occupation that acts or speaks
      if (isSource) return WHY.source;
      // "The Gazette spoke to six nurses": people the story talked to (consulted-people.ts)
      if (consultedPeople(ctx, s, np)) return WHY.actor;
      // "Builders gained 3 percent": a stock sector moving, not people acting
      if (plural && marketMove(ctx, s, np.end)) return null;
      // "the directors rejected the offer", "described the two senators as": the office-holders
      // of a body or a story already known, as "the mayor" is
      if (first === 'the' && TITLE_PLURALS.has(toks[np.head]!.lower)) return null;
      // "Health chiefs have been accused of a cover-up", "two nurses were charged": people the
      // story accuses without naming them act (decision 56), bare plural or not
      if (accused(ctx, s, np) && position(ctx, s, np) === 'passiveSubject') return WHY.actor;
      // "Two contractors are being investigated", "a labour broker was under investigation": a
      // person under investigation for their own conduct is a suspect (decision 120;
      // under-investigation.ts)
      if (underInvestigation(ctx, s, np)) return WHY.actor;
      // "Paramedics were sent to the address", "Firefighters were called out": a service sent
      // for comes and acts, bare plural or not
      if (summonedSubject(ctx, s, np) && position(ctx, s, np) === 'passiveSubject')
        return WHY.actor;
      // "Drivers reported for their first shifts", "Teachers must report by 7:15": a bare
      // plural occupation credited with nothing is the workforce the story is about, not actors
      // it withholds
      // "A lender said creditors were organising": parties who act in what a source tells of
      // (a plural the lexicon does not list; its trades, "said doctors had been writing", are
      // the workforce of the body the story is about)
      // (and a listed trade in the words of a speaker who is not named: "The report said nurses
      // had ignored the warnings", trade-groups.ts)
      if (
        plural &&
        reportedActors(ctx, s, np) &&
        ((toks[np.head]!.f & F.ACTOR) === 0 || !namedTeller(ctx, s, np, view))
      )
        return WHY.actor;
      // "supervisors had told employees to delete the emails": a workforce directed to act
      // (directed-workforce.ts)
      if (plural && directedWorkforce(ctx, s, np)) return WHY.actor;
      // "One whistleblower said trustees had buried the report": a trade in the words of someone
      // who does not speak for its body (outsider-workforce.ts)
      if (outsiderWorkforce(ctx, s, np)) return WHY.actor;
      // (but "was handled by trustees", "had been approved by regulators": the agent of a passive
      // did the act the story tells of, people it does not name)
      // (nor "Bus drivers have reportedly begun refusing shifts": an act a hedge reports)
      if (
        plural &&
        workforce(ctx, np) &&
        // (not the heads of a body: "leaders had not acted", "Union leaders reacted")
        !TITLE_PLURALS.has(toks[np.head]!.lower) &&
        !reported &&
        // (not responders at work: "Firefighters battled the blaze", responders.ts)
        !responderAct(ctx, s, np) &&
        // (nor a trade's people who did something of their own beyond their routine work:
        // "Nurses stormed the building", "Engineers had falsified the results", "Pilots were
        // refusing to fly", trade-groups.ts)
        !tradeGroupActs(ctx, s, np, view) &&
        !passiveAgent(ctx, s, np) &&
        position(ctx, s, np) !== 'raised' &&
        // (nor "said technicians were ordered to skip the checks": made to act)
        !madeToActSubject(ctx, s, np) &&
        // (nor "Baggage handlers at the airport have voted to strike": a labour act, decision 185)
        !labourWorkforce(ctx, s, np)
      )
        return null;
      // "the village's fishermen": specific by their owner; but "the email's author" is unknown,
      // and "Vireo Racing's owners" are placed by what they own (decisions 140 and 175)
      const owners = toks[np.head]!.lower === 'owners' || toks[np.head]!.lower === 'co-owners';
      for (let k = np.start; k < np.head && !owners; k++)
        if (toks[k]!.kind === 'pos' && headClass(ctx, k - 1) !== 'document') return null;
      if (recipient(ctx, s, np)) return null;
      const at = doingPosition(ctx, s, np, reported);
      // "Several team owners oppose the deal", "Sellers of the chargers often use short-lived
      // storefronts": a plural that opens a clause before a plain verb is its subject
      // (plain-verbs.ts)
      const pos = at === 'other' && plural && plainVerbAfter(ctx, s, np) ? 'subject' : at;
      if (pos === 'other' && interviewed(ctx, s, np)) return WHY.actor;
      // ("Several pensioners were blocking the bypass": a counted group at a group act, which
      // the position reads as a copula; group-acts.ts)
      if (pos === 'copula' && groupActSubject(ctx, s, np)) return WHY.actor;
      // "Some shopkeepers can now book", "Several neighbours will pay more", "Dozens of nurses are
      // expected to benefit", "Two farmers need help": a subject the sentence only describes, an
      // ability, a cost ahead, a harm or a generic present, no act (counted-states.ts)
      if (pos === 'subject' && !reported && countedState(ctx, s, np)) return null;
      // ("Vireo Racing's owners are seeking a buyer": owners at an act in progress)
      if (owners && pos === 'copula' && progressiveAct(ctx, s, np.end)) return WHY.actor;
      // "The recruiter could not be reached", "The buyer has not been disclosed": a party the
      // story sought acts (unreached.ts)
      if (!acting(pos) && unreachedParty(ctx, s, np)) return WHY.actor;
      // "The dealer who sold the painting is under investigation": a sentence's opening
      // occupation picked out by its own past act (opening-relatives.ts)
      if (!acting(pos) && openingRelativeAct(ctx, s, np)) return WHY.actor;
      // "the buyer was likely to be a Gulf fund", "The buyer, understood to be a local owner,": a
      // deal's party described but not named (described-party.ts)
      if (!acting(pos) && describedParty(ctx, s, np)) return WHY.actor;
      // "with several leading shareholders understood to have lost confidence": people a hedge
      // reports acting inside a `with` absolute clause (with-absolute.ts)
      if (pos === 'other' && withAbsolutePeople(ctx, s, np)) return WHY.actor;
      return acting(pos) ? WHY.actor : null;
    }
    case 'organisation': {
      // "circulating on social media", "posted via a network": a medium, not an actor
      if (before && (before.lower === 'on' || before.lower === 'via')) return null;
      // "Stourby council said", "Leeds council's planning committee": a place's own council, a
      // noun for a distinct body after the place's name, is that named body (decision 139; not
      // "Kelm police", decision 60)
      if (placeCouncil(ctx, np)) return null;
      // "Parliament's intelligence committee": a body of the country's one institution, as "the
      // parliament's trade committee" is (decision 66; institution-bodies.ts)
      if (institutionBody(ctx, np)) return null;
      if (isSource && !bareSingular && first !== 'the') return WHY.source;
      // "Trucking firm kept ...": a singular without a determiner is headline shorthand for a
      // body the story names
      const det = toks[np.start]!;
      let owned = false;
      for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') owned = true;
      // "Children's charity spent", "Party donor's firm won", "Premier's office saw": in a
      // headline, an owner with no determiner is shorthand too, for a body the story names
      // (decision 3 of the labelled sets)
      if (owned && headlineShorthand(ctx, s, np)) return null;
      // ("first carried by local media": the press of a place, a plural without an -s; not
      // "spread by social media", a medium)
      if (
        !plural &&
        !placedMedia(ctx, np) &&
        !owned &&
        (det.f & (F.DET | F.QUANT)) === 0 &&
        !QUANTITY_STARTS.has(first)
      )
        return null;
      // "Syria's army", "Britain's treasury": a country's unique institution is named by it
      if (owned && ctx.name[np.start] && (listsOf(toks[np.head]) & IN_UNIQUE_INSTITUTIONS) !== 0)
        return null;
      // ("the second lab and the third lab said": another one, not the one named)
      const ordinal =
        first === 'the' &&
        np.head > np.start + 1 &&
        (listsOf(toks[np.start + 1]) & IN_ORDINALS) !== 0;
      // "Detectives believe the gang is operating from abroad", "The gangs are laughing at us": a
      // criminal body that no name in the text is, acting (illicit-bodies.ts)
      // "a criminal group that has targeted telecoms firms ... The group allegedly sells stolen
      // records": a body the story met only as an indefinite of no name, acting again
      if (
        (first === 'the' && unnamedIllicitBody(ctx, np) && acting(position(ctx, s, np))) ||
        actingIndefiniteRepeat(ctx, s, np)
      )
        return WHY.organisation;
      if (
        bareSingular ||
        (first === 'the' && !ordinal) ||
        first === 'that' ||
        first === 'those' ||
        first === 'other'
      )
        return null;
      const pos = position(ctx, s, np);
      // "Bidders include a rival grain processor": one of an acting group's parties
      // (included-bodies.ts)
      if (pos === 'other' && includedBody(ctx, s, np)) return WHY.organisation;
      // "At least two other water companies are under investigation": bodies a count brings in
      // new, in a state the story tells of
      if (pos === 'copula' && counted(toks[np.start]!)) return WHY.organisation;
      // "A warehouse operator has been accused of hiding a fire", "Some distributors are suspected
      // of hoarding": a body the story accuses acts, as a title's holder does (accused-bodies.ts)
      if (pos === 'passiveSubject' && accusedBody(ctx, s, np)) return WHY.organisation;
      // "A City hedge fund is under investigation", "A water company under investigation for
      // polluting the river": a body placed under an inquiry into its own conduct is a suspect
      // (decision 120), as people are (under-investigation.ts)
      if (underInvestigation(ctx, s, np) || underInvestigationAfter(ctx, np))
        return WHY.organisation;
      // "believes a foreign state was behind the attack": a body a deed is laid at
      if (pos === 'copula' && blamedBody(ctx, s, np)) return WHY.organisation;
      // "Cops are hunting a gang who raided three jewellers": the body a hunt or an inquiry seeks
      // (not a field in general: "a charity that investigates care homes")
      if (
        pos === 'other' &&
        ((firstIn & IN_INDEFINITE) !== 0 || counted(toks[np.start]!)) &&
        soughtBody(ctx, s, np)
      )
        return WHY.organisation;
      // "linked the intrusions to a group it tracks", "has links to an organised crime group": a
      // body a deed or a suspect is laid at (linked-bodies.ts)
      if (pos === 'other' && linkedBody(ctx, s, np)) return WHY.organisation;
      // "The company's lenders, a group of regional banks, agreed": a body described between
      // commas after an acting subject does what it does (apposed-bodies.ts)
      if (pos === 'other' && apposedToActingSubject(ctx, s, np)) return WHY.organisation;
      // "with at least three buyout firms having expressed interest": the doer of a `with`
      // absolute clause's own verb (with-absolute.ts)
      if (pos === 'other' && withAbsoluteSubject(ctx, s, np)) return WHY.organisation;
      // "A logging company operating in the area could not be reached for comment": a body the
      // story sought acts (unreached.ts)
      if (!acting(pos) && unreachedParty(ctx, s, np)) return WHY.organisation;
      // "passing designs to a foreign intelligence agency": a state body the story withholds,
      // wherever it stands (foreign-bodies.ts)
      if (!acting(pos) && foreignStateBody(ctx, np)) return WHY.organisation;
      // "A European drugmaker is in talks to license the drug, two sources said", "A leasing
      // company is close to ordering 30 trains": a body brought in new in a state the story
      // reports or a cue credits (reported-bodies.ts)
      if (
        !acting(pos) &&
        reportedBodyState(
          ctx,
          s,
          np,
          pos,
          (firstIn & IN_INDEFINITE) !== 0 || counted(toks[np.start]!),
          reported,
        )
      )
        return WHY.organisation;
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
        !(reported && pos === 'subject') &&
        // (but "The fire was started by gangs", "were attacked by militias": the agent of a past
        // passive did the act the story tells of, as for people; not a trend, "are being adopted
        // by universities")
        !(passiveAgent(ctx, s, np) && !presentProgressivePassive(ctx, s, np.start - 1))
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
      // "A senator was arrested", "a judge has been charged": a holder the story accuses without
      // naming acts (decision 56), as an occupation does
      if (pos === 'passiveSubject' && accused(ctx, s, np)) return WHY.actor;
      return acting(pos) ? WHY.actor : null;
    }
    case 'person': {
      if (isSource) return WHY.source;
      // "which the people declined to name": the sources met again, keeping a name back
      if (withholdingSources(ctx, s, np)) return WHY.repeat;
      const head = toks[np.head]!.lower;
      // "Two inmates broke out. The men were identified as ...": people the story names next
      if (plural && identifiedNext(ctx, s)) return null;
      const pos = position(ctx, s, np);
      // "draws on interviews with 38 former detainees": people the story relied on
      // (not "interviews for most applicants": whom they select)
      if (pos === 'other' && toks[np.start - 1]?.lower === 'with' && interviewed(ctx, s, np))
        return WHY.actor;
      // "The Gazette spoke to eleven residents", "Residents I spoke to were not convinced": people
      // the story talked to and relies on (consulted-people.ts)
      if (consultedPeople(ctx, s, np)) return WHY.actor;
      // "accounts held by a cousin in Lisbon": a relative who acts is known only by relation
      // (not "is survived by two daughters": kinship, no act; young-agents.ts)
      if (RELATION_HEADS.has(head) && (firstIn & IN_INDEFINITE) !== 0)
        return acting(pos) && !(pos === 'agent' && kinPassiveAgent(ctx, s, np)) ? WHY.actor : null;
      // "Several senior players are said to have complained": people a hedge reports acting;
      // "a claim disputed by a former crew member": the agent of a passive; "the tip came from a
      // family member": whom an act or message came from
      if (
        (pos === 'raised' ||
          // (not "by a couple of job interviews": a quantity)
          (pos === 'agent' &&
            (byBefore(ctx, np) ||
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
      // ("escorted out by security staff": a body's people, plural without an -s; "had been
      // detained by the mutineers", "were confronted by the coaching staff": a definite group at
      // its first mention, which refers back to no one the story has met)
      if (
        pos === 'agent' &&
        (plural || STAFF.has(head)) &&
        passiveAgent(ctx, s, np, firstMention(ctx, np.head))
      )
        return WHY.actor;
      // "were put up in a church hall by volunteers", "had been contacted by several worried
      // families", "an effort by volunteers": a group that did a past act (group-agents.ts)
      if (groupAgent(ctx, s, np)) return WHY.actor;
      if (reported && plural && pos === 'subject') return WHY.actor;
      // "Some residents are reportedly leaving the camp, aid workers said", "smaller members were
      // pushing back, one delegate said": new people doing something in what a source tells
      if (
        reported &&
        pos === 'copula' &&
        (plural || (firstIn & IN_INDEFINITE) !== 0 || counted(toks[np.start]!)) &&
        progressiveAct(ctx, s, np.end)
      )
        return WHY.actor;
      // "said several senior players had lost faith", "when a junior member interrupted him":
      // people who did something in what a source tells of
      if (pos === 'subject' && (contentSubject(ctx, s, np) || countedSubject(ctx, s, np)))
        return WHY.actor;
      // "the chaplain said players had been praying", "said crews would work through the
      // night", "said members were prepared to strike": what people were doing or meant to do
      // in what a source tells of
      if (pos !== 'agent' && pos !== 'raised' && contentDoing(ctx, s, np)) return WHY.actor;
      // "said staff had been instructed to delete the records", "Several fans were filmed
      // chanting": people a passive makes or sees act
      if ((pos === 'subject' || pos === 'passiveSubject') && madeToActSubject(ctx, s, np, reported))
        return WHY.actor;
      // "Onlookers filmed the fight", "Relatives of the crew gathered outside": a bare plural
      // group that did something ("Local people have organised", "Passers-by pulled him out":
      // `people` after a modifier and a compound whose first word is the plural are plural too;
      // "People with diabetes" alone is anyone with it)
      if (
        pos === 'subject' &&
        (pluralPeople(head) ||
          // ("Staff had ignored the alarms", "Crew refused to fly": bare group nouns carry no
          // body, even right after one is named, decision 65)
          (COLLECTIVE_STAFF.has(head) && !STAFF_AHEAD.has(toks[np.end]?.lower ?? '')) ||
          (head === 'people' && np.head > np.start)) &&
        groupSubject(ctx, s, np)
      )
        return WHY.actor;
      // "Parents in an online group for the district are organizing a sick-out"
      if (pos === 'subject' && placedGroupProgressive(ctx, s, np)) return WHY.actor;
      // "More than 1,300 residents signed a petition", "Two schoolboys pulled the driver out", "a
      // passer-by called police", the headline "Parishioners Block Closure": people who do a
      // deliberate act of a group in the story (group-acts.ts)
      if ((pos === 'subject' || pos === 'copula') && groupActSubject(ctx, s, np)) return WHY.actor;
      // "Objectors are understood to be considering a legal challenge": a bare plural group a
      // raising hedge reports acting (raised-group.ts)
      if (pos === 'raised' && raisedGroupAct(ctx, s, np)) return WHY.actor;
      // "Ground-handling workers at Calder Airport have voted to strike", "Cabin crew walked
      // out": a workforce's labour act, named body or not (decision 185 of the labelled sets)
      if (labourWorkforce(ctx, s, np)) return WHY.actor;
      // "managers had told staff to record the assaults as minor", "pressured crews to spray": a
      // workforce directed to act (directed-workforce.ts)
      if (directedWorkforce(ctx, s, np)) return WHY.actor;
      // "One fan was arrested", "Six crew members, four nationals and two foreigners, were
      // arrested": a new mention of people the story arrests or charges acts, whatever noun
      // describes them, as "a man" does (decision 102); not a crowd held ("dozens of people had
      // been detained", "at least 14 inmates had been held": a count of detainees), and a verb
      // group, not a participle that picks them out ("Two aid workers held for months by a militia
      // were freed": hostages)
      if (
        pos === 'passiveSubject' &&
        newSuspects(ctx, np) &&
        isAux(toks[asideEnd(ctx, s, np.end)]) &&
        accused(ctx, s, np)
      )
        return WHY.actor;
      // "A nurse said staff had been told to keep quiet": a body's people in the words of someone
      // who does not speak for it (outsider-workforce.ts)
      if (outsiderWorkforce(ctx, s, np)) return WHY.actor;
      // "Parents have started a petition", "said crews went door to door": any person noun that
      // is the agent of an active clause telling of a particular event (episodic-agents.ts)
      if (!AGENT_PEOPLE.has(head)) return episodicAgent(ctx, s, np, pos) ? WHY.actor : null;
      const headline = isHeadline(ctx, s);
      if (np.start === np.head && !headline) return null;
      if (pos === 'subject') return WHY.actor;
      // "charging four men over their roles", "police arrested two men"
      if (before && (listsOf(before) & IN_ARREST_VERBS) !== 0) return WHY.actor;
      // the headline "Cops hold man, 19", "Police quiz two men": an arrest in headline words
      if (headline && before && HEADLINE_HOLDING.has(before.lower)) return WHY.actor;
      // "detectives were hunting for at least one other man", "an appeal to trace a man"
      if (sought(ctx, s, np)) return WHY.actor;
      if ((pos === 'passiveSubject' || headline) && accused(ctx, s, np)) return WHY.actor;
      return accusedApposed(ctx, s, np) ? WHY.actor : null;
    }
    case 'document':
      // "his testimony": the owner is known
      if ((firstLists & IN_POSSESSIVE_DETERMINERS) !== 0) return null;
      // "board minutes seen by the Ledger": the record of a body's own meeting (documents.ts)
      if (bodysMinutes(ctx, s, np)) return null;
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
      // (not a named body's document met again: "The letter, which the Courier has seen," after
      // "a letter from the Schools Inspectorate")
      // (nor one whose issuer its own sentence gives: "The memo, a copy of which the Herald has
      // seen, was drafted by the city's finance directorate")
      if (
        reachedReporter(ctx, np) &&
        !mediumOrTopic(ctx, s, np) &&
        !(first === 'the' && issuedEarlier(ctx, np)) &&
        !issuedByName(ctx, s, np.end)
      )
        return WHY.document;
      // "which cited an internal spreadsheet", "citing leaked wire transfer records": what a
      // source cites it relies on
      if (citedDocument(ctx, np)) return WHY.document;
      // "examining a video circulating online that appears to show": relied on for what it
      // seems to show, with the writer's distance (decision 95 of the labelled sets)
      if (appearsToShow(ctx, s, np)) return WHY.document;
      // "could not independently verify the footage": what the story relies on without being able
      // to vouch for it, new to the story
      if (unverified(ctx, s, np)) return WHY.document;
      // "Unverified reports on social media that the runway was hit": the writer's distance from
      // a document whose issuer nobody gives (unconfirmed-documents.ts)
      if (unconfirmedDocument(ctx, np)) return WHY.document;
      // ("The photos appear to show him" after "Photos obtained by the Sun show": one met again)
      if (
        (listsOf(toks[np.head]) & IN_RECORDINGS) !== 0 &&
        !(isSource && (provenance(ctx, np) || reliedRecording(ctx, s, np, reported)))
      )
        return documentRepeat(ctx, s, np, view) ? WHY.repeat : null;
      // "releasing a statement that called ...": the statement of whoever released it
      if (before && (listsOf(before) & IN_ISSUING_VERBS) !== 0) return null;
      // "figures released on Tuesday by the Northmoor Building Society": issued by a named body
      if (issuedByName(ctx, s, np.end)) return null;
      if (publishedRecord(ctx, s, np)) return null;
      // "The report concluded" after "a report released on Monday by the Halden Institute": the
      // document a named body issued, met again
      if (first === 'the' && issuedEarlier(ctx, np)) return null;
      // "Dr. Ana Lind, a virologist at Kerrow University, said the data showed": the data a named
      // speaker reads, unless the story met it before as an unnamed source
      if (
        first === 'the' &&
        readByNamed(ctx, s, np) &&
        !view.registry.flaggedBefore(toks[np.head]!.lower, toks[np.start]!.start)
      )
        return null;
      if (isSource) return WHY.document;
      // "A petition started by a local businessman called it": a document that tells
      if (tellingDocument(ctx, s, np)) return WHY.document;
      // "said internal polling shows her up", "say an internal review, which has never been
      // published, found": an unpublished document that tells something withholds its issuer
      // ("The account is based on internal documents and interviews": relied on)
      if (
        first !== 'the' &&
        unpublished(ctx, np) &&
        ((opensClause(ctx, s, np) && position(ctx, s, np) === 'subject') || reliedOn(ctx, np))
      )
        return WHY.document;
      // "Two people briefed on the findings said the report blames a contractor": a document new
      // to the story that an unnamed source tells of
      if (toldOfByUnnamed(ctx, s, np, view)) return WHY.document;
      // "The indictment does not name the school": a document new to the story that tells
      if (firstTelling(ctx, s, np)) return WHY.document;
      // "cracks had been flagged in a 2022 inspection report": the one source an agentless
      // passive gives (documents.ts)
      if (passiveIn(ctx, s, np)) return WHY.document;
      return documentRepeat(ctx, s, np, view) ? WHY.repeat : null;
    default:
      return null;
  }
}

/**
 * Whether `np` opens a new mention of particular people, one or a few counted in words (`a fan`,
 * `one player`, `two teenagers`, `Six crew members`): not a crowd or a count in digits (`dozens of
 * people`, `at least 14 inmates`), nor people at large (`several people`).
 */
function newSuspects(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (toks[np.head]!.lower === 'people' || CROWD_COUNTS.has(first.lower)) return false;
  if ((moreListsOf(first) & IN_INDEFINITE) !== 0) return first.lower !== 'some';
  return first.kind === 'word' && counted(first) && !QUANTITY_STARTS.has(first.lower);
}

/** Counts of a crowd rather than of particular people: `dozens`, `hundreds`, `thousands`. */
const CROWD_COUNTS: ReadonlySet<string> = new Set(['dozen', 'dozens', 'hundreds', 'thousands']);

/**
 * Whether `np` is a headline's owned body with no determiner (`Children's charity`, `Party
 * donor's firm`, `Premier's office`): shorthand for a body the story goes on to describe and
 * name, like a bare singular (`Trucking firm`).
 */
function headlineShorthand(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!isHeadline(ctx, s) || (toks[np.start]!.f & (F.DET | F.QUANT)) !== 0) return false;
  for (let k = np.start; k < np.head; k++) {
    if (toks[k]!.kind === 'num') return false;
    if (toks[k]!.kind === 'pos') return k > np.start;
  }
  return false;
}

/**
 * "Two Acme executives, who asked not to be named,": people of a named body whom the story marks
 * as anonymous (an optional label, and what anonymous-source trackers count). `linked`: the
 * entities pass tied the phrase to a named entity ("The company, which was not named in the
 * lawsuit," after "Arlen Foods"), which a clause of not naming does not make withheld. (A function, not a
 * closure in `reason`: one there kept `reason`'s variables in a context object made on every call.)
 */
function markedAnonymous(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  cls: HeadClass,
  named: Named,
  isSource: boolean,
  linked = false,
): string | null {
  // "Officers at the Carrow station falsified custody records", "allegations against two coaches
  // at Rillby Athletic": people placed in a named body who do wrong on their own account
  // (misconduct-of-body.ts)
  if (!isSource && named !== false && isPersonClass(cls) && misconductOfBody(ctx, s, np))
    return WHY.actor;
  if (!anonymityClause(ctx, s, np.end))
    // "The supplier, a frozen food company, has not been named", "The committee's members, who
    // hold most of the debt, have not been named": a body, or a body's people, whose own
    // clause says the story keeps the name back (withheld-subject.ts)
    // (not a title: "The club's chief executive has not been named" is a post not yet filled)
    return ((cls === 'organisation' || (isPersonClass(cls) && cls !== 'title')) &&
      !ctx.name[np.head] &&
      withheldSubject(ctx, s, np, cls !== 'organisation')) ||
      (!linked && withheldUnnamed(ctx, s, np, cls))
      ? WHY.anonymous
      : null;
  // ("A Brightmart supplier, who asked not to be identified to protect its relationship with the
  // chain,": a body's noun that `who` makes a person, of a named body, withheld alike)
  // (and "One editor, who asked not to be identified, said" that the entities file under the
  // paper named before: the phrase's own words name no one, and the text says it withholds them)
  if (named !== true && (isPersonClass(cls) || (cls === 'organisation' && whoAfter(ctx, np))))
    return WHY.anonymous;
  // "The regulator, who was not authorized to speak publicly, said", "The coach, who asked not to
  // be named, said": a definite person the text says it withholds is no named office-holder it
  // refers back to (a named person is not quoted on condition of anonymity); a body's noun with
  // `who` is a person (not "The firm, which asked not to be named", withheld-body.ts)
  return named === true && anonymousDefinite(ctx, np, cls) ? WHY.anonymous : null;
}

/**
 * Whether `np`, a person or a body with no name in its own words, is one whose identity the text
 * says it keeps back, whatever its determiner: "The developer, whose name has not been released,",
 * "The coach, whose name the club has not released,", "the retailer, which the filing does not
 * name," (withheld-identity.ts). A definite mention is no named entity the story refers back to
 * when the text says in so many words that it does not name it. A title only by a relative clause
 * right after it, a person not as the subject of a negated naming ("The club's chief executive has
 * not been named" is a post not yet filled).
 */
function withheldUnnamed(ctx: Context, s: Sentence, np: NounPhrase, cls: HeadClass): boolean {
  if (cls !== 'organisation' && !isPersonClass(cls)) return false;
  // (not a place: "The officer declined to name the country" keeps back where, not who)
  const head = ctx.tokens[np.head]!.lower;
  if (PLACE_WORDS.has(head) || COUNTRY_WORDS.has(head)) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  return withheldIdentity(
    ctx,
    s,
    np,
    cls === 'title' ? 'clause' : cls === 'organisation' ? 'all' : 'notSubject',
  );
}

/** Whether `who` opens the relative clause right after `np` ("A Brightmart supplier, who"). */
function whoAfter(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = isPunct(toks[np.end], ',') ? np.end + 1 : np.end;
  return toks[k]?.lower === 'who';
}

/**
 * Whether `np` is `the` + a person's head (or a body's head that `who` makes a person) with no
 * name in it, before a relative clause: "The regulator, who", "the coach, who".
 */
function anonymousDefinite(ctx: Context, np: NounPhrase, cls: HeadClass): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the') return false;
  // (not a preposition's object: "A source within the council, who did not wish to be named,"
  // withholds the source, not the council)
  if (isPrep(toks[np.start - 1])) return false;
  for (let k = np.start; k < np.end; k++) if (ctx.name[k]) return false;
  let k = np.end;
  if (isPunct(toks[k], ',')) k++;
  const who = toks[k]?.lower === 'who';
  return who && (isPersonClass(cls) || cls === 'organisation');
}

/**
 * Whether the phrase is the subject of an act in the content of a cue: "said creditors were
 * organising", "said fighters had torched the granary" (`contentSubject` leaves out passives:
 * "said residents were moved").
 */
export function reportedActors(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  return contentSubject(ctx, s, np);
}

/** Headline verbs of an arrest or questioning: "Cops hold man, 19", "Police quiz two men". */
const HEADLINE_HOLDING: ReadonlySet<string> = new Set([
  'hold',
  'holding',
  'holds',
  'quiz',
  'quizzing',
]);

/** A body's people named as one: `staff`, `personnel`. */
const STAFF: ReadonlySet<string> = new Set(['personnel', 'staff']);
/**
 * Words after such a head that put its act ahead, which is as often what the body arranged for
 * its people ("Staff are due to leave at the end of June", "Staff will get a bonus").
 */
const STAFF_AHEAD: ReadonlySet<string> = new Set(['are', 'is', 'will', 'would']);
/** Present forms of `be`: a passive in them tells of what happens in general. */
const PRESENT_BE: ReadonlySet<string> = new Set(['am', 'are', 'is', "'s", "'re"]);

/**
 * Whether a bare plural `np` is the `by` agent of a passive in the past or perfect: "was handled
 * by trustees", "had been approved by regulators", "was escorted out by security staff" tell of a
 * particular act by people the story does not name; "is given by nurses at the clinic", "are used
 * by commuters" tell of what happens in general. A participle right after its noun, with no `be`
 * ("Samples taken by volunteers found", "A page set up by friends had raised"), takes the tense
 * of the verb after the agent.
 */
function passiveAgent(ctx: Context, s: Sentence, np: NounPhrase, definite = false): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  if (toks[np.start - 1]?.lower !== 'by' || position(ctx, s, np) !== 'agent') return false;
  // ("attacked by other prisoners": `other` brings in people besides those the story has)
  if (
    ((first.f & (F.DET | F.QUANT)) !== 0 &&
      !(definite && first.lower === 'the') &&
      first.lower !== 'other') ||
    first.kind === 'num'
  )
    return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // the `be` of the passive, back past its participle, adverbs, a particle, quote marks and `been`
  let k = np.start - 2;
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.kind === 'quote')) k--;
  if (k > s.first && PARTICLES.has(toks[k]!.lower)) k--;
  const participle = toks[k];
  k--;
  while (k > s.first && (isAdverb(toks[k]) || toks[k]!.kind === 'quote')) k--;
  // ("had been handled", "has been approved": a perfect)
  if (toks[k]?.lower === 'been') return true;
  const be = toks[k];
  if (k < s.first || !be || !participle) return false;
  if ((listsOf(be) & IN_BE_FORMS) !== 0) return !PRESENT_BE.has(be.lower);
  return (
    (/[a-z]ed$/.test(participle.lower) || (participle.f & F.IRREGULAR) !== 0) &&
    be.kind === 'word' &&
    (be.f & NOT_NOUN) === 0 &&
    !/[a-z]ed$/.test(be.lower) &&
    pastAfter(ctx, s, np.end)
  );
}

/** Whether the word at `i` has not stood earlier in the text (a group met for the first time). */
function firstMention(ctx: Context, i: number): boolean {
  return previousSameWord(ctx, i) < 0;
}

/**
 * Whether the `by` at `by` ends a present progressive passive: "are quietly being adopted by" (a
 * trend, not an act the story tells of).
 */
function presentProgressivePassive(ctx: Context, s: Sentence, by: number): boolean {
  const toks = ctx.tokens;
  for (let k = by - 1; k >= s.first && k >= by - 5; k--)
    if (toks[k]!.lower === 'being')
      return (
        PRESENT_BE.has(toks[k - 1]?.lower ?? '') ||
        (isAdverb(toks[k - 1]) && PRESENT_BE.has(toks[k - 2]?.lower ?? ''))
      );
  return false;
}

/** Words that are no noun: auxiliaries, determiners, prepositions, pronouns, conjunctions... */
const NOT_NOUN = F.AUX | F.BE | F.DET | F.QUANT | F.PREP | F.PRON | F.CONJ | F.REL | F.ADV | F.FUNC;
/** Particles of phrasal verbs before a `by` agent: "escorted out by", "set up by". */
const PARTICLES: ReadonlySet<string> = ruleWords('phrasalParticles');

/**
 * Whether the first verb after token `k` (not one after `and`, a second participle) is past or
 * perfect: "Samples taken by volunteers in August found", "had raised"; not "shows", "will".
 */
function pastAfter(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  for (const stop = Math.min(s.last, k + 12); k < stop; k++) {
    const t = toks[k]!;
    if (t.kind !== 'word') {
      if (isPunct(t)) return false;
      continue;
    }
    const prev = toks[k - 1];
    if (prev && (prev.f & (F.DET | F.PREP | F.CONJ)) !== 0) continue;
    const w = t.lower;
    if (w === 'was' || w === 'were' || w === 'had') return true;
    if (w === 'has' || w === 'have') return /[a-z]ed$|en$/.test(toks[k + 1]?.lower ?? '');
    if ((t.f & (F.AUX | F.BE)) !== 0) return false;
    if ((t.f & F.IRREGULAR) !== 0 || /[a-z]ed$/.test(w)) return true;
    if (/[a-z]s$/.test(w) && (t.f & F.ACTOR) === 0 && !ctx.name[k]) return false;
  }
  return false;
}

/**
 * Whether `head` names people only by their tie to someone: `allies`, `friends`, `colleagues`
 * (not `critics` or `opponents`, named for what they say: "answered critics of the plan").
 */
function relational(head: string): boolean {
  return (
    (RELATION_HEADS.has(head) && !SPEAKING_TIES.has(head)) ||
    head === 'colleague' ||
    head === 'colleagues'
  );
}

/** Ties named for what the people say: `critics`, `detractors`, `opponents`. */
const SPEAKING_TIES: ReadonlySet<string> = new Set([
  'critic',
  'critics',
  'detractor',
  'detractors',
  'opponent',
  'opponents',
]);

/** Scopes of a press by place: `local`, `foreign`, `state-run`. */
const MEDIA_SCOPES = ruleWords('mediaScopes');

/** Whether `np` is `media` qualified by a place: "local media", "Ostrian media". */
function placedMedia(ctx: Context, np: NounPhrase): boolean {
  const h = np.head;
  if (ctx.tokens[h]!.lower !== 'media' || h === np.start) return false;
  return MEDIA_SCOPES.has(ctx.tokens[h - 1]!.lower) || isPlaceName(ctx, h - 1);
}

/**
 * The phrase's position, with what people were doing in a source's account read as acting
 * (`reported`: the phrase acts in what an unnamed source tells): "said teachers had been
 * sending children home", "said directors were open to a sale", "said guards had been beating
 * the prisoners", "Bondholders are weighing legal action, three people said" (a progressive,
 * past or present, or a readiness after `be`, which `position` takes for a copula).
 */
function doingPosition(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  reported: boolean,
): ReturnType<typeof position> {
  const pos = position(ctx, s, np);
  // ("said technicians were ordered to skip the checks": made to act, content-subject.ts)
  if (pos === 'passiveSubject') return madeToActSubject(ctx, s, np, reported) ? 'subject' : pos;
  return reported && pos === 'copula' && pastDoing(ctx, s, np.end, true) ? 'subject' : pos;
}

/**
 * Whether `np`, a subject (or before a copula: "are to strike"), is a workforce at a labour act:
 * "Cabin crew have voted to strike", "Baggage handlers at the airport walked out" (decision 185
 * of the labelled sets; labour-actions.ts).
 */
function labourWorkforce(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const at = position(ctx, s, np);
  return (at === 'subject' || at === 'copula') && labourActSubject(ctx, s, np);
}

/** Whether a position makes its phrase an actor: a subject (of a raising hedge too) or an agent. */
function acting(pos: ReturnType<typeof position>): boolean {
  return pos === 'subject' || pos === 'raised' || pos === 'agent';
}

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

/**
 * Whether a head noun is plural by its ending: `s` after anything but `s` (`officials`, `agencies`,
 * `witnesses`), or `men`. Character tests, not a regular expression: asked for every candidate.
 */
/** Whether a person head is plural: `fans`, `passers-by`, `runners-up`. */
function pluralPeople(head: string): boolean {
  if (pluralEnding(head)) return true;
  const dash = head.indexOf('-');
  return dash > 0 && pluralEnding(head.slice(0, dash));
}

/**
 * Whether `np` is a bare plural of people, no determiner or possessive before it ("Chief
 * executives warned", "Technology executives said", "Financial analysts said"): many holders of a
 * title or trade, none of them the one the story means (not "the chief executives", "its deputy
 * ministers").
 */
function manyHolders(ctx: Context, np: NounPhrase, cls: HeadClass): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!;
  return (
    isPersonClass(cls) &&
    np.start < np.head &&
    pluralEnding(toks[np.head]!.lower) &&
    (first.f & (F.DET | F.QUANT)) === 0 &&
    (listsOf(first) & IN_POSSESSIVE_DETERMINERS) === 0
  );
}

/**
 * Whether organisation `np` is `the` and a singular body noun alone whose nearest earlier mention
 * is an indefinite of no name (unnamed-antecedent.ts), acting or undergoing a passive, and no
 * name is given it after a copula: "a tutoring agency ... The agency did not respond", "a criminal
 * group ... The group has been linked to two breaches" (decisions 70, 89 and 163: withheld actors
 * are required at every mention); not "The developer is understood to be Brann Estates".
 */
export function actingIndefiniteRepeat(ctx: Context, s: Sentence, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.start]!.lower !== 'the' || np.head !== np.start + 1 || np.end !== np.head + 1)
    return false;
  if (pluralEnding(toks[np.head]!.lower) || !indefiniteAntecedent(ctx, np)) return false;
  // ("an executive at a rival team ... the team lost": the first mention was another body)
  // (nor one that was a modifier, "a council press officer", nor a document's word, "A draft
  // options paper ... The paper"; a participle with its complement is no noun: "A group
  // claiming responsibility posted ... The group")
  const q = previousSameWord(ctx, np.head);
  if (
    RELATED_BODY_MODIFIERS.has(toks[q - 1]!.lower) ||
    (nominal(ctx, q + 1) && !ingWithComplement(ctx, q + 1))
  )
    return false;
  for (let k = q - 1; k > q - 3 && k >= 0; k--) if (headClass(ctx, k) === 'document') return false;
  const pos = position(ctx, s, np);
  if (!acting(pos) && pos !== 'passiveSubject') return false;
  for (let k = np.end; k < s.last && k < np.end + 8 && !isPunct(toks[k]); k++)
    if (ctx.name[k] && (toks[k - 1]!.f & F.BE) !== 0) return false;
  return true;
}

/**
 * Whether token `k` is an -ing participle that opens a post-modifier with its own complement
 * ("claiming responsibility", "representing the tenants"), not an -ing noun ("a group meeting
 * was held").
 */
function ingWithComplement(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const next = toks[k + 1];
  return (
    toks[k]!.lower.endsWith('ing') &&
    next?.kind === 'word' &&
    (next.f & (F.BE | F.PREP)) === 0 &&
    !isAux(next) &&
    !isVerbLike(next)
  );
}

/** Modifiers of a body related to another, not the same one: `rival`, `sister`, `parent`. */
const RELATED_BODY_MODIFIERS = ruleWords('relatedBodyModifiers');

export function pluralEnding(w: string): boolean {
  const n = w.length;
  return (n >= 2 && w.charCodeAt(n - 1) === 115 && w.charCodeAt(n - 2) !== 115) || w === 'men';
}

/**
 * Whether `np` is, or is owned by, a name and the lowercase noun `council` right after it
 * (`Stourby council`, `Leeds council's planning committee`), at a sentence start too, where the
 * name's capital alone does not make it one.
 */
function placeCouncil(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  for (let k = np.start + 1; k <= np.head; k++) {
    const t = toks[k]!;
    if (t.lower !== 'council' || t.cap) continue;
    const p = toks[k - 1]!;
    if (p.kind !== 'word' || !p.cap || (p.f & F.FUNC) !== 0) return false;
    // (the council is the phrase's head, or owns it: "Leeds council's planning committee")
    return k === np.head || toks[k + 1]?.kind === 'pos';
  }
  return false;
}

/** Positions in which a thing's owner acts or is held to account: "The plant's operator was fined". */
function ownerActs(pos: string): boolean {
  return (
    pos === 'subject' ||
    pos === 'raised' ||
    pos === 'agent' ||
    pos === 'copula' ||
    pos === 'passiveSubject'
  );
}

/** Whether `on` or `via` comes just before `np`: "relies on county councils hiring". */
function afterMedium(ctx: Context, np: NounPhrase): boolean {
  const before = ctx.tokens[np.start - 1]?.lower;
  return before === 'on' || before === 'via';
}
