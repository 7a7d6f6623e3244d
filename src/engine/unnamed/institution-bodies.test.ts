import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body of the country's one institution, given by the institution's possessive, is named
// (institution-bodies.ts); a body of one of many owners is not.

describe("a body of the country's one institution is named", () => {
  test.each([
    [
      "Parliament's finance committee will question the minister next week.",
      "Parliament's finance committee",
    ],
    ["Parliament's security office declined to comment.", "Parliament's security office"],
    ["The Treasury's debt office said the auction would go ahead.", "The Treasury's debt office"],
  ])('%s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });

  test.each([
    // one of many owners: a body the phrase leaves among others
    [
      "A rival party's campaign office said it would fight the plan.",
      "A rival party's campaign office",
    ],
    [
      "Another government's finance ministry said it would fight the plan.",
      "Another government's finance ministry",
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).toContain(word);
  });
});
