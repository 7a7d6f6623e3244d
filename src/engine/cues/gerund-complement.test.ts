import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences (session 25, from a saved news page's "made predicting the far future a
// fool's errand"): an -ing cue right after make, find, deem or consider is the gerund object of
// a verb that takes an object and its complement; nobody is credited with saying anything.

describe('a gerund object of make, find, deem or consider is no cue', () => {
  test.each([
    'The fog made forecasting the weather a gamble.',
    'Critics found predicting his moves impossible.',
    'Regulators deemed warning the public unnecessary.',
    'The board considers announcing results early a risk.',
    'The new rules are making reporting abuse harder.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['He keeps saying that the plan will work.', 'saying'],
    ['The mayor made clear that he would run.', 'made clear'],
    ['Inspectors found that the wiring was unsafe.', 'found'],
  ])('a saying or a finding stays: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
