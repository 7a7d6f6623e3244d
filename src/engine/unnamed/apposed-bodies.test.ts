import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body described between commas after an acting subject does what the subject does
// (apposed-bodies.ts).

describe('a body apposed to an acting subject acts', () => {
  test.each([
    [
      'The bank’s owners, a group of pension funds, agreed to sell their stake.',
      'a group of pension funds',
    ],
    [
      'The bank’s distributor, a family-owned firm in the north, has since stopped supplying it.',
      'a family-owned firm in the north',
    ],
    [
      'Two bidders have withdrawn, and one, a regional utility, is said to have lodged a complaint.',
      'a regional utility',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a subject acted upon
    [
      'The bank’s distributor, a family-owned firm in the north, was sold last year.',
      'a family-owned firm in the north',
    ],
    // after a bare definite, a body the story named
    ['The company, a maker of pumps, said profits rose.', 'a maker of pumps'],
    // an object, not a subject
    [
      'The board thanked its owners, a group of pension funds, at the dinner.',
      'a group of pension funds',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});

// position.ts participleAside: an aside that is a reduced relative ("formed after a split", "based
// in Leeds") leaves the phrase's own verb after its closing comma.
describe('a subject past a participle aside acts', () => {
  test.each([
    ['A second firm, based in Leeds, has also withdrawn its bid.', 'A second firm'],
    [
      'One of the companies, registered to a flat in Dover, placed orders worth $3 million.',
      'One of the companies',
    ],
    [
      'A rival faction, formed after a split in 2021, is thought to control the docks.',
      'A rival faction',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // acted upon past the aside
    ['A second firm, based in Leeds, was sold last year.', 'A second firm'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
