import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// What an unnamed source tells is under way is a particular act: new people or bodies doing it in
// a progressive, present or past, act (not a trend, which no source is credited with, nor people
// who only arrive or wait).
describe('people doing something in what a source tells', () => {
  test.each([
    [
      'Some bondholders are pushing for a debt swap, according to a person involved in the talks.',
      'Some bondholders',
    ],
    [
      'Bondholders are weighing legal action against the city, three people familiar with the matter said.',
      'Bondholders',
    ],
    [
      'Some residents are reportedly leaving the camp at night, two aid workers said.',
      'Some residents',
    ],
    ['Smaller members were pushing back on the cut, one delegate said.', 'Smaller members'],
    [
      'A rival lender is quietly courting the board, a person close to the company said.',
      'A rival lender',
    ],
    [
      'Several landlords are lobbying against the rule, according to an official.',
      'Several landlords',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no source: a trend
    ['Teachers are leaving the profession in record numbers.', 'Teachers'],
    // people who only arrive or wait
    ['Students were arriving exhausted, one teacher said.', 'Students'],
    ['Relatives are gathering outside the hospital, a nurse said.', 'Relatives'],
    // what befalls them
    ['Some tenants are struggling with the new rents, a caseworker said.', 'Some tenants'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
