import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// content-subject.ts's `shareOfGroup`: `many`, `most`, `other`, `scores of` before particular
// people who did something, as `several` does
describe('a share of a group as the subject of a past act', () => {
  test.each([
    ['Many shoppers stayed away from the market on Saturday.', 'Many shoppers'],
    ['Most tenants agreed to the new terms last week.', 'Most tenants'],
    ['Other farmers refused to sell their land.', 'Other farmers'],
    ['Scores of villagers protested outside the court.', 'Scores of villagers'],
    ['Most commuters switched to the bus last week.', 'Most commuters'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test.each([
    // a habit, the public, a people, a measure, a share that did not act
    ['Many shoppers prefer to pay in cash.', 'Many shoppers'],
    ['Many voters backed the plan in 2019.', 'Many voters'],
    ['Many people stayed away from the polls.', 'Many people'],
    ['Many Syrians fled the fighting.', 'Many Syrians'],
    ['It was not clear how many residents had left.', 'many residents'],
    [
      'The true figure is higher because many older residents never registered.',
      'many older residents',
    ],
    ['Many tenants stayed home during the storm.', 'Many tenants'],
  ])('not: %s', (text, span) => {
    expect(spans(text, 'unnamed')).not.toContain(span);
  });
});
