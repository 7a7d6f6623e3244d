/**
 * The engine's output types. Offsets are JavaScript string indices (UTF-16 code
 * units) into the analysed text, `end` exclusive, as in ../shared/ANNOTATION.md.
 */

/** The four kinds of finding the guideline defines. */
export type FindingKind = 'attribution' | 'unnamed' | 'agentless' | 'hedge';

export const FINDING_KINDS: readonly FindingKind[] = [
  'attribution',
  'unnamed',
  'agentless',
  'hedge',
] as const;

/**
 * Whether a source is identified: `true` by a proper name, `'partial'` for a
 * person or group of a named body (`a Pentagon official`), `false` otherwise.
 */
export type Named = boolean | 'partial';

/** What a reporting cue implies about the claim it introduces. */
export type CueClass =
  | 'neutral' // said, told, stated, according to
  | 'doubt' // claimed, alleged: casts doubt on the claim
  | 'factive' // revealed, confirmed, found: presents the claim as fact
  | 'guilt' // admitted, denied, insisted: colours the speaker
  | 'belief' // believe, think, estimate: an opinion or judgement
  | 'phrase'; // a fixed cue phrase: according to, in a statement, citing

/** Who a claim is credited to. */
export interface SourceSpan {
  start: number;
  end: number;
  named: Named;
  /** The source's kind, for the sourcing ledger. */
  type?: 'person' | 'organisation' | 'group' | 'document' | 'unknown';
}

export interface Finding {
  start: number;
  end: number;
  kind: FindingKind;
  /** For `attribution`: who the claim is credited to, when the sentence says. */
  source?: SourceSpan;
  /** For `attribution`: what the cue implies. */
  cue?: CueClass;
  /** A short reason a reader can understand, e.g. "claimed: a verb that casts doubt". */
  why: string;
}

export interface AnalyzeOptions {
  /** Only return these kinds (default: all four). */
  kinds?: readonly FindingKind[];
}
