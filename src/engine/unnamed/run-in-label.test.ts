import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A run-in label ("Zoom in:", "What we're watching:") is a heading: the clause after it opens the
// sentence, so a group acting in what a cue after it credits is reported (run-in-label.ts).

describe('the clause after a run-in label opens the sentence', () => {
  test.each([
    [
      'Zoom in: Apple growers in the Brenner Valley have begun leaving fruit on the trees, two packhouse managers said.',
      'Apple growers in the Brenner Valley',
    ],
    [
      "What we're watching: Pharmacists wanted a longer notice period, one of the people said.",
      'Pharmacists',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no capital after the colon: the clause goes on, no heading
    [
      'Zoom in: apple growers have begun leaving fruit on the trees, two packhouse managers said.',
      'apple growers',
    ],
    // a lead with a comma or more than five words is no label
    [
      "The chairman of the valley growers' association, in his words: Growers have begun leaving fruit, two managers said.",
      'Growers',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
