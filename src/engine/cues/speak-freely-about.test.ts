/**
 * A topic verb with a manner adverb before its topic ("speak freely about", "talked frankly
 * of") keeps its topic (point 338's talk with a topic, required); "to speak freely" alone is a
 * reason for anonymity, no telling.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a manner adverb between a topic verb and its topic', () => {
  test.each([
    ['In the village pubs, farmers speak freely about the stolen water.', 'speak'],
    ['The two former managers talked frankly about the losses.', 'talked'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'Feel free to speak freely.',
    'Two drivers requested anonymity so they could speak freely.',
  ])('no telling: %s', (text) => {
    expect(spans(text, 'attribution').filter((c) => /speak/.test(c))).toEqual([]);
  });
});
