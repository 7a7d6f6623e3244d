/**
 * A second `who`, after a comma that closes a first `who` clause, stands for the first clause's
 * person, not for a body or a thing named inside that clause: "a woman who ran the computer in
 * the engineering department, who recommended her" credits the woman. A lone `who` after a body
 * (British usage: "the council, who said") stays the body's. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a stacked `who`: the first clause’s person', () => {
  test.each([
    [
      'She worked for a woman who ran the computer in the engineering department, who recommended her to the professor.',
      'recommended',
      'a woman',
    ],
    [
      'He spoke to a man who works for the county council, who said the road would reopen.',
      'said',
      'a man',
    ],
    [
      'The report went to a lawyer who represents the dockers’ union, who said it was flawed.',
      'said',
      'a lawyer',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('near misses: the phrase before the pronoun', () => {
  test.each([
    [
      'He wrote to the county council, who said the road would reopen.',
      'said',
      'the county council',
    ],
    [
      'He spoke to a man who knows the new port manager, who said the quay would close.',
      'said',
      'the new port manager',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
