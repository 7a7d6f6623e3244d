import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

// A field word that opens a sentence before a person noun ("Security researchers", "Shipping
// analysts") is no name, though the text capitalises it inside a body's name elsewhere ("the
// National Cyber Security Centre", "Gallant Ridge Shipping"): a body goes by its first words, and
// the field's people are no people of that body (context.ts, insideBodyName). The sentences are
// invented.
const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a field word inside a body’s name opens a sentence', () => {
  test.each([
    [
      'The National Cyber Defence Centre said the breach was contained. Defence analysts said the attackers had used a familiar trick.',
      'Defence analysts',
    ],
    [
      'The tanker belongs to Orwell Bay Shipping. Shipping analysts say detentions of older ships have risen.',
      'Shipping analysts',
    ],
    [
      'The Northern Retail Forum said sales fell in May. Retail economists said the summer would be weak.',
      'Retail economists',
    ],
    [
      'Pellam Mining bought the site last year. Mining engineers said the seam was too thin to work.',
      'Mining engineers',
    ],
  ])('flagged: %s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // the body's own kind word points to the body
    [
      'The Harbour District Council approved the plan. Council officials said work would start soon.',
      'Council officials',
    ],
    // a person's surname, the last word of the name
    ['Ana Corrigan Wells lost the vote. Wells aides said the count was flawed.', 'Wells aides'],
    // the word also stands first in a name elsewhere: a name
    [
      'The Retail Union of Norland called the strike. Shoppers stayed away. Retail organisers said the pickets would stay.',
      'Retail organisers',
    ],
  ])('not flagged: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
