import { describe, expect, test } from 'vitest';
import {
  SCHEME_WORDS,
  SETTINGS_LIMITS,
  defaultSettings,
  mergeImportedSettings,
  type ReaderSettings,
} from './settings';

const mine: ReaderSettings = {
  ...defaultSettings(),
  kinds: { ...defaultSettings().kinds, agentless: false },
  scheme: 'high-contrast',
  phrases: { ...defaultSettings().phrases, hedge: ['It is understood'] },
  neverRun: ['bank.example'],
};

describe('mergeImportedSettings', () => {
  test('adds the file’s new phrases and sites, keeps this browser’s kinds and scheme', () => {
    const file: ReaderSettings = {
      kinds: { attribution: false, unnamed: false, agentless: true, hedge: false },
      scheme: 'standard',
      phrases: {
        ...defaultSettings().phrases,
        hedge: ['it is understood', 'sources suggest'],
        unnamed: ['a person in the room'],
      },
      neverRun: ['mail.example', 'bank.example'],
    };
    const merged = mergeImportedSettings(mine, file);
    expect(merged.settings).toEqual({
      kinds: mine.kinds,
      scheme: 'high-contrast',
      phrases: {
        ...defaultSettings().phrases,
        // The same phrase in another case is the same phrase; the reader's spelling stays.
        hedge: ['It is understood', 'sources suggest'],
        unnamed: ['a person in the room'],
      },
      neverRun: ['bank.example', 'mail.example'],
    });
    expect(merged).toMatchObject({ phrases: 2, sites: 1 });
    // The same file again adds nothing.
    expect(mergeImportedSettings(merged.settings, file)).toMatchObject({ phrases: 0, sites: 0 });
  });

  test('stops at the limits', () => {
    const many = (n: number, make: (i: number) => string) =>
      Array.from({ length: n }, (_, i) => make(i));
    const full: ReaderSettings = {
      ...defaultSettings(),
      phrases: {
        ...defaultSettings().phrases,
        hedge: many(SETTINGS_LIMITS.phrasesPerKind - 1, (i) => `phrase ${i}`),
      },
      neverRun: many(SETTINGS_LIMITS.neverRun - 2, (i) => `s${i}.example`),
    };
    const file: ReaderSettings = {
      ...defaultSettings(),
      phrases: { ...defaultSettings().phrases, hedge: ['new one', 'new two'] },
      neverRun: ['a.example', 'b.example', 'c.example'],
    };
    const merged = mergeImportedSettings(full, file);
    expect(merged).toMatchObject({ phrases: 1, sites: 2 });
    expect(merged.settings.phrases.hedge).toHaveLength(SETTINGS_LIMITS.phrasesPerKind);
    expect(merged.settings.neverRun).toHaveLength(SETTINGS_LIMITS.neverRun);
  });
});

describe('SCHEME_WORDS', () => {
  // The options page shows these to readers, not to colour scientists.
  test.each(Object.entries(SCHEME_WORDS))('%s is described without jargon', (_, words) => {
    expect(words.hint).not.toMatch(/okabe|ito\b|protan|deutan|tritan/i);
  });
});
