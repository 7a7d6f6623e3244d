/**
 * Reading a Who Said export file (docs/export-format.md): versions 1 and 2,
 * every record checked before anything is written, and what is wrong said in
 * the reader's words ("Note 12: the quote is missing."). Version 1 files are
 * stepped up to version 2 (articles are derived from their notes).
 */
import { FINDING_KINDS, type FindingKind } from '../../engine/types';
import { fingerprintText } from '../article';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ArticleRecord,
  type Correction,
  type Snapshot,
  type WhoSaidExport,
} from '../export-format';
import type { SiteSetting } from '../messages';
import type { Note } from '../notes';
import { err, ok, type Result } from '../result';
import {
  LIMITS,
  invalid,
  object,
  string,
  timestamp,
  validateFingerprint,
  validateNote,
  validateSiteSetting,
  validateUrl,
  type Validator,
} from '../validate';
import { inReaderWords } from './reader-words';

/** The path validators are given for the file; stripped again by `inReaderWords`. */
const ROOT = 'file';
/** Problems listed at most in one error message. */
const SHOWN_PROBLEMS = 3;

const optional = (
  o: Record<string, unknown>,
  key: string,
  path: string,
  max: number,
  into: Record<string, unknown>,
): Result<null> => {
  if (o[key] === undefined) return ok(null);
  const s = string(o[key], `${path}.${key}`, max);
  if (!s.ok) return s;
  if (s.value.trim() !== '') into[key] = s.value.trim();
  return ok(null);
};

/** An article record. */
export const validateArticle: Validator<ArticleRecord> = (value, path) => {
  const o = object(
    value,
    path,
    ['url', 'title', 'createdAt', 'updatedAt'],
    ['site', 'byline', 'published', 'fingerprint'],
  );
  if (!o.ok) return o;
  const url = validateUrl(o.value.url, `${path}.url`);
  if (!url.ok) return url;
  const title = string(o.value.title, `${path}.title`, LIMITS.noteTitle);
  if (!title.ok) return title;
  const createdAt = timestamp(o.value.createdAt, `${path}.createdAt`);
  if (!createdAt.ok) return createdAt;
  const updatedAt = timestamp(o.value.updatedAt, `${path}.updatedAt`);
  if (!updatedAt.ok) return updatedAt;
  const article: ArticleRecord = {
    url: url.value,
    title: title.value.trim(),
    createdAt: createdAt.value,
    updatedAt: updatedAt.value,
  };
  const extra: Record<string, unknown> = {};
  for (const key of ['site', 'byline']) {
    const r = optional(o.value, key, path, LIMITS.articleField, extra);
    if (!r.ok) return r;
  }
  Object.assign(article, extra);
  if (o.value.published !== undefined) {
    const published = timestamp(o.value.published, `${path}.published`);
    if (!published.ok) return published;
    article.published = published.value;
  }
  if (o.value.fingerprint !== undefined) {
    const fp = validateFingerprint(o.value.fingerprint, `${path}.fingerprint`);
    if (!fp.ok) return fp;
    article.fingerprint = fp.value;
  }
  return ok(article);
};

/** A correction of one finding. */
export const validateCorrection: Validator<Correction> = (value, path) => {
  const o = object(value, path, ['url', 'key', 'action', 'createdAt'], ['kind']);
  if (!o.ok) return o;
  const url = validateUrl(o.value.url, `${path}.url`);
  if (!url.ok) return url;
  const key = string(o.value.key, `${path}.key`, LIMITS.correctionKey, 1);
  if (!key.ok) return key;
  const action = o.value.action;
  if (action !== 'dismiss' && action !== 'reclassify') {
    return invalid(`${path}.action`, 'must be dismiss or reclassify');
  }
  const createdAt = timestamp(o.value.createdAt, `${path}.createdAt`);
  if (!createdAt.ok) return createdAt;
  const correction: Correction = {
    url: url.value,
    key: key.value,
    action,
    createdAt: createdAt.value,
  };
  if (o.value.kind !== undefined) {
    const kind = o.value.kind;
    if (typeof kind !== 'string' || !(FINDING_KINDS as readonly string[]).includes(kind)) {
      return invalid(`${path}.kind`, `must be one of ${FINDING_KINDS.join(', ')}`);
    }
    correction.kind = kind as FindingKind;
  } else if (action === 'reclassify') {
    return invalid(`${path}.kind`, 'is missing');
  }
  return ok(correction);
};

/** An article text as it was; its fingerprint must be the text's. */
export const validateSnapshot: Validator<Snapshot> = (value, path) => {
  const o = object(value, path, ['url', 'fingerprint', 'text', 'createdAt']);
  if (!o.ok) return o;
  const url = validateUrl(o.value.url, `${path}.url`);
  if (!url.ok) return url;
  const fp = validateFingerprint(o.value.fingerprint, `${path}.fingerprint`);
  if (!fp.ok) return fp;
  const text = string(o.value.text, `${path}.text`, LIMITS.snapshot);
  if (!text.ok) return text;
  if (fingerprintText(text.value) !== fp.value) {
    return invalid(`${path}.text`, 'does not match its fingerprint (the file was changed)');
  }
  const createdAt = timestamp(o.value.createdAt, `${path}.createdAt`);
  if (!createdAt.ok) return createdAt;
  return ok({
    url: url.value,
    fingerprint: fp.value,
    text: text.value,
    createdAt: createdAt.value,
  });
};

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

/** Articles for notes that have none in the file (version 1 files have none at all). */
export function articlesFromNotes(
  notes: readonly Note[],
  known: readonly ArticleRecord[],
): ArticleRecord[] {
  const byUrl = new Map(known.map((a) => [a.url, a]));
  for (const note of notes) {
    const have = byUrl.get(note.url);
    if (have === undefined) {
      byUrl.set(note.url, {
        url: note.url,
        title: note.title,
        createdAt: note.createdAt,
        updatedAt: note.updatedAt,
      });
    } else if (!known.includes(have)) {
      if (note.createdAt < have.createdAt) have.createdAt = note.createdAt;
      if (note.updatedAt > have.updatedAt) have.updatedAt = note.updatedAt;
    }
  }
  return [...byUrl.values()];
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
    version === 1
      ? ['format', 'version', 'exportedAt', 'notes', 'sites']
      : [
          'format',
          'version',
          'exportedAt',
          'articles',
          'notes',
          'corrections',
          'snapshots',
          'sites',
        ];
  const o = object(value, ROOT, required);
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
  const v2 = version >= 2;
  const articles = v2
    ? list(o.value.articles, 'articles', LIMITS.importArticles, validateArticle, problems)
    : [];
  const corrections = v2
    ? list(
        o.value.corrections,
        'corrections',
        LIMITS.importCorrections,
        validateCorrection,
        problems,
      )
    : [];
  const snapshots = v2
    ? list(o.value.snapshots, 'snapshots', LIMITS.importSnapshots, validateSnapshot, problems)
    : [];
  return problems.result(() => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.ok ? exportedAt.value : '',
    articles: articlesFromNotes(notes, articles),
    notes,
    corrections,
    snapshots,
    sites,
  }));
}
