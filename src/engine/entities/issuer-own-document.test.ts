/**
 * A document a named person or body issued, met again as `the report`, `the figures`, `the
 * statement`: named, like the guideline's `the report` after `a report in the Harbour Gazette`.
 * The issuing may give the document with the issuer's own possessive (`published its annual
 * report`) or with no article (`released new figures`), and the issuer may carry an aside before
 * its verb (`Ana Okafor, 54, issued`) or be a phrase that holds a name (`Council spokesperson Jo
 * Park`). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the document a named source issued is named when the story returns to it', () => {
  test.each([
    // the issuer's own possessive
    [
      'The Rail Accident Investigation Office published its preliminary report on Monday. The report says the driver was not at fault.',
      'says',
    ],
    [
      'Sofia Brandt sent her letter of resignation to the board. The letter says she was never consulted.',
      'says',
    ],
    // a plural or mass noun with no article after its verb of issuing
    ['Harlow Council released new figures on Monday. The figures show that rents rose.', 'show'],
    [
      'The Keldy Water Board published data on leaks last week. The data shows losses fell.',
      'shows',
    ],
    // an aside between the issuer and its verb; a name inside a longer subject
    [
      'Ana Okafor, 54, issued a statement on Monday. The statement said the bridge would close.',
      'said',
    ],
    [
      "The trust's chief executive, Ana Okafor, sent a letter to staff. The letter says the ward will close.",
      'says',
    ],
    [
      'Council spokesperson Jo Park issued a statement on Monday. The statement said the bridge would close.',
      'said',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(true);
  });

  // (no name among the issuers: the document stays unnamed)
  test.each([
    ['Two residents released new figures on Monday. The figures show that rents rose.', 'show'],
    [
      'A senior official, who asked not to be named, issued a statement on Monday. The statement said the bridge would close.',
      'said',
    ],
    [
      'Local officials published their report on Monday. The report says the bridge will close.',
      'says',
    ],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });
});
