/**
 * Session 40: a clause that stands before a speaker placed after it ("The archive listed every
 * donor, the curator, Mila Rask, told the paper") is the content, not the speaker. A document
 * and the participle after it fill a segment only as a reduced relative ("An internal audit seen
 * by the Record, carried out last year, warned"), not when the participle is a finite verb with
 * its object ("The archive listed every donor") or a modifier followed by the clause's own verb
 * ("Files taken from the office showed that ..."), nor a year after a subordinator used as a
 * preposition (`since 2015`, `as early as 2019`); an -ing form whose object is a quotation
 * (", citing “fatigue”,") is a participle clause, not the speaker either.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, sourceText } from '../test-helpers';

describe('the speaker after a clause that ends in a comma', () => {
  test.each([
    // a document's past verb and its object
    [
      'The spreadsheet held the home addresses of 4,000 members, the analyst, Petra Lind, told the Courier.',
      'told',
      'the analyst, Petra Lind',
    ],
    [
      'The register listed every donor of the past decade, the charity’s treasurer, Omar Bekele, said.',
      'said',
      'the charity’s treasurer, Omar Bekele',
    ],
    // a reduced relative on a document, then the clause's own verb
    [
      'Files taken from the depot showed that drivers had been warned in 2021, the agency’s lawyer, Iris Moen, told the court.',
      'told',
      'the agency’s lawyer, Iris Moen',
    ],
    // a subordinator used as a preposition of time opens no clause whose subject is a year
    [
      'The register listed every donor since 2015, the charity’s treasurer, Omar Bekele, said.',
      'said',
      'the charity’s treasurer, Omar Bekele',
    ],
    [
      'Files taken from the depot showed that drivers had been warned as early as 2019, the agency’s lawyer, Iris Moen, told the court.',
      'told',
      'the agency’s lawyer, Iris Moen',
    ],
    // an -ing form and its quoted object
    [
      'The band has cancelled its autumn dates, citing “sheer fatigue”, its manager, Ruth Calder, said on Monday.',
      'said',
      'its manager, Ruth Calder',
    ],
    [
      'Quoting “Hamlet”, the director, Ana Veld, said the play was about doubt.',
      'said',
      'the director, Ana Veld',
    ],
    [
      'The mayor withdrew the plan, calling it “unworkable”, a city spokesman said.',
      'said',
      'a city spokesman',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    // a reduced relative with `to` and a month is no clause of its own
    [
      'A slide deck presented to managers in May, a copy of which was seen by the Courier, describes the team as "a cost".',
      'describes',
      'A slide deck presented to managers in May',
    ],
    // a pronoun after the quoted -ing clause stays the speaker
    ['The club sacked its coach, citing “a loss of trust”, she said.', 'said', 'she'],
    // a document and its reduced relative still fill the segment
    [
      'An internal audit seen by the Record, carried out last year, warned of heavy losses.',
      'warned',
      'An internal audit seen by the Record',
    ],
    [
      'A confidential report prepared for the board, and seen by the Courier, warned of delays.',
      'warned',
      'A confidential report prepared for the board',
    ],
  ])('still the phrase: %s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
