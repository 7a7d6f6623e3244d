/**
 * The options page's settings hook: which kinds show, the colour scheme, the
 * reader's phrases and the sites Who Said never runs on. Every change is the
 * whole settings object, validated again by the background, which applies it
 * to open pages at once.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { FindingKind } from '../../engine/types';
import { KIND_WORDS } from '../../shared/kind-words';
import type { SchemeName, StyleVariant } from '../../shared/highlight-styles';
import {
  cleanHost,
  cleanPhrase,
  SETTINGS_LIMITS,
  type ReaderSettings,
} from '../../shared/settings';
import type { Client } from '../messaging';
import type { Status } from '../popup/use-popup';

/** A phrase list read from a text box, or what is wrong with it, line by line. */
export function readPhrases(text: string): { phrases: string[] } | { problems: string[] } {
  const phrases: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const clean = cleanPhrase(line);
    if ('problem' in clean) {
      problems.push(`Line ${i + 1} (“${line.trim().slice(0, 40)}”) ${clean.problem}.`);
      return;
    }
    const folded = clean.phrase.toLowerCase();
    if (seen.has(folded)) return;
    seen.add(folded);
    phrases.push(clean.phrase);
  });
  if (phrases.length > SETTINGS_LIMITS.phrasesPerKind) {
    problems.push(`At most ${SETTINGS_LIMITS.phrasesPerKind} phrases per kind.`);
  }
  return problems.length > 0 ? { problems } : { phrases };
}

/** Which part of the settings a status line is about (each section shows its own). */
export type SettingsSection = 'highlights' | 'phrases' | 'sites';

export interface SettingsStatus extends Status {
  section: SettingsSection;
}

export interface SettingsState {
  settings: ReaderSettings | null;
  /** How this browser paints highlights, for the previews; null until known. */
  variant: StyleVariant | null;
  /** What the last change did, or what went wrong. */
  settingsStatus: SettingsStatus | null;
}

export interface SettingsActions {
  setKind(kind: FindingKind, on: boolean): void;
  setScheme(scheme: SchemeName): void;
  /** Saves the phrases typed for a kind; resolves to the problems found (none: saved). */
  savePhrases(kind: FindingKind, text: string): Promise<string[]>;
  /** Adds a site to the never-run list; resolves false when it names no site. */
  addNeverRun(text: string): Promise<boolean>;
  removeNeverRun(host: string): void;
  /** Reads the stored settings again (an import added to them). */
  reload(): Promise<void>;
}

export function useReaderSettings(
  client: Client,
  highlightVariant: () => Promise<StyleVariant>,
): SettingsState & SettingsActions {
  const [state, setState] = useState<SettingsState>({
    settings: null,
    variant: null,
    settingsStatus: null,
  });
  const current = useRef(state);
  const update = useCallback((patch: Partial<SettingsState>) => {
    current.current = { ...current.current, ...patch };
    setState(current.current);
  }, []);

  const reload = useCallback(async () => {
    const result = await client.request('settings.get', {});
    if (result.ok) update({ settings: result.value });
    else {
      update({
        settingsStatus: { tone: 'error', text: result.error.message, section: 'highlights' },
      });
    }
  }, [client, update]);

  useEffect(() => {
    void highlightVariant().then(
      (variant) => update({ variant }),
      () => update({ variant: 'tint' }),
    );
    void reload();
  }, [reload, update, highlightVariant]);

  /** Stores `next`; the page shows it at once and the background's copy wins. */
  const save = useCallback(
    async (next: ReaderSettings, done: string, section: SettingsSection): Promise<boolean> => {
      const before = current.current.settings;
      update({ settings: next });
      const result = await client.request('settings.set', { settings: next });
      if (!result.ok) {
        const settingsStatus = { tone: 'error' as const, text: result.error.message, section };
        update({ settings: before, settingsStatus });
        return false;
      }
      update({ settings: result.value, settingsStatus: { tone: 'info', text: done, section } });
      return true;
    },
    [client, update],
  );

  const setKind = useCallback(
    (kind: FindingKind, on: boolean) => {
      const s = current.current.settings;
      if (!s) return;
      const words = KIND_WORDS[kind].many;
      void save(
        { ...s, kinds: { ...s.kinds, [kind]: on } },
        `${words} ${on ? 'shown' : 'hidden'} on every page.`,
        'highlights',
      );
    },
    [save],
  );

  const setScheme = useCallback(
    (scheme: SchemeName) => {
      const s = current.current.settings;
      if (s) void save({ ...s, scheme }, 'Colours changed, on open pages too.', 'highlights');
    },
    [save],
  );

  const savePhrases = useCallback(
    async (kind: FindingKind, text: string): Promise<string[]> => {
      const s = current.current.settings;
      if (!s) return ['The settings are not loaded yet.'];
      const read = readPhrases(text);
      if ('problems' in read) return read.problems;
      const n = read.phrases.length;
      const saved = await save(
        { ...s, phrases: { ...s.phrases, [kind]: read.phrases } },
        `${n} phrase${n === 1 ? '' : 's'} saved for ${KIND_WORDS[kind].many.toLowerCase()}.`,
        'phrases',
      );
      return saved ? [] : ['Not saved: see the message above.'];
    },
    [save],
  );

  const addNeverRun = useCallback(
    async (text: string): Promise<boolean> => {
      const s = current.current.settings;
      const host = cleanHost(text);
      if (!s || host === null) return false;
      if (s.neverRun.includes(host)) return true;
      const neverRun = [...s.neverRun, host];
      return save({ ...s, neverRun }, `Who Said will never run on ${host}.`, 'sites');
    },
    [save],
  );

  const removeNeverRun = useCallback(
    (host: string) => {
      const s = current.current.settings;
      if (!s) return;
      void save(
        { ...s, neverRun: s.neverRun.filter((h) => h !== host) },
        `Who Said may run on ${host} again.`,
        'sites',
      );
    },
    [save],
  );

  return { ...state, setKind, setScheme, savePhrases, addNeverRun, removeNeverRun, reload };
}
