/**
 * A second reduced passive of judging after `but` ("welcomed by residents but criticised by
 * unions") takes its own `by` agent as its source, as after `and`. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a judging participle after but', () => {
  test.each([
    [
      'The levy was welcomed by doctors but criticised by the Corner Shops Association.',
      'criticised',
      'the Corner Shops Association',
    ],
    ['The new timetable was approved but condemned by commuters.', 'condemned', 'commuters'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near miss: a participle of no judging after `but` keeps no agent as a source
  test('not a verb of judging', () => {
    expect(
      cueSource('The road was closed but reopened by the council.', 'reopened'),
    ).toBeUndefined();
  });
});
