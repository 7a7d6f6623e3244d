import { describe, expect, test } from 'vitest';
import { buildContext, type Context } from '../context';
import { cueSource as sourceOf } from '../test-helpers';
import { quotationAround } from './quoted-speaker';

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

  test('a quotation with no cue runs on from the speaker credited just before it', () => {
    const text =
      '“We have nothing to fear,” Rana Osei said of her party. “We believe the police need more training.”';
    expect(sourceOf(text, 'believe')).toEqual(['We', true, 'Rana Osei']);
    const paragraph =
      'The mayor, Tomas Brandt, defended the budget.\n\n“What we found is that the old plan cost more.”';
    expect(sourceOf(paragraph, 'found')?.slice(1)).toEqual([true, 'Tomas Brandt']);
    // (three sentences back is too far; and the writer is no speaker to run on from)
    const far =
      'Ana Ruiz said the plan was fine. The council met. The vote was close. “I argued that we should wait.”';
    expect(sourceOf(far, 'argued')?.[2]).toBeUndefined();
    const writer = 'I asked the clerk about the vote. “We found nothing wrong,” came the reply.';
    expect(sourceOf(writer, 'found')?.[2]).not.toBe('the writer');
  });

  test('outside quotation marks "I" stays the writer', () => {
    const text = 'When I asked the minister about the plan, she said it was under review.';
    expect(sourceOf(text, 'asked')?.[2]).toBe('the writer');
  });
});

describe('quotationAround: the marks around a token, from one index per part', () => {
  // The definition the index replaced: walk back to the paragraph's start, then on to its end.
  function walked(ctx: Context, k: number): { open: number; close: number } | null {
    const toks = ctx.tokens;
    let first = k;
    while (first > 0 && toks[first - 1]!.kind !== 'newline') first--;
    let open = -1;
    for (let q = first; q < k; q++) {
      const t = toks[q]!;
      if (t.kind === 'quote' && t.lower === '“') open = q;
      else if (t.kind === 'quote' && t.lower === '”') open = -1;
    }
    if (open < 0) return null;
    let close = -1;
    for (let q = k + 1; q < toks.length && toks[q]!.kind !== 'newline'; q++) {
      if (toks[q]!.kind === 'quote' && toks[q]!.lower === '”') {
        close = q;
        break;
      }
    }
    return { open, close };
  }

  /** Checks `quotationAround` against the plain walk at every token; the tokens inside a quotation. */
  function agreesWithWalk(ctx: Context): number {
    let inside = 0;
    for (let k = 0; k < ctx.tokens.length; k++) {
      const want = walked(ctx, k);
      if (want) inside++;
      expect([k, quotationAround(ctx, k)]).toEqual([k, want]);
    }
    return inside;
  }

  test('every token of quoted, unclosed and nested paragraphs', () => {
    const text = [
      '“We will appeal,” the lawyer said. “It is not over.”',
      '“The second paragraph runs on, unclosed, said the clerk.',
      '“And this one closes,” she added, “after an aside.” Then plain text.',
      'A paragraph with no marks at all, said the mayor.',
      'He said "straight quotes" count too, and "this one',
      'never closes" across a line.',
    ].join('\n\n');
    const ctx = buildContext(text);
    const inside = agreesWithWalk(ctx);
    expect(inside).toBeGreaterThan(20);
    expect(ctx.quotes).toBeNull(); // short paragraphs: answered by the walk
  });

  test('a paragraph too long to walk: the index answers, the same', () => {
    const sentence = '“We will appeal,” the lawyer said, and “the ruling is wrong”, she added. ';
    const text = `${sentence.repeat(40)}“And an unclosed one runs on ${'and on '.repeat(150)}to the end.`;
    const ctx = buildContext(text);
    const inside = agreesWithWalk(ctx);
    expect(inside).toBeGreaterThan(300);
    expect(ctx.quotes).not.toBeNull();
  });
});
