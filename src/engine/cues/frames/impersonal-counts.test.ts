/**
 * An impersonal passive of saying or thinking ("It is thought", "It is understood") reports the
 * clause after it also when that clause opens on a count ("at least two", "more than 40"),
 * which the clause finder does not read as a subject. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('an impersonal passive before a counted clause', () => {
  test.each([
    ['It is thought at least three drivers have left the firm since May.', 'thought'],
    ['It is understood more than 60 posts will be cut.', 'understood'],
    ['It is believed 14 people were on board.', 'believed'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    // a count with no clause after it
    'It was thought about at least once a week.',
    'It was thought at least in part a test of nerve.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
