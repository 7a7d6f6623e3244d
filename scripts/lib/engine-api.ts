/**
 * The engine functions the benchmark and the NLP comparison call, behind one small interface, so
 * that the benchmark can load the same module bundled (as content.js ships it) or from source.
 */
import * as engine from '../../src/engine/index';
import type { Finding } from '../../src/engine/index';

/** A sentence as offsets into the text, `end` exclusive. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** The engine's API as the scripts use it. */
export interface EngineApi {
  analyze: (text: string) => Finding[];
  splitSentences: (text: string) => SentenceSpan[];
  lexiconPhrases: () => string[];
}

/**
 * Sentences given as strings (as wink-nlp gives them) or spans, as spans into `text`: each
 * string is looked for after the previous one.
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

/** The engine's API, from its public index. */
export function loadEngine(): EngineApi {
  return {
    analyze: (text) => engine.analyze(text),
    splitSentences: (text) => engine.splitSentences(text),
    lexiconPhrases: () => engine.lexiconPhrases(),
  };
}
