/**
 * Sources whose namedness the story gives outside the noun's own words (decisions 15, 65 and 68
 * of the labelled sets): a document `from the operator` or `from the company` after the story
 * named that body, a definite document whose issuer stands in a comma aside (`The report,
 * prepared by council finance officers,`), and a firm or family named by two capitalised names
 * joined by a hyphen (`Halden-Rossi`), which is no people or nationality though its last part ends
 * in `-i`. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a document from a body the story named by the word for its kind is named', () => {
  test.each([
    [
      'Trackway Northern said engineers had checked the bridge. The bridge is struck more often than any other, according to figures from the operator.',
      'according to',
      'figures from the operator',
    ],
    [
      'Corran Insurance raised its premiums in March. A letter from the company said the rise was needed to cover flood claims.',
      'said',
      'A letter from the company',
    ],
    [
      'Brellow Foods cut 200 jobs last year. Data from the firm show that sales fell by a fifth.',
      'show',
      'Data from the firm',
    ],
    [
      'The Ostrel Housing Association manages 4,000 homes. Figures from the association suggest repair waits have doubled.',
      'suggest',
      'Figures from the association',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // no body of that kind was named
    [
      'Trains were late again. The bridge is struck more often than any other, according to figures from the operator.',
      'according to',
      'figures from the operator',
    ],
    // a family or a survey is no named body
    [
      'Corran Mutual raised its premiums. A letter from the family said the rise was unfair.',
      'said',
      'A letter from the family',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a definite document takes the issuer of its comma aside', () => {
  test.each([
    [
      'Marrowby Council must find savings, according to a report published on Monday. The report, by Marrowby Council, warns that reserves could run out.',
      'warns',
      'The report',
    ],
    [
      'Fewer people attend each year. The review, commissioned by the Diocese of Harnmouth, found that the roof was failing.',
      'found',
      'The review',
    ],
    [
      'Marrowby Council must find savings, according to a report due to be published on Monday. The report, prepared by council finance officers for the cabinet, warns that reserves could run out.',
      'warns',
      'The report',
    ],
    // a participle with its particle and a time before the issuer
    [
      'Claimants were misled, according to an internal review. The review, carried out last autumn by the Welfare Ministry, found that one answer in five was wrong.',
      'found',
      'The review',
    ],
    [
      'Patients waited longer than promised, according to an assessment seen by the Tribune. The assessment, drawn up in March by the Orran Health Board, says 300 operations were delayed.',
      'says',
      'The assessment',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // an unnamed issuer, or an outlet that only saw it (decision 14)
    [
      'Prices will rise, according to a report. The report, written by two local residents, warns that reserves could run out.',
      'warns',
      'The report',
    ],
    [
      'Staff were not told. The memo, seen by the Harbour Gazette, says the ward will close.',
      'says',
      'The memo',
    ],
    [
      'Staff were not told. The memo, obtained last week by the Harbour Gazette, says the ward will close.',
      'says',
      'The memo',
    ],
    [
      'Prices will rise, according to a survey. The survey, carried out in May by volunteers, found that bills had doubled.',
      'found',
      'The survey',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('a double-barrelled name in -i is a firm or family, not a people', () => {
  test.each([
    [
      'A Halden-Rossi spokesperson said all valid invoices were being paid on time.',
      'said',
      'A Halden-Rossi spokesperson',
      'partial',
    ],
    [
      'The Marlow-Ferrari joint venture has notified the client of a compensation event.',
      'has notified',
      'The Marlow-Ferrari joint venture',
      true,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });

  test.each([
    // compound peoples: a first part that is a people or ends in -o
    [
      'Two Anglo-Pakistani officials said the talks had stalled.',
      'said',
      'Two Anglo-Pakistani officials',
    ],
    ['An Indo-Fijian official said the vote was fair.', 'said', 'An Indo-Fijian official'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
