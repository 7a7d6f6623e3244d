/**
 * The learned unnamed-phrase scorer's candidates and features as the training scripts use them:
 * the engine's own (src/engine/learned/features.ts, one file for both so that they cannot drift),
 * spelt as strings (`det:a`, `w:official`).
 */
import type { Context } from '../../src/engine/context';
import type { CueFacts, Features } from '../../src/engine/learned/features';
import { featureName, features as featureIds } from '../../src/engine/learned/features';
import type { NounPhrase } from '../../src/engine/phrase/noun-phrase';
import type { Sentence } from '../../src/engine/sentences';

export type { CueFacts } from '../../src/engine/learned/features';
export {
  candidateHead,
  candidatePhrase,
  cueFacts,
  suffixOf,
} from '../../src/engine/learned/features';

/** The string names of a candidate's features. */
export function featureNames(f: Features): string[] {
  const out = f.ids.map(featureName);
  if (f.post) out.push(`post:${f.post}`);
  if (f.cue) out.push(`cue:${f.cue}`);
  out.push(`w:${f.word}`);
  return out;
}

/** The features of candidate `np` in sentence `s`, as strings. */
export function features(ctx: Context, s: Sentence, np: NounPhrase, facts: CueFacts): string[] {
  return featureNames(featureIds(ctx, s, np, facts));
}
