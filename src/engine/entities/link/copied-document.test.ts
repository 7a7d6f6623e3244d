/**
 * A copy is the document it copies (copied-document.ts): as named as a review a named body
 * ordered or a memo a named chief wrote, as unnamed as a petition residents signed. Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

describe('a copy takes the namedness of the document it copies', () => {
  test.each([
    // the document that opens the sentence
    [
      "A confidential audit of the Ostrel Port Authority's dredging contracts found that costs had doubled, according to a copy seen by the Harbour Post.",
      'according to',
      'a copy seen by the Harbour Post',
      true,
    ],
    [
      'A letter signed by forty tenants asked the landlord to fix the lifts, according to a copy obtained by the Marsh Gazette.',
      'according to',
      'a copy obtained by the Marsh Gazette',
      false,
    ],
    // its definite `of` complement
    [
      'Tessin Rail chief executive Mara Lind wrote in a memo to staff that the depot would stay open. Drivers would keep their shifts, according to a copy of the memo seen by Rail Weekly.',
      'according to',
      'a copy of the memo seen by Rail Weekly',
      true,
    ],
    // (not a document the story did not name by its noun before: the shareholders' letter)
    [
      'A group of shareholders has written to the board of Kessel Athletic urging it to reject the bid, according to a copy of the letter.',
      'according to',
      'a copy of the letter',
      false,
    ],
    // the document of the sentence before, when the copy opens its own
    [
      'The final report of the Kelm Water Board inquiry has not been published. A copy seen by the Vale Courier says the pumps failed twice.',
      'says',
      'A copy seen by the Vale Courier',
      true,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});
