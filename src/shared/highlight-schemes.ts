/**
 * The highlight colour schemes the reader chooses from (options page): one
 * table that the page's stylesheet (src/content/content.css, checked against
 * this table by a unit test), the card's swatches and the options page's
 * previews are all drawn from, so they cannot drift apart.
 *
 * Each scheme registers its highlights under its own names
 * (`whosaid-attribution`, `whosaid-cb-attribution`, ...): `::highlight()` rules
 * cannot be scoped by anything on the page, so a scheme is a set of names.
 *
 * Firefox 140 paints only colours in `::highlight()`, no underlines: every
 * style of the schemes added here has a background, and underlines only add a
 * second cue where the browser draws them.
 */
import type { SchemeId } from './settings';

/** What is highlighted: the four kinds, the source of a claim, and the finding in focus. */
export type StyleKey = 'attribution' | 'source' | 'unnamed' | 'agentless' | 'hedge' | 'focus';

export const STYLE_KEYS: readonly StyleKey[] = [
  'attribution',
  'source',
  'unnamed',
  'agentless',
  'hedge',
  'focus',
];

export interface HighlightStyle {
  /** Absent only in the default scheme's underline-only styles (as the page has them today). */
  background?: string;
  /** Text colour; absent: the page's own. */
  color?: string;
  underline?: { style: 'solid' | 'wavy' | 'dotted'; color: string; thickness: string };
}

/** Name prefix of each scheme's highlights. */
const PREFIX: Record<SchemeId, string> = {
  default: 'whosaid-',
  'colour-blind': 'whosaid-cb-',
  'high-contrast': 'whosaid-hc-',
};

/** The highlight name of `key` in `scheme`, as registered in `CSS.highlights`. */
export function highlightName(scheme: SchemeId, key: StyleKey): string {
  return `${PREFIX[scheme]}${key}`;
}

export const SCHEME_STYLES: Record<SchemeId, Record<StyleKey, HighlightStyle>> = {
  // The Okabe-Ito tints Who Said started with, each kind also told apart by form.
  // (The style table of issue 6 replaces these; see content.css.)
  default: {
    attribution: { background: 'rgba(240, 228, 66, 0.42)' },
    source: { underline: { style: 'solid', color: 'rgb(0, 158, 115)', thickness: '2px' } },
    unnamed: {
      background: 'rgba(230, 159, 0, 0.2)',
      underline: { style: 'wavy', color: 'rgb(230, 159, 0)', thickness: '1.5px' },
    },
    agentless: { background: 'rgba(204, 121, 167, 0.38)' },
    hedge: { underline: { style: 'dotted', color: 'rgb(60, 140, 210)', thickness: '2px' } },
    focus: { background: 'rgb(47, 79, 181)', color: 'rgb(255, 255, 255)' },
  },
  // Yellow, sky, vermillion, grey and blue: apart in lightness as well as hue, so the
  // kinds stay apart with deuteranopia, protanopia and tritanopia.
  'colour-blind': {
    attribution: { background: 'rgba(240, 228, 66, 0.5)' },
    source: {
      background: 'rgba(86, 180, 233, 0.3)',
      underline: { style: 'solid', color: 'rgb(0, 114, 178)', thickness: '2px' },
    },
    unnamed: {
      background: 'rgba(213, 94, 0, 0.28)',
      underline: { style: 'wavy', color: 'rgb(213, 94, 0)', thickness: '1.5px' },
    },
    agentless: { background: 'rgba(110, 110, 110, 0.26)' },
    hedge: {
      background: 'rgba(0, 114, 178, 0.14)',
      underline: { style: 'dotted', color: 'rgb(0, 90, 140)', thickness: '2px' },
    },
    focus: { background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 255)' },
  },
  // Solid light fills under black text (contrast above 12:1), black underlines.
  'high-contrast': {
    attribution: { background: 'rgb(255, 236, 61)', color: 'rgb(0, 0, 0)' },
    source: {
      background: 'rgb(168, 230, 255)',
      color: 'rgb(0, 0, 0)',
      underline: { style: 'solid', color: 'rgb(0, 0, 0)', thickness: '2px' },
    },
    unnamed: {
      background: 'rgb(255, 170, 90)',
      color: 'rgb(0, 0, 0)',
      underline: { style: 'wavy', color: 'rgb(0, 0, 0)', thickness: '1.5px' },
    },
    agentless: { background: 'rgb(244, 176, 255)', color: 'rgb(0, 0, 0)' },
    hedge: {
      background: 'rgb(190, 255, 190)',
      color: 'rgb(0, 0, 0)',
      underline: { style: 'dotted', color: 'rgb(0, 0, 0)', thickness: '2px' },
    },
    focus: { background: 'rgb(0, 0, 0)', color: 'rgb(255, 255, 0)' },
  },
};

/** The CSS declarations of a style (for `::highlight()` rules and for samples). */
export function declarations(style: HighlightStyle): string[] {
  const out: string[] = [];
  if (style.background) out.push(`background-color: ${style.background};`);
  if (style.color) out.push(`color: ${style.color};`);
  if (style.underline) {
    out.push(
      'text-decoration-line: underline;',
      `text-decoration-style: ${style.underline.style};`,
      `text-decoration-color: ${style.underline.color};`,
      `text-decoration-thickness: ${style.underline.thickness};`,
    );
  }
  return out;
}

/** The `::highlight()` rules of `schemes` (default: all), as content.css holds them. */
export function schemeCss(
  schemes: readonly SchemeId[] = Object.keys(SCHEME_STYLES) as SchemeId[],
  keys: readonly StyleKey[] = STYLE_KEYS,
): string {
  const rules: string[] = [];
  for (const scheme of schemes) {
    for (const key of keys) {
      const body = declarations(SCHEME_STYLES[scheme][key])
        .map((d) => `  ${d}`)
        .join('\n');
      rules.push(`::highlight(${highlightName(scheme, key)}) {\n${body}\n}`);
    }
  }
  return `${rules.join('\n\n')}\n`;
}
