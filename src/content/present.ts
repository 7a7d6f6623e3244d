/**
 * From the engine's findings to what the page shows: the reader's own phrases
 * added, their corrections applied, kinds they switched off left out. Pure.
 */
import type { Finding, FindingKind } from '../engine/types';
import type { Decision } from '../shared/decisions';
import { applyDecisions, type Corrected } from './corrections';
import { findReaderPhrases, withReaderPhrases } from './reader-phrases';

/** The part of the reader's settings that changes what is shown. */
export interface Display {
  kinds: Record<FindingKind, boolean>;
  phrases: Partial<Record<FindingKind, readonly string[]>>;
}

/** Shows everything the engine finds, nothing more (before the settings arrive). */
export const SHOW_ALL: Display = {
  kinds: { attribution: true, unnamed: true, agentless: true, hedge: true },
  phrases: {},
};

/**
 * The findings to show for the engine's `findings` of `text`, or of the part
 * `[from, to)` of it (the reader's phrases are looked for there only).
 */
export function present(
  findings: readonly Finding[],
  text: string,
  display: Display,
  decisions: readonly Decision[],
  from = 0,
  to = text.length,
): Corrected {
  const all = withReaderPhrases(findings, findReaderPhrases(text, display.phrases, from, to));
  const corrected = applyDecisions(all, text, decisions);
  return { ...corrected, shown: corrected.shown.filter((f) => display.kinds[f.kind]) };
}
