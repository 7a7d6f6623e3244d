import type { AnalyzeOptions, Finding } from './types';

// PLACEHOLDER until the engine lands: finds a few hedge words so the rest of the
// extension can be wired and tested end to end. Replaced by the real engine.
const HEDGES = /\b(reportedly|allegedly|purportedly|apparently|supposedly)\b/gi;

/** Finds attribution cues, unnamed actors, agentless passives and hedges in `text`. */
export function analyze(text: string, options: AnalyzeOptions = {}): Finding[] {
  const kinds = options.kinds;
  const out: Finding[] = [];
  for (const m of text.matchAll(HEDGES)) {
    out.push({ start: m.index, end: m.index + m[0].length, kind: 'hedge', why: 'hedge' });
  }
  return kinds ? out.filter((f) => kinds.includes(f.kind)) : out;
}
