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
