import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a group that comes somewhere to act acts', () => {
  test.each([
    [
      'Relatives of the missing fishermen gathered outside the harbour office on Monday, demanding answers.',
      'Relatives of the missing fishermen',
    ],
    [
      'Local residents in Tolvey gathered outside the depot on Saturday, chanting slogans.',
      'Local residents in Tolvey',
    ],
    ['Residents gathered outside the town hall and chanted slogans.', 'Residents'],
    [
      'Neighbours gathered at the corner on Friday night to protest against the closure.',
      'Neighbours',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // only coming, waiting or going back to work (decision 85)
    'Relatives gathered at a school to wait for news.',
    'Residents returned to work on Monday.',
    'Neighbours gathered outside the house as police arrived.',
    'Relatives gathered at the hospital, waiting for news.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
