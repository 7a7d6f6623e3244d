import { describe, expect, test } from 'vitest';
import { GAP, placeCard, type Box } from './card-placement';

const VIEW = { width: 1000, height: 800 };
const CARD = { width: 320, height: 180 };
const line = (left: number, top: number, right: number, height = 24): Box => ({
  left,
  top,
  right,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const cardBox = (p: { left: number; top: number }): Box => ({
  left: p.left,
  top: p.top,
  right: p.left + CARD.width,
  bottom: p.top + CARD.height,
});

describe('placeCard', () => {
  test('below the words, starting where they start', () => {
    const p = placeCard([line(200, 100, 260)], CARD, VIEW);
    expect(p).toEqual({ left: 200, top: 124 + GAP, side: 'below' });
  });

  test('above when there is no room below', () => {
    const p = placeCard([line(200, 700, 260)], CARD, VIEW);
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBeLessThanOrEqual(700 - GAP);
  });

  test('kept inside the viewport on the right', () => {
    const p = placeCard([line(900, 100, 980)], CARD, VIEW);
    expect(p.left + CARD.width).toBeLessThanOrEqual(VIEW.width - GAP);
  });

  test('below the last line of words that wrap, over none of them', () => {
    const words = [line(700, 100, 960), line(40, 124, 180)];
    const p = placeCard(words, CARD, VIEW);
    expect(p.side).toBe('below');
    for (const w of words) expect(overlaps(cardBox(p), w)).toBe(false);
  });

  test('beside words that fill the height', () => {
    const words = [line(100, 40, 400, 700)];
    const p = placeCard(words, CARD, VIEW);
    expect(p.side).toBe('right');
    expect(overlaps(cardBox(p), words[0] as Box)).toBe(false);
  });

  test.each([
    [line(10, 10, 60)],
    [line(500, 300, 560)],
    [line(950, 780, 999, 20)],
    [line(0, 0, 1000, 20)],
  ])('never over the words (%o)', (words) => {
    const p = placeCard([words], CARD, VIEW);
    expect(overlaps(cardBox(p), words)).toBe(false);
  });
});
