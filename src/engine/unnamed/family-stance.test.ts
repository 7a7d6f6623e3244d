import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a family's stance or plan in what someone tells of it", () => {
  test.each([
    'A cousin of the driver told reporters the family felt betrayed by the inquiry.',
    'A friend of the dead teenager told the Courier the family would fight the ruling.',
    'A neighbour of the couple said the family would not accept the apology.',
    'A relative said the family will appeal the ruling.',
    'A brother of one of the two men who drowned told reporters the family felt "only anger".',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toContain('the family');
  });

  test.each([
    // a prospect, a state, and the family outside anyone's account
    'A neighbour said the family would be moving soon.',
    'A relative said the family would have known.',
    'The family plans to sue the operator.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).not.toContain('the family');
  });
});
