/**
 * The engine functions the benchmark and the NLP comparison call, looked up on the engine's
 * public index first, so that the scripts run while the engine is landing piece by piece; the
 * scripts print which functions came from the engine's inner modules instead.
 */
import * as engine from '../../src/engine/index';
import type { Finding } from '../../src/engine/index';
// Until the index exports them, the same functions straight from the engine's modules.
import { lexiconPhrases as internalPhrases } from '../../src/engine/lexicon';
import { splitSentences as internalSplit } from '../../src/engine/sentences';

/** A sentence as offsets into the text, `end` exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** The engine's API as the scripts use it, with a note of what was stood in for. */
export interface EngineApi {
  analyze: (text: string) => Finding[];
  splitSentences: (text: string) => SentenceSpan[];
  lexiconPhrases: () => string[];
  /** Names of the functions not (yet) exported by the engine's index. */
  fallbacks: string[];
}

/**
 * Converts whatever the engine's splitter returns (offset spans or strings) to spans, so the
 * comparison does not break if the engine picks the other shape.
 */
export function toSpans(text: string, parts: readonly (string | SentenceSpan)[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let cursor = 0;
  for (const part of parts) {
    if (typeof part !== 'string') {
      out.push({ start: part.start, end: part.end });
      cursor = part.end;
      continue;
    }
    const trimmed = part.trim();
    if (!trimmed) continue;
    const at = text.indexOf(trimmed, cursor);
    if (at < 0) continue; // a splitter that rewrote the text: skip, counted as a miss
    out.push({ start: at, end: at + trimmed.length });
    cursor = at + trimmed.length;
  }
  return out;
}

/** Loads the engine's API, from its index, or from its own modules while not yet exported. */
export function loadEngine(): EngineApi {
  const exported = engine as unknown as Record<string, unknown>;
  const fallbacks: string[] = [];
  let split = exported['splitSentences'];
  let phrases = exported['lexiconPhrases'];
  if (typeof split !== 'function') {
    fallbacks.push('splitSentences');
    split = internalSplit;
  }
  if (typeof phrases !== 'function') {
    fallbacks.push('lexiconPhrases');
    phrases = internalPhrases;
  }
  const splitFn = split as (text: string) => (string | SentenceSpan)[];
  const phrasesFn = phrases as () => string[];
  return {
    analyze: (text) => engine.analyze(text),
    splitSentences: (text) => toSpans(text, splitFn(text)),
    lexiconPhrases: () => phrasesFn(),
    fallbacks,
  };
}
