/**
 * Every message the extension sends, in one place: a map per direction from
 * message name to request and response types. Answers are `Result`s. Handlers
 * validate what arrives (see `validate.ts`): a content script lives in a
 * hostile page, and a page can try to talk to it.
 *
 * Three directions, and the trust boundary runs between the first two:
 *
 * - `ExtensionPageMessages`: from the popup and the options page, which run in
 *   the extension's own origin. They may ask about any tab and reach every
 *   note. The background accepts them only from a sender whose origin is the
 *   extension's (`sender.origin`/`sender.url`).
 * - `ContentScriptMessages`: from a content script. A content script is as
 *   trusted as the page it runs in (a compromised renderer can send anything
 *   a content script can), so it may ask only about its own tab, and the
 *   background takes that tab from `sender.tab`, never from the message.
 * - `ContentMessages`: from the background to a content script.
 */
import type { Finding, FindingKind } from '../engine/types';
import type { ArticleClaim } from './article';
import type { Decision, DecisionInput } from './decisions';
import type { ArticleRecord, Snapshot, WhoSaidExport } from './export-format';
import type { PageLedger, RevealResult } from './ledger';
import type { Note, NoteFinding, NoteInput, Selector } from './notes';
import type { Result } from './result';
import type { PageSetup, ReaderSettings } from './settings';

/** The article's language, as far as the page and a look at its text tell. */
export interface PageLanguage {
  /** Primary language subtag, lower case ("es", "ja"), when known. */
  code: string | null;
  /** Whether the text reads as English, the one language the engine knows. */
  english: boolean;
}

/** What the content script found on a page. */
export interface PageSummary {
  url: string;
  title: string;
  /** Number of findings of each kind. */
  counts: Record<FindingKind, number>;
  /** Length of the analysed article text, in characters. */
  textLength: number;
  /** Whether highlights are currently shown. */
  highlighted: boolean;
  /** Time the analysis took, in milliseconds. */
  ms: number;
  /** The article's language (absent in summaries from before it was reported). */
  language?: PageLanguage;
  /**
   * Findings highlighted, when fewer than counted: on a very long page only the ones nearest
   * the reader are painted at once (see `src/content/painter.ts`). Absent when all are.
   */
  painted?: number;
}

/**
 * The content script's own measure of its last analysis (`content.stats`): what benchmarks and
 * end-to-end tests read to see how the work was split, never shown to the reader.
 */
export interface PageStats {
  /** Whether the analysis has finished (the figures below are final). */
  done: boolean;
  counts: Record<FindingKind, number>;
  findings: number;
  /** Findings and ranges highlighted (fewer findings than counted on a capped page). */
  painted: number;
  ranges: number;
  textLength: number;
  /** Parts the text was analysed in. */
  parts: number;
  /** Time reading the page, in the engine, and adding highlights, in ms. */
  extractMs: number;
  analysisMs: number;
  paintMs: number;
  /** Slices the work ran in (each a task of its own), their total and the longest, in ms. */
  slices: number;
  workMs: number;
  longestSliceMs: number;
  /** Requests to the background's engine (`page.analyze`, one a part). */
  requests: number;
  /**
   * From the start to the first request to the background's engine, to its first answer, and
   * to the last highlight put up.
   */
  firstRequestMs: number | null;
  firstAnswerMs: number | null;
  lastHighlightMs: number | null;
  /** From the start to the end of the run's own work (summary, language, the reader's layer). */
  doneMs: number;
  /** From the start to the end of the frame that showed the first highlight, or all of them. */
  firstPaintMs: number | null;
  allPaintedMs: number | null;
  /**
   * When the run started, in epoch milliseconds (`performance.timeOrigin + performance.now()`,
   * comparable with the worker's request timings, src/background/analyze-timing.ts); null where
   * the run is timed by another clock (tests).
   */
  startedAt?: number | null;
  /** From the start to each request's sending and to its answer, in the order sent. */
  requestTimes?: { sent: number; answered: number | null }[];
}

/**
 * The name of the port a content script keeps open to the background. It carries no message:
 * its loss, with the runtime gone, tells the script that the extension was reloaded or removed.
 */
export const CONTENT_PORT = 'whosaid-content';

/**
 * The name of the port a content script sends its `page.analyze` requests on while an analysis
 * waits for answers (src/content/analyze-port.ts, src/background/analyze-port.ts). The parts
 * asked in one task go in one message: the service worker takes in a page's messages one at a
 * time, one after each task of its own, so that parts sent as messages of their own reached it
 * one per part analysed and never waited in its queue (docs/adr/0007, session 21). A port also
 * answers each part as it is done, which a one-time message cannot.
 */
export const ANALYZE_PORT = 'whosaid-analyze';

/** A request on `ANALYZE_PORT`: a `page.analyze` request and a number the answer repeats. */
export interface AnalyzePortRequest {
  id: number;
  request: ContentScriptRequest;
}

/**
 * What a content script posts on `ANALYZE_PORT`: one request, or several asked in the same
 * task, in one message (the worker takes in one message per task of its own, docs/adr/0007).
 */
export type AnalyzePortMessage = AnalyzePortRequest | { batch: AnalyzePortRequest[] };

/** An answer on `ANALYZE_PORT`, to the request of the same `id`. */
export interface AnalyzePortAnswer {
  id: number;
  answer: Result<Finding[]>;
}

export interface SiteSetting {
  /** An origin such as `https://example.com`. */
  origin: string;
  /** Run automatically on this site (the reader granted the host permission). */
  alwaysOn: boolean;
}

/**
 * Messages the background accepts only from the extension's own pages (popup,
 * options). A content script that sends one of these is refused.
 */
export interface ExtensionPageMessages {
  /** Run the analysis on a tab (the action-click code path) and return its summary. */
  'tab.run': { req: { tabId: number }; res: PageSummary };
  /** The summary of a tab the extension already ran on, or null. */
  'tab.summary': { req: { tabId: number }; res: PageSummary | null };
  /** Remove highlights from a tab and restore the page. */
  'tab.clear': { req: { tabId: number }; res: null };
  'notes.list': { req: { url: string }; res: Note[] };
  /** The article shown in a tab, its notes, and where each note stands in the page now. */
  'tab.notes': { req: { tabId: number }; res: TabNotes };
  /** Scroll a tab to a note's passage and flash it. */
  'tab.showNote': { req: { tabId: number; id: string }; res: null };
  /** Tell a tab's content script its notes changed (the popup edited or deleted one). */
  'tab.syncNotes': { req: { tabId: number }; res: null };
  /** Full-text search over every note, with filters, a total and paging. */
  'notes.search': { req: SearchRequest; res: SearchPage };
  /** Every tag and site with its number of notes, for the search filters. */
  'notes.facets': { req: Record<string, never>; res: NoteFacets };
  /**
   * Create (no `baseVersion`) or edit a note. The id is the caller's, so a retry
   * after a lost answer is the same write; an edit based on an older version is
   * refused (`stale`).
   */
  'notes.save': { req: { note: NoteInput }; res: Note };
  /** Deletes a note and answers the deleted copy, so the reader can undo. */
  'notes.delete': { req: { id: string }; res: Note | null };
  /** Puts a deleted note back (undo), unless a note with its id exists again. */
  'notes.restore': { req: { note: Note }; res: Note };
  /** The article's text as it stood at one version, when a note was made on it. */
  'article.snapshot': { req: { url: string; fingerprint: string }; res: { text: string } | null };
  'prefs.get': { req: Record<string, never>; res: Prefs };
  'prefs.set': { req: Prefs; res: Prefs };
  'site.get': { req: { origin: string }; res: SiteSetting };
  /** Record the reader's choice after the popup obtained (or dropped) the host permission. */
  'site.set': { req: SiteSetting; res: SiteSetting };
  /** Every stored site setting (options page). */
  'site.list': { req: Record<string, never>; res: SiteSetting[] };
  /**
   * Everything the reader owns as a versioned export (see `export-format.ts`),
   * or one article's part of it when `url` is given.
   */
  'data.export': { req: { url?: string }; res: WhoSaidExport };
  /**
   * The same export as the JSON text of the file, with its numbers of notes and
   * corrections. A large export crosses the message boundary much faster as one
   * string than as ten thousand objects.
   */
  'data.exportFile': {
    req: { url?: string };
    res: { text: string; notes: number; decisions: number };
  };
  /**
   * An import, in steps: the options page reads and checks the whole file (a
   * Who Said export of any version, or our W3C Web Annotation export), then
   * `begin`s with the number of records and the sites, sends the records in
   * chunks, and `commit`s. Nothing is written before `commit`, which writes
   * everything in one transaction: all or nothing. `progress` can be asked
   * while `commit` runs. Every chunk is checked again here.
   */
  'import.begin': { req: ImportBegin; res: { importId: string } };
  'import.notes': { req: ImportChunk; res: { received: number } };
  'import.commit': { req: { importId: string }; res: ImportReport };
  'import.progress': { req: { importId: string }; res: ImportProgress };
  /** The sourcing ledger of the article in a tab; null before the page was analysed. */
  'tab.ledger': { req: { tabId: number }; res: PageLedger | null };
  /** Scrolls a tab to one claim of a ledger entry, marks it and opens its card. */
  'tab.reveal': { req: { tabId: number; entry: string; claim: number }; res: RevealResult };
  /** Applies the reader's corrections and settings again on a tab, without reading it again. */
  'tab.refresh': { req: { tabId: number }; res: PageSummary | null };
  /** The reader's corrections on one article. */
  'decisions.list': { req: { url: string }; res: Decision[] };
  /** Undoes one correction (the finding shows as the engine found it). */
  'decisions.delete': { req: { url: string; key: string }; res: null };
  'settings.get': { req: Record<string, never>; res: ReaderSettings };
  /** Stores the settings and applies them to open tabs. */
  'settings.set': { req: { settings: ReaderSettings }; res: ReaderSettings };
}

/** How many records of each kind an import will send. */
export interface ImportBegin {
  notes: number;
  sites: SiteSetting[];
  articles?: number;
  decisions?: number;
  snapshots?: number;
}

/** One chunk of an import: some notes, and perhaps articles, corrections and texts as they were. */
export interface ImportChunk {
  importId: string;
  notes: Note[];
  articles?: ArticleRecord[];
  decisions?: Decision[];
  snapshots?: Snapshot[];
}

/** How far an import is. */
export interface ImportProgress {
  /** `receiving` notes from the page, `writing` them, or `done`. */
  phase: 'receiving' | 'writing' | 'done';
  /** Notes received (while receiving) or written (while writing). */
  done: number;
  total: number;
}

/** The reader's preferences. */
export interface Prefs {
  /** Show the small "Note" button by selected text in the article. */
  selectionButton: boolean;
}

/** What `notes.search` asks. */
export interface SearchRequest {
  query: string;
  tag?: string;
  site?: string;
  /** Matches to skip (paging); default 0. */
  offset?: number;
  /** Matches per page; default 50. */
  limit?: number;
}

/** One page of search results. */
export interface SearchPage {
  notes: Note[];
  /** Every match, not only this page. */
  total: number;
  offset: number;
}

export interface NoteFacets {
  tags: { tag: string; count: number }[];
  sites: { site: string; count: number }[];
}

/** Where a note's passage stands in the page now. */
export interface NoteAnchorState {
  id: string;
  /** `anchored`: highlighted in the page; `orphan`: its passage is not there; `article`: a note on the whole article. */
  status: 'anchored' | 'orphan' | 'article';
  /** How it was found: in place, the same words elsewhere, or close words. */
  method?: 'position' | 'exact' | 'fuzzy';
  /** What stands there now, when it is not the noted words (edited passage, or near where an orphan was). */
  current?: string;
}

/** The notes of the article in a tab. */
export interface TabNotes {
  /** The article (its key and what is known of it); null when the tab shows no web page. */
  article: Pick<ArticleRecord, 'url' | 'title'> & Partial<ArticleRecord>;
  notes: Note[];
  /** Fingerprint of the article text in the page now; null when the page was not read. */
  fingerprint: string | null;
  /** Where each note stands in the page; empty when the page was not read. */
  anchors: NoteAnchorState[];
}

/** A note as the content script writes it: its article comes from the sender, never from here. */
export interface PageNoteInput {
  /** Chosen by the content script before the first attempt, so a retry is the same write. */
  id: string;
  /** For an edit: the version it was based on (see `NoteInput.baseVersion`). */
  baseVersion?: number;
  body: string;
  tags?: string[];
  target?: { selectors: Selector[] };
  finding?: NoteFinding;
}

/** The article the content script's page shows and its notes. */
export interface PageNotes {
  /** The article's key (the page's canonical claim if on its own site, else its address). */
  articleUrl: string;
  notes: Note[];
  /** Fingerprints of this article's texts already kept as they were. */
  snapshots: string[];
  prefs: Prefs;
}

/** What an import did. */
export interface ImportReport {
  /** Notes that were not stored before. */
  added: number;
  /** Stored notes replaced by a more recently changed copy from the file. */
  updated: number;
  /** Notes already stored as they are in the file, or more recently changed here. */
  unchanged: number;
  /** Corrections of findings the file added or replaced. */
  decisions: number;
}

/**
 * Messages the background accepts from a content script, about the tab it runs
 * in. Payloads never name a tab or a URL: the background takes both from the
 * sender, so a page can reach nothing beyond itself.
 */
export interface ContentScriptMessages {
  /**
   * The content script's latest analysis of its own page, sent when it ran by
   * itself (a site the reader keeps on) or re-analysed an article that changed,
   * so the popup shows what the page shows. Stored as the sender tab's summary.
   */
  'page.summary': { req: { summary: PageSummary }; res: null };
  /** The notes of this page's article (the article is the sender's page, or its same-site canonical). */
  'page.notes': { req: { article: ArticleClaim }; res: PageNotes };
  /**
   * Saves a note on this page's article. `text` is the article text, sent when
   * the background keeps no copy of this version yet (see `PageNotes.snapshots`).
   */
  'page.note.save': {
    req: { article: ArticleClaim; note: PageNoteInput; text?: string };
    res: Note;
  };
  /** Deletes a note of this page's article; answers the deleted copy for undo. */
  'page.note.delete': { req: { article: ArticleClaim; id: string }; res: Note };
  /** Puts back a note of this page's article that was just deleted (undo). */
  'page.note.restore': { req: { article: ArticleClaim; note: Note }; res: Note };
  /**
   * What the page needs before it analyses: whether Who Said may run on it, the
   * reader's display settings and phrases, and the corrections on this article.
   */
  'page.setup': { req: Record<string, never>; res: PageSetup };
  /** Keeps the reader's correction of a finding on this page (from its card). */
  'page.decide': { req: { decision: DecisionInput }; res: Decision };
  /** Undoes a correction on this page. */
  'page.undecide': { req: { key: string }; res: null };
  /**
   * The engine's findings in one part of this page's article text, offsets into `text`: the
   * engine runs in the background, warm from earlier pages and off the page's main thread
   * (docs/adr/0007). `run` names the page's analysis; the background keeps one per tab, and a
   * request of another run drops what the tab still had waiting (src/background/engine-service.ts).
   */
  'page.analyze': { req: { run: string; text: string }; res: Finding[] };
}

/** Messages handled by the content script (from the background). */
export interface ContentMessages {
  'content.ping': { req: Record<string, never>; res: { version: number } };
  /** Analyse the page and show highlights; running twice is harmless. */
  'content.analyze': { req: Record<string, never>; res: PageSummary };
  'content.summary': { req: Record<string, never>; res: PageSummary | null };
  /** Remove every highlight and listener; the page is left as it was. */
  'content.clear': { req: Record<string, never>; res: null };
  /** Where this page's notes stand, and the article text's fingerprint. */
  'content.notes': { req: Record<string, never>; res: ContentNotes };
  /** Scroll to a note's passage and flash it. */
  'content.showNote': { req: { id: string }; res: null };
  /** Open the note editor on the reader's selection (context menu, shortcut). */
  'content.notePassage': { req: Record<string, never>; res: { opened: boolean } };
  /** Fetch this page's notes again: they were changed elsewhere. */
  'content.syncNotes': { req: Record<string, never>; res: null };
  /** The sourcing ledger of the findings shown; null when nothing is shown. */
  'content.ledger': { req: Record<string, never>; res: PageLedger | null };
  /** Shows one claim of a ledger entry (scrolls, marks, opens its card). */
  'content.reveal': { req: { entry: string; claim: number }; res: RevealResult };
  /** Fetches settings and corrections again and re-shows the last analysis with them. */
  'content.refresh': { req: Record<string, never>; res: PageSummary | null };
  /** The content script's measure of its last analysis (benchmarks and tests). */
  'content.stats': { req: Record<string, never>; res: PageStats | null };
}

/** What the content script tells about its page's notes. */
export interface ContentNotes {
  /** The page's canonical claim (checked by the background). */
  canonical: string | null;
  fingerprint: string;
  anchors: NoteAnchorState[];
  /** Milliseconds the last placing of the notes took (anchoring and highlighting). */
  anchorMs: number;
}

export type ExtensionPageName = keyof ExtensionPageMessages;
export type ContentScriptName = keyof ContentScriptMessages;
export type ContentName = keyof ContentMessages;

/** The envelope every message travels in. `ws` marks it as ours. */
export interface Envelope<N extends string, Q> {
  ws: 1;
  type: N;
  payload: Q;
}

export type ExtensionPageRequest<N extends ExtensionPageName = ExtensionPageName> = Envelope<
  N,
  ExtensionPageMessages[N]['req']
>;
export type ContentScriptRequest<N extends ContentScriptName = ContentScriptName> = Envelope<
  N,
  ContentScriptMessages[N]['req']
>;
export type ContentRequest<N extends ContentName = ContentName> = Envelope<
  N,
  ContentMessages[N]['req']
>;
