/**
 * Session 31: data that show a finding (decision 10 of the labelled sets) include counts,
 * readings, gauges and an index, and a tag of a document or data with the participle of its
 * release ("..., figures published on Thursday by the office show,") tags the clause before it
 * however long the participle's adjuncts run. A result of a match that "showed" a gulf and a
 * phrase ending a list ("the TV show") are not cues.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('data and instruments that show a finding', () => {
  test.each([
    ['The first count showed a margin of 29 votes.', 'showed'],
    [
      'The readings, from four monitors near the runway, show peak levels above 70 decibels.',
      'show',
    ],
    ['The agency said its gauges had shown a sudden rise in the river.', 'had shown'],
    [
      'Rents rise for a sixth month as costs bite, Harlow index shows\n\nRents rose in May.',
      'shows',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['The 3-0 result showed the gulf between the sides.', 'They watched it, the TV show.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});

describe('a document tag with the participle of its release', () => {
  test.each([
    'Pass rates fell for a second year, figures published on Thursday by the Schools Standards Office show, as the board had expected.',
    'A large iceberg has broken away from the shelf, satellite images released on Tuesday show, ending a long watch.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toContain('show');
  });

  test('a stretch that is no document stays a noun', () => {
    expect(spans('He kept the tickets, the ones sold at the door show.', 'attribution')).toEqual(
      [],
    );
  });
});

describe('a register that shows an entry', () => {
  // session 41: a public register (of lobbyists, of interests, of companies) shows what is
  // entered in it, like records and filings
  test.each([
    ['The adviser is not registered to lobby the ministry, the register shows.', 'shows'],
    ['Fund hires former minister as adviser, lobbying register shows\n\nThe fund said.', 'shows'],
    ['The register of interests shows that she owns two flats.', 'shows'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each(['Voters must register by Friday.', 'The register was closed in May.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );
});
