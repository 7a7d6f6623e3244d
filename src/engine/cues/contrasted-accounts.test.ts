/**
 * Idioms of giving an account set against another: "tell a different story", "paint a starker
 * picture", "gave a different picture". The verb and its noun are one cue of the subject, but
 * only with a word of contrast or a comparative: a story told or a picture painted is otherwise
 * no account of the story's events.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('an account in contrast is a cue', () => {
  test.each([
    ['Night-shift nurses tell a different story.', 'tell a different story', 'Night-shift nurses'],
    ['Her friends tell a very different story.', 'tell a very different story', 'Her friends'],
    ['Local traders gave a different picture.', 'gave a different picture', 'Local traders'],
    ['Regional figures paint a bleaker picture.', 'paint a bleaker picture', 'Regional figures'],
    [
      'Opposition economists painted a far gloomier picture of the budget.',
      'painted a far gloomier picture',
      'Opposition economists',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution')).toContainEqual(
      expect.objectContaining({ text: cue, source }),
    );
  });

  test.each([
    'He painted a picture of the harbour at dawn.',
    'She gave a picture to the museum.',
    'The film tells the story of a boy who runs away.',
    'Her uncle gave a bigger picture frame to the school.',
  ])('no cue without a contrast: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
