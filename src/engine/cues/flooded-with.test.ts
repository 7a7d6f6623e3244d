/**
 * Point 335: complaints or questions that a crowd floods a body or its pages with are a noun cue
 * whose source is the flooder ("Fans swamped the club's pages with complaints"). Water and
 * goods that flood a place are no cue, and a passive hides who flooded.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('words a crowd floods a body with', () => {
  test.each([
    [
      "Furious shoppers swamped the store's pages with complaints.",
      'complaints',
      'Furious shoppers',
    ],
    ['Parents have inundated the school with questions.', 'questions', 'Parents'],
  ])('%s', (text, cue, source) => {
    const found = seen(text, 'attribution').find((c) => c.text === cue);
    expect(found?.source).toBe(source);
  });

  test.each([
    'Heavy rain flooded the valley with water.',
    'Importers swamped the market with cheap steel.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
