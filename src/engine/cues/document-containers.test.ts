/**
 * "in a letter", "in the report" only hold something when they follow a verb of appearing or
 * taking part ("Her name appears in the report", "not involved in the report", "surfaced last
 * month in a letter"): no act of saying, no cue. As the medium of a speech act ("said in a
 * letter", "In a letter to the journal, ... argue") they are left to the verb, an optional cue at
 * most (decision 33); "in a statement" and "in a press release" stay cues.
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

describe('beside the verb of its speech act, a medium is left to the verb (decision 33)', () => {
  test.each([
    ['The ministry said on Monday in a letter that the plan was dead.', 'said'],
    [
      'In a letter to the journal, a group of statisticians argue that the study was flawed.',
      'argue',
    ],
    ['Ruiz wrote to the minister in a letter seen by the Gazette.', 'wrote'],
    ['The firm confirmed the delay in a filing with the regulator.', 'confirmed'],
    ['In a post on its blog, the bank blamed a faulty update.', 'blamed'],
    ['Brokers at Hale Capital wrote in a note to clients that the shares were cheap.', 'wrote'],
  ])('%s', (text, verb) => {
    expect(inPhrases(text)).toEqual([]);
    expect(spans(text, 'attribution')).toContain(verb);
  });
});

describe('"in a statement" and "in a press release" stay cues beside a verb', () => {
  test.each([
    ['The company said in a statement that it would appeal.', 'in a statement'],
    ['In a brief statement, the club said the manager had left.', 'In a brief statement'],
    ['The insurer reported a loss in a press release on Tuesday.', 'in a press release'],
  ])('%s', (text, cue) => {
    expect(inPhrases(text)).toContain(cue);
  });
});
