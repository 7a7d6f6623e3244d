import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('`each one` is a pronoun for every one of a set the text has, no counted person', () => {
  test.each([
    ['He showed me letters going back to 2016, each one answered with the same promise.'],
    ['The firm sold three schemes. Each one promised the same thing: an 8 percent return.'],
  ])('%s', (text) => {
    expect(spans(text, 'unnamed').some((s) => /\bone\b/i.test(s))).toBe(false);
  });

  test.each([
    // `one` counted out of a group, no determiner
    ['Four residents were interviewed. One said the water was brown.', 'One'],
    ['Several guards were on duty, and one told the court he saw nothing.', 'one'],
  ])('still: %s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
