/**
 * Unnamed actors: noun phrases for people, bodies or documents that act, speak or are relied on
 * while their identity is withheld (`a senior official`, `people familiar with the matter`,
 * `several individuals`, `internal documents`). This file finds the candidate phrases;
 * `reason.ts` decides, by the class of their head, whether and why each withholds an identity.
 */
import { endsSingleS } from '../chars';
import type { Context } from '../context';
import {
  isAdverb,
  isAux,
  isContent,
  isDepartmentIT,
  isHeadline,
  isOpenQuote,
  isPrep,
  isPunct,
  isVerbLike,
  sentenceHas,
} from '../context';
import {
  agentiveNoun,
  F,
  listedAgentive,
  NOUN_HOMOGRAPHS,
  reportingVerb,
  ruleWords,
  TITLE_NOUNS,
  TITLE_PLURALS,
} from '../lexicon';
import { headClass, isPersonClass } from '../phrase/head-class';
import { ideologyWord, namedness, ORDINALS } from '../phrase/namedness';
import type { NounPhrase } from '../phrase/noun-phrase';
import { ANON_MODIFIERS, nominal } from '../phrase/noun-phrase';
import { phraseEndingAt } from '../phrase/phrase-ending';
import { phraseStartingAt, postModifiers } from '../phrase/phrase-starting';
import { isPlaceName, isPluralDemonym, isSingularDemonym } from '../phrase/places';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';
import { partitivePronoun } from '../subject/partitive';
import { inContent, pastAct, pastDoing } from './content-subject';
import type { EntityView } from './entity-view';
import { anonymityClause } from './appositions';
import { definiteYoungHead } from './definite-people';
import { describedPersonHost } from './described-person';
import { accusedNewcomer, PLAIN_PEOPLE } from './accused-newcomers';
import { coordinatedActor } from './coordinated-actors';
import { WORKFORCE } from './outsider-workforce';
import { findingIn, findingTests, identifyingRecords, weighedRecording } from './evidence';
import { gateCheck, gateError, refused } from './gate';
import { unnamedAuthorsDocument } from './issued-documents';
import { authoredByUnnamed } from './authored-documents';
import { handedByUnnamed } from './handed-documents';
import { surfacingReport } from './surfacing-reports';
import { chargeInPhrase } from './charged-people';
import { expulsionInPhrase } from './expelled-people';
import { accusedObject } from './parties';
import { headlineActors } from './headlines';
import { adjectiveUse } from './adjective-use';
import { creditedOwner } from './cue-owners';
import { partitiveModifier } from './partitive-modifier';
import { headVerbOrAdjective } from './head-verb';
import { indefiniteCompound } from './indefinite-compound';
import { actingPartitives } from './partitives';
import { youngAgent } from './young-agents';
import {
  ACTING_NON_AGENTS,
  AUDIENCE_HEADS,
  CROWD_HEADS,
  CROWD_PARTS,
  YOUNG,
  youngOrCrowdActing,
} from './young-crowd-acts';
import { creditedPartyPeople, memberQualifier } from './placed-members';
import { placeBodies } from './place-bodies';
import { reviewedRecords } from './reviewed-records';
import { rankedParties } from './ranked-parties';
import { openingWithheld } from './opening-withheld';
import { withheldHeads } from './withheld-heads';
import { position } from './position';
import { pluralEnding, reason, reportedActors } from './reason';
import { COLLECTIVE_STAFF } from './labour-actions';
import { afterRunInLabel } from './run-in-label';
import { pastReport } from './reported-state';
import { ACT_PAST, ACT_PRESENT } from './verb-lexicon';
import { POSSESSIVE_DETERMINERS, WHY } from './words';

/** An unnamed-actor phrase as a token range, with the reason it was flagged. */
export interface Unnamed {
  start: number;
  end: number;
  why: string;
}

const NONE: readonly Unnamed[] = [];

/** Heads that take a `to` phrase: `a senior aide to the mayor`. */
const TO_HEADS = ruleWords('toHeads');
/** Quantifiers that stand for people when they speak: `Some say`, `Many believe`. */
const QUANTIFIER_PEOPLE = ruleWords('quantifierPeople');

const SUBJECT_PRONOUNS = ruleWords('personalSubjectPronouns');
const ANON_ADJECTIVES = ruleWords('anonAdjectives');

/**
 * Whether `t` is `anonymous`, `unnamed`, `mystery` and the like (asked of nearly every token: the
 * first letter and the length rule most words out before the Set probe).
 */
function anonAdjective(t: Token | undefined): boolean {
  if (!t || t.lower.length < 7) return false;
  const c = t.lower.charCodeAt(0);
  return (c === 97 || c === 109 || c === 117) && (listsOf(t) & IN_ANON_ADJECTIVES) !== 0;
}

/** Linking verbs: the word right after them is a predicate adjective (`looks official`). */
const LINKING_VERBS = ruleWords('linkingAndFeelVerbs');
const MODIFIER_WORDS = ruleWords('modifierWords');
/** Second halves of compounds whose first half is an actor noun: `police station`. */
const COMPOUND_TAILS = ruleWords('compoundTails');
/** Words that start a definite phrase: `the minister`, `his pals`, `those regulars`. */
const DEFINITE_STARTS: ReadonlySet<string> = new Set([
  'the',
  'this',
  'that',
  'these',
  'those',
  ...ruleWords('possessiveDeterminers'),
]);

/** Verbs of beginning, going on and stopping: `stopped reporting`. */
const ASPECT_VERBS = ruleWords('aspectVerbs');

/** Days of the week, which follow a noun as a time, not as part of it: "a letter Tuesday". */
const WEEKDAYS: ReadonlySet<string> = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);

/** Nouns in -ing that end a compound: `donor funding`, `a council meeting`. */
const ING_NOUNS = ruleWords('ingNouns');

/**
 * Finds unnamed actors in sentence `s`. `sourceHeads` holds the head tokens of phrases that are
 * credited as a source by some cue, or are themselves a cue (`unconfirmed reports that`): plain
 * descriptions (`a resident`) and documents count only then. `view` tells what the entities pass
 * knows (a named entity, a repeat of an unnamed one).
 */
export function findUnnamed(
  ctx: Context,
  s: Sentence,
  sourceHeads: readonly number[],
  view: EntityView,
): readonly Unnamed[] {
  // the rules for partitives, quantifiers and agent-shaped nouns apply to credited phrases only
  const anySource = sourceHeads.length > 0;
  // "One of them dropped something" after "two figures running": a part of an unnamed group
  // that acts (partitives.ts)
  const parts = sentenceHas(ctx, s, F.QUANT) ? actingPartitives(ctx, s, sourceHeads) : NONE;
  // (every other candidate's head is an actor noun, or a plural a hedge reports acting; a
  // sentence with neither shares one empty result)
  // (a place or institution standing for its body is no actor noun: asked there too)
  // ("The pair, who cannot be named for legal reasons,", "the bakery, which inspectors declined
  // to identify,": heads no actor noun that the text says it withholds, withheld-heads.ts)
  const withheld = withheldHeads(ctx, s);
  if (
    !anySource &&
    withheld.length === 0 &&
    !sentenceHas(ctx, s, F.ACTOR | F.HEDGE) &&
    !hasPeopleName(ctx, s)
  )
    return withPlaceBodies(ctx, s, sourceHeads, parts);
  const toks = ctx.tokens;
  const out: Unnamed[] = [];
  let covered = s.first;
  // "Sources: Hawks agree to deal", "Bank weighs sale -sources": the headline formulas of an
  // anonymous source
  const formula = headlineSources(ctx, s);
  if (formula >= 0) {
    out.push({ start: formula, end: formula + 1, why: WHY.source });
    if (formula === s.first) covered = formula + 1;
  }
  let agentiveHeads: Set<number> | null = null;
  for (const h of sourceHeads) {
    const t = toks[h];
    // ("minister" is marked as the end of "prime minister", but names no class of its own)
    if (
      t &&
      t.kind === 'word' &&
      agentiveNoun(t.lower) &&
      ((t.f & F.ACTOR) === 0 ||
        (headClass(ctx, h) === 'other' && !TITLE_NOUNS.has(`${toks[h - 1]?.lower} ${t.lower}`)))
    )
      (agentiveHeads ??= new Set()).add(h);
    // "and a third who was briefed on it", "the second said": an ordinal standing for one more
    // of the sources before it
    else if (
      t &&
      (listsOf(t) & IN_ORDINALS) !== 0 &&
      (toks[h - 1]?.lower === 'a' || toks[h - 1]?.lower === 'the') &&
      !nominal(ctx, h + 1)
    )
      (agentiveHeads ??= new Set()).add(h);
    // "Some academics have questioned", "Several hospitals said": a counted group of things the
    // lexicon does not know as actors, which the cue shows to be speaking
    // ("Several NRP candidates privately worry": a party's people; placed-members.ts)
    else if (
      t &&
      (countedUnknownGroup(ctx, s, h) ||
        bareUnknownGroup(ctx, s, h) ||
        creditedPartyPeople(ctx, s, h))
    )
      (agentiveHeads ??= new Set()).add(h);
  }
  for (const h of withheld) (agentiveHeads ??= new Set()).add(h);
  // (the latest `by`, for `posterAgent`)
  let lastBy = -1;
  // (the sentence's end and the name marks read once, not at each token: before the loop is
  // optimised each read of a field is a call)
  const stop = s.last;
  const nameMarks = ctx.name;
  for (let h = s.first; h < stop; h++) {
    const t = toks[h]!;
    if (t.lower === 'by') lastBy = h;
    if (h < covered) continue;
    // (read once for the two tests below: in the first passes, before the loop is optimised,
    // each read of a field is a call)
    const kind = t.kind;
    // (punctuation, quote marks and possessives have no flags, no capital and no name, so no rule
    // below finds anything at one but a credited head: they are passed over at once)
    if (kind !== 'word' && kind !== 'num' && !(agentiveHeads !== null && agentiveHeads.has(h)))
      continue;
    // (a lowercase word that is no name, no actor noun, no count, no word a rule below asks for
    // by itself (`HEAD_WORDS`), not credited, after no anonymous adjective and not within the
    // reach of a `by`: no rule below can flag it, so it is passed over here, where most words of
    // a sentence are, without asking each rule's first test in turn)
    if (
      kind === 'word' &&
      (t.f & (F.ACTOR | F.QUANT)) === 0 &&
      !t.cap &&
      nameMarks[h] === 0 &&
      (lastBy < 0 || h - lastBy > 4) &&
      (listsOf(t) & IN_HEAD_WORDS) === 0 &&
      !(agentiveHeads !== null && agentiveHeads.has(h)) &&
      !anonAdjective(toks[h - 1])
    )
      continue;
    // "One of them told the court": a part of a group that acts or speaks
    if (anySource && ((t.f & F.QUANT) !== 0 || t.kind === 'num')) {
      const part = partitivePronoun(ctx, h + 2, s.first);
      if (part && part.head === h) {
        if (sourceHeads.includes(h)) {
          out.push({
            start: part.start,
            end: part.end,
            why: WHY.actor,
          });
          covered = part.end;
        }
        continue;
      }
      // "Some in the party say", "Many believe": a quantifier standing for people, credited
      const modal = toks[h + 1]?.lower;
      if (
        sourceHeads.includes(h) &&
        t.kind === 'word' &&
        (listsOf(t) & IN_QUANTIFIER_PEOPLE) !== 0 &&
        // "Few would argue": a generic, not a source
        !(modal === 'would' || modal === 'could' || modal === 'might') &&
        // "Nobody wanted to be the one who asked why", "This one says it more often": `one`
        // after a determiner is a pronoun for someone or something the sentence or the text
        // already has, not a person counted out of a group
        !(t.lower === 'one' && DEFINITE_ONE.has(toks[h - 1]?.lower ?? ''))
      ) {
        const end = postModifiers(ctx, h + 1, s.last);
        out.push({ start: h, end, why: WHY.source });
        covered = end;
        continue;
      }
      // "Some of the schools had asked", "All three spoke": a credited part of a group
      const part2 = creditedPart(ctx, s, h, sourceHeads);
      if (part2 > h) {
        out.push({ start: h, end: part2, why: WHY.source });
        covered = part2;
        continue;
      }
    }
    // "Those familiar with the negotiations say": an anonymity formula with `those` as its head
    if (
      anySource &&
      t.lower === 'those' &&
      (sourceHeads.includes(h) || sourceHeads.includes(h + 1))
    ) {
      const n = toks[h + 1];
      if (n && ANON_MODIFIERS.get(n.lower) === toks[h + 2]?.lower) {
        const end = postModifiers(ctx, h + 1, s.last);
        out.push({ start: h, end, why: WHY.source });
        covered = end;
        continue;
      }
    }
    // "The opposition says", "the leadership wants": a party's side or its leaders with no party
    // named, speaking or acting
    const side =
      t.lower === 'opposition' || t.lower === 'leadership'
        ? unnamedSide(ctx, s, h, sourceHeads)
        : 0;
    if (side) {
      out.push({ start: h - 1, end: h + 1, why: WHY.organisation });
      covered = h + 1;
      continue;
    }
    // "accused management of", "said leadership had not decided", "corporate had frozen budgets":
    // the top people of a body the phrase does not name, acting (decision 146)
    const role = (listsOf(t) & IN_ROLE_BODIES) !== 0 ? actingRoleBody(ctx, s, h, sourceHeads) : -1;
    // (the text's names asked last: `sideNamed` reads the whole text)
    if (role >= 0 && !sideNamed(ctx, h)) {
      out.push({ start: role, end: h + 1, why: WHY.organisation });
      covered = h + 1;
      continue;
    }
    // "Some Republicans in the chamber", "One senior Tory said": members of a party, counted
    const party = t.cap ? partyMembers(ctx, s, h, sourceHeads) : null;
    if (party) {
      out.push({ start: party.start, end: party.end, why: party.why });
      covered = party.end;
      continue;
    }
    // "Many Tunisians said", "two Britons told": a counted people credited with a claim,
    // capitalised like a name but naming no one (a count rules out a surname or a club: "Harris
    // said", "the Titans said")
    // ("an Iraqi said", "a Syrian who fled the city told": one person of a people)
    // ("A Briton was arrested", "Police detained two Syrians", "Dozens of Britons marched": a
    // counted people, or one person of a people, who acts or is held like any person noun)
    const people =
      ctx.name[h] !== 0 &&
      h > s.first &&
      (((isCount(toks[h - 1]!) || toks[h - 1]!.lower === 'of') && isPluralDemonym(ctx, h)) ||
        isSingularDemonym(ctx, h));
    // (a name that is no people is passed over whatever the agent's tests below say: asked first)
    if (!people && ctx.name[h]) continue;
    // an unknown noun credited by a cue that looks like a person noun: "a bookseller said"; or
    // one the text calls anonymous: "an anonymous commenter"
    const poster = lastBy >= 0 && h - lastBy <= 4 && posterAgent(ctx, s, lastBy, h);
    const agentive =
      (agentiveHeads !== null && agentiveHeads.has(h)) ||
      ((t.f & F.ACTOR) === 0 &&
        t.kind === 'word' &&
        h > 0 &&
        anonAdjective(toks[h - 1]) &&
        // ("An unidentified poster wrote": whoever a cue credits is someone)
        (agentiveNoun(t.lower) || sourceHeads.includes(h))) ||
      agentsInReport(ctx, s, h, sourceHeads, out) ||
      // ("Vireo Racing's owners are weighing a sale", "the club's owners signed off": the owners
      // of a body, who act for their stake in it)
      bodyOwners(ctx, h) ||
      // ("A junior minister resigned", "one government whip voted against it": a new holder of
      // a political post, counted as one, acting)
      (politicalPost(t.lower) && oneHolder(ctx, s, h)) ||
      (poster && ((t.f & F.ACTOR) === 0 || ONLINE_IDENTITIES.has(t.lower)));
    if (!people && (t.f & F.ACTOR) === 0 && !agentive) continue;
    const cls = agentive ? 'occupation' : people ? 'person' : headClass(ctx, h);
    // victims and other non-agents count only when they are credited with a claim, or when the
    // text says it withholds who they are ("The teenager, who cannot be named for legal reasons,");
    // a young person the lexicon keeps as a victim, only when held or charged (below)
    // ("The 38-year-old said", "the two boys had been feuding": definite-people.ts decides)
    const heldOnly =
      cls === 'nonAgent' &&
      !sourceHeads.includes(h) &&
      !withheldPerson(ctx, s, h + 1) &&
      !definiteYoungHead(ctx, s, h);
    if (
      cls === 'other' ||
      cls === 'name' ||
      // ("A teenager has been arrested": only when held, below; see accused-newcomers.ts)
      (heldOnly &&
        !PLAIN_PEOPLE.has(t.lower) &&
        !CROWD_HEADS.has(t.lower) &&
        !YOUNG.has(t.lower) &&
        !ACTING_NON_AGENTS.has(t.lower))
    )
      continue;
    // not the head if a noun or a possessive follows: "police station", "the company's units";
    // but "the auditor's findings" after "a state auditor" said something repeats that source
    const next = toks[h + 1];
    // (a person only: "the club's ground" after a named club is that club)
    if (next && next.kind === 'pos' && toks[h - 1]?.lower === 'the' && isPersonClass(cls)) {
      const t0 = view.registry.byHead(t.lower);
      if (t0 && t0.entity.named === false && t0.first < t.start) {
        out.push({ start: h - 1, end: h + 1, why: WHY.repeat });
        covered = h + 1;
        continue;
      }
    }
    // (not the crediting verb a noun could also be: "Local media report that", "Residents
    // claim the water")
    if (
      next &&
      h + 1 < s.last &&
      // ("ignored residents' complaints": people a cue credits through their possessive,
      // cue-owners.ts)
      ((next.kind === 'pos' && !creditedOwner(ctx, h, sourceHeads)) ||
        (nounFollows(ctx, h + 1, isPlural(t.lower)) &&
          !(
            (next.f & F.REPORT) !== 0 &&
            sourceHeads.includes(h) &&
            // ("over a contract dispute that": no cue of its own, indefinite-compound.ts)
            !indefiniteCompound(ctx, h + 1)
          ) &&
          // (a day is no part of a compound: "published an open letter Tuesday accusing")
          !WEEKDAYS.has(next.lower) &&
          // ("results posted by an anonymous user appear to show": the verb of the document)
          !(poster && (next.f & F.RAISING) !== 0)))
    )
      continue;
    if (verbBeforeOwner(ctx, s, h)) continue;
    // a title right before a name is part of the name: "Analyst Mei Sato", "economist Jo Park"
    // (a place word that opens a title is part of it too: "Deputy District Attorney Ann Roe")
    if (
      next &&
      ctx.name[h + 1] &&
      (!isPlaceName(ctx, h + 1) || placeTitle(ctx, h + 1)) &&
      (t.cap || !isPlural(t.lower) || namesListed(ctx, h + 1)) &&
      cls !== 'organisation'
    )
      continue;
    // a verb after "to", a modal or a subject pronoun: "threatens to spy on", "It monitors"
    const before = toks[h - 1];
    if (
      before &&
      // (not "according to correspondence": a preposition's object)
      (((before.lower === 'to' ? toks[h - 2]?.lower !== 'according' : isAux(before)) &&
        !isPlural(t.lower)) ||
        ((listsOf(before) & IN_SUBJECT_PRONOUNS) !== 0 && !isDepartmentIT(ctx, h - 1)))
    )
      continue;
    // "had stopped reporting some figures": an -ing word after a verb of aspect is a gerund
    if (before && t.lower.endsWith('ing') && (listsOf(before) & IN_ASPECT_VERBS) !== 0) continue;
    // `selling "official" boards`: a quoted word before a noun is an adjective
    const after = toks[h + 2];
    if (
      next &&
      next.kind === 'quote' &&
      !isOpenQuote(next) &&
      isContent(after) &&
      (after!.f & F.REPORT) === 0 &&
      !isVerbLike(after)
    )
      continue;
    // "the letter looks official": a word after a linking verb is a predicate adjective
    if (before && (listsOf(before) & IN_LINKING_VERBS) !== 0 && !sourceHeads.includes(h)) continue;
    // "heard nothing official", "Now it's official", "the official one": adjective-use.ts
    if (!isPlural(t.lower) && !sourceHeads.includes(h) && adjectiveUse(ctx, s, h)) continue;
    // "one of the leading academic voices": a plural's modifier (partitive-modifier.ts)
    if (!isPlural(t.lower) && partitiveModifier(ctx, s, h)) continue;
    const core = phraseEndingAt(ctx, h, s.first, false);
    if (!core) continue;
    // "the weird “Headmaster,” a game": a capitalised quoted title names a work, not an actor
    // (scare quotes on a lowercase "experts" still mark an actor)
    if (
      toks[core.start]!.cap &&
      core.start - 1 > s.first &&
      isOpenQuote(toks[core.start - 1]) &&
      quoteClosesAfter(ctx, h + 1)
    )
      continue;
    // "the minister said": a listed person noun counts as a new mention only ("a minister")
    if (
      agentive &&
      listedAgentive(t.lower) &&
      (listsOf(toks[core.start]) & IN_DEFINITE_STARTS) !== 0 &&
      // ("the minister for digital security": an office its post-modifier names, decision 21)
      (next?.lower === 'for' ||
        next?.lower === 'of' ||
        // (but "The veteran said" after "A veteran of the squad, who requested anonymity,": the
        // repeat of an unnamed source the text tracks, decision 7)
        (!repeatsUnnamedSource(view, h, toks[core.start]!.start) &&
          // (nor "The veteran, who requested anonymity, said": one the text withholds)
          !anonymityClause(ctx, s, h + 1)))
    )
      continue;
    // "Two brokers working on the sale said": a credited person's -ing participle phrase
    // belongs to the phrase
    const mods = postModifiers(ctx, h + 1, s.last, false, 0, (listsOf(t) & IN_TO_HEADS) !== 0);
    const end =
      isPersonClass(cls) && sourceHeads.includes(h) ? participlePhraseEnd(ctx, s, mods) : mods;
    // "a handful of senior executives began": the count of a group is part of its phrase
    const np: NounPhrase = {
      start: countedLead(ctx, core.start, s.first, h),
      end,
      head: h,
      coreEnd: h + 1,
    };
    // ("accused militias of carrying out": what they are accused of is no part of the phrase)
    if (end > h + 1 && accusedObject(ctx, np)) np.end = h + 1;
    // ("charged a local councillor with fraud": the charge, charged-people.ts)
    else if (end > h + 1 && chargeInPhrase(ctx, s, np)) np.end = np.coreEnd;
    // ("expelled three diplomats for activities": the reason, expelled-people.ts)
    else if (end > h + 1 && expulsionInPhrase(ctx, s, np)) np.end = np.coreEnd;
    // ("A doctor at the city's hospital said": a cue that credits a noun of the post-modifier
    // credits the phrase; so does one that credits its count, "a number of MPs have written")
    // ("a rival bidder, a private-equity firm based in Arnholt,": an apposition that tells what
    // kind of body the unnamed actor or source right before it is)
    // ("the suspect, a 29-year-old man,": an apposition that describes an unnamed person again)
    const host =
      cls === 'organisation' && isPunct(toks[np.start - 1], ',')
        ? appositionHost(ctx, np, out)
        : isPersonClass(cls)
          ? describedPersonHost(ctx, np, out)
          : undefined;
    const isSource =
      creditedWithin(sourceHeads, h, end) ||
      // ("according to a person tracking the legislation": a cue that took the participle after
      // a person for the head credits the person)
      (isPersonClass(cls) &&
        sourceHeads.includes(h + 1) &&
        /[a-z]{3}ing$/.test(next?.lower ?? '')) ||
      (np.start < core.start && creditedWithin(sourceHeads, np.start + 1, np.start + 2)) ||
      sourceApposition(ctx, s, np, sourceHeads) ||
      (isPersonClass(cls) && creditedApposition(ctx, s, np, sourceHeads)) ||
      (isPersonClass(cls) && includedInSource(ctx, np, sourceHeads)) ||
      includedInFlagged(ctx, np, out) ||
      (host !== undefined && host.why !== WHY.actor && host.why !== WHY.organisation) ||
      coordinatedAfterSource(ctx, np, sourceHeads) ||
      listMemberOfSource(ctx, s, np, sourceHeads, out) ||
      coordinatedBeforeSource(ctx, s, np, sourceHeads);
    // (an uncredited phrase no rule could flag is refused before `reason`: gate.ts)
    const gated = !heldOnly && !isSource && refused(ctx, s, np, cls, view, host, out);
    if (gated) {
      if (!gateCheck.on) continue;
      gateCheck.refused++;
    }
    // ("according to two witnesses and a local journalist": a non-agent credited as a later
    // conjunct of a source is a source, as one credited alone is)
    const why =
      heldOnly && !isSource
        ? // ("was attacked by two teenagers": young-agents.ts)
          // (a journalist or tourist who is held is a victim, not an accused newcomer)
          (!ACTING_NON_AGENTS.has(t.lower) && accusedNewcomer(ctx, s, np)) ||
          (!AUDIENCE_HEADS.has(t.lower) && youngAgent(ctx, s, np)) ||
          youngOrCrowdActing(ctx, s, np)
          ? WHY.actor
          : null
        : (reason(
            ctx,
            s,
            np,
            cls,
            isSource,
            view,
            // (a credited document too: "Security camera footage showed a man at the gate, a
            // detective said")
            ((!isSource || cls === 'document') && reportedOpening(ctx, s, np, sourceHeads)) ||
              (!isSource && toldByUnnamed(ctx, s, np, out)),
          ) ??
          (host && !namedness(ctx, np) ? host.why : null) ??
          // "A nurse who asked not to be named said staff had been instructed not to", "an
          // insider said crews were exhausted": a group in what an unnamed source tells, made to
          // act or described at a past time (reported-state.ts; decisions 79, 104)
          (isPersonClass(cls) && !isSource && toldByUnnamed(ctx, s, np, out, true)
            ? WHY.actor
            : null) ??
          // "tackled by a security guard and an off-duty nurse": a later member of an acting
          // coordination (coordinated-actors.ts)
          ((isPersonClass(cls) || cls === 'organisation') && coordinatedActor(ctx, s, np, out)
            ? cls === 'organisation'
              ? WHY.organisation
              : WHY.actor
            : null) ??
          // "A teenager has been arrested", "A man who was detained at the border": a person new
          // to the story whom the police hold (accused-newcomers.ts)
          ((isPersonClass(cls) || cls === 'nonAgent') && accusedNewcomer(ctx, s, np)
            ? WHY.actor
            : null) ??
          // "Scientists have signed an open letter warning that": a document its unnamed
          // authors put out (issued-documents.ts)
          (cls === 'document' && unnamedAuthorsDocument(ctx, s, np, out) ? WHY.document : null) ??
          // "The memo was written by a senior manager": a document whose author is unnamed
          // (authored-documents.ts)
          (cls === 'document' && authoredByUnnamed(ctx, s, np, view) ? WHY.document : null) ??
          // "Reports are circulating that": reports with no issuer that come to light
          // (surfacing-reports.ts)
          (cls === 'document' && surfacingReport(ctx, s, np) ? WHY.document : null) ??
          // "The agent, who requested anonymity, provided The Post with text messages": documents
          // an unnamed source hands on (handed-documents.ts)
          (cls === 'document' && handedByUnnamed(ctx, s, np, out) ? WHY.document : null) ??
          // "early tests pointed to slurry", "described in court filings as": evidence with no
          // issuer in the phrase that finds or identifies (evidence.ts)
          (cls === 'document' &&
          (findingTests(ctx, s, np) ||
            identifyingRecords(ctx, s, np) ||
            weighedRecording(ctx, s, np) ||
            findingIn(ctx, s, np))
            ? WHY.document
            : null));
    if (gated && why) throw gateError(ctx, np, cls, why);
    if (!why) continue;
    // "internal documents and emails examined by the Tribune": coordinated documents are one
    // source, one phrase
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (why === WHY.document && last?.why === WHY.document && coordinated(ctx, last.end, np.start))
      last.end = np.end;
    // "an anonymous social media post" after "an anonymous social media": a longer phrase met
    // later, with the same start, takes the place of the one it contains
    else if (last && np.start < last.end) {
      if (np.start <= last.start && np.end >= last.end) {
        last.start = np.start;
        last.end = np.end;
        last.why = why;
      }
    } else out.push({ start: np.start, end: np.end, why });
    // a later "the <head>" repeats this unnamed mention; a document's even as a source, when
    // the story brings it in as a new one ("The memo, dated May 3, sets out" after "according to
    // an internal memo"; not after "according to the change log", a known one)
    // (a headline's "Leaked Memo Shows" only sums up the story)
    if (
      !view.sources.entityAt(h) ||
      (cls === 'document' && toks[np.start]!.lower !== 'the' && !isHeadline(ctx, s))
    ) {
      view.registry.noteUnnamed(t.lower, t.start, why === WHY.partial);
      if (cls === 'document') noteInnerDocuments(ctx, np, view);
    }
    covered = np.end;
  }
  // "Gunmen attack aid convoy": a headline's bare people who act (headlines.ts)
  const heads = headlineActors(ctx, s);
  // (the parts and the headline's people last, unless the loop above found them: it keeps its
  // findings in order)
  // (two calls, not a loop over `[parts, heads]`: an array and its iterator at every sentence)
  addUncovered(out, parts);
  addUncovered(out, heads);
  // "At least nine towns have pulled out", "several dioceses were preparing": a place or
  // institution standing for the body that runs it, counted and acting (place-bodies.ts)
  addUncovered(out, placeBodies(ctx, s, sourceHeads));
  // "Acme's largest shareholder is pushing for a sale", "its supplier missed the deadline": a
  // party known by its rank or dealing through a possessive, acting (ranked-parties.ts)
  addUncovered(out, rankedParties(ctx, s, sourceHeads));
  // "The developer, whose identity the council has not disclosed, has applied": an opening
  // phrase the clause after it shows withheld (opening-withheld.ts)
  addUncovered(out, openingWithheld(ctx, s));
  // "A Post analysis of court records found": the records a named party's review went through
  // (reviewed-records.ts)
  addUncovered(out, reviewedRecords(ctx, s));
  return out;
}

/**
 * Whether sentence `s` has a counted people or one person of a people, which no actor flag marks:
 * "Two Britons were arrested", "Dozens of Syrians", "A Texan called police".
 */
function hasPeopleName(ctx: Context, s: Sentence): boolean {
  const toks = ctx.tokens;
  for (let k = s.first + 1; k < s.last; k++)
    if (
      ctx.name[k] === 1 &&
      (((isCount(toks[k - 1]!) || toks[k - 1]!.lower === 'of') && isPluralDemonym(ctx, k)) ||
        isSingularDemonym(ctx, k))
    )
      return true;
  return false;
}

/** Adds each of `more` that overlaps nothing in `out` (`out` grows as they are added). */
function addUncovered(out: Unnamed[], more: readonly Unnamed[]): void {
  for (let k = 0; k < more.length; k++) {
    const p = more[k]!;
    let overlaps = false;
    for (let j = 0; j < out.length && !overlaps; j++)
      overlaps = out[j]!.start < p.end && p.start < out[j]!.end;
    if (!overlaps) out.push(p);
  }
}

/**
 * Whether a clause right after the head at `k` says the text may not name the person: "The
 * teenager, who cannot be named for legal reasons," (a minor or a defendant a court protects).
 * Not one only not named yet ("The boy, who has not been named, was taken to hospital"), nor a
 * victim's: victims are not labelled, named or not.
 */
function withheldPerson(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  if (VICTIMS.has(toks[k - 1]!.lower) || !anonymityClause(ctx, s, k)) return false;
  for (let q = k; q < s.last && q <= k + 4; q++) if (toks[q]!.lower === 'cannot') return true;
  return false;
}

/** People a crime or harm befell: `victim`, `complainant`, `survivor`. */
const VICTIMS: ReadonlySet<string> = new Set([
  'complainant',
  'complainants',
  'survivor',
  'survivors',
  'victim',
  'victims',
]);

/**
 * Notes the document nouns inside the unnamed document `np` that a later mention may repeat: a
 * modifier ("The draft proposes" after "a draft policy document seen by the Wire") and what a
 * copy is of ("The summary recommends" after "a copy of the review's summary obtained by the
 * Ledger").
 */
function noteInnerDocuments(ctx: Context, np: NounPhrase, view: EntityView): void {
  const toks = ctx.tokens;
  for (let k = np.start; k < np.head; k++)
    if (headClass(ctx, k) === 'document') view.registry.noteUnnamed(toks[k]!.lower, toks[k]!.start);
  const head = toks[np.head]!.lower;
  if ((head !== 'copy' && head !== 'copies') || toks[np.coreEnd]?.lower !== 'of') return;
  const of = phraseStartingAt(ctx, np.coreEnd + 1, np.end, false, 0);
  if (of && headClass(ctx, of.head) === 'document')
    view.registry.noteUnnamed(toks[of.head]!.lower, toks[of.head]!.start);
}

/**
 * Whether the token at `h` is a plural the lexicon does not know that is shaped like a person noun
 * (`creditors`, `directors`, `bondholders`) and acts in what a source tells of: the subject of an
 * act in a cue's content ("said creditors were organising"), opening a sentence that an
 * unnamed source is credited with ("Bondholders have hired advisers, people familiar said"), or
 * the subject of an act a hedge reports ("Wholesalers have reportedly begun hoarding").
 */
function agentsInReport(
  ctx: Context,
  s: Sentence,
  h: number,
  sourceHeads: readonly number[],
  out: readonly Unnamed[],
): boolean {
  const t = ctx.tokens[h]!;
  if ((t.f & F.ACTOR) !== 0 || t.kind !== 'word' || ctx.name[h] || (t.cap && h !== s.first))
    return false;
  if (!pluralEnding(t.lower) || !agentiveNoun(t.lower)) return false;
  const core = phraseEndingAt(ctx, h, s.first, false);
  if (!core) return false;
  const np: NounPhrase = { start: core.start, end: h + 1, head: h, coreEnd: h + 1 };
  if (reportedActors(ctx, s, np) || toldByUnnamed(ctx, s, np, out)) return true;
  const hedged = hedgeAfter(ctx, s, h + 1);
  if (sourceHeads.length === 0 && !hedged) return false;
  np.end = postModifiers(ctx, h + 1, s.last);
  // (with no hedge only a reported opening can hold, asked before `position`, the costly test)
  if (!hedged && !reportedOpening(ctx, s, np, sourceHeads)) return false;
  const pos = position(ctx, s, np);
  // ("Some wholesalers have reportedly begun hoarding": an act a hedge reports; a capitalised
  // word alone only before a plural verb, since "Sanders reportedly told" is a name)
  if (pos === 'raised' && hedged && (!t.cap || core.start < h || pluralAux(ctx.tokens[np.end])))
    return true;
  return pos === 'subject' && sourceHeads.length > 0 && reportedOpening(ctx, s, np, sourceHeads);
}

/**
 * Whether the token at `h` heads a new, unnamed `by` agent (`by` at `k`) of a participle of
 * putting something out: "Benchmark results posted to a public database by an anonymous user",
 * "first shared by a tipster on a forum", "posted on social media by an account linked to the
 * rebels". Whoever put out what the story relies on acts, known only by the description; a noun
 * shaped like a person's (`user`, `tipster`) or an online identity (`account`) only.
 */
function posterAgent(ctx: Context, s: Sentence, k: number, h: number): boolean {
  const toks = ctx.tokens;
  const t = toks[h]!;
  if (t.kind !== 'word' || t.cap || h < k + 2) return false;
  const d = toks[k + 1]!.lower;
  if (d !== 'a' && d !== 'an' && d !== 'one') return false;
  for (let q = k + 2; q < h; q++)
    if (toks[q]!.kind !== 'word' || ctx.name[q] || isPrep(toks[q])) return false;
  // ("by an account called “hinge_whisperer”": named by its handle)
  const next = toks[h + 1]?.lower;
  if (next === 'called' || next === 'named' || next === 'dubbed' || next === 'known') return false;
  if (
    !ONLINE_IDENTITIES.has(t.lower) &&
    !((t.f & F.ACTOR) !== 0 ? isPersonClass(headClass(ctx, h)) : agentiveNoun(t.lower))
  )
    return false;
  // the participle before `by`, past where it went ("posted on social media by"), and what was
  // put out before it ("The footage, which was posted", not "The view was shared by")
  let q = k - 1;
  while (q >= s.first && q >= k - 8 && !POSTING_PARTICIPLES.has(toks[q]!.lower)) {
    if (isPunct(toks[q]) || toks[q]!.kind === 'quote') return false;
    q--;
  }
  if (q < s.first || !POSTING_PARTICIPLES.has(toks[q]!.lower)) return false;
  for (let p = q - 1; p >= s.first && p >= q - 6; p--)
    if (headClass(ctx, p) === 'document') return true;
  return false;
}

/** Participles of putting something out online or to the press: `posted`, `shared`, `leaked`. */
const POSTING_PARTICIPLES: ReadonlySet<string> = new Set([
  'circulated',
  'leaked',
  'posted',
  'shared',
  'tweeted',
  'uploaded',
]);

/** Nouns of an online identity that posts: `an account`, `a channel`. */
const ONLINE_IDENTITIES: ReadonlySet<string> = new Set(['account', 'accounts', 'channel']);

/**
 * Whether the plural `np` is the subject of a past act, or of one under way, in what an unnamed
 * source before it tells ("An insider claimed producers had cut the episode", "A guard said
 * inspectors ignored the alarms", "said directors are weighing a sale"): the source tells of a
 * particular event, and a bare or counted group of a trade that acts in it is one the story does
 * not name (a workforce in general only when a named source or the story speaks of it). Bodies
 * too: "said banks had refused to extend his loan", "say insurers are refusing to renew" are a
 * specific act by bodies the source does not name (decisions 79 and 176 of the labelled sets),
 * while a sector after a clause of time or in a named source's words stays general.
 */
function toldByUnnamed(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  out: readonly Unnamed[],
  state = false,
): boolean {
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (!last || last.end > np.start) return false;
  if (
    last.why !== WHY.source &&
    last.why !== WHY.anonymous &&
    last.why !== WHY.repeat &&
    // ("A whistleblower at Ardmoor General Hospital told the Mercury that staff had been
    // ordered": an insider of a named body speaks not for it, decision 79)
    !(state && last.why === WHY.partial && !speaksFor(ctx, last))
  )
    return false;
  const toks = ctx.tokens;
  const head = toks[np.head]!;
  // (a household's or a service's people are those it happens to, "said families had refused
  // to leave"; but a body's workforce acting in what an unnamed source tells is unnamed like any
  // bare group, "said directors were open to a sale", "said crews found evidence": decision 65)
  // ("said staff had been told", "crew had ignored": a workforce either singular or plural)
  if (
    (!isPlural(head.lower) && !COLLECTIVE_STAFF.has(head.lower)) ||
    ((listsOf(head) & IN_OWN_PEOPLE) !== 0 && !WORKFORCE_HEADS.has(head.lower))
  )
    return false;
  // (right after the cue or its `that`, not in a clause of time or reason)
  const b = toks[np.start - 1];
  if (!b || (b.lower !== 'that' && (b.f & F.REPORT) === 0)) return false;
  const first = toks[np.start]!;
  // (not "the directors", known; nor "about 200 people", a statistic)
  if (first.kind === 'num' || (first.f & F.DET) !== 0) return false;
  for (let k = np.start; k < np.head; k++) if (toks[k]!.kind === 'pos') return false;
  // (described or made to act: only a workforce bare or with its grade, "staff", "junior staff",
  // "crews", "players"; not a share or a count, "some voters", "at least two buyers", who are
  // people counted, nor a workforce the phrase places, "staff at the depot")
  if (
    state &&
    (!(STATE_HEADS.has(head.lower) || workforceMembers(ctx, np)) ||
      np.end !== np.coreEnd ||
      (first.f & F.QUANT) !== 0 ||
      SHARE_WORDS.has(first.lower))
  )
    return false;
  return (
    inContent(ctx, s, np.start) &&
    (state
      ? pastReport(ctx, s, np.end)
      : pastAct(ctx, s, np.end) ||
        // (an act under way now only of bodies or of a body's heads, "say insurers are refusing",
        // "said directors are weighing"; a trade's present is a trend, "said teachers are
        // leaving the profession")
        pastDoing(
          ctx,
          s,
          np.end,
          headClass(ctx, np.head) === 'organisation' || TITLE_PLURALS.has(head.lower),
        ))
  );
}

/** Words for one who speaks for a body: `spokesperson`, `spokesman`, `representative`. */
const SPEAKING_FOR: ReadonlySet<string> = new Set([
  'representative',
  'spokesman',
  'spokesperson',
  'spokeswoman',
]);

/** Whether the finding `u` is one who speaks for its body ("A spokesperson for the service"). */
function speaksFor(ctx: Context, u: Unnamed): boolean {
  for (let k = u.start; k < u.end; k++) if (SPEAKING_FOR.has(ctx.tokens[k]!.lower)) return true;
  return false;
}

/** Whether `t` is an auxiliary of a plural subject: `are`, `were`, `have`. */
function pluralAux(t: Token | undefined): boolean {
  const w = t?.lower;
  return w === 'are' || w === 'were' || w === 'have';
}

/** Whether a hedge word stands within the few words from `k`: `have reportedly begun`. */
function hedgeAfter(ctx: Context, s: Sentence, k: number): boolean {
  for (let q = k; q < s.last && q < k + 8; q++) if ((ctx.tokens[q]!.f & F.HEDGE) !== 0) return true;
  return false;
}

/** The people of a body or a household: `staff`, `directors`, `families`. */
const OWN_PEOPLE = ruleWords('ownPeople');

/** The people of `OWN_PEOPLE` who work for their body (not households, customers or users). */
const WORKFORCE_HEADS: ReadonlySet<string> = new Set([...WORKFORCE, 'directors']);

/**
 * A workforce whose state or orders an unnamed source tells of: `staff`, `crews`, `players` (a
 * club's), not those who belong to a body (`members`, decision 80) nor its board (`directors`).
 */
const STATE_HEADS: ReadonlySet<string> = new Set([
  'crew',
  'crews',
  'employees',
  'personnel',
  'players',
  'staff',
  'staffers',
  'workers',
]);

/**
 * Whether `np` is a workforce's `members` (`crew members`, `staff members`): the workforce itself,
 * told of or ordered as it is ("said crew members had been instructed not to discuss the
 * outbreak": decision 138's role noun told to act in an anonymous source's words), not a body's
 * membership (`members` alone, decision 80).
 */
function workforceMembers(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.head]!.lower !== 'members' || np.head === np.start) return false;
  return STATE_HEADS.has(toks[np.head - 1]!.lower);
}

/** Words that open a share or an estimate of a group: `some`, `many`, `about`, `at least`. */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'about',
  'all',
  'around',
  'at',
  'many',
  'more',
  'most',
  'several',
  'some',
]);

/** Capitalised nouns for a party's members: `Republicans`, `a Tory`, `Democrats`. */
const PARTY_MEMBERS = ruleWords('partyMembers');

/**
 * A counted or indefinite group of a party's members with its head at `h`, credited or acting
 * ("Some Republicans in the chamber said", "At least four Republicans voted against", "One senior
 * Tory said"), or null. Party affiliation alone names no one (decision 5 of the labelled sets);
 * a bare "Republicans" or "the Democrats" is the party itself, and "Young Republicans Club" a name.
 */
function partyMembers(
  ctx: Context,
  s: Sentence,
  h: number,
  sourceHeads: readonly number[],
): Unnamed | null {
  const toks = ctx.tokens;
  // (the head: not "Republican senators", "Tory MPs")
  // ("One senior Unionist", "Some Islamists": a creed's followers, like a party's members)
  if (
    ((listsOf(toks[h]) & IN_PARTY_MEMBERS) === 0 && !ideologyWord(toks[h]!.lower)) ||
    ctx.name[h + 1]
  )
    return null;
  const next = toks[h + 1];
  if (
    next &&
    nominal(ctx, h + 1) &&
    !isVerbLike(next) &&
    (next.f & F.REPORT) === 0 &&
    !/[a-z]ed$/.test(next.lower)
  )
    return null;
  // back over lowercase adjectives ("senior", "moderate") to the count
  let k = h - 1;
  while (
    k > s.first &&
    k >= h - 3 &&
    isContent(toks[k]) &&
    !toks[k]!.cap &&
    (toks[k]!.f & (F.QUANT | F.DET)) === 0 &&
    toks[k]!.kind !== 'num'
  )
    k--;
  if (k < s.first) return null;
  // ("Several House Republicans", "One Senate Democrat": the chamber they sit in; "Moderate
  // Democrats have complained": a wing that opens the sentence, uncounted; placed-members.ts)
  const wing = memberQualifier(ctx, k, h, s.first);
  if (wing && k > s.first && k === h - 1) k--;
  const count = toks[k]!;
  const counted =
    count.kind === 'num' || (listsOf(count) & (IN_NUMBER_WORDS | IN_MEMBER_COUNTS)) !== 0;
  if (!(counted && !ctx.name[k]) && !(wing && k === s.first)) return null;
  // "At least four Republicans", "more than a dozen Democrats"
  let start = k;
  const w1 = toks[k - 2]?.lower;
  const w2 = toks[k - 1]?.lower;
  if (k - 2 >= s.first && ((w1 === 'at' && w2 === 'least') || (w1 === 'more' && w2 === 'than')))
    start = k - 2;
  const end = postModifiers(ctx, h + 1, s.last);
  const np: NounPhrase = { start, end, head: h, coreEnd: h + 1 };
  if (creditedWithin(sourceHeads, h, end)) return { start, end, why: WHY.source };
  const pos = position(ctx, s, np);
  // ("At least four Republicans voted against": a past form before a preposition is the verb of
  // people, who are not the reduced relative's thing)
  const v = toks[end];
  // ("House Republicans are drafting a bill": a progressive after the copula is their act)
  let b = end;
  if (v && (v.f & F.BE) !== 0) b++;
  while (b > end && b < s.last && isAdverb(toks[b])) b++;
  const acts =
    pos === 'subject' ||
    pos === 'raised' ||
    pos === 'agent' ||
    (pos === 'copula' && b > end && /[a-z]ing$/.test(toks[b]?.lower ?? '')) ||
    (pos === 'other' && !!v && !ctx.name[end] && /[a-z]ed$/.test(v.lower));
  return acts ? { start, end, why: WHY.actor } : null;
}

/** Counts of a group: `some`, `several`, `many`, `few`. */
const GROUP_COUNTS: ReadonlySet<string> = new Set(['few', 'many', 'several', 'some']);

/**
 * Whether the credited word at `h` heads a counted plural of a noun no list knows ("Some
 * academics", "Several regional hospitals", "Two insurers"), or one of them ("one guest told",
 * "another evaluator said"): the count, then at most two lowercase modifiers, then the head; or
 * a bare plural right after `according to`.
 */
function countedUnknownGroup(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const t = toks[h]!;
  const plural = pluralEnding(t.lower);
  if (t.kind !== 'word' || ctx.name[h]) return false;
  if (headClass(ctx, h) !== 'other' || isVerbLike(t)) return false;
  // ('"Same high standards," reads one sign': a text on a thing, no one)
  if (INSCRIPTIONS.has(t.lower)) return false;
  // "according to complaints filed with a regulator": a bare plural relied on
  if (plural && toks[h - 1]?.lower === 'to' && toks[h - 2]?.lower === 'according') return true;
  if (accordingToNew(ctx, s, h, plural)) return true;
  let k = h - 1;
  while (k > s.first && k >= h - 2 && isContent(toks[k]) && !toks[k]!.cap && !isCount(toks[k]!))
    k--;
  if (k < s.first || ctx.name[k]) return false;
  const count = toks[k]!.lower;
  if (plural ? !isCount(toks[k]!) : count !== 'one' && count !== 'another') return false;
  // (not a part: "some of the", nor a measure: "two thirds of")
  return toks[h + 1]?.lower !== 'of';
}

/**
 * Whether the word at `h` heads a new mention that `according to` relies on, of a noun no list
 * knows, past at most three lowercase modifiers: one thing (`a`, `an`, `another`) or a bare plural
 * ("according to a notice posted at the entrance", "according to an internal list reviewed by
 * the paper", "according to early returns", "according to contract terms circulated among
 * managers"). Whoever issued it is not in the phrase. Not a definite one ("according to the
 * rules"), nor a bare singular, which is a norm or a manner ("according to local custom",
 * "according to plan").
 */
function accordingToNew(ctx: Context, s: Sentence, h: number, plural: boolean): boolean {
  const toks = ctx.tokens;
  if (h - 2 < s.first) return false;
  let k = h - 1;
  while (k > s.first && k >= h - 3 && isContent(toks[k]) && !toks[k]!.cap && !ctx.name[k]) k--;
  const det = toks[k]!.lower;
  if (det === 'a' || det === 'an' || det === 'another') k--;
  else if (!plural) return false;
  if (k - 1 < s.first || toks[k]!.lower !== 'to' || toks[k - 1]!.lower !== 'according')
    return false;
  // ("a notice on the exchange's website", "a notice posted on its bulletin board": a
  // post-modifier that names or points to the issuer; not one that names who saw or received
  // it, "seen by the paper", "leaked to", "shared with", nor a place, "at the entrance to Hall C")
  for (let j = h + 1; j < s.last && j <= h + 8; j++) {
    const t = toks[j]!;
    if (isPunct(t) || t.kind === 'quote' || POSTMODIFIER_ENDS.has(t.lower)) break;
    if (POSSESSIVE_DETERMINERS.has(t.lower)) return false;
    if (ctx.name[j] && !ctx.name[j - 1] && !isPlaceName(ctx, j)) {
      let p = j - 1;
      if (toks[p]!.lower === 'the') p--;
      if (!RECEIVING.has(toks[p]!.lower)) return false;
    }
  }
  return true;
}

/** Words that end a post-modifier: a conjunction or a relative start. */
const POSTMODIFIER_ENDS: ReadonlySet<string> = new Set(['and', 'or', 'that', 'which', 'who']);

/** Prepositions before who saw or received a document: "seen by", "leaked to", "shared with". */
const RECEIVING: ReadonlySet<string> = new Set(['by', 'to', 'with']);

/**
 * Whether the credited word at `h` heads a bare plural of a noun no list knows that opens its
 * clause and speaks: "Deficit hawks have warned", "Conservatives there have vowed" (a verb of
 * saying right after it, or after an auxiliary; not one of evidence, "Prices suggest", whose
 * subject is no one).
 */
function bareUnknownGroup(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const t = toks[h]!;
  if (t.kind !== 'word' || ctx.name[h] || !pluralEnding(t.lower)) return false;
  if (headClass(ctx, h) !== 'other' || isVerbLike(t) || INSCRIPTIONS.has(t.lower)) return false;
  // (not a party by its members' plural, "Republicans tell", "Democrats had hoped": the party;
  // "conservatives there" in lowercase are people of a leaning)
  if (t.cap && (h !== s.first || (listsOf(t) & IN_PARTY_MEMBERS) !== 0)) return false;
  // the clause opens at the phrase: at most two lowercase modifiers before the head
  let k = h - 1;
  while (
    k >= s.first &&
    k >= h - 2 &&
    isContent(toks[k]) &&
    (!toks[k]!.cap || k === s.first) &&
    !ctx.name[k]
  )
    k--;
  const open = toks[k];
  if (k >= s.first && !(isPunct(open) || open!.kind === 'quote')) return false;
  // the verb: after a place adverb ("there") and auxiliaries
  let v = h + 1;
  if ((listsOf(toks[v]) & IN_POSTNOMINAL_PLACES) !== 0) v++;
  while (v < s.last && (isAux(toks[v]) || isAdverb(toks[v]))) v++;
  const verb = toks[v];
  if (!verb || (verb.f & F.REPORT) === 0) return false;
  const lemma = reportingVerb(verb)?.lemma ?? '';
  return !EVIDENCE_VERBS.has(lemma) && !DOCUMENT_VERBS.has(lemma);
}

const EVIDENCE_VERBS = ruleWords('evidenceVerbs');
const DOCUMENT_VERBS = ruleWords('documentVerbs');
const POSTNOMINAL_PLACES = ruleWords('postnominalPlaces');

/** Things that bear a text: `sign`, `banner`, `placard`. */
const INSCRIPTIONS = ruleWords('inscriptions');

/** Whether `t` counts a group: `some`, `several`, `two`, `12`. */
function isCount(t: Token): boolean {
  return t.kind === 'num' || (listsOf(t) & (IN_GROUP_COUNTS | IN_NUMBER_WORDS)) !== 0;
}

/** Words that count a part of a party: `some`, `several`, `one`, `a`. */
const MEMBER_COUNTS = ruleWords('memberCounts');

/**
 * Whether an indefinite description stands in apposition, between commas, right after a credited
 * `One` or `Another` standing alone: "One, a mother of three from the estate, said". It describes
 * the person the cue credits, who is known only by it. (After "One of them" the writers of the
 * labelled sets split: most leave the description to the partitive.)
 */
function sourceApposition(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  sourceHeads: readonly number[],
): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if ((first !== 'a' && first !== 'an') || !isPunct(toks[np.start - 1], ',')) return false;
  if (!isPunct(toks[np.end], ',') || np.end + 1 >= s.last) return false;
  const x = np.start - 2;
  const w = toks[x]?.lower;
  return x >= s.first && (w === 'one' || w === 'another') && sourceHeads.includes(x);
}

/**
 * Whether the phrase `np` is followed by an indefinite description between commas that
 * a cue credits: "A second person, a lobbyist close to the talks, said" (the cue may have taken the
 * description for its subject; the two are one person).
 */
function creditedApposition(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  sourceHeads: readonly number[],
): boolean {
  const end = np.end;
  const toks = ctx.tokens;
  const first = toks[end + 1]?.lower;
  if (!isPunct(toks[end], ',') || (first !== 'a' && first !== 'an')) return false;
  // (the person opens its clause: not "In one message, an engineer wrote")
  if (np.start > s.first && !isPunct(toks[np.start - 1]) && toks[np.start - 1]!.kind !== 'quote')
    return false;
  for (let q = end + 2; q < s.last && q <= end + 16; q++) {
    if (isPunct(toks[q], ',')) return false;
    if (sourceHeads.includes(q)) return true;
  }
  return false;
}

/**
 * Whether the phrase is a counted part of a credited group, named between commas after
 * `including`: "Critics, including several senior academics, have argued" (the part speaks with
 * the group the cue credits).
 */
function includedInSource(ctx: Context, np: NounPhrase, sourceHeads: readonly number[]): boolean {
  const toks = ctx.tokens;
  const k = np.start;
  if (toks[k - 1]?.lower !== 'including' || !isPunct(toks[k - 2], ',')) return false;
  if (!isPunct(toks[np.end], ',') || !sourceHeads.includes(k - 3)) return false;
  const first = toks[k]!;
  return first.kind === 'num' || (first.f & F.QUANT) !== 0 || first.lower === 'at';
}

/**
 * Whether the phrase is a part of the unnamed group right before it, named between commas after
 * `including`: "Some lenders, including at least one state bank, have refused", "interviews with
 * 30 people, including former guards" (the part does what the group does, and is known only by
 * its description; not "the mayor", one the story knows).
 */
function includedInFlagged(ctx: Context, np: NounPhrase, out: readonly Unnamed[]): boolean {
  const toks = ctx.tokens;
  const k = np.start;
  if (toks[k - 1]?.lower !== 'including' || !isPunct(toks[k - 2], ',')) return false;
  const host = out.length > 0 ? out[out.length - 1]! : undefined;
  if (!host || host.end !== k - 2 || host.why === WHY.document) return false;
  const first = toks[k]!;
  if (first.kind === 'num' || (first.f & F.QUANT) !== 0 || first.lower === 'at') return true;
  return (first.f & F.DET) === 0 ? !first.cap : first.lower === 'a' || first.lower === 'an';
}

/**
 * The unnamed actor or source flagged right before the phrase, when the phrase is an indefinite
 * apposition to it: "A rival bidder, a family-owned seed company from the north, pulled out",
 * "One of the lenders, a regional bank in the south, has told" (the same one, its kind told:
 * decision 70 makes it optional in passages, and an anonymous-source count catches it). Not a
 * document's, nor one of a named body's people, whose apposition may describe the body ("A
 * spokeswoman for Hale Trust, a parents' group,").
 */
function appositionHost(
  ctx: Context,
  np: NounPhrase,
  out: readonly Unnamed[],
): Unnamed | undefined {
  const host = out.length > 0 ? out[out.length - 1]! : undefined;
  if (!host || host.end !== np.start - 1 || ctx.name[host.end - 1]) return undefined;
  if (host.why === WHY.document || host.why === WHY.partial) return undefined;
  // (not a person's: "One striker, a crane operator who has worked at the port")
  if (ctx.tokens[np.end]?.lower === 'who') return undefined;
  const w = ctx.tokens[np.start]!.lower;
  return w === 'a' || w === 'an' || w === 'one' ? host : undefined;
}

/**
 * The end of an -ing participle phrase with a preposition starting at `k` ("working on the sale",
 * "living near the plant"), or `k` when none starts there.
 */
function participlePhraseEnd(ctx: Context, s: Sentence, k: number): number {
  const toks = ctx.tokens;
  const verb = toks[k];
  if (!verb || verb.kind !== 'word' || ctx.name[k] || !/[a-z]{3}ing$/.test(verb.lower)) return k;
  if (!isPrep(toks[k + 1]) || isPrep(toks[k + 2])) return k;
  const np = phraseStartingAt(ctx, k + 2, s.last);
  return np ? np.end : k;
}

/**
 * Whether the phrase is coordinated right after a credited one, with a determiner of its own:
 * "according to two defense officials and an internal assessment reviewed by the paper" credits
 * both (a cue's source phrase ends at the first conjunct's head, or at its post-modifier).
 */
function coordinatedAfterSource(
  ctx: Context,
  np: NounPhrase,
  sourceHeads: readonly number[],
): boolean {
  const toks = ctx.tokens;
  const and = np.start - 1;
  const w = toks[and]?.lower;
  if (w !== 'and' && w !== 'or') return false;
  // ("according to residents and shopkeepers", "according to emails and meeting notes": a plural
  // with no determiner, bare or after a noun, after a bare plural source)
  const barePlurals =
    (toks[np.start]!.f & (F.DET | F.QUANT)) === 0 &&
    toks[np.start]!.kind === 'word' &&
    isPlural(toks[np.head]!.lower) &&
    toks[and - 2] !== undefined &&
    (toks[and - 2]!.f & (F.DET | F.QUANT)) === 0 &&
    isPlural(toks[and - 1]!.lower);
  if (
    (toks[np.start]!.f & (F.DET | F.QUANT)) === 0 &&
    toks[np.start]!.kind !== 'num' &&
    !barePlurals
  )
    return false;
  if (sourceHeads.includes(and - 1)) return true;
  if (barePlurals) return false;
  // "according to a letter reviewed by Ticker and two people who received it", "a memo seen by
  // the Post and a person who worked on the audit": the first conjunct's post-modifier ends
  // right before the `and`
  for (let i = 0; i < sourceHeads.length; i++) {
    const h = sourceHeads[i]!;
    if (h < and - 1 && postModifiers(ctx, h + 1, and, true) === and) return true;
  }
  return false;
}

/**
 * Whether the phrase is a later member of a list whose earlier member is credited: "according to
 * exporters, cooperative leaders and customs data", "according to more than a dozen residents, two
 * former boat captains and a local priest", "according to a team source and two teammates",
 * "according to people with knowledge of the plans and internal emails". A list fills one place of
 * its cue, so each member is a source, judged by its own head (a named member stays unnamed-free:
 * `reason` asks its name). The member before must end right at the comma or `and`/`or`: a credited
 * head, its post-modifier, or a member this rule already credited. A member after a comma must
 * belong to a list that an `and`/`or` closes, and a list member with no determiner of its own must
 * end the list at a stop or a comma: "according to officials, farmers and traders were evacuated"
 * opens a new clause, and "according to Ann Roe, a farmer" is an apposition.
 */
function listMemberOfSource(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  sourceHeads: readonly number[],
  out: readonly { start: number; end: number; why: string }[],
): boolean {
  const toks = ctx.tokens;
  let sep = np.start - 1;
  if (sep <= s.first) return false;
  const w = toks[sep]!.lower;
  const comma = w === ',';
  if (!comma && w !== 'and' && w !== 'or') return false;
  // (", and": a comma before the last member)
  if (!comma && isPunct(toks[sep - 1], ',')) sep--;
  const f = toks[np.start]!;
  if (f.kind !== 'word' && f.kind !== 'num') return false;
  const prev = sep - 1;
  // (not an apposition to a name: "according to Ann Roe, a farmer and activist")
  if (comma && ctx.name[prev]) return false;
  if (!listCloses(ctx, s, np.end, comma) || namedness(ctx, np)) return false;
  if (sourceHeads.includes(prev)) return true;
  const last = out.length > 0 ? out[out.length - 1] : undefined;
  if (last && last.end === sep && (last.why === WHY.source || last.why === WHY.anonymous))
    return true;
  for (let i = 0; i < sourceHeads.length; i++) {
    const h = sourceHeads[i]!;
    if (h < prev && postModifiers(ctx, h + 1, sep, true) === sep) return true;
  }
  return false;
}

/**
 * Whether the list member ending at `end` is followed by the rest of a closed list and then a stop
 * or a comma: `, and`/`and`/`or` with a last member, or (after a comma, `needAnd`) more members
 * until one. A verb after the last member makes the list a clause's subject instead.
 */
function listCloses(ctx: Context, s: Sentence, end: number, needAnd: boolean): boolean {
  const toks = ctx.tokens;
  let k = end;
  for (let guard = 0; guard < 8; guard++) {
    const t = toks[k];
    if (k > s.last || !t) return !needAnd;
    const w = t.lower;
    if (
      w === 'and' ||
      w === 'or' ||
      (isPunct(t, ',') && /^(?:and|or)$/.test(toks[k + 1]?.lower ?? ''))
    ) {
      const at = w === ',' ? k + 2 : k + 1;
      const next = phraseStartingAt(ctx, at, s.last);
      if (!next) return false;
      needAnd = false;
      k = next.end;
      continue;
    }
    if (isPunct(t, ',') && needAnd) {
      const next = phraseStartingAt(ctx, k + 1, s.last);
      if (!next) return false;
      k = next.end;
      continue;
    }
    return !needAnd && (isPunct(t) || t.kind === 'quote');
  }
  return false;
}

/**
 * Whether the source at head `h` is a tracked unnamed source first met before `at`: "The veteran
 * said" after "A veteran of the squad described".
 */
function repeatsUnnamedSource(view: EntityView, h: number, at: number): boolean {
  const tracked = view.sources.entityAt(h);
  return !!tracked && tracked.entity.named === false && tracked.first < at;
}

/**
 * Whether the phrase opens a sentence whose content a cue after it credits to an unnamed source:
 * "Medics worked on him for an hour, a witness said", "Bondholders have hired lawyers, according
 * to people familiar with the talks". What the source tells of is a particular event, and the
 * people it tells of act in it (not a class in general).
 */
function reportedOpening(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  sourceHeads: readonly number[],
): boolean {
  const toks = ctx.tokens;
  let k = s.first;
  while (k < np.start && toks[k]!.kind === 'quote') k++;
  // (after a run-in label: "Zoom in: Growers in the valley have")
  k = afterRunInLabel(ctx, k, np.start);
  if (k !== np.start || isHeadline(ctx, s)) return false;
  // (not people of a named body: "Workers at an Acme plant have filed"; a name that only places
  // or nationalises identifies no one: "Nurses in Pellow County are", "A Danish insurer is")
  for (let q = np.start; q < np.end; q++) if (ctx.name[q] && !isPlaceName(ctx, q)) return false;
  // (not a duty or a forecast: "Teachers must report by 7:15", "Parents will have to drive")
  let v = np.end;
  while (v < s.last && isAdverb(toks[v])) v++;
  if (MODALS.has(toks[v]?.lower ?? '')) return false;
  for (let i = 0; i < sourceHeads.length; i++) if (sourceHeads[i]! > np.end) return true;
  return false;
}

/** Modal verbs: `will`, `must`, `could`. */
const MODALS = ruleWords('modalVerbs');

/**
 * Whether the phrase is coordinated right before a credited one: "local residents and a medical
 * source said", "Two officials and a congressional source told" (the cue credits the whole
 * coordination, and its source phrase has the last conjunct's head).
 */
function coordinatedBeforeSource(
  ctx: Context,
  s: Sentence,
  np: NounPhrase,
  sourceHeads: readonly number[],
): boolean {
  const and = ctx.tokens[np.end]?.lower;
  if ((and !== 'and' && and !== 'or') || np.end + 1 >= s.last) return false;
  const next = phraseStartingAt(ctx, np.end + 1, s.last);
  return !!next && sourceHeads.includes(next.head);
}

/**
 * Whether the place word at `k` opens a capitalised title before a name: "District Attorney Ann
 * Roe", "County Sheriff Dale Ivers".
 */
function placeTitle(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k + 1];
  return !!t && t.cap && (t.f & F.ACTOR) !== 0 && ctx.name[k + 2] === 1;
}

/**
 * Whether the -s word at `h` is the verb of a clause whose subject is `the` + a noun, since an
 * owner's determiner follows it: "how carefully the palace guards its members' images", "when
 * the council monitors their spending". The clause opens right before the determiner (so that
 * "gave the palace guards their pay" keeps its noun).
 */
function verbBeforeOwner(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  const w = toks[h]!.lower;
  const owner = toks[h + 1]?.lower ?? '';
  if (!endsSingleS(w) || !OWNERS.has(owner) || h - 2 < s.first) return false;
  const n = toks[h - 1]!;
  if (n.kind !== 'word' || (n.f & (F.FUNC | F.ADV)) !== 0 || ctx.name[h - 1]) return false;
  if (toks[h - 2]!.lower !== 'the') return false;
  const b = toks[h - 3];
  return (
    h - 3 < s.first || !b || isPunct(b) || isAdverb(b) || (listsOf(b) & IN_CLAUSE_OPENERS) !== 0
  );
}

/** Owners' determiners that cannot follow a noun head: `its`, `their` (not `her`, an object). */
const OWNERS: ReadonlySet<string> = new Set(['its', 'their', 'his', 'our', 'my', 'your']);
/** Words that open a clause before its subject: `how`, `that`, `when`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'after',
  'as',
  'because',
  'before',
  'how',
  'if',
  'since',
  'that',
  'when',
  'while',
]);

/** Whether only commas and one `and` or `or` stand in `[a, b)`, at least one of them. */
function coordinated(ctx: Context, a: number, b: number): boolean {
  if (b <= a) return false;
  for (let k = a; k < b; k++) {
    const w = ctx.tokens[k]!.lower;
    if (w !== ',' && w !== 'and' && w !== 'or') return false;
  }
  return true;
}

/**
 * Whether a source head is `h` or a token of the post-modifier `(h, end)`. (A loop, not
 * `sourceHeads.some(...)`: a closure over `h` in `findUnnamed` would make V8 allocate a context
 * for every token of every sentence the loop visits, most of that function's garbage.)
 */
function creditedWithin(sourceHeads: readonly number[], h: number, end: number): boolean {
  for (let i = 0; i < sourceHeads.length; i++) {
    const x = sourceHeads[i]!;
    if (x === h || (x > h && x < end)) return true;
  }
  return false;
}

/**
 * The end of a credited part of a group starting at quantifier `h`, or -1: a part of a group of
 * things that act ("Some of the schools had asked", "Two of the stations reported": nouns the
 * lexicon does not know as actors, which the cue shows to be acting here), or all of a counted
 * group met before ("All three spoke on condition of anonymity").
 */
function creditedPart(
  ctx: Context,
  s: Sentence,
  h: number,
  sourceHeads: readonly number[],
): number {
  const toks = ctx.tokens;
  const n = toks[h + 1];
  if (!n || h + 1 >= s.last) return -1;
  if (toks[h]!.lower === 'all' && (n.kind === 'num' || (listsOf(n) & IN_NUMBER_WORDS) !== 0))
    // (not "All three men said": the main loop's)
    return (sourceHeads.includes(h) || sourceHeads.includes(h + 1)) &&
      ((toks[h + 2]?.f ?? 0) & F.ACTOR) === 0
      ? h + 2
      : -1;
  const det = toks[h + 2]?.lower;
  if (n.lower !== 'of' || !(det === 'the' || det === 'these' || det === 'those')) return -1;
  const np = phraseStartingAt(ctx, h + 2, s.last);
  if (!np || !sourceHeads.includes(np.head) || ctx.name[np.head]) return -1;
  // (actor nouns are the main loop's; documents are no part of a group of actors)
  if (!isPlural(toks[np.head]!.lower) || headClass(ctx, np.head) !== 'other') return -1;
  return np.end;
}

const NUMBER_WORDS = ruleWords('numberWords');

/** Nouns that count people: `a handful of`, `a number of`. */
const COLLECTIVE_HEADS = ruleWords('collectiveHeads');

/**
 * Where a phrase starting at `start` really starts when a collective count leads it: `a handful
 * of` / `a number of` + people (`a handful of senior executives`), whose `of` would otherwise
 * make the people a member of a named group.
 */
function countedLead(ctx: Context, start: number, floor: number, head: number): number {
  const toks = ctx.tokens;
  const part = crowdPart(ctx, start, floor, head);
  if (part >= 0) return part;
  if (start - 3 < floor) return start;
  const det = toks[start - 3];
  if (toks[start - 1]?.lower !== 'of' || !det) return start;
  if ((listsOf(toks[start - 2]) & IN_COLLECTIVE_HEADS) === 0) return start;
  return det.lower === 'a' || det.lower === 'an' ? start - 3 : start;
}

/**
 * Where a crowd's phrase starts when a word for a part of it leads: "Part of the crowd invaded
 * the pitch", "A section of the crowd threw bottles", "Much of the crowd left" (a part of an
 * unnamed crowd acts as the crowd does, decisions 103, 147; the crowd's `the` makes it no repeat
 * of a named body). -1 when there is none.
 */
function crowdPart(ctx: Context, start: number, floor: number, head: number): number {
  const toks = ctx.tokens;
  if (toks[start]?.lower !== 'the' || !CROWD_HEADS.has(toks[head]!.lower)) return -1;
  const of = start - 1;
  if (of - 1 < floor || toks[of]!.lower !== 'of' || !CROWD_PARTS.has(toks[of - 1]!.lower))
    return -1;
  const det = toks[of - 2];
  return of - 2 >= floor && det && (det.lower === 'a' || det.lower === 'one') ? of - 2 : of - 1;
}

/**
 * The token of `Sources` in a headline formula: opening the sentence before a colon (`Sources:
 * ...`), or closing it after a dash (`... -sources`); -1 when there is none.
 */
function headlineSources(ctx: Context, s: Sentence): number {
  const toks = ctx.tokens;
  const first = toks[s.first]!;
  // (plural only: "Source: Supplied" credits a picture)
  if (first.lower === 'sources' && toks[s.first + 1]?.lower === ':') return s.first;
  let last = s.last - 1;
  if (isPunct(toks[last]) && last > s.first) last--;
  const dash = toks[last - 1];
  if (toks[last]!.lower === 'sources' && dash && (listsOf(dash) & IN_DASHES) !== 0) return last;
  return -1;
}

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);

/** Whether a closing quote follows token `k - 1`, directly or after a comma or full stop. */
function quoteClosesAfter(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (t.kind === 'quote') return !isOpenQuote(t);
  const n = ctx.tokens[k + 1];
  return isPunct(t) && !!n && n.kind === 'quote' && !isOpenQuote(n);
}

/** Whether token `k` continues a noun compound (so the word before it is not the head). */
function nounFollows(ctx: Context, k: number, headPlural: boolean): boolean {
  const t = ctx.tokens[k]!;
  if (!isContent(t) || isAdverb(t) || (listsOf(t) & IN_MODIFIER_WORDS) !== 0) return false;
  // ("An irrigator downstream said": a place adverb after the head)
  if ((listsOf(t) & IN_POSTNOMINAL_PLACES) !== 0) return false;
  if ((listsOf(t) & IN_COMPOUND_TAILS) !== 0) return true;
  if (!headPlural) {
    // "donor funding", "a deputy post", "the official report": after a singular head, a noun
    // in -ing or the base form of a verb that is also a noun (a singular subject's verb would
    // end in -s)
    if ((listsOf(t) & IN_ING_NOUNS) !== 0) return true;
    // (then a verb or the end: "the deputy post.", "an official report said"; not "Did the
    // official say that")
    const v = (t.f & F.REPORT) !== 0 ? reportingVerb(t) : undefined;
    const after = ctx.tokens[k + 1];
    if (
      v &&
      NOUN_HOMOGRAPHS.has(v.lemma) &&
      t.lower === v.lemma &&
      // ("One text message read:": a past form spelt as the base is the verb)
      !v.forms.has('past') &&
      (!after ||
        isPunct(after) ||
        isAux(after) ||
        isVerbLike(after) ||
        // ("a council press officer": a person noun after it ends the compound)
        isPersonClass(headClass(ctx, k + 1)) ||
        // ("told an investor call in May", "a supplier dispute last year": indefinite-compound.ts)
        indefiniteCompound(ctx, k))
    )
      return true;
  }
  if (isVerbLike(t) || (t.f & (F.REPORT | F.IRREGULAR | F.HEDGE)) !== 0) return false;
  // ("A leaked memo appears to show": a verb of appearance is a document's verb)
  if ((t.f & F.RAISING) !== 0 && headClass(ctx, k - 1) === 'document') return false;
  if (ctx.name[k]) return false;
  const cls = headClass(ctx, k);
  if (cls !== 'other' && cls !== 'name') return true;
  if (headPlural) return false;
  // after a singular head, an unknown word that is not a verb form is a compound: "a rebel
  // enclave", "rebel leaders"; not the head's own verb or an adjective after it ("the buyer
  // walks away", "the driver responsible": head-verb.ts)
  return !/(?:ed|ing)$/.test(t.lower) && !headVerbOrAdjective(ctx, k);
}

export function isPlural(lower: string): boolean {
  return pluralEnding(lower) || lower === 'people' || lower === 'police';
}

/** `parts` and the acting place bodies of a sentence with no actor noun (place-bodies.ts). */
function withPlaceBodies(
  ctx: Context,
  s: Sentence,
  sourceHeads: readonly number[],
  parts: readonly Unnamed[],
): readonly Unnamed[] {
  const places = placeBodies(ctx, s, sourceHeads);
  const ranked = rankedParties(ctx, s, sourceHeads);
  if (places.length === 0 && ranked.length === 0) return parts;
  const out = [...parts];
  addUncovered(out, places);
  addUncovered(out, ranked);
  return out;
}

/**
 * The words that `findUnnamed`'s loop asks for by themselves before its actor test, whatever
 * their flags: `those`, `opposition` (their rules), the role nouns of a body (`ROLE_BODIES`:
 * `leadership`, `management`, `the industry`), the political posts of
 * `politicalPost`, the `owners` of `bodyOwners`, the online identities a poster may be, and a
 * plural shaped like a person noun (`agentsInReport`). A word of none of them, lowercase, no
 * name, no actor, no count, is passed over (the loop's gate).
 */
const HEAD_WORDS = {
  has: (w: string): boolean =>
    w === 'those' ||
    w === 'opposition' ||
    ROLE_BODIES.has(w) ||
    politicalPost(w) ||
    w === 'owners' ||
    w === 'co-owners' ||
    ONLINE_IDENTITIES.has(w) ||
    (pluralEnding(w) && agentiveNoun(w)),
};

/** The fixed lists this file asks of tokens, as bits of one answer (word-bits.ts). */
const listsOf = wordBits(() => [
  ANON_ADJECTIVES,
  ORDINALS,
  QUANTIFIER_PEOPLE,
  SUBJECT_PRONOUNS,
  ASPECT_VERBS,
  LINKING_VERBS,
  DEFINITE_STARTS,
  TO_HEADS,
  PARTY_MEMBERS,
  NUMBER_WORDS,
  MEMBER_COUNTS,
  CLAUSE_OPENERS,
  COLLECTIVE_HEADS,
  DASHES,
  MODIFIER_WORDS,
  COMPOUND_TAILS,
  ING_NOUNS,
  POSTNOMINAL_PLACES,
  OWN_PEOPLE,
  GROUP_COUNTS,
  HEAD_WORDS,
  ROLE_BODIES,
]);
const IN_ANON_ADJECTIVES = 1 << 0;
const IN_ORDINALS = 1 << 1;
const IN_QUANTIFIER_PEOPLE = 1 << 2;
const IN_SUBJECT_PRONOUNS = 1 << 3;
const IN_ASPECT_VERBS = 1 << 4;
const IN_LINKING_VERBS = 1 << 5;
const IN_DEFINITE_STARTS = 1 << 6;
const IN_TO_HEADS = 1 << 7;
const IN_PARTY_MEMBERS = 1 << 8;
const IN_NUMBER_WORDS = 1 << 9;
const IN_MEMBER_COUNTS = 1 << 10;
const IN_CLAUSE_OPENERS = 1 << 11;
const IN_COLLECTIVE_HEADS = 1 << 12;
const IN_DASHES = 1 << 13;
const IN_MODIFIER_WORDS = 1 << 14;
const IN_COMPOUND_TAILS = 1 << 15;
const IN_ING_NOUNS = 1 << 16;
const IN_POSTNOMINAL_PLACES = 1 << 17;
const IN_OWN_PEOPLE = 1 << 18;
const IN_GROUP_COUNTS = 1 << 19;
const IN_HEAD_WORDS = 1 << 20;
/** (asked of every word the loop's gate lets through: a Set probe each, the file's busiest) */
const IN_ROLE_BODIES = 1 << 21;

/**
 * Whether the name at `k` is followed by another (`Ana Ruiz and Tom Bell`, `Ana Ruiz, Tom Bell`):
 * a plural title before listed names is part of them (`cabinet ministers Ana Ruiz and Tom Bell`).
 */
function namesListed(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  while (k < toks.length && ctx.name[k]) k++;
  const w = toks[k];
  return !!w && (w.lower === 'and' || isPunct(w, ',')) && ctx.name[k + 1] === 1;
}

/**
 * Singular posts of government and party that the lexicon knows only as credited (`minister`
 * ends "prime minister" and titles before names): acting, an indefinite one is a holder the
 * story does not name (decisions 66 and 172 of the labelled sets: "A government minister",
 * "a junior minister", "Two whips").
 */
function politicalPost(w: string): boolean {
  // (asked of every word of a sentence with an actor: four compares of the word, where a Set
  // probe or a list bit read memory the word's token does not share)
  return w === 'minister' || w === 'whip' || w === 'grandee' || w === 'mandarin';
}

/**
 * Whether `the opposition` or `the leadership` at `h` speaks or acts (a subject, a by-agent, or
 * credited by a cue), with no party named as it anywhere in the text: the side of a vote or
 * the leaders of a party the story does not name carry no body (decision 156 of the labelled sets:
 * "The opposition says" with no party named). Not a compound ("the opposition leader", "the
 * leadership contest"), nor where the text gives its party ("the opposition Labour Party",
 * "the Unity Party leadership"). Returns 1 or 0.
 */
function unnamedSide(ctx: Context, s: Sentence, h: number, sourceHeads: readonly number[]): number {
  const toks = ctx.tokens;
  if (toks[h - 1]?.lower !== 'the' || h - 1 < s.first) return 0;
  const next = toks[h + 1];
  if (
    next &&
    (next.kind === 'pos' || (next.kind === 'word' && nominal(ctx, h + 1) && !isVerbLike(next)))
  )
    return 0;
  // ("described the opposition as politically motivated": the object a cue characterises)
  if (next?.lower === 'as') return 0;
  const np: NounPhrase = { start: h - 1, end: h + 1, head: h, coreEnd: h + 1 };
  const pos = position(ctx, s, np);
  // (credited as the cue's speaker: before it, after an inverted cue or "according to"; not the
  // object a cue describes: "described the opposition as politically motivated")
  const lead = toks[h - 2];
  if (
    sourceHeads.includes(h) &&
    (pos === 'subject' ||
      (!!lead &&
        (((lead.f & F.REPORT) !== 0 &&
          (isPunct(toks[h - 3], ',') || toks[h - 3]?.kind === 'quote')) ||
          (lead.lower === 'to' && toks[h - 3]?.lower === 'according'))))
  )
    return sideNamed(ctx, h) ? 0 : 1;
  // (a past form right after it, opening the sentence, is its verb: "The opposition voted
  // against"; "the leadership" acts only so, not in "praised the leadership shown by nurses")
  const opening = h === s.first + 1;
  const acted = opening && /[a-z]ed$/.test(next?.lower ?? '') && toks[h + 2]?.lower !== 'by';
  if (
    toks[h]!.lower === 'leadership'
      ? !(opening && (pos === 'subject' || acted))
      : !(pos === 'subject' || pos === 'agent' || acted)
  )
    return 0;
  return sideNamed(ctx, h) ? 0 : 1;
}

/**
 * Collective nouns for the people who run a body, or of a trade: `management`, `leadership`,
 * `corporate` (a chain's head office, in its staff's words), `the industry`.
 */
const ROLE_BODIES: ReadonlySet<string> = new Set([
  'corporate',
  'industry',
  'leadership',
  'management',
]);

/**
 * Conjunctions after which a bare noun opens a clause, besides `CLAUSE_OPENERS`: `until
 * management comes`, `and leadership wants`.
 */
const MORE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'unless',
  'until',
  'where',
  'whether',
]);

/** Verbs whose object is the party blamed, with the preposition of the charge: `accused X of`. */
const BLAMING: ReadonlyMap<string, string> = new Map([
  ['accuse', 'of'],
  ['accused', 'of'],
  ['accuses', 'of'],
  ['accusing', 'of'],
  ['blame', 'for'],
  ['blamed', 'for'],
  ['blames', 'for'],
  ['blaming', 'for'],
  ['criticised', 'for'],
  ['criticized', 'for'],
]);

/**
 * Whether `management`, `leadership` or `corporate` at `h` (bare, or after `the`) stands for a
 * body's top people who act: the subject of a verb ("management has been slow to explain",
 * "Management keeps saying", "leadership had not yet decided"), credited by a cue, a `by` agent,
 * or the party a verb of blame names ("accused management of treating staff like line items").
 * Not the activity or quality ("waste management", "his leadership during the crisis",
 * "Management of the park passed"), a compound ("the leadership contest", "corporate tax"), a
 * passive's subject, nor after a possessive ("her management"); the caller asks `sideNamed`
 * whether a name beside it gives the body ("Kestrel management"). Returns the phrase's first
 * token, or -1.
 */
function actingRoleBody(
  ctx: Context,
  s: Sentence,
  h: number,
  sourceHeads: readonly number[],
): number {
  const toks = ctx.tokens;
  const start = toks[h - 1]?.lower === 'the' && h - 1 >= s.first ? h - 1 : h;
  const lead = toks[start - 1];
  const next = toks[h + 1];
  // (a possessive carries the body: "Her management said", "its leadership"; decision 146)
  if (ctx.name[h] || (lead && POSSESSIVE_DETERMINERS.has(lead.lower))) return -1;
  // "accused management of", "blamed the leadership for"
  const blame = lead ? BLAMING.get(lead.lower) : undefined;
  if (blame && next?.lower === blame) return start;
  // (a possessive, the activity's object or a compound: "management's plan", "management of the
  // park", "reported by the industry newsletter")
  if (
    next &&
    (next.kind === 'pos' ||
      next.lower === 'of' ||
      (next.kind === 'word' &&
        nominal(ctx, h + 1) &&
        !isVerbLike(next) &&
        (next.f & F.REPORT) === 0 &&
        !ACT_PRESENT.has(next.lower) &&
        !ACT_PAST.has(next.lower) &&
        !/[^s]s$/.test(next.lower)))
  )
    return -1;
  if (sourceHeads.includes(h) || lead?.lower === 'by') return start;
  // ("the industry grew 4%": an industry is a sector of trade, its people only when blamed or
  // credited)
  if (toks[h]!.lower === 'industry') return -1;
  // the subject of a clause: at its opening, after a cue's verb or a conjunction
  const opens =
    start === s.first ||
    !lead ||
    lead.kind === 'punct' ||
    lead.kind === 'quote' ||
    (lead.f & F.REPORT) !== 0 ||
    (listsOf(lead) & IN_CLAUSE_OPENERS) !== 0 ||
    MORE_OPENERS.has(lead.lower);
  if (!opens) return -1;
  let k = h + 1;
  let be = false;
  let aux = false;
  while (k < s.last && (isAux(toks[k]) || isAdverb(toks[k]))) {
    if (isAux(toks[k])) {
      aux = true;
      be = (toks[k]!.f & F.BE) !== 0;
    }
    k++;
  }
  const v = toks[k];
  if (!v || v.kind !== 'word') return -1;
  // (a passive's subject is acted on, a copula's only is: "management was blamed", "leadership was
  // still a handful of votes short"; "management is pushing for" acts)
  if (be && !v.lower.endsWith('ing')) return -1;
  // (nor a participle after an object: "praised the leadership shown by nurses")
  if (toks[k + 1]?.lower === 'by') return -1;
  // ("urged management not to": an adverb is no verb)
  if (aux || isVerbLike(v) || ACT_PAST.has(v.lower) || (v.f & F.IRREGULAR) !== 0) return start;
  // a present: "Management keeps saying", "leadership wants the vote" (not a compound's noun:
  // "the leadership contest opens", "corporate tax rises")
  const after = toks[k + 1];
  return ACT_PRESENT.has(v.lower) ||
    (v.lower.endsWith('s') &&
      !v.lower.endsWith('ss') &&
      !!after &&
      after.kind === 'word' &&
      ((after.f & (F.DET | F.PRON | F.ADV | F.PREP)) !== 0 ||
        after.lower === 'to' ||
        after.lower.endsWith('ing')))
    ? start
    : -1;
}

/** Whether the text names a party as its opposition or leadership: a capitalised word beside the noun. */
function sideNamed(ctx: Context, h: number): boolean {
  const toks = ctx.tokens;
  // (a party the text names as its side: a capitalised word right after or before the noun)
  const word = toks[h]!.lower;
  for (let k = 1; k < toks.length - 1; k++)
    if (toks[k]!.lower === word && (toks[k + 1]!.cap || (toks[k - 1]!.cap && ctx.name[k - 1])))
      return true;
  return false;
}

/** Articles that count one new holder: `a`, `an`, `one`, `another`. */
const ONE_HOLDER: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/**
 * Whether the head at `h` opens with an article of one new holder, over up to three lowercase
 * modifiers ("a junior minister", "one senior government whip"), with no name right after it
 * ("a minister, Ana Ruiz," and "Minister Ana Ruiz" name her).
 */
function oneHolder(ctx: Context, s: Sentence, h: number): boolean {
  const toks = ctx.tokens;
  if (ctx.name[h + 1] || (isPunct(toks[h + 1], ',') && ctx.name[h + 2])) return false;
  for (let k = h - 1; k >= s.first && k >= h - 4; k--) {
    const w = toks[k]!;
    if (ONE_HOLDER.has(w.lower)) return true;
    if (w.kind !== 'word' || w.cap || (w.f & (F.FUNC | F.DET | F.QUANT)) !== 0) return false;
  }
  return false;
}

/**
 * Determiners that make `one` a pronoun for someone or something known: `the one`, `this one`,
 * and `each one`, every one of a set the text already has ("letters ..., each one answered").
 */
const DEFINITE_ONE: ReadonlySet<string> = new Set(['each', 'that', 'the', 'this']);

/**
 * Whether token `h` is `owners` or `co-owners` of a body given by its possessive: "Vireo Racing's
 * owners", "the club's owners" (not "Cat owners", "Owners can claim a refund": owners of things,
 * the public).
 */
function bodyOwners(ctx: Context, h: number): boolean {
  const toks = ctx.tokens;
  const w = toks[h]!.lower;
  if ((w !== 'owners' && w !== 'co-owners') || toks[h - 1]?.kind !== 'pos') return false;
  const k = h - 2;
  return k >= 0 && (ctx.name[k] !== 0 || headClass(ctx, k) === 'organisation');
}
