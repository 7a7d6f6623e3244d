// A singular actor noun between "one of the" and a plural noun is the plural's modifier, not a
// head (partitive-modifier.ts): "one of the leading academic voices". The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a singular actor noun inside a partitive', () => {
  test.each([
    'Ana Ruiz, one of the leading academic voices on the region, said she was appalled.',
    'Ana Ruiz, one of the most senior official voices in the party, said she was appalled.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });

  test.each([
    // (a plural head: the part of an unnamed group)
    ['One of the academics said the data was wrong.', 'One of the academics'],
    [
      'One of the senior officials told reporters the plan would fail.',
      'One of the senior officials',
    ],
    // (no partitive: the noun is the head, the -s word its verb)
    ['One official voices concern about the plan.', 'One official'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
