/**
 * Session 31: "conclude" with the time of its end after a preposition ("is due to conclude by
 * June 14", "concluded on Friday") is an end, not a finding; with a that-clause after the
 * preposition's phrase it still reports.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an inquiry that ends at a time', () => {
  test.each(['The review is due to conclude by June 14.', 'The hearings will conclude in March.'])(
    'no cue in %j',
    (text) => {
      expect(spans(text, 'attribution')).toEqual([]);
    },
  );

  test('a finding in a report of a number of pages', () => {
    expect(
      spans(
        'Officers had backed it, concluding in a 90-page report that the impact was moderate.',
        'attribution',
      ),
    ).toContain('concluding');
  });

  test('a finding after the phrase of time', () => {
    expect(
      spans('The panel concluded on Friday that the fault had been known.', 'attribution'),
    ).toContain('concluded');
  });
});
