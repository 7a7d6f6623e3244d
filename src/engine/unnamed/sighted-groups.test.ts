/**
 * A bare group a witness or a recording caught at an act (perceived.ts): the object of a verb of
 * sighting with an -ing participle after it, or the subject of an absolute clause after `, with`,
 * a workforce's collective noun included. What the guideline and eval/labelled/DECISIONS.md
 * require: a group that acts in the story is a required `unnamed` (decisions 85, 146, 147);
 * what a speaker describes or recalls of a class, or a present habit, tells of no act of the
 * story (decision 17) and stays unflagged, as do the public and a market (decisions 90, 99).
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a bare group seen, filmed or caught at an act is an unnamed actor', () => {
  test.each([
    [
      'Customers at a pharmacy in Ardley filmed staff throwing boxes of tablets into a skip.',
      'staff',
    ],
    [
      'A neighbour said she had seen labourers in white overalls carrying sacks out of the house.',
      'labourers in white overalls',
    ],
    [
      'Surgeons at one clinic described chaos in the theatres, with staff running blood tests by hand.',
      'staff',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a speaker's description of a class, a present habit, a market
    ['A teacher described pupils checking their phones every few minutes.', 'pupils'],
    ['Parents see teenagers scrolling late into the night.', 'teenagers'],
    ['The footage, shot on Friday, filmed shoppers queuing outside the store.', 'shoppers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
