/** The four counts, each with a sample of how its highlights look on the page. */
import type { FindingKind } from '../../engine/types';
import type { PageSummary } from '../../shared/messages';

/** Labels and one-line explanations a reader understands. */
export const KIND_LABELS: Record<FindingKind, { label: string; hint: string }> = {
  attribution: { label: 'Attributions', hint: 'Claims credited to a source' },
  unnamed: { label: 'Unnamed actors', hint: 'Sources or actors left unnamed' },
  agentless: { label: 'Agentless passives', hint: 'Actions with the doer left out' },
  hedge: { label: 'Hedges', hint: 'Softened or uncertain wording' },
};

const ORDER: readonly FindingKind[] = ['attribution', 'unnamed', 'agentless', 'hedge'];

const number = new Intl.NumberFormat();

export interface CountsProps {
  summary: PageSummary | null;
  running: boolean;
}

/** A 2×2 grid of counts; a dash until the page has been read. */
export function Counts({ summary, running }: CountsProps) {
  return (
    <ul class={`counts${running ? ' counts--busy' : ''}`} aria-label="What Who Said found">
      {ORDER.map((kind) => {
        const { label, hint } = KIND_LABELS[kind];
        const value = summary ? number.format(summary.counts[kind]) : '–';
        return (
          <li key={kind} class={`count count--${kind}`}>
            <span class="count__sample" aria-hidden="true">
              abc
            </span>
            <span class="count__value" data-testid={`count-${kind}`}>
              {value}
            </span>
            <span class="count__label">{label}</span>
            <span class="count__hint">{hint}</span>
          </li>
        );
      })}
    </ul>
  );
}
