/**
 * The reader's settings (options page): which kinds to show, the colour
 * scheme, extra phrases per kind, and sites where Who Said must never run.
 * Stored by the background; a content script receives only what its own page
 * needs (`PageSetup`), never the list of sites.
 */
import { FINDING_KINDS, type FindingKind } from '../engine/types';
import type { Decision } from './decisions';
import { DEFAULT_SCHEME, SCHEMES, type SchemeName, type StyleVariant } from './highlight-styles';

/** The colour schemes (highlight-styles.ts), in a reader's words. */
export const SCHEME_WORDS: Record<SchemeName, { label: string; hint: string }> = {
  standard: {
    label: SCHEMES.standard.label,
    hint: 'Each kind its own colour (told apart by most colour-blind readers too) and, where the browser draws lines, its own underline',
  },
  'colour-blind': {
    label: SCHEMES['colour-blind'].label,
    hint: 'Tints twice as far apart, for red-weak, green-weak or blue-weak colour vision',
  },
  'high-contrast': {
    label: SCHEMES['high-contrast'].label,
    hint: 'Strong tints under black text and heavier lines, for low vision or bright screens',
  },
};

export interface ReaderSettings {
  /** Kinds shown on the page (a kind switched off is neither highlighted nor counted). */
  kinds: Record<FindingKind, boolean>;
  scheme: SchemeName;
  /** The reader's own phrases, per kind, found in addition to the engine's. */
  phrases: Record<FindingKind, string[]>;
  /** Hosts where Who Said never runs (a host covers its subdomains). */
  neverRun: string[];
}

/** Limits on the settings, checked wherever settings arrive. */
export const SETTINGS_LIMITS = {
  phrasesPerKind: 200,
  phraseLength: 80,
  phraseWords: 8,
  neverRun: 500,
  host: 253,
} as const;

const byKind = <T>(make: () => T): Record<FindingKind, T> =>
  Object.fromEntries(FINDING_KINDS.map((k) => [k, make()])) as Record<FindingKind, T>;

/** Settings of a reader who never changed any. */
export function defaultSettings(): ReaderSettings {
  return {
    kinds: byKind(() => true),
    scheme: DEFAULT_SCHEME,
    phrases: byKind(() => []),
    neverRun: [],
  };
}

/** What a content script learns about its own page before it analyses. */
export interface PageSetup {
  /** False on a site the reader listed under "never run". */
  run: boolean;
  kinds: Record<FindingKind, boolean>;
  scheme: SchemeName;
  /** What this browser paints (highlight-variant.ts), for samples drawn like the page. */
  variant: StyleVariant;
  phrases: Record<FindingKind, string[]>;
  /** The reader's corrections on this article. */
  decisions: Decision[];
}

// Letters, marks and digits, with the joiners phrases need: spaces, apostrophes,
// hyphens, full stops (U.S.), ampersands.
const PHRASE_CHARS = /^[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} '’.&-]*$/u;

/**
 * A phrase as it is stored (trimmed, inner whitespace collapsed), or the
 * reason it cannot be one, in the reader's words.
 */
export function cleanPhrase(input: string): { phrase: string } | { problem: string } {
  const phrase = input.replace(/\s+/g, ' ').trim();
  if (phrase.length < 2) return { problem: 'is too short' };
  if (phrase.length > SETTINGS_LIMITS.phraseLength) {
    return { problem: `is longer than ${SETTINGS_LIMITS.phraseLength} characters` };
  }
  if (!/\p{L}/u.test(phrase)) return { problem: 'has no letters' };
  if (!PHRASE_CHARS.test(phrase)) {
    return { problem: 'may hold only letters, digits, spaces, apostrophes and hyphens' };
  }
  if (phrase.split(' ').length > SETTINGS_LIMITS.phraseWords) {
    return { problem: `has more than ${SETTINGS_LIMITS.phraseWords} words` };
  }
  return { phrase };
}

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The host a reader means by what they typed ("example.com", "https://www.example.com/story",
 * "*.example.com"), without `www.`, or null when it names no site.
 */
export function cleanHost(input: string): string | null {
  let text = input.trim().toLowerCase();
  if (text === '') return null;
  if (text.startsWith('*.')) text = text.slice(2);
  let host: string;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `http://${text}`).hostname;
  } catch {
    return null;
  }
  if (host.startsWith('www.')) host = host.slice(4);
  if (host.endsWith('.')) host = host.slice(0, -1);
  // IPv6 hosts come back bracketed; a reader does not list those.
  return HOST.test(host) ? host : null;
}

/** Whether `url` is on a host the reader listed (or a subdomain of one). */
export function onNeverRunSite(neverRun: readonly string[], url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return neverRun.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/** Settings after an import added a file's phrases and sites, and how many it added. */
export interface MergedSettings {
  settings: ReaderSettings;
  phrases: number;
  sites: number;
}

/**
 * The reader's settings with an export file's added (an import adds, it never removes):
 * its phrases not already listed for their kind, and its never-run sites not already listed,
 * each up to the limits. The kinds shown and the colour scheme stay this browser's choice.
 */
export function mergeImportedSettings(
  current: ReaderSettings,
  file: ReaderSettings,
): MergedSettings {
  let phrasesAdded = 0;
  const phrases = byKind<string[]>(() => []);
  for (const kind of FINDING_KINDS) {
    const list = [...current.phrases[kind]];
    const seen = new Set(list.map((p) => p.toLowerCase()));
    for (const phrase of file.phrases[kind]) {
      if (list.length >= SETTINGS_LIMITS.phrasesPerKind) break;
      if (seen.has(phrase.toLowerCase())) continue;
      seen.add(phrase.toLowerCase());
      list.push(phrase);
      phrasesAdded++;
    }
    phrases[kind] = list;
  }
  const neverRun = [...current.neverRun];
  for (const host of file.neverRun) {
    if (neverRun.length >= SETTINGS_LIMITS.neverRun) break;
    if (!neverRun.includes(host)) neverRun.push(host);
  }
  return {
    settings: { ...current, phrases, neverRun },
    phrases: phrasesAdded,
    sites: neverRun.length - current.neverRun.length,
  };
}
