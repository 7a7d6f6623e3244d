/**
 * The reader's own phrases (options page), found in the article text as
 * findings of the kind the reader filed them under. Pure and separate from
 * the engine: the engine's lexicons are reviewed like code and built in; these
 * are data from the settings, applied without a rebuild.
 */
import type { Finding, FindingKind } from '../engine/types';
import { SpanIndex } from './span-index';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per kind: any of the phrases, case-insensitive, as whole words. */
function patternFor(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  const alternatives = [...phrases]
    // Longest first, so "sources close to" wins over "sources".
    .sort((a, b) => b.length - a.length)
    .map((p) => escape(p).replace(/ /g, '\\s+').replace(/['’]/g, "['’]"));
  return new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
}

/**
 * Every occurrence of the reader's phrases in `text` that starts in
 * `[from, to)` (default: all of it), as findings.
 */
export function findReaderPhrases(
  text: string,
  phrases: Partial<Record<FindingKind, readonly string[]>>,
  from = 0,
  to = text.length,
): Finding[] {
  const out: Finding[] = [];
  for (const [kind, list] of Object.entries(phrases) as [FindingKind, readonly string[]][]) {
    const pattern = patternFor(list);
    if (pattern === null) continue;
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m !== null && m.index < to; m = pattern.exec(text)) {
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        kind,
        why: `one of your own phrases (“${m[0].replace(/\s+/g, ' ')}”)`,
      });
    }
  }
  return out;
}

/**
 * The engine's findings plus the reader's, sorted by start. A reader's phrase
 * that overlaps an engine finding of the same kind adds nothing: the engine's,
 * which may know the claim's source, stays.
 */
export function withReaderPhrases(
  engine: readonly Finding[],
  extra: readonly Finding[],
): Finding[] {
  if (extra.length === 0) return [...engine];
  const index = new SpanIndex(engine.map((f) => ({ start: f.start, end: f.end, value: f.kind })));
  const kept = extra.filter(
    (x) => !index.overlapping(x.start, x.end).some((s) => s.value === x.kind),
  );
  return [...engine, ...kept].sort((a, b) => a.start - b.start || b.end - a.end);
}
