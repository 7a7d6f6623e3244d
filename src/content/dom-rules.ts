/**
 * Which elements hold readable article text and which are chrome, decided from
 * tag names and attributes only, so the same rules run on a live page and on a
 * linkedom Document in Node (no layout, no computed style). Properties are read through
 * `dom-access.ts`, so that a page's named form controls cannot stand in for them.
 */
import {
  attributeNames,
  children,
  closest,
  countMatches,
  getAttribute,
  nextSibling,
  parentNode,
  previousElementSibling,
  querySelector,
  tagOf,
} from './dom-access';

export { tagOf };

/** Elements whose content is never article prose (media, controls, chrome). */
const SKIP_TAGS = new Set([
  'aside',
  'audio',
  'button',
  'canvas',
  'datalist',
  'dialog',
  'embed',
  'footer',
  'head',
  'iframe',
  'input',
  'link',
  'map',
  'math',
  'menu',
  'meta',
  'nav',
  'noscript',
  'object',
  'option',
  'optgroup',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
  'video',
]);

/** ARIA landmark and widget roles that mark page chrome rather than the story. */
const SKIP_ROLES = new Set([
  'alert',
  'alertdialog',
  'banner',
  'complementary',
  'contentinfo',
  'dialog',
  'menu',
  'menubar',
  'navigation',
  'search',
  'tablist',
  'toolbar',
]);

/** Elements that start a new block: the text map puts a paragraph break around them. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'listing',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Table cells: a line break apart, not a paragraph. */
const CELL_TAGS = new Set(['td', 'th']);

/**
 * Code, keyboard input, sample output and preformatted text: read as part of the sentence
 * around it, never highlighted (a "said" in a code listing is no attribution).
 */
const QUIET_TAGS = new Set(['code', 'kbd', 'samp', 'pre', 'listing', 'plaintext', 'xmp']);

/** A selector matching the elements whose text is quiet. */
export const QUIET_SELECTOR = [...QUIET_TAGS].join(',');

/** Whether an element with this tag has its text read but never highlighted (see QUIET_TAGS). */
export const isQuietTag = (tag: string): boolean => QUIET_TAGS.has(tag);

/** Elements whose whitespace the reader sees as written. */
const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);

/**
 * The patterns below are matched against names lower-cased by `lowerAscii`, not with the `i`
 * flag: the reading runs cold on every page, each page a new isolate, and a case-insensitive
 * pattern costs V8 half as much again to compile as the same pattern without it (measured in
 * Node over the saved pages' class names: 2.1 -> 1.5 ms for six of them, session 39). The
 * answers are the same: without the `u` flag, `i` folds only ASCII letters onto ASCII letters,
 * which is all `lowerAscii` changes.
 */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/;

/** Any character outside ASCII. */
const NON_ASCII = /[^\0-\x7f]/;

/**
 * `s` with the ASCII capitals A-Z made small and nothing else changed: what a pattern with the
 * `i` flag (and no `u`) takes as equal. `toLowerCase` does more (the Kelvin sign to `k`, `İ` to
 * `i` and a dot), so it is used only on ASCII text, where it does the same.
 */
export function lowerAscii(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}

/**
 * Class and id fragments of page furniture: Readability's "unlikely candidates"
 * list, plus the share/newsletter/recirculation boxes news sites put mid-story.
 */
export const UNLIKELY =
  /-ad-|ad-break|agegate|ai2html|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|newsletter|outbrain|pager|pagination|paywall-?prompt|popup|promo|recirc|related|remark|replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscribe|supplemental|taboola|trending|yom-remote/;

/**
 * Furniture so plain that no other word in the name rescues it: ad slots,
 * newsletter sign-ups, recommendation widgets. Matched as whole name parts.
 */
export const NEVER =
  /(?:^|[\s_-])(?:ad|ads|adunit|adslot|advert|advertisement|advertising|dfp|newsletter|optin|opt-in|outbrain|taboola)(?:[\s_-]|$)|emailoptin|ad-container|ad-slot|ad-unit/;

/** Readability's "maybe a candidate after all" list: these words rescue an unlikely match. */
export const MAYBE = /and|article|body|column|content|main|mathjax|shadow/;

/** Class and id fragments that suggest the story itself (Readability's positive list). */
export const POSITIVE =
  /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/;

/** Class and id fragments that suggest anything but the story (Readability's negative list). */
export const NEGATIVE =
  /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/;

/**
 * Screen-reader-only text ("Advertisement", "Skip to content") and the usual
 * utility classes for hidden elements: text a sighted reader never sees.
 */
const SCREEN_READER_ONLY =
  /(?:^|\s)(?:sr-only|visually-?hidden|screen-?reader(?:-text)?|a11y-hidden|off-?screen|(?:is-|u-)?hidden|hide)(?:\s|$)/;

/** schema.org properties of an image's caption and credit, as whole words of `itemprop`. */
const ITEMPROP_CAPTION = /(?:^|\s)(?:caption|creditText|copyrightNotice)(?:\s|$)/;

/** Class and id of an element as one string, for the pattern lists above. */
export function classAndId(el: Element): string {
  return `${getAttribute(el, 'class') ?? ''} ${getAttribute(el, 'id') ?? ''}`;
}

/** An element's class and id (null when absent), as `isSkippedElement` read them. */
export interface ElementNames {
  cls: string | null;
  id: string | null;
}

/**
 * Whether an element and everything in it is left out of the article text on
 * its own merits: scripts and media, forms and controls, navigation and other
 * chrome, hidden or editable regions, and the extension's own UI
 * (`data-whosaid`). Decided from tag and attributes alone.
 *
 * `names`, when given, gets the element's class and id on the way, read once with the rest of
 * its attributes (the article finder keeps them for each element it measures): complete when
 * the answer is false.
 */
export function isSkippedElement(
  el: Element,
  tag: string = tagOf(el),
  names?: ElementNames,
): boolean {
  if (names !== undefined) {
    names.cls = null;
    names.id = null;
  }
  if (SKIP_TAGS.has(tag)) return true;
  if (tag === 'form' && !wrapsPage(el)) return true;
  // A header is the page's banner unless it is an article's own header (headline, byline).
  const banner = tag === 'header' && closest(el, 'article') === null;
  // The names once, then the value of each one the rules ask about that is there (most
  // elements carry a class and little else): one call or two, not one per rule. The names
  // are compared as stored, which is what `getAttribute` does with the lower-case names below
  // (an HTML element's attribute names are lower case; another namespace's match exactly).
  // No `hasAttributes` first: on the saved news pages 84% of the elements read have an
  // attribute, so asking cost a call for most elements to save one for a few. An indexed loop,
  // not for-of: this runs cold on every page, where the iterator protocol is interpreted.
  const list = attributeNames(el);
  for (let i = 0; i < list.length; i++) {
    if (skippedBy(el, list[i] as string, names)) return true;
  }
  return banner;
}

/**
 * Whether attribute `name` of `el` leaves it out (`isSkippedElement`'s attribute rules); the
 * class and id go into `names` when given.
 */
function skippedBy(el: Element, name: string, names: ElementNames | undefined): boolean {
  switch (name) {
    case 'data-whosaid':
    case 'hidden':
      return true;
    case 'aria-hidden':
      return getAttribute(el, name) === 'true';
    case 'contenteditable': {
      const editable = getAttribute(el, name);
      return editable !== null && editable.toLowerCase() !== 'false';
    }
    case 'role': {
      const role = getAttribute(el, name);
      return role !== null && SKIP_ROLES.has(role.trim().toLowerCase());
    }
    case 'style': {
      const style = getAttribute(el, name);
      return style !== null && HIDDEN_STYLE.test(lowerAscii(style));
    }
    case 'class': {
      const cls = getAttribute(el, name);
      if (names !== undefined) names.cls = cls;
      return cls !== null && SCREEN_READER_ONLY.test(lowerAscii(cls));
    }
    case 'id':
      if (names !== undefined) names.id = getAttribute(el, name);
      return false;
    case 'itemprop': {
      // schema.org's caption and credit of an image (`itemprop="caption"`, `creditText`)
      const prop = getAttribute(el, name);
      return prop !== null && ITEMPROP_CAPTION.test(prop);
    }
    default:
      return false;
  }
}

/**
 * Whether a form wraps the page's content rather than being a control of its own. ASP.NET
 * Web Forms and some CMSs put the whole body in one `<form>`: skipping it would hide the
 * story. A newsletter box or a comment form holds a few labels and at most a paragraph or
 * two; a page-wrapping form holds the article (or its paragraphs). Its controls are skipped
 * on their own (`input`, `textarea`, `select`, `button`).
 */
function wrapsPage(form: Element): boolean {
  if (querySelector(form, 'article, main, [role="main"], [itemprop="articleBody"]') !== null) {
    return true;
  }
  return countMatches(form, 'p') >= 4;
}

/** Whether class or id mark an element as page furniture (and nothing rescues it). */
export function isUnlikely(el: Element): boolean {
  return namesUnlikely(tagOf(el), getAttribute(el, 'class'), getAttribute(el, 'id'));
}

/** `isUnlikely` of an element whose tag, class and id were read already. */
export function namesUnlikely(tag: string, cls: string | null, id: string | null): boolean {
  if (tag === 'body' || tag === 'html' || tag === 'a' || tag === 'main' || tag === 'article') {
    return false;
  }
  if (cls === null && id === null) return false;
  const names = lowerAscii(`${cls ?? ''} ${id ?? ''}`);
  if (names === ' ') return false; // empty class and id
  if (NEVER.test(names)) return true;
  return UNLIKELY.test(names) && !MAYBE.test(names);
}

/**
 * Class and id parts that name the text around a story rather than the story: a picture's
 * caption and credit, a photo gallery (slideshow, carousel, lightbox) and the author's note.
 * Matched as whole parts of a name (`pb-caption`, `caption--wide`, `post-body-bio`,
 * `credit-line`) or as a camel-case part (`photoCaption`, `imageCredit`), so that `bionic` or
 * `accredited` do not match. The byline stays: one line that says who wrote the story.
 */
const CAPTION_PART =
  /(?:^|[-_])(?:caption|credit|bio|slideshow|carousel|gallery|lightbox)s?(?:$|[-_])/;
const CAPTION_CAMEL =
  /[a-z](?:Caption|Credit|Bio|Slideshow|Carousel|Gallery|Lightbox)s?(?:$|[-_A-Z])/;
/** Any of the words, anywhere in a name: the cheap test before the name is split. */
const CAPTION_WORD = /caption|credit|bio|slideshow|carousel|gallery|lightbox/;
/** A name that only says whether a box has a caption (`no_caption`, `has-caption`). */
const CAPTION_FLAG = /^(?:no|has|with|without|show|hide)[-_]/;

/**
 * Whether one class or id token names a caption, a credit, a gallery or an author note
 * (`lower` is the token by `lowerAscii`; the camel-case test reads the token as written).
 */
function captionToken(token: string, lower: string): boolean {
  return (CAPTION_PART.test(lower) || CAPTION_CAMEL.test(token)) && !CAPTION_FLAG.test(lower);
}

/**
 * Whether an element holds the text around the story rather than the story: a figure and its
 * caption (`figure`, `figcaption`: the picture's description and credit line), or a box whose
 * class or id names a caption, a credit, a photo gallery or an author note. Its sentences are
 * not the story's: a caption's "Workers remove a sign" is no source, a credit line is no
 * sentence, and a caption that repeats the story counts its sources twice.
 */
export function namesCaption(tag: string, cls: string | null, id: string | null): boolean {
  if (tag === 'figure' || tag === 'figcaption') return true;
  if (tag === 'body' || tag === 'html' || tag === 'main' || tag === 'article') return false;
  // One search over the class first: most names hold none of the words, and are not split.
  if (cls !== null && CAPTION_WORD.test(lowerAscii(cls))) {
    for (const token of cls.split(/\s+/)) {
      if (token !== '' && captionToken(token, lowerAscii(token))) return true;
    }
  }
  if (id === null) return false;
  const lower = lowerAscii(id);
  return CAPTION_WORD.test(lower) && captionToken(id, lower);
}

/**
 * Whether a list of tag `tag` is a picture's caption set as a list: a `ul` or `ol` right after a
 * `figure` holding one item ("Clockwise from top: small whale bones; squid beaks ..." under a
 * group of pictures). A story's own list has several items; one item under a figure describes it.
 */
export function captionList(el: Element, tag: string): boolean {
  if (tag !== 'ul' && tag !== 'ol') return false;
  const before = previousElementSibling(el);
  return before !== null && tagOf(before) === 'figure' && children(el).length === 1;
}

/** `namesCaption` of an element whose tag, class and id are read here. */
export function isCaption(el: Element): boolean {
  return namesCaption(tagOf(el), getAttribute(el, 'class'), getAttribute(el, 'id'));
}

/** How the text map separates an element's text from its neighbours'. */
export type Boundary = 'block' | 'line' | 'none';

/** Block elements get a paragraph break, table cells a line break, the rest flow inline. */
export function boundaryOf(tag: string): Boundary {
  if (BLOCK_TAGS.has(tag)) return 'block';
  if (CELL_TAGS.has(tag)) return 'line';
  return 'none';
}

/** Whether the reader sees the whitespace of an element with this tag as written. */
export const isPreformatted = (tag: string): boolean => PRE_TAGS.has(tag);

/** Whether an element is a block (used by the article finder to spot divs used as paragraphs). */
export const isBlockTag = (tag: string): boolean => BLOCK_TAGS.has(tag) || CELL_TAGS.has(tag);

/**
 * Whether `a` comes before `b` in document order (an ancestor comes before its
 * descendants). Written out because linkedom's compareDocumentPosition compares
 * depths, not positions.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const up = (n: Node): Node[] => {
    const chain: Node[] = [];
    for (let x: Node | null = n; x !== null; x = parentNode(x)) chain.push(x);
    return chain;
  };
  const chainA = up(a);
  const chainB = up(b);
  const inA = new Map(chainA.map((n, i) => [n, i]));
  for (let j = 0; j < chainB.length; j++) {
    const i = inA.get(chainB[j] as Node);
    if (i === undefined) continue;
    if (i === 0) return true; // a contains b
    if (j === 0) return false; // b contains a
    const childA = chainA[i - 1] as Node;
    const childB = chainB[j - 1] as Node;
    for (let s = nextSibling(childA); s !== null; s = nextSibling(s)) if (s === childB) return true;
    return false;
  }
  return false; // disconnected
}
