import { describe, expect, test } from 'vitest';
import { generateProse } from '../../scripts/lib/prose';
import { analyze } from '../engine';
import type { Finding } from '../engine/types';
import { analyzePart, ENGINE_PART, MAX_PART, partOrder, partsOf, shiftFindings } from './parts';

describe('analysing an article part by part', () => {
  // Generated news-like prose of several parts; the real pages and the labelled corpus are
  // checked by scripts/check-parts.ts (they live outside the repository).
  const text = generateProse(6 * ENGINE_PART, 42);

  test('the parts cover the text exactly, each ending at a line break', () => {
    const parts = partsOf(text);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts[0]?.start).toBe(0);
    expect(parts[parts.length - 1]?.end).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]?.start).toBe(parts[i - 1]?.end);
    for (const p of parts.slice(0, -1)) expect(text.charAt(p.end - 1)).toBe('\n');
  });

  test('gives exactly the findings of one analyze(text) call', () => {
    const whole = analyze(text);
    const pieces = partsOf(text).flatMap((p) => analyzePart(analyze, text, p));
    expect(whole.length).toBeGreaterThan(500);
    expect(pieces).toEqual(whole);
  });

  test('findings that crossed a message (copies, no shared entities) shift to the same', () => {
    // Chrome's messages carry JSON: a source entity shared by findings arrives as one copy each.
    const whole = analyze(text);
    const pieces = partsOf(text).flatMap((p) => {
      const sent = JSON.parse(JSON.stringify(analyze(text.slice(p.start, p.end)))) as Finding[];
      return shiftFindings(sent, p.start);
    });
    expect(whole.some((f) => f.source?.entity)).toBe(true);
    expect(pieces).toEqual(JSON.parse(JSON.stringify(whole)));
  });

  test('a stretch without line breaks is cut after a sentence, never longer than MAX_PART', () => {
    const long = generateProse(3 * MAX_PART, 3).replace(/\n+/g, ' ');
    const parts = partsOf(long);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.end - p.start).toBeLessThanOrEqual(MAX_PART);
    for (const p of parts.slice(0, -1)) expect(long.slice(p.end - 2, p.end)).toMatch(/[.!?”"’)] $/);
    expect(
      partsOf(long)
        .map((p) => long.slice(p.start, p.end))
        .join(''),
    ).toBe(long);
  });

  test('starts with the part on screen, then those below it, then those above', () => {
    const parts = [0, 10, 20, 30, 40].map((start) => ({ start, end: start + 10 }));
    expect(partOrder(parts, 0)).toEqual([0, 1, 2, 3, 4]);
    expect(partOrder(parts, 25)).toEqual([2, 3, 4, 1, 0]);
    expect(partOrder(parts, 99)).toEqual([4, 3, 2, 1, 0]);
    expect(partOrder([], 0)).toEqual([]);
  });
});
