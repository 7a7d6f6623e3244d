/**
 * What the highlights look like in pixels, the same way in Chromium (playwright-core) and
 * Firefox (puppeteer-core): the tests compare screenshots of each highlighted word with the
 * same word unhighlighted, and with the popup legend's sample of that highlight.
 *
 * Counting registered highlights proves nothing about what a reader sees (Firefox 140 keeps
 * `text-decoration` in `::highlight()` rules and paints none of it); these checks fail when a
 * highlight is registered but not painted, painted in another colour, or painted like another
 * kind.
 */
import { PNG } from 'pngjs';
import { expect } from 'vitest';
import {
  HIGHLIGHT_KEYS,
  HIGHLIGHT_NAMES,
  PRIORITY,
  styleOf,
  type HighlightKey,
  type StyleVariant,
} from '../../../src/shared/highlight-styles';

export type Rgb = [number, number, number];

/** A rectangle in CSS pixels, relative to the viewport. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The two calls the checks need from a page of either driver. */
export interface PageLike {
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  screenshot(): Promise<Uint8Array>;
}

/** A decoded screenshot. */
export interface Shot {
  width: number;
  height: number;
  data: Uint8Array;
  /** Device pixels per CSS pixel. */
  scale: number;
}

/** Takes a screenshot of the viewport and decodes it. */
export async function shoot(page: PageLike): Promise<Shot> {
  const png = PNG.sync.read(Buffer.from(await page.screenshot()));
  const cssWidth = await page.evaluate(() => window.innerWidth, null);
  return { width: png.width, height: png.height, data: png.data, scale: png.width / cssWidth };
}

/** The pixels of `box` (grown by `margin` CSS px, for lines drawn under the text). */
function pixels(shot: Shot, box: Box, margin = 4): Rgb[] {
  const s = shot.scale;
  const x0 = Math.max(0, Math.floor((box.x - margin) * s));
  const y0 = Math.max(0, Math.floor((box.y - margin) * s));
  const x1 = Math.min(shot.width, Math.ceil((box.x + box.width + margin) * s));
  const y1 = Math.min(shot.height, Math.ceil((box.y + box.height + margin) * s));
  const out: Rgb[] = [];
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * shot.width + x) * 4;
      out.push([shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!]);
    }
  }
  return out;
}

/** The largest difference in one channel. */
export const distance = (a: Rgb, b: Rgb): number =>
  Math.max(Math.abs(a[0] - b[0]), Math.abs(a[1] - b[1]), Math.abs(a[2] - b[2]));

export const hex = (c: Rgb): string =>
  '#' + c.map((v) => Math.round(v).toString(16).padStart(2, '0')).join('');

export const rgbOf = (hexColour: string): Rgb => [
  parseInt(hexColour.slice(1, 3), 16),
  parseInt(hexColour.slice(3, 5), 16),
  parseInt(hexColour.slice(5, 7), 16),
];

/** The most common colour in a set of pixels (8 levels of 32 per channel, then averaged). */
function dominant(list: Rgb[]): Rgb | null {
  const buckets = new Map<number, Rgb[]>();
  for (const p of list) {
    const key = ((p[0] >> 3) << 10) | ((p[1] >> 3) << 5) | (p[2] >> 3);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(p);
    else buckets.set(key, [p]);
  }
  let best: Rgb[] = [];
  for (const bucket of buckets.values()) if (bucket.length > best.length) best = bucket;
  if (best.length === 0) return null;
  const sum = best.reduce<Rgb>((s, p) => [s[0] + p[0], s[1] + p[1], s[2] + p[2]], [0, 0, 0]);
  return [sum[0] / best.length, sum[1] / best.length, sum[2] / best.length];
}

/** What the highlight changed in `box`: how many pixels, and their most common colour. */
export function paintedChange(
  on: Shot,
  off: Shot,
  box: Box,
): { changed: number; colour: Rgb | null } {
  const a = pixels(on, box);
  const b = pixels(off, box);
  const changed = a.filter((p, i) => distance(p, b[i]!) > 24);
  return { changed: changed.length, colour: dominant(changed) };
}

/** How many pixels of `box` are within `tolerance` of `colour`. */
export function pixelsNear(shot: Shot, box: Box, colour: Rgb, tolerance: number): number {
  return pixels(shot, box, 0).filter((p) => distance(p, colour) <= tolerance).length;
}

/** The colour a reader tells a style by: its background, else its line. */
export function expectedColour(key: HighlightKey, variant: StyleVariant): Rgb {
  const style = styleOf(key, variant);
  const colour = style.background?.color ?? style.underline?.color;
  if (!colour) throw new Error(`${key} paints nothing in ${variant}`);
  return rgbOf(colour);
}

/** One word per highlight where that highlight is what shows, with its box. */
export interface Sample {
  key: HighlightKey;
  text: string;
  box: Box;
}

/**
 * For each highlight, a range where it is the one that shows: no overlapping highlight ranks
 * above it, and, for a style that is only a line, no overlapping highlight paints a background.
 * Also, where two highlights with backgrounds overlap, the overlap (the higher one must cover
 * the lower one there, not blend with it). Boxes are the first line of each range, in the
 * viewport. Runs in the page; everything it needs comes in `arg`.
 */
export function findSamples(
  page: PageLike,
  variant: StyleVariant,
): Promise<{ samples: Sample[]; overlaps: Array<Sample & { under: HighlightKey }> }> {
  const arg = {
    keys: [...HIGHLIGHT_KEYS],
    names: HIGHLIGHT_NAMES,
    priority: PRIORITY,
    hasBackground: Object.fromEntries(
      HIGHLIGHT_KEYS.map((k) => [k, styleOf(k, variant).background !== undefined]),
    ) as Record<HighlightKey, boolean>,
  };
  return page.evaluate(({ keys, names, priority, hasBackground }) => {
    type Key = (typeof keys)[number];
    const live = (r: AbstractRange): Range => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range;
    };
    const ranges = new Map<Key, Range[]>(
      keys.map((k) => [k, [...(CSS.highlights.get(names[k]) ?? [])].map(live)]),
    );
    const overlapping = (a: Range, b: Range) =>
      a.compareBoundaryPoints(Range.START_TO_END, b) > 0 &&
      a.compareBoundaryPoints(Range.END_TO_START, b) < 0;
    const boxOf = (r: Range) => {
      const rect = [...r.getClientRects()].find((q) => q.width >= 6 && q.height >= 6);
      if (!rect || rect.top < 0 || rect.bottom > window.innerHeight) return null;
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    };
    const samples = [];
    for (const key of keys) {
      for (const r of ranges.get(key) ?? []) {
        const hidden = keys.some(
          (other) =>
            other !== key &&
            (priority[other] > priority[key] || (!hasBackground[key] && hasBackground[other])) &&
            (ranges.get(other) ?? []).some((o) => overlapping(r, o)),
        );
        const box = hidden ? null : boxOf(r);
        if (box) {
          samples.push({ key, text: r.toString(), box });
          break;
        }
      }
    }
    const overlaps = [];
    for (const upper of keys) {
      for (const under of keys) {
        if (priority[upper] <= priority[under] || !hasBackground[upper] || !hasBackground[under])
          continue;
        for (const a of ranges.get(upper) ?? []) {
          const b = (ranges.get(under) ?? []).find((o) => overlapping(a, o));
          if (!b) continue;
          const both = document.createRange();
          const startA = a.compareBoundaryPoints(Range.START_TO_START, b) >= 0;
          both.setStart(
            startA ? a.startContainer : b.startContainer,
            startA ? a.startOffset : b.startOffset,
          );
          const endA = a.compareBoundaryPoints(Range.END_TO_END, b) <= 0;
          both.setEnd(endA ? a.endContainer : b.endContainer, endA ? a.endOffset : b.endOffset);
          // Where a third, higher highlight covers it too, the pair says nothing.
          const third = keys.some(
            (k) =>
              priority[k] > priority[upper] &&
              (ranges.get(k) ?? []).some((o) => overlapping(both, o)),
          );
          const box = third ? null : boxOf(both);
          if (box) {
            overlaps.push({ key: upper, under, text: both.toString(), box });
            break;
          }
        }
      }
    }
    return { samples, overlaps };
  }, arg);
}

/** The box of an element, in the viewport. */
export function boxOfElement(page: PageLike, selector: string): Promise<Box | null> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, selector);
}

/** What `measurePaint` saw, per highlight, for the log. */
export interface PaintReport {
  key: HighlightKey;
  text: string;
  changed: number;
  colour: string;
  expected: string;
  legendPixels: number;
}

/** Fewest changed pixels that count as painted (a 2 px line under a short word is ~40). */
const MIN_CHANGED = 20;
/** How far a measured colour may be from the table's (per channel, 0-255). */
const TOLERANCE = 20;

/**
 * Screenshots the article with highlights on (`page`), then off (`turnOff`), and the legend
 * (`legend`, the popup), and checks with vitest's `expect` that every highlight is painted, in
 * its table colour, unlike every other highlight, like its legend sample; and that where two
 * backgrounds overlap the higher one covers the lower one. `bringToFront` shows a page before
 * its screenshot (needed where only the front tab is painted).
 */
export async function checkPaint(options: {
  page: PageLike;
  legend: PageLike;
  variant: StyleVariant;
  turnOff(): Promise<void>;
  bringToFront(page: PageLike): Promise<void>;
}): Promise<PaintReport[]> {
  const { page, legend, variant, turnOff, bringToFront } = options;
  const { samples, overlaps } = await findSamples(page, variant);
  expect(samples.map((s) => s.key).sort(), 'a visible word for every highlight').toEqual(
    [...HIGHLIGHT_KEYS].sort(),
  );
  // The test article has an unnamed source and a hedge inside an attribution: with tints
  // for all, those are overlaps of two backgrounds, and one must cover the other.
  if (variant === 'tint') expect(overlaps.length, 'overlapping backgrounds').toBeGreaterThan(0);
  await bringToFront(page);
  const on = await shoot(page);
  await bringToFront(legend);
  const legendShot = await shoot(legend);
  await turnOff();
  await bringToFront(page);
  const off = await shoot(page);

  const report: PaintReport[] = [];
  const seen = new Map<HighlightKey, Rgb>();
  for (const { key, text, box } of samples) {
    const { changed, colour } = paintedChange(on, off, box);
    const expected = expectedColour(key, variant);
    const swatch = await boxOfElement(legend, `[data-testid=swatch-${key}]`);
    const legendPixels = colour && swatch ? pixelsNear(legendShot, swatch, colour, TOLERANCE) : 0;
    report.push({
      key,
      text,
      changed,
      colour: colour ? hex(colour) : 'none',
      expected: hex(expected),
      legendPixels,
    });
    expect(changed, `${key} ("${text}") is registered but not painted`).toBeGreaterThanOrEqual(
      MIN_CHANGED,
    );
    expect(
      distance(colour ?? [0, 0, 0], expected),
      `${key}: painted ${hex(colour ?? [0, 0, 0])}, table ${hex(expected)}`,
    ).toBeLessThanOrEqual(TOLERANCE);
    expect(
      legendPixels,
      `${key}: the legend sample shows no ${hex(colour ?? [0, 0, 0])}`,
    ).toBeGreaterThanOrEqual(8);
    if (colour) seen.set(key, colour);
  }
  for (const [a, ca] of seen) {
    for (const [b, cb] of seen) {
      if (a < b) expect(distance(ca, cb), `${a} and ${b} look alike`).toBeGreaterThan(40);
    }
  }
  for (const { key, under, text, box } of overlaps) {
    const { colour } = paintedChange(on, off, box);
    const upper = expectedColour(key, variant);
    const lower = expectedColour(under, variant);
    expect(
      distance(colour ?? [0, 0, 0], upper),
      `where ${key} overlaps ${under} ("${text}") ${key} shows, not ${hex(colour ?? [0, 0, 0])}`,
    ).toBeLessThanOrEqual(TOLERANCE);
    expect(distance(colour ?? [0, 0, 0], lower)).toBeGreaterThan(TOLERANCE);
    report.push({
      key,
      text: `${text} (over ${under})`,
      changed: 0,
      colour: colour ? hex(colour) : 'none',
      expected: hex(upper),
      legendPixels: 0,
    });
  }
  return report;
}
