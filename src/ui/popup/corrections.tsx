/** The reader's corrections on this article, each undoable. */
import type { Decision } from '../../shared/decisions';
import { KIND_WORDS, NOT_A_FINDING } from '../../shared/kind-words';
import { squash } from '../../shared/squash';

/** What a correction did, in words: "dismissed", "hedge → not a finding". */
export function correctionWords(d: Decision): string {
  const from = KIND_WORDS[d.anchor.kind].one.toLowerCase();
  if (d.action === 'dismiss') return `${from}, dismissed`;
  const to = d.kind === 'none' ? NOT_A_FINDING.toLowerCase() : KIND_WORDS[d.kind].one.toLowerCase();
  return `${from} → ${to}`;
}

/** Characters of the surrounding text shown either side of a correction's words. */
const AROUND = 28;

/**
 * The words around a correction's quote, so one "said" can be told from the article's forty
 * others: the end of its prefix and the start of its suffix, cut at whole words, with "…"
 * where the text goes on.
 */
export function contextWords(anchor: Decision['anchor']): { before: string; after: string } {
  let before = squash(anchor.prefix, true);
  if (before.length > AROUND) {
    before = before.slice(-AROUND);
    before = `…${before.slice(before.indexOf(' ') + 1)}`;
  }
  let after = squash(anchor.suffix, true);
  if (after.length > AROUND) {
    after = after.slice(0, AROUND);
    after = `${after.slice(0, Math.max(after.lastIndexOf(' '), 0))}…`;
  }
  return { before: before.trimStart(), after: after.trimEnd() };
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
      {decisions.map((d) => {
        const { before, after } = contextWords(d.anchor);
        return (
          <li key={d.key} class="correction" data-testid="correction">
            <span class="correction__quote">
              <span class="muted">{before}</span>
              <strong>{d.anchor.quote}</strong>
              <span class="muted">{after}</span>
            </span>
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
        );
      })}
    </ul>
  );
}
