/**
 * The one table of how Who Said's highlights look. The page's `::highlight()` stylesheets
 * (written by the build, one per scheme and variant: `highlightCss`) and the popup's legend
 * (`swatchStyle`) are both drawn from it, so the legend always shows what the page shows.
 *
 * Two variants, because browsers differ in what they paint inside `::highlight()`:
 *
 * - `decorated`: backgrounds and text decorations (Chromium; Firefox from 153). Kinds differ by
 *   colour *and* form: a marker background, a solid, wavy or dotted underline.
 * - `tint`: backgrounds and text colour only (Firefox 140 parses `text-decoration` in
 *   `::highlight()` but does not paint it). Every kind, the source included, gets its own tint.
 *
 * `highlight-variant.ts` says which variant a browser gets, and why it is a version check.
 *
 * Colours: backgrounds are opaque pastels with a dark ink set on the text, so a highlighted word
 * reads the same on white and on dark pages, and where two highlights overlap the one with the
 * higher `priority` covers the other instead of blending into a third colour. They are derived
 * from the Okabe-Ito palette and chosen so that every pair stays apart (CIELAB distance) under
 * simulated protanopia, deuteranopia and tritanopia; `highlight-styles.test.ts` checks that, and
 * that every underline keeps 3:1 contrast against white and against a near-black page.
 *
 * To add a colour scheme, add an entry to `SCHEMES`: the build writes its stylesheets and the
 * tests hold it to the same checks. The reader picks one in the options page; the background
 * injects its stylesheet (`cssFileFor`), and swaps it on open pages when the choice changes.
 *
 * Besides the five kinds, each scheme says how the finding in focus is marked (`FOCUS`: keyboard
 * stepping, a click in the ledger): a dark background with light ink, unlike every kind, and
 * painted by every browser.
 */

/** Everything Who Said paints: the four finding kinds, and the source a claim is credited to. */
export const HIGHLIGHT_KEYS = ['attribution', 'source', 'unnamed', 'agentless', 'hedge'] as const;
export type HighlightKey = (typeof HIGHLIGHT_KEYS)[number];

/** The `CSS.highlights` name of each key. */
export const HIGHLIGHT_NAMES: { readonly [K in HighlightKey]: `whosaid-${K}` } = {
  attribution: 'whosaid-attribution',
  source: 'whosaid-source',
  unnamed: 'whosaid-unnamed',
  agentless: 'whosaid-agentless',
  hedge: 'whosaid-hedge',
};
export type HighlightName = (typeof HIGHLIGHT_NAMES)[HighlightKey];

/**
 * The stated order where highlights overlap (Highlight `priority`: higher paints on top).
 * What hides an actor outranks what merely reports: an unnamed source shows as unnamed, a
 * passive inside a reporting phrase ("it was reported") as agentless, a hedge inside an
 * attribution as a hedge; the reporting cue is the broadest and lowest.
 */
export const PRIORITY: Readonly<Record<HighlightKey, number>> = {
  attribution: 1,
  source: 2,
  hedge: 3,
  agentless: 4,
  unnamed: 5,
};

/** What a browser can paint in `::highlight()`; see the top of this file. */
export type StyleVariant = 'decorated' | 'tint';
export const STYLE_VARIANTS: readonly StyleVariant[] = ['decorated', 'tint'];

/** An underline drawn under the highlighted text. Colours are `#rrggbb`. */
export interface Underline {
  style: 'solid' | 'wavy' | 'dotted';
  color: string;
  /** In CSS pixels. */
  thickness: number;
}

/** How one highlight looks. A background always comes with its ink, so text stays readable. */
export interface HighlightStyle {
  /** Opaque background, `#rrggbb`. */
  background?: { color: string; ink: string };
  underline?: Underline;
}

export type StyleSet = Readonly<Record<HighlightKey, HighlightStyle>>;

/** A colour scheme: one style set per variant. */
export interface Scheme {
  label: string;
  variants: Readonly<Record<StyleVariant, StyleSet>>;
}

/** Text on every background: near black, 7:1 or more against each tint. */
const INK = '#1a1a1a';

/** The standard scheme's tints (Okabe-Ito hues, lightened) and line colours (Okabe-Ito). */
const TINT = {
  attribution: '#f5ec7b', // yellow
  source: '#b3e2d5', // bluish green, light
  unnamed: '#e9a91a', // orange
  agentless: '#d694b9', // reddish purple
  hedge: '#67bceb', // sky blue
} as const;
const LINE = {
  source: '#009e73', // bluish green
  unnamed: '#d55e00', // vermillion
  hedge: '#0072b2', // blue
} as const;

const tint = (color: string, ink = INK): HighlightStyle => ({ background: { color, ink } });

/**
 * The `decorated` variant of the standard and colour-blind schemes: sources underlined, unnamed
 * actors tinted with a wavy line, hedges dotted, the rest tinted.
 */
const decoratedOf = (
  t: Readonly<Record<HighlightKey, string>>,
  line: { readonly source: string; readonly unnamed: string; readonly hedge: string },
  hedgeThickness: number,
): StyleSet => ({
  attribution: tint(t.attribution),
  source: { underline: { style: 'solid', color: line.source, thickness: 2 } },
  unnamed: {
    ...tint(t.unnamed),
    underline: { style: 'wavy', color: line.unnamed, thickness: 1.5 },
  },
  agentless: tint(t.agentless),
  hedge: { underline: { style: 'dotted', color: line.hedge, thickness: hedgeThickness } },
});

/** The `tint` variant of a scheme: every kind its own background, no lines. */
const tintsOf = (t: Readonly<Record<HighlightKey, string>>, ink = INK): StyleSet => ({
  attribution: tint(t.attribution, ink),
  source: tint(t.source, ink),
  unnamed: tint(t.unnamed, ink),
  agentless: tint(t.agentless, ink),
  hedge: tint(t.hedge, ink),
});

/**
 * Colour-blind safe: tints chosen (by search, then checked by the tests) so that every pair
 * stays at least 30 apart in CIELAB under simulated protanopia, deuteranopia and tritanopia,
 * twice the margin of the standard scheme, apart in lightness as well as hue; lines from the
 * Okabe-Ito palette, each kind keeping its own form.
 */
const CB_TINT = {
  attribution: '#faf555',
  source: '#55ffaf',
  unnamed: '#f58750',
  agentless: '#c891ff',
  hedge: '#b4dceb',
} as const;
const CB_LINE = { source: '#0072b2', unnamed: '#d55e00', hedge: '#cc79a7' } as const;

/**
 * High contrast: stronger tints under pure black ink (10:1 or better on each) and heavier
 * lines, for low vision and bright screens; pairs at least 25 apart under every vision.
 */
const HC_INK = '#000000';
const HC_TINT = {
  attribution: '#ebfa32',
  source: '#37ffaf',
  unnamed: '#faa05a',
  agentless: '#d2aac3',
  hedge: '#8cb4ff',
} as const;
const HC_LINE = { source: '#0a6ee6', unnamed: '#e0440e', hedge: '#9b30d9' } as const;

/** Every scheme. The first is the default. */
export const SCHEMES = {
  standard: {
    label: 'Standard',
    variants: {
      decorated: decoratedOf(TINT, LINE, 2),
      tint: tintsOf(TINT),
    },
  },
  'colour-blind': {
    label: 'Colour-blind safe',
    variants: {
      decorated: decoratedOf(CB_TINT, CB_LINE, 2.5),
      tint: tintsOf(CB_TINT),
    },
  },
  'high-contrast': {
    label: 'High contrast',
    variants: {
      decorated: {
        attribution: tint(HC_TINT.attribution, HC_INK),
        source: {
          ...tint(HC_TINT.source, HC_INK),
          underline: { style: 'solid', color: HC_LINE.source, thickness: 3 },
        },
        unnamed: {
          ...tint(HC_TINT.unnamed, HC_INK),
          underline: { style: 'wavy', color: HC_LINE.unnamed, thickness: 2 },
        },
        agentless: tint(HC_TINT.agentless, HC_INK),
        hedge: {
          ...tint(HC_TINT.hedge, HC_INK),
          underline: { style: 'dotted', color: HC_LINE.hedge, thickness: 3 },
        },
      },
      tint: tintsOf(HC_TINT, HC_INK),
    },
  },
} as const satisfies Record<string, Scheme>;

export type SchemeName = keyof typeof SCHEMES;

/**
 * The reader's own notes (registered by `content/notes/page-notes.ts`): every noted passage,
 * and the one being shown or written. A sage tint (found by searching for the colour furthest
 * from every finding's tint under typical, protan, deutan and tritan vision; the test holds it
 * to the same checks); it covers any finding beneath it (the reader's mark matters most there).
 */
export const NOTE_HIGHLIGHT_NAMES = {
  note: 'whosaid-note',
  active: 'whosaid-note-active',
} as const;
export type NoteHighlightKey = keyof typeof NOTE_HIGHLIGHT_NAMES;
export const NOTE_HIGHLIGHT_KEYS = Object.keys(NOTE_HIGHLIGHT_NAMES) as NoteHighlightKey[];

/** Above every finding (`PRIORITY` tops at 5); the active note above the others. */
export const NOTE_PRIORITY: Readonly<Record<NoteHighlightKey, number>> = { note: 6, active: 7 };

/**
 * The note tints of each scheme: sage in the standard one; in the others, found by the same
 * search against that scheme's tints (every pair at least 15 apart in CIELAB under typical,
 * protan, deutan and tritan vision, held by the tests).
 */
const NOTE_TINT: Readonly<Record<SchemeName, Readonly<Record<NoteHighlightKey, string>>>> = {
  standard: { note: '#a8b088', active: '#70c058' },
  'colour-blind': { note: '#58b898', active: '#b0c000' },
  'high-contrast': { note: '#00c088', active: '#c8f8e8' },
};
const NOTE_LINE = '#687838';

/** The style of a note highlight in a variant and colour scheme. */
export function noteStyleOf(
  key: NoteHighlightKey,
  variant: StyleVariant,
  scheme: SchemeName = DEFAULT_SCHEME,
): HighlightStyle {
  const style = tint(NOTE_TINT[scheme][key]);
  // Where decorations paint, a line under every noted passage besides the tint.
  return variant === 'decorated'
    ? { ...style, underline: { style: 'solid', color: NOTE_LINE, thickness: 2 } }
    : style;
}
export const DEFAULT_SCHEME: SchemeName = 'standard';
/** Every scheme's name, the default first. */
export const SCHEME_NAMES = Object.keys(SCHEMES) as SchemeName[];

/** The `CSS.highlights` name of the finding in focus. */
export const FOCUS_NAME = 'whosaid-focus';
/** Painted over every kind (see `PRIORITY`). */
export const FOCUS_PRIORITY = 10;

/** How the finding in focus is marked, per scheme: dark under light ink, unlike any kind. */
export const FOCUS: Readonly<Record<SchemeName, HighlightStyle>> = {
  standard: { background: { color: '#2f4fb5', ink: '#ffffff' } },
  'colour-blind': { background: { color: '#000000', ink: '#ffffff' } },
  'high-contrast': { background: { color: '#000000', ink: '#ffff00' } },
};

/** The style of `key` in a scheme and variant. */
export function styleOf(
  key: HighlightKey,
  variant: StyleVariant,
  scheme: SchemeName = DEFAULT_SCHEME,
): HighlightStyle {
  const schemes: Readonly<Record<SchemeName, Scheme>> = SCHEMES;
  return schemes[scheme].variants[variant][key];
}

/** The CSS declarations for a style, as [property, value] pairs. */
export function declarations(style: HighlightStyle): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (style.background) {
    out.push(['background-color', style.background.color], ['color', style.background.ink]);
  }
  if (style.underline) {
    const { style: lineStyle, color, thickness } = style.underline;
    out.push(
      ['text-decoration-line', 'underline'],
      ['text-decoration-style', lineStyle],
      ['text-decoration-color', color],
      ['text-decoration-thickness', `${thickness}px`],
    );
  }
  return out;
}

/** The stylesheet file the build writes for a scheme and variant (beside `content.js`). */
export function cssFileFor(variant: StyleVariant, scheme: SchemeName = DEFAULT_SCHEME): string {
  return `highlights-${scheme}-${variant}.css`;
}

/**
 * Which elements the rules are written on:
 *
 * - `each`: every element (`::highlight(name)`), for browsers where an element's highlight
 *   takes no style from its parent's (Firefox 140 and 153 paint nothing with `root`).
 * - `root`: the root element only (`:root::highlight(name)`), for Chromium, where highlight
 *   styles inherit down the tree ("highlight inheritance", Chromium 150 and 156 checked): the
 *   same pixels, while inserting the sheet costs the page less style work (a forced recalc
 *   with the sheet, median of 7, Chromium 156: 47 -> 17 ms on the 1 MB article, 8 -> 4 ms on
 *   a real page; Chromium 150: 27 -> 17 ms), because only the root's style changes.
 */
export type RuleScope = 'each' | 'root';

/** The `::highlight()` stylesheet for a scheme and variant. */
export function highlightCss(
  variant: StyleVariant,
  scheme: SchemeName = DEFAULT_SCHEME,
  scope: RuleScope = 'each',
): string {
  const on = scope === 'root' ? ':root' : '';
  const rule = (name: string, style: HighlightStyle): string => {
    const body = declarations(style)
      .map(([property, value]) => `  ${property}: ${value};`)
      .join('\n');
    return `${on}::highlight(${name}) {\n${body}\n}`;
  };
  const rules = [
    ...HIGHLIGHT_KEYS.map((key) => rule(HIGHLIGHT_NAMES[key], styleOf(key, variant, scheme))),
    ...NOTE_HIGHLIGHT_KEYS.map((key) =>
      rule(NOTE_HIGHLIGHT_NAMES[key], noteStyleOf(key, variant, scheme)),
    ),
    rule(FOCUS_NAME, FOCUS[scheme]),
  ];
  return (
    `/* Who Said highlights, scheme "${scheme}", variant "${variant}". Written by the build from\n` +
    ` * src/shared/highlight-styles.ts: change the table there, not this file. */\n` +
    rules.join('\n') +
    '\n'
  );
}

/** The same declarations as inline style properties (camelCase), for the popup's legend. */
export function swatchStyle(style: HighlightStyle): Record<string, string> {
  const camel = (property: string) =>
    property.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries(declarations(style).map(([p, v]) => [camel(p), v]));
}
