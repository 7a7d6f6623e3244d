/**
 * Agentless passives and impersonal `it`-clauses: `was discovered`, `had been infiltrated`,
 * `it was confirmed`. Not: a passive with a `by` agent, stative participles (`was born`,
 * `is located`), raising hedges (`is said to`), or active perfects (`has said`).
 *
 * The scan is here; what it asks of the words is in `passive/`: a participle's shape
 * (participle.ts), states, dates and generic facts (states.ts), the anonymity formula
 * (anonymity.ts), and where the agent is or the list goes on (agent.ts).
 */
import { adverbialPhraseAt } from './adverbial-phrases';
import type { Context } from './context';
import {
  isAdverb,
  isContent,
  isHeadline,
  isOpenQuote,
  isQuote,
  isPunct,
  isWord,
  sentenceHas,
  toNounPhrase,
} from './context';
import {
  BE_FORMS,
  F,
  isIrregularParticiple,
  RAISING_PARTICIPLES,
  RATING_VERBS,
  REPORTING_VERBS,
  reportingVerb,
  ruleWords,
  STATIVE_PARTICIPLES,
} from './lexicon';
import type { Sentence } from './sentences';
import { inAnonymityReason } from './unnamed/anonymity-reason';
import { writerAside } from './writer-aside';
import {
  AGENT_OF_LIST,
  bareList,
  byAttack,
  coordinatedParticiple,
  hasByAgent,
  joinedRightAfter,
} from './passive/agent';
import {
  agreedState,
  AUTHORISED,
  DEGREE,
  DEGREE_WORD,
  EVENTIVE,
  FLOATING,
  HEDGED_ACT,
  IDIOM_START,
  INSTRUCTION,
  MODAL,
  PAST_BE,
  PRESENT_BE,
  SPEAKING,
  STATE_IDIOMS,
  STAYING,
  STATIVE,
  TWO_OBJECT_PARTICIPLES,
  UNDOING_PARTICLES,
  attributive,
  dateOfOrigin,
  datedAct,
  designedTo,
  existentialInfinitive,
  findingOut,
  fullState,
  genericToBe,
  leftAct,
  leftWithLittle,
  listsOf,
  lostRecords,
  naming,
  naturalHarm,
  negation,
  occasionAct,
  ownershipStanding,
  presentStanding,
  quotedParticiple,
  remainsToBeSeen,
  stativeMadeAct,
  stillCondition,
  usedFor,
} from './passive/states';
import { anonymityFormula } from './passive/anonymity';
import { GET_FORMS, getPassive } from './passive/get-passive';
import {
  CONNECTING,
  citationCount,
  compelled,
  dividedOpinion,
  dueForm,
  feelingOrWear,
  genericCan,
  genericPresent,
  hitHard,
  kindToBe,
  legalDuty,
  likelihood,
  medicalStatus,
} from './passive/standing';
import {
  compoundAdjective,
  irregularReporting,
  isParticiple,
  unAdjective,
} from './passive/participle';

/** The lexicon flags of the words a passive can start at: a form of `be`, or `we're`. */
const PASSIVE_START = F.BE | F.BE_CONTRACTION;

/** Whether `both` at `k` opens `both X and Y` ("is both poised for ... and ..."), no floating quantifier. */
function bothAnd(ctx: Context, s: Sentence, k: number): boolean {
  if (ctx.tokens[k]!.lower !== 'both') return false;
  for (let q = k + 2; q < s.last && q <= k + 8; q++) {
    const t = ctx.tokens[q]!;
    if (t.lower === 'and') return true;
    // ("were both abandoned within months, and": a clause's `and`)
    if (t.kind === 'punct') return false;
  }
  return false;
}

/** An agentless passive as a token range, with its participle. */
/**
 * Whether the passive of `be` at `i` and participle at `k` lies in a Title Case run that follows a
 * lowercase word of its sentence: a work's title quoted in running text ("the 1968 work My Name as
 * Though It Were Written on the Surface of the Moon poked fun"), not a headline (whose run opens
 * the sentence) nor a passive after a name ("Ana Ruiz was named").
 */
function inTitle(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  for (let m = i; m <= k; m++) if (!toks[m]!.cap) return false;
  for (let m = i - 1; m >= s.first && m >= i - 12; m--) {
    const w = toks[m]!;
    if (!isWord(w)) return false;
    if (w.cap) continue;
    // (the short words a title keeps in lowercase: `as`, `of`, `the`, `on`)
    if ((w.f & F.FUNC) !== 0 && w.lower.length <= 4) continue;
    return true;
  }
  return false;
}

export interface Passive {
  start: number;
  end: number;
  participle: number;
  impersonal: boolean;
}

const PERCEPTION = ruleWords('perception');

/**
 * Stative participles that tell of an act when a hedge stands before them in the past: "was
 * allegedly left alone", "was apparently closed", "were reportedly thrown" (not a place or a
 * feeling: "was reportedly based in", "was reportedly concerned").
 */
const HEDGED_ACTS: ReadonlySet<string> = new Set([
  'closed',
  'exposed',
  'left',
  'listed',
  'lost',
  'set',
  'subjected',
  'swept',
  'thrown',
  'torn',
  'used',
]);

/** Finds agentless passives in sentence `s`. */
export function findPassives(ctx: Context, s: Sentence): readonly Passive[] {
  const toks = ctx.tokens;
  // (a sentence with no word a passive can start at is not read for these; a headline's follow)
  const be = sentenceHas(ctx, s, PASSIVE_START);
  // "Was a ransom paid?", "Will services be cut?": a subhead's question only asks whether the act
  // happened, and the lines below answer it (the labelled sets' explainer subheads, decision 149)
  if (questionSubhead(ctx, s)) return NONE;
  const out: Passive[] = [];
  // "got sacked", "has got hacked"
  getPassives(ctx, s, out);
  // most sentences have none: they share one empty result
  if (!be && !isHeadline(ctx, s)) return out.length > 0 ? out : NONE;
  for (let i = s.first; be && i < s.last; i++) {
    const t = toks[i]!;
    // "We're told": a pronoun with a contracted `be` starts a passive too
    if ((t.f & PASSIVE_START) === 0 || t.lower === "'s") continue;
    // "Be warned:", "Be prepared to wait": an imperative to the reader hides nobody
    if (i === s.first && t.lower === 'be') continue;
    // "little to be gained": a generic amount
    if (t.lower === 'be' && genericToBe(ctx, i)) continue;
    // existential "there are marked differences": an adjective, not a passive
    if (toks[i - 1]?.lower === 'there') continue;
    // participle after be + adverbs
    let k = i + 1;
    // (and floating quantifiers: "were both abandoned", "were all told")
    let eventive = false;
    let hedged = false;
    while (
      k < s.last &&
      (isAdverb(toks[k]) ||
        toks[k]!.lower === 'not' ||
        toks[k]!.lower === "n't" ||
        ((listsOf(toks[k]) & FLOATING) !== 0 && !bothAnd(ctx, s, k)))
    ) {
      // "was widely covered": an act done by many; "were routinely left running", "was
      // repeatedly closed": an act done again and again, not a state
      const lists = listsOf(toks[k]);
      if ((lists & EVENTIVE) !== 0) eventive = true;
      // ("was allegedly left alone", "were reportedly left unattended": a hedged past act)
      if ((lists & HEDGED_ACT) !== 0 && PAST_BE.has(t.lower)) hedged = true;
      k++;
    }
    // ("was at no point confirmed", "was in fact denied": a fixed adverbial, then adverbs)
    const phrase = adverbialPhraseAt(toks, k);
    if (phrase > 0) {
      k += phrase;
      while (k < s.last && isAdverb(toks[k])) k++;
    }
    // "were most likely photographed": a degree word and `likely` stand as an adverb
    if (toks[k + 1]?.lower === 'likely' && (listsOf(toks[k]) & DEGREE_WORD) !== 0) {
      k += 2;
      while (k < s.last && isAdverb(toks[k])) k++;
    }
    // 'had been "parked"': a participle in scare quotes, the writer's distance from the word;
    // a quotation that opens on the participle ('were "escalated and then shelved"', 'had been
    // "selectively excluded"') quotes the words of the passive, which still hides its agent
    // (not after the present, where a quoted participle names a state: 'is "fully costed"',
    // 'are "locked in"')
    const closed =
      isOpenQuote(toks[k]) &&
      isWord(toks[k + 1]) &&
      isParticiple(toks[k + 1]!.lower) &&
      isQuote(toks[k + 2]) &&
      !isOpenQuote(toks[k + 2]);
    const quoted =
      closed ||
      (isOpenQuote(toks[k]) && !PRESENT_BE.has(t.lower) && quotedParticiple(ctx, s, k + 1));
    if (quoted) {
      k++;
      while (k < s.last && isAdverb(toks[k])) k++;
    }
    // "have not been peer reviewed": a noun joined to its participle
    if (toks[k]?.lower === 'peer' && toks[k + 1] && /ed$/.test(toks[k + 1]!.lower)) k++;
    const p = toks[k];
    if (!p || k >= s.last || !isWord(p)) continue;
    // (the flag: F.BE marks exactly the words of BE_FORMS)
    if ((p.f & F.BE) !== 0) continue; // "has been" -> handled at "been"
    // (most words after `be` are no participle: "is a", "was the"; asked first, before what a
    // participle's use would tell)
    if (!isParticiple(p.lower)) continue;
    // "the work My Name as Though It Were Written on the Moon": a title inside a sentence
    if (inTitle(ctx, s, i, k)) continue;
    // "The microphone was still switched on", "were left with nothing", "The ferry was fully
    // booked": the condition a thing was found in, or what events left people with
    // ("shifts were regularly left without a consultant": again and again, an act)
    if (stillCondition(ctx, i, k) || (!eventive && leftWithLittle(ctx, k)) || fullState(ctx, k))
      continue;
    // (the participle's lists, read once for the tests below)
    const pLists = listsOf(p);
    // "are being advised": a progressive passive is never a state ("had been left out": nor a
    // participle with its particle)
    const progressive =
      (t.lower === 'being' && BE_FORMS.has(toks[i - 1]?.lower ?? '')) ||
      eventive ||
      datedAct(ctx, i, k) ||
      occasionAct(ctx, i, k) ||
      impersonalQuestion(ctx, s, i, k) ||
      // "The cause has not been determined", "the rule was designed to shut out rivals"
      findingOut(ctx, s, i, k) ||
      designedTo(ctx, i, k) ||
      (p.lower === 'left' && toks[k + 1]?.lower === 'out') ||
      // "posters had been torn down", "the plant was closed down": a particle of undoing makes
      // a stative participle an act
      ((pLists & STATIVE) !== 0 &&
        (UNDOING_PARTICLES.has(toks[k + 1]?.lower ?? '') || stativeMadeAct(ctx, k)));
    // "Residents were advised to stay away": an instruction given, not a state (decision 38)
    // ("Doctors have been advised not to prescribe it": the instruction negated)
    const instructed =
      (toks[k + 1]?.lower === 'to' ||
        (toks[k + 1]?.lower === 'not' && toks[k + 2]?.lower === 'to')) &&
      (pLists & INSTRUCTION) !== 0;
    if (
      (pLists & STATIVE) !== 0 &&
      !progressive &&
      !instructed &&
      !usedFor(ctx, s, k) &&
      !leftAct(ctx, k) &&
      !lostRecords(ctx, s, i, k) &&
      !(hedged && HEDGED_ACTS.has(p.lower))
    )
      continue;
    // 'was "overjoyed"', "were encouraged but careful", "the grilles were rusted": a feeling or
    // a thing's wear
    if (!progressive && !instructed && feelingOrWear(ctx, k)) continue;
    // "is valued at $4 billion", "where the company is incorporated": a standing, no act
    if (!progressive && presentStanding(ctx, i, k)) continue;
    // "which is privately held", "is wholly owned": who owns a firm, a standing
    if (ownershipStanding(ctx, i, k)) continue;
    // "It remains to be seen whether": what is not known yet
    if (remainsToBeSeen(ctx, i, k)) continue;
    // "it has to be admitted", "It must be said that": the writer's own aside
    if (writerAside(ctx, k)) continue;
    // "had been too stretched to listen", "was very distressed": a degree word makes an adjective
    if (DEGREE.has(toks[k - 1]!.lower) && !progressive) continue;
    // "asked not to be named", "on condition that she not be identified": the formula of an
    // anonymous source, whose hidden agent is the story itself
    if (anonymityFormula(ctx, s, i, k, p.lower)) continue;
    // "asked not to be named because staff have been warned not to talk", "because the plans
    // have not been made public": the stated reason for anonymity is no span (decisions 13 and
    // 97, which read set-k m01's "had not been made public" so)
    if (inAnonymityReason(ctx, s, i)) continue;
    // "I'm fed up", "were caught short", "is caught off guard": idioms of a state
    if ((pLists & IDIOM_START) !== 0 && STATE_IDIOMS.has(`${p.lower} ${toks[k + 1]?.lower ?? ''}`))
      continue;
    // "the document is classified": a security grading (not "was classified as a threat")
    if (p.lower === 'classified' && toks[k + 1]?.lower !== 'as' && t.lower !== 'being') continue;
    // "because he was not authorized to speak": the reason of an anonymous source, not an act
    if (
      AUTHORISED.has(p.lower) &&
      toks[k + 1]?.lower === 'to' &&
      SPEAKING.has(toks[k + 2]?.lower ?? '')
    )
      continue;
    // "refused to be drawn on the matter": an idiom of saying nothing
    // ("refused to be drawn.", "declined to be drawn when asked": the idiom with nothing after)
    if (
      p.lower === 'drawn' &&
      (toks[k + 1]?.lower === 'on' ||
        toks[k + 1]?.lower === 'into' ||
        (toks[k - 1]?.lower === 'be' &&
          toks[k - 2]?.lower === 'to' &&
          REFUSING.has(toks[k - 3]?.lower ?? '')))
    )
      continue;
    // "there is much to be learned from it", "no trace to be found": what there is, not an act
    if (existentialInfinitive(ctx, s, i)) continue;
    // "homes were damaged when a tornado crossed": harm done by a natural force (decision 42)
    if (naturalHarm(ctx, s, k)) continue;
    // "have been hit hardest", "were infected with a resistant strain", "were fully
    // vaccinated", "had been forced to sell stock": a market, a pathogen or circumstance acts
    // (decision 42)
    if (hitHard(ctx, k) || medicalStatus(ctx, s, k) || compelled(ctx, k)) continue;
    // "councils are legally required to set a budget": a duty the law lays down, like "required
    // by law"
    if (legalDuty(ctx, k)) continue;
    // "Fans were split online": opinion divided, a state ("We are agreed on it": one mind)
    if (dividedOpinion(ctx, s, k) || agreedState(ctx, i, k)) continue;
    // "twice as likely to be prescribed an inhaler": a probability, generic (decisions 54, 73)
    // "a cost to be cut": what kind of thing it is
    if (likelihood(ctx, i) || kindToBe(ctx, s, i)) continue;
    // "the threshold above which sign-off is required", "The drug is given as an infusion": the
    // present of a rule, a habit or a state (not "is accused of", "are urged to")
    if (!progressive && genericPresent(ctx, s, i, k)) continue;
    // 'all donations were "properly declared"': a party vouching for a step done in due form;
    // "has been cited 400 times": a tally of citations
    if (dueForm(ctx, s, i, k) || citationCount(ctx, k)) continue;
    // "was recycled newsprint": a participle before a bare noun is attributive
    if (attributive(ctx, s, k)) continue;
    if (compoundAdjective(p.lower)) continue;
    // "was mentally unbalanced", "is unconfirmed", "are uninhabited": un- before a participle
    // makes an adjective (no one unconfirms), unless the un- verb is one of undoing ("uncovered")
    if (unAdjective(p.lower)) continue;
    // "The church, which was built in 1780,": the date a thing was made, its history
    if (dateOfOrigin(ctx, i, k)) continue;
    // "The dish is called pho", "as the book is called in English": what a thing is called,
    // a name it bears, not an act (not "was called to testify", "is called in")
    if (PRESENT_BE.has(t.lower) && naming(ctx, s, i, k)) continue;
    // "The dress is made of pearls": what a thing consists of
    if (p.lower === 'made' && (toks[k + 1]?.lower === 'of' || toks[k + 1]?.lower === 'from'))
      continue;
    let end = k + 1;
    // (with its closing quote)
    if (quoted && isQuote(toks[end]) && !isOpenQuote(toks[end])) end++;
    // phrasal particles and "as saying": "be let go", "pencilled in", "quoted as saying"
    const after = toks[end];
    if (after && after.lower === 'as' && toks[end + 1]?.lower === 'saying') end += 2;
    if (after && p.lower === 'let' && after.lower === 'go') end += 1;
    if (after && p.lower === 'left' && after.lower === 'out') end += 1;
    // raising hedges: "is said to", "are believed to"
    if (
      toks[k + 1]?.lower === 'to' &&
      (p.f & F.RAISING) !== 0 &&
      RAISING_PARTICIPLES.has(p.lower) &&
      !toNounPhrase(ctx, k + 1) &&
      !toRecipient(ctx, k + 1)
    )
      continue;
    // ("was used as a polling station": a use with its label is an act, stativeMadeAct)
    // ("are being used to smear him", "were being used in scam calls": a use in progress is an
    // act, whoever uses; "is used in paints" says what a thing is for)
    if (
      p.lower === 'supposed' ||
      (p.lower === 'used' && !usedFor(ctx, s, k) && toks[k + 1]?.lower !== 'as' && !progressive)
    )
      continue;
    // "can be viewed here": instructions to the reader, not hidden actors
    if (
      (toks[i - 1]?.lower === 'can' || toks[i - 1]?.lower === 'could') &&
      PERCEPTION.has(p.lower) &&
      p.lower !== 'verified'
    )
      continue;
    // "Tickets can be bought online", "nothing can be done": what is possible, no act
    if (genericCan(ctx, s, i)) continue;
    if (hasByAgent(ctx, s, k + 1)) continue;
    // active perfect: "has told", "had said" is not passive (be-form required, checked above)
    // start: modal/have auxiliaries before be, and impersonal "it"
    let start = i;
    while (start - 1 >= s.first) {
      const w = toks[start - 1]!;
      if (
        (listsOf(w) & MODAL) !== 0 ||
        ((w.f & F.BE) !== 0 && w.lower !== "'s") ||
        negation(w) ||
        // "has not yet been fed"
        (w.lower === 'yet' && negation(toks[start - 2])) ||
        (isAdverb(w) && start - 2 >= s.first && (listsOf(toks[start - 2]) & MODAL) !== 0)
      ) {
        if (w.lower === 'to' && !(toks[start - 2] && isContent(toks[start - 2]))) {
          start--;
          break;
        }
        start--;
        continue;
      }
      break;
    }
    if (toks[start]?.lower === 'to') start++;
    const impersonal = isImpersonal(ctx, s, start, k);
    if (impersonal) start--;
    out.push({ start, end, participle: k, impersonal });
    i = k;
    // "were beaten, held in cells and denied care": later participles share the auxiliary;
    // one right after the first joins its span ("had been inspected and certified")
    const firstAt = out.length - 1;
    const first = out[firstAt]!;
    let c = coordinatedParticiple(ctx, s, end);
    while (c >= 0) {
      if (joinedRightAfter(ctx, first.end, c)) first.end = c + 1;
      else out.push({ start: c, end: c + 1, participle: c, impersonal: false });
      i = c;
      c = coordinatedParticiple(ctx, s, c + 1);
    }
    // "was praised, cheered and applauded by the crowd": the last one's agent is the list's
    // (not "due to be published on Thursday and seen by this paper": each has its own words)
    if (c === AGENT_OF_LIST && bareList(ctx, s, k + 1)) out.length = firstAt;
  }
  // reduced passives in headlines: "Four Indicted in ...", "driver detained", "Detainees beaten"
  if (isHeadline(ctx, s)) {
    for (let i = s.first + 1; i < s.last; i++) {
      const t = toks[i]!;
      if (!isWord(t) || !isParticiple(t.lower)) continue;
      const next = toks[i + 1];
      // ("Residents advised to stay indoors", "Patients left in corridors": a stative participle
      // is an act before an instruction's `to` or a place of neglect)
      if (STATIVE_PARTICIPLES.has(t.lower) && !headlineStativeAct(t.lower, next?.lower ?? ''))
        continue;
      // ("..., Court Told": an irregular reporting verb is a cue; not "Staff told to stay away",
      // an instruction)
      if (irregularReporting(t.lower) && !(next?.lower === 'to' && INSTRUCTED.has(t.lower)))
        continue;
      if (out.some((p) => p.participle === i)) continue;
      // ("Clause quietly dropped": an adverb between the subject and its participle)
      // ("Rare eagles 'poisoned on estate'": a quotation that opens on the participle)
      const quoteBefore = i - 1 > s.first && isOpenQuote(toks[i - 1]) ? 1 : 0;
      const lead =
        i - 1 - quoteBefore > s.first && isAdverb(toks[i - 1 - quoteBefore])
          ? i - 2 - quoteBefore
          : i - 1 - quoteBefore;
      const prev = toks[lead]!;
      // ("Pipeline stays shut", "Road remains closed": a state after a verb of staying)
      const prevNominal =
        prev.kind === 'num' ||
        (isWord(prev) &&
          !STAYING.has(prev.lower) &&
          (isContent(prev) ||
            /^(?:thousands|hundreds|dozens|two|three|four|five|six|seven|eight|nine|ten)$/.test(
              prev.lower,
            )) &&
          (prev.f & F.BE) === 0) ||
        // ("Man, 34, arrested after stabbing": an age in commas after the subject)
        (isPunct(prev, ',') &&
          lead - 2 > s.first &&
          toks[lead - 1]!.kind === 'num' &&
          isPunct(toks[lead - 2], ','));
      // ("Council hit by cyber attack": an attack whose doers are left open, decision 281)
      const attacked = next?.lower === 'by' && byAttack(ctx, i + 2);
      const nextOk =
        !next ||
        i + 1 >= s.last ||
        isPunct(next) ||
        next.lower === 'in' ||
        next.lower === 'out' ||
        next.lower === 'as' ||
        next.lower === 'over' ||
        next.lower === 'for' ||
        next.lower === 'after' ||
        next.lower === 'at' ||
        next.lower === 'on' ||
        next.lower === 'and' ||
        // ("Exam paper leaked online hours before", "Plan dropped before vote", "Family left
        // without heating")
        HEADLINE_AFTER.has(next.lower) ||
        // ("Students told to move out", "Firm ordered to pay": an instruction passive)
        (next.lower === 'to' && INSTRUCTED.has(t.lower)) ||
        // ("Former mayor sentenced to six years": the term of a sentence)
        (next.lower === 'to' && t.lower === 'sentenced') ||
        // ("Shop looted during riot", "Ferry cancelled amid storm", "Man charged with arson")
        HEADLINE_PREPS.has(next.lower) ||
        // ("Regulator accused of ignoring warnings", "Mayor convicted of bribery": the charge)
        (next.lower === 'of' && CHARGED.has(t.lower)) ||
        attacked;
      // ("Protesters beaten and detained": a second participle of the same subject; "beaten
      // and denied medical care": one of giving with its second object)
      const coordinated = prev.lower === 'and' && out.some((p) => p.participle === i - 2);
      const secondObject = coordinated && TWO_OBJECT_PARTICIPLES.has(t.lower);
      if (
        (prevNominal || coordinated) &&
        (nextOk || secondObject) &&
        (attacked || headlineAct(ctx, i))
      )
        out.push({ start: i, end: i + 1, participle: i, impersonal: false });
    }
  }
  return out;
}

const NONE: readonly Passive[] = [];

/**
 * Whether `to` at `k` opens a bare noun phrase of recipients, not an infinitive: a plural
 * ("had been reported to managers", "was reported to regulators"), a group noun ("to police",
 * "to staff"), or one of them after a word of place or rank ("to local authorities", "to senior
 * staff"). Not "is reported to hold talks", "are said to face charges".
 */
function toRecipient(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  let n = k + 1;
  if (RECIPIENT_QUALIFIERS.has(toks[n]?.lower ?? '')) n++;
  const w = toks[n];
  if (!w || !isWord(w) || ctx.name[n]) return false;
  if (GROUP_RECIPIENTS.has(w.lower)) return true;
  // (a plural: not a verb in -ss, -us or -is, "to discuss", "to focus")
  return w.lower.length > 3 && w.lower.endsWith('s') && !/(?:ss|us|is)$/.test(w.lower);
}

/** Words of place or rank before recipients: `local`, `senior`, `federal`. */
const RECIPIENT_QUALIFIERS: ReadonlySet<string> = new Set([
  'federal',
  'local',
  'national',
  'senior',
  'state',
]);

/** Group nouns a report goes to with no determiner: `police`, `staff`, `management`. */
const GROUP_RECIPIENTS: ReadonlySet<string> = new Set([
  'congress',
  'management',
  'parliament',
  'police',
  'staff',
]);

// (`getPassives` tests the forms of `GET_FORMS` by name)
if (GET_FORMS.size !== 2 || !GET_FORMS.has('got') || !GET_FORMS.has('gotten'))
  throw new Error('agentless: getPassives must test the forms of GET_FORMS');

/** Adds the get-passives of sentence `s` to `out`, each with its modal or `have` before it. */
function getPassives(ctx: Context, s: Sentence, out: Passive[]): void {
  const toks = ctx.tokens;
  for (let g = s.first + 1, last = s.last; g < last; g++) {
    const t = toks[g]!;
    // (`GET_FORMS` by two compares, asked of every token: most words are one shared string each,
    // told apart by pointer, with no Set probe and no character read)
    const w = t.lower;
    if (w !== 'got' && w !== 'gotten') continue;
    const k = getPassive(ctx, s, g);
    if (k < 0) continue;
    // ("has got hacked", "had not gotten paid")
    let start = g;
    while (
      start - 1 > s.first &&
      ((listsOf(toks[start - 1]) & MODAL) !== 0 ||
        HAVE.has(toks[start - 1]!.lower) ||
        negation(toks[start - 1]))
    )
      start--;
    out.push({ start, end: k + 1, participle: k, impersonal: false });
    g = k;
  }
}

/** Forms of `have` before a perfect `got`. */
const HAVE: ReadonlySet<string> = new Set(['had', 'has', 'have', "'ve", "'d"]);

/** Words after a headline's reduced passive: `before`, `from`, `online`, `without`. */
const HEADLINE_AFTER: ReadonlySet<string> = new Set([
  'before',
  'from',
  'offline',
  'online',
  'overnight',
  'until',
  'without',
]);

/** Headline participles of an instruction before `to`: `told`, `advised`, `ordered`. */
const INSTRUCTED: ReadonlySet<string> = new Set([
  'advised',
  'asked',
  'forced',
  'instructed',
  'ordered',
  'told',
  'urged',
  'warned',
]);

/**
 * Whether a stative participle is an act in a headline: `advised` before an instruction's `to`
 * ("Residents advised to keep windows closed"), `left` before a place or lack of neglect
 * ("Patients left in corridors", "Families left without heating").
 */
function headlineStativeAct(w: string, next: string): boolean {
  if (w === 'advised') return next === 'to';
  if (w === 'left') return next === 'in' || next === 'without' || next === 'stranded';
  return false;
}

/** Prepositions after a headline's reduced passive: `during`, `amid`, `with`, `near`. */
const HEADLINE_PREPS: ReadonlySet<string> = new Set(['amid', 'during', 'near', 'with']);

// headline participles that hide a human agent (arrest, charge, detain, order ...)
const TRANSITIVE_HEADLINE =
  /^(?:abandoned|abducted|advised|dropped|forced|instructed|left|paid|assaulted|axed|burgled|damaged|delayed|destroyed|evicted|hailed|kidnapped|looted|mugged|murdered|nicked|overturned|robbed|shelved|threatened|vandalised|vandalized|beaten|shot|stabbed|struck|taken|arrested|charged|indicted|detained|ordered|jailed|sentenced|convicted|fired|sacked|suspended|evacuated|accused|named|appointed|banned|fined|sued|probed|questioned|held|killed|targeted|hacked|attacked|poisoned|barred|blocked|cleared|acquitted|released|freed|expelled|deported|recalled|summoned|ousted|removed|dismissed|rejected|approved|cancelled|canceled|postponed|scrapped|halted|linked|blamed|cited|warned|urged|told|asked|raided|seized|searched|investigated|grounded|closed|shut|leaked|reported|confirmed|denied|suspected)$/;

/**
 * Whether the headline participle at `i` is an act someone did: one of the headline verbs of
 * arrest, charge, order, harm and undoing, or an irregular participle in -en or -wn ("Van
 * Stolen", "Offer withdrawn after row", "Assets frozen"), which a headline's past tense cannot
 * be. (Not any -ed word: a headline also uses the past and nouns of that shape, "Rate Cut",
 * "Board Split", "lobbied", "struggled", "explained".)
 */
function headlineAct(ctx: Context, i: number): boolean {
  const w = ctx.tokens[i]!.lower;
  if (TRANSITIVE_HEADLINE.test(w)) return true;
  const n = w.length;
  return (
    n > 4 &&
    w.charCodeAt(n - 1) === 110 &&
    (w.charCodeAt(n - 2) === 101 || w.charCodeAt(n - 2) === 119) &&
    isIrregularParticiple(w) &&
    !feelingOrWear(ctx, i)
  );
}

function isImpersonal(ctx: Context, s: Sentence, start: number, participle = -1): boolean {
  const w = ctx.tokens[start - 1];
  if (!w || w.lower !== 'it' || start - 1 < s.first) return false;
  if (participle < 0) return true;
  // "it was confirmed that", "it is believed"; not the referential "it was hit"
  const p = ctx.tokens[participle]!;
  const next = ctx.tokens[participle + 1];
  // ("it was put to members": `put` reports only an estimate or a way of saying)
  // ("it had been notified", "it was warned": a verb of telling someone makes `it` its
  // addressee, the body referred to)
  // ("It could not be determined who", "it has not been established whether": a question left
  // open)
  return (
    (REPORTING_VERBS.has(p.lower) &&
      p.lower !== 'put' &&
      !ADDRESSING.has(p.lower) &&
      !CONNECTING.has(p.lower) &&
      // ("it was rated good", "it was logged": a rating grades the thing `it` refers to)
      !RATING_VERBS.has(reportingVerb(p)?.lemma ?? '')) ||
    next?.lower === 'that' ||
    QUESTION_WORDS.has(next?.lower ?? '') ||
    // ("It is rumoured the club will be sold", "the club, it is rumoured, will be sold")
    p.lower === 'rumoured' ||
    p.lower === 'rumored'
  );
}

/** Words that open an indirect question after an impersonal passive: `whether`, `who`, `how`. */
const QUESTION_WORDS: ReadonlySet<string> = new Set([
  'how',
  'what',
  'whether',
  'which',
  'who',
  'why',
]);

/**
 * Whether the stative participle at `k` ends an impersonal passive before an indirect question
 * ("It could not be determined who", "it is not known whether"): the finding out is an act.
 */
function impersonalQuestion(ctx: Context, s: Sentence, i: number, k: number): boolean {
  const toks = ctx.tokens;
  if (!QUESTION_WORDS.has(toks[k + 1]?.lower ?? '')) return false;
  let h = i - 1;
  while (
    h > s.first &&
    ((toks[h]!.f & (F.AUX | F.BE)) !== 0 || negation(toks[h]) || isAdverb(toks[h]))
  )
    h--;
  return toks[h]?.lower === 'it' && h >= s.first;
}

/** Headline participles of a charge before `of`: `accused of`, `convicted of`, `cleared of`. */
const CHARGED: ReadonlySet<string> = new Set([
  'accused',
  'acquitted',
  'cleared',
  'convicted',
  'suspected',
]);

/** Verbs of telling someone: `told`, `notified`, `warned`. */
const ADDRESSING = ruleWords('addressing');

/** Verbs of refusing before "to be drawn", the idiom of saying nothing: `refused`, `declined`. */
const REFUSING: ReadonlySet<string> = new Set([
  'decline',
  'declined',
  'declines',
  'declining',
  'refuse',
  'refused',
  'refuses',
  'refusing',
]);

/** Whether sentence `s` is a subhead of its own that asks a question: "Were satellites damaged?" */
function questionSubhead(ctx: Context, s: Sentence): boolean {
  return isPunct(ctx.tokens[s.last - 1], '?') && isHeadline(ctx, s);
}
