import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a body's customers or families acting as a group of their own", () => {
  test.each([
    [
      'The exchange went offline on Sunday. Customers vented their anger on social media.',
      'Customers',
    ],
    ['The home hired more carers. Families noticed quickly.', 'Families'],
    [
      'The bank froze accounts. At least two families have filed lawsuits.',
      'At least two families',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the body's own customers, only waiting, or a speaker's generalisation in a quotation
    ['The bank froze accounts. Its customers switched to rivals.', 'customers'],
    ['The bank froze accounts. Customers queued for hours.', 'Customers'],
    [
      'Advocates seized on the report. "Families sweltered in the dark because firms cut corners."',
      'Families',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
