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

function meta(doc: Document, ...selectors: string[]): string {
  for (const selector of selectors) {
    const value = clean(attribute(doc, selector, 'content'));
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
function jsonLdArticles(doc: Document): Record<string, Json>[] {
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
  for (const script of querySelectorAll(doc, 'script[type="application/ld+json"]')) {
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
  const ld = jsonLdArticles(doc);
  const canonical =
    absolute(doc, attribute(doc, 'link[rel~="canonical"]', 'href')) ||
    absolute(doc, meta(doc, 'meta[property="og:url"]'));
  const site = meta(doc, 'meta[property="og:site_name"]', 'meta[name="application-name"]');
  const author = ld.flatMap((o) => names(o.author)).filter((n) => n !== '');
  const byline =
    (author.length > 0 ? clean([...new Set(author)].join(', ')) : '') ||
    meta(doc, 'meta[name="author"]', 'meta[property="article:author"]').replace(/^https?:.*/, '') ||
    bylineFromMarkup(doc);
  const published = isoTime(
    ld.map((o) => str(o.datePublished)).find((d) => d !== '') ||
      meta(
        doc,
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
      ) ||
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
