/**
 * Session 41: querying a stated figure or finding disputes it (point 291's "queried a score",
 * decision 148), a cue like "questioned the decision"; a query put to a database is a search,
 * and the noun `queries` with no content is no verb.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('querying a figure', () => {
  test.each([
    ['Two teachers queried the marks in March.', 'queried', 'Two teachers'],
    ['A pensioner queried a payment on her statement.', 'queried', 'A pensioner'],
    ['The union has queried whether the savings are real.', 'has queried', 'The union'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'Analysts queried the database for matches.',
    'The helpline handles 400 queries a day.',
    'Queries about the scheme should go to the council.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
