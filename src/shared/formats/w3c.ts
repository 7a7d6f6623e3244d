/**
 * Notes as W3C Web Annotations (JSON-LD, https://www.w3.org/TR/annotation-model/),
 * which other annotation tools read: one AnnotationCollection whose page holds
 * an Annotation per note, its text a `commenting` TextualBody, each tag a
 * `tagging` TextualBody, its passage the TextQuoteSelector and
 * TextPositionSelector of the note. Reading takes our own export back (and
 * other tools' annotations of the same shape): each annotation becomes a note.
 */
import type { ArticleRecord, WhoSaidExport } from '../export-format';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../export-format';
import type { Note, Selector } from '../notes';
import { err, type Result } from '../result';
import { readWhoSaidExport } from './who-said-json';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
  language?: string;
}

export interface W3CAnnotation {
  '@context'?: string;
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: W3CTextualBody[];
  target: { source: string; selector?: Selector[] };
  /** Non-standard but harmless: the article title, for tools that show one. */
  'dc:title'?: string;
}

export interface W3CCollection {
  '@context': [string, { dc: string }];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** The `urn:uuid:` id of a note, or a stable urn for an id that is not a UUID. */
const urnOf = (id: string): string =>
  /^[0-9a-f-]{36}$/i.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:who-said:note:${id}`;

/** One note as a Web Annotation. */
export function noteToAnnotation(note: Note): W3CAnnotation {
  const body: W3CTextualBody[] = [
    { type: 'TextualBody', value: note.body, purpose: 'commenting', format: 'text/plain' },
    ...(note.tags ?? []).map((tag): W3CTextualBody => ({
      type: 'TextualBody',
      value: tag,
      purpose: 'tagging',
    })),
  ];
  return {
    id: urnOf(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body,
    target: {
      source: note.url,
      ...(note.target ? { selector: note.target.selectors.map((s) => ({ ...s })) } : {}),
    },
    ...(note.title ? { 'dc:title': note.title } : {}),
  };
}

/** An export's notes as one AnnotationCollection. */
export function toW3C(
  data: Pick<WhoSaidExport, 'notes' | 'exportedAt'>,
  label = 'Who Said notes',
): W3CCollection {
  const items = data.notes.map(noteToAnnotation);
  return {
    '@context': [ANNO_CONTEXT, { dc: 'http://purl.org/dc/terms/' }],
    id: `urn:who-said:export:${data.exportedAt}`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { id: 'urn:who-said', type: 'Software', name: 'Who Said' },
    generated: data.exportedAt,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a parsed file looks like Web Annotations (a collection, a page, a list or one). */
export function looksLikeW3C(value: unknown): boolean {
  if (Array.isArray(value))
    return value.length > 0 && value.every((v) => isObject(v) && v.type === 'Annotation');
  if (!isObject(value)) return false;
  return ['AnnotationCollection', 'AnnotationPage', 'Annotation'].includes(String(value.type));
}

/** The annotations of a collection, page, list or single annotation. */
function annotationsOf(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  if (value.type === 'Annotation') return [value];
  if (value.type === 'AnnotationPage') return Array.isArray(value.items) ? value.items : null;
  if (value.type === 'AnnotationCollection') {
    const first = value.first;
    if (isObject(first) && Array.isArray(first.items)) return first.items;
    if (Array.isArray(value.items)) return value.items;
  }
  return null;
}

/** A note id from an annotation id (`urn:uuid:…`, `urn:who-said:note:…`, or any IRI's last part). */
function idOf(id: unknown, index: number): string {
  if (typeof id !== 'string') return `w3c-${index + 1}`;
  const m =
    /^urn:uuid:([0-9a-f-]{36})$/i.exec(id) ?? /^urn:who-said:note:([A-Za-z0-9-]{1,64})$/.exec(id);
  if (m?.[1]) return m[1].toLowerCase();
  const tail = id.split(/[/#:]/).pop() ?? '';
  return /^[A-Za-z0-9-]{1,64}$/.test(tail) ? tail : `w3c-${index + 1}`;
}

const bodiesOf = (a: Record<string, unknown>): Record<string, unknown>[] => {
  const body = a.body;
  const list = Array.isArray(body) ? body : body === undefined ? [] : [body];
  return list.filter(isObject);
};

/**
 * Reads Web Annotations into a Who Said export, then checks it like any
 * export (so limits and errors are the same). An annotation whose shape is not
 * a note (no text, no web address) is named in the error.
 */
export function readW3C(value: unknown, now: Date): Result<WhoSaidExport> {
  const items = annotationsOf(value);
  if (items === null)
    return err('not-an-export', 'This file isn’t a Who Said export or a set of Web Annotations.');
  const notes: unknown[] = [];
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || item.type !== 'Annotation') {
      return err('invalid-file', `Annotation ${i + 1} is not an annotation.`);
    }
    const bodies = bodiesOf(item);
    const text = bodies
      .filter((b) => b.purpose !== 'tagging' && typeof b.value === 'string')
      .map((b) => b.value as string)
      .join('\n\n');
    const tags = bodies
      .filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')
      .map((b) => b.value);
    const target = Array.isArray(item.target) ? item.target[0] : item.target;
    const source =
      typeof target === 'string' ? target : isObject(target) ? target.source : undefined;
    const selector = isObject(target) ? target.selector : undefined;
    const selectors = (
      Array.isArray(selector) ? selector : selector === undefined ? [] : [selector]
    ).filter(
      (s) => isObject(s) && (s.type === 'TextQuoteSelector' || s.type === 'TextPositionSelector'),
    );
    const created = typeof item.created === 'string' ? normaliseTime(item.created) : undefined;
    const modified = typeof item.modified === 'string' ? normaliseTime(item.modified) : created;
    notes.push({
      id: idOf(item.id, i),
      url: source,
      title: typeof item['dc:title'] === 'string' ? item['dc:title'] : '',
      body: text,
      ...(tags.length > 0 ? { tags } : {}),
      ...(selectors.length > 0 ? { target: { selectors } } : {}),
      createdAt: created ?? now.toISOString(),
      updatedAt: modified ?? created ?? now.toISOString(),
    });
  }
  const read = readWhoSaidExport({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    articles: [] as ArticleRecord[],
    notes,
    decisions: [],
    snapshots: [],
    sites: [],
  });
  if (read.ok) return read;
  // Errors name "Note N"; in this file they are annotations.
  return err(read.error.code, read.error.message.replace(/\bNote (\d+)/g, 'Annotation $1'));
}

/** A time in the form our validators accept (UTC, milliseconds), or undefined. */
function normaliseTime(value: string): string | undefined {
  const t = Date.parse(value);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
