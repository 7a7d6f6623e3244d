/**
 * The export file a reader can save and later import (documented in
 * docs/export-format.md, with a JSON Schema in docs/export-format.schema.json).
 * It carries its own format name and version so an import can reject what is
 * not ours, and an older version is read by stepping it up to the current one.
 */
import type { Decision } from './decisions';
import type { SiteSetting } from './messages';
import type { ReaderSettings } from './settings';
import type { Note } from './notes';

/** The `format` field of every Who Said export. */
export const EXPORT_FORMAT = 'who-said-export';
/** The current export version. Bump it, and document the change, when the shape changes. */
export const EXPORT_VERSION = 3;

/** An article the reader has notes on. */
export interface ArticleRecord {
  /** The article's key: canonical address, normalised. */
  url: string;
  title: string;
  /** The publication's name, when the page gives it. */
  site?: string;
  byline?: string;
  /** ISO 8601 publication time, when the page gives it. */
  published?: string;
  /** Fingerprint of the article text when last seen (`fingerprintText`). */
  fingerprint?: string;
  /** ISO 8601: first note on it, and last change to this record. */
  createdAt: string;
  updatedAt: string;
}

/** The article's text as it stood when a note was made on that version. */
export interface Snapshot {
  url: string;
  fingerprint: string;
  text: string;
  createdAt: string;
}

/** Version 1 of the export file: notes (without `version`) and sites. Still imported. */
export interface WhoSaidExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  notes: Omit<Note, 'version'>[];
  sites: SiteSetting[];
}

/** Version 2: every note carries its `version`. Still imported. */
export interface WhoSaidExportV2 {
  format: typeof EXPORT_FORMAT;
  version: 2;
  exportedAt: string;
  notes: Note[];
  sites: SiteSetting[];
}

/**
 * Version 3: articles, tagged notes on passages, the reader's corrections of
 * findings (`decisions`) and the article texts as they were; in an export of
 * everything, the reader's settings too (files without them are still version 3).
 */
export interface WhoSaidExportV3 {
  format: typeof EXPORT_FORMAT;
  version: 3;
  exportedAt: string;
  articles: ArticleRecord[];
  notes: Note[];
  decisions: Decision[];
  snapshots: Snapshot[];
  sites: SiteSetting[];
  /** The kinds shown, colour scheme, the reader's phrases and never-run sites. */
  settings?: ReaderSettings;
}

/** The export written today; `readWhoSaidExport` reads every earlier version into it. */
export type WhoSaidExport = WhoSaidExportV3;
