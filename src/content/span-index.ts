/**
 * Spans of the article text, indexed for "which spans cover this offset" and
 * "which overlap this stretch" without a scan of every span: sorted by start,
 * found by binary search, checked back as far as the longest span reaches.
 */

/** A span with something attached. */
export interface Span<T> {
  start: number;
  end: number;
  value: T;
}

export class SpanIndex<T> {
  private readonly spans: Span<T>[];
  private readonly longest: number;

  constructor(spans: Iterable<Span<T>>) {
    this.spans = [...spans].filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
    let longest = 0;
    for (const s of this.spans) longest = Math.max(longest, s.end - s.start);
    this.longest = longest;
  }

  get size(): number {
    return this.spans.length;
  }

  /** Spans that overlap `[start, end)`, in order of start. */
  overlapping(start: number, end: number): Span<T>[] {
    const out: Span<T>[] = [];
    // The last span starting before `end`.
    let lo = 0;
    let hi = this.spans.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.spans[mid] as Span<T>).start < end) {
        last = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    for (let i = last; i >= 0; i--) {
      const s = this.spans[i] as Span<T>;
      if (s.start + this.longest <= start) break;
      if (s.end > start) out.push(s);
    }
    return out.reverse();
  }

  /** Spans that hold the character at `offset`. */
  at(offset: number): Span<T>[] {
    return this.overlapping(offset, offset + 1);
  }
}
