import { describe, expect, it } from 'vitest';
import { argKey, empty, Oracle } from './skip-oracle';

describe('empty', () => {
  it.each([
    [[], true],
    [null, true],
    [undefined, true],
    [false, true],
    [[1], false],
    ['why', false],
    [0, false],
    [true, false],
  ])('%j: %s', (v, want) => expect(empty(v)).toBe(want));
});

describe('argKey', () => {
  it('keys a context by its first token, a sentence and a phrase by their bounds', () => {
    expect(argKey({ tokens: [{ start: 40 }], sentences: [] })).toBe('p40');
    expect(argKey({ first: 3, last: 9 })).toBe('s3-9');
    expect(argKey({ start: 1, end: 4, head: 3, coreEnd: 4 })).toBe('np1,4,3,4');
    expect(argKey([1, 2])).toBe('[2]');
    expect(argKey(7)).toBe('7');
    expect(argKey({ other: 1 })).toBe('?');
  });
});

describe('Oracle', () => {
  /** A function that finds the words of its argument longer than three letters. */
  const calls: string[] = [];
  const longWords = (s: unknown): unknown => {
    calls.push(String(s));
    return String(s)
      .split(' ')
      .filter((w) => w.length > 3);
  };

  it('skips only the calls that returned nothing every time, and only for active functions', () => {
    const oracle = new Oracle();
    const run = (s: string): unknown => oracle.call('longWords', longWords, undefined, [s]);
    oracle.mode = 'record';
    expect(run('a cat sat')).toEqual([]);
    expect(run('the heron waited')).toEqual(['heron', 'waited']);
    oracle.text = 1;
    expect(run('a cat sat')).toEqual([]);
    expect(run('a cat sat')).toEqual([]);
    calls.length = 0;
    oracle.mode = 'skip';
    expect(run('a cat sat')).toEqual([]);
    // (not active yet: run)
    expect(calls).toEqual(['a cat sat']);
    oracle.active = new Set(['longWords']);
    calls.length = 0;
    const skipped = run('a cat sat');
    expect(skipped).toEqual([]);
    oracle.text = 0;
    expect(run('the heron waited')).toEqual(['heron', 'waited']);
    // (a key never recorded runs as well)
    expect(run('an owl')).toEqual([]);
    expect(calls).toEqual(['the heron waited', 'an owl']);
  });

  it('runs a call whose key once returned something', () => {
    const oracle = new Oracle();
    let n = 0;
    const alternate = (): unknown => (n++ % 2 === 0 ? null : 'found');
    oracle.mode = 'record';
    oracle.call('alternate', alternate, undefined, [1]);
    oracle.call('alternate', alternate, undefined, [1]);
    oracle.mode = 'skip';
    oracle.active = new Set(['alternate']);
    const before = n;
    oracle.call('alternate', alternate, undefined, [1]);
    expect(n).toBe(before + 1);
  });
});
