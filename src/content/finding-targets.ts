/**
 * What a reader can point at: each finding's words, and for an attribution
 * also its source's words. Where several overlap, the narrowest is the one
 * meant ("told" inside "were not told"), and at equal width the more specific
 * kind.
 */
import type { Finding, FindingKind } from '../engine/types';
import { SpanIndex, type Span } from './span-index';

/** A finding (by index) and which of its spans was hit. */
export interface Target {
  finding: number;
  part: 'words' | 'source';
}

/** Which kind wins at equal width: the narrow kinds over the broad. */
const RANK: Record<FindingKind, number> = { unnamed: 4, hedge: 3, agentless: 2, attribution: 1 };

/** Indexes the spans of `findings` for pointing. */
export function targetIndex(findings: readonly Finding[]): SpanIndex<Target> {
  const spans: Span<Target>[] = [];
  findings.forEach((f, finding) => {
    spans.push({ start: f.start, end: f.end, value: { finding, part: 'words' } });
    if (f.kind === 'attribution' && f.source) {
      spans.push({
        start: f.source.start,
        end: f.source.end,
        value: { finding, part: 'source' },
      });
    }
  });
  return new SpanIndex(spans);
}

/** The target meant among `hits`, or null when there is none. */
export function pickTarget(
  hits: readonly Span<Target>[],
  findings: readonly Finding[],
): Span<Target> | null {
  let best: Span<Target> | null = null;
  let bestRank = 0;
  for (const hit of hits) {
    const finding = findings[hit.value.finding];
    if (finding === undefined) continue;
    // A source is worth its attribution's rank, below a finding of its own words.
    const rank = hit.value.part === 'words' ? RANK[finding.kind] : 0.5;
    const width = hit.end - hit.start;
    const bestWidth = best === null ? Infinity : best.end - best.start;
    if (width < bestWidth || (width === bestWidth && rank > bestRank)) {
      best = hit;
      bestRank = rank;
    }
  }
  return best;
}
