/**
 * Where the reader is: the offset in the article text of the first text on screen, so that the
 * analysis and the highlights start there ("first screen first").
 *
 * A binary search over the text map's segments, measuring one segment's box per step (about 17
 * steps for 100,000 segments), which assumes that the article's text runs down the page in
 * reading order, as it does. Measuring needs layout, which a settled page has; the answer is
 * only an order of work, so a wrong guess costs time, never correctness.
 */
import { createRange } from './dom-access';
import type { Segment, TextMap } from './text-map';

/** What the search needs from the page: the vertical extent of a run of text, on screen. */
export type MeasureRun = (segment: Segment) => { top: number; bottom: number } | null;

/** Measures a segment's text with a Range from `doc` (null when it has no box). */
export function rangeMeasurer(doc: Document): MeasureRun {
  let range: Range | null = null;
  return (segment) => {
    try {
      range ??= createRange(doc);
      range.setStart(segment.node, segment.nodeOffset);
      range.setEnd(segment.node, segment.nodeOffset + (segment.end - segment.start));
      const box = range.getBoundingClientRect();
      return box.width === 0 && box.height === 0 ? null : { top: box.top, bottom: box.bottom };
    } catch {
      return null;
    }
  };
}

/**
 * The text offset of the first segment that ends below the top of the screen, or 0 when the
 * text cannot be measured (no layout) or starts on screen.
 */
export function firstVisibleOffset(map: TextMap, measure: MeasureRun): number {
  const segments = map.segments;
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  let measured = false;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const box = measure(segments[mid] as Segment);
    // A run without a box (hidden by a style sheet) says nothing: look earlier.
    if (box !== null) measured = true;
    if (box === null || box.bottom > 0) {
      if (box !== null) found = mid;
      hi = mid - 1;
    } else {
      lo = mid + 1;
    }
  }
  if (!measured || found <= 0) return 0;
  return (segments[found] as Segment).start;
}
