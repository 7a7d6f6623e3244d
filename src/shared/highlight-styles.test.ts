import { describe, expect, test } from 'vitest';
import {
  cssFileFor,
  declarations,
  FOCUS,
  FOCUS_NAME,
  FOCUS_PRIORITY,
  HIGHLIGHT_KEYS,
  HIGHLIGHT_NAMES,
  highlightCss,
  NOTE_HIGHLIGHT_KEYS,
  NOTE_HIGHLIGHT_NAMES,
  NOTE_PRIORITY,
  noteStyleOf,
  PRIORITY,
  SCHEMES,
  STYLE_VARIANTS,
  styleOf,
  swatchStyle,
  type HighlightStyle,
  type SchemeName,
  type StyleVariant,
} from './highlight-styles';

type Rgb = [number, number, number];

const rgb = (hex: string): Rgb => {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not #rrggbb: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
};
const toLinear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const fromLinear = (v: number) => {
  const c = Math.min(1, Math.max(0, v));
  return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
};
const luminance = (c: Rgb) => {
  const [r, g, b] = c.map(toLinear) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
/** WCAG contrast ratio. */
const contrast = (a: Rgb, b: Rgb) => {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** Machado, Oliveira & Fernandes (2009), severity 1, in linear RGB. */
const VISION: Record<string, number[][]> = {
  typical: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
const simulate = (c: Rgb, m: number[][]): Rgb => {
  const l = c.map(toLinear);
  return m.map((row) => fromLinear(row[0]! * l[0]! + row[1]! * l[1]! + row[2]! * l[2]!)) as Rgb;
};
/** CIELAB (D65) of an sRGB colour. */
const lab = (c: Rgb): Rgb => {
  const [r, g, b] = c.map(toLinear) as Rgb;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const x = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
  const y = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
  const z = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
  return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
};
/** CIE76 colour difference. */
const deltaE = (a: Rgb, b: Rgb) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

const WHITE: Rgb = [255, 255, 255];
/** A dark page (the background of many sites' dark themes). */
const DARK: Rgb = [18, 18, 18];

/** The colour that tells a highlight apart: its background, else its line. */
const mainColour = (style: HighlightStyle): Rgb => {
  const hex = style.background?.color ?? style.underline?.color;
  if (!hex) throw new Error('a style that paints nothing');
  return rgb(hex);
};

const cases = (Object.keys(SCHEMES) as SchemeName[]).flatMap((scheme) =>
  STYLE_VARIANTS.map((variant) => [scheme, variant] as [SchemeName, StyleVariant]),
);

describe.each(cases)('scheme %s, variant %s', (scheme, variant) => {
  const findings = HIGHLIGHT_KEYS.map((key) => [key, styleOf(key, variant, scheme)] as const);
  // The reader's notes are held to the same checks, against every finding too.
  const notes = NOTE_HIGHLIGHT_KEYS.map(
    (key) => [NOTE_HIGHLIGHT_NAMES[key], noteStyleOf(key, variant, scheme)] as const,
  );
  const styles = [...findings, ...notes];

  test('every highlight paints something this variant can show', () => {
    for (const [key, style] of styles) {
      expect(declarations(style).length, key).toBeGreaterThan(0);
      // A browser that gets tints paints no decorations: nothing may rely on one there.
      if (variant === 'tint') {
        expect(style.underline, key).toBeUndefined();
        expect(style.background, key).toBeDefined();
      }
    }
  });

  test('text on a background reads at 7:1; lines stand out 3:1 on white and on dark pages', () => {
    for (const [key, style] of styles) {
      if (style.background) {
        const { color, ink } = style.background;
        expect(contrast(rgb(color), rgb(ink)), key).toBeGreaterThanOrEqual(7);
        // Visible as a marker on a white page.
        expect(contrast(rgb(color), WHITE), key).toBeGreaterThanOrEqual(1.15);
      }
      if (style.underline) {
        expect(contrast(rgb(style.underline.color), WHITE), key).toBeGreaterThanOrEqual(3);
        expect(contrast(rgb(style.underline.color), DARK), key).toBeGreaterThanOrEqual(3);
      }
    }
  });

  test.each(Object.keys(VISION))('every pair stays apart with %s vision', (vision) => {
    const matrix = VISION[vision]!;
    for (const [i, [a, sa]] of styles.entries()) {
      for (const [b, sb] of styles.slice(i + 1)) {
        // Kinds that differ in form (a line against a background) need not differ in colour.
        if (Boolean(sa.background) !== Boolean(sb.background)) continue;
        const d = deltaE(simulate(mainColour(sa), matrix), simulate(mainColour(sb), matrix));
        expect(d, `${a} / ${b}`).toBeGreaterThanOrEqual(15);
      }
    }
  });

  test('the stylesheet has one rule per highlight, with the table’s declarations', () => {
    const css = highlightCss(variant, scheme);
    const named = [
      ...findings.map(([key, style]) => [HIGHLIGHT_NAMES[key], style] as const),
      ...notes,
    ];
    for (const [key, style] of named) {
      const rule = new RegExp(`::highlight\\(${key}\\) \\{([^}]*)\\}`).exec(css);
      expect(rule, key).not.toBeNull();
      const body = rule?.[1] ?? '';
      for (const [property, value] of declarations(style)) {
        expect(body, key).toContain(`${property}: ${value};`);
      }
    }
    // The kinds, the notes and the finding in focus.
    expect(css.match(/::highlight\(/g)).toHaveLength(
      HIGHLIGHT_KEYS.length + NOTE_HIGHLIGHT_KEYS.length + 1,
    );
    expect(css).toContain(`::highlight(${FOCUS_NAME}) {`);
    expect(cssFileFor(variant, scheme)).toBe(`highlights-${scheme}-${variant}.css`);
  });

  test('rules on the root only (Chromium) are the same rules, each on :root', () => {
    const each = highlightCss(variant, scheme, 'each');
    const root = highlightCss(variant, scheme, 'root');
    expect(each).not.toMatch(/:root/);
    expect(root.match(/^:root::highlight\(/gm)).toHaveLength(
      each.match(/^::highlight\(/gm)?.length ?? -1,
    );
    expect(root.replace(/^:root::highlight/gm, '::highlight')).toBe(each);
  });

  test('the legend sample carries the same declarations as the page', () => {
    for (const [key, style] of styles) {
      const sample = swatchStyle(style);
      expect(Object.keys(sample), key).toHaveLength(declarations(style).length);
      if (style.background) expect(sample.backgroundColor).toBe(style.background.color);
      if (style.underline) expect(sample.textDecorationStyle).toBe(style.underline.style);
    }
  });
});

test('the overlap order is stated for every highlight and has no ties', () => {
  const order = HIGHLIGHT_KEYS.map((k) => PRIORITY[k]);
  expect(new Set(order).size).toBe(HIGHLIGHT_KEYS.length);
  // What hides an actor shows over what reports it.
  expect(PRIORITY.unnamed).toBeGreaterThan(PRIORITY.source);
  expect(PRIORITY.agentless).toBeGreaterThan(PRIORITY.attribution);
  expect(PRIORITY.hedge).toBeGreaterThan(PRIORITY.attribution);
});

test('notes paint over every finding, the note being shown over the others, under the focus mark', () => {
  const top = Math.max(...Object.values(PRIORITY));
  expect(NOTE_PRIORITY.note).toBeGreaterThan(top);
  expect(NOTE_PRIORITY.active).toBeGreaterThan(NOTE_PRIORITY.note);
  expect(FOCUS_PRIORITY).toBeGreaterThan(NOTE_PRIORITY.active);
});

test.each(Object.keys(SCHEMES) as SchemeName[])(
  'the focus mark of %s reads at 7:1 and stands apart from every kind',
  (scheme) => {
    const focus = FOCUS[scheme].background;
    expect(focus).toBeDefined();
    if (!focus) return;
    expect(contrast(rgb(focus.color), rgb(focus.ink))).toBeGreaterThanOrEqual(7);
    for (const variant of STYLE_VARIANTS) {
      for (const key of HIGHLIGHT_KEYS) {
        const style = styleOf(key, variant, scheme);
        if (!style.background) continue;
        for (const vision of Object.values(VISION)) {
          const d = deltaE(simulate(rgb(focus.color), vision), simulate(mainColour(style), vision));
          expect(d, `${variant} ${key}`).toBeGreaterThanOrEqual(30);
        }
      }
    }
  },
);
