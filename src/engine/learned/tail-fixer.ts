/**
 * The learned tail-fixer for unnamed phrases (docs/learned-unnamed.md, session 30): in a sentence
 * with a cue the rules found or an anonymous-source formula (gate.ts), a logistic model drops a rule finding it
 * scores as strongly not unnamed and adds a candidate the rules missed that it scores as strongly
 * unnamed. Weights (model.json) are trained by scripts/learned/ on every development text, on the
 * features of features.ts, which the scripts share.
 */
import type { Context } from '../context';
import type { Cue } from '../cues/cue';
import type { Sentence } from '../sentences';
import type { Finding } from '../types';
import { WHY } from '../unnamed/words';
import type { Candidate, TokenSpan } from './candidates';
import { candidates } from './candidates';
import type { Features } from './features';
import { T, TEMPLATE } from './features';
import { anonFormula } from './gate';
import model from './model.json';

/** One model's weights as stored: integer features, and the words looked up. */
interface StoredWeights {
  ids: Record<string, number>;
  words: Record<string, number>;
  post: Record<string, number>;
  cue: Record<string, number>;
}

/** One model's weights, ready to sum. */
interface Weights {
  ids: Float64Array;
  words: Map<string, number>;
  post: Map<string, number>;
  cue: Map<string, number>;
}

function load(w: StoredWeights): Weights {
  const ids = new Float64Array((T.namedBefore + 1) * TEMPLATE);
  for (const k of Object.keys(w.ids)) ids[Number(k)] = w.ids[k]!;
  return {
    ids,
    words: new Map(Object.entries(w.words)),
    post: new Map(Object.entries(w.post)),
    cue: new Map(Object.entries(w.cue)),
  };
}

const ADD = load(model.add);
const DROP = load(model.drop);
/** The thresholds as log-odds: a probability `p` is at least `t` when its log-odds are. */
const logit = (p: number): number => Math.log(p / (1 - p));
const ADD_AT = model.addAt < 1 ? logit(model.addAt) : Infinity;
const DROP_BELOW = model.dropBelow > 0 ? logit(model.dropBelow) : -Infinity;

/** The model's log-odds that a candidate with features `f` is an unnamed phrase. */
export function logOdds(w: Weights, f: Features): number {
  let z = 0;
  for (let i = 0; i < f.ids.length; i++) z += w.ids[f.ids[i]!] ?? 0;
  z += w.words.get(f.word) ?? 0;
  if (f.post) z += w.post.get(f.post) ?? 0;
  if (f.cue) z += w.cue.get(f.cue) ?? 0;
  return z;
}

let enabled = true;
/** A test's observer of the candidates the model is asked about (features.test.ts). */
let observer: ((ctx: Context, cands: readonly Candidate[]) => void) | null = null;

/** Sets (or clears) the observer of the candidates the model is asked about, for tests. */
export function observeCandidates(
  fn: ((ctx: Context, cands: readonly Candidate[]) => void) | null,
): void {
  observer = fn;
}

/** Turns the tail-fixer on or off (the training scripts read the rules' findings alone). */
export function useTailFixer(on: boolean): void {
  enabled = on;
}

const overlaps = (a: TokenSpan, b: TokenSpan): boolean => a.start < b.end && b.start < a.end;

/**
 * Applies the tail-fixer to sentence `s`, whose findings are `out[from ...]` (its cues' first):
 * drops the unnamed findings the model rejects, appends the unnamed phrases it adds.
 */
export function fixTail(
  ctx: Context,
  s: Sentence,
  cues: readonly Cue[],
  out: Finding[],
  from: number,
): void {
  // the gate first: a sentence with no cue the rules found and no anonymity formula pays nothing
  // more
  if (!enabled || (cues.length === 0 && !anonFormula(ctx, s))) return;
  const toks = ctx.tokens;
  // the sentence's unnamed findings as token ranges
  const at: number[] = [];
  const found: TokenSpan[] = [];
  for (let i = from; i < out.length; i++) {
    const f = out[i]!;
    if (f.kind !== 'unnamed') continue;
    let a = s.first;
    while (a < s.last && toks[a]!.end <= f.start) a++;
    let b = a;
    while (b < s.last && toks[b]!.start < f.end) b++;
    at.push(i);
    found.push({ start: a, end: b });
  }
  const cands = candidates(ctx, s, cues, found);
  if (observer) observer(ctx, cands);
  const best = found.map(() => -Infinity);
  const seen = found.map(() => false);
  const extra: { c: Candidate; z: number }[] = [];
  for (const c of cands) {
    if (c.finding >= 0) {
      // (no drop threshold: the drop model is not asked)
      if (DROP_BELOW === -Infinity) continue;
      const z = logOdds(DROP, c.feats);
      seen[c.finding] = true;
      if (z > best[c.finding]!) best[c.finding] = z;
    } else {
      const z = logOdds(ADD, c.feats);
      if (z >= ADD_AT) extra.push({ c, z });
    }
  }
  const kept: TokenSpan[] = [];
  const dropped: number[] = [];
  found.forEach((f, i) => {
    if (seen[i] && best[i]! < DROP_BELOW) dropped.push(at[i]!);
    else kept.push(f);
  });
  extra.sort((a, b) => b.z - a.z || a.c.start - b.c.start);
  for (const { c } of extra) {
    if (kept.some((k) => overlaps(k, c))) continue;
    kept.push(c);
    out.push({
      start: toks[c.start]!.start,
      end: toks[c.end - 1]!.end,
      kind: 'unnamed',
      why: c.feats.cue ? WHY.source : WHY.actor,
    });
  }
  for (let k = dropped.length - 1; k >= 0; k--) out.splice(dropped[k]!, 1);
}
