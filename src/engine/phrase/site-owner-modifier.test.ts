/**
 * A document posted on a site whose owner a modifier names (`the Brenica Stock Exchange website`,
 * `the county website` after the story met the county) is that owner's, named, as with the
 * owner's possessive (`the union's website`; decision 115 of the labelled sets: the common-noun
 * modifier of the one county). A kind of site names no owner, nor a body the story never met.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a site's owner given by a modifier issues what is posted there", () => {
  test.each([
    [
      'Trading in the bank was halted, according to a notice on the Tarnby Stock Exchange website.',
      'according to',
      'a notice on the Tarnby Stock Exchange website',
    ],
    [
      'Ostrel County will cut library hours. According to budget documents posted on the county website, the library system would lose a fifth of its money.',
      'According to',
      'budget documents posted on the county website',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });

  test.each([
    // a kind of site, not its owner
    [
      'Prices rose, according to a notice posted on a news website.',
      'according to',
      'a notice posted on a news website',
    ],
    // a body the story never met before
    [
      'Library hours will be cut. According to budget documents posted on the county website, the library system would lose a fifth of its money.',
      'According to',
      'budget documents posted on the county website',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
