import { describe, expect, test } from 'vitest';
import { spans } from './test-helpers';

// Two sources credited together ("A senior minister and a second person said"): each conjunct
// that is a person noun is a source, an unnamed one too, even a noun no class lists (`minister`,
// `figure`), which is unnamed only as a credited, indefinite mention.
describe('each person of a coordinated source is credited', () => {
  test.each([
    ['A senior minister and a second person said the deal was close.', 'A senior minister'],
    ['A senior figure and two aides told the paper the plan had been dropped.', 'A senior figure'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a thing in a coordinated phrase before a cue
    ['Workers remove a hammer and sickle from a neon sign that reads "Glory".', 'hammer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').some((s) => s.includes(word))).toBe(false);
  });
});
