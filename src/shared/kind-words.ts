/**
 * The four kinds of finding in a reader's words: one table for the popup's
 * counts, the in-page card, the ledger and the options page, so a kind is
 * called the same everywhere.
 */
import type { FindingKind } from '../engine/types';

export interface KindWords {
  /** One finding, as a card title: "Hedge". */
  one: string;
  /** Several, as a count label: "Hedges". */
  many: string;
  /** A short line under the count: "Softened or uncertain wording". */
  hint: string;
  /** What the highlight means, in a sentence a reader understands. */
  meaning: string;
}

export const KIND_WORDS: Record<FindingKind, KindWords> = {
  attribution: {
    one: 'Attribution',
    many: 'Attributions',
    hint: 'Claims credited to a source',
    meaning: 'These words hand a claim to a source.',
  },
  unnamed: {
    one: 'Unnamed actor',
    many: 'Unnamed actors',
    hint: 'Sources or actors left unnamed',
    meaning: 'Someone speaks or acts here without being named.',
  },
  agentless: {
    one: 'Agentless passive',
    many: 'Agentless passives',
    hint: 'Actions with the doer left out',
    meaning: 'Something was done, but the sentence does not say who did it.',
  },
  hedge: {
    one: 'Hedge',
    many: 'Hedges',
    hint: 'Softened or uncertain wording',
    meaning: 'This wording keeps a distance from the claim.',
  },
};

/** "Not a finding", the reader's verdict that a highlight is wrong. */
export const NOT_A_FINDING = 'Not a finding';
