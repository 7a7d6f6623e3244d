/**
 * The four counts and the legend: each count shows a sample of how its highlights look on the
 * page, and the source, which has no count of its own, has a legend line. The samples are drawn
 * from the same table as the page's stylesheet (src/shared/highlight-styles.ts), in the variant
 * this browser paints, so the legend shows what the page shows.
 */
import type { FindingKind } from '../../engine/types';
import {
  styleOf,
  swatchStyle,
  type HighlightKey,
  type StyleVariant,
} from '../../shared/highlight-styles';
import type { PageSummary } from '../../shared/messages';

/** Labels and one-line explanations a reader understands. */
export const KIND_LABELS: Record<FindingKind, { label: string; hint: string }> = {
  attribution: { label: 'Attributions', hint: 'Claims credited to a source' },
  unnamed: { label: 'Unnamed actors', hint: 'Sources or actors left unnamed' },
  agentless: { label: 'Agentless passives', hint: 'Actions with the doer left out' },
  hedge: { label: 'Hedges', hint: 'Softened or uncertain wording' },
};

/** The legend line for the one highlight that is not a finding kind. */
export const SOURCE_LABEL = { label: 'Sources', hint: 'Who each claim is credited to' };

const ORDER: readonly FindingKind[] = ['attribution', 'unnamed', 'agentless', 'hedge'];

const number = new Intl.NumberFormat();

export interface CountsProps {
  summary: PageSummary | null;
  running: boolean;
  /** The style variant the page is painted with; null until known (samples unstyled). */
  variant: StyleVariant | null;
}

/** A sample word painted the way `highlight` is painted on the page. */
function Swatch({ highlight, variant }: { highlight: HighlightKey; variant: StyleVariant | null }) {
  return (
    <span
      class="count__sample"
      data-testid={`swatch-${highlight}`}
      aria-hidden="true"
      style={variant ? swatchStyle(styleOf(highlight, variant)) : undefined}
    >
      abc
    </span>
  );
}

/** A 2×2 grid of counts, a dash until the page has been read, then the source's legend line. */
export function Counts({ summary, running, variant }: CountsProps) {
  return (
    <ul class={`counts${running ? ' counts--busy' : ''}`} aria-label="What Who Said found">
      {ORDER.map((kind) => {
        const { label, hint } = KIND_LABELS[kind];
        const value = summary ? number.format(summary.counts[kind]) : '–';
        return (
          <li key={kind} class={`count count--${kind}`}>
            <Swatch highlight={kind} variant={variant} />
            <span class="count__value" data-testid={`count-${kind}`}>
              {value}
            </span>
            <span class="count__label">{label}</span>
            <span class="count__hint">{hint}</span>
          </li>
        );
      })}
      <li class="count count--source">
        <Swatch highlight="source" variant={variant} />
        <span class="count__label">{SOURCE_LABEL.label}</span>
        <span class="count__hint">{SOURCE_LABEL.hint}</span>
      </li>
    </ul>
  );
}
