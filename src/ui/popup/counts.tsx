/**
 * The four counts and the legend: each count shows a sample of how its highlights look on the
 * page, and the source, which has no count of its own, has a legend line. The samples are drawn
 * from the same table as the page's stylesheet (src/shared/highlight-styles.ts), in the variant
 * this browser paints, so the legend shows what the page shows.
 */
import type { FindingKind } from '../../engine/types';
import {
  DEFAULT_SCHEME,
  styleOf,
  swatchStyle,
  type HighlightKey,
  type SchemeName,
  type StyleVariant,
} from '../../shared/highlight-styles';
import { KIND_WORDS } from '../../shared/kind-words';
import type { PageSummary } from '../../shared/messages';

/** The legend line for the one highlight that is not a finding kind. */
export const SOURCE_LABEL = { label: 'Sources', hint: 'Who each claim is credited to' };

const ORDER: readonly FindingKind[] = ['attribution', 'unnamed', 'agentless', 'hedge'];

const number = new Intl.NumberFormat();

export interface CountsProps {
  summary: PageSummary | null;
  running: boolean;
  /** The style variant the page is painted with; null until known (samples unstyled). */
  variant: StyleVariant | null;
  /** The reader's colour scheme (options page). */
  scheme?: SchemeName;
  /** Kinds the reader switched off in the options: shown as "off", not as zero. */
  off?: readonly FindingKind[];
}

/** A sample word painted the way `highlight` is painted on the page. */
function Swatch({
  highlight,
  variant,
  scheme,
}: {
  highlight: HighlightKey;
  variant: StyleVariant | null;
  scheme: SchemeName;
}) {
  return (
    <span
      class="count__sample"
      data-testid={`swatch-${highlight}`}
      aria-hidden="true"
      style={variant ? swatchStyle(styleOf(highlight, variant, scheme)) : undefined}
    >
      abc
    </span>
  );
}

/** A 2×2 grid of counts, a dash until the page has been read, then the source's legend line. */
export function Counts({
  summary,
  running,
  variant,
  scheme = DEFAULT_SCHEME,
  off = [],
}: CountsProps) {
  return (
    <ul class={`counts${running ? ' counts--busy' : ''}`} aria-label="What Who Said found">
      {ORDER.map((kind) => {
        const { many, hint } = KIND_WORDS[kind];
        const isOff = off.includes(kind);
        const value = isOff ? 'off' : summary ? number.format(summary.counts[kind]) : '–';
        return (
          <li key={kind} class={`count count--${kind}${isOff ? ' count--off' : ''}`}>
            <Swatch highlight={kind} variant={variant} scheme={scheme} />
            <span class="count__value" data-testid={`count-${kind}`}>
              {value}
            </span>
            <span class="count__label">{many}</span>
            <span class="count__hint">{isOff ? 'Switched off in the options' : hint}</span>
          </li>
        );
      })}
      <li class="count count--source">
        <Swatch highlight="source" variant={variant} scheme={scheme} />
        <span class="count__label">{SOURCE_LABEL.label}</span>
        <span class="count__hint">{SOURCE_LABEL.hint}</span>
      </li>
    </ul>
  );
}

/** The article's language in words ("Spanish"), or null when unknown. */
export function languageName(code: string | null): string | null {
  if (code === null) return null;
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? null;
  } catch {
    return null;
  }
}

/** Said instead of the counts when the article is not in English. */
export function NotEnglish({ code }: { code: string | null }) {
  const name = languageName(code);
  return (
    <div class="language" data-testid="not-english" role="note">
      <p class="language__title">
        {name ? `This article is in ${name}.` : 'This article doesn’t seem to be in English.'}
      </p>
      <p class="muted">
        Who Said reads English only, so it has nothing reliable to show here: no counts and no
        sources. Highlights, if any, may be wrong.
      </p>
    </div>
  );
}
