/**
 * Which article a page is, and which version of it. Pure: strings in, strings out.
 *
 * An article is known by its canonical address: `<link rel=canonical>`, else
 * `og:url`, else the page's own address without tracking parameters or
 * fragment. The page says what its canonical address is, and a page is not to
 * be trusted, so the background accepts the claim only for an address on the
 * same site as the page the browser reports (`www.`, `m.`, `amp.` and
 * `mobile.` hosts count as their site): a page can rename itself within its
 * own site, never reach another site's notes.
 */
import { normalizeUrl } from './url';

/** What a page tells about the article it shows (all optional but the fingerprint). */
export interface ArticleClaim {
  /** `<link rel=canonical>` or `og:url`, absolute. */
  canonical?: string;
  title: string;
  /** The publication's name (`og:site_name`, `application-name`). */
  site?: string;
  byline?: string;
  /** ISO 8601 when the page gives a parseable time. */
  published?: string;
  /** `fingerprintText` of the article text as the content script read it. */
  fingerprint: string;
  /** Length of that text. */
  textLength: number;
}

/** Host labels that name the same site as the host without them. */
const SITE_ALIASES = /^(?:www\d?|m|amp|mobile)\./i;

/** The host of a site without `www.`-style labels, lower case. */
function siteHost(url: URL): string {
  return url.hostname.toLowerCase().replace(SITE_ALIASES, '');
}

/** Whether two http(s) addresses are on the same site (same scheme family, same host modulo aliases). */
export function sameSite(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    const web = (u: URL) => u.protocol === 'http:' || u.protocol === 'https:';
    if (!web(x) || !web(y)) return x.origin === y.origin && x.protocol !== 'file:';
    return siteHost(x) === siteHost(y) && (x.port === y.port || x.port === '' || y.port === '');
  } catch {
    return false;
  }
}

/**
 * The key an article's notes are stored under: the page's canonical claim when
 * it is on the same site as `pageUrl` (the address the browser reports),
 * else `pageUrl` itself; normalised either way.
 */
export function articleKey(pageUrl: string, canonical: string | undefined): string {
  if (canonical !== undefined && canonical !== '' && sameSite(pageUrl, canonical)) {
    try {
      const claimed = new URL(canonical);
      if (claimed.protocol === 'http:' || claimed.protocol === 'https:') {
        return normalizeUrl(claimed.href);
      }
    } catch {
      // Not an address: fall through to the page's own.
    }
  }
  return normalizeUrl(pageUrl);
}

/** The site an article belongs to, for filtering: its host without `www.`. */
export function siteOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'file:' ? 'file' : siteHost(parsed);
  } catch {
    return '';
  }
}

/**
 * A short fingerprint of the article text: its length and a 53-bit hash
 * (cyrb53), as `v1-<length>-<hash>`. Not cryptographic (no secret is at stake
 * and `crypto.subtle` is missing on plain-http pages); it tells versions of one
 * article apart.
 */
export function fingerprintText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `v1-${text.length.toString(36)}-${hash.toString(36)}`;
}

/** The pattern every fingerprint matches (for validation). */
export const FINGERPRINT = /^v1-[0-9a-z]{1,10}-[0-9a-z]{1,12}$/;
