/**
 * A participle phrase or an apposition fenced by commas between the subject and its verb, ending
 * in a quotation ("The memo, dated 3 May and marked “secret”, says"), is skipped as a relative
 * clause is: the source is the phrase before it. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a describing aside that ends in a quotation', () => {
  test.each([
    ['The memo, dated 9 June and marked "secret", says the depot will close.', 'says', 'The memo'],
    [
      'A second file, a leaked note headed "confidential", warns that beds are short.',
      'warns',
      'A second file',
    ],
    [
      'The letter, signed by 40 nurses and titled "Enough", says morale is low.',
      'says',
      'The letter',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: a clause of its own before the quotation leaves the speaker after it, and a
  // relative clause is read as before
  test.each([
    ['In a speech, the minister called the levy "a disgrace", aides said.', 'said', 'aides'],
    ['The mayor, who called the levy "a disgrace", said she would vote no.', 'said', 'The mayor'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // the quotation that ends such an aside is no speech before an inverted speaker: the phrase
  // after the verb is its object (but a quotation opening the sentence still inverts)
  test.each([
    [
      'The memo, dated 9 June and marked "secret", says three depots will close.',
      'says',
      'The memo',
    ],
    ['"We will win", said the coach.', 'said', 'the coach'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
