/**
 * The scorer's matching (`../shared/eval/score.mjs`), for scripts that explain its counts: gold
 * and found spans of one kind paired by greatest overlap first, each used once.
 */

/** Character offsets of a span. */
export interface Offsets {
  start: number;
  end: number;
}

/** How many characters two spans share (0 when they are apart). */
export function overlap(a: Offsets, b: Offsets): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The indices of the gold and found spans paired, greatest overlap first, each at most once. */
export function matchByOverlap(
  gold: readonly Offsets[],
  found: readonly Offsets[],
): { gold: Set<number>; found: Set<number> } {
  const pairs: [number, number, number][] = [];
  gold.forEach((g, gi) =>
    found.forEach((p, pi) => {
      const o = overlap(g, p);
      if (o > 0) pairs.push([o, gi, pi]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
  }
  return { gold: gUsed, found: pUsed };
}
