/**
 * The condition of anonymity in its open forms (decision 13; the guideline's fixed phrase "on
 * condition of anonymity"): whose name stays out is said in any words, so the condition is a
 * clause of a few words and its negated naming, not a list of pronouns.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a condition of anonymity in open words is one cue', () => {
  test.each([
    [
      'One agency consultant, who spoke on condition that she and her employer not be identified, said branches were under pressure.',
      'on condition that she and her employer not be identified',
    ],
    [
      'A sovereign fund joined the round, one of the people said, speaking on condition that the fund not be named.',
      'on condition that the fund not be named',
    ],
    [
      'One pilot, speaking on condition he was not identified, told the Gazette the closure was political.',
      'on condition he was not identified',
    ],
    [
      'A senior doctor, who spoke to us on the condition that she was not identified, said the memo was vague.',
      'on the condition that she was not identified',
    ],
    [
      'A former contractor spoke to us on the condition that we not name him.',
      'on the condition that we not name him',
    ],
    [
      'A manager, speaking on condition that her name not be used, said sales had fallen.',
      'on condition that her name not be used',
    ],
    [
      'Two officers, speaking on condition they remain anonymous, said morale was poor.',
      'on condition they remain anonymous',
    ],
    [
      'A clerk, who spoke on condition of not being named, said the files were lost.',
      'on condition of not being named',
    ],
    [
      "Three nurses, speaking on condition that their employers wouldn't be named, said wards were short-staffed.",
      "on condition that their employers wouldn't be named",
    ],
  ])('%s', (text, cue) => {
    const found = seen(text, 'attribution').find((f) => f.text === cue);
    expect(found).toBeDefined();
    // whose anonymity: the clause's unnamed speaker
    expect(found?.named).toBe(false);
  });
});

describe('a condition that is not anonymity is no cue', () => {
  test.each([
    'He was freed on condition that he not contact the witnesses.',
    'The land was sold on the condition that it not be built on.',
    'She agreed on condition that the council not raise rents.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((s) => s.includes('condition'))).toEqual([]);
  });
});
