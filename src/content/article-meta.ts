/**
 * What a page says about its article: canonical address, publication, byline,
 * publication time. Read from `<link rel=canonical>`, Open Graph and article
 * meta tags, schema.org JSON-LD and microdata, then common byline markup.
 * Everything read is page-controlled: values are trimmed to a bounded length
 * and the background decides what to trust (see `shared/article.ts`).
 */
import { fingerprintText, type ArticleClaim } from '../shared/article';
import {
  documentTitle,
  documentUrl,
  getAttribute,
  querySelector,
  querySelectorAll,
  tagOf,
  textContent,
} from './dom-access';

/** Longest value kept from any field (titles, names); longer text is cut. */
const MAX_FIELD = 300;
/** JSON-LD blocks larger than this are not parsed (a page can make them huge). */
const MAX_JSON_LD = 200_000;

const clean = (s: string | null | undefined): string =>
  (s ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_FIELD);

/**
 * An attribute of the first element matching `selector`. Read through `dom-access`, as
 * everything here: the page's markup cannot stand in for the DOM's own methods (a form
 * whose control is named "getAttribute", an image named "querySelector").
 */
function attribute(doc: Document, selector: string, name: string): string | null {
  const el = querySelector(doc, selector);
  return el === null ? null : getAttribute(el, name);
}

/** Which attribute of a `meta` names it (`property`, `name`, `itemprop`) and the name it must have. */
type MetaKey = readonly [attribute: 'property' | 'name' | 'itemprop', value: string];

/** The meta tags read, in the order each field prefers them. */
const OG_URL: MetaKey = ['property', 'og:url'];
const SITE: readonly MetaKey[] = [
  ['property', 'og:site_name'],
  ['name', 'application-name'],
];
const AUTHOR: readonly MetaKey[] = [
  ['name', 'author'],
  ['property', 'article:author'],
];
const PUBLISHED: readonly MetaKey[] = [
  ['property', 'article:published_time'],
  ['itemprop', 'datePublished'],
  ['name', 'date'],
  ['name', 'pubdate'],
];
const META_KEYS: readonly MetaKey[] = [OG_URL, ...SITE, ...AUTHOR, ...PUBLISHED];

/**
 * What one pass over the page finds: the first canonical link, the JSON-LD blocks, and the
 * `content` of the first `meta` of each name asked for (by `attribute + ' ' + value`), as one
 * `querySelector` each for them would (exact names: `property`, `name` and `itemprop` values
 * are matched case-sensitively in a selector). One pass, not one for each of up to a dozen
 * selectors, each over the whole page when nothing matches (the notes' task after the run).
 */
interface HeadTags {
  canonical: Element | null;
  jsonLd: Element[];
  meta: Map<string, string | null>;
}

function readHeadTags(doc: Document): HeadTags {
  const found: HeadTags = { canonical: null, jsonLd: [], meta: new Map() };
  const wanted = new Set(META_KEYS.map(([a, v]) => `${a} ${v}`));
  const all = querySelectorAll(
    doc,
    'meta[property], meta[name], meta[itemprop], link[rel~="canonical"], script[type="application/ld+json"]',
  );
  for (const el of all) {
    const tag = tagOf(el);
    if (tag === 'link') {
      found.canonical ??= el;
    } else if (tag === 'script') {
      found.jsonLd.push(el);
    } else if (tag === 'meta' && found.meta.size < wanted.size) {
      for (const attr of ['property', 'name', 'itemprop'] as const) {
        const value = getAttribute(el, attr);
        if (value === null) continue;
        const key = `${attr} ${value}`;
        if (wanted.has(key) && !found.meta.has(key)) {
          found.meta.set(key, getAttribute(el, 'content'));
        }
      }
    }
  }
  return found;
}

/** The first non-empty `content` of the meta tags `keys`, each the first of its name. */
function meta(tags: HeadTags, keys: readonly MetaKey[]): string {
  for (const [attr, name] of keys) {
    const value = clean(tags.meta.get(`${attr} ${name}`));
    if (value !== '') return value;
  }
  return '';
}

/** An absolute http(s) address from `href` relative to the document, or ''. */
function absolute(doc: Document, href: string | null | undefined): string {
  if (!href) return '';
  try {
    const url = new URL(href.trim(), documentUrl(doc));
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** An ISO 8601 time from a page's date string, or ''. */
function isoTime(value: string): string {
  if (value === '') return '';
  const t = Date.parse(value);
  return Number.isNaN(t) ? '' : new Date(t).toISOString();
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The schema.org article objects in the page's JSON-LD blocks. */
function jsonLdArticles(scripts: readonly Element[]): Record<string, Json>[] {
  const found: Record<string, Json>[] = [];
  const visit = (node: Json, depth: number): void => {
    if (depth > 6 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth + 1);
      return;
    }
    const type = node['@type'];
    const types = Array.isArray(type) ? type : [type];
    if (types.some((t) => typeof t === 'string' && /Article|Posting|Report/.test(t))) {
      found.push(node);
    }
    if (Object.prototype.hasOwnProperty.call(node, '@graph'))
      visit(node['@graph'] ?? null, depth + 1);
  };
  for (const script of scripts) {
    const text = textContent(script) ?? '';
    if (text.length > MAX_JSON_LD) continue;
    try {
      visit(JSON.parse(text) as Json, 0);
    } catch {
      // A broken block tells nothing.
    }
  }
  return found;
}

/** A person or organisation's name from a JSON-LD author value. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return [clean(value)];
  if (Array.isArray(value)) return value.flatMap((v) => names(v));
  if (typeof value === 'object' && typeof value.name === 'string') return [clean(value.name)];
  return [];
}

const str = (value: Json | undefined): string => (typeof value === 'string' ? clean(value) : '');

/** Byline text from common markup, without a leading "By". */
function bylineFromMarkup(doc: Document): string {
  const el = querySelector(
    doc,
    '[itemprop~="author"] [itemprop~="name"], [itemprop~="author"], [rel~="author"], .byline__name, .byline, .author-name, .c-byline',
  );
  return clean(el === null ? '' : textContent(el)).replace(/^by\s+/i, '');
}

/** The page's account of its article, with the fingerprint of `text` (the article text). */
export function readArticleClaim(doc: Document, text: string, title: string): ArticleClaim {
  const tags = readHeadTags(doc);
  const ld = jsonLdArticles(tags.jsonLd);
  const canonical =
    absolute(doc, tags.canonical === null ? null : getAttribute(tags.canonical, 'href')) ||
    absolute(doc, meta(tags, [OG_URL]));
  const site = meta(tags, SITE);
  const author = ld.flatMap((o) => names(o.author)).filter((n) => n !== '');
  const byline =
    (author.length > 0 ? clean([...new Set(author)].join(', ')) : '') ||
    meta(tags, AUTHOR).replace(/^https?:.*/, '') ||
    bylineFromMarkup(doc);
  const published = isoTime(
    ld.map((o) => str(o.datePublished)).find((d) => d !== '') ||
      meta(tags, PUBLISHED) ||
      clean(attribute(doc, '[itemprop~="datePublished"]', 'datetime')) ||
      clean(attribute(doc, 'article time[datetime], time[pubdate]', 'datetime')),
  );
  return {
    ...(canonical ? { canonical } : {}),
    title: clean(title) || clean(documentTitle(doc)),
    ...(site ? { site } : {}),
    ...(byline ? { byline } : {}),
    ...(published ? { published } : {}),
    fingerprint: fingerprintText(text),
    textLength: text.length,
  };
}
