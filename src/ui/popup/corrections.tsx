/** The reader's corrections on this article, each undoable. */
import type { Decision } from '../../shared/decisions';
import { KIND_WORDS, NOT_A_FINDING } from '../../shared/kind-words';

/** What a correction did, in words: "dismissed", "hedge → not a finding". */
export function correctionWords(d: Decision): string {
  const from = KIND_WORDS[d.anchor.kind].one.toLowerCase();
  if (d.action === 'dismiss') return `${from}, dismissed`;
  const to = d.kind === 'none' ? NOT_A_FINDING.toLowerCase() : KIND_WORDS[d.kind].one.toLowerCase();
  return `${from} → ${to}`;
}

export interface CorrectionsProps {
  decisions: Decision[];
  onUndo(key: string): void;
}

export function Corrections({ decisions, onUndo }: CorrectionsProps) {
  if (decisions.length === 0) {
    return (
      <p class="muted">
        None yet. Hover a highlight (or press Alt+Shift+↓) to dismiss or reclassify it.
      </p>
    );
  }
  return (
    <ul class="corrections">
      {decisions.map((d) => (
        <li key={d.key} class="correction" data-testid="correction">
          <span class="correction__quote">“{d.anchor.quote}”</span>
          <span class="correction__what muted">{correctionWords(d)}</span>
          <button
            type="button"
            class="button button--small"
            data-testid="correction-undo"
            onClick={() => onUndo(d.key)}
          >
            Undo
          </button>
        </li>
      ))}
    </ul>
  );
}
