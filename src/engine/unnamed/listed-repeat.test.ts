import { describe, expect, test } from 'vitest';
import { analyze } from '../index';

const unnamed = (text: string): string[] =>
  analyze(text)
    .filter((f) => f.kind === 'unnamed')
    .map((f) => text.slice(f.start, f.end));

// Decision 7: repeat mentions of an unnamed source are unnamed again. A listed person noun with
// `the` ("the veteran", "the bookseller") counted only as a new mention, so its repeat of an
// unnamed source was lost; and one the text withholds ("The veteran, who requested anonymity,")
// is an anonymous source at its first mention too.
describe('the repeat of an unnamed source by a listed person noun', () => {
  test.each([
    [
      'A veteran of the squad described the mood. The veteran said the divisions predated this season.',
      'The veteran',
    ],
    ['A bookseller said prices would rise. "It is grim," said the bookseller.', 'the bookseller'],
    [
      'The veteran, who requested anonymity to speak candidly, said the divisions predated this season.',
      'The veteran',
    ],
  ])('%s', (text, phrase) => {
    expect(unnamed(text)).toContain(phrase);
  });

  test('a definite listed noun with no unnamed mention before stays quiet', () => {
    expect(
      unnamed('The veteran, who joined in 2010, said the divisions predated this season.'),
    ).toEqual([]);
    expect(
      unnamed('Minister Ana Ruiz spoke on Monday. The minister said the deal was close.'),
    ).toEqual([]);
  });
});
