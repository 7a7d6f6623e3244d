/**
 * A reader's note, as stored and exported. Selectors follow the W3C Web
 * Annotation model so a later export to that format and fuzzy re-anchoring
 * need no migration.
 */

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Offsets into the article text the content script extracts (its text map). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

export interface Note {
  /** A random UUID. */
  id: string;
  /** The article's address, normalised by `normalizeUrl` (no fragment, no tracking parameters). */
  url: string;
  /** The page title when the note was written. */
  title: string;
  /** What the reader wrote. */
  body: string;
  /** The passage the note is about; absent for a note on the whole article. */
  target?: { selectors: Selector[] };
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
}

/** What a caller supplies to create or update a note. */
export interface NoteInput {
  id?: string;
  url: string;
  title: string;
  body: string;
  target?: { selectors: Selector[] };
}
