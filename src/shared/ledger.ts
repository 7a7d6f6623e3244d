/**
 * The sourcing ledger of one article, as the content script reports it to the
 * popup: every source the article relies on, grouped, each with the claims it
 * backs. Highlights are invisible to screen readers, so the popup's ledger is
 * also the accessible view of the attributions on the page.
 */

/**
 * How a source is identified: by name; partly (a person of a named body, "a
 * Pentagon official"); not at all; a document; or no source in the sentence.
 */
export type LedgerGroup = 'named' | 'partial' | 'unnamed' | 'documents' | 'unsourced';

export const LEDGER_GROUPS: readonly LedgerGroup[] = [
  'named',
  'partial',
  'unnamed',
  'documents',
  'unsourced',
];

/**
 * What newsroom standards ask a story to say about an anonymous source or a
 * document, as the engine reports it. A field that is null means the engine
 * looked and the story does not say; an absent field means nobody looked.
 */
export interface SourceStandards {
  /** Why anonymity was granted ("not authorised to discuss the tender"). */
  reason?: string | null;
  /** How the source knows ("familiar with the matter", "who attended"). */
  basis?: string | null;
  /** How specifically the source is described ("a source" alone, a role, a role and a body). */
  specificity?: string | null;
  /** For a document: how it was obtained ("seen by the Courier"). */
  obtained?: string | null;
}

/** One claim a source backs. */
export interface LedgerClaim {
  /** The cue's words ("said", "according to"). */
  cue: string;
  /** The sentence around the claim, shortened. */
  snippet: string;
}

/** One source: a person, body or document (one entry however often it is mentioned). */
export interface LedgerEntry {
  /** Stable within one analysis; names the entry in `content.reveal`. */
  id: string;
  /** How the article names the source, as first mentioned. */
  name: string;
  group: LedgerGroup;
  /** Other ways the article refers to the same source ("Mr. Reeves", "the company"). */
  mentions: string[];
  claims: LedgerClaim[];
  standards?: SourceStandards;
}

/** The ledger of one article. */
export interface PageLedger {
  /** Sources in order of first appearance; the `unsourced` entry, if any, is last. */
  entries: LedgerEntry[];
  /** Attributions shown on the page. */
  attributions: number;
  /** Attributions per group (the share with a named source is `claims.named / attributions`). */
  claims: Record<LedgerGroup, number>;
}

/** Which claim of an entry the page now shows, after `tab.reveal`. */
export interface RevealResult {
  /** Index of the claim shown. */
  claim: number;
  /** Claims the entry has. */
  claims: number;
}
