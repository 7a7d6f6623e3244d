import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('people placed by a prepositional phrase open their clause, and the verb after it is theirs', () => {
  test.each([
    ["Some spectators at Saturday's derby threw coins at the linesman.", 'Some spectators'],
    [
      'About thirty parents from schools across the northern district marched on the town hall.',
      'About thirty parents from schools',
    ],
    ["Dozens of parents at Monday's meeting walked out before the vote.", 'Dozens of parents'],
    ['A tenant in the block beside the depot filmed the lorry leaving at dawn.', 'A tenant'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  // a placed class with no act of its own: what it will pay or wants, or what befell it
  test.each([
    'Voters in the county will decide on the school levy in May.',
    'Households across the region will pay more for water from April.',
    'Residents of the estate want a new bus stop.',
    'Some patients at the clinic died within a week.',
    // (a number after the preposition is a version or a year, no place)
    'The updated composer in 2.8 now has a full-screen mode.',
  ])('%s', (text) => {
    expect(found(text)).toBe('');
  });
});
