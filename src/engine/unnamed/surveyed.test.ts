import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Whom a survey or a poll asked, counted (surveyed.ts): people or bodies the story relies on for
// answers, and does not name.

describe('counted people a survey or poll asked', () => {
  test.each([
    [
      'Rates will rise, according to a poll of 25 economists by the Harbour Ledger.',
      '25 economists',
    ],
    [
      'Most had cut staff, according to a survey of 300 headteachers by the Heads Union.',
      '300 headteachers',
    ],
    ['The federation polled 1,100 farmers in the spring.', '1,100 farmers'],
    ['A canvass of about 60 landlords suggested rents would climb.', 'about 60 landlords'],
    ['The chamber surveyed more than 200 retailers before the budget.', 'more than 200 retailers'],
    [
      'A survey of 90 hospital pharmacists by the Kelm Pharmacy Guild showed shortages.',
      '90 hospital pharmacists',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the public in general
    ['A survey of 1,000 registered voters found the race tied.', '1,000 registered voters'],
    ['The institute polled 2,000 adults by telephone.', '2,000 adults'],
    // a study's sample, measured, not asked
    ['A study of 5,000 nurses found that night shifts raised the risk.', '5,000 nurses'],
    // not a count
    ['A survey of the economists was published on Monday.', 'the economists'],
    // not a survey
    ['The minister met 40 headteachers on Monday.', '40 headteachers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

describe('a bare plural a named body surveyed is whom it asked', () => {
  test.each([
    [
      'Prices held steady, according to a survey of agents by the estate firm Callow & Reed.',
      'agents',
    ],
    [
      'Yields will fall, according to a survey of growers by the Plains Grain Association.',
      'growers',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the public in general, people of a named body, and a group the story may know
    ['A survey of voters by the Ledger found support had slipped.', 'voters'],
    ['A survey of Lindqvar Bank economists found that rates would rise.', 'economists'],
    ["A survey of the region's farmers by the Ledger found that costs had risen.", 'farmers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
