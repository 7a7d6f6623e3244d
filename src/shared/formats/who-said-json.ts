/**
 * Reading a Who Said export file (docs/export-format.md): versions 1 to 3,
 * every record checked before anything is written, and what is wrong said in
 * the reader's words ("Note 12: the quote is missing."); the reader's settings,
 * when the file has them, are checked as the options page checks them. Older files are
 * stepped up to version 3: notes without a version get version 1 (the
 * import gives an article record to a note whose article has none).
 */
import { EXPORT_FORMAT, EXPORT_VERSION, type WhoSaidExport } from '../export-format';
import type { SiteSetting } from '../messages';
import { err, ok, type Result } from '../result';
import type { ReaderSettings } from '../settings';
import {
  LIMITS,
  invalid,
  object,
  timestamp,
  validateArticle,
  validateDecision,
  validateNote,
  validateSettings,
  validateSiteSetting,
  validateSnapshot,
  type Validator,
} from '../validate';
import { inReaderWords } from './reader-words';

/** The path validators are given for the file; stripped again by `inReaderWords`. */
const ROOT = 'file';
/** Problems listed at most in one error message. */
const SHOWN_PROBLEMS = 3;

/** Collects problems across a whole file, so the reader hears about the first few at once. */
class Problems {
  readonly messages: string[] = [];
  count = 0;
  add(result: Result<unknown>): void {
    if (result.ok) return;
    this.count++;
    if (this.messages.length < SHOWN_PROBLEMS) {
      this.messages.push(inReaderWords(result.error.message, ROOT));
    }
  }
  result<T>(value: () => T): Result<T> {
    if (this.count === 0) return ok(value());
    const more = this.count - this.messages.length;
    const tail = more > 0 ? ` (and ${more} more problem${more === 1 ? '' : 's'})` : '';
    return err('invalid-file', `${this.messages.join(' ')}${tail}`.trim());
  }
}

function list<T>(
  value: unknown,
  name: string,
  max: number,
  each: Validator<T>,
  problems: Problems,
): T[] {
  const path = `${ROOT}.${name}`;
  if (!Array.isArray(value)) {
    problems.add(invalid(path, 'must be a list'));
    return [];
  }
  if (value.length > max) {
    problems.add(invalid(path, `must hold at most ${max.toLocaleString('en')} entries`));
    return [];
  }
  const out: T[] = [];
  value.forEach((item, i) => {
    const checked = each(item, `${path}[${i}]`);
    problems.add(checked);
    if (checked.ok) out.push(checked.value);
  });
  return out;
}

/**
 * Reads a parsed export file: refuses what is not ours or is newer, checks
 * every record, and returns the file as the current version.
 */
export function readWhoSaidExport(value: unknown): Result<WhoSaidExport> {
  const shape = value as { format?: unknown; version?: unknown } | null;
  if (typeof shape !== 'object' || shape === null || Array.isArray(shape)) {
    return err('not-an-export', 'This file isn’t a Who Said export.');
  }
  if (shape.format !== EXPORT_FORMAT) {
    return err('not-an-export', 'This file isn’t a Who Said export.');
  }
  const version = shape.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err('not-an-export', 'This file isn’t a Who Said export (its version is missing).');
  }
  if (version > EXPORT_VERSION) {
    return err(
      'newer-export',
      'This export comes from a newer version of Who Said. Update the extension, then import it.',
    );
  }
  const required =
    version < 3
      ? ['format', 'version', 'exportedAt', 'notes', 'sites']
      : ['format', 'version', 'exportedAt', 'notes', 'decisions', 'sites'];
  // Version 3 files written before articles and article texts joined the format (corrections
  // only) are read too: the articles come from their notes, as for older versions.
  const optional = version < 3 ? [] : ['articles', 'snapshots', 'settings'];
  const o = object(value, ROOT, required, optional);
  if (!o.ok) return err('invalid-file', inReaderWords(o.error.message, ROOT));
  const problems = new Problems();
  const exportedAt = timestamp(o.value.exportedAt, `${ROOT}.exportedAt`);
  problems.add(exportedAt);
  const notes = list(o.value.notes, 'notes', LIMITS.importNotes, validateNote, problems);
  const seen = new Map<string, number>();
  notes.forEach((note, i) => {
    const first = seen.get(note.id);
    if (first !== undefined) {
      problems.add(invalid(`${ROOT}.notes[${i}].id`, `is the same as note ${first + 1}’s`));
    } else {
      seen.set(note.id, i);
    }
  });
  const sites = list<SiteSetting>(
    o.value.sites,
    'sites',
    LIMITS.importSites,
    validateSiteSetting,
    problems,
  );
  const v3 = version >= 3;
  const articles =
    v3 && o.value.articles !== undefined
      ? list(o.value.articles, 'articles', LIMITS.importArticles, validateArticle, problems)
      : [];
  const decisions = v3
    ? list(o.value.decisions, 'decisions', LIMITS.importDecisions, validateDecision, problems)
    : [];
  const snapshots =
    v3 && o.value.snapshots !== undefined
      ? list(o.value.snapshots, 'snapshots', LIMITS.importSnapshots, validateSnapshot, problems)
      : [];
  let settings: ReaderSettings | undefined;
  if (v3 && o.value.settings !== undefined) {
    const checked = validateSettings(o.value.settings, `${ROOT}.settings`);
    problems.add(checked);
    if (checked.ok) settings = checked.value;
  }
  return problems.result(() => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.ok ? exportedAt.value : '',
    // Notes whose article has no record here get one from the note when imported.
    articles,
    notes,
    decisions,
    snapshots,
    sites,
    ...(settings ? { settings } : {}),
  }));
}
