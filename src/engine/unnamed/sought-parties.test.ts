import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A deal's party that is only looked for does not exist yet in the story, so no one is withheld
// (sought-parties.ts); one found, or a culprit a hunt looks for, is another matter.

describe('a party a deal still looks for is no withheld actor', () => {
  test.each([
    ['Harrow Tools is reportedly looking for a buyer after a poor year.', 'a buyer'],
    ['The board had been searching for a new investor since the spring.', 'a new investor'],
    ['The owners hope to find another tenant before the lease runs out.', 'another tenant'],
    ['The family said it was seeking a buyer for the hotel.', 'a buyer'],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });

  test.each([
    // a culprit a hunt looks for: no party to a deal
    ['Police are looking for a man who fled the scene on foot.', 'a man'],
    // a party that acts
    ['A buyer has offered 40 million crowns for the plant, two people said.', 'A buyer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).toContain(word);
  });
});
