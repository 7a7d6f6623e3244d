/**
 * Frame families: the bits that say which frames a reporting verb's lemma must stand in
 * (quotative, topic, plead, clausal, stance, evidence, document, manner, speaker-only, rating,
 * questioning), read once per verb from the lexicon lists. A new family gets its bit and its
 * list here, and its check in `frameRefusal` (verb-frames.ts).
 */
import {
  CLAUSAL_VERBS,
  MANNER_VERBS,
  PLEAD_VERBS,
  QUESTIONING_VERBS,
  QUOTATIVE_VERBS,
  RATING_VERBS,
  ruleWords,
  SPEAKER_ONLY_VERBS,
  STANCE_VERBS,
  TOPIC_VERBS,
  lemmaBits,
} from '../../lexicon';

// The frame families of a lemma as bits (`familiesOf`: the lists' order), one typed-array read
// per verb instead of a Set probe per family.
export const QUOTATIVE = 1;
export const TOPIC = 2;
export const PLEAD = 4;
export const CLAUSAL = 8;
export const STANCE = 16;
export const EVIDENCE = 32;
export const DOCUMENT = 64;
export const MANNER = 128;
export const SPEAKER_ONLY = 256;
export const RATING = 512;
export const QUESTIONING = 1024;

/** Verbs of evidence: what shows or indicates is a document, or the cue is no report. */
const EVIDENCE_VERBS = ruleWords('evidenceVerbs');

/** Verbs that report only with a document as subject: "The memo sets out". */
const DOCUMENT_VERBS = ruleWords('documentVerbs');

/** A verb's frame families as bits, `QUOTATIVE` to `RATING` (0: none), by its lemma. */
export const familiesOf = lemmaBits(() => [
  QUOTATIVE_VERBS,
  TOPIC_VERBS,
  PLEAD_VERBS,
  CLAUSAL_VERBS,
  STANCE_VERBS,
  EVIDENCE_VERBS,
  DOCUMENT_VERBS,
  MANNER_VERBS,
  SPEAKER_ONLY_VERBS,
  RATING_VERBS,
  QUESTIONING_VERBS,
]);
