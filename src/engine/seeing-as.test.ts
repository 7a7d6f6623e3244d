import { describe, expect, test } from 'vitest';
import { buildContext } from './context';
import { F } from './lexicon';
import { SEE_FORMS } from './seeing-as';

/** Whether each form of `see` in `text` kept its reporting flag. */
function flagged(text: string): boolean[] {
  const ctx = buildContext(text);
  return ctx.tokens.filter((t) => SEE_FORMS.has(t.lower)).map((t) => (t.f & F.REPORT) !== 0);
}

describe('a form of `see` is a reporting verb only with `as` ahead in its clause', () => {
  test.each([
    ['Critics see the plan as a tax.', [true]],
    ['It was seen by many voters as a betrayal.', [true]],
    ['A memo seen by the paper, dated May 3, says costs will rise as prices climb.', [false]],
    ['Witnesses saw two men leave. Others see it as theft.', [false, true]],
    ['Seen from the hill, the town looks small.', [false]],
  ] as const)('%s', (text, expected) => {
    expect(flagged(text)).toEqual(expected);
  });

  test('every form is listed', () => {
    expect([...SEE_FORMS].sort()).toEqual(['saw', 'see', 'seeing', 'seen', 'sees']);
  });
});
