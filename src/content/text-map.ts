/**
 * Turns the article's root elements into ONE string, as a reader sees it, plus
 * a map from every offset in that string back to a text node and an offset in
 * it. Everything else (the engine, the highlighter, notes) works on the string;
 * only this module knows how the string was read from the DOM.
 *
 * Reading rules: whitespace runs collapse to one space (except in `pre`), text
 * is trimmed at block edges, block elements (paragraphs, headings, list items,
 * divs) are separated by "\n\n", `br` and table cells by "\n", soft hyphens
 * and zero-width characters are dropped. Inserted spaces and breaks map to the
 * nearest real character, so any span of the string maps to an exact DOM range.
 */
import { boundaryOf, isPreformatted, tagOf } from './dom-rules';

/** A run of the text whose characters map one to one onto consecutive characters of one node. */
export interface Segment {
  /** Offset in the text of the run's first character. */
  start: number;
  /** Offset in the text just after the run. */
  end: number;
  node: Text;
  /** Offset in `node.data` of the run's first character. */
  nodeOffset: number;
}

/** A position in the DOM: a text node and an offset into its data. */
export interface DomPosition {
  node: Text;
  offset: number;
}

/** The data `new StaticRange(init)` takes, with text nodes at both ends. */
export interface TextRangeInit {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** The article as one string plus the way back to the DOM. */
export interface TextMap {
  readonly text: string;
  /** Runs in text order, non-overlapping; characters between runs are inserted breaks. */
  readonly segments: readonly Segment[];
  /**
   * The DOM position before the character at `offset` (`side: 'start'`) or after
   * the character at `offset - 1` (`side: 'end'`). Inserted breaks resolve to the
   * next (start) or previous (end) real character. Null outside the text.
   */
  positionAt(offset: number, side: 'start' | 'end'): DomPosition | null;
  /** The DOM range of `text.slice(start, end)`, or null if it holds no real character. */
  rangeFor(start: number, end: number): TextRangeInit | null;
  /** The text offset of a DOM position inside a mapped text node, or null if it is not mapped. */
  offsetAt(node: Node, offset: number): number | null;
}

/** Decides whether an element (and its subtree) is left out of the text. */
export type SkipRule = (el: Element) => boolean;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Characters a reader never sees: soft hyphen, zero-width spaces and joiners, BOM. */
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
/** Whitespace that collapses (HTML's ASCII whitespace, plus no-break space, read as a space). */
const COLLAPSIBLE = new Set([' ', '\t', '\n', '\r', '\f', '\u00a0']);

class Builder {
  readonly chars: string[] = [];
  readonly segments: Segment[] = [];
  /** Breaks owed before the next real character: 0, 1 ("\n") or 2 ("\n\n"). */
  private breaks = 0;
  /** Where the space owed before the next real character comes from. */
  private space: DomPosition | null = null;

  get length(): number {
    return this.chars.length;
  }

  requestBreak(level: 1 | 2): void {
    this.space = null;
    if (level > this.breaks) this.breaks = level;
  }

  requestSpace(node: Text, offset: number): void {
    if (this.breaks > 0 || this.length === 0 || this.space !== null) return;
    const last = this.chars[this.length - 1];
    if (last === ' ' || last === '\n') return;
    this.space = { node, offset };
  }

  /** Appends a character that comes from `node.data[offset]`. */
  put(ch: string, node: Text, offset: number): void {
    if (this.length > 0 && this.breaks > 0) {
      for (let i = 0; i < this.breaks; i++) this.chars.push('\n');
    } else if (this.space !== null) {
      this.map(' ', this.space.node, this.space.offset);
    }
    this.breaks = 0;
    this.space = null;
    this.map(ch, node, offset);
  }

  private map(ch: string, node: Text, offset: number): void {
    const at = this.length;
    this.chars.push(ch);
    const seg = this.segments[this.segments.length - 1];
    if (
      seg !== undefined &&
      seg.node === node &&
      seg.end === at &&
      seg.nodeOffset + (seg.end - seg.start) === offset
    ) {
      seg.end = at + 1;
    } else {
      this.segments.push({ start: at, end: at + 1, node, nodeOffset: offset });
    }
  }
}

function readText(b: Builder, node: Text, pre: boolean): void {
  const data = node.data;
  for (let i = 0; i < data.length; i++) {
    const ch = data.charAt(i);
    if (INVISIBLE.has(ch)) continue;
    if (pre) {
      if (ch === '\r') continue;
      b.put(ch === '\u00a0' ? ' ' : ch, node, i);
    } else if (COLLAPSIBLE.has(ch)) {
      b.requestSpace(node, i);
    } else {
      b.put(ch, node, i);
    }
  }
}

function readChildren(b: Builder, parent: Element, skip: SkipRule, pre: boolean): void {
  for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      readText(b, child as Text, pre);
    } else if (child.nodeType === ELEMENT_NODE) {
      const el = child as Element;
      if (skip(el)) continue;
      readElement(b, el, skip, pre);
    }
  }
}

function readElement(b: Builder, el: Element, skip: SkipRule, pre: boolean): void {
  const tag = tagOf(el);
  if (tag === 'br') {
    b.requestBreak(1);
    return;
  }
  const boundary = boundaryOf(el);
  if (boundary === 'block') b.requestBreak(2);
  else if (boundary === 'line') b.requestBreak(1);
  readChildren(b, el, skip, pre || isPreformatted(el));
  if (boundary === 'block') b.requestBreak(2);
  else if (boundary === 'line') b.requestBreak(1);
}

/** Index of the last segment whose start is <= offset (or < offset when `strict`), else -1. */
function lastStartingBefore(segments: readonly Segment[], offset: number, strict: boolean): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as Segment;
    if (strict ? s.start < offset : s.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * Reads `roots` (in the order given, a paragraph break between them) into one
 * string and its map. Elements for which `skip` returns true are left out with
 * everything inside them; the roots themselves are always read.
 */
export function buildTextMap(roots: readonly Element[], skip: SkipRule): TextMap {
  const b = new Builder();
  for (const root of roots) {
    b.requestBreak(2);
    readElement(b, root, skip, isPreformatted(root) || root.closest('pre') !== null);
  }
  const text = b.chars.join('');
  const segments = b.segments;
  let byNode: Map<Node, number[]> | null = null;

  /** Segment index and position for a text offset; see TextMap.positionAt. */
  const locate = (offset: number, side: 'start' | 'end'): [number, DomPosition] | null => {
    if (segments.length === 0 || offset < 0 || offset > text.length) return null;
    if (side === 'start') {
      const i = lastStartingBefore(segments, offset, false);
      const s = segments[i];
      if (s !== undefined && offset < s.end) {
        return [i, { node: s.node, offset: s.nodeOffset + (offset - s.start) }];
      }
      const next = segments[i + 1];
      return next === undefined ? null : [i + 1, { node: next.node, offset: next.nodeOffset }];
    }
    const i = lastStartingBefore(segments, offset, true);
    const s = segments[i];
    if (s === undefined) return null;
    const at = Math.min(offset, s.end);
    return [i, { node: s.node, offset: s.nodeOffset + (at - s.start) }];
  };

  return {
    text,
    segments,
    positionAt(offset, side) {
      return locate(offset, side)?.[1] ?? null;
    },
    rangeFor(start, end) {
      if (!(start < end)) return null;
      const a = locate(Math.max(0, start), 'start');
      const z = locate(Math.min(text.length, end), 'end');
      if (a === null || z === null || a[0] > z[0]) return null;
      // Only inserted breaks between the two ends: nothing real to cover.
      if (a[0] === z[0] && a[1].offset >= z[1].offset) return null;
      return {
        startContainer: a[1].node,
        startOffset: a[1].offset,
        endContainer: z[1].node,
        endOffset: z[1].offset,
      };
    },
    offsetAt(node, offset) {
      if (byNode === null) {
        const index = new Map<Node, number[]>();
        segments.forEach((s, i) => {
          const list = index.get(s.node);
          if (list) list.push(i);
          else index.set(s.node, [i]);
        });
        byNode = index;
      }
      const list = byNode.get(node);
      if (list === undefined) return null;
      for (const i of list) {
        const s = segments[i] as Segment;
        if (offset < s.nodeOffset) return s.start; // a collapsed or invisible character
        if (offset <= s.nodeOffset + (s.end - s.start)) return s.start + (offset - s.nodeOffset);
      }
      const last = segments[list[list.length - 1] as number];
      return last === undefined ? null : last.end;
    },
  };
}
