/**
 * The limits on what Who Said stores, receives and imports, in one place. A
 * stored note is checked against the same limits an import applies, so every
 * export can be imported again (see `validateNote` and `prepareNote`).
 */
export const LIMITS = {
  noteBody: 20_000,
  /** A stored title; a longer page title is shortened to this. */
  noteTitle: 1_000,
  /** A title as a caller sends it, before it is shortened. */
  rawTitle: 20_000,
  /** A stored article address (normalised). */
  url: 4_096,
  /**
   * An address as a caller sends it. Normalising drops tracking parameters (which
   * can be long), so the raw address may be longer than the stored one.
   */
  rawUrl: 32_768,
  origin: 300,
  query: 500,
  selectors: 10,
  quoteExact: 5_000,
  quoteContext: 500,
  /** Offsets into an article text; no article is near this long. */
  offset: 50_000_000,
  summaryTitle: 2_000,
  /** Edits of one note; only a bound against nonsense. */
  noteVersion: 1_000_000_000,
  /** Notes in one import file (a bound against nonsense: `importBytes` comes first). */
  importNotes: 1_000_000,
  importSites: 10_000,
  /** The largest file the options page reads for an import, in bytes. */
  importBytes: 100_000_000,
  /** Notes sent to the background in one import message. */
  importChunk: 2_000,
  /** Article texts as they were sent in one import message (each up to `snapshot`). */
  importSnapshotChunk: 200,
  importArticles: 1_000_000,
  /** Corrections in one import file (sent in chunks like the notes, about 300 bytes each). */
  importDecisions: 1_000_000,
  importSnapshots: 100_000,
  /** Tags on one note, and the length of one tag. */
  tags: 20,
  tag: 60,
  findingWhy: 500,
  /** Article fields a page supplies (site name, byline). */
  articleField: 300,
  /** An article text kept as it was (characters). */
  snapshot: 5_000_000,
  /** A finding's words, in a correction. */
  decisionQuote: 1_000,
  /** Corrections kept per article (a hostile page could otherwise fill the store). */
  decisionsPerArticle: 2_000,
  /** A ledger's entries, claims per entry, and the lengths of its strings. */
  ledgerEntries: 2_000,
  ledgerClaims: 2_000,
  ledgerText: 400,
  /**
   * Claims in one ledger message, over all its entries (each keeps at least one): the page
   * serialises the message in one task, about 40 ms for the 9,000 claims of a 1 MB article.
   */
  ledgerMessageClaims: 2_000,
  /**
   * Characters of article text in one `page.analyze` request: one part as the content script
   * cuts the text (src/content/parts.ts, `MAX_PART`: at most 3 x 32 KiB).
   */
  analyzeText: 100_000,
  /** The name a content script gives one analysis in `page.analyze` requests. */
  analyzeRun: 40,
} as const;

/** A byte count in words: `100 MB`, `1.5 MB`, `820 KB`. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1_000_000) {
    const mb = bytes / 1_000_000;
    return `${mb >= 10 ? Math.round(mb) : Math.round(mb * 10) / 10} MB`;
  }
  return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
}

/**
 * `text` cut to at most `max` UTF-16 code units, ending with an ellipsis when
 * cut, without splitting a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  // A high surrogate at the cut would be left without its pair.
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}
