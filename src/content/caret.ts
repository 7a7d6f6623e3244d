/**
 * From a pointer position to a place in the text. CSS highlights have no
 * element to hover, so the point is turned into a caret position
 * (`caretPositionFromPoint`, or Chromium's older `caretRangeFromPoint`), and
 * the caller checks the word's boxes, since a caret is found even in the
 * margin beside a line.
 */
import type { Box } from './card-placement';

/** A text position under a point, if the browser can tell. */
export interface Caret {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The caret position at viewport point (x, y), or null. */
export function caretAt(doc: Document, x: number, y: number): Caret | null {
  const d = doc as Document & CaretDocument;
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/** Extra room around a line box that still counts as on it, in pixels. */
const SLOP = 2;

/** Whether (x, y) lies on one of `boxes`. */
export function onBoxes(boxes: readonly Box[], x: number, y: number): boolean {
  return boxes.some(
    (b) => x >= b.left - SLOP && x <= b.right + SLOP && y >= b.top - SLOP && y <= b.bottom + SLOP,
  );
}
