/**
 * Which style variant (highlight-styles.ts) this browser gets: does it paint `text-decoration`
 * inside `::highlight()`?
 *
 * A version check, not a probe, because nothing an extension can observe tells painted from
 * unpainted (docs/adr/0004-highlight-styles.md): Firefox 140 parses the declarations, keeps
 * them in the CSSOM and reports them from `getComputedStyle(el, '::highlight(x)')` exactly as
 * Firefox 153 and Chromium do (measured), yet paints no line; and reading the page's pixels
 * would mean `tabs.captureVisibleTab` on the reader's screen with a probe element added to
 * their page. So the version boundary is measured instead, by the end-to-end tests, which
 * compare screenshots of each highlighted word in Firefox 140 and 153 and in Chromium: a style
 * the browser does not paint fails them.
 *
 * The version comes from `runtime.getBrowserInfo()` (Firefox only; extension pages and the
 * background have it, content scripts do not), not from `navigator.userAgent`, which a user
 * preference or Firefox's per-site user-agent overrides can change.
 */

import type { StyleVariant } from './highlight-styles';

/**
 * The first Firefox version seen painting `::highlight()` decorations (ESR 153). 140 does not.
 * Versions in between get tints, which every version paints; lower this only after the
 * end-to-end pixel tests have passed on the version in question.
 */
export const FIREFOX_DECORATIONS_FROM = 153;

/** What Firefox's `runtime.getBrowserInfo()` resolves to. */
export interface BrowserInfo {
  name: string;
  version: string;
}

/** The part of `runtime` the check reads; `getBrowserInfo` exists in Firefox only. */
export interface VariantRuntime {
  getBrowserInfo?: () => Promise<BrowserInfo>;
}

/**
 * The variant for a browser: `null` means no `getBrowserInfo`, which is Chromium (Blink has
 * painted `::highlight()` decorations since it shipped the API, before our minimum, 105).
 */
export function variantFor(info: BrowserInfo | null): StyleVariant {
  if (info === null) return 'decorated';
  const major = Number.parseInt(info.version, 10);
  return Number.isFinite(major) && major >= FIREFOX_DECORATIONS_FROM ? 'decorated' : 'tint';
}

/** The variant for the browser this runs in; tints (painted everywhere) when in doubt. */
export async function detectVariant(runtime: VariantRuntime): Promise<StyleVariant> {
  if (typeof runtime.getBrowserInfo !== 'function') return variantFor(null);
  try {
    return variantFor(await runtime.getBrowserInfo());
  } catch {
    return 'tint';
  }
}
