/**
 * Where the explanation card goes: next to the highlighted words and never
 * over them. Pure geometry in viewport coordinates, so it can be tested with
 * plain numbers.
 */

/** A rectangle in viewport coordinates (a DOMRect has these fields). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Placement {
  left: number;
  top: number;
  /** Where the card ended up: below or above the words, beside them, or (no room anywhere) over them. */
  side: 'below' | 'above' | 'right' | 'left' | 'over';
  /** Set when the whole card fits nowhere beside the words: its height there (it scrolls inside). */
  maxHeight?: number;
}

/** The least height worth showing a card in (its title and a line of text); less, and it covers. */
export const MIN_CARD_HEIGHT = 120;

/** Space kept between the card and the words, and between the card and the viewport's edge. */
export const GAP = 8;

const clamp = (value: number, low: number, high: number): number =>
  Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Places a card of `card` size for the words drawn in `boxes` (one per line
 * box), inside `viewport`. Below the words when there is room, else above,
 * else beside them; the card never overlaps any of the boxes unless the words
 * leave no room at all. Horizontally it starts where the words start.
 */
export function placeCard(boxes: readonly Box[], card: Size, viewport: Size): Placement {
  const first = boxes[0];
  if (first === undefined) return { left: GAP, top: GAP, side: 'over' };
  const union = boxes.reduce(
    (u, b) => ({
      left: Math.min(u.left, b.left),
      top: Math.min(u.top, b.top),
      right: Math.max(u.right, b.right),
      bottom: Math.max(u.bottom, b.bottom),
    }),
    { ...first },
  );
  const maxLeft = viewport.width - card.width - GAP;
  const maxTop = viewport.height - card.height - GAP;
  const left = clamp(first.left, GAP, maxLeft);
  if (union.bottom + GAP + card.height <= viewport.height - GAP) {
    return { left, top: Math.max(GAP, union.bottom + GAP), side: 'below' };
  }
  if (union.top - GAP - card.height >= GAP) {
    return { left, top: Math.min(maxTop, union.top - GAP - card.height), side: 'above' };
  }
  const top = clamp(union.top, GAP, maxTop);
  if (union.right + GAP + card.width <= viewport.width - GAP) {
    return { left: union.right + GAP, top, side: 'right' };
  }
  if (union.left - GAP - card.width >= GAP) {
    return { left: union.left - GAP - card.width, top, side: 'left' };
  }
  return shortened(union, left, viewport) ?? { left, top: maxTop, side: 'over' };
}

/**
 * A card too tall for a short window (a zoomed page, a laptop): in the larger of the spaces
 * below and above the words, as tall as that space, rather than over the words.
 */
function shortened(union: Box, left: number, viewport: Size): Placement | null {
  const below = viewport.height - GAP - (union.bottom + GAP);
  const above = union.top - GAP - GAP;
  if (Math.max(below, above) < MIN_CARD_HEIGHT) return null;
  return below >= above
    ? { left, top: union.bottom + GAP, side: 'below', maxHeight: below }
    : { left, top: GAP, side: 'above', maxHeight: above };
}
