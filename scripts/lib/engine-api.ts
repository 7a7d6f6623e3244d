/**
 * The engine functions the benchmark and the NLP comparison call, looked up at run time so
 * that the scripts still run while the engine is landing piece by piece: a missing export
 * falls back to a small local stand-in, and the scripts say so in their output.
 */
import * as engine from '../../src/engine/index';
import type { Finding } from '../../src/engine/index';

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
  /** Names of the functions that are local stand-ins, not the engine's. */
  fallbacks: string[];
}

// Stand-in lexicon until the engine exports lexiconPhrases(): common cues, hedges and
// participles, roughly the size of a first real lexicon.
const FALLBACK_PHRASES = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'claimed',
  'claims',
  'stated',
  'states',
  'alleged',
  'alleges',
  'added',
  'noted',
  'wrote',
  'reported',
  'announced',
  'confirmed',
  'denied',
  'disclosed',
  'revealed',
  'warned',
  'argued',
  'insisted',
  'admitted',
  'acknowledged',
  'asserted',
  'explained',
  'estimated',
  'accused',
  'blamed',
  'described',
  'concluded',
  'believe',
  'believes',
  'according to',
  'as reported by',
  'in a statement',
  'citing',
  'on condition of anonymity',
  'reportedly',
  'allegedly',
  'purportedly',
  'apparently',
  'supposedly',
  'seemingly',
  'ostensibly',
  'is said to',
  'are believed to',
  'is thought to',
  'it appears',
  'it seems',
  'unconfirmed',
  'unverified',
  'rumoured',
  'discovered',
  'compromised',
  'linked',
  'leaked',
  'arrested',
  'detained',
  'identified',
  'approved',
  'hidden',
  'dismissed',
  'investigated',
  'adding',
  'saying',
];

// Stand-in splitter: ends a sentence after . ! ? (and closing quotes) before whitespace and
// an upper-case letter or opening quote; good enough to exercise the comparison harness.
function fallbackSplit(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  const re = /[.!?]+["'”’)]*(?=\s+["“‘(]?[A-Z])|\n{2,}/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    const end = m.index + m[0].length;
    out.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text.charAt(start))) start++;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
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

/** Loads the engine's API, standing in for exports that have not landed yet. */
export function loadEngine(): EngineApi {
  const exported = engine as unknown as Record<string, unknown>;
  const fallbacks: string[] = [];
  const split = exported['splitSentences'];
  const phrases = exported['lexiconPhrases'];
  if (typeof split !== 'function') fallbacks.push('splitSentences');
  if (typeof phrases !== 'function') fallbacks.push('lexiconPhrases');
  return {
    analyze: (text) => engine.analyze(text),
    splitSentences:
      typeof split === 'function'
        ? (text) => toSpans(text, split(text) as (string | SentenceSpan)[])
        : fallbackSplit,
    lexiconPhrases:
      typeof phrases === 'function' ? () => phrases() as string[] : () => FALLBACK_PHRASES,
    fallbacks,
  };
}
