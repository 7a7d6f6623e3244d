/**
 * Finds the article on a page: its root element(s), its headline, and which
 * elements inside it are furniture rather than story. DOM-generic: tag names,
 * attributes, text lengths and link density only, no layout, so it gives the
 * same answer on a live page and on a linkedom Document in Node (the CLI).
 *
 * Order of preference: `[itemprop=articleBody]`, the body classes news sites
 * use, `article`, `main`; each is accepted only if it holds most of the prose
 * that a Readability-style paragraph scoring finds, else that scoring's answer.
 *
 * Every pass over the page is a generator that pauses every few hundred elements
 * (`extractArticleSteps`), so that the content script can read a huge page in slices;
 * `extractArticle` runs it to the end at once.
 */
import {
  children,
  contains,
  documentBody,
  documentElement,
  documentTitle,
  firstChild,
  getAttribute,
  hasAttributes,
  nextElementSibling,
  nextSibling,
  nodeType,
  parentElement,
  querySelector,
  querySelectorAll,
  textContent,
  textData,
} from './dom-access';
import {
  NEGATIVE,
  POSITIVE,
  type ElementNames,
  captionList,
  classAndId,
  isBlockTag,
  isSkippedElement,
  isCaption,
  isUnlikely,
  namesCaption,
  namesUnlikely,
  lowerAscii,
  precedes,
  tagOf,
} from './dom-rules';
import { isSpace } from '../engine/chars';
import { runSteps, type Steps } from './steps';
import { buildTextMapSteps, type SkipRule, type TagIfRead, type TextMap } from './text-map';

/** How the article was found, for diagnostics and tests. */
export type ArticleMethod = 'itemprop' | 'class' | 'article' | 'main' | 'score' | 'body';

/** The article on a page. */
export interface Article {
  /** Elements to read, in reading order; the headline comes first when it lies outside them. */
  roots: Element[];
  /** The story's headline, if one was found near the article. */
  headline: Element | null;
  method: ArticleMethod;
  /** Which elements inside the roots to leave out (chrome, link lists, hidden or editable parts). */
  skip: SkipRule;
  /** `skip` for the reading of the text: null if left out, else the tag as measured. */
  tagIfRead: TagIfRead;
}

/** Per-element measures, gathered in one pass over the body. */
interface Stats {
  /** Visible-ish text length (whitespace runs counted once). */
  text: number;
  /** Text inside links. */
  link: number;
  /** Text in paragraphs (p, pre, and divs used as paragraphs). */
  para: number;
  /** The same, leaving out paragraphs in boxes named like furniture. */
  likelyPara: number;
  commas: number;
  /** Whether a block element lies inside. */
  hasBlock: boolean;
  /** Whether this element or an ancestor is unlikely by class or id. */
  unlikely: boolean;
  el: Element;
  /** Tag, class and id as read when measured: the later passes ask these, not the page. */
  tag: string;
  cls: string | null;
  id: string | null;
  /** The parent's measures (null for the root of the pass). */
  parent: Stats | null;
}

/** Selectors for the article body that news and blog platforms use. */
const BODY_SELECTORS = [
  '.article-body',
  '.article__body',
  '.articleBody',
  '.article-content',
  '.article__content',
  '.article-text',
  '.articleText',
  '.story-body',
  '.storyBody',
  '.story-content',
  '.story-text',
  '.entry-content',
  '.post-content',
  '.post-body',
  '.post-entry',
  '.body-text',
  '.c-entry-content',
  '.content__article-body',
  '.StoryBodyCompanionColumn',
  '.zn-body__paragraph',
  '#article-body',
  '#articleBody',
  '#story-body',
  '#storytext',
].join(',');

const LEVELS: readonly { method: ArticleMethod; selector: string }[] = [
  { method: 'itemprop', selector: '[itemprop~="articleBody"]' },
  { method: 'class', selector: BODY_SELECTORS },
  { method: 'article', selector: 'article' },
  { method: 'main', selector: 'main, [role="main"]' },
];

const PARAGRAPH_TAGS = new Set(['p', 'pre']);
/** Containers that read as paragraphs when they hold text and no blocks. */
const DIV_LIKE = new Set(['div', 'section', 'td', 'span', 'font']);
const LINK_LIST_TAGS = new Set(['ul', 'ol', 'dl', 'div', 'section', 'table', 'p']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
/** Shortest text that counts as a paragraph (Readability's figure). */
const MIN_PARAGRAPH = 25;
/** Least paragraph text for an article at all. */
const MIN_ARTICLE = 140;

export { isSpace };

const NON_SPACE = /\S/;
/** Two or more whitespace characters in a row (`\s`: what `isSpace` tests). */
const SPACE_RUN = /\s{2,}/g;

/**
 * The length of `s` with each whitespace run counted once; 0 for whitespace only. Native
 * searches, not a loop over the characters: the content script's code runs cold on each page.
 */
function collapsedLength(s: string): number {
  return NON_SPACE.test(s) ? s.replace(SPACE_RUN, ' ').length : 0;
}

/** Elements visited between two pauses of a pass over the page. */
const ELEMENTS_PER_STEP = 256;

/** An element being measured, with the sums of what was measured inside it so far. */
interface MeasureFrame extends Stats {
  /** Child node to measure next. */
  next: Node | null;
  childLikely: number;
  direct: number;
  directCommas: number;
  childPara: number;
}

class Measure {
  readonly stats = new Map<Element, Stats>();
  /** Paragraph-like elements and their scores, in document order. */
  readonly paragraphs: { st: Stats; len: number; commas: number }[] = [];
  /** Whether the root of the pass is itself left out by the fixed rules (never measured so). */
  private rootSkipped = false;

  /** The walk in progress (`begin`, then `walk` until it returns the root's measures). */
  private stack: MeasureFrame[] = [];
  /** The class and id of the element just checked (read with its other attributes). */
  private readonly names: ElementNames = { cls: null, id: null };

  /**
   * Measures `root` and its subtree (skipped subtrees count as nothing), children before
   * parents, pausing every few hundred elements. Iterative: a deep page cannot overflow the stack.
   * Each element's node is read once here: tag, class and id are kept for the passes after.
   */
  *visit(root: Element): Steps<Stats> {
    this.begin(root);
    for (;;) {
      const st = this.walk();
      if (st !== null) return st;
      yield;
    }
  }

  /** Starts the walk at `root`. */
  private begin(root: Element): void {
    const rootTag = tagOf(root);
    const names = this.names;
    this.rootSkipped = isSkippedElement(root, rootTag, names);
    if (this.rootSkipped) {
      // Never measured as skipped: its class and id are read here.
      names.cls = hasAttributes(root) ? getAttribute(root, 'class') : null;
      names.id = hasAttributes(root) ? getAttribute(root, 'id') : null;
    }
    this.stack = [this.frame(root, rootTag, null, names)];
  }

  /**
   * Walks on for one step's worth of elements: the root's measures when the walk is over, else
   * null. A plain function with its loop inside, not a generator: its loop runs for the whole
   * page on the page's first (cold) run of this code, and V8 optimises a generator's frame only
   * by the loop that drives it, never the generator itself (session 37: `--trace-osr`).
   */
  private walk(): Stats | null {
    const stack = this.stack;
    const names = this.names;
    let work = 0;
    for (;;) {
      const top = stack[stack.length - 1] as MeasureFrame;
      const child = top.next;
      if (child === null) {
        const st = this.finish(top);
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent === undefined) return st;
        const tag = top.tag;
        parent.text += st.text;
        parent.link += tag === 'a' ? st.text : st.link;
        parent.commas += st.commas;
        parent.childPara += st.para;
        if (!st.unlikely) parent.childLikely += st.likelyPara;
        if (st.hasBlock || isBlockTag(tag) || tag === 'br') parent.hasBlock = true;
        continue;
      }
      top.next = nextSibling(child);
      const type = nodeType(child);
      if (type === TEXT_NODE) {
        const data = textData(child as Text);
        top.direct += collapsedLength(data);
        top.directCommas += countCommas(data);
        work += data.length >> 7;
      } else if (type === ELEMENT_NODE) {
        const tag = tagOf(child as Element);
        if (!isSkippedElement(child as Element, tag, names)) {
          stack.push(this.frame(child as Element, tag, top, names));
          work++;
        }
      }
      if (work >= ELEMENTS_PER_STEP) return null;
    }
  }

  private frame(
    el: Element,
    tag: string,
    parent: MeasureFrame | null,
    names: ElementNames,
  ): MeasureFrame {
    const { cls, id } = names;
    return {
      text: 0,
      link: 0,
      para: 0,
      likelyPara: 0,
      commas: 0,
      hasBlock: false,
      unlikely: (parent !== null && parent.unlikely) || namesUnlikely(tag, cls, id),
      el,
      tag,
      cls,
      id,
      parent,
      next: firstChild(el),
      childLikely: 0,
      direct: 0,
      directCommas: 0,
      childPara: 0,
    };
  }

  /** Completes an element's measures once its children are done. */
  private finish(st: MeasureFrame): Stats {
    const { tag, direct, directCommas } = st;
    st.text += direct;
    st.commas += directCommas;
    if (tag === 'a') st.link = st.text;
    const asParagraph = PARAGRAPH_TAGS.has(tag) || (DIV_LIKE.has(tag) && !st.hasBlock);
    if (asParagraph) {
      st.para = st.text;
      st.likelyPara = st.text;
      if (st.text >= MIN_PARAGRAPH) {
        this.paragraphs.push({ st, len: st.text, commas: st.commas });
      }
    } else {
      st.para = st.childPara;
      st.likelyPara = st.childLikely;
      // Text loose in a container with blocks (text<br>text<p>...) reads as paragraphs too.
      if (direct >= MIN_PARAGRAPH && tag !== 'body' && DIV_LIKE.has(tag)) {
        st.para += direct;
        st.likelyPara += direct;
        this.paragraphs.push({ st, len: direct, commas: directCommas });
      }
    }
    this.stats.set(st.el, st);
    return st;
  }

  /** Whether an element or an ancestor is left out by the fixed rules (nav, aside, hidden...). */
  insideSkipped(el: Element): boolean {
    // Measured: neither it nor an ancestor below the root was left out.
    if (this.stats.has(el)) return this.rootSkipped;
    for (let e: Element | null = el; e !== null; e = parentElement(e)) {
      if (isSkippedElement(e)) return true;
    }
    return false;
  }

  /** Whether an element's own class or id name it as furniture (`isUnlikely`). */
  unlikelyByName(el: Element): boolean {
    const st = this.stats.get(el);
    return st === undefined ? isUnlikely(el) : namesUnlikely(st.tag, st.cls, st.id);
  }
}

function countCommas(s: string): number {
  let n = 0;
  for (let i = s.indexOf(','); i !== -1; i = s.indexOf(',', i + 1)) n++;
  return n;
}

/** Readability's class weight: +25 / -25 for class and id words that suggest story or chrome. */
const classWeight = (st: Stats): number => nameWeight(st.cls) + nameWeight(st.id);

function nameWeight(name: string | null): number {
  if (!name) return 0;
  const lower = lowerAscii(name);
  return (NEGATIVE.test(lower) ? -25 : 0) + (POSITIVE.test(lower) ? 25 : 0);
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

const paraOf = (st: Stats | undefined, strict: boolean): number =>
  st === undefined ? 0 : strict ? st.likelyPara : st.para;

const density = (st: Stats | undefined): number =>
  st === undefined || st.text === 0 ? 0 : st.link / st.text;

/**
 * Readability-style candidate scoring: returns the best root and its worthy
 * siblings. `strict` leaves out paragraphs inside unlikely (furniture) boxes.
 */
function* scoreRoots(m: Measure, body: Element, strict: boolean): Steps<Element[]> {
  const scores = new Map<Element, number>();
  const bump = (st: Stats, by: number): void => {
    const base = scores.get(st.el) ?? tagWeight(st.tag) + classWeight(st);
    scores.set(st.el, base + by);
  };
  let work = 0;
  for (const p of m.paragraphs) {
    if (++work % ELEMENTS_PER_STEP === 0) yield;
    if (strict && p.st.unlikely) continue;
    const score = 1 + p.commas + Math.min(Math.floor(p.len / 100), 3);
    // A paragraph scores for its container; a div used as a paragraph also for itself.
    let st: Stats | null = PARAGRAPH_TAGS.has(p.st.tag) ? p.st.parent : p.st;
    for (let level = 0; st !== null && level < 5; level++, st = st.parent) {
      bump(st, level === 0 ? score : level === 1 ? score / 2 : score / (level * 3));
      if (st.el === body) break;
    }
  }
  let top: Element | null = null;
  let topScore = -Infinity;
  const final = new Map<Element, number>();
  for (const [el, s] of scores) {
    const f = s * (1 - density(m.stats.get(el)));
    final.set(el, f);
    // The body itself may win: a bare page whose paragraphs sit right in it.
    if (f > topScore && el !== body) {
      top = el;
      topScore = f;
    }
  }
  if (top === null) return [];

  // Several near-best candidates under one ancestor: the story is that ancestor
  // (Readability's "alternative candidates" step).
  const alternatives = [...final]
    .filter(([el, f]) => el !== top && f >= topScore * 0.75 && tagOf(el) !== 'body' && el !== body)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([el]) => el);
  if (alternatives.length >= 3) {
    for (
      let p = parentElement(top);
      p !== null && p !== body && tagOf(p) !== 'body';
      p = parentElement(p)
    ) {
      const holder = p;
      if (alternatives.filter((a) => contains(holder, a)).length >= 3) {
        top = p;
        topScore = final.get(p) ?? topScore;
        break;
      }
    }
  }

  // Climb while an ancestor scores higher: the story is split over several containers.
  let last = topScore;
  for (
    let p = parentElement(top);
    p !== null && p !== body && tagOf(p) !== 'body';
    p = parentElement(p)
  ) {
    const s = final.get(p);
    if (s === undefined) continue;
    if (s < topScore / 3) break;
    if (s > last) {
      top = p;
      topScore = s;
      break;
    }
    last = s;
  }
  // A lone child says nothing its parent does not.
  for (
    let up = parentElement(top);
    up !== null && up !== body && children(up).length === 1;
    up = parentElement(up)
  ) {
    top = up;
  }

  const parent = parentElement(top);
  if (parent === null) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = getAttribute(top, 'class') ?? '';
  const roots: Element[] = [];
  for (const sib of Array.from(children(parent))) {
    if (sib === top) {
      roots.push(sib);
      continue;
    }
    const st = m.stats.get(sib);
    if (st === undefined || (strict && st.unlikely)) continue;
    let s = final.get(sib) ?? 0;
    if (topClass !== '' && getAttribute(sib, 'class') === topClass) s += topScore * 0.2;
    const topPara = paraOf(m.stats.get(top), strict);
    // A sibling holding a good share of prose is the story continued (its paragraphs
    // may sit too deep to have scored it).
    const sibPara = paraOf(st, strict);
    const prose = sibPara >= topPara * 0.25 && sibPara >= MIN_ARTICLE && density(st) < 0.25;
    if (s >= threshold || prose) {
      roots.push(sib);
    } else if (tagOf(sib) === 'p') {
      const ld = density(st);
      const text = textContent(sib) ?? '';
      if ((st.text > 80 && ld < 0.25) || (st.text > 0 && ld === 0 && /\.( |$)/.test(text))) {
        roots.push(sib);
      }
    }
  }
  return roots;
}

/** The outermost matches of a selector that lie in readable (and, if `strict`, likely) parts. */
function semanticCandidates(
  doc: Document,
  selector: string,
  m: Measure,
  strict: boolean,
): Element[] {
  const found = querySelectorAll(doc, selector).filter((el) => {
    const st = m.stats.get(el);
    // No stats: inside a skipped subtree. Unlikely: e.g. in a related-stories box.
    return st !== undefined && !(strict && st.unlikely);
  });
  // In document order an element comes right after its ancestors: keep those not inside the
  // last one kept.
  const outermost: Element[] = [];
  for (const el of found) {
    const last = outermost[outermost.length - 1];
    if (last === undefined || !contains(last, el)) outermost.push(el);
  }
  return outermost;
}

/**
 * Finds the article's root element(s) and headline in `doc`, and the rule that
 * leaves furniture inside them out. Always returns at least one root (the body
 * when nothing better is found).
 */
export function findArticle(doc: Document): Article {
  return runSteps(findArticleSteps(doc));
}

/** `findArticle` in steps: a generator that pauses now and then and returns the article. */
export function* findArticleSteps(doc: Document): Steps<Article> {
  // Measure from the document element: a malformed page can leave `doc.body`
  // empty (linkedom opens a second body when content precedes <head>).
  const body = documentElement(doc);
  if (body === null) throw new Error('This page has no document element.');
  const m = new Measure();
  yield* m.visit(body);

  const strictPara = (el: Element): number => m.stats.get(el)?.likelyPara ?? 0;
  let para = strictPara;
  const sum = (els: readonly Element[]): number => els.reduce((n, el) => n + para(el), 0);

  // Like Readability, retry without the furniture rule when it leaves too little:
  // some sites wrap the whole page in a box named like furniture.
  let strict = true;
  // Each pass below is short on a warm page, but the first on a page runs its code cold: a
  // pause between passes keeps any one slice from holding several of them.
  yield;
  let scored = yield* scoreRoots(m, body, true);
  if (sum(scored) < 500 && (m.stats.get(body)?.para ?? 0) > 500) {
    strict = false;
    para = (el) => m.stats.get(el)?.para ?? 0;
    yield;
    scored = yield* scoreRoots(m, body, false);
  }
  const reference = sum(scored);
  let roots: Element[] = scored;
  let method: ArticleMethod = scored.length > 0 ? 'score' : 'body';

  for (const level of LEVELS) {
    yield;
    const candidates = semanticCandidates(doc, level.selector, m, strict);
    if (candidates.length === 0) continue;
    // A loop, not Math.max(...list): a page can hold more candidates than a call takes arguments.
    let best = 0;
    for (const el of candidates) best = Math.max(best, para(el));
    if (best < MIN_ARTICLE) continue;
    // Several matches: the story split in parts; tiny ones are teasers for other stories.
    const chosen = candidates.filter((el) => para(el) >= best * 0.15);
    const total = sum(chosen);
    if (total < reference * 0.5) continue;
    if (level.method === 'main' && reference > 0 && total > reference * 1.5) continue;
    roots = chosen;
    method = level.method;
    break;
  }
  if (roots.length === 0) {
    const docBody = documentBody(doc);
    roots = [docBody !== null && (m.stats.get(docBody)?.text ?? 0) > 0 ? docBody : body];
  }

  const rootParaAll = roots.reduce((n, el) => n + (m.stats.get(el)?.para ?? 0), 0);
  /** Whether a measured element is left out. */
  const leftOut = (st: Stats): boolean => {
    // A box holding nearly all of the story is the story, whatever its name.
    const share = rootParaAll === 0 ? 0 : st.para / rootParaAll;
    if (share >= 0.8) return false;
    if (namesUnlikely(st.tag, st.cls, st.id)) return true;
    // Captions, credits and author notes describe the story's pictures and writer.
    if (namesCaption(st.tag, st.cls, st.id)) return true;
    // Lists and boxes of links ("Related", "Read more", tag clouds) are not prose.
    return LINK_LIST_TAGS.has(st.tag) && st.text > 0 && st.link / st.text > 0.5;
  };
  const skip: SkipRule = (el) => {
    const st = m.stats.get(el);
    // Not measured: left out by the fixed rules (or new on a live page since).
    if (st === undefined) return isSkippedElement(el) || isUnlikely(el) || isCaption(el);
    return leftOut(st) || captionList(el, st.tag);
  };
  // The same rule for the reading of the text, with the tag measured (one lookup, no read).
  const tagIfRead: TagIfRead = (el) => {
    const st = m.stats.get(el);
    if (st === undefined) {
      return isSkippedElement(el) || isUnlikely(el) || isCaption(el) ? null : tagOf(el);
    }
    return leftOut(st) || captionList(el, st.tag) ? null : st.tag;
  };

  yield;
  const headline = findHeadline(doc, roots, skip, m);
  if (headline === null || roots.some((r) => readsInside(r, headline, skip))) {
    return { roots, headline, method, skip, tagIfRead };
  }
  yield;
  const dek = yield* findDek(headline, roots, skip, m);
  return {
    roots: [headline, ...(dek ? [dek] : []), ...roots],
    headline,
    method,
    skip,
    tagIfRead,
  };
}

/** Class names of the summary line under a headline (dek, standfirst). */
const DEK = /dek|standfirst|subtitle|sub-?head|summary|excerpt|description|lede|intro/;

/** The elements that may be a dek: p, h2, div and span with a class or an id. */
const DEK_CANDIDATES = ['p', 'h2', 'div', 'span']
  .flatMap((tag) => [`${tag}[class]`, `${tag}[id]`])
  .join(', ');

/**
 * The summary under a headline that lies outside the article body (the
 * "standfirst"): an h2 or p right after the h1, or an element named like one
 * between the headline and the body. It often carries attribution too.
 */
function* findDek(
  headline: Element,
  roots: readonly Element[],
  skip: SkipRule,
  m: Measure,
): Steps<Element | null> {
  const first = roots[0];
  if (first === undefined) return null;
  let scope: Element | null = parentElement(headline);
  while (scope !== null && !contains(scope, first)) scope = parentElement(scope);
  if (scope === null) return null;
  const between = (el: Element): boolean =>
    precedes(headline, el) &&
    precedes(el, first) &&
    !contains(el, first) &&
    !contains(headline, el);
  const fitting = (el: Element): boolean => {
    const len = collapsedLength(textContent(el) ?? '');
    return len >= 40 && len <= 600 && !m.insideSkipped(el) && !skip(el);
  };
  const next = nextElementSibling(headline);
  if (next !== null && (tagOf(next) === 'h2' || tagOf(next) === 'p') && fitting(next)) return next;
  let work = 0;
  // Only an element with a class or an id can be named like a dek: the others are not asked for
  // (on a large page most divs and spans have neither, and each one found costs a wrapper).
  for (const el of querySelectorAll(scope, DEK_CANDIDATES)) {
    if (++work % ELEMENTS_PER_STEP === 0) yield;
    const names = lowerAscii(classAndId(el));
    if (DEK.test(names) && !m.unlikelyByName(el) && between(el) && fitting(el)) return el;
  }
  return null;
}

/** Whether `el` lies in `root` and is read there (no skipped element on the way). */
function readsInside(root: Element, el: Element, skip: SkipRule): boolean {
  if (!contains(root, el)) return false;
  for (let e: Element | null = el; e !== null && e !== root; e = parentElement(e)) {
    if (skip(e)) return false;
  }
  return true;
}

/** How far up from the article a headline may sit (levels to the common ancestor). */
const HEADLINE_REACH = 6;

/** The story's h1: inside the roots, or the nearest one before them, close in the tree. */
function findHeadline(
  doc: Document,
  roots: readonly Element[],
  skip: SkipRule,
  m: Measure,
): Element | null {
  const first = roots[0];
  if (first === undefined) return null;
  const titles = [metaTitle(doc), documentTitle(doc) ?? ''].filter((t) => t.trim() !== '');
  const h1s = querySelectorAll(doc, 'h1').filter((h) => {
    const text = textContent(h) ?? '';
    const len = collapsedLength(text);
    // A section name in an h1 ("Allergies Health Center") is not the story's headline.
    const fits = titles.length === 0 || titles.some((t) => resembles(text, t));
    return len > 0 && len <= 400 && fits && !m.insideSkipped(h);
  });
  for (const h of h1s) if (roots.some((r) => readsInside(r, h, skip))) return h;
  const near: Element[] = [];
  for (
    let a: Element | null = first, i = 0;
    a !== null && i <= HEADLINE_REACH;
    a = parentElement(a), i++
  ) {
    near.push(a);
  }
  let best: Element | null = null;
  for (const h of h1s) {
    const before = contains(first, h) || precedes(h, first);
    if (before && near.some((a) => contains(a, h))) best = h;
  }
  return best;
}

/**
 * Text with no letter or digit beyond ASCII: ASCII, no-break space, Latin-1's signs
 * (U+00A1-00A9, AB-B1, B4, B6-B8, BB, BF, D7, F7) and general punctuation (U+2000-206F).
 */
const ASCII_WORDS = /^[\0-\x7f\xa0-\xa9\xab-\xb1\xb4\xb6-\xb8\xbb\xbf\xd7\xf7\u2000-\u206f]*$/;

/**
 * The words of `s` (letters and digits, two or more), lower case. A Unicode property class
 * costs its compilation on every page (the content script runs fresh in each): headlines and
 * titles in plain ASCII and punctuation take a class of ASCII letters, which finds the same.
 */
const words = (s: string): string[] => {
  const lower = s.toLowerCase();
  const found = ASCII_WORDS.test(lower)
    ? lower.match(/[a-z0-9]{2,}/g)
    : lower.match(/[\p{L}\p{N}]{2,}/gu);
  return found ?? [];
};

/** Whether a headline and a page title name the same story (most headline words recur). */
function resembles(headline: string, title: string): boolean {
  const h = words(headline);
  if (h.length === 0) return false;
  const t = new Set(words(title));
  const shared = h.filter((w) => t.has(w)).length;
  return shared / h.length >= 0.5 || (t.size > 0 && shared / t.size >= 0.5);
}

const metaTitle = (doc: Document): string =>
  ((meta) => (meta === null ? null : getAttribute(meta, 'content')))(
    querySelector(doc, 'meta[property="og:title"]'),
  ) ?? '';

/** The title a reader knows the story by: its headline, else og:title, else the document title. */
export function articleTitle(doc: Document, headline: Element | null): string {
  const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const h = clean(headline === null ? null : textContent(headline));
  if (h !== '') return h;
  const og = clean(metaTitle(doc));
  if (og !== '') return og;
  return clean(documentTitle(doc));
}

/** The article on a page, read into one string with its map back to the DOM. */
export interface ExtractedArticle {
  article: Article;
  map: TextMap;
  title: string;
}

/** Finds the article in `doc` and reads it (the content script's entry to the page). */
export function extractArticle(doc: Document): ExtractedArticle {
  return runSteps(extractArticleSteps(doc));
}

/** `extractArticle` in steps: a generator that pauses now and then. */
export function* extractArticleSteps(doc: Document): Steps<ExtractedArticle> {
  const article = yield* findArticleSteps(doc);
  yield;
  const map = yield* buildTextMapSteps(article.roots, article.skip, article.tagIfRead);
  return { article, map, title: articleTitle(doc, article.headline) };
}

/** An article read as text, for a reader outside the page (the CLI). */
export interface ArticleText {
  text: string;
  title: string;
  /** Where the text came from code, keyboard input or preformatted blocks: never a finding. */
  quiet: Pick<TextMap, 'quiet' | 'isQuiet'>;
}

/**
 * The article text and title of a document, exactly as the content script
 * reads it, so that offsets agree between the CLI and the extension.
 */
export function extractArticleText(doc: Document): ArticleText {
  const { map, title } = extractArticle(doc);
  return { text: map.text, title, quiet: map };
}

/** What `htmlToArticleText` needs from a parser: DOMParser's one method (linkedom's works). */
export interface HtmlParser {
  parseFromString(html: string, type: 'text/html'): unknown;
}

/** Parses an HTML page with `parser` and returns its article text, title and quiet spans. */
export function htmlToArticleText(html: string, parser: HtmlParser): ArticleText {
  // linkedom's Document is declared by its own typings; it implements the subset used here.
  const doc = parser.parseFromString(html, 'text/html') as Document;
  return extractArticleText(doc);
}
