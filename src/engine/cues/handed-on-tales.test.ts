/**
 * Session 41: "Legend has it that", "rumour has it" and "The story goes that" hand a clause to
 * unspecified tellers (the session 26 point on them): a required cue over the phrase with no
 * source. A story that goes somewhere, or on, tells nothing.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a tale handed on by unspecified tellers', () => {
  test.each([
    ['Legend has it that the bridge was built in a single night.', 'Legend has it'],
    ['In the valley, rumour has it the quarry will reopen.', 'rumour has it'],
    ['The story goes that he sold the farm for a horse.', 'The story goes'],
    ['He once sang for a king, the story goes.', 'the story goes'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(seen(text, 'attribution').find((c) => c.text === cue)?.source).toBeUndefined();
  });

  test.each([
    'The story goes back to 1990.',
    'The story goes on for another ten pages.',
    'She is a legend in the town.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
