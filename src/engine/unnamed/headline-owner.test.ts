import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const body = '\n\nThe story went on to say who it was, Harwick Foods said on Monday.';

describe("a headline's owned body with no determiner is shorthand for a body the story names", () => {
  test.each([
    [
      "Children's charity spent donations on founder's travel, records suggest",
      "Children's charity",
    ],
    ["Party donor's firm won council contracts after private dinners", "Party donor's firm"],
    ["Premier's office saw audit months before release", "Premier's office"],
    ["Veterans' group misused grant money, auditors find", "Veterans' group"],
    ["Mayor's office cut cleaning budget despite warnings", "Mayor's office"],
    ["Farmers' cooperative sold contaminated grain, inspectors say", "Farmers' cooperative"],
  ])('%s', (headline, phrase) => {
    expect(spans(headline + body, 'unnamed')).not.toContain(phrase);
  });

  test('with a determiner the possessive owns the body, which stays unnamed', () => {
    expect(
      spans(
        "Fund's adviser quits\n\nA minister's former firm won three contracts worth $58m last year.",
        'unnamed',
      ),
    ).toContain("A minister's former firm");
  });
});
