import { describe, expect, test } from 'vitest';
import { cueSource as sourceOf } from '../test-helpers';

describe('"I" and "we" inside a quotation are its speaker', () => {
  test('the speaker after the closing mark: an inverted or plain cue', () => {
    const inverted =
      '“I told the board we would not sign it,” said Petra Okonjo, the union’s negotiator.';
    expect(sourceOf(inverted, 'told')).toEqual(['I', true, 'Petra Okonjo']);
    const plain = '"We warned them in March," the harbour master, Ian Sole, told reporters.';
    expect(sourceOf(plain, 'warned')).toEqual(['We', true, 'Ian Sole']);
  });

  test('the speaker before the opening mark, and an unnamed speaker stays unnamed', () => {
    const colon = 'Mayor Lena Brook said: "I have asked the council to think again."';
    expect(sourceOf(colon, 'have asked')?.slice(1)).toEqual([true, 'Lena Brook']);
    const official =
      'One official put it bluntly: "We knew the pumps would fail, and I said so at the time."';
    const said = sourceOf(official, 'said');
    expect(said?.[0]).toBe('I');
    expect(said?.[1]).toBe(false);
    expect(said?.[2]).toBe('One official');
  });

  test('no speaker in the quotation’s sentence: no entity is guessed', () => {
    const text = 'The meeting ran late. "I argued that we should wait." Nobody else spoke.';
    const argued = sourceOf(text, 'argued');
    expect(argued?.[0]).toBe('I');
    expect(argued?.[2]).toBeUndefined();
  });

  test('outside quotation marks "I" stays the writer', () => {
    const text = 'When I asked the minister about the plan, she said it was under review.';
    expect(sourceOf(text, 'asked')?.[2]).toBe('the writer');
  });
});
