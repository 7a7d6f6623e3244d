/**
 * A clausal verb whose object is characterised with `as` and the subject's own words, a
 * quotation or `too` + a word, reports that judgement (decision 107 of the labelled sets:
 * "described X as Y" credits the characterisation): "rejected a pay offer as 'insulting'", with
 * the object fronted or a pronoun; not a role or a plain noun after `as`.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('a characterisation with `as` makes a clausal verb report', () => {
  test.each([
    ['The union has rejected a 4 percent pay offer as "insulting".', 'has rejected', 'The union'],
    ['The club rejected the bid as too low.', 'rejected', 'The club'],
    ['The ministry considered a rebate but rejected it as too costly.', 'rejected', 'The ministry'],
    [
      'It was a proposal the tenants rejected as "a sham", their lawyer said.',
      'rejected',
      'the tenants',
    ],
  ])('%s', (text, cue, source) => {
    const found = seen(text, 'attribution').find((c) => c.text === cue);
    expect(found?.source).toBe(source);
  });

  test.each([
    'The party rejected him as chairman.',
    'The board rejected the proposal as part of a wider review.',
    'The council rejected the plan as Greenfield land.',
  ])('no cue without the subject\u2019s words after `as`: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
