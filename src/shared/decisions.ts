/**
 * The reader's corrections of findings: "dismiss this flag" and "this is
 * really a hedge / not a finding". Stored per article in the `decisions`
 * store and exported with the notes.
 *
 * A decision is anchored by the finding's words and a little of the text
 * around them (a TextQuoteSelector in all but name), never by offsets alone:
 * news pages are edited, and ads or embeds shift every offset, so the same
 * finding is found again by its quote and context on the next visit.
 */
import type { FindingKind } from '../engine/types';

/** Characters of context kept on each side of a finding's words. */
export const ANCHOR_CONTEXT = 32;

/** Where a finding stands in the article text, by its words. */
export interface FindingAnchor {
  /** The kind the engine gave the finding. */
  kind: FindingKind;
  /** The finding's words, whitespace collapsed. */
  quote: string;
  /** Up to {@link ANCHOR_CONTEXT} characters before the words, whitespace collapsed. */
  prefix: string;
  /** Up to {@link ANCHOR_CONTEXT} characters after the words, whitespace collapsed. */
  suffix: string;
}

/** What the reader decided: hide the flag, or give it another kind (`none`: not a finding). */
export type Verdict = { action: 'dismiss' } | { action: 'reclassify'; kind: FindingKind | 'none' };

/** A decision as the content script or an import supplies it. */
export type DecisionInput = { anchor: FindingAnchor } & Verdict;

/** A stored decision. */
export type Decision = DecisionInput & {
  /** The article, normalised (`normalizeUrl`). */
  url: string;
  /** {@link decisionKey} of the anchor: one decision per finding. */
  key: string;
  /** ISO 8601 time the reader decided. */
  createdAt: string;
};

/** The store key of a decision: the anchor, unambiguous and readable in an export. */
export function decisionKey(anchor: FindingAnchor): string {
  return JSON.stringify([anchor.kind, anchor.prefix, anchor.quote, anchor.suffix]);
}

/** The verdict part of a decision. */
export function verdictOf(decision: Verdict): Verdict {
  return decision.action === 'dismiss'
    ? { action: 'dismiss' }
    : { action: 'reclassify', kind: decision.kind };
}
