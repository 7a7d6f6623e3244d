/**
 * Pages an extension may not (or cannot usefully) run on, and the browser's
 * refusals turned into sentences a reader understands.
 */
import { err, type Result } from '../shared/result';

/** Schemes of browser-internal pages: settings, new tab, other extensions, source views. */
const INTERNAL_SCHEMES = new Set([
  'about:',
  'brave:',
  'chrome:',
  'chrome-extension:',
  'chrome-search:',
  'chrome-untrusted:',
  'devtools:',
  'edge:',
  'javascript:',
  'moz-extension:',
  'opera:',
  'resource:',
  'vivaldi:',
]);

/** Add-on stores: browsers forbid extensions there. */
const STORES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
  { host: 'addons.mozilla.org' },
  { host: 'addons.opera.com' },
];

const NOT_HERE =
  'Who Said can’t run on browser pages such as settings or a new tab. Open a news article and try again.';

/** A readable refusal if the extension cannot run on `url`, else null. */
export function restrictedPage(url: string): Result<never> | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'view-source:') {
    return err('restricted-page', 'Who Said can’t run on a source view. Open the page itself.');
  }
  if (INTERNAL_SCHEMES.has(parsed.protocol)) return err('restricted-page', NOT_HERE);
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') {
    return err('restricted-page', 'Who Said can’t run on this kind of page. Open a news article.');
  }
  const host = parsed.hostname;
  if (STORES.some((s) => s.host === host && (!s.path || parsed.pathname.startsWith(s.path)))) {
    return err('restricted-page', 'Browsers don’t let extensions run on their add-on store.');
  }
  if (/\.pdf$/i.test(parsed.pathname)) return pdfRefusal();
  return null;
}

function pdfRefusal(): Result<never> {
  return err(
    'restricted-page',
    'Who Said reads web pages, not PDF documents. Open the article as a web page if there is one.',
  );
}

/** Turns a browser error from injecting or messaging into a readable Result. */
export function injectionError(raw: string): Result<never> {
  const text = raw.toLowerCase();
  if (text.includes('no tab with id') || text.includes('invalid tab id')) {
    return err('no-tab', 'That tab is no longer open.');
  }
  if (text.includes('file://') || text.includes('file url')) {
    return err(
      'no-permission',
      'To analyse a file on your computer, allow Who Said to access file URLs in the browser’s extension settings.',
    );
  }
  if (text.includes('extensions gallery') || text.includes('webstore')) {
    return err('restricted-page', 'Browsers don’t let extensions run on their add-on store.');
  }
  if (text.includes('pdf')) return pdfRefusal();
  if (text.includes('error page')) {
    return err('page-error', 'This page didn’t load properly. Reload it and try again.');
  }
  if (
    text.includes('chrome://') ||
    text.includes('about:') ||
    text.includes('restricted') ||
    text.includes('privileged')
  ) {
    return err('restricted-page', NOT_HERE);
  }
  if (text.includes('permission') || text.includes('cannot access') || text.includes('activetab')) {
    return err(
      'no-permission',
      'Who Said needs your go-ahead for this page: click its toolbar button (or press its shortcut) while on the page.',
    );
  }
  if (text.includes('receiving end does not exist') || text.includes('could not establish')) {
    return err(
      'no-content-script',
      'Who Said couldn’t start on this page. Reload the page and try again.',
    );
  }
  return err('run-failed', 'Who Said couldn’t analyse this page. Reload it and try again.');
}
