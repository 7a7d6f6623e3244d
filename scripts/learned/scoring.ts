/**
 * The experiments' scoring of unnamed spans: score.mjs's matching per kind for passages, and
 * score-anon.ts's caught spans and control alarms for anon sentences (experiment.ts and
 * experiment29.ts both use it).
 */
import type { Doc, Span } from './data';
import { matchByOverlap } from '../lib/score-match';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  caught: number;
  spans: number;
  alarms: number;
  controls: number;
  unnamed: Tally;
  micro: Tally;
  passages: number;
}

export const zeroScores = (): Scores => ({
  caught: 0,
  spans: 0,
  alarms: 0,
  controls: 0,
  unnamed: { tp: 0, fp: 0, fn: 0 },
  micro: { tp: 0, fp: 0, fn: 0 },
  passages: 0,
});

/** score.mjs's matching for one kind of one text. */
function tallyKind(doc: Doc, kind: string, pred: readonly Span[], t: Tally): void {
  const g = doc.gold.filter((s) => s.kind === kind);
  const { gold: gUsed, found: pUsed } = matchByOverlap(g, pred);
  g.forEach((gs, gi) => {
    if (gs.optional) return;
    if (gUsed.has(gi)) t.tp++;
    else t.fn++;
  });
  pred.forEach((ps, pi) => {
    if (pUsed.has(pi)) return;
    if (g.some((gs) => gs.optional && overlaps(gs, ps))) return;
    if (doc.unlabelled.some((r) => ps.start >= r.start && ps.end <= r.end)) return;
    t.fp++;
  });
}

/** Adds text `d`'s score with unnamed spans `pred` to `r` (`unnamedOnly`: not the micro tally). */
export function scoreDoc(d: Doc, pred: readonly Span[], r: Scores, unnamedOnly = false): void {
  if (d.kind === 'anon') {
    for (const g of d.gold) {
      r.spans++;
      if (pred.some((p) => overlaps(p, g))) r.caught++;
    }
    if (d.control) {
      r.controls++;
      if (pred.some((p) => !d.optional.some((o) => overlaps(o, p)))) r.alarms++;
    }
    return;
  }
  r.passages++;
  tallyKind(d, 'unnamed', pred, r.unnamed);
  if (unnamedOnly) return;
  tallyKind(d, 'unnamed', pred, r.micro);
  for (const kind of ['attribution', 'agentless', 'hedge'])
    tallyKind(
      d,
      kind,
      d.findings.filter((f) => f.kind === kind),
      r.micro,
    );
}

export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const r = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export const pct = (x: number): string => (100 * x).toFixed(1);

/** Errors fixed minus errors made from `a` to `b` (unnamed spans and anon sources, controls). */
export function gainOf(a: Scores, b: Scores): number {
  return (
    b.caught -
    a.caught -
    (b.alarms - a.alarms) +
    (b.unnamed.tp - a.unnamed.tp) -
    (b.unnamed.fp - a.unnamed.fp)
  );
}
