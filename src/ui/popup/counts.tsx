/** The four counts, each with a sample of how its highlights look on the page. */
import type { FindingKind } from '../../engine/types';
import { KIND_WORDS } from '../../shared/kind-words';
import type { PageSummary } from '../../shared/messages';

const ORDER: readonly FindingKind[] = ['attribution', 'unnamed', 'agentless', 'hedge'];

const number = new Intl.NumberFormat();

export interface CountsProps {
  summary: PageSummary | null;
  running: boolean;
  /** Kinds the reader switched off in the options: shown as "off", not as zero. */
  off?: readonly FindingKind[];
}

/** A 2×2 grid of counts; a dash until the page has been read. */
export function Counts({ summary, running, off = [] }: CountsProps) {
  return (
    <ul class={`counts${running ? ' counts--busy' : ''}`} aria-label="What Who Said found">
      {ORDER.map((kind) => {
        const { many, hint } = KIND_WORDS[kind];
        const isOff = off.includes(kind);
        const value = isOff ? 'off' : summary ? number.format(summary.counts[kind]) : '–';
        return (
          <li key={kind} class={`count count--${kind}${isOff ? ' count--off' : ''}`}>
            <span class="count__sample" aria-hidden="true">
              abc
            </span>
            <span class="count__value" data-testid={`count-${kind}`}>
              {value}
            </span>
            <span class="count__label">{many}</span>
            <span class="count__hint">{isOff ? 'Switched off in the options' : hint}</span>
          </li>
        );
      })}
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
