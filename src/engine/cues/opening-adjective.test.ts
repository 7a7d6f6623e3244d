/**
 * A past form opening a sentence before a bare plural noun and that noun's verb is an adjective
 * ("Worried parents can call the helpline"), no cue; before a clause or a phrase of its own it
 * stays the verb or participle it was.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an opening participle adjective is no cue', () => {
  test.each([
    'Worried tenants can call the council hotline.',
    '"Determined smugglers will always find a way," the inspector said.',
    'Concerned shoppers have been queueing since dawn.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c !== 'said')).toEqual([]);
  });

  test.each([
    ['Worried that the mill would close, workers called a meeting.', 'Worried'],
    ['Asked about the delay, the minister blamed the weather.', 'blamed'],
    ['The worried tenants said the damp had spread.', 'said'],
  ])('still a cue: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
