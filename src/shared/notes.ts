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
  /** A random UUID, chosen by the page that wrote the note before its first save attempt. */
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
  /**
   * 1 when written, one more with every change. An edit names the version it
   * was based on, so an edit of an older copy is refused instead of silently
   * overwriting a newer one. Notes stored before versions existed read as 1.
   */
  version: number;
}

/**
 * What a caller supplies to create or update a note. The caller picks the id
 * of a new note (a random UUID) before the first attempt, so a retry after a
 * lost answer is the same write, never a second note.
 */
export interface NoteInput {
  id: string;
  /**
   * The version of the note this edit was based on; absent when creating. A
   * save whose base is not the stored version is refused as stale.
   */
  baseVersion?: number;
  url: string;
  title: string;
  body: string;
  target?: { selectors: Selector[] };
}
