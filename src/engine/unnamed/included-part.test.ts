import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a part of an unnamed group, named after `including`, is unnamed too', () => {
  test.each([
    [
      'Some shareholders, including at least one large pension fund, have sold their stakes.',
      'at least one large pension fund',
    ],
    [
      'Several lenders, including two regional banks, refused to extend the loan this week.',
      'two regional banks',
    ],
    [
      'The inquiry drew on interviews with dozens of people, including former prison guards.',
      'former prison guards',
    ],
    [
      'Opponents of the scheme, including a retired planning inspector, spoke against it on Monday.',
      'a retired planning inspector',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // one the story knows, or named
    ['Several officials, including the mayor, attended the briefing.', 'the mayor'],
    ['Critics, including Senator Ana Ruiz, have attacked the plan.', 'Senator Ana Ruiz'],
    // victims of an act, whose group is no actor either
    ['The blast injured five people, including two children.', 'two children'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
