/**
 * `object` voices disapproval: with its target after `to` ("objected to the timing") or alone
 * ("Several readers objected"), it is a cue of its speaker (point 202's objection with its
 * topic); the noun `object` stays none.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../../test-helpers';

describe('objecting to something is a cue', () => {
  test.each([
    ['Residents object to 80-home plan on river meadow', 'object', 'Residents'],
    ['Several listeners also objected to the new schedule.', 'objected', 'Several listeners'],
    ['Two governors privately objected to the timing of the vote.', 'objected', 'Two governors'],
    [
      'The scheme was dropped after local farmers objected to its cost.',
      'objected',
      'local farmers',
    ],
    ['Several parents objected.', 'objected', 'Several parents'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({ text: cue, source }),
    );
  });

  test.each([
    'The object of the game is to score.',
    'He kept the object in a drawer.',
    'The objects were returned to the museum in June.',
    'The storm slammed into the coast overnight.',
    'Under the rules, shareholders can object to the deal.',
    'Any resident may object within 21 days.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
