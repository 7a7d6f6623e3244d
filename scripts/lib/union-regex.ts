/**
 * One regular expression that finds any of a list of strings in page text, for the mark.js
 * reference of `bench:page`: written as a prefix tree (`a(?:ccus(?:e|ed)|...)`) so that a list
 * of thousands of strings stays on V8's fast path (a flat `a|b|c` union of that size runs
 * several times slower and would flatter the extension), with every space matching any run of
 * whitespace (the DOM holds line breaks and runs of spaces where the article text has one
 * space) and letter or digit boundaries at both ends.
 */

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The pattern source (flags `gu`) matching any of `strings`, longest first where one is a prefix. */
export function unionPattern(strings: readonly string[]): string {
  const root: TrieNode = { next: new Map(), end: false };
  const unique = new Set(strings.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean));
  for (const s of unique) {
    let node = root;
    for (const ch of s) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const alts = [...node.next]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([ch, child]) => (ch === ' ' ? '\\s+' : escapeRe(ch)) + source(child));
    if (alts.length === 0) return '';
    const body = alts.length === 1 ? (alts[0] as string) : `(?:${alts.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return `(?<![\\p{L}\\p{N}])(?:${source(root)})(?![\\p{L}\\p{N}])`;
}
