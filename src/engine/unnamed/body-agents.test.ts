import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('bare plural bodies that did a past passive act are bodies the story does not name', () => {
  test.each([
    ['The fire was started by gangs, police said.', 'gangs'],
    ['The convoy was attacked by militias near the border.', 'militias'],
    ['Some stock was being held back by distributors, a pharmacist said.', 'distributors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a sector in general, or a trend
    ['Banks had tightened lending over the summer.', 'Banks'],
    ['Similar tools are quietly being adopted by universities and employers.', 'universities'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
