/**
 * The learned unnamed-phrase scorer's decision (docs/learned-unnamed.md), after the rules of
 * `unnamed/find-unnamed.ts`, for one sentence: it drops a rule finding the drop model scores as
 * strongly not unnamed, and adds a candidate the rules missed that the add model scores as
 * strongly unnamed. Token ranges throughout, as the engine's detectors use.
 */
import type { Context } from '../../src/engine/context';
import type { Cue } from '../../src/engine/cues/cue';
import type { Sentence } from '../../src/engine/sentences';
import type { Unnamed } from '../../src/engine/unnamed/find-unnamed';
import { WHY } from '../../src/engine/unnamed/words';
import { candidates as engineCandidates } from '../../src/engine/learned/candidates';
import { featureNames } from './features';
import type { Weights } from './model';
import { probability } from './model';

/** A candidate of a sentence: token range, head, features, the rule finding it falls in. */
export interface Candidate {
  start: number;
  end: number;
  head: number;
  feats: string[];
  /** Index of the rule finding over its head, or -1. */
  finding: number;
}

/** The two models and their thresholds. */
export interface UnnamedModel {
  add: Weights;
  drop: Weights;
  /** A candidate the rules missed is added at this probability or above. */
  addAt: number;
  /** A rule finding is dropped when every candidate in it scores below this. */
  dropBelow: number;
  /**
   * Adds only a candidate a cue credits or in a sentence with anonymity words, and never a
   * definite `the` + person noun (a repeat far more often than a new source).
   */
  gate?: boolean;
}

const PERSON_CLASSES = ['cls:role', 'cls:occupation', 'cls:person', 'cls:title'];

/** Whether the gate of `UnnamedModel` lets a candidate with `feats` be added. */
export function gateOpen(feats: readonly string[]): boolean {
  if (!feats.includes('source') && !feats.includes('sentAnon')) return false;
  return !(feats.includes('det:the') && PERSON_CLASSES.some((c) => feats.includes(c)));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/**
 * The candidates of sentence `s`, given its cues and the rules' unnamed phrases: the engine's
 * (src/engine/learned/candidates.ts), their features spelt as strings.
 */
export function candidates(
  ctx: Context,
  s: Sentence,
  cues: readonly Cue[],
  found: readonly Unnamed[],
): Candidate[] {
  return engineCandidates(ctx, s, cues, found).map((c) => ({
    ...c,
    feats: featureNames(c.feats),
  }));
}

/**
 * The sentence's unnamed phrases after the model: the rules' minus those it drops, plus the
 * candidates it adds (best first, none overlapping a kept or added phrase).
 */
export function decide(
  found: readonly Unnamed[],
  cands: readonly Candidate[],
  m: UnnamedModel,
): Unnamed[] {
  const best: number[] = found.map(() => -1);
  const extra: { c: Candidate; p: number }[] = [];
  for (const c of cands) {
    if (c.finding >= 0) {
      const p = probability(m.drop, c.feats);
      if (p > best[c.finding]!) best[c.finding] = p;
    } else {
      if (m.gate && !gateOpen(c.feats)) continue;
      const p = probability(m.add, c.feats);
      if (p >= m.addAt) extra.push({ c, p });
    }
  }
  const kept = found.filter((_, i) => best[i]! < 0 || best[i]! >= m.dropBelow);
  extra.sort((a, b) => b.p - a.p || a.c.start - b.c.start);
  for (const { c } of extra)
    if (!kept.some((k) => overlaps(k, c)))
      kept.push({
        start: c.start,
        end: c.end,
        why: c.feats.includes('source') ? WHY.source : WHY.actor,
      });
  return kept.sort((a, b) => a.start - b.start);
}
