import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

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

describe('a noun-verb word after a name that ends a post-modifier is the outer verb', () => {
  test.each([
    ['Protesters in Kelmouth set fire to a police van.', 'Protesters in Kelmouth'],
    ['Activists in Tolbridge demand an apology from the mayor.', 'Activists in Tolbridge'],
    ['Shareholders at Drayco pledge support for the board.', 'Shareholders at Drayco'],
    ['Officials in Marsten promise a full inquiry.', 'Officials in Marsten'],
    ['Residents in Glenmoor fear closure of the depot.', 'Residents in Glenmoor'],
    ['Villagers in Dunmore claim they were never consulted.', 'Villagers in Dunmore'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('`to` before a determiner is the noun complement', () => {
    const text = 'Critics of the Harlow plan to the east of the town said it was rushed.';
    expect(spans(text, 'unnamed').join(' | ')).toContain('plan');
  });

  test.each([
    [
      'Staff at the Drayco call centre said they were never paid.',
      'Staff at the Drayco call centre',
    ],
    [
      'Staff at the Drayco back office said they were never paid.',
      'Staff at the Drayco back office',
    ],
  ])('a compound after the name stays in the source: %s', (text, want) => {
    expect(sourceText(text, 'said')).toBe(want);
  });
});
