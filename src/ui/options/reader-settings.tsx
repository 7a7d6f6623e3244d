/**
 * The options page's settings sections: kinds and colours, the reader's own
 * phrases, and sites where Who Said never runs. Pure display over
 * `useReaderSettings`.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { FINDING_KINDS, type FindingKind } from '../../engine/types';
import {
  SCHEME_NAMES,
  styleOf,
  swatchStyle,
  type HighlightKey,
  type SchemeName,
  type StyleVariant,
} from '../../shared/highlight-styles';
import { KIND_WORDS } from '../../shared/kind-words';
import { SCHEME_WORDS, SETTINGS_LIMITS } from '../../shared/settings';
import type {
  SettingsActions,
  SettingsSection,
  SettingsState,
  SettingsStatus,
} from './use-reader-settings';

export type ReaderSettingsProps = SettingsState & SettingsActions;

/** What each sample in a scheme's preview stands for. */
const SAMPLES: [HighlightKey, string][] = [
  ['attribution', 'said'],
  ['source', 'the mayor'],
  ['unnamed', 'officials'],
  ['agentless', 'was cut'],
  ['hedge', 'reportedly'],
];

/** A word painted the way the page paints `style` in `scheme`, in this browser. */
function Sample({
  scheme,
  style,
  text,
  variant,
}: {
  scheme: SchemeName;
  style: HighlightKey;
  text: string;
  variant: StyleVariant | null;
}) {
  return (
    <span class="sample" style={variant ? swatchStyle(styleOf(style, variant, scheme)) : undefined}>
      {text}
    </span>
  );
}

export function KindsAndColours({ settings, variant, setKind, setScheme }: ReaderSettingsProps) {
  if (!settings) return <p class="muted">Loading…</p>;
  return (
    <>
      <fieldset class="fieldset">
        <legend class="legend">What to highlight</legend>
        <ul class="kinds">
          {FINDING_KINDS.map((kind) => (
            <li key={kind}>
              <label class="toggle">
                <input
                  type="checkbox"
                  data-testid={`kind-${kind}`}
                  checked={settings.kinds[kind]}
                  onChange={(event) => setKind(kind, event.currentTarget.checked)}
                />
                <span class="toggle__text">
                  <span class="toggle__label">
                    <Sample
                      scheme={settings.scheme}
                      style={kind}
                      text={KIND_WORDS[kind].many}
                      variant={variant}
                    />
                  </span>
                  <span class="muted">{KIND_WORDS[kind].hint}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset class="fieldset">
        <legend class="legend">Colours</legend>
        <div class="schemes">
          {SCHEME_NAMES.map((scheme) => (
            <label key={scheme} class={`scheme${settings.scheme === scheme ? ' scheme--on' : ''}`}>
              <input
                type="radio"
                name="scheme"
                value={scheme}
                data-testid={`scheme-${scheme}`}
                checked={settings.scheme === scheme}
                onChange={() => setScheme(scheme)}
              />
              <span class="scheme__text">
                <span class="toggle__label">{SCHEME_WORDS[scheme].label}</span>
                <span class="muted">{SCHEME_WORDS[scheme].hint}</span>
                <span class="scheme__preview" aria-hidden="true">
                  {SAMPLES.map(([style, text]) => (
                    <Sample
                      key={style}
                      scheme={scheme}
                      style={style}
                      text={text}
                      variant={variant}
                    />
                  ))}
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

function PhraseBox({
  kind,
  phrases,
  onSave,
}: {
  kind: FindingKind;
  phrases: string[];
  onSave(kind: FindingKind, text: string): Promise<string[]>;
}) {
  const stored = phrases.join('\n');
  const [text, setText] = useState(stored);
  const [problems, setProblems] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  // Phrases stored from elsewhere (an import) show in the box, unless the reader is editing it.
  const shown = useRef(stored);
  useEffect(() => {
    const before = shown.current;
    shown.current = stored;
    setText((t) => (t.trim() === before.trim() ? stored : t));
  }, [stored]);
  const id = `phrases-${kind}`;
  const changed = text.trim() !== stored.trim();
  return (
    <div class="phrases">
      <label class="note-form__label" for={id}>
        {KIND_WORDS[kind].many}
        {phrases.length > 0 ? ` (${phrases.length})` : ''}
      </label>
      <textarea
        id={id}
        class="note-form__body phrases__box"
        data-testid={id}
        rows={Math.min(6, Math.max(2, text.split('\n').length))}
        value={text}
        placeholder="One phrase per line"
        aria-invalid={problems.length > 0}
        aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
        onInput={(event) => {
          setText(event.currentTarget.value);
          setProblems([]);
        }}
      />
      {problems.length > 0 && (
        <ul class="phrases__problems" id={`${id}-problems`} data-testid={`${id}-problems`}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        class="button button--small"
        data-testid={`${id}-save`}
        // (four boxes, four Save buttons: each says what it saves to a screen reader)
        aria-label={`Save ${KIND_WORDS[kind].many.toLowerCase()}`}
        disabled={!changed || saving}
        onClick={() => {
          setSaving(true);
          void onSave(kind, text).then((found) => {
            setSaving(false);
            setProblems(found);
          });
        }}
      >
        Save
      </button>
    </div>
  );
}

export function ReaderPhrases({ settings, savePhrases }: ReaderSettingsProps) {
  if (!settings) return null;
  return (
    <div class="phrase-grid">
      {FINDING_KINDS.map((kind) => (
        <PhraseBox key={kind} kind={kind} phrases={settings.phrases[kind]} onSave={savePhrases} />
      ))}
    </div>
  );
}

export function NeverRunSites({ settings, addNeverRun, removeNeverRun }: ReaderSettingsProps) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!settings) return null;
  const add = async () => {
    if (text.trim() === '') return;
    if (await addNeverRun(text)) {
      setText('');
      setProblem(null);
    } else {
      setProblem('That is not a site. Type one such as example.com.');
    }
  };
  return (
    <>
      <form
        class="add-site"
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <label class="visually-hidden" for="never-run">
          A site where Who Said must never run
        </label>
        <input
          id="never-run"
          class="input"
          data-testid="never-run-input"
          placeholder="example.com"
          maxLength={SETTINGS_LIMITS.host * 2}
          value={text}
          aria-invalid={problem !== null}
          aria-describedby={problem ? 'never-run-problem' : undefined}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setProblem(null);
          }}
        />
        <button type="submit" class="button" data-testid="never-run-add">
          Add
        </button>
      </form>
      {problem && (
        <p class="status status--error" id="never-run-problem">
          {problem}
        </p>
      )}
      {settings.neverRun.length === 0 ? (
        <p class="muted">None. Who Said runs wherever you ask it to.</p>
      ) : (
        <ul class="never-run">
          {settings.neverRun.map((host) => (
            <li key={host} data-testid="never-run-site">
              <span>
                {host} <span class="muted">and its subdomains</span>
              </span>
              <button
                type="button"
                class="button button--small button--quiet"
                aria-label={`Allow Who Said on ${host} again`}
                onClick={() => removeNeverRun(host)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** What the last change in one section did, said where the reader made it. */
export function SettingsLine({
  status,
  section,
}: {
  status: SettingsStatus | null;
  section: SettingsSection;
}) {
  const mine = status?.section === section ? status : null;
  return (
    <p
      class={`status${mine?.tone === 'error' ? ' status--error' : ''}`}
      data-testid={`settings-status-${section}`}
      role="status"
      aria-live="polite"
    >
      {mine?.text ?? ''}
    </p>
  );
}
