import { describe, expect, test } from 'vitest';
import { GAP, MIN_CARD_HEIGHT, placeCard, type Box } from './card-placement';

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

  test('in a short window, shortened in the larger space beside the words, not over them', () => {
    // A zoomed page: the card is taller than the room above and below the words, and the text
    // fills the width, so there is no room beside them either.
    const view = { width: 1000, height: 500 };
    const tall = { width: 320, height: 330 };
    const words = line(0, 300, 1000);
    const p = placeCard([words], tall, view);
    expect(p).toEqual({ left: GAP, top: GAP, side: 'above', maxHeight: 300 - 2 * GAP });
    const shown = { left: p.left, top: p.top, right: p.left + 320, bottom: p.top + 292 };
    expect(overlaps(shown, words)).toBe(false);
    const low = placeCard([line(0, 200, 1000)], tall, view);
    expect(low).toEqual({
      left: GAP,
      top: 224 + GAP,
      side: 'below',
      maxHeight: 500 - 224 - 2 * GAP,
    });
  });

  test('over the words only when no space around them holds even a short card', () => {
    const view = { width: 1000, height: 2 * MIN_CARD_HEIGHT };
    expect(placeCard([line(0, MIN_CARD_HEIGHT - 12, 1000)], CARD, view).side).toBe('over');
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
