import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// "a mystery blonde", "A mystery bidder": the tabloid adjective says who the person is is not
// known or not told, as "an unidentified buyer" does (anonAdjectives; decision 89's rumoured
// partner and the anon sets' buyers)
describe('a person the text calls a mystery is unnamed', () => {
  test.each([
    [
      'The singer was photographed leaving a hotel in Vellmouth with a mystery redhead.',
      'a mystery redhead',
    ],
    ["A mystery bidder has paid £900,000 for the goalkeeper's old farmhouse.", 'A mystery bidder'],
    [
      'Villagers are trying to trace the mystery driver who towed the stranded coach free.',
      'the mystery driver',
    ],
    [
      'The presenter was spotted at a Carrow bistro with a mystery companion on Friday.',
      'a mystery companion',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a puzzle, a book or an illness is no one
    'A mystery illness has struck 40 sheep on a farm near Harrowby.',
    'The mystery of the missing funds deepened on Tuesday.',
    'She has written a murder mystery set in a lighthouse.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
