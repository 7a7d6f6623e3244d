/**
 * Decision 86's "backed her account": a verb that bears out or belies an account or a claim
 * (`back`, `support`, `contradict`) is a cue, said of people and of evidence alike, active or
 * passive with its agent. Backing a plan, supporting a team, a car backed into a garage and a
 * claim for payment are none.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('an account borne out or belied', () => {
  test.each([
    ['Two neighbours backed her account.', 'backed her account', 'Two neighbours'],
    [
      'Phone records contradicted his version of events.',
      'contradicted his version',
      'Phone records',
    ],
    ['A leaked memo appears to support the claims.', 'support the claims', 'A leaked memo'],
    ['His account was supported by two witnesses.', 'His account was supported', 'two witnesses'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test('a claim with its own giver is the cue', () => {
    expect(
      sourceText('The memo contradicts assurances from the Education Ministry.', 'assurances'),
    ).toBe('the Education Ministry');
  });

  test.each([
    'The union backed the strike.',
    'He backed the car into the garage.',
    'Fans support the team through thick and thin.',
    'The new phone can support two accounts.',
    'The scheme supports claims for housing relief.',
    'Money was taken from her account.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
