/**
 * Turns findings into highlight ranges in steps, nearest the reader first, up to a cap.
 *
 * Chromium redoes the markers of every range of a highlight each time one is put up, in the
 * frame after: about 90 ms for 1,000 ranges and 240 ms for 10,000 on a busy two-core machine
 * (a page of a million words); and `new Highlight(...ranges)` throws near 96,000. So Who Said
 * paints at most `MAX_PAINTED_RANGES` at once. No real article comes near it (the 34 real
 * pages have 0 to 130 findings); on a longer page the findings from where the reader is on are
 * painted, the window follows the reader as they scroll (`paintWindow`), and the summary says
 * that the page is only partly shown.
 */
import type { Finding } from '../engine/types';
import type { Highlighter } from './highlighter';
import type { Steps } from './steps';
import type { TextMap } from './text-map';

/** The most ranges painted at once. */
export const MAX_PAINTED_RANGES = 2_000;

/** Ranges added between two pauses. */
const RANGES_PER_STEP = 400;

/** Adds findings to a highlighter as ranges, up to a cap. */
export class Painter {
  /** Findings painted. */
  painted = 0;
  /** Ranges painted (an attribution with its source is two). */
  ranges = 0;
  /** Whether findings were left unpainted because of the cap. */
  capped = false;
  /** The text the painted findings span, from the first one's start to the last one's end. */
  first = -1;
  last = -1;

  constructor(
    private readonly highlighter: Highlighter,
    private readonly map: TextMap,
    private readonly cap: number = MAX_PAINTED_RANGES,
  ) {}

  /**
   * Whether painting `findings` would meet the cap: only then does their order change what is
   * painted (what is put up together is shown together, in whatever order it was added).
   */
  wouldCap(findings: readonly Finding[]): boolean {
    let ranges = this.ranges + findings.length;
    if (ranges <= this.cap / 2) return false;
    for (const f of findings) if (f.kind === 'attribution' && f.source) ranges++;
    return ranges > this.cap;
  }

  /** Paints `findings` in the order given, pausing every few hundred ranges, until the cap. */
  *paint(findings: readonly Finding[]): Steps<void> {
    let step = 0;
    for (const f of findings) {
      const source = f.kind === 'attribution' ? f.source : undefined;
      if (this.ranges + (source ? 2 : 1) > this.cap) {
        this.capped = true;
        return;
      }
      const range = this.map.rangeFor(f.start, f.end);
      if (range !== null) {
        this.highlighter.add(f.kind, range);
        this.ranges++;
      }
      if (source) {
        const s = this.map.rangeFor(source.start, source.end);
        if (s !== null) {
          this.highlighter.add('source', s);
          this.ranges++;
        }
      }
      if (this.first < 0 || f.start < this.first) this.first = f.start;
      if (f.end > this.last) this.last = f.end;
      this.painted++;
      if (++step >= RANGES_PER_STEP) {
        step = 0;
        yield;
      }
    }
  }
}

/**
 * `findings` (sorted by start) in the order to paint them for a reader at offset `focus`:
 * those from the focus on first, then those before it, nearest first.
 */
export function nearestFirst(findings: readonly Finding[], focus: number): Finding[] {
  let i = 0;
  while (i < findings.length && (findings[i] as Finding).end <= focus) i++;
  if (i === 0) return findings.slice();
  const out = findings.slice(i);
  for (let j = i - 1; j >= 0; j--) out.push(findings[j] as Finding);
  return out;
}

/** The findings painted by `paintWindow` and the stretch of text they span. */
export interface PaintedWindow {
  painted: number;
  ranges: number;
  from: number;
  to: number;
}

/**
 * Replaces what is shown with a window of `findings` (sorted by start) around offset `focus`:
 * a fifth of the cap before it, the rest after. For a page with more findings than the cap,
 * called again as the reader scrolls out of the window.
 */
export function paintWindow(
  highlighter: Highlighter,
  map: TextMap,
  findings: readonly Finding[],
  focus: number,
  cap: number = MAX_PAINTED_RANGES,
): PaintedWindow {
  let at = 0;
  while (at < findings.length && (findings[at] as Finding).end <= focus) at++;
  // About two ranges a finding (an attribution and its source): a fifth of the cap above.
  const start = Math.max(0, at - Math.floor(cap / 10));
  highlighter.begin(false);
  const painter = new Painter(highlighter, map, cap);
  const steps = painter.paint(findings.slice(start));
  while (!steps.next().done);
  highlighter.commit();
  return {
    painted: painter.painted,
    ranges: painter.ranges,
    from: painter.first,
    to: painter.last,
  };
}
