/**
 * Frames: what must stand around a verb of a family for it to report something. Quotative verbs
 * (`reads`, `goes`) need a quotation, topic verbs (`discussed`) a topic, pleading verbs a plea,
 * clausal verbs (`believe`, `found`, `signalled`) a clause or a content object, evidence verbs
 * in -ing (`showing`) a document. Raising (`is said to`) is a hedge, not a cue.
 */
import type { Context } from '../context';
import { isAdverb, isHedgeWord, isOpenQuote, isPunct, isWord } from '../context';
import { agentiveNoun, APPEARANCE_VERBS, DOCUMENT_NOUNS, ruleWords } from '../lexicon';
import { headClass } from '../phrase/head-class';
import { phraseStartingAt } from '../phrase/phrase-starting';
import { isPlaceName } from '../phrase/places';
import type { Sentence } from '../sentences';
import { controlledSubject } from '../subject/control';
import { afterQuoteOrComma } from '../subject/inverted';
import { isPronounSubject } from '../subject/result';
import { byAgent } from './by-agent';
import { CLAUSE_STARTERS, clauseFollows } from './clause-follows';
import { calledSomething, whatCalled } from './frames/calling';
import {
  CLAIM_OBJECT_VERBS,
  claimBeforeSubject,
  claimedHolding,
  claimSubject,
  CONTENT_OBJECT_VERBS,
  contentObject,
  messageObject,
  unveiledPlan,
} from './frames/content-objects';
import {
  documentOpening,
  documentSubject,
  participleAside,
  plansSetOut,
  reducedRelativeGap,
  relativeGap,
  thingBeforeIng,
} from './frames/documents';
import {
  CLAUSAL,
  DOCUMENT,
  EVIDENCE,
  familiesOf,
  MANNER,
  PLEAD,
  QUESTIONING,
  QUOTATIVE,
  RATING,
  SPEAKER_ONLY,
  STANCE,
  TOPIC,
} from './frames/families';
import {
  inquiryFinding,
  inquirySubject,
  linking,
  NO_FINDING_OBJECTS,
  relativeDocument,
} from './frames/findings';
import { recollection, statedMemory, statedRegret } from './frames/memory';
import { questionedOnTopic } from './frames/questioning';
import {
  apposedTag,
  mannerThat,
  quotationFollows,
  quotationNext,
  QUOTE_TAG_ONLY,
  quotedBefore,
} from './frames/quotation';
import { ratingFrame } from './frames/rating';
import { DATA_NOUNS, reportingSubject, speakerAfterPrep, speakingSubject } from './frames/speakers';
import { stanceFrame } from './frames/stance';
import { claimTarget, physicalTarget, TOPIC_PARTICLES, TOPICS_OF } from './frames/topic';
import { quotedAsSaying, raising, reducedRelativeBy, SAID_BY } from './frames/voice';
import type { Verb } from './verb-group';
import { bareIng, subjectOf } from './verb-group';
export { documentOpening } from './frames/documents';
export { questionedParticiple } from './frames/questioning';
export { ratedPassive, byThenAs, ratingAgent } from './frames/rating';
export { SAID_BY, REDUCED_SAID_BY, JUDGED_BY } from './frames/voice';

/** Whether verb `v` stands in a frame of its family that reports something. */
export function inFrame(ctx: Context, s: Sentence, v: Verb): boolean {
  return frameRefusal(ctx, s, v) === null;
}

/**
 * The check that finds verb `v` out of a frame that reports (`'raising'`, `'quotative'`,
 * `'document'`, `'evidence'` ...), or null when it stands in one; the audit of missed cues
 * (scripts/audit-cues.ts) reports it.
 */
export function frameRefusal(ctx: Context, s: Sentence, v: Verb): string | null {
  if (raising(ctx, v)) return 'raising';
  if (quotedAsSaying(ctx, s, v)) return 'quoted-as-saying';
  if (reducedRelativeBy(ctx, v)) return 'relative-by';
  // "the force 'deeply regrets' the failings": a stated regret in the present, of a third
  // party with what it regrets (not "She regretted leaving", "We regret to inform you")
  if (v.lemma === 'regret' && !statedRegret(ctx, s, v)) return 'regret';
  const family = familiesOf(v.entry);
  if (family === 0) return null;
  if (apposedTag(ctx, s, v)) return null;
  // "MPs grilled the chief executive over the losses", "was pressed on the delays": a question
  // with its topic; without one the verb is physical or of another family ("grilled the fish",
  // "pressed the button", "questioned the driver for six hours", "questioned whether")
  if ((family & QUESTIONING) !== 0) {
    if (questionedOnTopic(ctx, s, v)) return null;
    if (family === QUESTIONING) return 'questioning';
  }
  if (
    (family & QUOTATIVE) !== 0 &&
    !quotationFollows(ctx, s, v) &&
    !whatCalled(ctx, s, v) &&
    !calledSomething(ctx, s, v) &&
    !mannerThat(ctx, s, v)
  )
    return 'quotative';
  // "The trend continued: prices rose", 'The search continued "until dark"', 'as the regulator
  // continued what it calls "a return"': a verb that tags a quotation only as a speaker's
  // ('"...," she continued', 'Ruiz laughed: "..."') needs one, the quotation right after it
  if (
    QUOTE_TAG_ONLY.has(v.lemma) &&
    !v.passive &&
    !quotedBefore(ctx, s, v) &&
    !(speakingSubject(ctx, s, v) && quotationNext(ctx, v))
  )
    return 'quote-tag';
  // "heard shouting and then a scream": a manner of speaking as a bare -ing form is a noise,
  // unless a comma makes it a participle clause (', shouting "Stop!"')
  if ((family & MANNER) !== 0 && bareIng(ctx, v) && !isPunct(ctx.tokens[v.i - 1], ','))
    return 'manner';
  // "The credits assume the bog is wet", "assuming the talks hold": supposing needs someone
  // (or a document) to suppose
  if (
    (family & SPEAKER_ONLY) !== 0 &&
    !v.passive &&
    (bareIng(ctx, v) || !reportingSubject(ctx, s, v))
  )
    return 'speaker-only';
  if ((family & TOPIC) !== 0 && !TOPIC_PARTICLES.has(v.next?.lower ?? '')) return 'topic';
  // "weighed in on the strike", "pushed back on the report", "lashed out at the judge": a
  // particle verb of speaking needs someone to speak ("The waves lashed out at the pier")
  if ((family & TOPIC) !== 0 && v.lemma.includes(' ') && !TOPICS_OF[v.lemma]?.has(v.next!.lower))
    return 'topic';
  if ((family & TOPIC) !== 0 && v.lemma.includes(' ') && !reportingSubject(ctx, s, v))
    return 'topic-speaker';
  // "took aim at the car", "hit back at the wall": aimed at a thing handled, the act is physical
  if ((family & TOPIC) !== 0 && v.lemma.includes(' ') && physicalTarget(ctx, s, v)) return 'topic';
  // "doubled down on its claim", not "doubling down on proven hits": what is held to is words
  if (v.lemma === 'double down' && !claimTarget(ctx, s, v)) return 'topic';
  if ((family & PLEAD) !== 0) {
    const w = v.next?.lower ?? '';
    if (!(w === 'guilty' || w === 'not' || w === 'no' || w === 'innocent')) return 'plead';
  }
  if ((family & RATING) !== 0 && !ratingFrame(ctx, s, v)) return 'rating';
  if ((family & CLAUSAL) !== 0 && !clausalFrame(ctx, s, v)) return 'clausal';
  if ((family & STANCE) !== 0 && !stanceFrame(ctx, s, v)) return 'stance';
  if (
    (family & DOCUMENT) !== 0 &&
    !documentSubject(ctx, s, v) &&
    !documentOpening(ctx, s, v) &&
    !plansSetOut(ctx, s, v)
  )
    return 'document';
  // "a complicated beast, showing how ...": evidence verbs in -ing form report something only
  // when a document does the showing ("data showing that", "a poll released Monday, showing")
  if ((family & EVIDENCE) !== 0 && !v.sawAux && ctx.tokens[v.i]!.lower.endsWith('ing')) {
    const toks = ctx.tokens;
    let doc = false;
    for (let k = v.i - 1; k >= s.first && !doc; k--) doc = DOCUMENT_NOUNS.has(toks[k]!.lower);
    if (!doc && !speakerAfterPrep(ctx, s, v)) return 'evidence-ing';
  }
  if (thingBeforeIng(ctx, s, v)) return 'thing-ing';
  // "the episode showed how", "The decline suggests": an event or a trend shows nothing that
  // someone said; a document, a body or a person does ("The poll shows", "Ames showed")
  // (a reduced passive's agent is its source: "first suggested by laboratory experiments")
  if (
    (family & EVIDENCE) !== 0 &&
    !v.passive &&
    ctx.tokens[v.end]?.lower !== 'by' &&
    !reportingSubject(ctx, s, v) &&
    !documentOpening(ctx, s, v)
  )
    return 'evidence';
  return null;
}

/**
 * A clausal verb (`believe`, `found`, `warned`) reports with a clause after it; or passive with
 * impersonal `it` (`it was found that`) or an agent (`was repeated by the office`); or, without a
 * clause, when a document finds (`The audit found irregularities`), a body states an outlook
 * (`signalled a cut`) or the object is content (`questioned the decision`).
 */
function clausalFrame(ctx: Context, s: Sentence, v: Verb): boolean {
  const toks = ctx.tokens;
  const { g, end, lemma, next } = v;
  // "a figure repeated so often by the agency", "a link first proposed by the director": a
  // participle clause of saying with its agent
  if (!v.sawAux && v.i === g && SAID_BY.has(lemma) && /ed$/.test(toks[v.i]!.lower))
    if (byAgent(ctx, s, end)) return true;
  if (lemma === 'unveil') return unveiledPlan(ctx, s, v);
  if (lemma === 'link') return !v.passive && linking(ctx, s, v);
  if (v.passive) {
    // "it was found that", or with its agent: "was repeated last week by the governor's
    // office"; "No irregularities were found" is a plain passive. The impersonal `it` takes
    // any clause: "It is understood he has been fined", "it is thought the two are not
    // linked", "It is widely assumed in the capital that", "..., it is understood."
    // ("is suspected of treason": a charge, like "is accused of")
    return (
      (toks[g - 1]?.lower === 'it' &&
        (CLAUSE_STARTERS.has(next?.lower ?? '') || clauseFollows(ctx, s, g, end, lemma))) ||
      (SAID_BY.has(lemma) && !!byAgent(ctx, s, end)) ||
      // "That account has been challenged by residents", "the report was questioned by two
      // members": a claim rejected or doubted by its agent (not "He was questioned by police")
      ((CLAIM_OBJECT_VERBS.has(lemma) || CONTENT_OBJECT_VERBS.has(lemma)) &&
        claimSubject(ctx, s, v, CONTENT_OBJECT_VERBS.has(lemma)) &&
        !!byAgent(ctx, s, end)) ||
      (lemma === 'suspect' && next?.lower === 'of')
    );
  }
  if (RETALIATING.has(lemma) && retaliation(ctx, end)) return false;
  if (lemma === 'remember' && !statedMemory(ctx, s, v)) return false;
  if (clauseFollows(ctx, s, g, end, lemma)) return true;
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
