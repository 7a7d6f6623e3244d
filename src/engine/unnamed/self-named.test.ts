import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { spans } from '../test-helpers';

describe('a self-chosen alias withholds who the group is (decisions 89 and 163)', () => {
  test.each([
    ['A gang calling itself Red Tide claimed the raid on Friday.', 'A gang'],
    [
      'An extortion crew calling itself Pale Heron has claimed responsibility for the outage at the water board.',
      'An extortion crew',
    ],
    [
      'The clinic said its records were encrypted overnight. A group calling itself Moth Lantern posted a ransom note on Monday.',
      'A group',
    ],
    [
      'Two online sellers calling themselves Quill Brothers offered the stolen cards for sale.',
      'Two online sellers',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the repeat of a group met under an alias, or with a participle and its complement, is
    // the same withheld actor (decision 177)
    [
      'A group calling itself Pale Heron posted the files on Monday. The group demanded a ransom of two million crowns.',
      'The group',
    ],
    [
      'A union representing the cleaners walked out on Monday. The union demanded a pay rise.',
      'The union',
    ],
  ])('repeat: %s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('the alias gives the source no name', () => {
    const text = 'A group calling itself Ember Kite said it had copied the files.';
    const f = analyze(text, { kinds: ['attribution'] }).find(
      (g) => text.slice(g.start, g.end) === 'said',
    );
    expect(f?.source?.named).toBe(false);
  });

  test.each([
    // a name others know it by, or one it is given, identifies it
    ['A hacking group known as Ironvale posted the files.', 'A hacking group'],
    ['A dealer known as Tallow sold the forged passes.', 'A dealer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.startsWith(word))).toBe(false);
  });
});
