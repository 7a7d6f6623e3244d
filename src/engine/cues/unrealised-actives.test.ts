/**
 * An active cue verb under a modal of ability, permission or duty, with nothing told after it,
 * reports no act: "before anyone could ask a question", "must report a breach", "should publish
 * the results" (decision 40 of the labelled sets: hypothetical cues are optional at most).
 * Content after it, a negation, `will`/`would`, a perfect, or `can` + a verb of disclosure keep
 * the cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a cue verb only possible, allowed or owed reports nothing', () => {
  test.each([
    'The meeting ended before anyone could ask a question.',
    'Firms must report a breach within three days.',
    'The agency should publish the full results of its tests.',
    'Tenants may ask the council for a review.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['Officials could say only that the ship was safe.', 'could say'],
    ['Police could not confirm the report.', 'could not confirm'],
    ['The Courier can reveal the name of the donor.', 'can reveal'],
    ['She said the committee would ask to see the files.', 'would ask'],
    ['He could have told the board in May.', 'could have told'],
    ['The minister must explain why the money was spent.', 'must explain'],
  ])('the cue stays: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
