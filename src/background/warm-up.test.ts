import { describe, expect, test } from 'vitest';
import { analyze, FINDING_KINDS } from '../engine';
import { WARM_UP_BYTES, WARM_UP_CHUNK_BYTES, warmUpChunks } from './warm-up';

/** Prose asked of `warmUpChunks` below. */
const PROSE = 32 * 1024;

describe('the warm-up text', () => {
  const chunks = warmUpChunks(PROSE);

  const sample = warmUpChunks(0);

  test('starts with a sample that has every kind of finding, a sentence or two per chunk', () => {
    expect(chunks.slice(0, sample.length)).toEqual(sample);
    const kinds = new Set(sample.flatMap((c) => analyze(c)).map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...FINDING_KINDS].sort());
    for (const chunk of sample) expect(chunk.length).toBeLessThan(300);
  });

  test('is the sample and the generated prose, in chunks of whole paragraphs', () => {
    const prose = chunks.slice(sample.length);
    const total = prose.reduce((n, c) => n + c.length, 0);
    expect(total).toBeGreaterThanOrEqual(PROSE * 0.9);
    expect(total).toBeLessThan(PROSE * 1.2);
    for (const chunk of prose) {
      const paragraphs = chunk.split('\n\n');
      // a chunk is over the size only when it is one long paragraph
      if (paragraphs.length > 1) expect(chunk.length).toBeLessThanOrEqual(WARM_UP_CHUNK_BYTES);
      for (const p of paragraphs) expect(p.trim()).not.toBe('');
    }
    // every kind of finding, many times over
    const kinds = new Map<string, number>();
    for (const chunk of prose)
      for (const f of analyze(chunk)) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
    for (const kind of FINDING_KINDS) expect(kinds.get(kind) ?? 0).toBeGreaterThan(10);
  });

  test('is the same on every call; no prose asked, the sample alone', () => {
    expect(warmUpChunks(PROSE)).toEqual(chunks);
    expect(warmUpChunks()).toEqual(warmUpChunks(WARM_UP_BYTES));
    expect(sample.length).toBeGreaterThan(4);
    expect(chunks.length).toBeGreaterThan(sample.length + 20);
    expect(warmUpChunks(4096, 512).length).toBeGreaterThan(warmUpChunks(4096, 2048).length);
  });
});
