/**
 * Whether a noun phrase names its referent: by a proper name (`true`), as a person or group of a
 * named body (`'partial'`), or not at all (`false`); the hard part of sourcing.
 */
import { endsSingleS } from '../chars';
import type { Context } from '../context';
import { isContent, isPrep, isPronoun, isPunct } from '../context';
import {
  agentiveNoun,
  ANONYMITY,
  BODY_KIND_NAMES,
  F,
  INSTITUTION_WORDS,
  ORG_NOUNS,
  ORG_SUFFIXES,
  PLACE_QUALIFIERS,
  PLACE_WORDS,
  ruleWords,
  TEAM_WORDS,
  TITLE_NOUNS,
} from '../lexicon';
import type { Named } from '../types';
import type { Token } from '../tokenize';
import type { HeadClass } from './head-class';
import { headClass, isPersonClass } from './head-class';
import type { NounPhrase } from './noun-phrase';
import { ANON_MODIFIERS, groupAdjective, participleLike, statusAdjective } from './noun-phrase';
import { phraseEndingAt } from './phrase-ending';
import { ISSUED_BY_NAMED, ISSUING, PARTICLES } from './phrase-starting';
import { partyBodyEnds, placedByOrigin } from './placed-people';
import { airForce, nationalService } from './national-service';
import { NATIONAL, nationalBody } from './national-body';
import { namedEarlierMention } from './named-antecedent';
import { oneMinisterBefore } from './minister-ministry';
import { isPlaceName, isPluralDemonym, isSingularDemonym } from './places';
import { countryBody } from './country-body';
import { quotationAround } from '../entities/quoted-speaker';
import { productionPeople } from './production-people';
import { rankedBody } from './ranked-body';
import { previousSameWord } from '../same-word';
import { unnamedIllicitBody } from '../unnamed/illicit-bodies';
import { ownerOfThing } from '../unnamed/thing-owners';
import { REFLEXIVES } from '../unnamed/perceived';
import { withheldBody, withheldObject } from '../unnamed/withheld-body';
import { indefiniteAntecedent, indefinitePersonAntecedent } from '../unnamed/unnamed-antecedent';
import { anonymityClause } from '../unnamed/appositions';
import { namedInsolvencyOffice } from '../unnamed/insolvency-offices';
import { memberQualifier, placedMember } from '../unnamed/placed-members';
import { wordBits } from '../word-bits';
import { WordFacts } from '../word-facts';

/**
 * Whether `np` is the outlet writing, its staff or its own work, outside any quotation: "this
 * newspaper", "this website", "our correspondent", "Our own code", "our reverse image search" (in
 * a quotation, "our" is the speaker's). Lists: rule-words `outletNouns`, `outletStaff`,
 * `outletWork`.
 */
function outletSelf(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const det = toks[np.start]!.lower;
  if ((det !== 'this' && det !== 'our') || np.head !== np.coreEnd - 1) return false;
  const head = toks[np.head]!.lower;
  if (det === 'this') {
    if (np.head !== np.start + 1 || !OUTLET_NOUNS.has(head)) return false;
  } else if (!OUTLET_NOUNS.has(head) && !OUTLET_STAFF.has(head) && !OUTLET_WORK.has(head))
    return false;
  return quotationAround(ctx, np.start) === null;
}

/**
 * Whether `np` is a state's own media: `state television`, `state media`, `the state news
 * agency`, `state-run broadcaster` (the state word right before the head or before `news`).
 */
function stateOutlet(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (!STATE_OUTLETS.has(toks[np.head]!.lower)) return false;
  let k = np.head - 1;
  if (toks[k]?.lower === 'news' && k > np.start) k--;
  if (k < np.start || !STATE_OWNED.has(toks[k]!.lower)) return false;
  // whose state: a people's adjective or a country before it ("Ostravan state television",
  // "the Kelvadian government ... State television"); a city alone names no state
  for (let q = np.head - 1; q >= 0; q--) if (countryWord(ctx, q)) return true;
  return false;
}

/** Whether token `q` is a name of a country or its people's adjective (`Vessian`, `Chinese`). */
function countryWord(ctx: Context, q: number): boolean {
  const t = ctx.tokens[q]!;
  if (!ctx.name[q] || t.kind !== 'word') return false;
  if (PLACE_QUALIFIERS.has(t.lower)) return true;
  return /[a-z](?:ian|an|ese|ish|i)$/.test(t.lower) && t.lower.length > 4 && !ctx.name[q + 1];
}

/** Portfolios that name one ministry of a state: `foreign`, `defence`, `interior`, `health`. */
const MINISTRY_PORTFOLIOS = ruleWords('ministryPortfolios');

/**
 * Whether the name at token `k` (ending before `end`) is of a place many employers and users
 * share, by the kind word that ends it: `Kelbury International Airport`, `the Dunmarsh
 * racecourse`, `Harwich port`, or the first word of such a name met in full (`Kelbury`).
 */
function sharedPlaceName(ctx: Context, k: number, end: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  while (q + 1 < end && ctx.name[q + 1]) q++;
  const after = toks[q + 1];
  if (q + 1 < end && after && SHARED_PLACES.has(after.lower)) return true;
  if (SHARED_PLACES.has(toks[q]!.lower)) return true;
  // "A controller at Corran" after "Corran International Airport": the short form of a shared
  // place's name the story gave in full
  if (q !== k || ctx.name[k - 1]) return false;
  const at = ctx.nameWords.get(toks[k]!.lower);
  if (at === undefined || at === k || ctx.name[at - 1]) return false;
  let last = at;
  while (ctx.name[last + 1]) last++;
  return SHARED_PLACES.has(toks[last]!.lower);
}

/** Places many employers and users share: `airport`, `port`, `racecourse`. */
const SHARED_PLACES: ReadonlySet<string> = new Set([
  'aerodrome',
  'airfield',
  'airport',
  'docks',
  'harbour',
  'port',
  'racecourse',
  'racetrack',
]);

/** People who speak for a ministry, besides its spokespeople: `official`, `source`. */
const MINISTRY_VOICES: ReadonlySet<string> = new Set([
  'official',
  'officials',
  'source',
  'sources',
]);

/** Heads of a state's media: `media`, `television`, `TV`, `radio`, `broadcaster`, `agency`. */
const STATE_OUTLETS = ruleWords('stateOutlets');
/** Words that make an outlet the state's: `state`, `state-run`, `state-owned`. */
const STATE_OWNED: ReadonlySet<string> = new Set([
  'state',
  'state-backed',
  'state-controlled',
  'state-owned',
  'state-run',
]);

/** Nouns for the outlet a reader is reading: `this newspaper`, `our website`. */
export const OUTLET_NOUNS = ruleWords('outletNouns');
const OUTLET_STAFF = ruleWords('outletStaff');
const OUTLET_WORK = ruleWords('outletWork');

/** Prepositions that open what a document or inquiry is about: `into`, `about`, `on` (a report). */
const TOPIC_PREPS: ReadonlySet<string> = new Set([
  'about',
  'concerning',
  'into',
  'on',
  'regarding',
]);

/** Platforms that carry what their users post: `WhatsApp`, `Facebook`, `Telegram`. */
const PLATFORMS = ruleWords('platforms');

/** Whether `t` opens a platform after `on`: "on Facebook", "on social media". */
const onPlatform = (t: Token | undefined): boolean =>
  !!t && (PLATFORMS.has(t.lower) || t.lower === 'social');

/**
 * Whether `np` identifies its referent by name. `true`: a proper name; `'partial'`: a person or
 * group of a named body (`a Pentagon official`, `analysts at RBC`); `false`: no name, or only a
 * place or nationality (`U.S. officials`), or a name it is only close to (`sources close to X`).
 */
export function namedness(ctx: Context, np: NounPhrase): Named {
  // (kept per context and phrase start: subject finding, linking and the unnamed rules ask of
  // the same phrase)
  const at = np.start;
  const key = phraseKey(np);
  const memo = (ctx.namedMemo ??= {
    keys: new Int32Array(ctx.tokens.length),
    answers: new Int8Array(ctx.tokens.length),
  });
  if (key > 0 && memo.keys[at] === key) return NAMED[memo.answers[at]!]!;
  const reads = mentionReads;
  const named = namednessOf(ctx, np);
  // (an answer that read `ctx.mentions` may change once a later cue adds to it)
  if (key > 0 && reads === mentionReads && at < memo.keys.length) {
    memo.keys[at] = key;
    memo.answers[at] = named === true ? 1 : named === 'partial' ? 2 : 0;
  }
  return named;
}

/** The answers `namedness` keeps, by their code in `ctx.namedMemo.answers`. */
const NAMED: readonly Named[] = [false, true, 'partial'];
/** How many times `namednessOf` has read `ctx.mentions`, which grows as cues are found. */
let mentionReads = 0;

/** `np`'s bounds past its start as one number above 0, or 0 for one too long to pack (not kept). */
function phraseKey(np: NounPhrase): number {
  const end = np.end - np.start;
  const head = np.head - np.start;
  const core = np.coreEnd - np.start;
  if (end >>> 8 !== 0 || head >>> 8 !== 0 || core >>> 8 !== 0 || np.start < 0) return 0;
  return 16777216 | (end << 16) | (head << 8) | core;
}

/**
 * Whether `np` ends in a name that starts with digits, which the tokenizer split into a number
 * and a word glued to it: "data analysis firm 1010data" (not "a 10km run", where a determiner
 * counts the number).
 */
function digitNameHead(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  const n = toks[h - 1];
  if (h - 1 < np.start || !n || n.kind !== 'num' || n.end !== toks[h]!.start) return false;
  const before = toks[h - 2];
  return toks[h]!.kind === 'word' && !!before && (before.f & (F.DET | F.QUANT | F.PREP)) === 0;
}

/** `namedness`, worked out. */
function namednessOf(ctx: Context, np: NounPhrase): Named {
  const toks = ctx.tokens;
  if (digitNameHead(ctx, np)) return true;
  const cls = headClass(ctx, np.head);
  // "Lismar's largest private health insurer", "the region's biggest cannery": a body known only
  // by its rank in a place or a market is unique but not named (ranked-body.ts)
  if (cls === 'organisation' && rankedBody(ctx, np)) return false;
  // "One senior Tory", "Some Republicans": party affiliation alone names no one (decision 5 of
  // the labelled sets); "the Democrats" is the party
  if (cls === 'name' && partyMember(ctx, np)) return false;
  // "Republicans pilloried the plan" at a sentence's start: the party, bare
  if (np.start === np.head && partyNoun(ctx, np.head)) return true;
  // ("The Republicans", bare "Republicans": the party, though shaped like a people in -ans)
  // ("an Iraqi said", "a Syrian who fled": a person known only by nationality)
  if (cls === 'name')
    return (
      !(isPluralDemonym(ctx, np.head) || isSingularDemonym(ctx, np.head)) ||
      PARTY_MEMBERS.has(toks[np.head]!.lower)
    );
  // (the head's lists below, at once)
  const hb = listsOf(toks[np.head]);
  // "Halvorsen's allies", "a neighbour of the man", "the victim's sister": known only by whom
  // they are close to
  if ((hb & RELATION) !== 0) return false;
  // "Marsh's former colleagues", "A colleague of Rothman's", "his team-mates": fellows known only
  // by the person they work or play beside (decisions 80, 145); "Colleagues at the Harbour
  // Weekly" are placed by the body and stay its staff
  if ((hb & FELLOW) !== 0 && fellowOfPerson(ctx, np)) return false;
  // "Morrow's high school coach", "her doctor", "Sandoval's partners": a named person's own
  // circle, who serve or share with the person but do not act for him or her in an office, as
  // "his agent" and "Crowe's barrister" do (decisions 67, 145 and 175); "Ashmere United's coach"
  // is the club's staff
  // ("Acme's family of brands": a range of things, not relatives)
  if (
    (hb & CIRCLE) !== 0 &&
    circleOfPerson(ctx, np) &&
    !(toks[np.head]!.lower === 'family' && ownedFamilyOf(ctx, np))
  )
    return false;
  // "Critics of the university", "a student at Fenwick", "A group of parents at St Oda's": people
  // a body serves or faces, who do not speak for it
  if (isClientele(ctx, np)) return false;
  // "the organisers", "race organisers", "the prize's organisers" in a story about a named event
  // (`the Eastmere Marathon`, `the Corvin Prize`): those who run it speak for it, as its staff do
  // (decision 91 of the labelled sets); not the organisers of a protest or a petition
  if ((hb & ORGANISER) !== 0 && eventOrganisers(ctx, np)) return 'partial';
  // "A group of former agency chiefs", "a delegation of Acme engineers": as named as the people
  // the collective noun counts
  const counted = countedPeople(ctx, np);
  if (counted) return namedness(ctx, counted);
  // "A draft of the authority's risk report", "a copy of Acme's filing": as named as the
  // document it is a version of
  const version = (hb & VERSION) !== 0 ? versionOf(ctx, np) : null;
  if (version) return namedness(ctx, version);
  // "Crowe's barrister, Simon Achterberg, said his client": the party a named party's lawyer
  // speaks for (decision 20 of the labelled sets)
  if (clientOfNamed(ctx, np)) return true;
  // "Eleven Civic Alliance members", "A senior Alliance figure": people a party or body only
  // places (decisions 5, 80 and 100 of the labelled sets; placed-members.ts)
  if (placedMember(ctx, np)) return false;
  // "A member of the club's door staff", "members of the admissions staff": people of the staff
  // of the body the story is about (decision 15 of the labelled sets)
  if (staffOfTheBody(ctx, np)) return 'partial';
  // a party's staff speak for it ("A Democratic leadership aide", "a GOP whip"); its members are
  // only qualified by it ("One GOP senator", "Republican strategists"), as decision 5 of the
  // labelled sets has it
  if (partyOnly(ctx, np)) return PARTY_STAFF_HEADS.has(toks[np.head]!.lower) ? 'partial' : false;
  // "Some Alliance MPs", "two Likud lawmakers": a one-word name before counted elected members is
  // their party, whatever its name (not a chamber: "some House lawmakers")
  if ((hb & ELECTED) !== 0 && countedPartyMembers(ctx, np)) return false;
  const det = toks[np.start]!;
  // "this newspaper reported", "Our correspondent says", "Our own code says": the outlet and its
  // staff and work in the writer's voice (decision 111 of the labelled sets)
  if (outletSelf(ctx, np)) return true;
  // "State television described the vote", "Ostravan state media reported": a country's state
  // broadcaster or news agency is its institution under a common noun, like "the government"
  // (decisions 21, 57, 58 and 180 of the labelled sets)
  if ((hb & STATE_OUTLET) !== 0 && stateOutlet(ctx, np)) return true;
  // "Treasury confirms fuel duty freeze", "government denies plan", "Parliament voted": a
  // country's unique institution with no determiner at all is that one institution, as `the
  // treasury` is (decision 21 of the labelled sets)
  if (np.start === np.head && np.end === np.head + 1 && (hb & UNIQUE) !== 0) return true;
  // "Germany's foreign ministry", "Spain's central bank": a country's one body of its kind
  // (country-body.ts)
  if (countryBody(ctx, np)) return 'partial';
  // "exchange data showed", "data from the exchange": the one exchange the story's shares or
  // contracts trade on, named whether or not the story gives its name (point 199 and its dz01)
  if (cls === 'document' && exchangeData(ctx, np)) return true;
  const sing = !endsSingleS(toks[np.head]!.lower);
  // a definite description referring back: "the company", "the department", "the mayor"
  const headWord = toks[np.head]!.lower;
  if (
    (det.lower === 'the' || det.lower === 'its' || det.lower === 'their') &&
    np.head === np.coreEnd - 1 &&
    // "the second lab": another one, not the one named before
    !(np.head > np.start + 1 && ORDINALS.has(toks[np.start + 1]!.lower))
  ) {
    // "Nordeva did not name the supplier", "The group, whose members have not been identified,":
    // a body the text says it does not name (withheld-body.ts; decision 137 of the labelled sets)
    // (not a preposition's object: "A source within the council, who did not wish to be named,"
    // withholds the source, not the council)
    if (
      cls === 'organisation' &&
      (withheldObject(ctx, np) || (!isPrep(toks[np.start - 1]) && withheldBody(ctx, np)))
    )
      return false;
    // "one supplier ... the supplier": a body the story met only as an indefinite is withheld at
    // every mention
    // (unnamed-antecedent.ts; decisions 70, 89 and 163 of the labelled sets)
    if ((cls === 'organisation' || cls === 'title') && sing && indefiniteAntecedent(ctx, np))
      return false;
    // "The plant's operator", "the ship's owner": known only through the thing it owns or runs
    // (thing-owners.ts)
    if ((cls === 'organisation' || cls === 'title') && ownerOfThing(ctx, np)) return false;
    // ("the gang" that no name in the text is: a withheld body, illicit-bodies.ts)
    if (cls === 'organisation' && sing && !unnamedIllicitBody(ctx, np) && !withheldBody(ctx, np))
      return true;
    // "the military": a country's unique institution named by a word that is mostly an adjective
    // (decisions 21 and 62 of the labelled sets)
    if (det.lower === 'the' && (hb & UNIQUE) !== 0) return true;
    // "the mission" after "a 40-member mission of the Continental Security Council": a repeat of
    // a mention a name identified (named-antecedent.ts)
    if (cls === 'other' && namedEarlierMention(ctx, np)) return true;
    // "the national lobbying register", "the regional tsunami warning centre": a country's or a
    // region's one body or record of its kind (national-body.ts)
    if (nationalBody(ctx, np)) return true;
    // ("the air force": the country's one service of two words, as "the navy" is)
    if (det.lower === 'the' && np.head === np.start + 2 && airForce(ctx, np.head)) return true;
    // "the force" after "Harnmouth Police" or "the Kellford Police Service": the police force the
    // story named (not after bare "police", decision 60 of the labelled sets), also when a
    // headline's "..., force says" came before the name (its answer is not the one to copy)
    if (isForceBack(ctx, np, det.lower, headWord)) return true;
    // "the official" after "a Pentagon official": as named as the first mention
    const earlier =
      np.head === np.start + 1 ? (mentionReads++, ctx.mentions.get(headWord)) : undefined;
    if (earlier !== undefined && det.lower === 'the') return earlier;
    // "The coach, who asked not to be named, said", "the inspector, who spoke on condition of
    // anonymity": a title whose holder the text says it withholds names no one, as the unnamed
    // finding reads it (anonymityClause)
    if (cls === 'title' && withheldHolder(ctx, np)) return false;
    // "an overzealous former manager ... The manager, who left the business in 2023,": a person
    // the story met only as an indefinite of no name and no body is withheld at every mention
    // (unnamed-antecedent.ts; decisions 70, 89 and 163 of the labelled sets)
    if (
      (cls === 'role' || cls === 'occupation') &&
      sing &&
      det.lower === 'the' &&
      indefinitePersonAntecedent(ctx, np)
    )
      return false;
    if ((hb & TITLE) !== 0 && np.head === np.start + 1) return true;
    // "the prime minister", "the attorney general": a title of two words, one holder at a time
    if (
      det.lower === 'the' &&
      np.head === np.start + 2 &&
      TITLE_NOUNS.has(`${toks[np.start + 1]!.lower} ${headWord}`)
    )
      return true;
    // "the railroad" after "the Pellham Valley Railroad Company": a word of an earlier name
    const inName = ctx.nameWords.get(headWord);
    if (det.lower === 'the' && sing && inName !== undefined && inName < np.start) return true;
    if (cls === 'title') return true;
  }
  // "Brannock Freight went into administration ... The administrators said": the office of a
  // named insolvency, identified by the body it acts for (decision 197 of the labelled sets; the
  // unnamed pass reads it so too, insolvency-offices.ts)
  if (
    np.head === np.coreEnd - 1 &&
    (np.head === np.start || (det.lower === 'the' && np.head === np.start + 1)) &&
    namedInsolvencyOffice(ctx, ctx.sentences[ctx.sentenceOf[np.start]!]!, np)
  )
    return 'partial';
  // "charges both sides reject", "which both sides said": the two parties of a dispute the story
  // has named (a Q&A or an explainer may name them paragraphs before); "a charge both
  // governments reject": the governments of the two countries it named (decision 21 of the
  // labelled sets: a country's government is one body)
  if (
    np.head === np.coreEnd - 1 &&
    ((hb & SIDE) !== 0 || headWord === 'governments') &&
    (det.lower === 'both' || (det.lower === 'the' && toks[np.start + 1]?.lower === 'two')) &&
    (headWord === 'governments' ? countriesBefore(ctx, np.start) : nameBefore(ctx, np.start))
  )
    return true;
  // "The defense has argued": the lawyers of the accused, whom a trial story names (a named
  // party's representatives, decision 20 of the labelled sets); "the prosecution" of that trial,
  // the one side that brings it (decision 84)
  if (
    det.lower === 'the' &&
    np.end === np.start + 2 &&
    (hb & DEFENDING) !== 0 &&
    nameBefore(ctx, np.start)
  )
    return 'partial';
  // "Gareth and Sian Penrose allege ... the couple say": two named people the story has just
  // joined by `and` (decision 15 of the labelled sets)
  if (
    det.lower === 'the' &&
    np.end === np.start + 2 &&
    PAIR_NOUNS.has(headWord) &&
    namedPairNear(ctx, np.start)
  )
    return true;
  if (cls === 'title' && np.head > np.start) {
    // "the union's general secretary", "Its chief executive"
    for (let k = np.start; k < np.head; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  }
  // "council figures", "district estimates" in a story about the district council: a body the
  // story has met issued them (not "government data", decision 63 of the labelled sets)
  if (cls === 'document' && bodyModifier(ctx, np)) return true;
  // "a statement posted on Acme's website": a body issues what it posts on its own site
  if ((cls === 'document' || cls === 'other') && postedOnOwnSite(ctx, np)) return true;
  // "The Israeli election results suggest": the results of a public vote have one issuer a reader
  // can tell, its electoral body (decision 105 of the labelled sets)
  if (
    RESULT_HEADS.has(headWord) &&
    np.head > np.start &&
    PUBLIC_VOTES.has(toks[np.head - 1]!.lower)
  )
    return true;
  // a document of a named or back-referred body: "the company's annual report", "Acme's filing"
  if (cls === 'document' || cls === 'other') {
    for (let k = np.start + 1; k < np.head; k++) {
      if (toks[k]!.kind !== 'pos') continue;
      const owner = phraseEndingAt(ctx, k - 1, np.start, false);
      if (owner && namedness(ctx, owner)) return true;
    }
  }
  // a person of a named or back-referred body: "the company's spokesman" (not "its organizers":
  // `its` may be a thing); "one former authority official" after "the Transit Authority"
  if (
    cls === 'role' ||
    cls === 'occupation' ||
    cls === 'title' ||
    // "a coalition staff member" after "the World Relief Coalition"
    (cls === 'person' && (hb & MEMBER) !== 0)
  ) {
    // ("a hospital doctor" is a kind of doctor, "a clinic employee" one of the clinic's)
    const ofBody = cls !== 'occupation' || (hb & MEMBER) !== 0;
    for (let k = np.start; k < np.head; k++) {
      const w = toks[k]!;
      // "A festival insider", "Festival bosses" in a story about the Brightwater Festival: the
      // event's own word before its people is the one event of that kind in view (points 226 and
      // 278 of the labelled sets, as "Festival organisers" and "Fair bosses")
      if (ofBody && namedEventWord(ctx, k)) return 'partial';
      if (ctx.name[k] && !commonInitial(ctx, k)) continue;
      // "a foreign ministry official", "Interior ministry officials": the one ministry of that
      // portfolio in the story's state, as "the Defence Ministry" is (decisions 21, 66 and 84 of
      // the labelled sets; bare "a ministry official" needs a ministry in view, below)
      // (those who speak for it: "a defence ministry clerk" accused of spying acts for himself,
      // decision 81)
      if (
        w.lower === 'ministry' &&
        k > np.start &&
        MINISTRY_PORTFOLIOS.has(toks[k - 1]!.lower) &&
        (SPOKES_HEADS.has(headWord) || MINISTRY_VOICES.has(headWord))
      )
        return 'partial';
      // "One ministry insider" after "Trade Minister Gerald Pike": the one named minister's
      // ministry (minister-ministry.ts)
      if (
        w.lower === 'ministry' &&
        k === np.head - 1 &&
        (SPOKES_HEADS.has(headWord) || CLUB_VOICES.has(headWord)) &&
        oneMinisterBefore(ctx, np.start)
      )
        return 'partial';
      // "a Tellish navy spokeswoman", "an Israeli military official": a country's one service
      if (
        (SPOKES_HEADS.has(headWord) || MINISTRY_VOICES.has(headWord)) &&
        nationalService(ctx, k, np.start)
      )
        return 'partial';
      // "a hospital spokeswoman" after "Varnholt General Hospital": the kind of body the name
      // ends in
      if (ofBody && bodyKindBefore(ctx, k, np.start)) return 'partial';
      // "a company spokesperson" after "Operator Dalesway Buses said", "A diocesan spokesperson"
      // after "the Diocese of Harnmouth", "a regulator spokesman" after "The Financial Conduct
      // Board said": a spokesperson speaks for one body, and the modifier right before names its
      // kind, the one body of that kind the story named (decisions 61, 65 and 84 of the labelled
      // sets; not "a government spokesperson", decision 66)
      if (k === np.head - 1 && SPOKES_HEADS.has(headWord) && spokenForKind(ctx, k, np.start))
        return 'partial';
      if ((w.f & F.ACTOR) === 0 || headClass(ctx, k) !== 'organisation') continue;
      // "A district employee" in a story that names the Board of Education or the School Board:
      // the school district it runs, a body (not "district officials" of a county)
      if (ofBody && w.lower === 'district' && k === np.head - 1 && schoolBodyNamed(ctx, np.start))
        return 'partial';
      // "city officials", "state officials" are qualified by a place only
      if (PLACE_WORDS.has(w.lower) || PLACE_QUALIFIERS.has(w.lower)) continue;
      // "A government spokesman", "One cabinet minister": the state qualifies them, though the
      // story has met "the government" (decision 66 of the labelled sets)
      if (STATE_MODIFIERS.has(w.lower)) continue;
      // ("one former authority official" after "the Transit Authority": the name's kind, not
      // its topic, "Charity law experts" after "the Charity Commission")
      const at = ctx.nameWords.get(w.lower);
      // ("An investment bank analyst" after "Ostrel Bank": a kind of bank)
      if (
        at !== undefined &&
        at < np.start &&
        kindOfName(ctx, at) &&
        !kindModifier(ctx, k, np.start)
      )
        return 'partial';
      // "agency officials" after "the Department of Environmental Protection" or "the Water
      // Authority": `agency` is the general word for a government body of any of these kinds, and
      // bare it points to the one the story named (decision 65 of the labelled sets; not "federal
      // agency officials", which a modifier places among many)
      if (
        w.lower === 'agency' &&
        ofBody &&
        (k === np.start || (k === np.start + 1 && ARTICLES.has(det.lower))) &&
        agencyNamedBefore(ctx, np.start)
      )
        return 'partial';
      // "administration officials": the named president's or governor's executive, like "a White
      // House official" (decision 31 of the labelled sets; not "a government official", whose
      // government a story may leave open)
      if (cls !== 'occupation' && w.lower === 'administration') return 'partial';
      // "A council spokesman" after "the district council": a unique body the story has met
      if (ofBody && sing && definiteBefore(ctx, k, np.start, kindModifier(ctx, k, np.start)))
        return 'partial';
      // "Council officials", "council planning officers" in a story where "the council said":
      // the body that speaks in the story, before or after (a live blog runs backwards)
      if (ofBody && (k === np.start || (k === np.start + 1 && ARTICLES.has(det.lower))))
        if (bodySpeaks(ctx, k)) return 'partial';
      // "two campaign aides" after "Gov. Rita Vance's reelection campaign": the body of a
      // person or body the story named
      if (ofBody && ownedBefore(ctx, k, np.start)) return 'partial';
      // "a club source", "a team spokesman" in a story that names the club (decision 45 of the
      // labelled sets): a sports story's club speaks through them
      if (
        k === np.head - 1 &&
        CLUB_WORDS.has(w.lower) &&
        (hb & CLUB_VOICE) !== 0 &&
        nameBefore(ctx, np.start)
      )
        return 'partial';
    }
    for (let k = np.start + 1; k < np.head; k++) {
      if (toks[k]!.kind !== 'pos') continue;
      const owner = phraseEndingAt(ctx, k - 1, np.start, false);
      if (owner && headClass(ctx, owner.head) === 'organisation' && namedness(ctx, owner))
        return 'partial';
      // "the mayor's staff", "Varga's aides": those who serve a named person speak for
      // that person (decision 20 of the labelled sets)
      if (owner && STAFF_HEADS.has(headWord) && personOwner(ctx, owner)) return 'partial';
    }
  }
  // "A show insider", "A source on the show" in a story that names the show: a production is the
  // workplace of the one show in view (production-people.ts; decision 144 of the labelled sets)
  if ((hb & CLUB_VOICE) !== 0 && productionPeople(ctx, np)) return 'partial';
  // "Harbour Police", "the Metropolitan Police": a force's proper name, capitalised after the
  // name before it (not "Kelm police", a force qualified by its place: decision 60)
  if ((hb & FORCE) !== 0 && np.head > np.start && ctx.name[np.head] && ctx.name[np.head - 1])
    return true;
  // "Varna city council", "the Orlin county board": a named place's own body, one of its kind
  // (not "Kelm police", a force qualified by its place: decision 60)
  if (cls === 'organisation' && sing && placesOwnBody(ctx, np)) return true;
  // names in the core phrase
  let named: Named = false;
  for (let k = np.start; k < np.coreEnd; k++) {
    if (!ctx.name[k] || isPlaceName(ctx, k) || partyLabel(ctx, k, np) || commonInitial(ctx, k))
      continue;
    // "Muslim leaders", "Jewish and Catholic clergy": a capitalised adjective of a faith or a
    // people qualifies, as a nationality does ("U.S. officials"), unless it opens a name
    // ("the Muslim Council")
    if (k < np.head && groupAdjective(toks[k]) && !ctx.name[k + 1] && !ctx.name[k - 1]) continue;
    // "Velland border guards", "two Tarsland diplomats": people only a state has are placed by
    // the one capitalised word before them, a country the engine may not know (decisions 21,
    // 60 and 100; a party's lawmakers are only its members, decision 5)
    if (k < np.head && stateQualifier(ctx, k, np)) continue;
    // "WhatsApp messages", "Facebook posts": the platform carries what its users write
    if (cls === 'document' && k < np.head && PLATFORMS.has(toks[k]!.lower)) continue;
    // "An opposition MP": a capitalised role noun at the head names no one
    if (k === np.head && isPersonClass(cls)) continue;
    named =
      cls === 'role' || cls === 'occupation' || cls === 'person' || cls === 'organisation'
        ? 'partial'
        : true;
    break;
  }
  if (named) return named;
  // "A group calling itself Nightjar", "a hacker known as Tiko": the name the phrase goes by
  if (goesByName(ctx, np)) return true;
  // names in naming post-modifiers: "officials from the Ministry", "a spokesman for Acme"
  let prep = '';
  let issuing = false;
  /** Whether the last preposition's object is indefinite: "at a Tessary-based bank". */
  let someBody = false;
  /** Whether the words are a document's recipients: "circulated among", "sent to". */
  let recipients = false;
  for (let k = np.coreEnd; k < np.end; k++) {
    const t = toks[k]!;
    const tb = listsOf(t);
    // "A memo circulated among senior figures in the Liberty Party", "emails sent to staff at
    // Acme": whom a document reached is no issuer (decision 127 of the labelled sets), until a
    // participle with an agent of its own ("sent to staff and published by the Kelm Trust")
    if (
      cls === 'document' &&
      (t.lower === 'among' || t.lower === 'amongst' || t.lower === 'to') &&
      k > np.coreEnd &&
      participleLike(toks[k - 1]!.lower)
    )
      recipients = true;
    else if (recipients && participleLike(t.lower) && toks[k + 1]?.lower === 'by')
      recipients = false;
    if (recipients) continue;
    // (a partitive keeps it: "at three of the largest ... brokers")
    if (isPrep(t)) someBody = (t.lower === 'of' && someBody) || indefiniteBody(ctx, k + 1);
    if (
      (tb & ANON_MODIFIER) !== 0 ||
      t.lower === 'knowledge' ||
      t.lower === 'close' ||
      (t.lower === 'around' && k === np.coreEnd)
    )
      prep = 'anon';
    else if (t.lower === 'including') prep = 'including';
    else if (
      (tb & ISSUED_BY) !== 0 ||
      // "court documents filed by the Competition Authority" (not "filed Monday in Ventura
      // Superior Court", where it is held)
      ((tb & FILED) !== 0 && toks[k + 1]?.lower === 'by') ||
      // "a survey carried out by", "a plan drawn up by": a phrasal participle of making it
      ((tb & ISSUE) !== 0 && PARTICLES.has(toks[k + 1]?.lower ?? '') && toks[k + 2]?.lower === 'by')
    ) {
      prep = 'by';
      issuing = true;
    } else if ((tb & ISSUE) !== 0) prep = 'handled';
    // "drafted by a consultant and obtained by the Post": the second participle's agent only
    // handled it
    else if (issuing && toks[k - 1]?.lower === 'and' && participleLike(t.lower)) {
      issuing = false;
      prep = '';
    } else if (
      t.lower === 'by' &&
      !issuing &&
      k > np.coreEnd &&
      participleLike(toks[k - 1]!.lower) &&
      !ctx.name[k - 1]
    )
      // "Economists polled by the Wire": who asked them does not identify them
      prep = 'handled';
    // "Farmers in the north of the country", "a cathedral in the west of Kestland": a part of a
    // place is still where they are, not a body whose people they are
    else if (t.lower === 'of' && PLACE_PARTS.has(toks[k - 1]?.lower ?? '')) continue;
    else if (isPrep(t) && prep !== 'anon') {
      if (t.lower === 'by' || t.lower === 'in')
        prep = issuing ? 'by' : prep === 'handled' ? 'handled' : t.lower;
      // "A report into the death of Callum Reyes", "an inquiry into the collapse of Harwick
      // Bank": the names of its subject matter are no issuer, down the chain of `of`s (until
      // `by` or `in` names who issued or printed it)
      // (not after a participle of handling: "a complaint filed on Friday in Orrin County Court")
      else if (
        prep !== 'handled' &&
        TOPIC_PREPS.has(t.lower) &&
        (t.lower !== 'on' || cls === 'document') &&
        // ("a post on social media from the ministry": where it appeared, not what about)
        !(t.lower === 'on' && onPlatform(toks[k + 1]))
      )
        prep = 'topic';
      else if (prep !== 'handled' && prep !== 'topic') prep = t.lower;
    }
    // "a trader at a Tessary-based bank", "analysts at one Castlemere brokerage": a name that
    // only describes a body the story does not identify
    // ("Senior figures in the Progressive Party": its members, placed by it)
    if (
      ctx.name[k] &&
      !isPlaceName(ctx, k) &&
      !(someBody && prep !== 'including') &&
      !(prep !== 'including' && !PARTY_STAFF.has(headWord) && partyBodyEnds(ctx, np.end)) &&
      // "a member of Varga's inner circle", "people from the senator's camp": a person's circle
      // is only close to the person (decision 6), no body that speaks for anyone
      !personalGroupAfter(ctx, k, np.end)
    ) {
      if (t.lower === 'including' || prep === 'including') return true;
      // "Two air-traffic controllers at Kelbury International Airport", "Trainers at the
      // Dunmarsh racecourse": a named airport, port or racecourse only places the people at it,
      // many employers and users sharing it (decision 187 of the labelled sets; not its
      // spokesperson, who speaks for its operator)
      if (
        prep === 'at' &&
        isPersonClass(cls) &&
        !SPOKES_HEADS.has(headWord) &&
        sharedPlaceName(ctx, k, np.end)
      )
        continue;
      // "A sovereign wealth fund from Qaresh", "a defence group from Alsund": a body from a name
      // the text gives nowhere else, of no body's shape, comes from a place (decisions 6, 66)
      if (prep === 'from' && cls === 'organisation' && k === np.coreEnd + 1) {
        const e = originName(ctx, np, k);
        if (e > k) {
          k = e - 1;
          continue;
        }
      }
      if (
        prep === 'of' ||
        prep === 'from' ||
        prep === 'at' ||
        prep === 'for' ||
        prep === 'with' ||
        prep === 'by'
      ) {
        return cls === 'document' ? true : 'partial';
      }
      // "An aide to Varga", "a spokesman to the Marlow family": one who serves a named party
      // speaks for it (decision 20 of the labelled sets)
      if (prep === 'to' && SERVING.has(headWord)) return 'partial';
      // "Members on Tollerby Council's audit committee": a seat on a named
      // body (not "a report on Acme", about it)
      if (prep === 'on' && seatHolder(cls, headWord) && bodyName(ctx, k)) return 'partial';
      // "an official in the Parliamentary Expenses Office", "sources within the Audit Office": a
      // person inside a named body (not a place: "diplomats in Brenholm")
      if (
        (prep === 'in' || prep === 'within') &&
        (PERSON_CLASSES.has(cls) || cls === 'person') &&
        bodyName(ctx, k)
      )
        return 'partial';
      // "a report in the Harbour Gazette", "a study in the journal Nature": where it appeared
      if (prep === 'in' && cls === 'document') return true;
    }
    // "Records filed with the California secretary of state": a public record held by one
    // office (a definite singular office, optionally of a named place)
    if (
      t.lower === 'the' &&
      cls === 'document' &&
      toks[k - 1]?.lower === 'with' &&
      FILED_WITH.has(toks[k - 2]?.lower ?? '') &&
      definiteOffice(ctx, k + 1, np.end)
    )
      return true;
    // "minutes published by the bank", "a survey commissioned by the district": a document
    // issued by a body the story has named (not one a reporter obtained: "an assessment
    // commissioned by the county and obtained by Northstar Wire")
    if (
      t.lower === 'the' &&
      issuing &&
      !obtained(ctx, k, np.end) &&
      prep === 'by' &&
      cls === 'document' &&
      (headClass(ctx, np.end - 1) === 'organisation' || bodyKindBefore(ctx, np.end - 1, k, true)) &&
      !toks[np.end - 1]!.lower.endsWith('s')
    )
      return true;
    // "a report by the alliance" after "the Northern Rivers Alliance", "a letter from the club"
    // after "Melvick Rovers": a document right after its author, a body the story has named
    // (not "a report by the union" of no union named)
    if (
      t.lower === 'the' &&
      cls === 'document' &&
      k === np.coreEnd + 1 &&
      (toks[k - 1]!.lower === 'by' || toks[k - 1]!.lower === 'from') &&
      !obtained(ctx, k, np.end) &&
      definiteBody(ctx, k, np.end) &&
      namedBefore(ctx, np.end - 1, k)
    )
      return true;
    // "a survey carried out by the Gorse Court Residents' Association", "a report by the
    // council's finance officers", "a consultation document published by the diocese": a
    // document takes the namedness of the body or people that made it, as the phrase gives them
    // (decision 68 of the labelled sets; not one a reporter obtained)
    // ("a notice posted by the board": a thing a body issues, though no document by its noun)
    if (
      t.lower === 'the' &&
      (cls === 'document' || (cls === 'other' && issuing)) &&
      toks[k - 1]?.lower === 'by' &&
      (issuing || k === np.coreEnd + 1) &&
      !obtained(ctx, k, np.end) &&
      issuerNamed(ctx, k, np.end)
    )
      return true;
    // "figures from the national statistics office", "data from the central bank": a document of
    // a country's unique institution (decision 21 of the labelled sets)
    if (
      t.lower === 'the' &&
      cls === 'document' &&
      (prep === 'from' || prep === 'of' || prep === 'by') &&
      NATIONAL.has(toks[k + 1]?.lower ?? '') &&
      headClass(ctx, np.end - 1) === 'organisation' &&
      !toks[np.end - 1]!.lower.endsWith('s')
    )
      return true;
    // "figures from the agriculture ministry", "data published by the health ministry": a
    // country has one ministry of each portfolio, a unique institution (decisions 21 and 63 of
    // the labelled sets), as "the treasury" is (not "government figures": many bodies govern)
    if (
      t.lower === 'the' &&
      cls === 'document' &&
      (prep === 'from' || prep === 'of' || prep === 'by') &&
      !obtained(ctx, k, np.end) &&
      portfolioMinistry(ctx, k, np.end)
    )
      return true;
    // "records from the city's building department", "figures from the state health
    // department": a document of a place's own office, one of its kind
    if (
      t.lower === 'the' &&
      cls === 'document' &&
      (prep === 'from' || prep === 'of' || prep === 'by') &&
      !obtained(ctx, k, np.end) &&
      placeBody(ctx, k, np.end)
    )
      return true;
    // "officials at the agency", "a lawyer for the company", "nurses at the hospital" (after
    // "Bramley General Hospital"), "employees of that department": a body the story has named
    if (
      (t.lower === 'the' || (DEMONSTRATIVES.has(t.lower) && isPrep(toks[k - 1]))) &&
      // ("an aide to a member of the panel", "a teacher at one of the schools": one of the
      // body's people, whom the phrase does not identify, stands between)
      !someBody &&
      (prep === 'at' ||
        prep === 'from' ||
        prep === 'for' ||
        prep === 'of' ||
        (prep === 'in' &&
          PERSON_CLASSES.has(cls) &&
          !PLACE_WORDS.has(toks[k + 1]!.lower) &&
          !PLACE_QUALIFIERS.has(toks[k + 1]!.lower) &&
          // ("Local officials in the border county": a place with a modifier of its own)
          !PLACE_WORDS.has(toks[np.end - 1]!.lower)) ||
        // "a senior official with the office": a person who works with the body
        ((prep === 'with' || prep === 'within') && PERSON_CLASSES.has(cls)) ||
        // "senators on the transport committee": a seat on the body
        (prep === 'on' && seatHolder(cls, headWord))) &&
      cls !== 'document' &&
      // ("Mining executives in the capital" after "Ardent Capital": `in` places, the name's
      // last word alone is a body only after `at`, `for`, `from`, `of`)
      definiteBody(ctx, k, np.end, prep !== 'in') &&
      // ("Senior figures in the party", "two members of the party": its members, not its staff,
      // whom party affiliation alone does not name; decision 5 of the labelled sets)
      !(!PARTY_STAFF.has(headWord) && partyBodyEnds(ctx, np.end))
    )
      return 'partial';
    // "a spokesman for the Russian embassy", "Two officers in the Kelvadian navy", "Lawyers for
    // the Castrian government", "a source in France's army": a body a country or a place names
    // in the phrase, whose people the phrase places in it (decision 65; point 286's source inside
    // a named country's army)
    if (
      isPrep(toks[k - 1]) &&
      !someBody &&
      (PERSON_CLASSES.has(cls) || cls === 'person') &&
      BODY_PREPS.has(prep) &&
      placeNamedBody(ctx, k, np.end) &&
      // ("officials in the Merevian government" are "Merevian officials", decision 116; its
      // lawyers and spokesmen act for it)
      (prep === 'for' || !WHOLE_STATE.has(toks[np.end - 1]!.lower))
    )
      return 'partial';
  }
  return false;
}

/**
 * Whether document `np` is an exchange's own by its words: `exchange data`, `stock exchange
 * figures`, `data from the exchange` (not `foreign exchange data`, a market's).
 */
function exchangeData(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  if (h > np.start && toks[h - 1]!.lower === 'exchange' && !ctx.name[h - 1])
    return toks[h - 2]?.lower !== 'foreign';
  return (
    np.end === h + 4 &&
    toks[h + 1]?.lower === 'from' &&
    toks[h + 2]?.lower === 'the' &&
    toks[h + 3]?.lower === 'exchange'
  );
}

/** Words of the state as a whole before a person: `a government spokesman`, `cabinet ministers`. */
const STATE_MODIFIERS: ReadonlySet<string> = new Set(['cabinet', 'government']);

/** The prepositions that place a person in a body: `officials at`, `a spokesman for`. */
const BODY_PREPS: ReadonlySet<string> = new Set(['at', 'for', 'from', 'in', 'of', 'within']);

/** A state as a whole, whose people it only qualifies: `officials in the Merevian government`. */
const WHOLE_STATE: ReadonlySet<string> = new Set(['government', 'state']);

/**
 * Whether the words from token `k` to `end` are one body that a place or a people's adjective in
 * them names: `the Russian embassy`, `the Kelvadian navy`, `France's army`, as the body alone would
 * be named (`The Russian embassy said`). A place alone (`the Russian capital`), a plural
 * (`the French ports`) and a party (`the Danish Liberal party`, whose members it only places)
 * are not.
 */
function placeNamedBody(ctx: Context, k: number, end: number): boolean {
  const toks = ctx.tokens;
  const h = end - 1;
  if (h <= k || h - k > BODY_MODIFIERS + 1 || toks[h]!.lower.endsWith('s')) return false;
  // ("Growers in the Kelso district": a part of a place)
  if (PLACE_WORDS.has(toks[h]!.lower) || PLACE_QUALIFIERS.has(toks[h]!.lower)) return false;
  if (headClass(ctx, h) !== 'organisation' || partyBodyEnds(ctx, end)) return false;
  let place = false;
  for (let q = k; q < h; q++) if (ctx.name[q] && isPlaceName(ctx, q)) place = true;
  if (!place) return false;
  return !!namedness(ctx, { start: k, end, head: h, coreEnd: end });
}

/**
 * Whether name token `k` only tells the party of members who do not speak for it: "Senior
 * Progress party figures", "two Reform Party councillors" (party affiliation alone is unnamed,
 * decision 5 of the labelled sets); its officers and staff speak for it ("a Civic Party aide").
 */
function partyLabel(ctx: Context, k: number, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  // (the words of the party's name up to `party` itself: "Reform Party")
  let j = k;
  while (j < np.head && toks[j]!.lower !== 'party' && ctx.name[j]) j++;
  if (j >= np.head || toks[j]!.lower !== 'party' || j === np.start) return false;
  const head = toks[np.head]!.lower;
  return !PARTY_STAFF.has(head) && !BODY_PEOPLE.has(head);
}

/** Heads of those who serve a person or body and speak for it: `aide`, `adviser`, `lawyer`. */
const SERVING: ReadonlySet<string> = new Set([
  ...ruleWords('servingRoles'),
  ...ruleWords('representatives'),
]);

/** Heads of a person's staff: `aides`, `spokesman`, `staff`. */
const STAFF_HEADS: ReadonlySet<string> = new Set([...SERVING, 'staff', 'staffer', 'staffers']);

/** Whether `owner` is named: a name (`Varga's`) or a title a story uses for one (`the mayor's`). */
function personOwner(ctx: Context, owner: NounPhrase): boolean {
  const cls = headClass(ctx, owner.head);
  if (cls === 'name') return !isPlaceName(ctx, owner.head);
  return cls === 'title' && namedness(ctx, owner) === true;
}

/** Heads of a party's officers and staff, who speak for it: `aide`, `spokesman`, `whip`. */
const PARTY_STAFF: ReadonlySet<string> = new Set([
  ...ruleWords('servingRoles'),
  ...ruleWords('representatives'),
  'whip',
  'whips',
]);
const BODY_PEOPLE = ruleWords('bodyPeople');

/** Whether `np` is members of a party by a noun of its own, not the party: `a Tory`, `some Republicans`. */
function partyMember(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  return (
    (PARTY_MEMBERS.has(head) || ideologyWord(head)) &&
    np.start < np.head &&
    toks[np.start]!.lower !== 'the' &&
    (!ctx.name[np.head - 1] || memberQualifier(ctx, np.head - 1, np.head, np.start)) &&
    !ctx.name[np.head + 1]
  );
}

/**
 * A word for a follower of a creed or movement (`Unionist`, `Islamist`, `Nationalists`): as a
 * capitalised head or modifier it tells only a person's side, as a party's name does (not the
 * Nordic surnames in -quist, -qvist).
 */
export function ideologyWord(w: string): boolean {
  // (asked of every capitalised word: one that ends in neither `t` nor `s` skips the expressions)
  const last = w.charCodeAt(w.length - 1);
  if (last !== 116 && last !== 115) return false;
  return IDEOLOGY.test(w) && !NORDIC_SURNAME.test(w);
}

const IDEOLOGY = /[a-z]{3}ists?$/;
const NORDIC_SURNAME = /q[uv]ists?$/;

/**
 * Whether token `k` is a party's plural noun capitalised where the text never writes it in
 * lowercase (`Republicans`, `Tories`; not the `conservatives` of an outlook).
 */
function partyNoun(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  if (!t.cap || !t.lower.endsWith('s') || !PARTY_MEMBERS.has(t.lower)) return false;
  return !LOWERCASE_PARTY.get(ctx, t.lower, () =>
    ctx.tokens.some((u) => u.lower === t.lower && !u.cap),
  );
}

/** Whether a party's noun is also written in lowercase in a text part, by word. */
const LOWERCASE_PARTY = new WordFacts();

/** Capitalised nouns for a party's members: `Republicans`, `a Tory`. */
const PARTY_MEMBERS = ruleWords('partyMembers');

/** Heads that end a police force's name: "Harbour Police". */
const FORCE_HEADS: ReadonlySet<string> = new Set([
  'constabulary',
  'gendarmerie',
  'police',
  'sheriff',
]);

/** Words after a force's word that name the same service: "Police Department", "Sheriff's Office". */
const FORCE_TAILS: ReadonlySet<string> = new Set(['department', 'force', 'office', 'service']);

/** A country's institutions named by a common noun: "the military", "the navy". */
const UNIQUE_INSTITUTIONS = ruleWords('uniqueInstitutions');

/**
 * Whether token `k` starts bodies the story does not identify: `a ... bank`, `one ... club`, or a
 * count of them (`two Brenholm banks`, `three of the largest ... brokers`).
 */
function indefiniteBody(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t) return false;
  if (INDEFINITE_BODY.has(t.lower)) return true;
  // (not "at 10 Downing Street": a count of bodies, so a plural head follows)
  if (t.kind !== 'num' && !NUMBER_WORDS.has(t.lower)) return false;
  for (let q = k + 1; q < ctx.tokens.length && q <= k + 6; q++) {
    const w = ctx.tokens[q]!;
    if (isPrep(w) && w.lower !== 'of') return false;
    if ((w.f & F.ACTOR) !== 0 && headClass(ctx, q) !== 'other') return /s$/.test(w.lower);
  }
  return false;
}

const NUMBER_WORDS = ruleWords('numberWords');

/**
 * Whether a political party is the only name before the head (`One GOP senator`, `a Democratic
 * leadership aide`; not `A House Democratic aide`, of a named chamber).
 */
function partyOnly(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  let party = false;
  for (let k = np.start; k < np.head; k++) {
    const w = toks[k]!;
    if (((listsOf(w) & PARTY) !== 0 || ideologyWord(w.lower)) && w.cap) party = true;
    else if (ctx.name[k] && !isPlaceName(ctx, k)) return false;
  }
  return party;
}

/**
 * Whether `np` counts elected members under a one-word name that is not a chamber, a body word or
 * a place: "Some Alliance MPs", "two Likud lawmakers", "one senior Fidesz legislator". Members sit
 * for a party; the name only tells which (decision 5 of the labelled sets).
 */
function countedPartyMembers(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  const k = h - 1;
  if (k <= np.start || !PARTY_ELECTED.has(toks[h]!.lower) || ctx.name[h]) return false;
  const name = toks[k]!;
  // ("a group of House Commonwealth lawmakers": the chamber before the party)
  const chamber = k - 1 >= np.start && CHAMBERS.has(toks[k - 1]!.lower);
  if (!ctx.name[k] || (ctx.name[k - 1] && !chamber) || name.kind !== 'word' || isPlaceName(ctx, k))
    return false;
  if (CHAMBERS.has(name.lower) || NON_COMPANY_BODIES.has(name.lower)) return false;
  const first = toks[np.start]!;
  // ("Liberty MPs said", "Local Renewal councillors": uncounted, the name still only places them;
  // not "the Alliance MPs", which may be the ones a story already named)
  return (
    first.kind === 'num' ||
    COUNTS.has(first.lower) ||
    NUMBER_WORDS.has(first.lower) ||
    (first.f & F.DET) === 0
  );
}

/** Nouns of a legislature's elected members: `MPs`, `lawmakers`, `senator`. */
const PARTY_ELECTED = ruleWords('partyElected');

/** One-word names of legislative chambers, whose members they name: `House`, `Commons`. */
const CHAMBERS = ruleWords('chamberNames');

const NON_COMPANY_BODIES = ruleWords('nonCompanyBodies');

/** Words that count members: `some`, `several`, `one`. */
const COUNTS = ruleWords('memberCounts');

/**
 * Whether `np` is `his client` (`her clients`, `their client`) after a lawyer or agent of a named
 * party in its sentence: `Crowe's barrister`, `A lawyer for Luxmed`.
 */
function clientOfNamed(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const head = toks[np.head]!.lower;
  if ((head !== 'client' && head !== 'clients') || np.head !== np.start + 1) return false;
  if (!CLIENT_OWNERS.has(toks[np.start]!.lower)) return false;
  for (let k = np.start - 1; k >= 2 && k >= np.start - 30; k--) {
    const t = toks[k]!;
    if (isPunct(t, '.') || isPunct(t, '?') || isPunct(t, '!')) return false;
    if (!REPRESENTATIVES.has(t.lower)) continue;
    if (toks[k - 1]!.kind === 'pos' && ctx.name[k - 2]) return true;
    if (toks[k + 1]?.lower === 'for' && ctx.name[k + 2]) return true;
  }
  return false;
}

/** Possessive pronouns of a lawyer or agent: `his client`. */
const CLIENT_OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Those who act for a client: `lawyer`, `barrister`, `agent`. */
const REPRESENTATIVES: ReadonlySet<string> = new Set([...ruleWords('representatives'), 'agent']);

/** Capitalised words of a political party: `Democratic`, `GOP`, `Tory`. */
const PARTY_WORDS = ruleWords('partyWords');

/** Heads of a party's staff, who speak for it: `aide`, `whip`, `spokesman`. */
const PARTY_STAFF_HEADS = ruleWords('partyStaff');

/** Determiners of a body not identified: `at a ... bank`, `for one ... club`. */
const INDEFINITE_BODY: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some']);

/** Whether a participle of access (`obtained`, `seen`, `leaked`) stands in `[a, end)` or joins it. */
function obtained(ctx: Context, a: number, end: number): boolean {
  const toks = ctx.tokens;
  for (let k = a; k < end; k++) if (ACCESS_WORDS.has(toks[k]!.lower)) return true;
  // (or coordinated after the phrase: "commissioned by the county and obtained by")
  return toks[end]?.lower === 'and' && ACCESS_WORDS.has(toks[end + 1]?.lower ?? '');
}

/** Participles by which a reporter got hold of a document: `obtained`, `seen`, `leaked`. */
const ACCESS_WORDS: ReadonlySet<string> = new Set(Object.values(ANONYMITY.access).flat());

/** Participles by which a document comes to be held by an office: `filed with`. */
const FILED_WITH: ReadonlySet<string> = new Set(['filed', 'lodged', 'registered']);

/**
 * Whether `[a, end)` names one office: place names, then a singular title or organisation head
 * and its `of` complement (`California secretary of state`, `Delaware Division of Corporations`).
 */
function definiteOffice(ctx: Context, a: number, end: number): boolean {
  const toks = ctx.tokens;
  let k = a;
  while (k < end && ctx.name[k] && isPlaceName(ctx, k)) k++;
  if (k >= end) return false;
  const cls = headClass(ctx, k);
  if (cls !== 'title' && cls !== 'organisation') return false;
  if (toks[k]!.lower.endsWith('s') && !ctx.name[k]) return false;
  for (let q = k + 1; q < end; q++) {
    const w = toks[q]!;
    if (w.kind !== 'word') return false;
    if (w.lower !== 'of' && (w.f & (F.FUNC | F.PREP | F.DET)) !== 0) return false;
  }
  return true;
}

/** Whether the phrase is a pronoun or starts with one (no source then). */
export function isPronounToken(ctx: Context, i: number): boolean {
  return isPronoun(ctx.tokens[i]);
}

/** Whether the name starting at `k` ends in an organisation's word: `the Expenses Office`. */
function bodyName(ctx: Context, k: number): boolean {
  let e = k;
  while (ctx.name[e + 1]) e++;
  const last = ctx.tokens[e]!;
  return (last.f & F.ACTOR) !== 0 && ORG_NOUNS.has(last.lower);
}

/**
 * Whether token `k` is a noun for a kind of body (`hospital`, `trust`; not `police`, a noun for
 * its people) that ends a multiword name before token `limit`: `Varnholt General Hospital`.
 * With `definite` (`the club`, `the firm`: one the story has met), also a noun for the kind of
 * a name's last word: `Melvick Harriers` is a club, `Corran Mutual` a firm (not for "a club
 * source", which a story naming two clubs leaves to neither, decision 65 of the labelled sets).
 */
function bodyKindBefore(ctx: Context, k: number, limit: number, definite = false): boolean {
  const word = ctx.tokens[k]!.lower;
  // ("district officials" after "the Orrin Falls School District", not after a district that
  // is only a place: its names of a body are in the second list)
  const kind = BODY_KINDS.has(word);
  const other = KIND_NAMES[word] ?? (definite ? DEFINITE_KIND_NAMES[word] : undefined);
  // "a nurse at the centre" after "the Tolnik health centre", "a hospital spokesman" after "St
  // Brigid's hospital": the kind the story wrote after a body's name (context.ts)
  const after = ctx.kindWords.get(word);
  if (after !== undefined && after < limit && after !== k && !isPersonClass(headClass(ctx, k)))
    return true;
  if ((!kind && !other) || isPersonClass(headClass(ctx, k))) return false;
  const at = kind ? ctx.nameWords.get(word) : undefined;
  if (at !== undefined && at < limit && !ctx.name[at + 1]) return true;
  // "a hospital spokeswoman" after "St. Brennan's Medical Center": a name of the same kind
  if (!other) return false;
  for (const words of other) {
    const last = words[words.length - 1]!;
    const q = ctx.nameWords.get(last);
    if (q === undefined || q >= limit || ctx.name[q + 1]) continue;
    if (wordsAt(ctx, q - words.length + 1, words)) return true;
  }
  return false;
}

/**
 * Whether the tokens from `k` are `words`. (A loop, not `words.every(...)`: a closure there made
 * `bodyKindBefore` allocate a context on every call.)
 */
function wordsAt(ctx: Context, k: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) if (ctx.tokens[k + i]?.lower !== words[i]) return false;
  return true;
}

/** Names of a kind of body in other words: a `medical center` is a hospital. */
const KIND_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = Object.fromEntries(
  Object.entries(BODY_KIND_NAMES).map(([kind, names]) => [kind, names.map((n) => n.split(' '))]),
);

/** Last words of a firm's or a club's name, for `the firm`, `the club`: `Holdings`, `Rovers`. */
const FIRM_ENDS: readonly (readonly string[])[] = [...ORG_SUFFIXES].map((w) => [w]);
const DEFINITE_KIND_NAMES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  club: [...TEAM_WORDS].map((w) => [w]),
  company: FIRM_ENDS,
  firm: FIRM_ENDS,
};

/**
 * Whether `np` is `member(s) of the ... staff`: the staff of a body the story has named, by a
 * definite article alone or a definite or named owner (`the club's`, `Acme's`).
 */
function staffOfTheBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  if ((listsOf(toks[h]) & MEMBER_WORD) === 0 || toks[h + 1]?.lower !== 'of') return false;
  if (toks[h + 2]?.lower !== 'the' || toks[np.end - 1]?.lower !== 'staff') return false;
  for (let k = h + 3; k < np.end - 1; k++) {
    const t = toks[k]!;
    if (t.kind === 'pos') {
      // (the owner a body: "the club's", not a person's staff)
      const owner = phraseEndingAt(ctx, k - 1, h + 2, false);
      if (!owner || owner.start !== h + 2) return false;
      const cls = headClass(ctx, owner.head);
      if (isPersonClass(cls) || cls === 'nonAgent' || cls === 'document') return false;
      if (agentiveNoun(toks[owner.head]!.lower)) return false;
      return !!namedness(ctx, owner) || (owner.head === h + 3 && !toks[h + 3]!.lower.endsWith('s'));
    }
    if (t.kind !== 'word' || ctx.name[k] || !isContent(t)) return false;
  }
  return true;
}

/**
 * Whether name token `k` is a body's kind capitalised only because it starts the sentence
 * (`Hospital pharmacists said`, `Palace officials said`, after a name with the word inside):
 * read as the common noun it is, a kind of work or the body met before.
 */
function commonInitial(ctx: Context, k: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[k]!]!;
  if (k !== s.first || ctx.name[k + 1] || ctx.titleCase[ctx.sentenceOf[k]!]) return false;
  return BODY_KINDS.has(ctx.tokens[k]!.lower);
}

/**
 * Whether `[the, end)` (`the` at token `k`) is one body: a singular organisation noun, or the
 * kind of body a name met before ends in, after at most three lowercase modifiers (`the agency`,
 * `the hospital`, `the state health department`, `the outpatient department`); with `byName`,
 * also the last word of a name met before (`the constabulary`, `the home`).
 */
function definiteBody(ctx: Context, k: number, end: number, byName = false): boolean {
  const toks = ctx.tokens;
  // ("the city's building department": a place's own body, like "the city building department")
  if (placeOwner(ctx, k)) k += 2;
  const h = end - 1;
  if (h <= k || h - k - 1 > BODY_MODIFIERS) return false;
  for (let q = k + 1; q < h; q++) {
    const w = toks[q]!;
    if (w.kind !== 'word' || ctx.name[q] || !isContent(w)) return false;
  }
  if (toks[h]!.lower.endsWith('s')) return false;
  return (
    headClass(ctx, h) === 'organisation' ||
    bodyKindBefore(ctx, h, k, true) ||
    (byName && nameEndsIn(ctx, h, k)) ||
    // ("a spokesperson for the force" after "Corran Police said": that force, decision 65)
    (toks[h]!.lower === 'force' && forceNamedBefore(ctx, k)) ||
    // ("a spokesman for the air force": the country's one, as "for the army" is)
    (h === k + 2 && airForce(ctx, h))
  );
}

/**
 * Whether the word of token `h` ends a name the story met before token `limit`, not a place's:
 * `the constabulary` after `Kelmshire Constabulary`, `the home` after `Ashdene Care Home`.
 */
function nameEndsIn(ctx: Context, h: number, limit: number): boolean {
  const word = ctx.tokens[h]!.lower;
  if (PLACE_WORDS.has(word) || isPersonClass(headClass(ctx, h))) return false;
  const at = ctx.nameWords.get(word);
  return at !== undefined && at < limit && kindOfName(ctx, at) && !isPlaceName(ctx, at);
}

/**
 * Whether `np` is a place's name, its place word and a body's noun: `Varna city council`, `the
 * Orlin county board` (not `Kelm police`: a force, decision 60; nor `a Varna city bank`).
 */
function placesOwnBody(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  if (h !== np.coreEnd - 1 || h < np.start + 2 || FORCE_HEADS.has(toks[h]!.lower)) return false;
  if (!PLACE_WORDS.has(toks[h - 1]!.lower) || ctx.name[h - 1]) return false;
  let k = h - 2;
  // (a name before a place word is the place's: "Varna city")
  while (k >= np.start && ctx.name[k] && (toks[k]!.f & F.TIME) === 0) k--;
  if (k === h - 2) return false;
  return k < np.start || (k === np.start && toks[k]!.lower === 'the');
}

/** Whether `the` at token `k` starts a place word's possessive: `the city's`, `the state's`. */
function placeOwner(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  return toks[k + 2]?.kind === 'pos' && PLACE_WORDS.has(toks[k + 1]!.lower) && !ctx.name[k + 1];
}

/**
 * Whether `the` at token `k` starts a place's own body (`the state health department`, `the
 * city's building department`), one of a kind like a country's unique institutions.
 */
function placeBody(ctx: Context, k: number, end: number): boolean {
  const w = ctx.tokens[k + 1];
  // (not "records from the city" itself)
  if (!w || !PLACE_WORDS.has(w.lower) || ctx.name[k + 1] || end - 1 <= k + 1) return false;
  return definiteBody(ctx, k, end);
}

/**
 * Whether `the` at token `k` opens a country's ministry of one portfolio, `[k, end)` being `the
 * agriculture ministry` or `the treasury` (not `the government`, of which a country has many
 * tiers).
 */
function portfolioMinistry(ctx: Context, k: number, end: number): boolean {
  const toks = ctx.tokens;
  const last = toks[end - 1]!.lower;
  if (end === k + 2) return UNIQUE_INSTITUTIONS.has(last) && last !== 'government';
  return (
    end === k + 3 &&
    last === 'ministry' &&
    toks[k + 1]!.kind === 'word' &&
    !ctx.name[k + 1] &&
    !PLACE_WORDS.has(toks[k + 1]!.lower)
  );
}

/**
 * Whether the definite phrase `[k, end)` after a document's `by` is a named body or people of
 * one that the story met before: `the Gorse Court Residents' Association`, `the diocese` after
 * `the Diocese of Harnmouth`, `the council's finance officers` in a story about the council (not
 * `the committee` of a story that never mentioned one).
 */
function issuerNamed(ctx: Context, k: number, end: number): boolean {
  const agent = phraseEndingAt(ctx, end - 1, k, false);
  if (!agent || agent.start !== k || !namedness(ctx, agent)) return false;
  // ("a report by the national cyber security centre": no name, one centre of its kind)
  if (nationalBody(ctx, agent)) return true;
  for (let q = k + 1; q <= agent.head; q++) {
    const w = ctx.tokens[q]!;
    if (ctx.name[q] && !isPlaceName(ctx, q)) return true;
    // (the head, or the owner before a possessive, met before: "the diocese", "the council's")
    if (q !== agent.head && ctx.tokens[q + 1]?.kind !== 'pos') continue;
    if (w.kind === 'word' && previousSameWord(ctx, q) >= 0) return true;
  }
  return false;
}

/** Whether the body noun at `h` is a word of a name met before token `limit`, or its kind. */
function namedBefore(ctx: Context, h: number, limit: number): boolean {
  const at = ctx.nameWords.get(ctx.tokens[h]!.lower);
  return (at !== undefined && at < limit) || bodyKindBefore(ctx, h, limit, true);
}

/** How many modifiers may stand between `the` and a body's noun: `the state health department`. */
const BODY_MODIFIERS = 3;

/** Singular demonstratives, definite like `the` after a preposition: `of that department`. */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this']);

/** Words for a sports club before the person who speaks for it: `a club source`. */
const CLUB_WORDS: ReadonlySet<string> = new Set(['club', 'team']);

/** Heads of people who speak for a club: `source`, `insider`, `spokesman`, `official`. */
const CLUB_VOICES: ReadonlySet<string> = new Set([
  ...ruleWords('servingRoles'),
  'insider',
  'insiders',
  'official',
  'officials',
  'source',
  'sources',
]);

/** The parties of a dispute: `both sides`, `the two parties`. */
const SIDES: ReadonlySet<string> = new Set(['camps', 'parties', 'sides']);

/**
 * Whether two different one-word names stand before token `k`, as the names of two countries do
 * (`from Morvania into Galdara`; a country the lexicon does not know is no place name to it).
 */
function countriesBefore(ctx: Context, k: number): boolean {
  let first = '';
  for (let q = k - 1; q >= 0; q--) {
    if (!ctx.name[q] || ctx.name[q - 1] || ctx.name[q + 1]) continue;
    if ((ctx.tokens[q]!.f & F.TIME) !== 0) continue;
    const w = ctx.tokens[q]!.lower;
    if (!first) first = w;
    else if (w !== first) return true;
  }
  return false;
}

/** Nouns for two people together: `the couple`, `the pair`. */
const PAIR_NOUNS: ReadonlySet<string> = new Set(['couple', 'duo', 'pair']);

/**
 * Whether two names joined by `and` (`Gareth and Sian Penrose`, `Tom Reyes and Ann Reyes`)
 * stand before token `k` in its sentence or the two before, no place's.
 */
function namedPairNear(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const si = ctx.sentenceOf[k]!;
  const from = ctx.sentences[Math.max(0, si - 2)]!.first;
  for (let q = k - 2; q > from; q--) {
    if (toks[q]!.lower !== 'and' || !ctx.name[q - 1] || !ctx.name[q + 1]) continue;
    if (isPlaceName(ctx, q - 1) || isPlaceName(ctx, q + 1)) continue;
    if ((toks[q - 1]!.f & F.TIME) !== 0) continue;
    return true;
  }
  return false;
}

/** A trial's two sides: `the defense`, `the defence`, `the prosecution`. */
const DEFENCE: ReadonlySet<string> = new Set(['defence', 'defense', 'prosecution']);

/**
 * Whether a name ending in a police force's word (`Harnmouth Police`, `the Carrick
 * Constabulary`, `Ellerby and Wold Police`) stands before token `k`.
 */
/** Whether `np` is "the force" referring back to a police force the story named before it. */
function isForceBack(ctx: Context, np: NounPhrase, det: string, headWord: string): boolean {
  return (
    det === 'the' &&
    np.end === np.start + 2 &&
    headWord === 'force' &&
    forceNamedBefore(ctx, np.start)
  );
}

function forceNamedBefore(ctx: Context, k: number): boolean {
  for (const w of FORCE_HEADS) {
    const at = ctx.nameWords.get(w);
    if (at === undefined || at >= k) continue;
    // the force's word ends the name, or a word for the service follows it: "Tarrow Police",
    // "the Tarrow Police Department", "Tarrow County Sheriff's Office"
    let next = at + 1;
    if (ctx.tokens[next]?.kind === 'pos') next++;
    if (!ctx.name[at + 1] || FORCE_TAILS.has(ctx.tokens[next]?.lower ?? '')) return true;
  }
  return false;
}

/** Heads of a count's outcome: `results`, `returns`. */
const RESULT_HEADS: ReadonlySet<string> = new Set(['result', 'results', 'returns', 'tally']);

/** Public votes and counts with one official issuer: `election`, `referendum`, `census`. */
const PUBLIC_VOTES: ReadonlySet<string> = new Set([
  'by-election',
  'census',
  'election',
  'primary',
  'referendum',
  'runoff',
]);

/**
 * Whether the word right before the head of document `np` is a body the story met before as a
 * word of a name or with `the` (`council` of `council figures` after `the council`), not a
 * place's qualifier or a country's institution (`state`, `government`); not one a reporter
 * obtained, nor one of several (`a company memo`). A board's papers are the one body's in a story
 * that named one, whoever saw them (`board papers seen by the Standard`, decision 127).
 */
function bodyModifier(ctx: Context, np: NounPhrase): boolean {
  const k = np.head - 1;
  if (k < np.start) return false;
  // "confidential board papers seen by the Calder Standard": the governing board of the body the
  // story named; the outlet that saw them changes nothing (decision 127 of the labelled sets)
  if (ctx.tokens[k]!.lower === 'board' && !ctx.name[k] && nameBefore(ctx, np.start)) return true;
  // (not "an internal company memo seen by the paper": one obtained, decision 14)
  if (obtained(ctx, np.head, np.end)) return false;
  const w = ctx.tokens[k]!;
  if (w.kind !== 'word') return false;
  // (nor a court's: "Court records" hold what the parties filed)
  if (PLACE_QUALIFIERS.has(w.lower) || UNIQUE_INSTITUTIONS.has(w.lower) || w.lower === 'court')
    return false;
  // (nor another body of that kind: "Regional council data" in a story that names a district
  // council, no regional one)
  const level = ctx.tokens[k - 1];
  if (k > np.start && level && PLACE_QUALIFIERS.has(level.lower)) {
    const named = ctx.nameWords.get(level.lower);
    if (named === undefined || named >= np.start) return false;
  }
  // "hospital records" after "Varnholt General Hospital": the kind of body the name ends in
  // (decisions 92 and 115 of the labelled sets), though the word is no organisation noun
  if (!ctx.name[k] && bodyKindBefore(ctx, k, np.start)) return true;
  // "company filings" in a story about Acme Corp: the one company it speaks of (decision 171's
  // "according to a company statement")
  if (
    !ctx.name[k] &&
    COMPANY_WORDS.has(w.lower) &&
    nameBefore(ctx, np.start) &&
    companyInView(ctx, np.start)
  )
    return true;
  if ((w.f & F.ACTOR) === 0 || headClass(ctx, k) !== 'organisation') return false;
  if (ctx.name[k] && !commonInitial(ctx, k) && !ctx.titleCase[ctx.sentenceOf[k]!]) return false;
  const at = ctx.nameWords.get(w.lower);
  return (at !== undefined && at < np.start) || definiteBefore(ctx, k, np.start);
}

/**
 * Whether a school body's name stands before token `k`: a word of `School`, `Schools` or
 * `Education` inside a name (`the Pine Hollow School Board`, `the Board of Education`).
 */
function schoolBodyNamed(ctx: Context, k: number): boolean {
  for (const w of SCHOOL_BODY_WORDS) {
    const at = ctx.nameWords.get(w);
    if (at !== undefined && at < k) return true;
  }
  return false;
}

/** Words of the names of bodies that run a school district: `School Board`, `Board of Education`. */
const SCHOOL_BODY_WORDS: readonly string[] = ['education', 'school', 'schools'];

/**
 * Whether the story has `the` + the word of token `k` as the subject of a reporting verb, before or
 * after it: `the council said`, `The council has confirmed`.
 */
function bodySpeaks(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]!.lower;
  // (not a country's institution: "military officials" stay unnamed, decision 62)
  if ((listsOf(toks[k]) & (UNIQUE | FORCE)) !== 0) return false;
  return SPEAKING_BODIES.get(ctx, w, () => {
    for (let q = 1; q < toks.length - 1; q++) {
      if (toks[q]!.lower !== w || toks[q - 1]!.lower !== 'the' || ctx.name[q]) continue;
      const v = (toks[q + 1]!.f & F.AUX) !== 0 ? toks[q + 2] : toks[q + 1];
      if (v && (v.f & F.REPORT) !== 0) return true;
    }
    return false;
  });
}

/** Whether `the <word>` speaks in a text part, by word. */
const SPEAKING_BODIES = new WordFacts();

/** Heads of those who run an event: `organisers`. */
const ORGANISERS: ReadonlySet<string> = new Set(['organisers', 'organizers']);

/** Last words of the names of events (`Marathon`, `Prize`, `Awards`), and kinds of event. */
const EVENT_NAMES = ruleWords('eventNames');
const EVENT_KINDS: ReadonlySet<string> = new Set(['ceremony', 'event', 'meet', 'meeting']);

/**
 * Whether `np` is the organisers of an event the story names: `the organisers`,
 * `race organisers`, `Kessel Grand Prix organisers`, `the prize's organisers`, `the organisers of
 * the race`, with a name that ends in an event's word somewhere in the text part (not bare
 * `organisers`, `protest organisers`, `its organisers`, `some organisers`, `the organisers of the
 * petition`).
 */
function eventOrganisers(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const h = np.head;
  if (!ORGANISERS.has(toks[h]!.lower) || h !== np.coreEnd - 1) return false;
  // (bare "organisers" carries no body, even right after the event is named: decisions 65 and
  // 117 of the labelled sets)
  if (np.start === h && np.end === np.coreEnd) return false;
  // before the head: `the`, then an event's noun or name, with or without a possessive
  let k = np.start;
  if (k < h && toks[k]!.lower === 'the') k++;
  if (k < h) {
    const last = toks[h - 1]!.kind === 'pos' ? h - 2 : h - 1;
    if (last < k || !eventWord(toks[last]!.lower)) return false;
    for (let q = k; q < last; q++) if (!ctx.name[q]) return false;
  }
  // after it, only `of` + an event's noun or name: "the organisers of the race"
  if (np.end > np.coreEnd) {
    if (toks[np.coreEnd]!.lower !== 'of' || !eventWord(toks[np.end - 1]!.lower)) return false;
    for (let q = np.coreEnd + 1; q < np.end - 1; q++)
      if (!ctx.name[q] && !(q === np.coreEnd + 1 && toks[q]!.lower === 'the')) return false;
  }
  return eventNamed(ctx);
}

/**
 * Whether token `k` is a one-word modifier that is the last word of an event's name in the text
 * part (`festival` after `the Brightwater Festival`), lowercase or capitalised only as the first
 * word of its sentence.
 */
export function namedEventWord(ctx: Context, k: number): boolean {
  const t = ctx.tokens[k]!;
  // ("the festival's main stage contractor": a party the event hires, not its people)
  if (!EVENT_NAMES.has(t.lower) || ctx.name[k - 1] || ctx.name[k + 1]) return false;
  if (ctx.tokens[k + 1]?.kind === 'pos') return false;
  if (t.cap && k !== ctx.sentences[ctx.sentenceOf[k]!]!.first) return false;
  const at = ctx.nameWords.get(t.lower);
  return at !== undefined && at !== k && !!ctx.name[at - 1] && !ctx.name[at + 1];
}

/** Whether `w` is an event's word: `race`, `prize`, `meeting`. */
function eventWord(w: string): boolean {
  return EVENT_NAMES.has(w) || EVENT_KINDS.has(w);
}

/** Whether the text part names an event (a name ending in `Marathon`, `Prize`, `Awards`), kept per context. */
function eventNamed(ctx: Context): boolean {
  let known = EVENT_NAMED.get(ctx);
  if (known === undefined) {
    known = false;
    const toks = ctx.tokens;
    for (let q = 1; q < toks.length && !known; q++)
      known =
        !!ctx.name[q] && !!ctx.name[q - 1] && !ctx.name[q + 1] && EVENT_NAMES.has(toks[q]!.lower);
    EVENT_NAMED.set(ctx, known);
  }
  return known;
}

/** Whether a context's text part names an event (see `eventNamed`). */
const EVENT_NAMED = new WeakMap<Context, boolean>();

/** The indefinite articles: `a council spokesman`. */
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);

/**
 * Whether the modifier at token `k` names a kind of body a spokesperson speaks for, and a body
 * of that kind is named before token `limit`: the kind word itself or its adjective in an earlier
 * name or definite mention (`diocesan` after `the Diocese of Harnmouth`, `departmental` after
 * `the Department of Premier and Cabinet`), or, for a word of what a body does (`regulator`), any
 * name of a body before it, and for a company's (`company`, `firm`), a named company in view. Not the state, its services or a party
 * (`a government spokesperson`, `a police spokesman`: decisions 60, 62 and 66).
 */
function spokenForKind(ctx: Context, k: number, limit: number): boolean {
  const t = ctx.tokens[k]!;
  if (t.kind !== 'word' || ctx.name[k] || t.cap) return false;
  const w = t.lower;
  if (PLACE_WORDS.has(w) || PLACE_QUALIFIERS.has(w) || NOT_SPOKEN_FOR.has(w)) return false;
  if ((listsOf(t) & (UNIQUE | FORCE)) !== 0) return false;
  // "a force spokesperson" after "Corran Police said": that force (decision 65)
  if (w === 'force') return forceNamedBefore(ctx, limit);
  const noun = KIND_ADJECTIVES.get(w);
  const kind = noun ?? w;
  if (COMPANY_WORDS.has(kind)) return nameBefore(ctx, limit) && companyInView(ctx, limit);
  if (SPOKEN_FOR_ROLES.has(kind)) return nameBefore(ctx, limit);
  // "a gallery spokesman" after "the Varden Gallery", "A fire service spokesman" after "the
  // Dunmere Fire and Rescue Service": the word a body's name ends in is that body's kind, though
  // no list has it (not a place's: "Harbour Street")
  if (!noun && !BODY_KINDS.has(kind)) return !t.lower.endsWith('s') && nameEndsIn(ctx, k, limit);
  // (the kind's noun met before, in a name or after `the` and at most two lowercase modifiers:
  // "the national competition authority")
  for (let q = limit - 1; q >= 0; q--) {
    if (ctx.tokens[q]!.lower !== kind) continue;
    if (ctx.name[q] || definiteKind(ctx, q)) return true;
  }
  return false;
}

/**
 * Whether the kind word at token `q` follows `the` directly or after at most two lowercase
 * modifiers that are no names (`the authority`, `the national competition authority`).
 */
function definiteKind(ctx: Context, q: number): boolean {
  const toks = ctx.tokens;
  for (let d = q - 1; d >= 0 && d >= q - 3; d--) {
    const w = toks[d]!;
    if (w.lower === 'the') return true;
    if (w.kind !== 'word' || w.cap || ctx.name[d] || !isContent(w)) return false;
  }
  return false;
}

/**
 * Whether the story before token `limit` speaks of a company: a noun for one, not introduced as
 * a new one by `a` (`Operator Dalesway Buses`, `Brindle, the games maker`, `the firm`; not `a
 * union` or `a local firm`), or a name with a company's ending (`Acme Ltd`).
 */
function companyInView(ctx: Context, limit: number): boolean {
  const toks = ctx.tokens;
  for (let q = limit - 1; q >= 0; q--) {
    const w = toks[q]!.lower;
    if (ctx.name[q] && COMPANY_ENDS.has(w) && q > 0 && ctx.name[q - 1]) return true;
    if (!COMPANY_WORDS.has(w) && w !== 'maker') continue;
    let d = q - 1;
    while (d >= 0 && d >= q - 3 && toks[d]!.kind === 'word' && !INDEFINITE_BODY.has(toks[d]!.lower))
      d--;
    if (d < 0 || !INDEFINITE_BODY.has(toks[d]!.lower)) return true;
  }
  return false;
}

/** Nouns of a company (`company`, `firm`, `operator`, `retailer`). */
const COMPANY_WORDS = ruleWords('companyHeads');

/** Endings of a company's name: `Ltd`, `Inc`, `plc`. */
const COMPANY_ENDS = ruleWords('companyEnds');

/** Nouns of a spokesperson (`a company spokeswoman`). */
export const SPOKES_HEADS: ReadonlySet<string> = new Set([
  'spokesman',
  'spokesmen',
  'spokespeople',
  'spokesperson',
  'spokeswoman',
  'spokeswomen',
]);

/** Adjectives of a kind of body: `diocesan` (a diocese's), `departmental`, `ministerial`. */
const KIND_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['congressional', 'congress'],
  ['departmental', 'department'],
  ['diocesan', 'diocese'],
  ['ministerial', 'ministry'],
  ['parliamentary', 'parliament'],
  ['regulatory', 'regulator'],
]);

/**
 * Words of what a body does rather than what it is called (`company`, `regulator`): they point
 * to the one such body of a story that names a body, whatever its name.
 */
const SPOKEN_FOR_ROLES: ReadonlySet<string> = new Set(['regulator', 'watchdog']);

/** Modifiers of a spokesperson that are the state, a service of it or a party, not one body. */
const NOT_SPOKEN_FOR: ReadonlySet<string> = new Set([
  'defence',
  'defense',
  'palace',
  'party',
  'police',
  'royal',
  'security',
]);

/** Whether a name that is no place or date stands before token `k`. */
function nameBefore(ctx: Context, k: number): boolean {
  for (let q = k - 1; q >= 0; q--)
    if (ctx.name[q] && (ctx.tokens[q]!.f & F.TIME) === 0 && !isPlaceName(ctx, q)) return true;
  return false;
}

/** Bodies of people, not of money or trade: a `team from Acme` is Acme's own. */
const PEOPLE_BODIES: ReadonlySet<string> = new Set([
  'contingent',
  'crew',
  'delegation',
  'detachment',
  'division',
  'panel',
  'squad',
  'subsidiary',
  'team',
  'unit',
]);

/**
 * The end of the name at token `k`, after `from` in a new body's phrase, when it is only where
 * the body comes from: "a sovereign wealth fund from Qaresh", "a state-owned builder from Tarlow",
 * "a defence group from Alsund". The phrase is indefinite, the head a body of money or trade (not
 * a team or unit, which "from" makes a part of the body named: "a team from Orvane"), the name of
 * at most three words with no word of a body's name (`Holdings`, `Bank`, `Times`) and met nowhere
 * else in the text (a body the story names comes back, a place of origin seldom). -1 otherwise.
 */
function originName(ctx: Context, np: NounPhrase, k: number): number {
  const toks = ctx.tokens;
  if (!INDEFINITE_BODY.has(toks[np.start]!.lower) || np.start === np.head) return -1;
  const head = toks[np.head]!.lower;
  // (a bare "a group from Orvane" may be a party of its people; "a defence group" is a firm)
  if (PEOPLE_BODIES.has(head) || (head === 'group' && np.head === np.start + 1)) return -1;
  let e = k;
  while (ctx.name[e]) {
    const w = toks[e]!;
    if (
      w.kind !== 'word' ||
      ORG_SUFFIXES.has(w.lower) ||
      INSTITUTION_WORDS.has(w.lower) ||
      ORG_NOUNS.has(w.lower) ||
      previousSameWord(ctx, e) >= 0
    )
      return -1;
    e++;
  }
  if (e === k || e - k > 3 || toks[e]?.kind === 'pos') return -1;
  for (let q = e; q < toks.length; q++)
    if (ctx.name[q] && toks[q]!.lower === toks[k]!.lower) return -1;
  return e;
}

/** Heads of one or more members of a staff: `a member`, `members`. */
const MEMBERS: ReadonlySet<string> = new Set(['member', 'members']);

/** Nouns for kinds of body: `agency`, `hospital`, `university`. */
const BODY_KINDS = ruleWords('nonCompanyBodies');

/**
 * Whether `the` (and at most one modifier) + the word of token `k` stands before token `limit`
 * (at most `k`), not far back.
 */
function definiteBefore(ctx: Context, k: number, limit: number, modifier = ''): boolean {
  const toks = ctx.tokens;
  // the word's earlier mentions, nearest first (see same-word.ts)
  for (let q = previousSameWord(ctx, k); q >= 1; q = previousSameWord(ctx, q)) {
    if (q >= limit || ctx.name[q]) continue;
    // (the nearest such mention counts, and only if it is not far back)
    if (q < limit - DEFINITE_REACH) return false;
    // ("One pension fund manager" after "the fund": only after "the pension fund")
    if (modifier && toks[q - 1]!.lower !== modifier) continue;
    if (
      toks[q - 1]!.lower === 'the' ||
      (toks[q - 2]?.lower === 'the' && isContent(toks[q - 1]) && !ctx.name[q - 1])
    )
      return true;
  }
  return false;
}

/**
 * Whether a name's possessive (and at most one modifier) + the word of token `k` stands before
 * token `limit` (at most `k`): `Vance's reelection campaign`, `Acme's board`.
 */
function ownedBefore(ctx: Context, k: number, limit: number): boolean {
  const toks = ctx.tokens;
  const at = ctx.nameWords.get(toks[k]!.lower);
  // (a word met first inside a name is that name's: "the Vance Campaign Fund")
  if (at !== undefined && at < limit) return false;
  // the word's earlier mentions, nearest first (see same-word.ts)
  for (
    let q = previousSameWord(ctx, k);
    q >= 2 && q >= limit - DEFINITE_REACH;
    q = previousSameWord(ctx, q)
  ) {
    if (q >= limit || ctx.name[q]) continue;
    const p = toks[q - 1]!.kind === 'pos' ? q - 1 : q - 2;
    if (p < 1 || toks[p]!.kind !== 'pos' || !ctx.name[p - 1] || isPlaceName(ctx, p - 1)) continue;
    if (p === q - 2 && (!isContent(toks[q - 1]) || ctx.name[q - 1])) continue;
    return true;
  }
  return false;
}

/** How many tokens back a body met as `the district council` is looked for. */
const DEFINITE_REACH = 400;

/** Ordinals: `the second lab` is a new one of its kind. */
export const ORDINALS = ruleWords('ordinals');

/** People known as belonging to a body: `member`, `staff`, `workers`. */
const MEMBER_HEADS = ruleWords('memberHeads');

/**
 * Whether document `np` ends in `posted on` (`published on`) a named or back-referred body's
 * site: `a copy posted on the union's website`, `a notice published on Acme's official page`.
 */
function postedOnOwnSite(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const last = np.end - 1;
  if (!SITES.has(toks[last]!.lower)) return false;
  // (or right after the noun: "a notice on the trust's website")
  for (let k = np.coreEnd - 1; k < last - 2; k++) {
    if (toks[k + 1]!.lower !== 'on') continue;
    if (k === np.coreEnd - 1 ? k !== np.head : !POSTED.has(toks[k]!.lower)) continue;
    // "published on its website" after a body the sentence names: that body's own site
    const own = toks[last - 1]!.lower === 'its' || toks[last - 2]?.lower === 'its';
    if (own && k + 2 >= last - 2) return nameInSentenceBefore(ctx, np.start);
    // ("the county website", "the Brenica Stock Exchange website": the owner as a modifier)
    if (toks[k + 2]!.lower === 'the' && ownerModifier(ctx, k + 3, last)) return true;
    // (the owner's possessive, then at most one modifier: "Acme's official website")
    const p = toks[last - 1]!.kind === 'pos' ? last - 1 : last - 2;
    if (toks[p]?.kind !== 'pos' || p <= k + 2) return false;
    const owner = phraseEndingAt(ctx, p - 1, k + 2, false);
    if (!owner || owner.start !== k + 2) return false;
    // ("the trust's website" after "the Hartwell Trust", "the park's website" after "Elm Park":
    // a word of a name the story met before is that name's body or place, which runs the site)
    if (namedBefore(ctx, owner.head, owner.start) && toks[owner.start]!.lower === 'the')
      return true;
    const cls = headClass(ctx, owner.head);
    if (cls !== 'organisation' && !(cls === 'name' && !isPlaceName(ctx, owner.head))) return false;
    return !!namedness(ctx, owner);
  }
  return false;
}

/**
 * Whether the words `[a, site)` before a site's noun name its owner: a name that is no place
 * (`the Brenica Stock Exchange website`) or one body noun the story met before as a word of a
 * name or with `the` (`the county website` after `the county`; decision 115 of the labelled
 * sets). Not a kind of site (`a news website`), nor a place's (`the Velmar website`).
 */
function ownerModifier(ctx: Context, a: number, site: number): boolean {
  if (a >= site) return false;
  if (ctx.name[a]) {
    for (let q = a; q < site; q++) if (!ctx.name[q] || isPlaceName(ctx, q)) return false;
    return true;
  }
  if (site !== a + 1 || headClass(ctx, a) !== 'organisation') return false;
  const at = ctx.nameWords.get(ctx.tokens[a]!.lower);
  return (at !== undefined && at < a) || definiteBefore(ctx, a, a - 1);
}

/** Whether a name other than a place stands in the sentence before token `at`. */
function nameInSentenceBefore(ctx: Context, at: number): boolean {
  const s = ctx.sentences[ctx.sentenceOf[at]!]!;
  for (let k = s.first; k < at; k++) if (ctx.name[k] && !isPlaceName(ctx, k)) return true;
  return false;
}

/** Participles of putting a document on a site: `posted`, `published`. */
const POSTED: ReadonlySet<string> = new Set(['posted', 'published', 'uploaded']);

/** A body's own pages on the web: `website`, `site`. */
const SITES: ReadonlySet<string> = new Set(['page', 'site', 'webpage', 'website']);

/** Head classes of people, who can work in a body: `two lawyers in the office`. */
const PERSON_CLASSES: ReadonlySet<string> = new Set(['role', 'occupation', 'title']);

/**
 * Whether a head of class `cls` can hold a seat on a body: people (`councillors`, `members`) and
 * the plural of a title (`senators on the committee`: the plural is in no noun list).
 */
function seatHolder(cls: HeadClass, head: string): boolean {
  if (PERSON_CLASSES.has(cls) || MEMBER_HEADS.has(head)) return true;
  return head.endsWith('s') && TITLE_NOUNS.has(head.slice(0, -1));
}

/**
 * Whether `np` describes people a body serves or faces (`Critics of the university`, `a student at
 * Fenwick`, `A group of parents at St Oda's`), who do not speak for it.
 */
export function isClientele(ctx: Context, np: NounPhrase): boolean {
  const b = listsOf(ctx.tokens[peopleHead(ctx, np)]);
  const head = ctx.tokens[np.head]!.lower;
  // "A longtime investor in the fund", "Lenders to the company": a stake in a body, placed by a
  // post-modifier, does not make one its people (bare "the lender" may be the body itself)
  // ("a man from Tilden": a plain person placed by where he is from)
  // ("Some longtime Norther shareholders", "Acme's bondholders", "the company's largest
  // shareholder": owners of a stake, placed by the body they own it in, decision 91 of the
  // labelled sets; not "Acme lenders", which may be the body's own lending arm)
  return (
    (b & CLIENTELE) !== 0 ||
    (((b & STAKEHOLDER) !== 0 || HOLDERS.has(head)) && np.end > np.coreEnd) ||
    STAKE_OWNERS.has(head) ||
    placedByOrigin(ctx, np)
  );
}

/** Holders of a stake named after them: "Holders of Acme's bonds", "a large holder of its debt". */
const HOLDERS: ReadonlySet<string> = new Set(['holder', 'holders']);

/**
 * Stakeholders who only ever hold a stake in a body, never act as it or for it, whatever places
 * them: `shareholders`, `bondholders`.
 */
const STAKE_OWNERS: ReadonlySet<string> = new Set([
  'bondholder',
  'bondholders',
  'policyholder',
  'policyholders',
  'shareholder',
  'shareholders',
  'stockholder',
  'stockholders',
]);

/** The head of the people a collective noun counts (`parents` of `a group of parents`), else the head. */
function peopleHead(ctx: Context, np: NounPhrase): number {
  const toks = ctx.tokens;
  const h = np.head;
  if ((listsOf(toks[h]) & COLLECTIVE) === 0 || toks[h + 1]?.lower !== 'of') return h;
  let k = h + 2;
  while (k + 1 < np.end && toks[k + 1]!.kind === 'word' && !isPrep(toks[k + 1])) k++;
  return k < np.end ? k : h;
}

/** Heads of people who work or play beside someone: `colleagues`, `team-mates`, `bandmates`. */
const FELLOW_HEADS: ReadonlySet<string> = new Set([
  'bandmate',
  'bandmates',
  'colleague',
  'colleagues',
  'co-star',
  'co-stars',
  'co-worker',
  'co-workers',
  'coworker',
  'coworkers',
  'team-mate',
  'team-mates',
  'teammate',
  'teammates',
]);

/**
 * Whether `np`'s fellows belong to a person: a person's name or a pronoun owns them ("Marsh's
 * former colleagues", "her bandmates") or follows `of` ("A colleague of Rothman's", "a team-mate
 * of his"); a body's name (`Acme's colleagues` is no English) or a place does not.
 */
function fellowOfPerson(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const person = (k: number): boolean => {
    const t = toks[k];
    if (!t) return false;
    if (isPronoun(t)) return true;
    if (!ctx.name[k] || isPlaceName(ctx, k)) return false;
    const cls = headClass(ctx, k);
    return cls !== 'organisation' && cls !== 'document';
  };
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return person(k - 1);
  if (POSSESSIVE_PRONOUNS.has(toks[np.start]!.lower)) return true;
  if (toks[np.head + 1]?.lower !== 'of') return false;
  let k = np.head + 2;
  while (ctx.name[k] && ctx.name[k + 1]) k++;
  return person(k);
}

/** Whether `np` is an owner's "family of" something: "Acme's family of brands". */
function ownedFamilyOf(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  if (toks[np.head + 1]?.lower !== 'of') return false;
  for (let k = np.start + 1; k < np.head; k++) if (toks[k]!.kind === 'pos') return true;
  return false;
}

/**
 * Heads of a person's own circle who serve the person without acting for him or her in an office:
 * `coach`, `doctor`, `landlord`, `partners` (not `agent`, `lawyer`, `manager`, `spokesman`).
 */
const CIRCLE_HEADS: ReadonlySet<string> = new Set([
  'bodyguard',
  'bodyguards',
  'caddie',
  'carer',
  'carers',
  'chauffeur',
  'coach',
  'doctor',
  'doctors',
  'driver',
  // ("Dunmore's family has questioned", "the family of Margaret Hale say": relatives, decisions
  // 6 and 91; not "the Reyes family", whose name is the family's)
  'family',
  'landlady',
  'landlord',
  'mentor',
  'nanny',
  'partners',
  'physio',
  'physiotherapist',
  'teacher',
  'teachers',
  'therapist',
  'trainer',
  'tutor',
]);

/**
 * Whether `np`'s circle belongs to a person: a person's name owns it ("Morrow's coach") or
 * follows `of` ("the coach of Morrow's"), or `his` or `her` does ("her doctor"); `their` and
 * `our` coach are a team's.
 */
function circleOfPerson(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const first = toks[np.start]!.lower;
  if (POSSESSIVE_PRONOUNS.has(first)) return first === 'his' || first === 'her';
  // "Ashmere United's coach", "The Riverside Trust's doctors": a club's or a body's name,
  // whatever its first word
  for (let k = np.start + 1; k < np.head; k++) {
    if (toks[k]!.kind !== 'pos') continue;
    const last = toks[k - 1]!.lower;
    if (CLUB_ENDS.has(last) || INSTITUTION_WORDS.has(last) || ORG_SUFFIXES.has(last)) return false;
  }
  return fellowOfPerson(ctx, np);
}

/**
 * Whether the name at token `k` is one capitalised word before people only a state has: "Velland
 * border guards", "a Tarsland diplomat", "Kessian troops" (not an acronym, "NATO troops", nor a
 * body's or a chamber's name, "Senate lawmakers").
 */
function stateQualifier(ctx: Context, k: number, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const t = toks[k]!;
  if (ctx.name[k - 1] || t.kind !== 'word' || !/^[A-Z][a-z]/.test(ctx.text.slice(t.start, t.end)))
    return false;
  const head = toks[np.head]!.lower;
  const mod = toks[np.head - 1]!.lower;
  const stateOnly =
    STATE_PEOPLE.has(head) ||
    (STATE_GUARDS.has(head) && STATE_SERVICES.has(mod) && k < np.head - 1);
  if (!stateOnly) return false;
  // (the name right before the head, or before the service word)
  if (k !== np.head - 1 && !(k === np.head - 2 && STATE_SERVICES.has(mod))) return false;
  const cls = headClass(ctx, k);
  return cls !== 'organisation' && cls !== 'document' && (listsOf(t) & UNIQUE) === 0;
}

/** People only a state has: `diplomats`, `troops`, `envoys`, `lawmakers`. */
const STATE_PEOPLE: ReadonlySet<string> = new Set([
  'ambassador',
  'ambassadors',
  'diplomat',
  'diplomats',
  'envoy',
  'envoys',
  'lawmaker',
  'lawmakers',
  'legislators',
  'soldier',
  'soldiers',
  'troops',
]);
/** Heads that a state's service word before them makes its people: `guards`, `officers`. */
const STATE_GUARDS: ReadonlySet<string> = new Set([
  'agents',
  'guard',
  'guards',
  'officer',
  'officers',
  'officials',
]);
/** A state's own services: `border`, `customs`, `immigration`. */
const STATE_SERVICES: ReadonlySet<string> = new Set([
  'border',
  'coast',
  'customs',
  'immigration',
  'intelligence',
]);

/**
 * Whether the name at token `k` owns a person's circle ending the phrase before `end`: "Varga's
 * inner circle", "the senator's entourage", "Okafor's camp" (not a body's name: "Acme's board").
 */
function personalGroupAfter(ctx: Context, k: number, end: number): boolean {
  const toks = ctx.tokens;
  let q = k;
  while (q + 1 < end && ctx.name[q + 1]) q++;
  if (toks[q + 1]?.kind !== 'pos') return false;
  const cls = headClass(ctx, q);
  if (cls === 'organisation' || cls === 'document' || isPlaceName(ctx, q)) return false;
  // (at most two words before the circle's noun: "inner", "close personal")
  for (let h = q + 2; h < end && h <= q + 4; h++) {
    const w = toks[h]!;
    if (PERSONAL_GROUPS.has(w.lower)) return h === end - 1;
    if (w.kind !== 'word' || ctx.name[h]) return false;
  }
  return false;
}

/** A person's circle, who are close to the person without acting for him or her: `entourage`. */
const PERSONAL_GROUPS: ReadonlySet<string> = new Set([
  'camp',
  'circle',
  'confidants',
  'entourage',
  'orbit',
  'set',
]);

/** Last words of a club's name: `Rovers`, `United`, `City`, `Town`, `FC`. */
const CLUB_ENDS: ReadonlySet<string> = new Set([...TEAM_WORDS, 'city', 'county', 'fc', 'town']);

/** Possessive pronouns of a person: `his`, `her`, `their`, `my`, `our`. */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['her', 'his', 'my', 'our', 'their']);

/** Heads of people a body serves or faces: `critics`, `fans`, `parents`, `students`. */
const CLIENTELE_HEADS = ruleWords('clienteleHeads');
/** Heads of people or firms with a stake in a body or its business: `investors`, `lenders`, `clients`. */
const STAKEHOLDER_HEADS = ruleWords('stakeholderHeads');

/** The people `np`'s collective head counts (`former agency chiefs` of `a group of ...`), if people. */
function countedPeople(ctx: Context, np: NounPhrase): NounPhrase | null {
  const h = peopleHead(ctx, np);
  if (h === np.head || !isPersonClass(headClass(ctx, h))) return null;
  return { start: np.head + 2, end: np.end, head: h, coreEnd: h + 1 };
}

/** The document `np` is a draft or copy of (`the authority's report` of `A draft of ...`), if any. */
function versionOf(ctx: Context, np: NounPhrase): NounPhrase | null {
  const toks = ctx.tokens;
  const h = np.head;
  if (!VERSIONS.has(toks[h]!.lower) || toks[h + 1]?.lower !== 'of' || h + 2 >= np.end) return null;
  const inner = phraseEndingAt(ctx, np.end - 1, h + 2, false);
  if (!inner || inner.start !== h + 2 || headClass(ctx, inner.head) !== 'document') return null;
  return inner;
}

/** Nouns of a version of a document: `a draft of`, `a copy of`. */
const VERSIONS = ruleWords('documentVersions');

/** Nouns that count people: `a group of`, `a handful of`. */
const COLLECTIVE_HEADS = ruleWords('collectiveHeads');

/** Heads that say only how someone is related to another: `ally`, `neighbour`, `sister`. */
const RELATION_HEADS = ruleWords('relationHeads');

/**
 * The lists the rules above ask of a head or a word most often, as bits of one `wordBits` answer
 * (one typed-array read per word once its word is known; namedness is asked of every source and
 * candidate phrase, and probed about ten Sets each time).
 */
const listsOf = wordBits(() => [
  RELATION_HEADS,
  UNIQUE_INSTITUTIONS,
  TITLE_NOUNS,
  SIDES,
  DEFENCE,
  MEMBER_HEADS,
  CLUB_VOICES,
  FORCE_HEADS,
  ANON_MODIFIERS,
  ISSUED_BY_NAMED,
  FILED_WITH,
  ISSUING,
  PARTY_WORDS,
  MEMBERS,
  CLIENTELE_HEADS,
  COLLECTIVE_HEADS,
  STAKEHOLDER_HEADS,
  // (the heads the rules of `namednessOf` that start from one ask for: their gates)
  FELLOW_HEADS,
  CIRCLE_HEADS,
  ORGANISERS,
  VERSIONS,
  PARTY_ELECTED,
  STATE_OUTLETS,
]);
const RELATION = 1 << 0;
const UNIQUE = 1 << 1;
const TITLE = 1 << 2;
const SIDE = 1 << 3;
const DEFENDING = 1 << 4;
const MEMBER = 1 << 5;
const CLUB_VOICE = 1 << 6;
const FORCE = 1 << 7;
const ANON_MODIFIER = 1 << 8;
const ISSUED_BY = 1 << 9;
const FILED = 1 << 10;
const ISSUE = 1 << 11;
const PARTY = 1 << 12;
const MEMBER_WORD = 1 << 13;
const CLIENTELE = 1 << 14;
const COLLECTIVE = 1 << 15;
const STAKEHOLDER = 1 << 16;
const FELLOW = 1 << 17;
const CIRCLE = 1 << 18;
const ORGANISER = 1 << 19;
const VERSION = 1 << 20;
const ELECTED = 1 << 21;
const STATE_OUTLET = 1 << 22;

/**
 * Whether name token `at` is the kind of body its name ends in (`Authority` in `the Transit
 * Authority`, `Ministry` in `the Ministry of Health`), not a word for what the body deals with
 * (`Charity` in `the Charity Commission`).
 */
function kindOfName(ctx: Context, at: number): boolean {
  return !ctx.name[at + 1] || ctx.tokens[at + 1]!.kind === 'pos';
}

/** Kinds of government body that `agency` stands for: `department`, `authority`, `bureau`. */
const AGENCY_KINDS = [
  'agency',
  'authority',
  'bureau',
  'commission',
  'department',
  'directorate',
  'office',
  'service',
] as const;

/**
 * Whether a name before token `start` ends in, or opens with, a kind of government body (`the
 * Department of Environmental Protection`, `the Water Authority`).
 */
function agencyNamedBefore(ctx: Context, start: number): boolean {
  for (const kind of AGENCY_KINDS) {
    const at = ctx.nameWords.get(kind);
    if (at !== undefined && at < start && kindOfName(ctx, at)) return true;
  }
  return false;
}

/**
 * The noun that makes the body word at token `k` a kind of body (`pension` in `One pension fund
 * manager`, `law` in `a law firm partner`): a lowercase word before it in the phrase from `start`
 * that is no determiner, number, adjective or rank; '' when there is none (`a council
 * spokesman`, `one former authority official`, `a senior council officer`).
 */
export function kindModifier(ctx: Context, k: number, start: number): string {
  const m = ctx.tokens[k - 1];
  if (k - 1 < start || !m || m.kind !== 'word' || m.cap || ctx.name[k - 1]) return '';
  if ((m.f & (F.FUNC | F.QUANT | F.DET)) !== 0 || statusAdjective(m)) return '';
  if (NUMBER_WORDS.has(m.lower) || ADJECTIVE_SHAPE.test(m.lower)) return '';
  return m.lower;
}

/** Endings of adjectives: `local`, `regional`, `former` is a rank (`statusAdjective`). */
const ADJECTIVE_SHAPE = /(?:al|ive|ous|ic|ary|ful|less|able|ible|ed|ing|ern|ish|an)$/;

/** Words that give the name a person or body goes by: `called`, `known as`, `named`. */
const GOES_BY: ReadonlySet<string> = new Set(['called', 'calling', 'known', 'named']);

/**
 * Whether the words at `k` give a name the holder chose for itself ("calling itself Nightjar",
 * "which calls itself Greymoth"): a self-chosen alias withholds who the holder is, like a
 * pseudonym (decisions 89 and 163 of the labelled sets), where "known as" or "named" give a name.
 */
export function selfGivenName(toks: readonly Token[], k: number): boolean {
  const w = toks[k]?.lower ?? '';
  return /^call(?:s|ed|ing)?$/.test(w) && REFLEXIVES.has(toks[k + 1]?.lower ?? '');
}

/**
 * Whether a post-modifier of `np` gives the name it goes by: "a hacker known as Tiko", "an
 * account named Grey Heron" (a place is no such name; a self-chosen alias, "A group calling
 * itself Nightjar", withholds: `selfGivenName`).
 */
function goesByName(ctx: Context, np: NounPhrase): boolean {
  const toks = ctx.tokens;
  const k = np.coreEnd;
  if (k >= np.end || !GOES_BY.has(toks[k]!.lower) || selfGivenName(toks, k)) return false;
  let n = k + 1;
  if (toks[n]?.lower === 'as') n++;
  // (a name's first word may be a common one: "Night Ledger")
  const at = ctx.name[n] || !toks[n]?.cap ? n : n + 1;
  return at < np.end && !!ctx.name[at] && !isPlaceName(ctx, at);
}

/**
 * Whether a clause right after `np` says its holder's name is withheld (`, who asked not to be
 * named,`, `, who spoke on condition of anonymity,`): the unnamed finding's anonymity clause.
 */
function withheldHolder(ctx: Context, np: NounPhrase): boolean {
  const s = ctx.sentences[ctx.sentenceOf[np.start]!];
  return !!s && anonymityClause(ctx, s, np.end);
}

/** Parts of a place that take `of` (`the north of the country`, `the outskirts of Brenholm`). */
const PLACE_PARTS: ReadonlySet<string> = new Set([
  'centre',
  'center',
  'east',
  'edge',
  'heart',
  'interior',
  'middle',
  'north',
  'northeast',
  'northwest',
  'outskirts',
  'parts',
  'rest',
  'south',
  'southeast',
  'southwest',
  'west',
]);
