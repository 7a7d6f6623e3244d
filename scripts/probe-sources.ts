/**
 * `tsx scripts/probe-sources.ts [--misses] [--class NAME] [--frame NAME]`: a systematic probe of
 * attribution sources and their entities. Source descriptions as news English writes them (full
 * names with and without titles, surnames and "Mr. Reeves" after a full name, a role in
 * apposition or before the name, named bodies and their people, outlets, documents and "the
 * report" after them, pronouns, "the company" / "the ministry" / "the union" after a named one,
 * two people named together, a possessive body, unnamed people and groups) are crossed with the
 * constructions that credit them (preverbal, inverted "said X", "according to X", "X told Y", a
 * source across a quotation, a source two sentences back, nested attribution, a relative-clause
 * cue, a passive "was told by X", participles "adding that" / "saying", a headline "Okafor: ...").
 * Written from knowledge of news English, not from any labelled set.
 *
 * Marks (scripts/lib/probe-marks.ts):
 *
 *   ⟦1:said⟧       a required cue, number 1; ⟦said⟧ a cue whose source is not checked
 *   ⟪a1:Okafor⟫    a mention of source `a` that is cue 1's source (`named: true`); ⟪~a1:...⟫
 *                  unnamed, ⟪%a1:...⟫ a person of a named body (`true` or `'partial'` both pass);
 *                  ⟪a:...⟫ a mention no cue takes (counted for the entity's name only)
 *
 * For each checked cue: found; its source overlaps the marked mention and agrees on `named` (as
 * eval/score.mjs counts it); the source's words are the marked ones (ANNOTATION.md's span, a
 * leading "the" aside); its entity has the source's display name (the fullest mention, titles
 * off) and is shared by every cue of the same source and by no cue of another. Prints shares per
 * frame and per source class; `--misses` lists every failure.
 */
import { analyze } from '../src/engine/index';
import type { Finding } from '../src/engine/types';
import { optionValue } from './lib/args';
import { cap, overlaps, pct, readMarks, type Span } from './lib/probe-marks';

/** A source description: how the story first names it, and how it refers to it again. */
interface Source {
  cls: string;
  /** First mention, as a subject inside a sentence (lower case where English allows). */
  first: string;
  /** The words a source span should have for `first` (default `first`). */
  span?: string;
  /** A later mention that is not a pronoun (`Okafor`, `the company`, `the report`). */
  later: string;
  /** The pronoun that refers back to it. */
  pron: string;
  /** `true`, `false`, or `'partial'` (a person of a named body). */
  named: boolean | 'partial';
  /** The entity's display name. */
  name: string;
  plural?: boolean;
  /** A headline label (`Okafor`), when news would print one. */
  head?: string;
  /** A body or a document (takes "its", is not "told by"). */
  thing?: boolean;
}

const SOURCES: Source[] = [
  {
    cls: 'full name',
    first: 'Ana Okafor',
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'title + full name',
    first: 'Dr Ana Okafor',
    later: 'Dr Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'Mr. + surname later',
    first: 'Tom Reeves',
    later: 'Mr. Reeves',
    pron: 'he',
    named: true,
    name: 'Tom Reeves',
    head: 'Reeves',
  },
  {
    cls: 'role in apposition',
    first: 'Jo Park, a spokesperson for the council,',
    span: 'Jo Park',
    later: 'Park',
    pron: 'she',
    named: true,
    name: 'Jo Park',
    head: 'Park',
  },
  {
    cls: 'role before name',
    first: 'council spokesperson Jo Park',
    later: 'Park',
    pron: 'she',
    named: true,
    name: 'Jo Park',
    head: 'Park',
  },
  {
    cls: 'named body',
    first: 'the Hartwell Trust',
    later: 'the trust',
    pron: 'it',
    named: true,
    name: 'Hartwell Trust',
    thing: true,
  },
  {
    cls: 'person of a named body',
    first: 'a Hartwell Trust spokesperson',
    later: 'the spokesperson',
    pron: 'she',
    named: 'partial',
    name: 'a Hartwell Trust spokesperson',
  },
  {
    cls: 'outlet',
    first: 'the Harbour Gazette',
    later: 'the newspaper',
    pron: 'it',
    named: true,
    name: 'Harbour Gazette',
    thing: true,
  },
  {
    // a venue run as a body, named by the venue word (session 29)
    cls: 'venue body',
    first: 'the Alder Playhouse',
    later: 'the theatre',
    pron: 'it',
    named: true,
    name: 'Alder Playhouse',
    thing: true,
  },
  {
    // a broadcaster named by its medium, then called by what it runs (session 29)
    cls: 'broadcaster',
    first: 'Vale TV',
    later: 'the station',
    pron: 'it',
    named: true,
    name: 'Vale TV',
    thing: true,
  },
  {
    cls: 'document',
    first: 'a report by the National Audit Office',
    later: 'the report',
    pron: 'it',
    named: true,
    name: 'a report by the National Audit Office',
    thing: true,
  },
  {
    cls: 'company',
    first: 'Brightwater Energy',
    later: 'the company',
    pron: 'it',
    named: true,
    name: 'Brightwater Energy',
    head: 'Brightwater',
    thing: true,
  },
  {
    cls: 'ministry',
    first: 'the Ministry of Transport',
    later: 'the ministry',
    pron: 'it',
    named: true,
    name: 'Ministry of Transport',
    thing: true,
  },
  {
    cls: 'union',
    first: 'the Harbour Workers Union',
    later: 'the union',
    pron: 'it',
    named: true,
    name: 'Harbour Workers Union',
    thing: true,
  },
  {
    cls: 'two people',
    first: 'Ana Okafor and Jo Park',
    later: 'Okafor and Park',
    pron: 'they',
    named: true,
    name: 'Ana Okafor and Jo Park',
    plural: true,
  },
  {
    cls: 'possessive body',
    first: "Mayor Tom Field's office",
    later: 'the office',
    pron: 'it',
    named: true,
    name: "Mayor Tom Field's office",
    thing: true,
  },
  {
    cls: 'unnamed person',
    first: 'a senior official',
    later: 'the official',
    pron: 'she',
    named: false,
    name: 'a senior official',
  },
  {
    cls: 'unnamed group',
    first: 'local officials',
    later: 'the officials',
    pron: 'they',
    named: false,
    name: 'local officials',
    plural: true,
  },
  {
    cls: 'surname a common word',
    first: 'Sam Hill',
    later: 'Hill',
    pron: 'he',
    named: true,
    name: 'Sam Hill',
    head: 'Hill',
  },
  {
    cls: 'first name either sex',
    first: 'Robin Marsh',
    later: 'Marsh',
    pron: 'she',
    named: true,
    name: 'Robin Marsh',
    head: 'Marsh',
  },
  {
    cls: 'name, age,',
    first: 'Ana Okafor, 54,',
    span: 'Ana Okafor',
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'name of a body',
    first: 'Ana Okafor of the Hartwell Trust',
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'body, role, name',
    first: 'Hartwell Trust chief executive Ana Okafor',
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: "body's role, name in apposition",
    first: "the trust's chief executive, Ana Okafor,",
    span: "the trust's chief executive, Ana Okafor",
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'capitalised title',
    first: 'Chief Constable Ana Okafor',
    later: 'Okafor',
    pron: 'she',
    named: true,
    name: 'Ana Okafor',
    head: 'Okafor',
  },
  {
    cls: 'US style "Sen. X, D-Ore.,"',
    first: 'Sen. Maria Lopez, D-Ore.,',
    span: 'Sen. Maria Lopez, D-Ore.',
    later: 'Lopez',
    pron: 'she',
    named: true,
    name: 'Maria Lopez',
    head: 'Lopez',
  },
  {
    cls: 'spokesperson for a body',
    first: 'a spokesperson for the Ministry of Transport',
    later: 'the spokesperson',
    pron: 'she',
    named: 'partial',
    name: 'a spokesperson for the Ministry of Transport',
  },
  {
    cls: 'officials at a body',
    first: 'officials at the Ministry of Transport',
    later: 'the officials',
    pron: 'they',
    named: 'partial',
    name: 'officials at the Ministry of Transport',
    plural: true,
  },
  {
    cls: 'acronym body',
    first: 'the NTSB',
    later: 'the agency',
    pron: 'it',
    named: true,
    name: 'NTSB',
    thing: true,
  },
  {
    cls: "a body's statement",
    first: 'a statement from Brightwater Energy',
    later: 'the statement',
    pron: 'it',
    named: true,
    name: 'a statement from Brightwater Energy',
    thing: true,
  },
  {
    cls: 'unnamed document',
    first: 'an internal memo',
    later: 'the memo',
    pron: 'it',
    named: false,
    name: 'an internal memo',
    thing: true,
  },
  {
    cls: 'police',
    first: 'police',
    later: 'police',
    pron: 'they',
    named: false,
    name: 'police',
    plural: true,
  },
];

/**
 * Foreign, diplomatic, defence and wire news (session 26): how foreign desks, wires and defence
 * papers name the sources they credit. `named` as ANNOTATION.md's settled cases and DECISIONS.md
 * rule: officials qualified only by nationality, region or a sector of the state are `false`
 * ("Vessian officials", "a Western official", "a defence source", decisions 62, 66, 122); people of
 * a named body are `'partial'` ("an official at the Vessian Embassy", "a Foreign Ministry
 * official", "a senior administration official", decisions 5, 31, 84); a named country's state
 * media and unique institutions are `true` (decisions 21, 57, 180); closeness is `false`
 * (decision 6).
 */
const WIRE_SOURCES: Source[] = [
  {
    cls: 'wire: foreign minister',
    first: 'Foreign Minister Lena Varga',
    later: 'Varga',
    pron: 'she',
    named: true,
    name: 'Lena Varga',
    head: 'Varga',
  },
  {
    cls: 'wire: national-adjective officials',
    first: 'Vessian officials',
    later: 'the officials',
    pron: 'they',
    named: false,
    name: 'Vessian officials',
    plural: true,
  },
  {
    cls: 'wire: a Western official',
    first: 'a Western official',
    later: 'the official',
    pron: 'he',
    named: false,
    name: 'a Western official',
  },
  {
    cls: 'wire: two European diplomats',
    first: 'two European diplomats',
    later: 'the diplomats',
    pron: 'they',
    named: false,
    name: 'two European diplomats',
    plural: true,
  },
  {
    cls: 'wire: bare diplomats',
    first: 'diplomats',
    later: 'the diplomats',
    pron: 'they',
    named: false,
    name: 'diplomats',
    plural: true,
  },
  {
    cls: 'wire: official at a named embassy',
    first: 'an official at the Vessian Embassy',
    later: 'the official',
    pron: 'he',
    named: 'partial',
    name: 'an official at the Vessian Embassy',
  },
  {
    cls: 'wire: senior administration official',
    first: 'a senior administration official',
    later: 'the official',
    pron: 'he',
    named: 'partial',
    name: 'a senior administration official',
  },
  {
    cls: 'wire: a defence source',
    first: 'a defence source',
    later: 'the source',
    pron: 'he',
    named: false,
    name: 'a defence source',
  },
  {
    cls: 'wire: industry sources',
    first: 'industry sources',
    later: 'the sources',
    pron: 'they',
    named: false,
    name: 'industry sources',
    plural: true,
  },
  {
    cls: "wire: a named country's state media",
    first: 'Vessian state media',
    later: 'state media',
    pron: 'they',
    named: true,
    name: 'Vessian state media',
    plural: true,
    thing: true,
  },
  {
    cls: 'wire: state news agency, named',
    first: 'the state news agency Vesna',
    later: 'the agency',
    pron: 'it',
    named: true,
    name: 'state news agency Vesna',
    thing: true,
  },
  {
    cls: 'wire: defence ministry',
    first: 'the Vessian Defence Ministry',
    later: 'the ministry',
    pron: 'it',
    named: true,
    name: 'Vessian Defence Ministry',
    thing: true,
  },
  {
    cls: 'wire: ministry spokesman + name',
    first: 'Foreign Ministry spokesman Piotr Halas',
    later: 'Halas',
    pron: 'he',
    named: true,
    name: 'Piotr Halas',
    head: 'Halas',
  },
  {
    cls: 'wire: the spokesman, name,',
    first: 'the ministry spokesman, Piotr Halas,',
    span: 'the ministry spokesman, Piotr Halas',
    later: 'Halas',
    pron: 'he',
    named: true,
    name: 'Piotr Halas',
    head: 'Halas',
  },
  {
    cls: 'wire: alliance',
    first: 'NATO',
    later: 'the alliance',
    pron: 'it',
    named: true,
    name: 'NATO',
    thing: true,
  },
  {
    cls: 'wire: person of a named ministry',
    first: 'a Foreign Ministry official',
    later: 'the official',
    pron: 'she',
    named: 'partial',
    name: 'a Foreign Ministry official',
  },
  {
    cls: 'wire: military officer',
    first: 'a senior Vessian military officer',
    later: 'the officer',
    pron: 'he',
    named: false,
    name: 'a senior Vessian military officer',
  },
  {
    cls: 'wire: Western intelligence officials',
    first: 'Western intelligence officials',
    later: 'the officials',
    pron: 'they',
    named: false,
    name: 'Western intelligence officials',
    plural: true,
  },
  {
    cls: 'wire: prime contractor, name',
    first: 'the prime contractor, Harland Dynamics,',
    span: 'the prime contractor, Harland Dynamics',
    later: 'Harland',
    pron: 'it',
    named: true,
    name: 'Harland Dynamics',
    thing: true,
  },
  {
    cls: 'wire: programme office',
    first: 'the Kestrel programme office',
    later: 'the office',
    pron: 'it',
    named: true,
    name: 'Kestrel programme office',
    thing: true,
  },
  {
    cls: 'wire: source close to a leader',
    first: 'a source close to the president',
    later: 'the source',
    pron: 'he',
    named: false,
    name: 'a source close to the president',
  },
  {
    cls: 'wire: president of a country',
    first: 'Vessian President Arkady Moro',
    later: 'Moro',
    pron: 'he',
    named: true,
    name: 'Arkady Moro',
    head: 'Moro',
  },
  {
    cls: 'wire: people familiar with the talks',
    first: 'people familiar with the talks',
    later: 'the people',
    pron: 'they',
    named: false,
    name: 'people familiar with the talks',
    plural: true,
  },
  {
    // (diplomats of a bloc work for member states the phrase does not name: decision 123)
    cls: 'wire: EU diplomats',
    first: 'two EU diplomats',
    later: 'the diplomats',
    pron: 'they',
    named: false,
    name: 'two EU diplomats',
    plural: true,
  },
  {
    cls: 'wire: a government',
    first: 'the Vessian government',
    later: 'the government',
    pron: 'it',
    named: true,
    name: 'Vessian government',
    thing: true,
  },
  {
    cls: 'wire: Pentagon official',
    first: 'a Pentagon official',
    later: 'the official',
    pron: 'he',
    named: 'partial',
    name: 'a Pentagon official',
  },
];

/**
 * Session 27: firms and families named by two capitalised names joined by a hyphen, whose last
 * part may end like a people (`-i`: `Rossi`, `Ferrari`) and is still a name, not a nationality
 * (decision 5: a person of a named body is `'partial'`). A bare double-barrelled name is left out:
 * alone, it may as well be a person's surname.
 */
const DOC_SOURCES: Source[] = [
  {
    cls: 'person of a double-barrelled firm',
    first: 'a Halden-Rossi spokesperson',
    later: 'the spokesperson',
    pron: 'she',
    named: 'partial',
    name: 'a Halden-Rossi spokesperson',
  },
  {
    cls: 'double-barrelled joint venture',
    first: 'the Marlow-Ferrari joint venture',
    later: 'the joint venture',
    pron: 'it',
    named: true,
    name: 'Marlow-Ferrari joint venture',
    thing: true,
  },
];

/** Another source for nested attribution: a body beside a person, a person beside a body. */
const OTHER_PERSON: Source = SOURCES[0]!;
const OTHER_BODY: Source = SOURCES[10]!;

/** `⟪a1:words⟫` for source `s` under letter `letter`, cue numbers `cues`, with `words`. */
function mention(s: Source, letter: string, cues: string, words: string): string {
  const flag = s.named === false ? '~' : s.named === 'partial' ? '%' : '';
  return `⟪${flag}${letter}${cues}:${words}⟫`;
}

/** The first mention, marked: the span's words inside the marks, the rest (an apposition) after. */
function firstMention(s: Source, letter: string, cues: string, atStart = false): string {
  const span = s.span ?? s.first;
  const rest = s.first.slice(span.length);
  const words = atStart ? cap(span) : span;
  return mention(s, letter, cues, words) + rest;
}

/** Present-tense "said" for the pronoun / plural. */
const said = '⟦1:said⟧';

/** A sentence that names the source without crediting it anything. */
const intro = (s: Source): string =>
  s.cls === 'document'
    ? 'was published on Monday.'
    : `${s.plural ? 'were' : 'was'} asked about the bridge on Monday.`;

/** A named person or body that issues documents (not a document, not two people). */
const issuer = (s: Source): boolean =>
  s.named === true &&
  s.cls !== 'document' &&
  !s.cls.includes('statement') &&
  s.cls !== 'two people';

interface Frame {
  name: string;
  /** The marked text for source `s` (undefined when the frame does not fit it). */
  make: (s: Source) => string | undefined;
}

const CLAUSE = 'the bridge would close in March';
const QUOTE = 'The bridge will close in March';

const FRAMES: Frame[] = [
  {
    name: 'preverbal "X said that"',
    make: (s) => `${firstMention(s, 'a', '1', true)} ${said} on Monday that ${CLAUSE}.`,
  },
  {
    name: 'preverbal, sentence-inside',
    make: (s) => `On Monday, ${firstMention(s, 'a', '1')} ${said} that ${CLAUSE}.`,
  },
  {
    name: 'inverted "..., said X"',
    make: (s) =>
      `"${QUOTE}," ${said} ${firstMention(s, 'a', '1').replace(/,$/, '')}${s.first.endsWith(',') ? '.' : '.'}`,
  },
  {
    name: 'quote, then "X said"',
    make: (s) => `"${QUOTE}," ${firstMention(s, 'a', '1')} ${said}.`,
  },
  {
    name: '"according to X"',
    make: (s) =>
      `⟦1:According to⟧ ${firstMention(s, 'a', '1').replace(/,$/, '')}, the bridge will close in March.`,
  },
  {
    name: '"X told Y"',
    make: (s) =>
      s.cls === 'outlet'
        ? `${firstMention(s, 'a', '1', true)} ⟦1:told⟧ readers on Monday that ${CLAUSE}.`
        : `${firstMention(s, 'a', '1', true)} ⟦1:told⟧ the Harbour Gazette that ${CLAUSE}.`,
  },
  {
    name: 'later mention, next sentence',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${said} on Monday that ${CLAUSE}. ${mention(s, 'a', '2', cap(s.later))} ⟦2:added⟧ that buses would run every ten minutes.`,
  },
  {
    name: 'pronoun across a quotation',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${intro(s)} "${QUOTE}," ${mention(s, 'a', '1', s.pron)} ⟦1:said⟧. "It will stay shut until the autumn."`,
  },
  {
    name: 'later mention after a quotation',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${intro(s)} "${QUOTE}," ${mention(s, 'a', '1', s.later)} ⟦1:said⟧. "It will stay shut until the autumn."`,
  },
  {
    name: 'source two sentences back',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${said} on Monday that ${CLAUSE}. Buses will run every ten minutes while it is shut. "Nobody should expect it to reopen before the autumn," ${mention(s, 'a', '2', s.pron)} ⟦2:added⟧.`,
  },
  {
    name: 'nested: X said Y had warned',
    make: (s) => {
      const o = s.thing || s.cls === 'two people' ? OTHER_PERSON : OTHER_BODY;
      return `${firstMention(s, 'a', '1', true)} ${said} on Monday that ${firstMention(o, 'b', '2')} had ⟦2:warned⟧ that ${CLAUSE}.`;
    },
  },
  {
    name: 'nested: according to X, Y said',
    make: (s) => {
      const o = s.thing || s.cls === 'two people' ? OTHER_PERSON : OTHER_BODY;
      return `⟦1:According to⟧ ${firstMention(s, 'a', '1').replace(/,$/, '')}, ${firstMention(o, 'b', '2')} ⟦2:said⟧ in January that ${CLAUSE}.`;
    },
  },
  {
    name: 'nested: Y said, X wrote',
    make: (s) => {
      const o = s.thing || s.cls === 'two people' ? OTHER_PERSON : OTHER_BODY;
      return `${firstMention(o, 'b', '2', true)} ⟦2:said⟧ in January that ${CLAUSE}, ${firstMention(s, 'a', '1')} ⟦1:wrote⟧ on Monday.`;
    },
  },
  {
    name: 'relative clause "X, who said"',
    make: (s) =>
      s.span
        ? undefined
        : `The plan was drawn up by ${firstMention(s, 'a', '1')}, ${s.thing ? 'which' : 'who'} ${said} that ${CLAUSE}.`,
  },
  {
    name: 'passive "were told by X"',
    make: (s) => `Reporters ⟦1:were told⟧ by ${firstMention(s, 'a', '1')} that ${CLAUSE}.`,
  },
  {
    name: 'participle ", adding that"',
    make: (s) =>
      `${firstMention(s, 'a', '1', true)} ${said} ${CLAUSE}, ⟦1:adding⟧ that buses would run every ten minutes.`,
  },
  {
    name: 'participle ", saying"',
    make: (s) =>
      `${firstMention(s, 'a', '1', true)} issued a statement on Monday, ⟦1:saying⟧ that ${CLAUSE}.`,
  },
  {
    name: 'headline "Okafor: ..." then the story',
    make: (s) =>
      s.head
        ? `${mention(s, 'a', '', s.head)}: Bridge Will Close In March\n\n${firstMention(s, 'a', '1', true)} ${said} on Monday that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'past cue after a modal content "X said the council would “...” and denied"',
    make: (s) =>
      s.cls.includes('document') || s.cls.includes('statement')
        ? undefined
        : `${firstMention(s, 'a', '12', true)} ⟦1:said⟧ the council would "look at every option" and ⟦2:denied⟧ that the bridge was unsafe.`,
  },
  {
    name: 'past cue after a negated did "X said the council did not ... but warned"',
    make: (s) =>
      s.cls.includes('document') || s.cls.includes('statement')
        ? undefined
        : `${firstMention(s, 'a', '12', true)} ⟦1:said⟧ the council did not comment on rumours but ⟦2:warned⟧ that the bridge was unsafe.`,
  },
  {
    name: 'outlet "which cited X" (people cited are the source)',
    make: (s) =>
      s.thing || s.cls === 'outlet' || s.cls === 'two people'
        ? undefined
        : `The closure was first reported by the Harbour Gazette, which ⟦1:cited⟧ ${firstMention(s, 'a', '1').replace(/,$/, '')}.`,
  },
  {
    name: '"X said in a statement"',
    make: (s) => `${firstMention(s, 'a', '1', true)} ${said} in a statement that ${CLAUSE}.`,
  },
  {
    name: '"In a statement, X said"',
    make: (s) => `In a statement, ${firstMention(s, 'a', '1')} ${said} ${CLAUSE}.`,
  },
  {
    name: '"Speaking to reporters, X said"',
    make: (s) =>
      s.cls.includes('document') || s.cls.includes('statement')
        ? undefined
        : `Speaking to reporters on Monday, ${firstMention(s, 'a', '1')} ${said} ${CLAUSE}.`,
  },
  {
    name: 'present "X says" after a quote',
    make: (s) => `"${QUOTE}," ${firstMention(s, 'a', '1')} ⟦1:${s.plural ? 'say' : 'says'}⟧.`,
  },
  {
    name: 'colon then quote "X added:"',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${said} on Monday that ${CLAUSE}. ${mention(s, 'a', '2', cap(s.later))} ⟦2:added⟧: "Buses will run every ten minutes."`,
  },
  {
    name: 'inverted later "..., said X."',
    make: (s) =>
      `${firstMention(s, 'a', '', true)} ${intro(s)} "${QUOTE}," ⟦1:said⟧ ${mention(s, 'a', '1', s.later)}.`,
  },
  {
    name: '"citing X"',
    make: (s) =>
      `The Harbour Gazette ⟦reported⟧ that ${CLAUSE}, ⟦1:citing⟧ ${firstMention(s, 'a', '1').replace(/,$/, '')}.`,
  },
  {
    name: 'doc: possessive "X\'s statement said"',
    make: (s) =>
      issuer(s) && s.thing
        ? `${mention(s, 'd', '1', `${cap(s.first)}'s statement`)} ${said} ${CLAUSE}.`
        : undefined,
  },
  // documents a named source issued: `the report` after "X published its report" is named
  {
    name: 'doc: "published its report. The report says"',
    make: (s) =>
      issuer(s)
        ? `${firstMention(s, 'a', '', true)} published ${s.plural || s.cls.includes('two') ? 'their' : s.thing ? 'its' : s.pron === 'he' ? 'his' : 'her'} annual report on Monday. ${mention(s, 'd', '1', 'The report')} ⟦1:says⟧ ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc: "released figures. The figures show"',
    make: (s) =>
      issuer(s)
        ? `${firstMention(s, 'a', '', true)} released new figures on Monday. ${mention(s, 'd', '1', 'The figures')} ⟦1:show⟧ that rents rose by a fifth.`
        : undefined,
  },
  {
    name: 'doc: "issued a statement. The statement said"',
    make: (s) =>
      issuer(s)
        ? `${firstMention(s, 'a', '', true)} issued a statement on Monday. ${mention(s, 'd', '1', 'The statement')} ⟦1:said⟧ ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc: "In its report, X warned"',
    make: (s) =>
      issuer(s) && s.thing
        ? `In its annual report, ${firstMention(s, 'a', '1')} ⟦1:warned⟧ that ${CLAUSE}.`
        : undefined,
  },
];

/** Whether a source is a person (the wire frames that need a speaker). */
const person = (s: Source): boolean => !s.thing;
/** Whether a source may be credited with speech (not a document or a statement). */
const speaker = (s: Source): boolean => !s.cls.includes('document') && !s.cls.includes('statement');

/** Wire and foreign-desk constructions (session 26). */
const WIRE_FRAMES: Frame[] = [
  {
    name: 'wire: "the agency quoted X as saying"',
    make: (s) =>
      speaker(s)
        ? `The Meridian news agency ⟦1:quoted⟧ ${firstMention(s, 'a', '1')} as ⟦saying⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "X was quoted by state media as saying"',
    make: (s) =>
      speaker(s) && !s.cls.includes('state media')
        ? `${firstMention(s, 'a', '1', true)} ⟦1:${s.plural ? 'were' : 'was'} quoted⟧ by state media as ⟦saying⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "X was quoted as saying"',
    make: (s) =>
      speaker(s)
        ? `${firstMention(s, 'a', '1', true)} ⟦1:${s.plural ? 'were' : 'was'} quoted⟧ as ⟦saying⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "the agency cited X as saying"',
    make: (s) =>
      speaker(s)
        ? `The Meridian news agency ⟦1:cited⟧ ${firstMention(s, 'a', '1')} as ⟦saying⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "..., in remarks carried by the state news agency"',
    make: (s) =>
      speaker(s) && !s.cls.includes('state')
        ? `${firstMention(s, 'a', '1', true)} ${said} ${CLAUSE}, in remarks carried by the state news agency.`
        : undefined,
  },
  {
    name: 'wire: "X told state television"',
    make: (s) =>
      speaker(s) && !s.cls.includes('state')
        ? `${firstMention(s, 'a', '1', true)} ⟦1:told⟧ state television that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: quote, "X told Meridian"',
    make: (s) =>
      speaker(s) ? `"${QUOTE}," ${firstMention(s, 'a', '1')} ⟦1:told⟧ Meridian.` : undefined,
  },
  {
    name: 'wire: "X said in an interview with"',
    make: (s) =>
      speaker(s)
        ? `${firstMention(s, 'a', '1', true)} ${said} in an interview with the Harbour Gazette that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "Speaking to reporters in Darsk, X said"',
    make: (s) =>
      speaker(s)
        ? `Speaking to reporters in Darsk, ${firstMention(s, 'a', '1')} ${said} ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "X, speaking at a news conference, said"',
    make: (s) =>
      speaker(s) && !s.span
        ? `${firstMention(s, 'a', '1', true)}, speaking at a news conference in Darsk, ${said} ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "in a statement posted on Telegram"',
    make: (s) =>
      speaker(s)
        ? `${firstMention(s, 'a', '1', true)} ${said} in a statement posted on Telegram that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "told reporters on a briefing call"',
    make: (s) =>
      person(s)
        ? `${firstMention(s, 'a', '1', true)} ⟦1:told⟧ reporters on a briefing call that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "said X, who spoke on condition of anonymity"',
    make: (s) =>
      person(s) && s.named !== true
        ? `"${QUOTE}," ${said} ${firstMention(s, 'a', '1')}, who ⟦spoke⟧ ⟦on condition of anonymity⟧ because the talks were private.`
        : undefined,
  },
  {
    name: 'wire: "X said by telephone from Darsk"',
    make: (s) =>
      person(s)
        ? `"${QUOTE}," ${firstMention(s, 'a', '1')} ${said} by telephone from Darsk.`
        : undefined,
  },
  {
    name: 'wire: "In a televised address, X said"',
    make: (s) =>
      person(s) && s.named === true
        ? `In a televised address, ${firstMention(s, 'a', '1')} ${said} ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "X wrote on social media"',
    make: (s) =>
      speaker(s) && s.named !== false
        ? `${firstMention(s, 'a', '1', true)} ⟦1:wrote⟧ on social media that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "on the sidelines of a summit"',
    make: (s) =>
      person(s)
        ? `${firstMention(s, 'a', '1', true)} ${said} on the sidelines of a summit in Darsk that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: "X said ..., according to a transcript"',
    make: (s) =>
      person(s)
        ? `${firstMention(s, 'a', '1', true)} ${said} ${CLAUSE}, ⟦according to⟧ a transcript released by the ministry.`
        : undefined,
  },
  {
    name: 'wire: "In a statement carried by state media, X said"',
    make: (s) =>
      speaker(s) && !s.cls.includes('state')
        ? `In a statement carried by state media, ${firstMention(s, 'a', '1')} ${said} ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'wire: quote, "X told Meridian, speaking on condition of anonymity"',
    make: (s) =>
      person(s) && s.named !== true
        ? `"${QUOTE}," ${firstMention(s, 'a', '1')} ⟦1:told⟧ Meridian, ⟦speaking⟧ ⟦on condition of anonymity⟧.`
        : undefined,
  },
  {
    name: 'wire: "the agency reported, citing X"',
    make: (s) =>
      speaker(s)
        ? `The bridge will close in March, the Meridian news agency ⟦reported⟧, ⟦1:citing⟧ ${firstMention(s, 'a', '1').replace(/,$/, '')}.`
        : undefined,
  },
  {
    name: 'wire: later mention, quote first',
    make: (s) =>
      speaker(s)
        ? `${firstMention(s, 'a', '', true)} ${said} on Monday that ${CLAUSE}. "Nobody should expect it to reopen before the autumn," ${mention(s, 'a', '2', s.later)} ⟦2:said⟧.`
        : undefined,
  },
  {
    name: 'wire: "X said in a readout of the call"',
    make: (s) =>
      s.thing && s.named === true && speaker(s) && !s.cls.includes('state media')
        ? `${firstMention(s, 'a', '1', true)} ${said} in a readout of the call that ${CLAUSE}.`
        : undefined,
  },
];

/** A named body that a definite word for its kind refers back to (`the company`, `the trust`). */
const kindWord = (s: Source): boolean =>
  issuer(s) &&
  !!s.thing &&
  /^the [a-z]+$/.test(s.later) &&
  !/report|statement|newspaper/.test(s.later);
/** A named source whose first mention fits inside a comma aside (no apposition of its own). */
const asideIssuer = (s: Source): boolean => issuer(s) && !s.first.endsWith(',');

/**
 * Session 27: documents whose namedness the story gives outside the noun's own words
 * (decisions 15 and 68): a document `from the company` after the story named the company, and a
 * definite document whose issuer stands in a comma aside (`The report, published by X,`); one
 * frame each of the unnamed kind (no body named; an issuer with no name; an outlet that only saw
 * it, decision 14), run once, for the first source class.
 */
const DOC_FRAMES: Frame[] = [
  {
    // session 30: a headline shortens the lede's named source to a word for its kind (decision 88)
    name: 'headline "..., the kind word says" over the lede\'s named body',
    make: (s) =>
      kindWord(s)
        ? `Rents to rise by a fifth, ⟪a1:${s.later.replace(/^the /, '')}⟫ ⟦1:says⟧\n\n${firstMention(s, 'a', '2', true)} ⟦2:said⟧ on Monday that rents would rise by a fifth in May.`
        : undefined,
  },
  {
    name: 'doc: "Figures from the company show"',
    make: (s) =>
      kindWord(s)
        ? `${firstMention(s, 'a', '', true)} ${intro(s)} ⟪d1:Figures from ${s.later}⟫ ⟦1:show⟧ that rents rose by a fifth.`
        : undefined,
  },
  {
    name: 'doc: "according to a letter from the company"',
    make: (s) =>
      kindWord(s)
        ? `${firstMention(s, 'a', '', true)} ${intro(s)} Rents will rise in May, ⟦1:according to⟧ ⟪d1:a letter from ${s.later}⟫.`
        : undefined,
  },
  {
    name: 'doc: "..., data from the company show"',
    make: (s) =>
      kindWord(s)
        ? `${firstMention(s, 'a', '', true)} ${intro(s)} Rents rose by a fifth last year, ⟪d1:data from ${s.later}⟫ ⟦1:show⟧.`
        : undefined,
  },
  {
    name: 'doc: "The report, published by X, says"',
    make: (s) =>
      asideIssuer(s)
        ? `Rents will rise, ⟦according to⟧ a report released on Monday. ⟪d1:The report⟫, published by ${firstMention(s, 'a', '')}, ⟦1:says⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc: "The review, commissioned by X, found"',
    make: (s) =>
      asideIssuer(s)
        ? `Fewer people use the bridge each year. ⟪d1:The review⟫, commissioned by ${firstMention(s, 'a', '')}, ⟦1:found⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc: "The report, by X, warns"',
    make: (s) =>
      asideIssuer(s)
        ? `⟪d1:The report⟫, by ${firstMention(s, 'a', '')}, ⟦1:warns⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc, unnamed: "figures from the operator", none named',
    make: (s) =>
      s === SOURCES[0]
        ? `Trains were late again. The bridge is struck more often than any other, ⟦1:according to⟧ ⟪~d1:figures from the operator⟫.`
        : undefined,
  },
  {
    name: 'doc, unnamed: "The report, written by two residents,"',
    make: (s) =>
      s === SOURCES[0]
        ? `Rents will rise, ⟦according to⟧ a report. ⟪~d1:The report⟫, written by two local residents, ⟦1:warns⟧ that ${CLAUSE}.`
        : undefined,
  },
  {
    name: 'doc, unnamed: "The memo, seen by the Gazette,"',
    make: (s) =>
      s === SOURCES[0]
        ? `Staff were not told. ⟪~d1:The memo⟫, seen by the Harbour Gazette, ⟦1:says⟧ that ${CLAUSE}.`
        : undefined,
  },
  // Session 27 (btsrc27): the science and energy desks, run once (first source class): studies
  // and their authors, models, surveys a named body organised, telemetry, a mission team and a
  // plant's engineers (decisions 68, 83, 122, 142)
  ...[
    [
      'sci: "a survey organised by X found"',
      `Curlews are in decline, ⟪d1:a survey organised by the Northmark Bird Trust⟫ ⟦1:found⟧.`,
    ],
    [
      'sci: "a study led by X ... The trial showed"',
      `Steroids may speed recovery, ⟦according to⟧ a study led by doctors at the Marrow Institute. ⟪d1:The trial⟫ ⟦1:showed⟧ that patients left hospital sooner.`,
    ],
    [
      'sci: "a preprint by researchers at X ... The trial found"',
      `Aspirin may cut strokes, ⟦according to⟧ a preprint posted on Monday by researchers at Velden University. ⟪d1:The trial⟫ ⟦1:found⟧ that fewer patients had a stroke.`,
    ],
    [
      'sci: "The paper, published in the Journal of X, says"',
      `Glaciers are retreating faster. ⟪d1:The paper⟫, published in the Journal of Polar Research, ⟦1:says⟧ that the ice will be gone by 2080.`,
    ],
    [
      'sci: "according to modelling by X"',
      `Demand for power will double by 2040, ⟦1:according to⟧ ⟪d1:modelling by the Tarven Institute⟫.`,
    ],
    [
      'sci: "researchers who were not involved in the study said"',
      `A new drug cut deaths in a small trial. ⟪~d1:Researchers who were not involved in the study⟫ ⟦1:said⟧ the results were promising.`,
    ],
    [
      'sci: "scientists not involved in the research cautioned"',
      `The model suggests the monsoon will weaken. ⟪~d1:Scientists not involved in the research⟫ ⟦1:cautioned⟧ that one model is not enough.`,
    ],
    [
      'sci: "the mission team said" after a named agency',
      `The Orbis Space Agency lost contact with the probe on Monday. ⟪%d1:The mission team⟫ ⟦1:said⟧ the craft was stable.`,
    ],
    [
      'sci: "engineers at the plant said" after a named operator',
      `Dunmore Nuclear shut its reactor at Kelby on Friday. ⟪%d1:Engineers at the plant⟫ ⟦1:said⟧ a valve had failed.`,
    ],
    [
      'sci: "data from the operator show" after a named operator',
      `Harlow Grid runs the network. ⟪d1:Data from the operator⟫ ⟦1:show⟧ that demand peaked at 6pm.`,
    ],
    [
      'sci: "Telemetry showed", no operator named',
      `The probe fell silent on Tuesday. ⟪~d1:Telemetry received overnight⟫ ⟦1:showed⟧ that a thruster had fired.`,
    ],
  ].map(([name, text]): Frame => ({
    name: name!,
    make: (s) => (s === SOURCES[0] ? text : undefined),
  })),
];

interface Cue extends Span {
  n: string;
}
interface Mention extends Span {
  letter: string;
  cues: string;
  named: boolean | 'partial';
}

interface Tally {
  n: number;
  found: number;
  src: number;
  exact: number;
  ent: number;
  /** Sentences with two checked cues, and those whose cues link one entity per source. */
  linkN: number;
  link: number;
}
const tally = (): Tally => ({ n: 0, found: 0, src: 0, exact: 0, ent: 0, linkN: 0, link: 0 });

/** A name without a leading "the", in lower case. */
const bare = (w: string): string => w.replace(/^the /i, '').toLowerCase();

const strip = (w: string): string => w.replace(/^the /i, '').replace(/[,.]$/, '');

function run(): void {
  const args = process.argv.slice(2);
  const showMisses = args.includes('--misses');
  const onlyClass = optionValue(args, '--class');
  const onlyFrame = optionValue(args, '--frame');
  const byFrame = new Map<string, Tally>();
  const byClass = new Map<string, Tally>();
  const all = tally();
  /** The session-25 grid (its sources x its frames) and the wire rows added in session 26. */
  const grid25 = tally();
  const wire = tally();
  const docs = tally();
  const misses: string[] = [];
  let sentences = 0;
  for (const f of [...FRAMES, ...WIRE_FRAMES, ...DOC_FRAMES]) {
    if (onlyFrame && !f.name.includes(onlyFrame)) continue;
    for (const s of [...SOURCES, ...WIRE_SOURCES, ...DOC_SOURCES]) {
      if (onlyClass && s.cls !== onlyClass) continue;
      const marked = f.make(s);
      if (!marked) continue;
      sentences++;
      const { text, marks } = readMarks(marked);
      const cues: Cue[] = [];
      const mentions: Mention[] = [];
      for (const m of marks) {
        if (m.bracket === '⟦')
          cues.push({ start: m.start, end: m.end, n: /^(\d*)/.exec(m.tag)?.[1] ?? '' });
        else if (m.bracket === '⟪') {
          const t = /^([~%]?)([a-z])(\d*):$/.exec(m.tag);
          if (!t) throw new Error(`bad mark in ${marked}`);
          mentions.push({
            start: m.start,
            end: m.end,
            letter: t[2]!,
            cues: t[3]!,
            named: t[1] === '~' ? false : t[1] === '%' ? 'partial' : true,
          });
        }
      }
      const names: Record<string, string> = { a: s.name };
      if (mentions.some((m) => m.letter === 'b'))
        names.b = (s.thing || s.cls === 'two people' ? OTHER_PERSON : OTHER_BODY).name;
      const found = analyze(text, { kinds: ['attribution'] });
      const tf = byFrame.get(f.name) ?? tally();
      const tc = byClass.get(s.cls) ?? tally();
      byFrame.set(f.name, tf);
      byClass.set(s.cls, tc);
      const part =
        DOC_FRAMES.includes(f) || DOC_SOURCES.includes(s)
          ? docs
          : FRAMES.includes(f) && SOURCES.includes(s)
            ? grid25
            : wire;
      const used = new Set<number>();
      const entityOf = new Map<string, Set<string>>();
      const show = `[${f.name} / ${s.cls}] ${JSON.stringify(text)}`;
      const words = (x: Span): string => JSON.stringify(text.slice(x.start, x.end));
      for (const c of cues) {
        const want = mentions.find((m) => m.cues.includes(c.n) && c.n !== '');
        if (!want) continue;
        const fi = found.findIndex((x, j) => !used.has(j) && overlaps(x, c));
        const got: Finding | undefined = fi >= 0 ? found[fi] : undefined;
        if (fi >= 0) used.add(fi);
        const src = got?.source;
        const srcOk =
          !!src && overlaps(src, want) && (want.named === false ? !src.named : !!src.named);
        const exact =
          !!src &&
          strip(text.slice(src.start, src.end)) === strip(text.slice(want.start, want.end));
        const ent = src?.entity;
        // (the display name keeps the text's capital at a sentence start: "A report by ...")
        const expected = names[want.letter];
        const entOk = expected === undefined || (!!ent && bare(ent.name) === bare(expected));
        if (ent) {
          const ids = entityOf.get(want.letter) ?? new Set<string>();
          ids.add(ent.id);
          entityOf.set(want.letter, ids);
        }
        for (const t of [tf, tc, all, part]) {
          t.n++;
          if (got) t.found++;
          if (srcOk) t.src++;
          if (exact) t.exact++;
          if (entOk) t.ent++;
        }
        if (!got) misses.push(`missed cue ${words(c)}  ${show}`);
        else if (!srcOk)
          misses.push(
            `source ${src ? `${words(src)} ${String(src.named)}` : 'none'}, want ${words(want)} ${String(want.named)}  ${show}`,
          );
        else if (!exact) misses.push(`span ${words(src!)}, want ${words(want)}  ${show}`);
        if (got && !entOk)
          misses.push(
            `entity ${ent ? JSON.stringify(ent.name) : 'none'}, want ${JSON.stringify(names[want.letter])}  ${show}`,
          );
      }
      // one entity per source, and none shared between two sources
      const sets = [...entityOf.values()];
      const linked =
        sets.every((ids) => ids.size === 1) &&
        new Set(sets.map((ids) => [...ids][0])).size === sets.length;
      if (cues.filter((c) => c.n !== '').length > 1 && sets.length > 0) {
        for (const t of [tf, tc, all, part]) {
          t.linkN++;
          if (linked) t.link++;
        }
        if (!linked) misses.push(`linking ${JSON.stringify(sets.map((x) => [...x]))}  ${show}`);
      }
    }
  }
  const row = (name: string, t: Tally): string =>
    `${name.padEnd(40)} ${String(t.n).padStart(4)} ${pct(t.found, t.n)} ${pct(t.src, t.found)} ${pct(t.exact, t.found)} ${pct(t.ent, t.found)} ${pct(t.link, t.linkN)}`;
  const head = (first: string): string =>
    `${first.padEnd(40)} cues  found src ok  exact entity linked`;
  console.log(
    `${sentences} sentences (${SOURCES.length + WIRE_SOURCES.length + DOC_SOURCES.length} source classes x ${FRAMES.length + WIRE_FRAMES.length + DOC_FRAMES.length} frames)\n`,
  );
  console.log(head('frame'));
  for (const [name, t] of byFrame) console.log(row(name, t));
  console.log(`\n${head('source class')}`);
  for (const [name, t] of byClass) console.log(row(name, t));
  console.log(`\n${row('session-25 grid', grid25)}`);
  console.log(row('wire rows (session 26)', wire));
  console.log(row('document and issuer rows (s. 27)', docs));
  console.log(row('all', all));
  console.log(
    '\n(found: share of checked cues found; src ok: of those found, source overlapping and agreeing on `named`;\n exact: source words as marked; entity: display name right;\n linked: of sentences with two checked cues, those with one entity per source and none shared)',
  );
  if (showMisses) {
    console.log(`\nfailures (${misses.length}):`);
    for (const m of misses) console.log(`  ${m}`);
  }
}

run();
