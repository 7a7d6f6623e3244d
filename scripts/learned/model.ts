/**
 * A logistic-regression scorer over string features (the learned unnamed-phrase experiment:
 * docs/learned-unnamed.md). Training is deterministic: examples in the order given, a fixed
 * number of passes, no randomness; the weights kept are the average over all updates.
 */

/** Feature weights: a feature absent from the table weighs 0. */
export type Weights = ReadonlyMap<string, number>;

/** The model's probability that a candidate with `feats` is an unnamed phrase. */
export function probability(weights: Weights, feats: readonly string[]): number {
  let z = 0;
  for (const f of feats) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** A training example: its features and whether it is an unnamed phrase. */
export interface Example {
  feats: readonly string[];
  label: boolean;
}

export interface TrainOptions {
  epochs: number;
  /** Learning rate at the first pass (it decays as 1 / (1 + pass)). */
  rate: number;
  /** L2 penalty of shape features. */
  l2: number;
  /** L2 penalty of lexical features (`w:` prefix): memory of words is held back harder. */
  l2Lexical: number;
  /** Weight of a positive example relative to a negative one. */
  positiveWeight: number;
}

export const DEFAULT_TRAIN: TrainOptions = {
  epochs: 12,
  rate: 0.1,
  l2: 1e-4,
  l2Lexical: 3e-3,
  positiveWeight: 1,
};

/**
 * Trains weights by stochastic gradient descent on the log loss with L2 (applied lazily to the
 * features an example has), and returns the averaged weights.
 */
export function train(examples: readonly Example[], opts: TrainOptions = DEFAULT_TRAIN): Weights {
  const w = new Map<string, number>();
  const sum = new Map<string, number>();
  let steps = 0;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rate = opts.rate / (1 + epoch);
    for (const ex of examples) {
      const p = probability(w, ex.feats);
      const y = ex.label ? 1 : 0;
      const g = (y - p) * (ex.label ? opts.positiveWeight : 1);
      for (const f of ex.feats) {
        const old = w.get(f) ?? 0;
        const l2 = f.startsWith('w:') ? opts.l2Lexical : opts.l2;
        const next = old + rate * (g - l2 * old);
        w.set(f, next);
      }
      steps++;
      // running sum of the weights after each step, kept for the features just touched and
      // corrected at the end (the usual averaged-perceptron trick would need timestamps; the
      // sets here are small, so the whole table is summed every 16 steps instead)
      if (steps % 16 === 0) for (const [f, v] of w) sum.set(f, (sum.get(f) ?? 0) + v);
    }
  }
  const snapshots = Math.floor(steps / 16);
  const out = new Map<string, number>();
  for (const [f, v] of w) {
    const avg = snapshots > 0 ? (sum.get(f) ?? 0) / snapshots : v;
    if (Math.abs(avg) >= 1e-4) out.set(f, Math.round(avg * 1e4) / 1e4);
  }
  return out;
}
