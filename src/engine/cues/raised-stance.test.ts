/**
 * An adjective of stance with a clause under a raising hedge ("are said to be concerned that")
 * reports what the hedged subject holds (DECISIONS point 324): the hedge and the cue both, the
 * cue's source the subject before the hedge. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a stance adjective with a clause under a hedge', () => {
  test.each([
    [
      'Army chiefs are understood to be concerned that morale is falling.',
      'be concerned',
      'Army chiefs',
    ],
    ['The chiefs are said to be confident that the deal will pass.', 'be confident', 'The chiefs'],
    [
      'The board appears to be convinced that the merger will go ahead.',
      'be convinced',
      'The board',
    ],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'hedge').length).toBe(1);
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('no stance reported', () => {
  test.each([
    'The chiefs want to be sure that the deal will pass.',
    'It is said to be doubtful that the deal will pass.',
    'The chiefs are said to be concerned about morale.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
