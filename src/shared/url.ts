/**
 * Article addresses. Notes are keyed by URL, so the same article reached from a
 * newsletter, a social post or an in-page anchor must map to one key: drop the
 * fragment and the tracking parameters, keep the query that selects content.
 */

/** Query parameters that only say how a reader arrived, never what they read. */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
  'oly_anon_id',
  'oly_enc_id',
  'vero_id',
  'wickedid',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
  'cmp', // The Guardian: CMP=share_btn_tw
  'cmpid',
  'smid', // New York Times: smid=tw-share
  'smtyp',
  'ocid', // MSN
  'xtor', // AT Internet, common on French news sites
  'ito',
  'ref_src',
  'ref_url',
]);

/** Prefixes of parameter families used only for campaign tracking. */
const TRACKING_PREFIXES = ['utm_', 'ns_', 'pk_', 'mtm_', 'hsa_', 'at_'];

/** Whether a query parameter only records how the reader arrived. */
export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The canonical form of an article address: no fragment, no tracking
 * parameters, remaining parameters sorted (so their order does not split one
 * article into two keys). Returns the input, trimmed, if it is not a URL.
 */
export function normalizeUrl(input: string): string {
  const trimmed = input.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return trimmed;
  }
  url.hash = '';
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    // Work on the raw segments so the kept ones keep their exact encoding.
    const kept = url.search
      .slice(1)
      .split('&')
      .filter((segment) => segment !== '')
      .map((segment) => ({ segment, name: paramName(segment) }))
      .filter(({ name }) => !isTrackingParam(name));
    // A stable sort keeps repeated parameters (a=1&a=2) in their original order.
    kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    url.search = kept.map(({ segment }) => segment).join('&');
  }
  return url.href;
}

/** The decoded name of one `name=value` query segment. */
function paramName(segment: string): string {
  const raw = segment.split('=', 1)[0] ?? '';
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Schemes of pages Who Said runs on and keeps notes for. */
const PAGE_SCHEMES = new Set(['http:', 'https:', 'file:']);

/** Whether an address is a page Who Said can keep notes for (http, https or file). */
export function isPageUrl(input: string): boolean {
  try {
    return PAGE_SCHEMES.has(new URL(input).protocol);
  } catch {
    return false;
  }
}

/** The origin of an http(s) page (`https://example.com`), or null for any other address. */
export function webOrigin(input: string): string | null {
  try {
    const url = new URL(input);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host-permission match pattern that covers one origin. Match patterns
 * cannot name a port in Firefox, so an origin with a port is covered by the
 * pattern for its host (every port of that host).
 */
export function originPattern(origin: string): string {
  try {
    const url = new URL(origin);
    return `${url.protocol}//${url.hostname}/*`;
  } catch {
    return `${origin}/*`;
  }
}

/**
 * The origin a granted host permission stands for, or null when the pattern
 * covers more than one site (wildcards) or is not http(s).
 */
export function originFromPattern(pattern: string): string | null {
  const match = /^(https?):\/\/([^/*]+)\/\*$/.exec(pattern);
  if (!match) return null;
  return webOrigin(`${match[1]}://${match[2]}/`);
}
