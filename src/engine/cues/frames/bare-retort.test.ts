/**
 * `hit back` as a retort with no particle ends its clause: a comma before a participle of
 * speech or a quotation, a colon, or the sentence's end (past a time). A match or a fight that
 * hits back goes on with `with`, `to` or a participle of play. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../../test-helpers';

const hitBack = (text: string) =>
  seen(text, 'attribution').filter((s) => /hits? back$/.test(s.text));

describe('hit back as a retort', () => {
  test.each([
    ['The minister hit back, insisting that waiting times had fallen.', 'The minister'],
    ['Her manager, Tom Reyes, hit back within the hour, saying the scan was routine.', 'Tom Reyes'],
    ['The club hit back last night.', 'The club'],
    ['The producer hit back: "Every figure in the film is sourced."', 'The producer'],
  ])('%s', (text, source) => {
    const found = hitBack(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.source?.endsWith(source)).toBe(true);
  });

  test.each([
    'Rovers hit back with two goals in the second half.',
    'The visitors hit back to draw level before the break.',
    'City hit back, scoring twice in five minutes.',
    'The army hit back with artillery fire on Tuesday.',
  ])('not: %s', (text) => {
    expect(hitBack(text)).toEqual([]);
  });
});

describe('weighed in with its quotation next (point 345)', () => {
  const weighedIn = (text: string) =>
    seen(text, 'attribution').filter((s) => /weighed in$/.test(s.text));

  test.each([
    'Tenants weighed in. "We have waited two years for repairs," said Maya Lind.',
    'Local traders weighed in: "Nobody asked us."',
  ])('%s', (text) => {
    expect(weighedIn(text)).toHaveLength(1);
  });

  test.each([
    'The jockey weighed in. He was two pounds light.',
    'Both boxers weighed in at 66 kilos.',
  ])('not: %s', (text) => {
    expect(weighedIn(text)).toEqual([]);
  });
});
