/**
 * A passive cue whose quoted charge or label stands before its `by` agent ("was accused of
 * “misleading MPs” by the opposition", "was flagged as “high risk” by an inspector") takes the
 * agent as its source, as without the quotation. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a quoted charge or label before the agent', () => {
  test.each([
    [
      'The housing minister was accused of "ducking the question" by Councillor Rhona Tate.',
      'was accused',
      'Councillor Rhona Tate',
    ],
    ['The bridge was flagged as "unsafe" by an engineer in 2021.', 'was flagged', 'an engineer'],
    [
      'The budget was called "a fantasy" by several economists.',
      'was called',
      'several economists',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: `by` and a time after the quotation, and an agent set off by a comma
  test.each([
    ['The file was labelled "secret" by the time it reached the minister.', 'labelled'],
    ['The merger was branded "a betrayal", by some accounts.', 'branded'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)).toBeUndefined();
  });
});
