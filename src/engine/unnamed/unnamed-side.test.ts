// "The opposition" and "the leadership" with no party named carry no body (decision 156 of the
// labelled sets: "The opposition says" with no party named), speaking or acting: an unnamed
// organisation (find-unnamed.ts, unnamedSide). Found with scripts/probe-politics.ts; the
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the opposition or the leadership, speaking or acting, with no party named', () => {
  test.each([
    ['The opposition says the country is stalled.', 'The opposition'],
    ['The bill is in trouble, said the opposition.', 'the opposition'],
    ['According to the opposition, the vote will be close.', 'the opposition'],
    ['The bill, the opposition said, would fail.', 'the opposition'],
    ['The plan was attacked by the opposition on Tuesday.', 'the opposition'],
    ['The leadership said the vote would go ahead.', 'The leadership'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a compound, an abstract noun, an object, a party named as the side, a characterised object
    'The opposition leader said the bill would fail.',
    'The bill faced opposition from farmers.',
    'Ruiz faces the opposition in a vote on Tuesday.',
    'The opposition Labour Party said the bill would fail. The opposition said it would vote against.',
    'The Unity Party leadership met. The leadership said it would wait.',
    'Her allies have described the opposition as politically motivated.',
    'She praised the leadership shown by nurses.',
    'The leadership contest opens on Monday.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed').filter((w) => /opposition|leadership/i.test(w))).toEqual([]);
  });
});
