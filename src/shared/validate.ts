/**
 * Strict validators for everything that crosses a message boundary. A content
 * script lives in a hostile page, so nothing that arrives is trusted: every
 * validator checks types, bounds and key sets, rejects keys that could pollute
 * prototypes, and returns a fresh copy holding only the known fields.
 */
import { FINDING_KINDS, type FindingKind } from '../engine/types';
import { fingerprintText, FINGERPRINT, type ArticleClaim } from './article';
import {
  ANCHOR_CONTEXT,
  decisionKey,
  type Decision,
  type DecisionInput,
  type FindingAnchor,
} from './decisions';
import type { ArticleRecord, Snapshot } from './export-format';
import type {
  ContentMessages,
  ContentName,
  ContentNotes,
  ContentRequest,
  ContentScriptMessages,
  ContentScriptName,
  ContentScriptRequest,
  ExtensionPageMessages,
  ExtensionPageName,
  ExtensionPageRequest,
  ImportBegin,
  ImportChunk,
  NoteAnchorState,
  PageLanguage,
  PageNoteInput,
  PageStats,
  PageSummary,
  Prefs,
  SearchRequest,
  SiteSetting,
} from './messages';
import {
  LEDGER_GROUPS,
  type LedgerClaim,
  type LedgerEntry,
  type LedgerGroup,
  type PageLedger,
  type SourceStandards,
} from './ledger';
import { LIMITS, sizeInWords } from './limits';
import type { Note, NoteFinding, NoteInput, Selector } from './notes';
import { err, ok, type Result } from './result';
import { SCHEME_NAMES, type SchemeName } from './highlight-styles';
import { cleanHost, cleanPhrase, SETTINGS_LIMITS, type ReaderSettings } from './settings';
import { isPageUrl, normalizeUrl } from './url';

export { LIMITS };

/** Checks one value and returns a cleaned copy, or a readable error. */
export type Validator<T> = (value: unknown, path: string) => Result<T>;

export type Plain = Record<string, unknown>;

/** A payload of one field, `{ [key]: T }`, checked by `check` (`{ url }`, `{ note }`, `{ id }`). */
function field<K extends string, T>(key: K, check: Validator<T>): Validator<Record<K, T>> {
  return (value, path) => {
    const o = object(value, path, [key]);
    if (!o.ok) return o;
    const v = check(o.value[key], `${path}.${key}`);
    return v.ok ? ok({ [key]: v.value } as Record<K, T>) : v;
  };
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const invalid = (path: string, problem: string): Result<never> =>
  err('invalid-message', `${path} ${problem}.`);

/** Accepts plain objects (what structured cloning produces) with exactly the allowed keys. */
export function object(
  value: unknown,
  path: string,
  required: readonly string[],
  optional: readonly string[] = [],
): Result<Plain> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(path, 'must be an object');
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return invalid(path, 'must be a plain object');
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    if (typeof key !== 'string') return invalid(path, 'must not have symbol keys');
    if (FORBIDDEN_KEYS.has(key)) return invalid(`${path}.${key}`, 'is not allowed');
    if (!required.includes(key) && !optional.includes(key)) {
      return invalid(`${path}.${key}`, 'is not expected');
    }
  }
  for (const key of required) {
    if (!Object.prototype.hasOwnProperty.call(value, key))
      return invalid(`${path}.${key}`, 'is missing');
  }
  return ok(value as Plain);
}

export function string(value: unknown, path: string, max: number, min = 0): Result<string> {
  if (typeof value !== 'string') return invalid(path, 'must be a string');
  if (value.length > max) return invalid(path, `is too long (at most ${max} characters)`);
  if (value.length < min) return invalid(path, min === 1 ? 'must not be empty' : `is too short`);
  return ok(value);
}

export function integer(value: unknown, path: string, min: number, max: number): Result<number> {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return invalid(path, 'must be a whole number');
  }
  if (value < min || value > max) return invalid(path, `must be between ${min} and ${max}`);
  return ok(value);
}

function finite(value: unknown, path: string, min: number): Result<number> {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
    return invalid(path, `must be a number of at least ${min}`);
  }
  return ok(value);
}

export function boolean(value: unknown, path: string): Result<boolean> {
  return typeof value === 'boolean' ? ok(value) : invalid(path, 'must be true or false');
}

/**
 * An absolute http(s) or file URL as a caller sends it, bounded in length. A
 * stored address must also pass `articleUrl` (normalised, at most `LIMITS.url`).
 */
export const validateUrl: Validator<string> = (value, path) => {
  const s = string(value, path, LIMITS.rawUrl, 1);
  if (!s.ok) return s;
  try {
    new URL(s.value);
  } catch {
    return invalid(path, 'must be a full web address');
  }
  // Anything else (`javascript:`, `data:`, browser pages) is refused.
  if (!isPageUrl(s.value)) return invalid(path, 'must be a web page address');
  return s;
};

/** An http(s) origin in canonical form, such as `https://example.com`. */
export const validateOrigin: Validator<string> = (value, path) => {
  const s = string(value, path, LIMITS.origin, 1);
  if (!s.ok) return s;
  let url: URL;
  try {
    url = new URL(s.value);
  } catch {
    return invalid(path, 'must be a site origin such as https://example.com');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== s.value) {
    return invalid(path, 'must be a site origin such as https://example.com');
  }
  return s;
};

const validateTabId: Validator<number> = (value, path) =>
  integer(value, path, 0, Number.MAX_SAFE_INTEGER);

export const validateSelector: Validator<Selector> = (value, path) => {
  if (typeof value !== 'object' || value === null) return invalid(path, 'must be an object');
  const type: unknown = (value as Plain).type;
  if (type === 'TextQuoteSelector') {
    const o = object(value, path, ['type', 'exact'], ['prefix', 'suffix']);
    if (!o.ok) return o;
    const exact = string(o.value.exact, `${path}.exact`, LIMITS.quoteExact, 1);
    if (!exact.ok) return exact;
    const selector: Selector = { type, exact: exact.value };
    for (const key of ['prefix', 'suffix'] as const) {
      if (o.value[key] === undefined) continue;
      const context = string(o.value[key], `${path}.${key}`, LIMITS.quoteContext);
      if (!context.ok) return context;
      selector[key] = context.value;
    }
    return ok(selector);
  }
  if (type === 'TextPositionSelector') {
    const o = object(value, path, ['type', 'start', 'end']);
    if (!o.ok) return o;
    const start = integer(o.value.start, `${path}.start`, 0, LIMITS.offset);
    if (!start.ok) return start;
    const end = integer(o.value.end, `${path}.end`, 0, LIMITS.offset);
    if (!end.ok) return end;
    if (end.value <= start.value) return invalid(`${path}.end`, 'must be after start');
    return ok({ type, start: start.value, end: end.value });
  }
  return invalid(`${path}.type`, 'must be TextQuoteSelector or TextPositionSelector');
};

/**
 * Whole numbers as a reader writes them ("12,345"). The formatter is made on first use: the
 * first `Intl` formatter of a page's context costs 10-25 ms, and the content script, which loads
 * this module on every click, seldom needs it.
 */
let counter: Intl.NumberFormat | null = null;
const formatCount = (n: number): string => (counter ??= new Intl.NumberFormat('en')).format(n);

/**
 * The address notes of an article are kept under: normalised (`normalizeUrl`)
 * and at most `LIMITS.url` characters. The limit applies after normalising,
 * because normalising can lengthen an address (characters outside ASCII become
 * percent escapes, up to twelve characters each) and an import applies the same
 * limit: a stored note must always import again.
 */
export function articleUrl(raw: string): Result<string> {
  const url = normalizeUrl(raw);
  if (url.length > LIMITS.url) {
    return err(
      'url-too-long',
      `Who Said can’t keep notes for this page: its address is ${formatCount(url.length)} characters long, ` +
        `and notes are kept only for addresses of up to ${formatCount(LIMITS.url)} characters ` +
        '(so that every export can be imported again). Highlights work as usual.',
    );
  }
  return ok(url);
}

/** The content fields every note has, checked with the given bounds. */
type NoteContent = Pick<
  NoteInput,
  'url' | 'title' | 'body' | 'target' | 'tags' | 'finding' | 'articleFingerprint'
>;

/** The optional fields a note may carry besides its passage. */
const NOTE_EXTRAS = ['target', 'tags', 'finding', 'articleFingerprint'] as const;

function noteContent(o: Plain, path: string, titleMax: number): Result<NoteContent> {
  const url = validateUrl(o.url, `${path}.url`);
  if (!url.ok) return url;
  const title = string(o.title, `${path}.title`, titleMax);
  if (!title.ok) return title;
  const body = string(o.body, `${path}.body`, LIMITS.noteBody);
  if (!body.ok) return body;
  if (body.value.trim() === '') return err('empty-note', 'Write something before saving the note.');
  const note: NoteContent = { url: url.value, title: title.value.trim(), body: body.value.trim() };
  if (o.target !== undefined) {
    const target = object(o.target, `${path}.target`, ['selectors']);
    if (!target.ok) return target;
    const list = target.value.selectors;
    if (!Array.isArray(list)) return invalid(`${path}.target.selectors`, 'must be a list');
    if (list.length === 0 || list.length > LIMITS.selectors) {
      return invalid(`${path}.target.selectors`, `must hold 1 to ${LIMITS.selectors} selectors`);
    }
    const selectors: Selector[] = [];
    for (const [i, item] of list.entries()) {
      const selector = validateSelector(item, `${path}.target.selectors[${i}]`);
      if (!selector.ok) return selector;
      selectors.push(selector.value);
    }
    note.target = { selectors };
  }
  if (o.tags !== undefined) {
    const tags = validateTags(o.tags, `${path}.tags`);
    if (!tags.ok) return tags;
    // Kept even when empty: an edit with no tags clears them.
    note.tags = tags.value;
  }
  if (o.finding !== undefined) {
    const finding = validateNoteFinding(o.finding, `${path}.finding`);
    if (!finding.ok) return finding;
    note.finding = finding.value;
  }
  if (o.articleFingerprint !== undefined) {
    const fp = validateFingerprint(o.articleFingerprint, `${path}.articleFingerprint`);
    if (!fp.ok) return fp;
    note.articleFingerprint = fp.value;
  }
  return ok(note);
}

/** A note's tags: trimmed, without a leading `#`, each once ignoring case. */
export const validateTags: Validator<string[]> = (value, path) => {
  if (!Array.isArray(value)) return invalid(path, 'must be a list');
  if (value.length > LIMITS.tags) return invalid(path, `must hold at most ${LIMITS.tags} tags`);
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const [i, raw] of value.entries()) {
    const s = string(raw, `${path}[${i}]`, LIMITS.tag + 10);
    if (!s.ok) return s;
    const tag = s.value.replace(/^\s*#/, '').replace(/\s+/g, ' ').trim();
    if (tag === '') return invalid(`${path}[${i}]`, 'must not be empty');
    if (tag.length > LIMITS.tag) {
      return invalid(`${path}[${i}]`, `is too long (at most ${LIMITS.tag} characters)`);
    }
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return ok(tags);
};

/** The finding a note was written on. */
export const validateNoteFinding: Validator<NoteFinding> = (value, path) => {
  const o = object(value, path, ['kind'], ['why']);
  if (!o.ok) return o;
  const kind = o.value.kind;
  if (typeof kind !== 'string' || !(FINDING_KINDS as readonly string[]).includes(kind)) {
    return invalid(`${path}.kind`, `must be one of ${FINDING_KINDS.join(', ')}`);
  }
  const finding: NoteFinding = { kind: kind as FindingKind };
  if (o.value.why !== undefined) {
    const why = string(o.value.why, `${path}.why`, LIMITS.findingWhy);
    if (!why.ok) return why;
    finding.why = why.value;
  }
  return ok(finding);
};

/** An article text fingerprint (`fingerprintText`). */
export const validateFingerprint: Validator<string> = (value, path) => {
  const s = string(value, path, 30, 1);
  if (!s.ok) return s;
  return FINGERPRINT.test(s.value) ? s : invalid(path, 'must be an article fingerprint');
};

/** The version an edit was based on, or a stored note's version. */
const validateVersion: Validator<number> = (value, path) =>
  integer(value, path, 1, LIMITS.noteVersion);

/**
 * A note as a caller supplies it, to create (no `baseVersion`) or edit. Body
 * and title come back trimmed; the body must not be empty once trimmed. The
 * title may be longer than a stored one (a page title): saving shortens it.
 */
export const validateNoteInput: Validator<NoteInput> = (value, path) => {
  const o = object(value, path, ['id', 'url', 'title', 'body'], ['baseVersion', ...NOTE_EXTRAS]);
  if (!o.ok) return o;
  const id = string(o.value.id, `${path}.id`, 36);
  if (!id.ok) return id;
  if (!UUID.test(id.value)) return invalid(`${path}.id`, 'must be a note id');
  const content = noteContent(o.value, path, LIMITS.rawTitle);
  if (!content.ok) return content;
  const note: NoteInput = { id: id.value.toLowerCase(), ...content.value };
  if (o.value.baseVersion !== undefined) {
    const base = validateVersion(o.value.baseVersion, `${path}.baseVersion`);
    if (!base.ok) return base;
    note.baseVersion = base.value;
  }
  return ok(note);
};

const NOTE_ID = /^[A-Za-z0-9-]{1,64}$/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

export function timestamp(value: unknown, path: string): Result<string> {
  if (typeof value !== 'string' || !ISO_TIME.test(value) || Number.isNaN(Date.parse(value))) {
    return invalid(path, 'must be an ISO 8601 time');
  }
  return ok(value);
}

/**
 * A note as it is stored and as an export file holds it, with the limits of
 * both: the store checks every note it writes with this validator, and an
 * import checks every note it reads with it, so what is stored imports again.
 * The address comes back normalised. A note from before versions existed (an
 * export of version 1) gets version 1.
 */
export const validateNote: Validator<Note> = (value, path) => {
  const o = object(
    value,
    path,
    ['id', 'url', 'title', 'body', 'createdAt', 'updatedAt'],
    [...NOTE_EXTRAS, 'version'],
  );
  if (!o.ok) return o;
  const id = string(o.value.id, `${path}.id`, 64, 1);
  if (!id.ok) return id;
  if (!NOTE_ID.test(id.value)) return invalid(`${path}.id`, 'must be a note id');
  const content = noteContent(o.value, path, LIMITS.noteTitle);
  if (!content.ok) {
    return content.error.code === 'empty-note'
      ? invalid(`${path}.body`, 'must not be empty')
      : content;
  }
  const url = articleUrl(content.value.url);
  if (!url.ok)
    return invalid(`${path}.url`, `is too long once normalised (at most ${LIMITS.url} characters)`);
  const createdAt = timestamp(o.value.createdAt, `${path}.createdAt`);
  if (!createdAt.ok) return createdAt;
  const updatedAt = timestamp(o.value.updatedAt, `${path}.updatedAt`);
  if (!updatedAt.ok) return updatedAt;
  let version = 1;
  if (o.value.version !== undefined) {
    const checked = validateVersion(o.value.version, `${path}.version`);
    if (!checked.ok) return checked;
    version = checked.value;
  }
  return ok({
    id: id.value,
    url: url.value,
    title: content.value.title,
    body: content.value.body,
    ...(content.value.tags?.length ? { tags: content.value.tags } : {}),
    ...(content.value.target ? { target: content.value.target } : {}),
    ...(content.value.finding ? { finding: content.value.finding } : {}),
    ...(content.value.articleFingerprint
      ? { articleFingerprint: content.value.articleFingerprint }
      : {}),
    createdAt: createdAt.value,
    updatedAt: updatedAt.value,
    version,
  });
};

/** The notes of an export, each checked as a stored note. */
export function validateNotes(value: unknown, path: string, max: number): Result<Note[]> {
  if (!Array.isArray(value) || value.length > max) {
    return invalid(path, `must be a list of at most ${formatCount(max)} notes`);
  }
  const notes: Note[] = [];
  for (const [i, raw] of value.entries()) {
    const note = validateNote(raw, `${path}[${i}]`);
    if (!note.ok) return note;
    notes.push(note.value);
  }
  return ok(notes);
}

/** A list of at most `max` records, each checked by `each`. */
export function validateList<T>(
  value: unknown,
  path: string,
  max: number,
  each: Validator<T>,
): Result<T[]> {
  if (!Array.isArray(value) || value.length > max) {
    return invalid(path, `must be a list of at most ${formatCount(max)} entries`);
  }
  const out: T[] = [];
  for (const [i, raw] of value.entries()) {
    const checked = each(raw, `${path}[${i}]`);
    if (!checked.ok) return checked;
    out.push(checked.value);
  }
  return ok(out);
}

/** The sites of an export. */
/** `o[key]` as a list checked by `check`, or undefined when the key is absent. */
function optionalList<T>(
  o: Plain,
  key: string,
  path: string,
  max: number,
  check: Validator<T>,
): Result<T[] | undefined> {
  return o[key] === undefined ? ok(undefined) : validateList(o[key], `${path}.${key}`, max, check);
}

export function validateSites(value: unknown, path: string): Result<SiteSetting[]> {
  if (!Array.isArray(value) || value.length > LIMITS.importSites) {
    return invalid(path, `must be a list of at most ${formatCount(LIMITS.importSites)} sites`);
  }
  const sites: SiteSetting[] = [];
  for (const [i, raw] of value.entries()) {
    const site = validateSiteSetting(raw, `${path}[${i}]`);
    if (!site.ok) return site;
    sites.push(site.value);
  }
  return ok(sites);
}

/**
 * Whether a file of `bytes` may be imported: checked before the file is read,
 * so a huge file is refused at once instead of freezing the page.
 */
export function checkImportSize(bytes: number): Result<number> {
  if (bytes > LIMITS.importBytes) {
    return err(
      'file-too-large',
      `This file is ${sizeInWords(bytes)}; Who Said imports files of up to ${sizeInWords(LIMITS.importBytes)}.`,
    );
  }
  return ok(bytes);
}

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

const validateKind: Validator<FindingKind> = (value, path) =>
  typeof value === 'string' && (FINDING_KINDS as readonly string[]).includes(value)
    ? ok(value as FindingKind)
    : invalid(path, `must be one of ${FINDING_KINDS.join(', ')}`);

/** Where a finding stands, by its words and context. */
export const validateAnchor: Validator<FindingAnchor> = (value, path) => {
  const o = object(value, path, ['kind', 'quote', 'prefix', 'suffix']);
  if (!o.ok) return o;
  const kind = validateKind(o.value.kind, `${path}.kind`);
  if (!kind.ok) return kind;
  const quote = string(o.value.quote, `${path}.quote`, LIMITS.decisionQuote, 1);
  if (!quote.ok) return quote;
  // Twice the context the extension writes, so an anchor from a later version still reads.
  const prefix = string(o.value.prefix, `${path}.prefix`, 2 * ANCHOR_CONTEXT);
  if (!prefix.ok) return prefix;
  const suffix = string(o.value.suffix, `${path}.suffix`, 2 * ANCHOR_CONTEXT);
  if (!suffix.ok) return suffix;
  return ok({ kind: kind.value, quote: quote.value, prefix: prefix.value, suffix: suffix.value });
};

/** A correction as the page's card or an import supplies it. */
export const validateDecisionInput: Validator<DecisionInput> = (value, path) => {
  const o = object(value, path, ['anchor', 'action'], ['kind']);
  if (!o.ok) return o;
  const anchor = validateAnchor(o.value.anchor, `${path}.anchor`);
  if (!anchor.ok) return anchor;
  if (o.value.action === 'dismiss') {
    if (o.value.kind !== undefined) return invalid(`${path}.kind`, 'is not expected');
    return ok({ anchor: anchor.value, action: 'dismiss' });
  }
  if (o.value.action !== 'reclassify') {
    return invalid(`${path}.action`, 'must be dismiss or reclassify');
  }
  if (o.value.kind === 'none')
    return ok({ anchor: anchor.value, action: 'reclassify', kind: 'none' });
  const kind = validateKind(o.value.kind, `${path}.kind`);
  if (!kind.ok)
    return invalid(`${path}.kind`, `must be none or one of ${FINDING_KINDS.join(', ')}`);
  if (kind.value === anchor.value.kind) {
    return invalid(`${path}.kind`, 'must differ from the kind the finding has');
  }
  return ok({ anchor: anchor.value, action: 'reclassify', kind: kind.value });
};

/** A stored correction, as an export file holds it. */
export const validateDecision: Validator<Decision> = (value, path) => {
  const o = object(value, path, ['url', 'key', 'anchor', 'action', 'createdAt'], ['kind']);
  if (!o.ok) return o;
  const { url: rawUrl, key: rawKey, createdAt: rawCreated, ...rest } = o.value;
  const input = validateDecisionInput(rest, path);
  if (!input.ok) return input;
  const url = validateUrl(rawUrl, `${path}.url`);
  if (!url.ok) return url;
  const article = articleUrl(url.value);
  if (!article.ok) return invalid(`${path}.url`, `is too long (at most ${LIMITS.url} characters)`);
  const key = decisionKey(input.value.anchor);
  if (rawKey !== key) return invalid(`${path}.key`, 'does not match the anchor');
  const createdAt = timestamp(rawCreated, `${path}.createdAt`);
  if (!createdAt.ok) return createdAt;
  return ok({ ...input.value, url: article.value, key, createdAt: createdAt.value });
};

/**
 * The reader's settings: every kind switched, a known scheme, phrases that
 * pass `cleanPhrase` (stored clean, duplicates dropped), and hosts.
 */
export const validateSettings: Validator<ReaderSettings> = (value, path) => {
  const o = object(value, path, ['kinds', 'scheme', 'phrases', 'neverRun']);
  if (!o.ok) return o;
  const kindsObject = object(o.value.kinds, `${path}.kinds`, FINDING_KINDS);
  if (!kindsObject.ok) return kindsObject;
  const phrasesObject = object(o.value.phrases, `${path}.phrases`, FINDING_KINDS);
  if (!phrasesObject.ok) return phrasesObject;
  const kinds = {} as ReaderSettings['kinds'];
  const phrases = {} as ReaderSettings['phrases'];
  for (const kind of FINDING_KINDS) {
    const on = boolean(kindsObject.value[kind], `${path}.kinds.${kind}`);
    if (!on.ok) return on;
    kinds[kind] = on.value;
    const list = phrasesObject.value[kind];
    if (!Array.isArray(list) || list.length > SETTINGS_LIMITS.phrasesPerKind) {
      return invalid(
        `${path}.phrases.${kind}`,
        `must be a list of at most ${SETTINGS_LIMITS.phrasesPerKind} phrases`,
      );
    }
    const seen = new Set<string>();
    phrases[kind] = [];
    for (const [i, raw] of list.entries()) {
      const text = string(raw, `${path}.phrases.${kind}[${i}]`, 4 * SETTINGS_LIMITS.phraseLength);
      if (!text.ok) return text;
      const clean = cleanPhrase(text.value);
      if ('problem' in clean) return invalid(`${path}.phrases.${kind}[${i}]`, clean.problem);
      const folded = clean.phrase.toLowerCase();
      if (seen.has(folded)) continue;
      seen.add(folded);
      phrases[kind].push(clean.phrase);
    }
  }
  if (!(SCHEME_NAMES as readonly unknown[]).includes(o.value.scheme)) {
    return invalid(`${path}.scheme`, `must be one of ${SCHEME_NAMES.join(', ')}`);
  }
  const rawHosts = o.value.neverRun;
  if (!Array.isArray(rawHosts) || rawHosts.length > SETTINGS_LIMITS.neverRun) {
    return invalid(
      `${path}.neverRun`,
      `must be a list of at most ${SETTINGS_LIMITS.neverRun} sites`,
    );
  }
  const neverRun: string[] = [];
  for (const [i, raw] of rawHosts.entries()) {
    const text = string(raw, `${path}.neverRun[${i}]`, SETTINGS_LIMITS.host * 2);
    if (!text.ok) return text;
    const host = cleanHost(text.value);
    if (host === null)
      return invalid(`${path}.neverRun[${i}]`, 'must be a site such as example.com');
    if (!neverRun.includes(host)) neverRun.push(host);
  }
  return ok({ kinds, scheme: o.value.scheme as SchemeName, phrases, neverRun });
};

const ledgerText = (value: unknown, path: string): Result<string> =>
  string(value, path, LIMITS.ledgerText);

function validateStandards(value: unknown, path: string): Result<SourceStandards> {
  const fields = ['reason', 'basis', 'specificity', 'obtained'] as const;
  const o = object(value, path, [], fields);
  if (!o.ok) return o;
  const out: SourceStandards = {};
  for (const field of fields) {
    const v = o.value[field];
    if (v === undefined) continue;
    if (v === null) {
      out[field] = null;
      continue;
    }
    const text = ledgerText(v, `${path}.${field}`);
    if (!text.ok) return text;
    out[field] = text.value;
  }
  return ok(out);
}

function validateLedgerEntry(value: unknown, path: string): Result<LedgerEntry> {
  const o = object(
    value,
    path,
    ['id', 'name', 'group', 'mentions', 'claims'],
    ['standards', 'claimCount', 'via', 'body', 'speaksFor'],
  );
  if (!o.ok) return o;
  const id = ledgerText(o.value.id, `${path}.id`);
  if (!id.ok) return id;
  const name = ledgerText(o.value.name, `${path}.name`);
  if (!name.ok) return name;
  if (!(LEDGER_GROUPS as readonly unknown[]).includes(o.value.group)) {
    return invalid(`${path}.group`, 'must be a ledger group');
  }
  const { mentions: rawMentions, claims: rawClaims } = o.value;
  if (!Array.isArray(rawMentions) || rawMentions.length > 20) {
    return invalid(`${path}.mentions`, 'must be a list of at most 20 mentions');
  }
  const mentions: string[] = [];
  for (const [i, m] of rawMentions.entries()) {
    const text = ledgerText(m, `${path}.mentions[${i}]`);
    if (!text.ok) return text;
    mentions.push(text.value);
  }
  if (!Array.isArray(rawClaims) || rawClaims.length > LIMITS.ledgerClaims) {
    return invalid(`${path}.claims`, `must be a list of at most ${LIMITS.ledgerClaims} claims`);
  }
  const claims: LedgerClaim[] = [];
  for (const [i, raw] of rawClaims.entries()) {
    const c = object(raw, `${path}.claims[${i}]`, ['cue', 'snippet']);
    if (!c.ok) return c;
    const cue = ledgerText(c.value.cue, `${path}.claims[${i}].cue`);
    if (!cue.ok) return cue;
    const snippet = ledgerText(c.value.snippet, `${path}.claims[${i}].snippet`);
    if (!snippet.ok) return snippet;
    claims.push({ cue: cue.value, snippet: snippet.value });
  }
  const entry: LedgerEntry = {
    id: id.value,
    name: name.value,
    group: o.value.group as LedgerGroup,
    mentions,
    claims,
  };
  if (o.value.standards !== undefined) {
    const standards = validateStandards(o.value.standards, `${path}.standards`);
    if (!standards.ok) return standards;
    entry.standards = standards.value;
  }
  if (o.value.claimCount !== undefined) {
    const count = integer(o.value.claimCount, `${path}.claimCount`, claims.length, LIMITS.offset);
    if (!count.ok) return count;
    entry.claimCount = count.value;
  }
  if (o.value.via !== undefined) {
    const via = validateVia(o.value.via, `${path}.via`);
    if (!via.ok) return via;
    entry.via = via.value;
  }
  if (o.value.body !== undefined) {
    const body = ledgerText(o.value.body, `${path}.body`);
    if (!body.ok) return body;
    entry.body = body.value;
  }
  if (o.value.speaksFor !== undefined) {
    const party = ledgerText(o.value.speaksFor, `${path}.speaksFor`);
    if (!party.ok) return party;
    entry.speaksFor = party.value;
  }
  return ok(entry);
}

/** How some claims of a ledger entry reached the article: at most five phrases of the story. */
function validateVia(value: unknown, path: string): Result<string[]> {
  if (!Array.isArray(value) || value.length === 0 || value.length > 5)
    return invalid(path, 'must be a list of one to five phrases');
  const via: string[] = [];
  for (const [i, v] of value.entries()) {
    const text = ledgerText(v, `${path}[${i}]`);
    if (!text.ok) return text;
    via.push(text.value);
  }
  return ok(via);
}

/** A sourcing ledger as a content script reports it. */
export const validatePageLedger: Validator<PageLedger> = (value, path) => {
  const o = object(
    value,
    path,
    ['entries', 'attributions', 'claims'],
    ['omitted', 'namedDocuments', 'questions'],
  );
  if (!o.ok) return o;
  const rawEntries = o.value.entries;
  if (!Array.isArray(rawEntries) || rawEntries.length > LIMITS.ledgerEntries) {
    return invalid(`${path}.entries`, `must be a list of at most ${LIMITS.ledgerEntries} sources`);
  }
  const entries: LedgerEntry[] = [];
  for (const [i, raw] of rawEntries.entries()) {
    const entry = validateLedgerEntry(raw, `${path}.entries[${i}]`);
    if (!entry.ok) return entry;
    entries.push(entry.value);
  }
  const attributions = integer(o.value.attributions, `${path}.attributions`, 0, LIMITS.offset);
  if (!attributions.ok) return attributions;
  const counts = object(o.value.claims, `${path}.claims`, LEDGER_GROUPS);
  if (!counts.ok) return counts;
  const claims = {} as Record<LedgerGroup, number>;
  for (const group of LEDGER_GROUPS) {
    const n = integer(counts.value[group], `${path}.claims.${group}`, 0, LIMITS.offset);
    if (!n.ok) return n;
    claims[group] = n.value;
  }
  const ledger: PageLedger = { entries, attributions: attributions.value, claims };
  if (o.value.namedDocuments !== undefined) {
    const n = integer(o.value.namedDocuments, `${path}.namedDocuments`, 0, claims.documents);
    if (!n.ok) return n;
    ledger.namedDocuments = n.value;
  }
  if (o.value.questions !== undefined) {
    const n = integer(o.value.questions, `${path}.questions`, 1, LIMITS.offset);
    if (!n.ok) return n;
    ledger.questions = n.value;
  }
  if (o.value.omitted !== undefined) {
    const left = object(o.value.omitted, `${path}.omitted`, ['sources', 'claims']);
    if (!left.ok) return left;
    const sources = integer(left.value.sources, `${path}.omitted.sources`, 1, LIMITS.offset);
    if (!sources.ok) return sources;
    const omittedClaims = integer(left.value.claims, `${path}.omitted.claims`, 0, LIMITS.offset);
    if (!omittedClaims.ok) return omittedClaims;
    ledger.omitted = { sources: sources.value, claims: omittedClaims.value };
  }
  return ok(ledger);
};

function validateLanguage(value: unknown, path: string): Result<PageLanguage> {
  const o = object(value, path, ['code', 'english']);
  if (!o.ok) return o;
  const code = o.value.code;
  if (code !== null && (typeof code !== 'string' || !/^[a-z]{2,3}$/.test(code))) {
    return invalid(`${path}.code`, 'must be a language code or null');
  }
  const english = boolean(o.value.english, `${path}.english`);
  if (!english.ok) return english;
  return ok({ code, english: english.value });
}

/** Ledger entry ids and claim numbers, as `reveal` requests carry them. */
function revealTarget(value: unknown, path: string): Result<{ entry: string; claim: number }> {
  const o = object(value, path, ['entry', 'claim'], ['tabId']);
  if (!o.ok) return o;
  const entry = string(o.value.entry, `${path}.entry`, LIMITS.ledgerText, 1);
  if (!entry.ok) return entry;
  const claim = integer(o.value.claim, `${path}.claim`, 0, LIMITS.ledgerClaims);
  if (!claim.ok) return claim;
  return ok({ entry: entry.value, claim: claim.value });
}

/** How many claims an entry has and which one the page shows. */
export const validateRevealResult: Validator<{ claim: number; claims: number }> = (value, path) => {
  const o = object(value, path, ['claim', 'claims']);
  if (!o.ok) return o;
  const claims = integer(o.value.claims, `${path}.claims`, 0, LIMITS.ledgerClaims);
  if (!claims.ok) return claims;
  const claim = integer(o.value.claim, `${path}.claim`, 0, LIMITS.ledgerClaims);
  if (!claim.ok) return claim;
  return ok({ claim: claim.value, claims: claims.value });
};

/** A site setting as the popup sends it. */
export const validateSiteSetting: Validator<SiteSetting> = (value, path) => {
  const o = object(value, path, ['origin', 'alwaysOn']);
  if (!o.ok) return o;
  const origin = validateOrigin(o.value.origin, `${path}.origin`);
  if (!origin.ok) return origin;
  const alwaysOn = boolean(o.value.alwaysOn, `${path}.alwaysOn`);
  if (!alwaysOn.ok) return alwaysOn;
  return ok({ origin: origin.value, alwaysOn: alwaysOn.value });
};

/** What a content script reports about a page; checked because a page can interfere with it. */
export const validatePageSummary: Validator<PageSummary> = (value, path) => {
  const o = object(
    value,
    path,
    ['url', 'title', 'counts', 'textLength', 'highlighted', 'ms'],
    ['language', 'painted'],
  );
  if (!o.ok) return o;
  const url = validateUrl(o.value.url, `${path}.url`);
  if (!url.ok) return url;
  const title = string(o.value.title, `${path}.title`, LIMITS.summaryTitle);
  if (!title.ok) return title;
  const countsObject = object(o.value.counts, `${path}.counts`, FINDING_KINDS);
  if (!countsObject.ok) return countsObject;
  const counts = {} as Record<FindingKind, number>;
  for (const kind of FINDING_KINDS) {
    const n = integer(countsObject.value[kind], `${path}.counts.${kind}`, 0, LIMITS.offset);
    if (!n.ok) return n;
    counts[kind] = n.value;
  }
  const textLength = integer(o.value.textLength, `${path}.textLength`, 0, LIMITS.offset);
  if (!textLength.ok) return textLength;
  const highlighted = boolean(o.value.highlighted, `${path}.highlighted`);
  if (!highlighted.ok) return highlighted;
  const ms = finite(o.value.ms, `${path}.ms`, 0);
  if (!ms.ok) return ms;
  const summary: PageSummary = {
    url: url.value,
    title: title.value,
    counts,
    textLength: textLength.value,
    highlighted: highlighted.value,
    ms: ms.value,
  };
  if (o.value.language !== undefined) {
    const language = validateLanguage(o.value.language, `${path}.language`);
    if (!language.ok) return language;
    summary.language = language.value;
  }
  if (o.value.painted !== undefined) {
    const painted = integer(o.value.painted, `${path}.painted`, 0, LIMITS.offset);
    if (!painted.ok) return painted;
    summary.painted = painted.value;
  }
  return ok(summary);
};

const STAT_COUNTS = [
  'findings',
  'painted',
  'ranges',
  'textLength',
  'parts',
  'slices',
  'requests',
] as const;
const STAT_TIMES = [
  'extractMs',
  'analysisMs',
  'paintMs',
  'workMs',
  'longestSliceMs',
  'doneMs',
] as const;
const STAT_LATER = [
  'firstRequestMs',
  'firstAnswerMs',
  'lastHighlightMs',
  'firstPaintMs',
  'allPaintedMs',
] as const;

/** Checks a content script's `content.stats` answer. */
export const validatePageStats: Validator<PageStats> = (value, path) => {
  const o = object(value, path, ['done', 'counts', ...STAT_COUNTS, ...STAT_TIMES, ...STAT_LATER]);
  if (!o.ok) return o;
  const done = boolean(o.value.done, `${path}.done`);
  if (!done.ok) return done;
  const countsObject = object(o.value.counts, `${path}.counts`, FINDING_KINDS);
  if (!countsObject.ok) return countsObject;
  const counts = {} as Record<FindingKind, number>;
  for (const kind of FINDING_KINDS) {
    const n = integer(countsObject.value[kind], `${path}.counts.${kind}`, 0, LIMITS.offset);
    if (!n.ok) return n;
    counts[kind] = n.value;
  }
  const out = { done: done.value, counts } as Record<string, unknown>;
  for (const key of STAT_COUNTS) {
    const n = integer(o.value[key], `${path}.${key}`, 0, LIMITS.offset);
    if (!n.ok) return n;
    out[key] = n.value;
  }
  for (const key of [...STAT_TIMES, ...STAT_LATER]) {
    const v = o.value[key];
    if (v === null && (STAT_LATER as readonly string[]).includes(key)) {
      out[key] = null;
      continue;
    }
    const n = finite(v, `${path}.${key}`, 0);
    if (!n.ok) return n;
    out[key] = n.value;
  }
  return ok(out as unknown as PageStats);
};

/** Where a note stands in the page, as the content script reports it. */
export const validateNoteAnchorState: Validator<NoteAnchorState> = (value, path) => {
  const o = object(value, path, ['id', 'status'], ['method', 'current']);
  if (!o.ok) return o;
  const id = string(o.value.id, `${path}.id`, 64, 1);
  if (!id.ok) return id;
  const status = o.value.status;
  if (status !== 'anchored' && status !== 'orphan' && status !== 'article') {
    return invalid(`${path}.status`, 'must be anchored, orphan or article');
  }
  const state: NoteAnchorState = { id: id.value, status };
  const method = o.value.method;
  if (method !== undefined) {
    if (method !== 'position' && method !== 'exact' && method !== 'fuzzy') {
      return invalid(`${path}.method`, 'must be position, exact or fuzzy');
    }
    state.method = method;
  }
  if (o.value.current !== undefined) {
    const current = string(o.value.current, `${path}.current`, LIMITS.quoteExact + 200);
    if (!current.ok) return current;
    state.current = current.value;
  }
  return ok(state);
};

/** The content script's account of its page's notes. */
export const validateContentNotes: Validator<ContentNotes> = (value, path) => {
  const o = object(value, path, ['canonical', 'fingerprint', 'anchors', 'anchorMs']);
  if (!o.ok) return o;
  let canonical: string | null = null;
  if (o.value.canonical !== null) {
    const c = validateUrl(o.value.canonical, `${path}.canonical`);
    if (!c.ok) return c;
    canonical = c.value;
  }
  const fingerprint = validateFingerprint(o.value.fingerprint, `${path}.fingerprint`);
  if (!fingerprint.ok) return fingerprint;
  const list = o.value.anchors;
  if (!Array.isArray(list) || list.length > LIMITS.importNotes) {
    return invalid(`${path}.anchors`, 'must be a list');
  }
  const anchors: NoteAnchorState[] = [];
  for (const [i, item] of list.entries()) {
    const a = validateNoteAnchorState(item, `${path}.anchors[${i}]`);
    if (!a.ok) return a;
    anchors.push(a.value);
  }
  const anchorMs = o.value.anchorMs;
  if (typeof anchorMs !== 'number' || !Number.isFinite(anchorMs) || anchorMs < 0) {
    return invalid(`${path}.anchorMs`, 'must be a number of milliseconds');
  }
  return ok({ canonical, fingerprint: fingerprint.value, anchors, anchorMs });
};

/** The payload of a request that carries nothing. */
function emptyPayload(value: unknown, path: string): Result<Record<string, never>> {
  const o = object(value, path, []);
  return o.ok ? ok({}) : o;
}

type PayloadValidators = {
  [N in ExtensionPageName]: Validator<ExtensionPageMessages[N]['req']>;
};

const tabPayload: Validator<{ tabId: number }> = field('tabId', validateTabId);

const validateImportId: Validator<string> = (value, path) => {
  const id = string(value, path, 36);
  if (!id.ok) return id;
  return UUID.test(id.value) ? id : invalid(path, 'must be an import id');
};

const importIdPayload: Validator<{ importId: string }> = field('importId', validateImportId);

/** A note id (a UUID), lower-cased. */
const noteId: Validator<string> = (value, path) => {
  const id = string(value, path, 36);
  if (!id.ok) return id;
  return UUID.test(id.value) ? ok(id.value.toLowerCase()) : invalid(path, 'must be a note id');
};

/** An optional whole number from 0 to `max`. */
const optionalNat = (value: unknown, path: string, max: number): Result<number | undefined> =>
  value === undefined ? ok(undefined) : integer(value, path, 0, max);

export const validatePrefs: Validator<Prefs> = field('selectionButton', boolean);

/** What a page says about its article; its canonical claim is checked again by the background. */
export const validateArticleClaim: Validator<ArticleClaim> = (value, path) => {
  const o = object(
    value,
    path,
    ['title', 'fingerprint', 'textLength'],
    ['canonical', 'site', 'byline', 'published'],
  );
  if (!o.ok) return o;
  const title = string(o.value.title, `${path}.title`, LIMITS.summaryTitle);
  if (!title.ok) return title;
  const fingerprint = validateFingerprint(o.value.fingerprint, `${path}.fingerprint`);
  if (!fingerprint.ok) return fingerprint;
  const textLength = integer(o.value.textLength, `${path}.textLength`, 0, LIMITS.offset);
  if (!textLength.ok) return textLength;
  const claim: ArticleClaim = {
    title: title.value.slice(0, LIMITS.noteTitle),
    fingerprint: fingerprint.value,
    textLength: textLength.value,
  };
  if (o.value.canonical !== undefined) {
    const canonical = validateUrl(o.value.canonical, `${path}.canonical`);
    if (!canonical.ok) return canonical;
    claim.canonical = canonical.value;
  }
  for (const key of ['site', 'byline'] as const) {
    if (o.value[key] === undefined) continue;
    const field = string(o.value[key], `${path}.${key}`, LIMITS.articleField);
    if (!field.ok) return field;
    claim[key] = field.value;
  }
  if (o.value.published !== undefined) {
    const published = timestamp(o.value.published, `${path}.published`);
    if (!published.ok) return published;
    claim.published = published.value;
  }
  return ok(claim);
};

/** A note as a content script writes it (no address, no title: the background adds them). */
export const validatePageNoteInput: Validator<PageNoteInput> = (value, path) => {
  const o = object(value, path, ['id', 'body'], ['baseVersion', 'tags', 'target', 'finding']);
  if (!o.ok) return o;
  const id = noteId(o.value.id, `${path}.id`);
  if (!id.ok) return id;
  // The shared note checks, with a placeholder address the background replaces.
  const checked = validateNoteInput(
    { ...o.value, id: id.value, url: 'https://placeholder.invalid/', title: '' },
    path,
  );
  if (!checked.ok) return checked;
  const { url: _url, title: _title, ...rest } = checked.value;
  return ok({ ...rest, id: id.value });
};

/** What to export: one article's notes (`url`) or everything. */
const exportPayload: Validator<{ url?: string }> = (value, path) => {
  const o = object(value, path, [], ['url']);
  if (!o.ok) return o;
  if (o.value.url === undefined) return ok({});
  const url = validateUrl(o.value.url, `${path}.url`);
  return url.ok ? ok({ url: url.value }) : url;
};

const EXTENSION_PAGE_PAYLOADS: PayloadValidators = {
  'tab.run': tabPayload,
  'tab.summary': tabPayload,
  'tab.clear': tabPayload,
  'notes.list': field('url', validateUrl),
  'tab.notes': tabPayload,
  'tab.syncNotes': tabPayload,
  'tab.showNote': (value, path) => {
    const o = object(value, path, ['tabId', 'id']);
    if (!o.ok) return o;
    const tab = tabPayload({ tabId: o.value.tabId }, path);
    if (!tab.ok) return tab;
    const id = noteId(o.value.id, `${path}.id`);
    return id.ok ? ok({ tabId: tab.value.tabId, id: id.value }) : id;
  },
  'notes.search': (value, path) => {
    const o = object(value, path, ['query'], ['tag', 'site', 'offset', 'limit']);
    if (!o.ok) return o;
    const query = string(o.value.query, `${path}.query`, LIMITS.query);
    if (!query.ok) return query;
    const request: SearchRequest = { query: query.value };
    for (const key of ['tag', 'site'] as const) {
      if (o.value[key] === undefined) continue;
      const v = string(o.value[key], `${path}.${key}`, LIMITS.origin);
      if (!v.ok) return v;
      request[key] = v.value;
    }
    const offset = optionalNat(o.value.offset, `${path}.offset`, LIMITS.importNotes * 10);
    if (!offset.ok) return offset;
    const limit = optionalNat(o.value.limit, `${path}.limit`, 500);
    if (!limit.ok) return limit;
    if (offset.value !== undefined) request.offset = offset.value;
    if (limit.value !== undefined) request.limit = limit.value;
    return ok(request);
  },
  'notes.facets': (value, path) => emptyPayload(value, path),
  'notes.restore': field('note', validateNote),
  'article.snapshot': (value, path) => {
    const o = object(value, path, ['url', 'fingerprint']);
    if (!o.ok) return o;
    const url = validateUrl(o.value.url, `${path}.url`);
    if (!url.ok) return url;
    const fp = validateFingerprint(o.value.fingerprint, `${path}.fingerprint`);
    return fp.ok ? ok({ url: url.value, fingerprint: fp.value }) : fp;
  },
  'prefs.get': (value, path) => emptyPayload(value, path),
  'prefs.set': validatePrefs,

  'notes.save': field('note', validateNoteInput),
  'notes.delete': field('id', noteId),
  'site.get': field('origin', validateOrigin),
  'site.set': validateSiteSetting,
  'site.list': (value, path) => emptyPayload(value, path),
  'data.export': exportPayload,
  'data.exportFile': exportPayload,
  'import.begin': (value, path) => {
    const o = object(value, path, ['notes', 'sites'], ['articles', 'decisions', 'snapshots']);
    if (!o.ok) return o;
    const notes = integer(o.value.notes, `${path}.notes`, 0, LIMITS.importNotes);
    if (!notes.ok) return notes;
    const sites = validateSites(o.value.sites, `${path}.sites`);
    if (!sites.ok) return sites;
    const begin: ImportBegin = { notes: notes.value, sites: sites.value };
    const bounds = {
      articles: LIMITS.importArticles,
      decisions: LIMITS.importDecisions,
      snapshots: LIMITS.importSnapshots,
    } as const;
    for (const key of ['articles', 'decisions', 'snapshots'] as const) {
      if (o.value[key] === undefined) continue;
      const n = integer(o.value[key], `${path}.${key}`, 0, bounds[key]);
      if (!n.ok) return n;
      begin[key] = n.value;
    }
    return ok(begin);
  },
  'import.notes': (value, path) => {
    const o = object(value, path, ['importId', 'notes'], ['articles', 'decisions', 'snapshots']);
    if (!o.ok) return o;
    const importId = validateImportId(o.value.importId, `${path}.importId`);
    if (!importId.ok) return importId;
    const notes = validateNotes(o.value.notes, `${path}.notes`, LIMITS.importChunk);
    if (!notes.ok) return notes;
    const chunk: ImportChunk = { importId: importId.value, notes: notes.value };
    const articles = optionalList(o.value, 'articles', path, LIMITS.importChunk, validateArticle);
    if (!articles.ok) return articles;
    if (articles.value) chunk.articles = articles.value;
    const decisions = optionalList(
      o.value,
      'decisions',
      path,
      LIMITS.importChunk,
      validateDecision,
    );
    if (!decisions.ok) return decisions;
    if (decisions.value) chunk.decisions = decisions.value;
    const snapshots = optionalList(
      o.value,
      'snapshots',
      path,
      LIMITS.importSnapshotChunk,
      validateSnapshot,
    );
    if (!snapshots.ok) return snapshots;
    if (snapshots.value) chunk.snapshots = snapshots.value;
    return ok(chunk);
  },
  'import.commit': importIdPayload,
  'import.progress': importIdPayload,
  'tab.ledger': tabPayload,
  'tab.reveal': (value, path) => {
    const o = object(value, path, ['tabId', 'entry', 'claim']);
    if (!o.ok) return o;
    const tabId = validateTabId(o.value.tabId, `${path}.tabId`);
    if (!tabId.ok) return tabId;
    const target = revealTarget(value, path);
    return target.ok ? ok({ tabId: tabId.value, ...target.value }) : target;
  },
  'tab.refresh': tabPayload,
  'decisions.list': field('url', validateUrl),
  'decisions.delete': (value, path) => {
    const o = object(value, path, ['url', 'key']);
    if (!o.ok) return o;
    const url = validateUrl(o.value.url, `${path}.url`);
    if (!url.ok) return url;
    const key = decisionKeyPayload(o.value.key, `${path}.key`);
    return key.ok ? ok({ url: url.value, key: key.value }) : key;
  },
  'settings.get': (value, path) => emptyPayload(value, path),
  'settings.set': field('settings', validateSettings),
};

/** The key of a stored correction (as `decisionKey` writes it). */
function decisionKeyPayload(value: unknown, path: string): Result<string> {
  return string(value, path, LIMITS.decisionQuote + 8 * ANCHOR_CONTEXT, 1);
}

type ContentPayloadValidators = { [N in ContentName]: Validator<ContentMessages[N]['req']> };

const CONTENT_PAYLOADS: ContentPayloadValidators = {
  'content.ping': emptyPayload,
  'content.analyze': emptyPayload,
  'content.summary': emptyPayload,
  'content.clear': emptyPayload,
  'content.stats': emptyPayload,
  'content.notes': emptyPayload,
  'content.notePassage': emptyPayload,
  'content.syncNotes': emptyPayload,
  'content.showNote': field('id', noteId),
  'content.ledger': emptyPayload,
  'content.reveal': (value, path) => {
    const o = object(value, path, ['entry', 'claim']);
    return o.ok ? revealTarget(value, path) : o;
  },
  'content.refresh': emptyPayload,
};

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Checks the `{ws: 1, type, payload}` frame and returns the type name. */
function envelope(value: unknown): Result<{ type: string; payload: unknown }> {
  const o = object(value, 'message', ['ws', 'type', 'payload']);
  if (!o.ok) return o;
  if (o.value.ws !== 1) return invalid('message.ws', 'must be 1');
  const type = string(o.value.type, 'message.type', 64, 1);
  if (!type.ok) return type;
  return ok({ type: type.value, payload: o.value.payload });
}

/** Validates a message an extension page sent to the background; unknown types are errors. */
export function validateExtensionPageRequest(value: unknown): Result<ExtensionPageRequest> {
  const frame = envelope(value);
  if (!frame.ok) return frame;
  const { type, payload } = frame.value;
  if (!hasOwn(EXTENSION_PAGE_PAYLOADS, type)) {
    return err('unknown-message', `The extension does not know the request "${type}".`);
  }
  const name = type as ExtensionPageName;
  const checked = (EXTENSION_PAGE_PAYLOADS[name] as Validator<unknown>)(payload, 'payload');
  if (!checked.ok) return checked;
  return ok({ ws: 1, type: name, payload: checked.value } as ExtensionPageRequest);
}

type ContentScriptPayloadValidators = {
  [N in ContentScriptName]: Validator<ContentScriptMessages[N]['req']>;
};

const CONTENT_SCRIPT_PAYLOADS: ContentScriptPayloadValidators = {
  'page.summary': field('summary', validatePageSummary),
  'page.notes': field('article', validateArticleClaim),
  'page.note.save': (value, path) => {
    const o = object(value, path, ['article', 'note'], ['text']);
    if (!o.ok) return o;
    const article = validateArticleClaim(o.value.article, `${path}.article`);
    if (!article.ok) return article;
    const note = validatePageNoteInput(o.value.note, `${path}.note`);
    if (!note.ok) return note;
    if (o.value.text === undefined) return ok({ article: article.value, note: note.value });
    const text = string(o.value.text, `${path}.text`, LIMITS.snapshot);
    return text.ok ? ok({ article: article.value, note: note.value, text: text.value }) : text;
  },
  'page.note.delete': (value, path) => {
    const o = object(value, path, ['article', 'id']);
    if (!o.ok) return o;
    const article = validateArticleClaim(o.value.article, `${path}.article`);
    if (!article.ok) return article;
    const id = noteId(o.value.id, `${path}.id`);
    return id.ok ? ok({ article: article.value, id: id.value }) : id;
  },
  'page.note.restore': (value, path) => {
    const o = object(value, path, ['article', 'note']);
    if (!o.ok) return o;
    const article = validateArticleClaim(o.value.article, `${path}.article`);
    if (!article.ok) return article;
    const note = validateNote(o.value.note, `${path}.note`);
    return note.ok ? ok({ article: article.value, note: note.value }) : note;
  },
  'page.setup': (value, path) => emptyPayload(value, path),
  'page.decide': field('decision', validateDecisionInput),
  'page.undecide': field('key', decisionKeyPayload),
  'page.analyze': (value, path) => {
    const o = object(value, path, ['run', 'text']);
    if (!o.ok) return o;
    const run = string(o.value.run, `${path}.run`, LIMITS.analyzeRun, 1);
    if (!run.ok) return run;
    if (!/^[\w-]+$/.test(run.value)) return invalid(`${path}.run`, 'must be letters, digits or -');
    const text = string(o.value.text, `${path}.text`, LIMITS.analyzeText);
    return text.ok ? ok({ run: run.value, text: text.value }) : text;
  },
};

/** The name of every message only the extension's own pages may send. */
export const EXTENSION_PAGE_NAMES = /* @__PURE__ */ Object.keys(
  EXTENSION_PAGE_PAYLOADS,
) as ExtensionPageName[];

/** Whether `type` names a message only the extension's own pages may send. */
export function isExtensionPageMessage(type: string): boolean {
  return hasOwn(EXTENSION_PAGE_PAYLOADS, type);
}

/**
 * Validates a message a content script sent to the background. Only the
 * `ContentScriptMessages` are known here: a request an extension page may make
 * is refused as forbidden, whatever its payload.
 */
export function validateContentScriptRequest(value: unknown): Result<ContentScriptRequest> {
  const frame = envelope(value);
  if (!frame.ok) return frame;
  const { type, payload } = frame.value;
  if (!hasOwn(CONTENT_SCRIPT_PAYLOADS, type)) {
    if (isExtensionPageMessage(type)) {
      return err('forbidden', `A page cannot ask Who Said for "${type}".`);
    }
    return err('unknown-message', `The extension does not know the request "${type}".`);
  }
  const name = type as ContentScriptName;
  const checked = (CONTENT_SCRIPT_PAYLOADS[name] as Validator<unknown>)(payload, 'payload');
  if (!checked.ok) return checked;
  return ok({ ws: 1, type: name, payload: checked.value } as ContentScriptRequest);
}

/** Validates a message sent to a content script. */
export function validateContentRequest(value: unknown): Result<ContentRequest> {
  const frame = envelope(value);
  if (!frame.ok) return frame;
  const { type, payload } = frame.value;
  if (!hasOwn(CONTENT_PAYLOADS, type)) {
    return err('unknown-message', `The page script does not know the request "${type}".`);
  }
  const name = type as ContentName;
  const checked = (CONTENT_PAYLOADS[name] as Validator<unknown>)(payload, 'payload');
  if (!checked.ok) return checked;
  return ok({ ws: 1, type: name, payload: checked.value } as ContentRequest);
}
