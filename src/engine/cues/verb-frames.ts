/**
 * Frames: what must stand around a verb of a family for it to report something. Quotative verbs
 * (`reads`, `goes`) need a quotation, topic verbs (`discussed`) a topic, pleading verbs a plea,
 * clausal verbs (`believe`, `found`, `signalled`) a clause or a content object, evidence verbs
 * in -ing (`showing`) a document. Raising (`is said to`) is a hedge, not a cue.
 *
 * This file is the entry: `frameRefusal` asks the checks in order and names the first that
 * refuses. The checks live in `frames/`, one file per family of constructions (voice, quotation,
 * calling, questioning, topic, documents, rating, stance, memory, findings, content objects,
 * clausal; `speakers.ts` for who can report, `families.ts` for the families' bits). A new rule
 * goes in its family's file; only a new family, or a new place in the order, is added here.
 */
import type { Context } from '../context';
import { isPunct } from '../context';
import { DOCUMENT_NOUNS } from '../lexicon';
import type { Sentence } from '../sentences';
import { calledSomething, whatCalled } from './frames/calling';
import { clausalFrame } from './frames/clausal';
import {
  documentOpening,
  documentSubject,
  namingRefused,
  plansSetOut,
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
import { outcomeReading } from './frames/findings';
import { statedRegret } from './frames/memory';
import { questionedOnTopic, questionedThing } from './frames/questioning';
import {
  apposedTag,
  mannerThat,
  quotationFollows,
  quotationNext,
  QUOTE_TAG_ONLY,
  quotedBefore,
} from './frames/quotation';
import { ratingFrame } from './frames/rating';
import { reportingSubject, speakerAfterPrep, speakingSubject } from './frames/speakers';
import { stanceFrame } from './frames/stance';
import {
  bareRetort,
  claimTarget,
  mannerThenTopic,
  physicalTarget,
  TOPIC_PARTICLES,
  TOPICS_OF,
} from './frames/topic';
import { exposedClause } from './frames/exposed';
import { tippedOff } from './frames/tipped-off';
import { quotedAsSaying, raising, reducedRelativeBy } from './frames/voice';
import type { Verb } from './verb-group';
import { bareIng } from './verb-group';
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
  // "the force 'deeply regrets' the failings", "regretted that the talks had failed": a stated
  // regret of a third party with what it regrets (not "We regret to inform you")
  if (v.lemma === 'regret' && !statedRegret(ctx, s, v)) return 'regret';
  // "has exposed how staff ignored the alarms", not "exposed the records of four million users"
  if (v.lemma === 'expose' && !exposedClause(ctx, v)) return 'exposure';
  // "was tipped off by a caller", not "The final tips off at 8pm"
  if (v.lemma === 'tip off' && !tippedOff(ctx, s, v)) return 'tip-off';
  const family = familiesOf(v.entry);
  if (family === 0) return null;
  if (apposedTag(ctx, s, v)) return null;
  // "MPs grilled the chief executive over the losses", "was pressed on the delays": a question
  // with its topic; without one the verb is physical or of another family ("grilled the fish",
  // "pressed the button", "questioned the driver for six hours", "questioned whether")
  if ((family & QUESTIONING) !== 0) {
    if (questionedOnTopic(ctx, s, v) || questionedThing(ctx, s, v)) return null;
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
  const retort = (family & TOPIC) !== 0 && bareRetort(ctx, s, v);
  if (
    (family & TOPIC) !== 0 &&
    !retort &&
    !TOPIC_PARTICLES.has(v.next?.lower ?? '') &&
    !mannerThenTopic(ctx, v)
  )
    return 'topic';
  // "weighed in on the strike", "pushed back on the report", "lashed out at the judge": a
  // particle verb of speaking needs someone to speak ("The waves lashed out at the pier")
  if (
    (family & TOPIC) !== 0 &&
    v.lemma.includes(' ') &&
    !retort &&
    !TOPICS_OF[v.lemma]?.has(v.next!.lower)
  )
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
  // ("The review does not name the doctors", "a proposal naming five banks")
  if (namingRefused(ctx, v)) return 'naming';
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
    !documentOpening(ctx, s, v) &&
    !outcomeReading(ctx, s, v)
  )
    return 'evidence';
  return null;
}
