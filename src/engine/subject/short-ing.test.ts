import { describe, expect, test } from 'vitest';
import { sourceText } from '../test-helpers';

describe('a participle phrase with `using` or `doing` modifies the subject before the cue', () => {
  test.each([
    [
      'Some doctors using the software say it invents details.',
      'say',
      'Some doctors using the software',
    ],
    ['Drivers using the bridge said the tolls were too high.', 'said', 'Drivers using the bridge'],
    [
      'Firms doing business in the region said the rules were unclear.',
      'said',
      'Firms doing business in the region',
    ],
  ])('%s', (text, cue, who) => {
    expect(sourceText(text, cue)).toBe(who);
  });
});
