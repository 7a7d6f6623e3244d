import { describe, expect, it } from 'vitest';
import { squash } from './squash';

describe('squash', () => {
  it.each([
    ['  Ana\n\tOkafor  said ', 'Ana Okafor said'],
    ['one', 'one'],
    ['\u00a0a\u2003b\r\n', 'a b'],
    ['', ''],
  ])('makes %j read %j', (input, out) => {
    expect(squash(input)).toBe(out);
  });

  it('keeps one space at each end when asked, for a piece that sits against other words', () => {
    expect(squash('  the mayor\n\nsaid  ', true)).toBe(' the mayor said ');
    expect(squash('said', true)).toBe('said');
  });
});
