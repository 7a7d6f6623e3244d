/**
 * Session 43: the outcome of a vote or a count that "showed" a clause states a finding read from
 * it (decision 10's results): "said the result showed that voters wanted change". The outcome
 * with only a thing after it, and an event that shows, stay no cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('the outcome of a vote or a count read with a clause', () => {
  test.each([
    ['Okonjo said the result showed that the town wanted the library kept open.', 'showed'],
    ['The rebels said the margin showed the government was losing its grip.', 'showed'],
    [
      'A party strategist said the turnout suggested younger voters had stayed at home.',
      'suggested',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The 2-1 result showed the gap between the two squads.',
    'The result showed a swing of four points to the challenger.',
    'The storm showed that the sea wall was too low.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
