/**
 * Coordinated verbs whose first conjunct the subject search misread: a perfect first conjunct
 * before a present reporting verb ("Parents have gathered signatures and say"), and a noun in -s
 * after a verb that a reporting verb's third person reads as a verb ("collected reports and
 * found"). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the subject shared across coordinated verbs', () => {
  test.each([
    ['Tenants have gathered 600 signatures and say the sale is unlawful.', 'say', 'Tenants'],
    ['The guild has polled its members and says most oppose the merger.', 'says', 'The guild'],
    [
      'The charity collected reports from 40 towns and found that most thefts happened at night.',
      'found',
      'The charity',
    ],
    [
      'The panel received claims and concluded that the tender was flawed.',
      'concluded',
      'The panel',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: a perfect in a reported clause is not the speaker's, and a past after the
  // conjunction keeps the older reading
  test.each([
    ['Officials said the firm has cut jobs and says it will grow.', 'says', 'Officials'],
    ['The mayor has resigned and said she was proud of the town.', 'said', 'The mayor'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near miss: a list of objects joins nouns, so no verb after its `and` shares the subject
  test('a list before the conjunction', () => {
    expect(
      cueSource('The leaked file contained names, phone numbers and detailed maps.', 'detailed'),
    ).toBeUndefined();
  });
});
