import { describe, expect, test } from 'vitest';
import { nounPhrase, withEnd, withStart } from './phrase-copy';

describe('copies of a noun phrase keep its other bounds and its field order', () => {
  const np = nounPhrase(3, 7, 5, 6);

  test('withEnd moves the end alone', () => {
    expect(withEnd(np, 9)).toEqual({ start: 3, end: 9, head: 5, coreEnd: 6 });
  });

  test('withStart moves the start alone', () => {
    expect(withStart(np, 1)).toEqual({ start: 1, end: 7, head: 5, coreEnd: 6 });
  });

  test('a copy is a new object and lists its fields as the chunkers build them', () => {
    const copy = withEnd(withStart(np, 2), 8);
    expect(copy).not.toBe(np);
    expect(np).toEqual({ start: 3, end: 7, head: 5, coreEnd: 6 });
    expect(Object.keys(copy)).toEqual(['start', 'end', 'head', 'coreEnd']);
  });
});
