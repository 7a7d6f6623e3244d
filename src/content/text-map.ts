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
 *
 * Text inside `code`, `kbd`, `samp` and preformatted blocks is read (a sentence keeps its
 * words) but marked `quiet`: nothing there is highlighted.
 *
 * A block quotation (`blockquote`) is someone else's words, which the page shows by its layout
 * alone: each of its paragraphs is read between inserted quotation marks (“…”), unless it opens
 * on one of its own, so that the engine reads an "I" there as the quoted speaker's, not the
 * writer's. The marks map like inserted breaks.
 *
 * The walk is iterative and can be run in steps (`buildTextMapSteps`, a generator that pauses
 * every few hundred nodes or so many thousand characters), so that a page of a million words
 * is read without one long task; `buildTextMap` runs it to the end at once.
 */
import type { Finding } from '../engine/types';
import { closest, firstChild, nextSibling, nodeType, textData } from './dom-access';
import {
  boundaryOf,
  isPreformatted,
  isQuietTag,
  QUIET_SELECTOR,
  tagOf,
  type Boundary,
} from './dom-rules';
import { runSteps, type Steps } from './steps';

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
   * Spans `[start, end)` of the text read from code, keyboard input, sample output and
   * preformatted blocks: part of the text, never highlighted. In text order, disjoint.
   */
  readonly quiet: readonly (readonly [number, number])[];
  /** Whether `text.slice(start, end)` overlaps a quiet span. */
  isQuiet(start: number, end: number): boolean;
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

/**
 * A skip rule that also tells the tag: null for an element left out, else its tag (the article
 * finder knows the tags it measured: reading them again is a DOM read per element).
 */
export type TagIfRead = (el: Element) => string | null;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Nodes visited, or characters read, between two pauses of `buildTextMapSteps`. */
const NODES_PER_STEP = 256;
const CHARS_PER_STEP = 32_768;

/**
 * Characters a reader never sees (soft hyphen, zero-width spaces and joiners, word joiner, BOM),
 * and whitespace that collapses (HTML's ASCII whitespace, plus no-break space, read as a space):
 * every character that collapses is at most U+00A0, every invisible one above it. The rest is
 * plain text.
 */
const LAST_COLLAPSIBLE = 0xa0;

/**
 * Where a run of plain text ends outside `pre`: a run of invisible or collapsing characters,
 * except one space between two plain characters, which reads as itself (what collapsing would
 * give) and stays in the run. A run of them is one match, not one a character: indentation
 * between tags and blank lines are most of a page's text nodes (lwn-1: 41,000 characters
 * matched one by one in an article of 25,000). The scan is native (a regular expression, not a
 * loop over the characters in JavaScript): the content script's code runs cold on every page.
 */
const RUN_END =
  /[\t\n\f\r \xa0\xad\u200b-\u200d\u2060\ufeff]{2,}|[\t\n\f\r\xa0\xad\u200b-\u200d\u2060\ufeff]| (?:(?![^\t\n\f\r \xa0\xad\u200b-\u200d\u2060\ufeff])|(?<![^\t\n\f\r \xa0\xad\u200b-\u200d\u2060\ufeff] ))/g;

/** What `pre` text leaves out: carriage returns and invisible characters (a run at a time). */
const PRE_DROPPED = /[\r\xad\u200b-\u200d\u2060\ufeff]+/g;

/** A quotation mark (or dash) that opens a quotation at the start of a paragraph. */
const OPENING_MARK = /^["'“‘„«‹—–-]/;

class Builder {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  readonly quiet: [number, number][] = [];
  length = 0;
  private lastChar = 0;
  /** Breaks owed before the next real character: 0, 1 ("\n") or 2 ("\n\n"). */
  private breaks = 0;
  /** Where the space owed before the next real character comes from. */
  private space: DomPosition | null = null;
  /** Quiet elements open around the current node, and where the outermost one's text began. */
  private quietDepth = 0;
  private quietStart = -1;
  /** Block quotations open around the current node. */
  private quoteDepth = 0;
  /** Whether the next real character starts a paragraph of a block quotation. */
  private quoteStart = false;
  /** Whether the paragraph being read opened with a quotation mark of ours, still to close. */
  private quoteOpen = false;

  requestBreak(level: 1 | 2): void {
    if (level === 2 && this.quoteDepth > 0) {
      this.closeQuote();
      this.quoteStart = true;
    }
    this.space = null;
    if (level > this.breaks) this.breaks = level;
  }

  requestSpace(node: Text, offset: number): void {
    if (this.breaks > 0 || this.length === 0 || this.space !== null) return;
    if (this.lastChar === 0x20 || this.lastChar === 0x0a) return;
    this.space = { node, offset };
  }

  enterQuiet(): void {
    if (this.quietDepth++ === 0) this.quietStart = -1;
  }

  exitQuiet(): void {
    if (--this.quietDepth > 0) return;
    if (this.quietStart >= 0 && this.length > this.quietStart) {
      this.quiet.push([this.quietStart, this.length]);
    }
    this.quietStart = -1;
  }

  enterQuote(): void {
    if (this.quoteDepth++ === 0) this.quoteStart = true;
  }

  exitQuote(): void {
    this.closeQuote();
    if (--this.quoteDepth === 0) this.quoteStart = false;
  }

  /** Closes the quotation mark a paragraph of a block quotation opened, if it did. */
  private closeQuote(): void {
    if (!this.quoteOpen) return;
    this.append('\u201d', null, 0);
    this.quoteOpen = false;
  }

  /** Appends `run`, the characters of `node.data` from `offset` on (one to one). */
  put(run: string, node: Text, offset: number): void {
    if (this.length > 0 && this.breaks > 0) {
      this.append(this.breaks === 2 ? '\n\n' : '\n', null, 0);
    } else if (this.space !== null) {
      this.append(' ', this.space.node, this.space.offset);
    }
    this.breaks = 0;
    this.space = null;
    if (this.quoteStart) {
      this.quoteStart = false;
      // (a quotation the page marks itself keeps its own marks)
      if (!OPENING_MARK.test(run)) {
        this.append('\u201c', null, 0);
        this.quoteOpen = true;
      }
    }
    if (this.quietDepth > 0 && this.quietStart < 0) this.quietStart = this.length;
    this.append(run, node, offset);
  }

  /** Appends characters, mapped to `node` from `offset` on (unmapped when `node` is null). */
  private append(run: string, node: Text | null, offset: number): void {
    const at = this.length;
    this.parts.push(run);
    this.length += run.length;
    this.lastChar = run.charCodeAt(run.length - 1);
    if (node === null) return;
    const seg = this.segments[this.segments.length - 1];
    if (
      seg !== undefined &&
      seg.node === node &&
      seg.end === at &&
      seg.nodeOffset + (seg.end - seg.start) === offset
    ) {
      seg.end = at + run.length;
    } else {
      this.segments.push({ start: at, end: at + run.length, node, nodeOffset: offset });
    }
  }
}

/**
 * Reads `node.data[from, to)`: plain runs go in whole, whitespace collapses unless `pre`. (Where
 * `from` and `to` cut a node in pieces, a space at the cut ends a run here and is put back by
 * `requestSpace` at once: the text and its segments come out as from the whole node.)
 *
 * Between two plain runs only the first collapsing character asks for a space: the builder
 * keeps the first space asked for until the next character goes in, and invisible characters
 * ask for none.
 */
function readText(
  b: Builder,
  node: Text,
  data: string,
  from: number,
  to: number,
  pre: boolean,
): void {
  const end = pre ? PRE_DROPPED : RUN_END;
  let run = from;
  end.lastIndex = from;
  for (let m = end.exec(data); m !== null && m.index < to; m = end.exec(data)) {
    const i = m.index;
    // A match that runs past the cut is read up to it; the next piece reads the rest.
    const stop = Math.min(end.lastIndex, to);
    if (i > run) b.put(pre ? asSpaces(data.slice(run, i)) : data.slice(run, i), node, run);
    if (!pre) {
      for (let k = i; k < stop; k++) {
        if (data.charCodeAt(k) <= LAST_COLLAPSIBLE) {
          b.requestSpace(node, k);
          break;
        }
      }
    }
    run = stop;
  }
  if (to > run) b.put(pre ? asSpaces(data.slice(run, to)) : data.slice(run, to), node, run);
}

/** No-break spaces read as spaces (one for one, so offsets stay). */
const asSpaces = (s: string): string => (s.includes('\u00a0') ? s.replace(/\u00a0/g, ' ') : s);

/** An element being read: what to do when its children are done. */
interface Frame {
  el: Element;
  boundary: Boundary;
  pre: boolean;
  quiet: boolean;
  /** Whether this element opened a quiet span (the outermost quiet element). */
  opensQuiet: boolean;
  /** Whether this element is a block quotation. */
  quotes: boolean;
}

function open(
  b: Builder,
  stack: Frame[],
  el: Element,
  tag: string,
  pre: boolean,
  quiet: boolean,
): void {
  const boundary = boundaryOf(tag);
  if (boundary === 'block') b.requestBreak(2);
  else if (boundary === 'line') b.requestBreak(1);
  const opensQuiet = !quiet && isQuietTag(tag);
  if (opensQuiet) b.enterQuiet();
  const quotes = tag === 'blockquote';
  if (quotes) b.enterQuote();
  stack.push({
    el,
    boundary,
    pre: pre || isPreformatted(tag),
    quiet: quiet || opensQuiet,
    opensQuiet,
    quotes,
  });
}

function close(b: Builder, frame: Frame): void {
  if (frame.boundary === 'block') b.requestBreak(2);
  else if (frame.boundary === 'line') b.requestBreak(1);
  if (frame.opensQuiet) b.exitQuiet();
  if (frame.quotes) b.exitQuote();
}

/** Reads `root` and everything in it that `skip` leaves in, pausing now and then. */
function* readRoot(b: Builder, root: Element, tagIfRead: TagIfRead): Steps<void> {
  const stack: Frame[] = [];
  // A root inside a pre or code element is read as such.
  const rootTag = tagOf(root);
  const inPre = isPreformatted(rootTag) || closest(root, 'pre') !== null;
  const inQuiet = !isQuietTag(rootTag) && closest(root, QUIET_SELECTOR) !== null;
  if (inQuiet) b.enterQuiet();
  if (rootTag === 'br') b.requestBreak(1);
  else open(b, stack, root, rootTag, inPre, inQuiet);
  let work = 0;
  let next: Node | null = stack.length > 0 ? firstChild(root) : null;
  while (stack.length > 0) {
    if (next === null) {
      const frame = stack.pop() as Frame;
      close(b, frame);
      if (stack.length === 0) break;
      next = nextSibling(frame.el);
      continue;
    }
    const node: Node = next;
    const type = nodeType(node);
    const top = stack[stack.length - 1] as Frame;
    next = nextSibling(node);
    if (type === TEXT_NODE) {
      const data = textData(node as Text);
      // A long text node is read in pieces (runs and spaces come out the same).
      for (let from = 0; from < data.length; from += CHARS_PER_STEP) {
        const to = Math.min(data.length, from + CHARS_PER_STEP);
        readText(b, node as Text, data, from, to, top.pre);
        if (to < data.length) yield;
      }
      work += data.length >> 7;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagIfRead(el);
      if (tag === null) {
        // Left out, with everything inside it.
      } else if (tag === 'br') {
        b.requestBreak(1);
      } else {
        open(b, stack, el, tag, top.pre, top.quiet);
        next = firstChild(el);
      }
    }
    if (++work >= NODES_PER_STEP) {
      work = 0;
      yield;
    }
  }
  if (inQuiet) b.exitQuiet();
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
  return runSteps(buildTextMapSteps(roots, skip));
}

/** `skip` as a `TagIfRead`: the tag read from the element when it is not left out. */
const tagsBy =
  (skip: SkipRule): TagIfRead =>
  (el) =>
    skip(el) ? null : tagOf(el);

/** `buildTextMap` in steps: a generator that pauses now and then and returns the map. */
export function* buildTextMapSteps(
  roots: readonly Element[],
  skip: SkipRule,
  tagIfRead: TagIfRead = tagsBy(skip),
): Steps<TextMap> {
  const b = new Builder();
  for (const root of roots) {
    b.requestBreak(2);
    yield* readRoot(b, root, tagIfRead);
  }
  return mapOf(b);
}

function mapOf(b: Builder): TextMap {
  const text = b.parts.join('');
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

  const quiet = b.quiet;
  return {
    text,
    segments,
    quiet,
    isQuiet(start, end) {
      // The last quiet span starting before `end` is the only one that can overlap.
      let lo = 0;
      let hi = quiet.length - 1;
      let found = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((quiet[mid] as [number, number])[0] < end) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found >= 0 && (quiet[found] as [number, number])[1] > start;
    },
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

/**
 * Drops what lies in quiet text (see {@link TextMap.quiet}): a finding there, or just the
 * source span of one outside. The page and the CLI's HTML input both go through it.
 */
export function audibleFindings(
  findings: readonly Finding[],
  map: Pick<TextMap, 'quiet' | 'isQuiet'>,
): Finding[] {
  if (map.quiet.length === 0) return findings as Finding[];
  const out: Finding[] = [];
  for (const f of findings) {
    if (map.isQuiet(f.start, f.end)) continue;
    if (f.source && map.isQuiet(f.source.start, f.source.end)) {
      const rest = { ...f };
      delete rest.source;
      out.push(rest);
    } else {
      out.push(f);
    }
  }
  return out;
}
