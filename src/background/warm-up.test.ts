import { describe, expect, test } from 'vitest';
import { generateProse } from '../../scripts/lib/prose';
import { analyze, FINDING_KINDS } from '../engine';
import { WARM_UP_CHUNK_CHARS, warmUpChunks } from './warm-up';

describe('the warm-up text', () => {
  const sample = warmUpChunks();

  test('is a sample with every kind of finding, a sentence or two per chunk', () => {
    const kinds = new Set(sample.flatMap((c) => analyze(c)).map((f) => f.kind));
    expect([...kinds].sort()).toEqual([...FINDING_KINDS].sort());
    expect(sample.length).toBeGreaterThan(4);
    for (const chunk of sample) expect(chunk.length).toBeLessThan(300);
    expect(warmUpChunks()).toEqual(sample);
  });

  test('more text follows the sample in chunks of whole paragraphs', () => {
    const more = generateProse(8192, 7);
    const chunks = warmUpChunks(more);
    expect(chunks.slice(0, sample.length)).toEqual(sample);
    const rest = chunks.slice(sample.length);
    expect(rest.length).toBeGreaterThan(5);
    expect(rest.join('\n\n')).toBe(more);
    for (const chunk of rest) {
      const paragraphs = chunk.split('\n\n');
      // a chunk is over the size only when it is one long paragraph
      if (paragraphs.length > 1) expect(chunk.length).toBeLessThanOrEqual(WARM_UP_CHUNK_CHARS);
    }
    expect(warmUpChunks(more, 512).length).toBeGreaterThan(warmUpChunks(more, 2048).length);
  });
});
