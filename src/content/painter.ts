/**
 * Turns findings into highlight ranges in steps, nearest the reader first, up to a cap.
 *
 * A browser repaints every range of a highlight whenever one changes, so a page with a
 * hundred thousand ranges pays for all of them on each frame that adds one; past a few tens of
 * thousands that alone makes long tasks. `MAX_PAINTED_RANGES` is the most Who Said paints at
 * once (no real article comes near it: the 34 real pages have 0 to 130); on a longer page the
 * ranges nearest the place the reader was at go first, and the summary says that the page is
 * only partly shown.
 */
import type { Finding } from '../engine/types';
import type { Highlighter } from './highlighter';
import type { Steps } from './steps';
import type { TextMap } from './text-map';

/** The most ranges painted at once. */
export const MAX_PAINTED_RANGES = 20_000;

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

  constructor(
    private readonly highlighter: Highlighter,
    private readonly map: TextMap,
    private readonly cap: number = MAX_PAINTED_RANGES,
  ) {}

  /** Paints `findings` in the order given, pausing every few hundred ranges, until the cap. */
  *paint(findings: readonly Finding[]): Steps<void> {
    let step = 0;
    for (const f of findings) {
      const source = f.kind === 'attribution' ? f.source : undefined;
      if (this.ranges + (source ? 2 : 1) > this.cap) {
        this.capped = true;
        return;
      }
      const range = this.highlighter.add(f.kind, this.map.rangeFor(f.start, f.end));
      if (range !== null) this.ranges++;
      if (source) {
        const s = this.highlighter.add('source', this.map.rangeFor(source.start, source.end));
        if (s !== null) this.ranges++;
      }
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
