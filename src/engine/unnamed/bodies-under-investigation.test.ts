import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body placed under an inquiry into its own conduct is a suspect (decision 120 of the labelled
// sets), as people are: under-investigation.ts, read for organisations in reason.ts.

describe('a body under investigation is a withheld actor', () => {
  test.each([
    ['A hedge fund is under investigation by the markets regulator.', 'A hedge fund'],
    [
      'A water company under investigation for polluting the river has raised its bills.',
      'A water company',
    ],
    [
      'One of the firms under investigation is reported to have won two contracts.',
      'One of the firms',
    ],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed')).toContain(word);
  });

  test.each([
    // under something else than an inquiry
    ['Analysts said a bank under new ownership would cut rates.', 'a bank'],
    ['He said a bank is under pressure to raise rates.', 'a bank'],
    // a definite body the story names
    ['Harl Water said on Monday that the company is under investigation.', 'the company'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
