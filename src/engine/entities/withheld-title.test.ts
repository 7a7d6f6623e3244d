/**
 * A definite title whose holder the text says it withholds (`The coach, who asked not to be named,
 * said`) is an unnamed source on the entity side too, as the `unnamed` finding already reads it
 * (ANNOTATION.md's anonymous sources; decisions 13 and 97 of eval/labelled/DECISIONS.md). The
 * same title with no such clause stays the one holder the story means (`The coach said`). Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('a title the text says it withholds names no one', () => {
  test.each([
    ['The coach, who asked not to be named, said the squad had been told to lose.', 'said'],
    ['The mayor, who spoke on condition of anonymity, said the inspection was rushed.', 'said'],
    ['The chairman, who declined to be identified, told the paper the bid had failed.', 'told'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
    expect(spans(text, 'unnamed').length).toBeGreaterThan(0);
  });

  test.each([
    ['The coach said the squad had been told to lose.', 'said'],
    ['The chairman told the paper the bid had failed.', 'told'],
  ])('still named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(true);
  });
});
