/**
 * Hearsay nouns that no one is credited with ("We are hearing reports that ...", "The company
 * denied reports that ...") are their own source: the reports are the unnamed document relied
 * on, as in `according to reports`. A report with a giver keeps the giver, a verb `reports` its
 * subject, and "reports of a stampede" (what is rumoured, not a claim's content) stays unsourced.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

describe('hearsay nouns as their own source', () => {
  test.each([
    [
      'We are hearing unconfirmed reports that a lifeboat has been launched.',
      'unconfirmed reports',
    ],
    ['The company denied reports that the ferry had been faulty for weeks.', 'reports'],
    ['There are rumours that the coach will quit before the final.', 'rumours'],
  ])('%s', (text, source) => {
    const cue = seen(text, 'attribution').find((f) => source.endsWith(f.text));
    expect(cue?.source).toBe(source);
    expect(cue?.named).toBe(false);
  });

  test.each([
    ['Reuters reports that the bank is for sale.', 'reports', 'Reuters'],
    ['The inquiry will report next year.', 'will report', 'The inquiry'],
    ['Police said reports of a stampede were invented.', 'reports', undefined],
    // the verb, not the noun
    ['If you have been scammed, report it to police.', 'report', undefined],
    ['Police urged anyone receiving such calls to report them.', 'report', undefined],
  ])('no hearsay source in %j', (text, cue, source) => {
    expect(seen(text, 'attribution').find((f) => f.text === cue)?.source).toBe(source);
  });
});
