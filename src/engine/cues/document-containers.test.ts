/**
 * "in a letter", "in the report" only hold something when they follow a verb of appearing or
 * taking part ("Her name appears in the report", "not involved in the report", "surfaced last
 * month in a letter"): no act of saying, no cue. As the
 * medium of a speech act ("said in a letter", "In a letter to the journal, ... argue") and as
 * "in a statement" they stay cues.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const inPhrases = (text: string): string[] =>
  spans(text, 'attribution').filter((c) => /^in /i.test(c));

describe('a document phrase that only holds something is no cue', () => {
  test.each([
    'Her name appears in the report but has been withheld by the paper.',
    'Researchers not involved in the report said its methods appeared sound.',
    'The allegations first surfaced last month in a letter to the board.',
    'The clause was buried in a memo to staff, a manager said.',
    'His name featured in an email between the two directors, the court heard.',
  ])('%s', (text) => {
    expect(inPhrases(text)).toEqual([]);
  });
});

describe('the medium of a speech act stays a cue', () => {
  test.each([
    ['The ministry said on Monday in a letter that the plan was dead.', 'in a letter'],
    [
      'In a letter to the journal, a group of statisticians argue that the study was flawed.',
      'In a letter',
    ],
    ['The company said in a statement that it would appeal.', 'in a statement'],
    ['Ruiz wrote to the minister in a letter seen by the Gazette.', 'in a letter'],
    ['The firm confirmed the delay in a filing with the regulator.', 'in a filing'],
  ])('%s', (text, cue) => {
    expect(inPhrases(text)).toContain(cue);
  });
});
