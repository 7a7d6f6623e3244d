/**
 * What the reasons for an unnamed actor ask of words: the reader-facing reasons (WHY), the fixed
 * word lists, and their bits for a token (`listsOf`, `moreListsOf`: see word-bits.ts), shared by
 * ./reason.ts and the modules it asks.
 */
import { ANONYMITY, BE_FORMS, ruleWords } from '../lexicon';
import { ORDINALS } from '../phrase/namedness';
import type { Token } from '../tokenize';
import { wordBits } from '../word-bits';

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

const ANON_ADJECTIVES = ruleWords('anonAdjectives');

/** Determiners that make a phrase specific (`his rival`) or non-referring (`any agency`). */
const NOT_WITHHOLDING = ruleWords('notWithholding');

/** Role nouns that also name things or abstractions: actors only as subjects or agents. */
const AMBIGUOUS_ROLES = ruleWords('ambiguousRoles');

/** Modifiers that turn a role noun into a title: `chief executive`, `general manager`. */
const TITLE_MODIFIERS = ruleWords('titleModifiers');

/** Words before `suspect` that make it an adjective: `a bit suspect`. */
const DEGREE_WORDS = ruleWords('degreeWords');

/** Verbs of relying on a source, before `on`: `based on`, `draws on`. */
const RELIANCE_VERBS = ruleWords('relianceVerbs');

const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had']);

const RELATIVE_STARTS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Participles of a reporter's access to a document: `obtained`, `seen`, `leaked`, `reviewed`. */
export const REPORTER_ACCESS: ReadonlySet<string> = new Set(
  (['leaked', 'obtained', 'reviewed', 'seen'] as const)
    .flatMap((k) => ANONYMITY.access[k])
    // (not "read by a man in uniform": who read a statement out)
    .filter((w) => w !== 'read'),
);

/** A country's unique institutions, named by a common noun (decision 21 of the labelled sets). */
const UNIQUE_INSTITUTIONS = ruleWords('uniqueInstitutions');

/** Recordings and pictures: evidence, not sources whose identity is withheld. */
const RECORDINGS = ruleWords('recordings');

const INDEFINITE = ruleWords('indefinite');

export const POSSESSIVE_DETERMINERS = ruleWords('possessiveDeterminers');

/** Words that start a quantified phrase: `at least one`, `more than two`, `nearly 40`. */
export const QUANTITY_STARTS = ruleWords('quantityStarts');

/** The press as an audience: `reporters`, `journalists`. */
const PRESS_HEADS: ReadonlySet<string> = new Set(['journalists', 'newsmen', 'reporters']);

/** Whether a phrase starts with a number: `two officers`, `about 600 nurses`. */
export function counted(t: Token): boolean {
  return (
    t.kind === 'num' ||
    (listsOf(t) & IN_QUANTITY_STARTS) !== 0 ||
    (listsOf(t) & IN_NUMBER_WORDS) !== 0
  );
}

/** Words of a party or a bloc that qualify its members: `Labour`, `Republican`, `opposition`. */
const PARTY_WORDS = ruleWords('partyWords');

/** Particles of phrasal verbs before their object: `lay off`, `call up`. */
const PARTICLES: ReadonlySet<string> = new Set(['off', 'out', 'up']);

const COOPERATION_VERBS = ruleWords('cooperationVerbs');

/** Adjectives of a document kept from the public: `internal`, `confidential`. */
const UNPUBLISHED = ruleWords('unpublishedAdjectives');

/** Plurals of countries as a class: `nations`, `countries`. */
const COUNTRY_CLASSES = ruleWords('countryClasses');

/** Past forms of verbs that lay an act at someone's door: `linked`, `traced`, `attributed`. */
const RESPONSIBILITY_VERBS = ruleWords('responsibilityVerbs');

/** Messages and complaints whose `from` or `of` phrase is who sent them: `warnings from`. */
const SENT_NOUNS = ruleWords('sentNouns');

/** Messages addressed to someone: `a letter to`, `an email to`. */
const ADDRESSED = ruleWords('addressedMessages');

const ISSUED_BY_NAMED = ruleWords('issuedByNamed');

/** Meetings and inquiries whose record a body publishes: `minutes of the meeting`. */
const PROCEEDINGS = ruleWords('proceedings');

const PUBLISHED = ruleWords('publishedParticiples');

/** Participles of a court filing: its `by` agent issued it ("documents filed by the authority"). */
const FILING_PARTICIPLES = ruleWords('filingParticiples');

/** Modals of a wish or a possibility: `would`, `could`, `might`. */
const HYPOTHETICAL_MODALS: ReadonlySet<string> = new Set(['could', 'might', 'should', 'would']);

const NEGATORS = ruleWords('negators');

export const AIM_PREPS = ruleWords('aimPrepositions');

/** Nouns for talking with sources: `interviews with`, `conversations with`. */
const CONSULTING_NOUNS = ruleWords('consultingNouns');

/** Verbs that tell someone something: their object receives a claim (`told commissioners`). */
const ADDRESSING = ruleWords('addressing');

/** Number words that count a group: `two officers`, `dozens of nurses`. */
const NUMBER_WORDS = ruleWords('numberWords');

/** Participles of arrest and charge: their subject is a suspect (`was arrested`). */
const LEGAL_PARTICIPLES = ruleWords('legalParticiples');

/** Verbs that issue a document: `releasing a statement`, `issued a report`. */
const ISSUING_VERBS = ruleWords('issuingVerbs');

/** Active verbs of arrest and charge: their object is a suspect (`charging four men`). */
const ARREST_VERBS = ruleWords('arrestVerbs');

/** The fixed lists the reasons ask of tokens, as bits of one answer (word-bits.ts). */
export const listsOf = wordBits(() => [
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

export const IN_RECORDINGS = 1 << 0;

export const IN_RELATIVE_STARTS = 1 << 1;

export const IN_PRESS_HEADS = 1 << 2;

export const IN_BE_FORMS = 1 << 3;

export const IN_DEGREE_WORDS = 1 << 4;

export const IN_TITLE_MODIFIERS = 1 << 5;

export const IN_ANON_ADJECTIVES = 1 << 6;

export const IN_AMBIGUOUS_ROLES = 1 << 7;

export const IN_ADDRESSING = 1 << 8;

export const IN_UNIQUE_INSTITUTIONS = 1 << 9;

export const IN_ORDINALS = 1 << 10;

export const IN_ARREST_VERBS = 1 << 11;

export const IN_ISSUING_VERBS = 1 << 12;

export const IN_POSSESSIVE_DETERMINERS = 1 << 13;

export const IN_HAVE_FORMS = 1 << 14;

export const IN_REPORTER_ACCESS = 1 << 15;

export const IN_RELIANCE_VERBS = 1 << 16;

const IN_QUANTITY_STARTS = 1 << 17;

const IN_NUMBER_WORDS = 1 << 18;

export const IN_PARTY_WORDS = 1 << 19;

export const IN_ADDRESSED = 1 << 20;

export const IN_PARTICLES = 1 << 21;

export const IN_COOPERATION_VERBS = 1 << 22;

export const IN_SENT_NOUNS = 1 << 23;

/** The rest of them (one answer holds at most 29 lists). */
export const moreListsOf = wordBits(() => [
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

export const IN_RESPONSIBILITY_VERBS = 1 << 0;

export const IN_PROCEEDINGS = 1 << 1;

export const IN_PUBLISHED = 1 << 2;

export const IN_ISSUED_BY_NAMED = 1 << 3;

export const IN_FILING_PARTICIPLES = 1 << 4;

export const IN_HYPOTHETICAL_MODALS = 1 << 5;

export const IN_NEGATORS = 1 << 6;

export const IN_CONSULTING_NOUNS = 1 << 7;

export const IN_LEGAL_PARTICIPLES = 1 << 8;

export const IN_COUNTRY_CLASSES = 1 << 9;

export const IN_UNPUBLISHED = 1 << 10;

export const IN_NOT_WITHHOLDING = 1 << 11;

export const IN_INDEFINITE = 1 << 12;
