/** Character classes the engine and the page's text map share, by UTF-16 unit. */

/** Whether a UTF-16 unit is JavaScript whitespace (`\s`). */
export function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether UTF-16 unit `c` is an ASCII lowercase letter (`[a-z]`). */
const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;

/**
 * `/[a-z]ed$/.test(w)` by character codes (asked of many tokens: a regular expression call cost
 * more than the three compares).
 */
export function endsLetterEd(w: string): boolean {
  const n = w.length;
  return (
    n >= 3 &&
    w.charCodeAt(n - 1) === 100 &&
    w.charCodeAt(n - 2) === 101 &&
    isLowerAscii(w.charCodeAt(n - 3))
  );
}

/**
 * `w.endsWith('s') && !w.endsWith('ss')`, a plural's shape, by character codes (`endsWith` is a
 * builtin call; asked of every candidate phrase's head).
 */
export function endsSingleS(w: string): boolean {
  const n = w.length;
  return n >= 1 && w.charCodeAt(n - 1) === 115 && !(n >= 2 && w.charCodeAt(n - 2) === 115);
}

/** `/[a-z]ing$/.test(w)` by character codes. */
export function endsLetterIng(w: string): boolean {
  const n = w.length;
  return (
    n >= 4 &&
    w.charCodeAt(n - 1) === 103 &&
    w.charCodeAt(n - 2) === 110 &&
    w.charCodeAt(n - 3) === 105 &&
    isLowerAscii(w.charCodeAt(n - 4))
  );
}
