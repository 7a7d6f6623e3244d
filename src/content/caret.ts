/**
 * From a pointer position to a place in the text. CSS highlights have no
 * element to hover, so the point is turned into a caret position
 * (`caretPositionFromPoint`, or Chromium's older `caretRangeFromPoint`), and
 * the caller checks the word's boxes, since a caret is found even in the
 * margin beside a line.
 */
import type { Box } from './card-placement';
import { caretFromPoint, type CaretPoint } from './dom-access';

/** A text position under a point, if the browser can tell. */
export type Caret = CaretPoint;

/**
 * The caret position at viewport point (x, y), or null; read through the document's
 * prototype (`dom-access.ts`), so a page's `<img name="caretPositionFromPoint">` changes nothing.
 */
export const caretAt = (doc: Document, x: number, y: number): Caret | null =>
  caretFromPoint(doc, x, y);

/** Extra room around a line box that still counts as on it, in pixels. */
const SLOP = 2;

/** Whether (x, y) lies on one of `boxes`. */
export function onBoxes(boxes: readonly Box[], x: number, y: number): boolean {
  return boxes.some(
    (b) => x >= b.left - SLOP && x <= b.right + SLOP && y >= b.top - SLOP && y <= b.bottom + SLOP,
  );
}
