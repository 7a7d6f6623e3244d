/**
 * The export file a reader can save and later import. It carries its own
 * format name and version so an import can reject what is not ours, and a
 * later version can be read by stepping through the changes.
 */
import type { Decision } from './decisions';
import type { SiteSetting } from './messages';
import type { Note } from './notes';

/** The `format` field of every Who Said export. */
export const EXPORT_FORMAT = 'who-said-export';
/** The current export version. Bump it, and document the change, when the shape changes. */
export const EXPORT_VERSION = 3;

/** Version 1 of the export file: notes had no `version`. Still imported (as version 1). */
export interface WhoSaidExportV1 {
  format: typeof EXPORT_FORMAT;
  version: 1;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  notes: Omit<Note, 'version'>[];
  sites: SiteSetting[];
}

/** Version 2 of the export file: every note carries its `version`. */
export interface WhoSaidExportV2 {
  format: typeof EXPORT_FORMAT;
  version: 2;
  /** ISO 8601 time of the export. */
  exportedAt: string;
  notes: Note[];
  sites: SiteSetting[];
}

/** Version 3 adds the reader's corrections of findings (`decisions`). */
export interface WhoSaidExportV3 extends Omit<WhoSaidExportV2, 'version'> {
  version: 3;
  decisions: Decision[];
}

/** The export written today; `validateExport` reads every earlier version into it. */
export type WhoSaidExport = WhoSaidExportV3;
