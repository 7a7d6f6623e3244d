import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a verb after the place or group of a post-modifier ends the phrase', () => {
  test.each([
    ['Relatives of the victims laid flowers at the barrier on Sunday.', 'Relatives of the victims'],
    ['Residents of the street built barricades overnight.', 'Residents of the street'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a participle that opens a reduced relative, and a time after the object's determiner
    ['Relatives of the prisoners held in the camp have not been told.', 'held in'],
    ['Fans of the side found the next day that tickets had gone.', 'found'],
  ])('not swallowed: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a verb of intent before `to` after a post-modifier ends the phrase', () => {
  test.each([
    ['Growers in the valley expect to pick half a normal crop.', 'Growers in the valley'],
    ['Two firms in the port plan to raise their fees.', 'Two firms in the port'],
    ["A coalition of parents' groups plans to sue the district.", "A coalition of parents' groups"],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // `to` before a determiner or a year: the noun's complement, not an infinitive
    ['Critics of the council plan to the east of the town said it was rushed.', 'plan'],
  ])('not split: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(word);
  });
});
