/**
 * Whitespace as a reader sees it: the page's text keeps its line breaks, tabs and runs of
 * spaces, which a snippet, a quote or a name shown in the popup, the card or the CLI should not.
 */

/**
 * `s` with every run of whitespace made one space and, unless `keepEnds`, no space at either
 * end. `keepEnds` is for a piece that sits against other words (a quote's prefix and suffix):
 * its edge spaces separate it from them.
 */
export function squash(s: string, keepEnds = false): string {
  const one = s.replace(/\s+/g, ' ');
  return keepEnds ? one : one.trim();
}
