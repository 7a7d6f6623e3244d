/**
 * Strict validators for everything that crosses a message boundary. A content
 * script lives in a hostile page, so nothing that arrives is trusted: every
 * validator checks types, bounds and key sets, rejects keys that could pollute
 * prototypes, and returns a fresh copy holding only the known fields.
 */
import { FINDING_KINDS, type FindingKind } from '../engine/types';
import type {
  ContentName,
  ContentRequest,
  ContentScriptMessages,
  ContentScriptName,
  ContentScriptRequest,
  ExtensionPageMessages,
  ExtensionPageName,
  ExtensionPageRequest,
  PageStats,
  PageSummary,
  SiteSetting,
} from './messages';
import { EXPORT_FORMAT, EXPORT_VERSION, type WhoSaidExport } from './export-format';
import { LIMITS, sizeInWords } from './limits';
import type { Note, NoteInput, Selector } from './notes';
import { err, ok, type Result } from './result';
import { isPageUrl, normalizeUrl } from './url';

export { LIMITS };

/** Checks one value and returns a cleaned copy, or a readable error. */
export type Validator<T> = (value: unknown, path: string) => Result<T>;

type Plain = Record<string, unknown>;

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const invalid = (path: string, problem: string): Result<never> =>
  err('invalid-message', `${path} ${problem}.`);

/** Accepts plain objects (what structured cloning produces) with exactly the allowed keys. */
function object(
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

function string(value: unknown, path: string, max: number, min = 0): Result<string> {
  if (typeof value !== 'string') return invalid(path, 'must be a string');
  if (value.length > max) return invalid(path, `is too long (at most ${max} characters)`);
  if (value.length < min) return invalid(path, min === 1 ? 'must not be empty' : `is too short`);
  return ok(value);
}

function integer(value: unknown, path: string, min: number, max: number): Result<number> {
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

function boolean(value: unknown, path: string): Result<boolean> {
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

const validateSelector: Validator<Selector> = (value, path) => {
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

const count = new Intl.NumberFormat('en');

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
      `Who Said can’t keep notes for this page: its address is ${count.format(url.length)} characters long, ` +
        `and notes are kept only for addresses of up to ${count.format(LIMITS.url)} characters ` +
        '(so that every export can be imported again). Highlights work as usual.',
    );
  }
  return ok(url);
}

/** The content fields every note has, checked with the given bounds. */
type NoteContent = Pick<NoteInput, 'url' | 'title' | 'body' | 'target'>;

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
  return ok(note);
}

/** The version an edit was based on, or a stored note's version. */
const validateVersion: Validator<number> = (value, path) =>
  integer(value, path, 1, LIMITS.noteVersion);

/**
 * A note as a caller supplies it, to create (no `baseVersion`) or edit. Body
 * and title come back trimmed; the body must not be empty once trimmed. The
 * title may be longer than a stored one (a page title): saving shortens it.
 */
export const validateNoteInput: Validator<NoteInput> = (value, path) => {
  const o = object(value, path, ['id', 'url', 'title', 'body'], ['baseVersion', 'target']);
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

function timestamp(value: unknown, path: string): Result<string> {
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
    ['target', 'version'],
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
    ...(content.value.target ? { target: content.value.target } : {}),
    createdAt: createdAt.value,
    updatedAt: updatedAt.value,
    version,
  });
};

/** The notes of an export, each checked as a stored note. */
export function validateNotes(value: unknown, path: string, max: number): Result<Note[]> {
  if (!Array.isArray(value) || value.length > max) {
    return invalid(path, `must be a list of at most ${count.format(max)} notes`);
  }
  const notes: Note[] = [];
  for (const [i, raw] of value.entries()) {
    const note = validateNote(raw, `${path}[${i}]`);
    if (!note.ok) return note;
    notes.push(note.value);
  }
  return ok(notes);
}

/** The sites of an export. */
function validateSites(value: unknown, path: string): Result<SiteSetting[]> {
  if (!Array.isArray(value) || value.length > LIMITS.importSites) {
    return invalid(path, `must be a list of at most ${count.format(LIMITS.importSites)} sites`);
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

/**
 * A Who Said export file (already parsed from JSON). Anything else is refused
 * with a sentence that says what the file is not.
 */
export const validateExport: Validator<WhoSaidExport> = (value, path) => {
  const shape = value as { format?: unknown; version?: unknown } | null;
  if (typeof shape !== 'object' || shape === null || shape.format !== EXPORT_FORMAT) {
    return err('not-an-export', 'This file isn’t a Who Said export.');
  }
  if (typeof shape.version !== 'number' || !Number.isInteger(shape.version) || shape.version < 1) {
    return err('not-an-export', 'This file isn’t a Who Said export.');
  }
  if (shape.version > EXPORT_VERSION) {
    return err(
      'newer-export',
      'This export comes from a newer version of Who Said. Update the extension, then import it.',
    );
  }
  const o = object(value, path, ['format', 'version', 'exportedAt', 'notes', 'sites']);
  if (!o.ok) return o;
  const exportedAt = timestamp(o.value.exportedAt, `${path}.exportedAt`);
  if (!exportedAt.ok) return exportedAt;
  // Version 1 differs from 2 only in lacking note versions, which `validateNote` fills in.
  const notes = validateNotes(o.value.notes, `${path}.notes`, LIMITS.importNotes);
  if (!notes.ok) return notes;
  const sites = validateSites(o.value.sites, `${path}.sites`);
  if (!sites.ok) return sites;
  return ok({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.value,
    notes: notes.value,
    sites: sites.value,
  });
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
    ['painted'],
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
  if (o.value.painted !== undefined) {
    const painted = integer(o.value.painted, `${path}.painted`, 0, LIMITS.offset);
    if (!painted.ok) return painted;
    summary.painted = painted.value;
  }
  return ok(summary);
};

const STAT_COUNTS = ['findings', 'painted', 'ranges', 'textLength', 'parts', 'slices'] as const;
const STAT_TIMES = ['extractMs', 'analysisMs', 'paintMs', 'workMs', 'longestSliceMs'] as const;
const STAT_LATER = ['firstPaintMs', 'allPaintedMs'] as const;

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

/** The payload of a request that carries nothing. */
function emptyPayload(value: unknown, path: string): Result<Record<string, never>> {
  const o = object(value, path, []);
  return o.ok ? ok({}) : o;
}

type PayloadValidators = {
  [N in ExtensionPageName]: Validator<ExtensionPageMessages[N]['req']>;
};

const tabPayload: Validator<{ tabId: number }> = (value, path) => {
  const o = object(value, path, ['tabId']);
  if (!o.ok) return o;
  const tabId = validateTabId(o.value.tabId, `${path}.tabId`);
  return tabId.ok ? ok({ tabId: tabId.value }) : tabId;
};

const validateImportId: Validator<string> = (value, path) => {
  const id = string(value, path, 36);
  if (!id.ok) return id;
  return UUID.test(id.value) ? id : invalid(path, 'must be an import id');
};

const importIdPayload: Validator<{ importId: string }> = (value, path) => {
  const o = object(value, path, ['importId']);
  if (!o.ok) return o;
  const importId = validateImportId(o.value.importId, `${path}.importId`);
  return importId.ok ? ok({ importId: importId.value }) : importId;
};

const EXTENSION_PAGE_PAYLOADS: PayloadValidators = {
  'tab.run': tabPayload,
  'tab.summary': tabPayload,
  'tab.clear': tabPayload,
  'notes.list': (value, path) => {
    const o = object(value, path, ['url']);
    if (!o.ok) return o;
    const url = validateUrl(o.value.url, `${path}.url`);
    return url.ok ? ok({ url: url.value }) : url;
  },
  'notes.search': (value, path) => {
    const o = object(value, path, ['query']);
    if (!o.ok) return o;
    const query = string(o.value.query, `${path}.query`, LIMITS.query);
    return query.ok ? ok({ query: query.value }) : query;
  },
  'notes.save': (value, path) => {
    const o = object(value, path, ['note']);
    if (!o.ok) return o;
    const note = validateNoteInput(o.value.note, `${path}.note`);
    return note.ok ? ok({ note: note.value }) : note;
  },
  'notes.delete': (value, path) => {
    const o = object(value, path, ['id']);
    if (!o.ok) return o;
    const id = string(o.value.id, `${path}.id`, 36);
    if (!id.ok) return id;
    return UUID.test(id.value)
      ? ok({ id: id.value.toLowerCase() })
      : invalid(`${path}.id`, 'must be a note id');
  },
  'site.get': (value, path) => {
    const o = object(value, path, ['origin']);
    if (!o.ok) return o;
    const origin = validateOrigin(o.value.origin, `${path}.origin`);
    return origin.ok ? ok({ origin: origin.value }) : origin;
  },
  'site.set': validateSiteSetting,
  'site.list': (value, path) => emptyPayload(value, path),
  'data.export': (value, path) => emptyPayload(value, path),
  'import.begin': (value, path) => {
    const o = object(value, path, ['notes', 'sites']);
    if (!o.ok) return o;
    const notes = integer(o.value.notes, `${path}.notes`, 0, LIMITS.importNotes);
    if (!notes.ok) return notes;
    const sites = validateSites(o.value.sites, `${path}.sites`);
    return sites.ok ? ok({ notes: notes.value, sites: sites.value }) : sites;
  },
  'import.notes': (value, path) => {
    const o = object(value, path, ['importId', 'notes']);
    if (!o.ok) return o;
    const importId = validateImportId(o.value.importId, `${path}.importId`);
    if (!importId.ok) return importId;
    const notes = validateNotes(o.value.notes, `${path}.notes`, LIMITS.importChunk);
    return notes.ok ? ok({ importId: importId.value, notes: notes.value }) : notes;
  },
  'import.commit': importIdPayload,
  'import.progress': importIdPayload,
};

const CONTENT_NAMES: readonly ContentName[] = [
  'content.ping',
  'content.analyze',
  'content.summary',
  'content.clear',
  'content.stats',
];

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
  'page.summary': (value, path) => {
    const o = object(value, path, ['summary']);
    if (!o.ok) return o;
    const summary = validatePageSummary(o.value.summary, `${path}.summary`);
    return summary.ok ? ok({ summary: summary.value }) : summary;
  },
};

/** The name of every message only the extension's own pages may send. */
export const EXTENSION_PAGE_NAMES = Object.keys(EXTENSION_PAGE_PAYLOADS) as ExtensionPageName[];

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

/** Validates a message sent to a content script; every content request has an empty payload. */
export function validateContentRequest(value: unknown): Result<ContentRequest> {
  const frame = envelope(value);
  if (!frame.ok) return frame;
  const { type, payload } = frame.value;
  if (!(CONTENT_NAMES as readonly string[]).includes(type)) {
    return err('unknown-message', `The page script does not know the request "${type}".`);
  }
  const empty = emptyPayload(payload, 'payload');
  if (!empty.ok) return empty;
  return ok({ ws: 1, type: type as ContentName, payload: {} });
}
