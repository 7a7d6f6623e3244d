/**
 * Comments and remarks with their owner are a speech act like "her warnings" (set-bf's point 17:
 * "Fairweather's comments"): the owner is the source. A page's comments section is a place, no
 * speech act; after a bare possessive (`his comments`) they are often only a topic, and left.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('comments and remarks with their owner', () => {
  test.each([
    ["The mayor declined to respond to Okafor's comments.", 'comments', 'Okafor'],
    ["The coach's remarks drew a rebuke from the league.", 'remarks', 'The coach'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    "The site's comments section was closed.",
    'Readers left hundreds of posts in its comments section.',
    "Facebook's comments feature was switched off.",
    'His comments on a podcast had not gone down well.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
