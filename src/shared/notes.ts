/**
 * A reader's note, as stored and exported. Selectors follow the W3C Web
 * Annotation model (TextQuoteSelector, TextPositionSelector), so the W3C
 * export is a change of wrapping, not of content.
 */
import type { FindingKind } from '../engine/types';

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

/** The finding a note was written on, from a highlight's card. */
export interface NoteFinding {
  kind: FindingKind;
  /** The engine's reason, as the reader saw it. */
  why?: string;
}

export interface Note {
  /** A random UUID, chosen by the page that wrote the note before its first save attempt. */
  id: string;
  /** The article's key: its canonical address, normalised (see `shared/article.ts`). */
  url: string;
  /** The article's title when the note was written. */
  title: string;
  /** What the reader wrote. */
  body: string;
  /** The reader's tags, in the order given, each at most once (ignoring case). */
  tags?: string[];
  /** The passage the note is about; absent for a note on the whole article. */
  target?: { selectors: Selector[] };
  /** The finding the note was written on, if any. */
  finding?: NoteFinding;
  /** Fingerprint of the article text the passage was noted in (`fingerprintText`). */
  articleFingerprint?: string;
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
  tags?: string[];
  target?: { selectors: Selector[] };
  finding?: NoteFinding;
  articleFingerprint?: string;
}

/** The quote selector of a note, if it has one. */
export function quoteOf(note: Pick<Note, 'target'>): TextQuoteSelector | undefined {
  return note.target?.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
}

/** The position selector of a note, if it has one. */
export function positionOf(note: Pick<Note, 'target'>): TextPositionSelector | undefined {
  return note.target?.selectors.find(
    (s): s is TextPositionSelector => s.type === 'TextPositionSelector',
  );
}

/**
 * Tags as the reader typed them ("Sources, follow-up  #legal"): split on commas
 * and spaces runs around them, `#` dropped, each kept once ignoring case.
 */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of input.split(/[,\n]/)) {
    const tag = raw.replace(/^\s*#/, '').replace(/\s+/g, ' ').trim();
    const key = tag.toLowerCase();
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
