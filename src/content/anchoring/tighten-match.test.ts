import { describe, expect, test } from 'vitest';
import { distancesToPrefixes, tightenMatch } from './tighten-match';

describe('distancesToPrefixes', () => {
  test('the edit distance of a string to every beginning of another', () => {
    expect([...distancesToPrefixes('kitten', 'sitting')]).toEqual([6, 6, 5, 4, 3, 3, 2, 3]);
    expect([...distancesToPrefixes('', 'ab')]).toEqual([0, 1, 2]);
  });
});

describe('tightenMatch', () => {
  const text = 'Crews left at dusk. Bridges were shut overnight, the agency said.';
  const span = (words: string, errors = 0) => {
    const start = text.indexOf(words);
    return { start, end: start + words.length, errors };
  };

  test('moves a start taken from the sentence before to the first word of the passage', () => {
    const got = tightenMatch(
      text,
      'The bridges were shut overnight',
      span('dusk. Bridges were shut overnight', 4),
      12,
    );
    expect(text.slice(got.start, got.end)).toBe('Bridges were shut overnight');
    expect(got.errors).toBe(5);
  });

  test('moves an end taken from the clause after to the last word of the passage', () => {
    const got = tightenMatch(
      text,
      'Bridges were shut all night',
      span('Bridges were shut overnight, the', 8),
      12,
    );
    expect(text.slice(got.start, got.end)).toBe('Bridges were shut overnight');
  });

  test('a match that is already the passage stays; whitespace at its edges goes', () => {
    const whole = span('Bridges were shut overnight');
    expect(tightenMatch(text, 'Bridges were shut overnight', whole, 3)).toEqual(whole);
    const spaced = { start: whole.start - 1, end: whole.end, errors: 1 };
    expect(tightenMatch(text, 'Bridges were shut overnight', spaced, 3)).toMatchObject({
      start: whole.start,
      end: whole.end,
    });
  });

  test('an edge the quote does share is kept, however much slack there is', () => {
    const got = tightenMatch(text, 'left at dusk. Bridges', span('left at dusk. Bridges'), 30);
    expect(text.slice(got.start, got.end)).toBe('left at dusk. Bridges');
  });
});
