import { describe, expect, test } from 'vitest';
import { isBlank, OVERSIZED_HEAD_BYTES, splitLines } from './lines';
import type { InputLine } from './lines';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

/** Feeds `input` in chunks of `size` bytes (1: every byte on its own). */
async function* chunked(input: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < input.length; i += size) yield input.slice(i, i + size);
}

async function collect(input: string | Uint8Array, size: number, max = 1024): Promise<InputLine[]> {
  const out: InputLine[] = [];
  const bytes = typeof input === 'string' ? enc(input) : input;
  for await (const line of splitLines(chunked(bytes, size), max)) out.push(line);
  return out;
}

const texts = (lines: InputLine[]): (string | number)[] =>
  lines.map((l) => (l.oversized ? -l.size : `${l.line}:${dec(l.bytes)}`));

describe('splitLines', () => {
  test.each([1, 2, 3, 7, 1000])(
    'lines come out the same whatever the chunk size (%i)',
    async (size) => {
      const input = 'a\r\nbb\n\n  \nlast';
      expect(texts(await collect(input, size))).toEqual(['1:a', '2:bb', '3:', '4:  ', '5:last']);
    },
  );

  test('a final newline adds no empty line; a lone CR inside a line stays', async () => {
    expect(texts(await collect('x\ry\n', 4))).toEqual(['1:x\ry']);
    expect(await collect('', 4)).toEqual([]);
  });

  test('multi-byte characters split across chunks are kept whole', async () => {
    expect(texts(await collect('caf\u00e9 \u{1F600}\nno\u00ebl', 1))).toEqual([
      '1:caf\u00e9 \u{1F600}',
      '2:no\u00ebl',
    ]);
  });

  test('a line over the limit is skipped, counted, and keeps only its head', async () => {
    const long = `{"id":"big","text":"${'x'.repeat(10_000)}"}`;
    const lines = await collect(`{"id":1}\n${long}\n{"id":2}`, 333, 1000);
    expect(lines).toHaveLength(3);
    const [first, big, last] = lines;
    expect(first?.oversized).toBeUndefined();
    expect(big).toMatchObject({ line: 2, oversized: true, size: long.length });
    // At least the limit's worth (here 1,000 bytes), never more than the head size.
    const headLength = big?.oversized ? big.head.length : 0;
    expect(headLength).toBeGreaterThan(1000);
    expect(headLength).toBeLessThanOrEqual(OVERSIZED_HEAD_BYTES);
    expect(big?.oversized && dec(big.head).startsWith('{"id":"big"')).toBe(true);
    expect(last).toMatchObject({ line: 3 });
    expect(last && !last.oversized && dec(last.bytes)).toBe('{"id":2}');
  });

  test('a line exactly at the limit is kept', async () => {
    const lines = await collect(`${'y'.repeat(50)}\n`, 8, 50);
    expect(lines[0]?.oversized).toBeUndefined();
  });

  test('it reads no further than the line asked for', async () => {
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      for (let i = 0; i < 1000; i++) {
        pulled++;
        yield enc(`line ${i}\n`);
      }
    }
    const it = splitLines(source(), 100);
    await it.next();
    await it.next();
    expect(pulled).toBe(2);
    await it.return(undefined);
  });

  test('lines are copies the caller owns whole (safe to transfer)', async () => {
    const [line] = await collect('abc\ndef\n', 100);
    expect(line && !line.oversized && line.bytes.byteLength).toBe(3);
    expect(line && !line.oversized && line.bytes.buffer.byteLength).toBe(3);
  });
});

test.each([
  ['', true],
  [' \t\r', true],
  [' {}', false],
])('isBlank(%j) is %s', (s, blank) => {
  expect(isBlank(enc(s))).toBe(blank);
});
