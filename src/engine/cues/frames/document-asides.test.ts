/**
 * A document or data subject set off from its verb by an aside in commas that opens with
 * `which` or a preposition ("The survey, which asks households directly, also shows", "The
 * audit, in 2019, found") still finds or shows: the subject before the aside is the source,
 * and the phrase after the verb that cannot speak is its object, not an inverted subject. A
 * picture only depicts.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a document subject across an aside', () => {
  test.each([
    [
      'The survey, which asks households about crime, also shows a downward trend.',
      'shows',
      'The survey',
    ],
    ['The audit, in 2019, found similar gaps in the accounts.', 'found', 'The audit'],
    ['The report, in its final chapter, lists 14 failings.', 'lists', 'The report'],
    [
      'The figures, from the national statistics office, show a sharp rise in arrests.',
      'show',
      'The figures',
    ],
    [
      'The memo, which was seen by the Gazette, appeared to show the names of 400 members.',
      'show',
      'The memo',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['The plan had failed, in the end, said the mayor.', 'said', 'the mayor'],
    ['Costs rose sharply, in the end, said the auditor.', 'said', 'the auditor'],
  ])('an inversion after a clause stays: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'The photo, from a family album, shows a newborn.',
    'The painting, which hangs in the hall, shows a ship in a storm.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
