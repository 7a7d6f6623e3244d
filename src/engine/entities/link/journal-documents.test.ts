/**
 * A notice or correction a named journal issues about a paper in it takes the journal's
 * namedness (documents.ts's journalNamedBefore; decision 68 of the labelled sets): a journal
 * issues its own notices, unlike a news outlet, which only sees documents. A notice whose issuer
 * the story never gives, or a second notice brought in with `a`, stays unnamed. Every sentence
 * is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../../test-helpers';

describe('a notice of a named journal', () => {
  test.each([
    [
      'A study linking coffee to memory was retracted by the journal Cellular Rhythms on Friday.\n\nThe notice says the data could not be verified.',
      'The notice',
    ],
    [
      'A paper published in the Journal of Sleep Research was withdrawn on Friday.\n\nThe retraction notice says two images had been altered.',
      'The retraction notice',
    ],
    [
      'The journal Marine Ecology Letters has corrected a widely cited paper on coral loss. The correction says the survey covered 40 reefs, not 400.',
      'The correction',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'says')?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('a notice with no named issuer', () => {
  test.each([
    // no journal named
    [
      'A study linking coffee to memory was withdrawn on Friday.\n\nThe retraction notice says two images had been altered.',
      'The retraction notice',
    ],
    // a second notice, posted by someone else, brought in with `a`
    [
      'A paper in the journal Cellular Rhythms was questioned on Friday. A notice posted on a forum by an anonymous user raised doubts.\n\nThe notice says two images had been altered.',
      'The notice',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'says')?.slice(0, 2)).toEqual([source, false]);
  });
});
