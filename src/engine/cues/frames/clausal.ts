/**
 * The clausal frame: a verb of saying or thinking (`believe`, `found`, `signalled`) reports with
 * a clause, a content object, a document or an outlook; this file composes those checks
 * (`clausalFrame`) and holds the ones of its own: a verb inverted after its content ("..., argue
 * critics"), a quoted object of finding, a reply acted out ("responded with force"). A new way a
 * clausal verb reports or fails to goes here, or in the family file `clausalFrame` calls.
 */
import type { Context } from '../../context';
import {
  isAdverb,
  isAux,
  isDet,
  isHedgeWord,
  isOpenQuote,
  isPrep,
  isPunct,
  isQuant,
  isQuote,
  isWord,
} from '../../context';
import {
  agentiveNoun,
  anonymityWords,
  APPEARANCE_VERBS,
  DOCUMENT_NOUNS,
  IRREGULAR_PARTICIPLES,
  IRREGULAR_PAST,
  ruleWords,
} from '../../lexicon';
import { headClass } from '../../phrase/head-class';
import { phraseStartingAt } from '../../phrase/phrase-starting';
import { isPlaceName } from '../../phrase/places';
import type { Sentence } from '../../sentences';
import { controlledSubject } from '../../subject/control';
import { afterQuoteOrComma } from '../../subject/inverted';
import { isPronounSubject } from '../../subject/result';
import { byAgent } from '../by-agent';
import { CLAUSE_STARTERS, COMPARATIVE_DEGREES, clauseFollows } from '../clause-follows';
import type { Verb } from '../verb-group';
import { subjectOf } from '../verb-group';
import {
  CLAIM_OBJECT_VERBS,
  claimBeforeSubject,
  claimedHolding,
  claimSubject,
  CONTENT_OBJECT_VERBS,
  contentObject,
  messageObject,
  unveiledPlan,
} from './content-objects';
import {
  commaAside,
  DEPICTIONS,
  documentOpening,
  participleAside,
  reducedRelativeGap,
  relativeGap,
} from './documents';
import {
  inquiryFinding,
  inquirySubject,
  linkedPassive,
  linking,
  NO_FINDING_OBJECTS,
  relativeDocument,
  verdictFinding,
} from './findings';
import { recollection, statedMemory } from './memory';
import { characterisedAs } from './rating';
import { DATA_NOUNS, reportingSubject } from './speakers';
import { SAID_BY } from './voice';

/**
 * Whether a clause with a noun-phrase subject follows an impersonal passive at `k`: "It is
 * thought the men fled abroad", "it is understood the firm has appealed". After "it is thought"
 * only a clause can follow, so a past or an auxiliary after the phrase is its verb, not a
 * participle modifying the noun (as after "said the money raised by", with no impersonal `it`).
 */
function impersonalClause(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np || np.start !== k) return false;
  // the first verb form after the subject's first word, inside the phrase or right after it
  // (the phrase may have taken the verb in as a compound's word: "the driver lost control")
  for (let e = k + 1; e <= np.end && e < s.last && e <= k + 6; e++) {
    const v = toks[e]!;
    if (!isWord(v) || ctx.name[e]) return false;
    const w = v.lower;
    if (isAux(v) || /[a-z]ed$/.test(w) || IRREGULAR_PAST.has(w) || IRREGULAR_PARTICIPLES.has(w))
      return true;
  }
  return false;
}

/**
 * A clausal verb (`believe`, `found`, `warned`) reports with a clause after it; or passive with
 * impersonal `it` (`it was found that`) or an agent (`was repeated by the office`); or, without a
 * clause, when a document finds (`The audit found irregularities`), a body states an outlook
 * (`signalled a cut`) or the object is content (`questioned the decision`).
 */
export function clausalFrame(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const { g, end, lemma, next } = v;
  // "a figure repeated so often by the agency", "a link first proposed by the director": a
  // participle clause of saying with its agent
  if (!v.sawAux && v.i === g && SAID_BY.has(lemma) && /ed$/.test(toks[v.i]!.lower))
    if (byAgent(ctx, s, end)) return true;
  if (lemma === 'unveil') return unveiledPlan(ctx, s, v);
  if (lemma === 'link') return v.passive ? linkedPassive(ctx, s, v) : linking(ctx, s, v);
  if (v.passive) {
    // "it was found that", or with its agent: "was repeated last week by the governor's
    // office"; "No irregularities were found" is a plain passive. The impersonal `it` takes
    // any clause: "It is understood he has been fined", "it is thought the two are not
    // linked", "It is widely assumed in the capital that", "..., it is understood."
    // ("is suspected of treason": a charge, like "is accused of")
    return (
      (toks[g - 1]?.lower === 'it' &&
        (CLAUSE_STARTERS.has(next?.lower ?? '') ||
          clauseFollows(ctx, s, g, end, lemma) ||
          countedClause(ctx, s, end) ||
          impersonalClause(ctx, s, end))) ||
      (SAID_BY.has(lemma) && !!byAgent(ctx, s, end)) ||
      // "That account has been challenged by residents", "the report was questioned by two
      // members": a claim rejected or doubted by its agent (not "He was questioned by police")
      ((CLAIM_OBJECT_VERBS.has(lemma) || CONTENT_OBJECT_VERBS.has(lemma)) &&
        claimSubject(ctx, s, v, CONTENT_OBJECT_VERBS.has(lemma)) &&
        !!byAgent(ctx, s, end)) ||
      (lemma === 'suspect' && next?.lower === 'of') ||
      (lemma === 'alert' && alertedToTopic(ctx, end))
    );
  }
  if (RETALIATING.has(lemma) && retaliation(ctx, end)) return false;
  if (anonymityReason(ctx, s, v)) return false;
  if (lemma === 'remember' && !statedMemory(ctx, s, v)) return false;
  if (clauseFollows(ctx, s, g, end, lemma)) return true;
  if (GERUND_BELIEFS.has(lemma) && gerundContent(ctx, s, end)) return true;
  if (invertedAfterContent(ctx, s, v)) return true;
  // 'inspectors found "repeated instances" of', 'the panel found "a pattern of"': an inquiry's
  // finding quoted as its object
  if (lemma === 'find' && quotedObject(ctx, s, end) && inquirySubject(ctx, s, v)) return true;
  // ("Footage posted online appears to show a lorry": the subject of the verb of appearance)
  const subject =
    subjectOf(ctx, s, v) ??
    (APPEARANCE_VERBS.has(toks[g - 2]?.lower ?? '')
      ? (controlledSubject(ctx, s, g) ?? null)
      : null);
  if (claimBeforeSubject(ctx, s, subject)) return true;
  if ((lemma === 'alert' || lemma === 'post') && messageObject(ctx, s, v)) return true;
  if (lemma === 'find' && inquiryFinding(ctx, s, v, subject)) return true;
  if (lemma === 'find' && verdictFinding(ctx, s, v)) return true;
  // "Our investigation has uncovered further concerns", "the watchdog unearthed other loans": what
  // an inquiry uncovers is its finding, like what it finds (not "Police uncovered a cache")
  if (UNCOVERING.has(lemma) && inquiryFinding(ctx, s, v, subject)) return true;
  // "rotas submitted to the inquiry, which show", "a filing that lists every payment"
  if (
    DOCUMENT_FINDINGS.has(lemma) &&
    !v.passive &&
    !NO_FINDING_OBJECTS.has(next?.lower ?? '') &&
    relativeDocument(ctx, s, g - 1, g)
  )
    return true;
  if (lemma === 'claim' && claimedHolding(ctx, s, v)) return true;
  if ((lemma === 'recall' || lemma === 'remember') && recollection(ctx, s, v, subject)) return true;
  // ("The audit, which runs to 200 pages, found": a document opening the sentence, past
  // modifiers the subject search does not cross)
  if (!subject && DOCUMENT_FINDINGS.has(lemma) && documentOpening(ctx, s, v)) return true;
  // "has rejected a pay offer as 'insulting'", "rejected it as too expensive": a speaker's
  // characterisation of what the verb takes
  if ((!subject || reportingSubject(ctx, s, v)) && characterisedAs(ctx, s, v)) return true;
  if (!subject || isPronounSubject(subject)) return contentObject(ctx, s, end, lemma);
  let before = g - 1;
  while (
    before > s.first &&
    (isAdverb(toks[before]) ||
      isHedgeWord(toks[before]) ||
      toks[before]!.lower === 'also' ||
      toks[before]!.lower === 'not')
  )
    before--;
  // ("Footage posted online appears to show a lorry": the subject of a verb of appearance)
  if (toks[before]?.lower === 'to' && APPEARANCE_VERBS.has(toks[before - 1]?.lower ?? '')) {
    before -= 2;
    while (before > s.first && isAdverb(toks[before])) before--;
  }
  const head = subject.np.head;
  // "The audit found irregularities": a document's findings are attributed to it
  const docSubject =
    (subject.np.end === before + 1 ||
      reducedRelativeGap(ctx, subject.np.end, before + 1) ||
      participleAside(ctx, subject.np.end, before + 1) ||
      (commaAside(ctx, subject.np.end, before + 1) && !DEPICTIONS.has(toks[head]!.lower)) ||
      relativeGap(ctx, subject.np.end, before + 1, head)) &&
    (DOCUMENT_NOUNS.has(toks[head]!.lower) || DATA_NOUNS.has(toks[head]!.lower));
  if (DOCUMENT_FINDINGS.has(lemma) && (docSubject || documentOpening(ctx, s, v))) return true;
  // "The bank kept rates on hold and signalled a cut": a body's outlook is its statement
  if (
    OUTLOOK_VERBS.has(lemma) &&
    (headClass(ctx, head) === 'organisation' || (ctx.name[head] !== 0 && !isPlaceName(ctx, head)))
  )
    return true;
  return contentObject(ctx, s, end, lemma);
}

/**
 * Whether verb `v` states why a source's name is withheld: "who asked not to be named because
 * they feared losing their jobs", "spoke on condition of anonymity because he was not
 * authorised to speak and feared reprisals", "Most asked not to be named, fearing it could
 * harm their claims". A stated reason for anonymity is no span (DECISIONS 97): the fear belongs
 * to the grant of anonymity, not to anything the story reports.
 */
function anonymityReason(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  let lead = -1;
  if (toks[v.g]!.lower.endsWith('ing') && isPunct(toks[v.g - 1], ',')) lead = v.g;
  for (let k = v.g - 1; lead < 0 && k > s.first && k >= v.g - 16; k--) {
    const t = toks[k]!;
    // (the reason clause ends at its comma: "speaking on condition of anonymity because the
    // talks are confidential, said the partners felt" reports the partners' belief)
    if (isQuote(t) || isPunct(t)) return false;
    if (REASON_LEADS.has(t.lower)) lead = k;
  }
  if (lead < 0) return false;
  for (let k = lead - 1; k >= s.first && k >= lead - 14; k--) {
    const w = toks[k]!.lower;
    if (isQuote(toks[k]) || (isPunct(toks[k]) && w !== ',')) return false;
    if (ANONYMITY_WORDS.has(w) || w === 'withheld') return true;
    // "asked that their names not be used because"
    if (
      w === 'used' &&
      (NAME_WORDS.has(toks[k - 2]?.lower ?? '') || NAME_WORDS.has(toks[k - 3]?.lower ?? ''))
    )
      return true;
  }
  return false;
}

/** Words that grant anonymity: `anonymity`, `named`, `identified`. */
const ANONYMITY_WORDS = anonymityWords('anonymityWords');

/** A name that is not used: "asked that their names not be used". */
const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'names']);

/** Words that lead the reason for anonymity: `because`, `as`, `fearing`. */
const REASON_LEADS = anonymityWords('reasonLeads');

/**
 * Whether an -ing clause with its own object or adjunct follows at `k`: the content of a fear or
 * an expectation ("feared losing half his income", "fear being cut off", "anticipates raising
 * prices", "fear going to jail"), not a noun ending in -ing ("fear flooding in the valley").
 */
function gerundContent(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const t = toks[k];
  const n = toks[k + 1];
  return (
    !!t &&
    isWord(t) &&
    !ctx.name[k] &&
    t.lower.length > 4 &&
    t.lower.endsWith('ing') &&
    k + 1 < s.last &&
    !!n &&
    (isWord(n) || isOpenQuote(n)) &&
    // ("fear flooding in the valley": a noun in -ing with its place is a topic, not a clause)
    (!isPrep(n) || n.lower === 'to')
  );
}

/** Belief verbs whose content may be an -ing clause: `fear`, `anticipate`, `envisage`. */
const GERUND_BELIEFS = ruleWords('gerundBeliefs');

/**
 * A clausal verb inverted after its content, its subject after it and then the end: "The
 * bronze was looted, claim researchers", "..., argue critics of the plan." The subject must
 * be someone who can say it (a name, a person or a body).
 */
function invertedAfterContent(ctx: Context, s: Sentence, v: Verb): boolean {
  if (v.sawAux || v.g !== v.i || v.g - 1 <= s.first || !afterQuoteOrComma(ctx, v.g)) return false;
  // `"...," added another.`, `"...," said one.`: a word standing alone for one more of the
  // people before it, ending the clause
  const w = ctx.tokens[v.end];
  const e = ctx.tokens[v.end + 1];
  if (w && LONE_SPEAKERS.has(w.lower) && (v.end + 1 >= s.last || (e && isPunct(e)))) return true;
  const np = phraseStartingAt(ctx, v.end, s.last);
  if (!np) return false;
  const after = ctx.tokens[np.end];
  if (
    np.end < s.last &&
    after &&
    !isPunct(after, '.') &&
    !isPunct(after, ';') &&
    // `"...," added Irene Moss, the union's lawyer.`: the subject's apposition ends the sentence
    !(isPunct(after, ',') && appositionToEnd(ctx, s, np.end + 1))
  )
    return false;
  const head = np.head;
  return (
    ctx.name[head] === 1 ||
    (headClass(ctx, head) !== 'other' && headClass(ctx, head) !== 'nonAgent') ||
    agentiveNoun(ctx.tokens[head]!.lower)
  );
}

/** Whether a noun phrase starts at `k` and runs to the end of `s` (or to its full stop). */
function appositionToEnd(ctx: Context, s: Sentence, k: number): boolean {
  const np = phraseStartingAt(ctx, k, s.last);
  if (!np) return false;
  const after = ctx.tokens[np.end];
  return np.end >= s.last || !after || isPunct(after, '.');
}

/** Words that stand alone for a speaker after an inverted verb: `added another`, `said one`. */
const LONE_SPEAKERS: ReadonlySet<string> = new Set([
  ...ruleWords('standingAlone'),
  'one',
  'others',
]);

/**
 * Whether a quotation opens after the adverbs at `k`: the object of a verb of finding (not a
 * title: 'found "Moby Dick" boring').
 */
function quotedObject(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  while (k < s.last && isAdverb(toks[k])) k++;
  return k + 1 < s.last && isOpenQuote(toks[k]) && isWord(toks[k + 1]) && !ctx.name[k + 1];
}

/**
 * Whether the words from `k` tell how a reply is acted out, not said: "would respond in kind",
 * "responded with force", "will answer militarily" (quoted or not).
 */
function retaliation(ctx: Context, k: number): boolean {
  const toks = ctx.tokens;
  if (toks[k]?.kind === 'quote') k++;
  const w = toks[k]?.lower ?? '';
  if (w === 'in') return toks[k + 1]?.lower === 'kind';
  if (w === 'with') return RETALIATION_MEANS.has(toks[k + 1]?.lower ?? '');
  return w === 'militarily' || w === 'forcefully';
}

/** Verbs of reply that can be acts of retaliation: `respond`, `answer`, `react`. */
const RETALIATING: ReadonlySet<string> = new Set(['answer', 'react', 'reply', 'respond']);
/** Means of a reply in deeds: `with force`, `with sanctions`. */
const RETALIATION_MEANS: ReadonlySet<string> = new Set([
  'force',
  'sanctions',
  'strikes',
  'tariffs',
]);

/** Clausal verbs that, with a document as subject, report its content without a clause. */
const DOCUMENT_FINDINGS = ruleWords('documentFindings');

/** Outlook verbs: with a body as subject they state its expectation (`signalled a cut`). */
const OUTLOOK_VERBS = ruleWords('outlookVerbs');

/**
 * Whether a clause that opens on a count follows at `k`, its verb a few words on: "It is thought
 * at least two staff have quit", "It is understood more than 40 jobs will go" (a count the
 * clause finder does not read as a subject).
 */
function countedClause(ctx: Context, s: Sentence, k: number): boolean {
  const toks = ctx.tokens;
  const w = toks[k]?.lower ?? '';
  const n = toks[k + 1]?.lower ?? '';
  if (!(
    (w === 'at' && n === 'least') ||
    (COMPARATIVE_DEGREES.has(w) && n === 'than') ||
    toks[k]?.kind === 'num'
  ))
    return false;
  for (let q = k + 1; q < s.last && q <= k + 8; q++) {
    const t = toks[q]!;
    if (isPunct(t) || isQuote(t)) return false;
    if (AUX_OPENERS.has(t.lower)) return true;
  }
  return false;
}

/** Auxiliaries that show a count's clause has its verb: `have quit`, `will go`, `were hurt`. */
const AUX_OPENERS: ReadonlySet<string> = new Set([
  'are',
  'could',
  'had',
  'has',
  'have',
  'is',
  'may',
  'might',
  'was',
  'were',
  'will',
  'would',
]);

/**
 * Whether a topic follows a passive `alerted` ending at `end`: "had been alerted to the fault",
 * "were alerted about the car" (point 301's communication passive with a topic); not "alerted"
 * alone nor an instruction, "were alerted to evacuate" (decision 38).
 */
function alertedToTopic(ctx: Context, end: number): boolean {
  const toks = ctx.tokens;
  const p = toks[end]?.lower;
  if (p === 'about') return true;
  const n = toks[end + 1];
  return p === 'to' && !!n && (isDet(n) || isQuant(n) || n.kind === 'num' || !!ctx.name[end + 1]);
}

/** Verbs of uncovering, whose object an inquiry finds: `uncover`, `unearth`. */
const UNCOVERING: ReadonlySet<string> = new Set(['uncover', 'unearth']);
