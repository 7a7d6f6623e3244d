import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize';
import { wordBits, wordValue } from './word-bits';

describe('wordBits', () => {
  const pets: ReadonlySet<string> = new Set(['dog', 'cat', "o'hara"]);
  const tools = new Map([
    ['saw', 'cut'],
    ['drill', 'bore'],
  ]);
  const bits = wordBits(() => [pets, tools]);

  /** The bits of each token of `text`, asked twice (the second answer from the slot). */
  const answers = (text: string): [string, number, number][] =>
    tokenize(text).map((t) => [t.lower, bits(t) & 3, bits(t) & 3]);

  it('keeps the answers of each apart when many share a table (more than fill one)', () => {
    // fifty finders, each with its own word: every one answers for its word only, however
    // many were made before it (the answers of 24 sit side by side in one table)
    const words = Array.from(
      { length: 50 },
      (_, k) => `word${String.fromCharCode(97 + (k % 26))}${k}`,
    );
    const finders = words.map((w) => wordBits(() => [new Set([w])]));
    const toks = tokenize(words.join(' '));
    for (let round = 0; round < 2; round++)
      for (let k = 0; k < finders.length; k++)
        for (let j = 0; j < toks.length; j++)
          expect([k, j, finders[k]!(toks[j]) & 1]).toEqual([k, j, k === j ? 1 : 0]);
  });

  it('sets the bit of each list that has the word, for table words and others alike', () => {
    // "Dog" and "dog" share a slot; "O’Hara" is straightened, "Ünal" and "naïve" have no slot
    expect(answers('The Dog saw a cat, and the dog a drill. O’Hara met Ünal, naïve.')).toEqual([
      ['the', 0, 0],
      ['dog', 1, 1],
      ['saw', 2, 2],
      ['a', 0, 0],
      ['cat', 1, 1],
      [',', 0, 0],
      ['and', 0, 0],
      ['the', 0, 0],
      ['dog', 1, 1],
      ['a', 0, 0],
      ['drill', 2, 2],
      ['.', 0, 0],
      ["o'hara", 1, 1],
      ['met', 0, 0],
      ['ünal', 0, 0],
      [',', 0, 0],
      ['naïve', 0, 0],
      ['.', 0, 0],
    ]);
  });

  it('answers one-character tokens by their character, punctuation and digits alike', () => {
    const marks = wordBits(() => [new Set(['—', ',', '7']), new Set(['…', '"'])]);
    const of = (text: string): [string, number][] =>
      tokenize(text).map((t) => [t.lower, marks(t) & 3]);
    // each asked twice: the second answer comes from the character's slot
    for (let k = 0; k < 2; k++)
      expect(of('Rain — 7, or 8… in “Leeds” ∑')).toEqual([
        ['rain', 0],
        ['—', 1],
        ['7', 1],
        [',', 1],
        ['or', 0],
        ['8', 0],
        ['…', 2],
        ['in', 0],
        ['“', 0],
        ['leeds', 0],
        ['”', 0],
        ['∑', 0],
      ]);
  });

  it('answers 0 for no token', () => {
    expect(bits(undefined)).toBe(0);
  });

  it('reads its lists at the first question, not when it is made', () => {
    const lists: ReadonlySet<string>[] = [];
    const lateBits = wordBits(() => lists);
    lists.push(new Set(['wombat']));
    const [t] = tokenize('wombat');
    expect(lateBits(t) & 1).toBe(1);
  });

  it('refuses more lists than it has bits for', () => {
    const many = wordBits(() => Array.from({ length: 30 }, () => pets));
    expect(() => many(tokenize('dog')[0])).toThrow(/at most 29/);
  });

  it('answers below 2^30, a small integer in every V8 (Chrome keeps only those unboxed)', () => {
    const all = wordBits(() => Array.from({ length: 29 }, () => pets));
    const bits = all(tokenize('dog')[0]);
    expect(bits & ((1 << 29) - 1)).toBe((1 << 29) - 1);
    expect(bits).toBeLessThan(2 ** 30);
    expect(all(tokenize('zebra')[0])).toBeLessThan(2 ** 30);
  });
});

describe('wordValue', () => {
  const sounds = new Map([
    ['dog', 'woof'],
    ["o'hara", 'hello'],
    ['ünal', 'merhaba'],
  ]);
  const sound = wordValue(sounds);

  it("gives the Map's value of each token's word, asked twice (the second from the slot)", () => {
    // "Dog" and "dog" share a slot; "O’Hara" is straightened; "Ünal" has no slot
    const got = tokenize('The Dog met a dog, O’Hara and Ünal.').map((t) => [
      t.lower,
      sound(t),
      sound(t),
    ]);
    expect(got).toEqual([
      ['the', undefined, undefined],
      ['dog', 'woof', 'woof'],
      ['met', undefined, undefined],
      ['a', undefined, undefined],
      ['dog', 'woof', 'woof'],
      [',', undefined, undefined],
      ["o'hara", 'hello', 'hello'],
      ['and', undefined, undefined],
      ['ünal', 'merhaba', 'merhaba'],
      ['.', undefined, undefined],
    ]);
  });
});
