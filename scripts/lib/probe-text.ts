/**
 * What the systematic probes (probe-unnamed, probe-cues, probe-sources-anon) share: filling a
 * sentence frame with a noun phrase (its article, capitals) and printing a share.
 */

/** The indefinite article English puts before `w`: `an official`, `a union`, `an MP`. */
export const article = (w: string): string =>
  /^(?:[aeio]|u(?!ni|se|ro|k)|hon|MP)/i.test(w) && !/^(?:one|eu|ewe)/i.test(w) ? 'an' : 'a';

/** `w` with its first letter capitalised. */
export const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Each word of `w` capitalised, as a headline in Title Case writes it. */
export const title = (w: string): string => w.split(' ').map(cap).join(' ');

/** `a` out of `b` as a percentage, right-aligned in `width` characters ('-' when `b` is 0). */
export const pct = (a: number, b: number, width = 5): string =>
  (b === 0 ? '-' : ((100 * a) / b).toFixed(1)).padStart(width);

/** Whether two spans share a character. */
export const overlaps = (
  a: { start: number; end: number },
  b: { start: number; end: number },
): boolean => a.start < b.end && b.start < a.end;
