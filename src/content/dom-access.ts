/**
 * Reads DOM properties through the getters and methods their prototypes define, never from the
 * node itself, so that page markup cannot change what the content script sees.
 *
 * A form exposes its controls as properties (`<input name="localName">` makes `form.localName`
 * that input), and a document its named images, forms and embeds (`<img name="body">` makes
 * `document.body` the image): both interfaces let named properties override built-in ones.
 * Read directly, one such control anywhere on a page turns `el.localName.toLowerCase()` into a
 * TypeError (the analysis fails) and `el.nextSibling` into a walk that silently stops. The
 * getter found on the prototype chain (`Node.prototype`'s `nextSibling`, `Element.prototype`'s
 * `localName`) ignores named properties, which live on the instance.
 *
 * The getters are looked up on each node's own prototype chain (once per prototype, then
 * cached), not taken from this realm's globals: the same code reads a linkedom Document in
 * Node (the CLI), whose classes are not the page's, and a property that a DOM implementation
 * keeps on the instance rather than its prototype (linkedom's `nodeType`) is read as it is.
 * In a content script the prototypes are the isolated world's, which the page cannot change.
 */

type Getter = (this: object) => unknown;
type Method = (this: object, ...args: never[]) => unknown;

/** The accessor or method `name` on the prototype chain above `proto`, or null. */
function lookUp(proto: object | null, name: string): Getter | Method | null {
  for (let p = proto; p !== null; p = Object.getPrototypeOf(p) as object | null) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d === undefined) continue;
    if (d.get !== undefined) return d.get as Getter;
    return typeof d.value === 'function' ? (d.value as Method) : null;
  }
  return null;
}

/**
 * A reader of property `name` through the getter on each object's prototype chain.
 *
 * The getters of the last two prototypes are kept beside the cache: a walk of the page meets
 * elements and text nodes by turns (two prototypes or three), and this runs cold on every page,
 * where a `Map` lookup per call is interpreted work.
 */
function getter<O extends object, T>(name: string): (o: O) => T {
  const cache = new Map<object | null, Getter | null>();
  let lastProto: object | null | undefined;
  let last: Getter | null = null;
  let prevProto: object | null | undefined;
  let prev: Getter | null = null;
  return (o) => {
    const proto = Object.getPrototypeOf(o) as object | null;
    if (proto !== lastProto) {
      let g: Getter | null | undefined;
      if (proto === prevProto) g = prev;
      else {
        g = cache.get(proto);
        if (g === undefined) {
          g = lookUp(proto, name) as Getter | null;
          cache.set(proto, g);
        }
      }
      prevProto = lastProto;
      prev = last;
      lastProto = proto;
      last = g;
    }
    // No getter on the chain: the implementation keeps it on the instance (linkedom).
    return (last === null ? (o as Record<string, unknown>)[name] : last.call(o)) as T;
  };
}

/**
 * A caller of method `name` as the object's prototype chain defines it (the last prototype's
 * kept beside the cache, as `getter` keeps two).
 */
function method<O extends object>(name: string): (o: O) => (...args: never[]) => unknown {
  const cache = new Map<object | null, Method>();
  let lastProto: object | null | undefined;
  let last: Method | undefined;
  return (o) => {
    const proto = Object.getPrototypeOf(o) as object | null;
    if (proto === lastProto && last !== undefined) return last;
    let m = cache.get(proto);
    if (m === undefined) {
      const found = lookUp(proto, name) as Method | null;
      // Not on the chain: an implementation that keeps it on the object (a test's global).
      if (found === null) return (o as Record<string, unknown>)[name] as Method;
      m = found;
      cache.set(proto, m);
    }
    lastProto = proto;
    last = m;
    return m;
  };
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export const nodeType = getter<Node, number>('nodeType');
export const firstChild = getter<Node, ChildNode | null>('firstChild');
export const nextSibling = getter<Node, ChildNode | null>('nextSibling');
export const parentNode = getter<Node, ParentNode | null>('parentNode');
export const isConnected = getter<Node, boolean>('isConnected');
export const textContent = getter<Node, string | null>('textContent');
/** A text node's characters (`CharacterData.prototype.data`). */
export const textData = getter<CharacterData, string>('data');
export const children = getter<Element, HTMLCollection>('children');
export const nextElementSibling = getter<Element, Element | null>('nextElementSibling');
export const previousElementSibling = getter<Element, Element | null>('previousElementSibling');
const localNameOf = getter<Element, string | null>('localName');

export const isElement = (n: Node): n is Element => nodeType(n) === ELEMENT_NODE;
export const isText = (n: Node): n is Text => nodeType(n) === TEXT_NODE;

/** The parent if it is an element (`parentElement`, read safely). */
export function parentElement(n: Node): Element | null {
  const p = parentNode(n);
  return p !== null && nodeType(p) === ELEMENT_NODE ? (p as Element) : null;
}

/** The lower-case tag name (`localName` is lower case for HTML and SVG alike). */
export function tagOf(el: Element): string {
  const name = localNameOf(el);
  return typeof name === 'string' ? name.toLowerCase() : '';
}

const getAttributeOf = method<Element>('getAttribute');
const hasAttributeOf = method<Element>('hasAttribute');
const hasAttributesOf = method<Element>('hasAttributes');
const closestOf = method<Element>('closest');
const containsOf = method<Node>('contains');
const querySelectorAllOf = method<ParentNode>('querySelectorAll');

export const getAttribute = (el: Element, name: string): string | null =>
  (getAttributeOf(el) as (this: Element, n: string) => string | null).call(el, name);

export const hasAttribute = (el: Element, name: string): boolean =>
  (hasAttributeOf(el) as (this: Element, n: string) => boolean).call(el, name);

const getAttributeNamesOf = method<Element>('getAttributeNames');

/** The names of the element's attributes (one call, where asking for each would be several). */
export const attributeNames = (el: Element): string[] =>
  (getAttributeNamesOf(el) as (this: Element) => string[]).call(el);

/** Whether the element has any attribute at all (most elements of an article body have none). */
export const hasAttributes = (el: Element): boolean =>
  (hasAttributesOf(el) as (this: Element) => boolean).call(el);

export const closest = (el: Element, selector: string): Element | null =>
  (closestOf(el) as (this: Element, s: string) => Element | null).call(el, selector);

/** Whether `b` is `a` or inside it. */
export const contains = (a: Node, b: Node | null): boolean =>
  (containsOf(a) as (this: Node, n: Node | null) => boolean).call(a, b);

/** The elements under `root` matching `selector`, in document order. */
export const querySelectorAll = (root: ParentNode, selector: string): Element[] =>
  Array.from(
    (querySelectorAllOf(root) as (this: ParentNode, s: string) => NodeListOf<Element>).call(
      root,
      selector,
    ),
  );

const nodeListLength = getter<NodeList, number>('length');

/** How many elements under `root` match `selector` (without making a wrapper for each). */
export const countMatches = (root: ParentNode, selector: string): number =>
  nodeListLength(
    (querySelectorAllOf(root) as (this: ParentNode, s: string) => NodeListOf<Element>).call(
      root,
      selector,
    ),
  );

const querySelectorOf = method<ParentNode>('querySelector');

/** The first element under `root` matching `selector`. */
export const querySelector = (root: ParentNode, selector: string): Element | null =>
  (querySelectorOf(root) as (this: ParentNode, s: string) => Element | null).call(root, selector);

export const documentElement = getter<Document, Element | null>('documentElement');
export const documentBody = getter<Document, HTMLElement | null>('body');
export const documentTitle = getter<Document, string>('title');
export const documentUrl = getter<Document, string>('URL');
export const readyState = getter<Document, DocumentReadyState>('readyState');

const createRangeOf = method<Document>('createRange');

/** A new live Range in `doc` (for measuring text on screen, never for highlights). */
export const createRange = (doc: Document): Range =>
  (createRangeOf(doc) as (this: Document) => Range).call(doc);

const addEventListenerOf = method<EventTarget>('addEventListener');

/** `target.addEventListener(...)`, as EventTarget defines it. */
export const listen = <E extends Event = Event>(
  target: EventTarget,
  type: string,
  listener: (event: E) => void,
  options: AddEventListenerOptions,
): void =>
  (
    addEventListenerOf(target) as (
      this: EventTarget,
      t: string,
      l: (event: E) => void,
      o: AddEventListenerOptions,
    ) => void
  ).call(target, type, listener, options);

export const defaultView = getter<Document, Window | null>('defaultView');
export const ownerDocument = getter<Node, Document | null>('ownerDocument');

const getSelectionOf = method<Document>('getSelection');

/** The document's selection (`Document.prototype.getSelection`). */
export const selectionOf = (doc: Document): Selection | null =>
  (getSelectionOf(doc) as (this: Document) => Selection | null).call(doc);

const createElementOf = method<Document>('createElement');
const createElementNSOf = method<Document>('createElementNS');
const createTextNodeOf = method<Document>('createTextNode');
const createTreeWalkerOf = method<Document>('createTreeWalker');

export const createElement = <K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
): HTMLElementTagNameMap[K] =>
  (createElementOf(doc) as (this: Document, t: string) => HTMLElementTagNameMap[K]).call(doc, tag);

export const createElementNS = (doc: Document, ns: string, tag: string): Element =>
  (createElementNSOf(doc) as (this: Document, n: string, t: string) => Element).call(doc, ns, tag);

export const createTextNode = (doc: Document, text: string): Text =>
  (createTextNodeOf(doc) as (this: Document, t: string) => Text).call(doc, text);

/** A walker over the text nodes under `root`. */
export const textWalker = (doc: Document, root: Node): TreeWalker =>
  (createTreeWalkerOf(doc) as (this: Document, r: Node, what: number) => TreeWalker).call(
    doc,
    root,
    4, // NodeFilter.SHOW_TEXT
  );

/** A caret position as `caretPositionFromPoint` or `caretRangeFromPoint` tells it. */
export interface CaretPoint {
  node: Node;
  offset: number;
}

const caretPositionOf = method<Document>('caretPositionFromPoint');
const caretRangeOf = method<Document>('caretRangeFromPoint');

/**
 * The caret position at viewport point (x, y): `caretPositionFromPoint`, or Chromium's older
 * `caretRangeFromPoint`, as the document's prototype defines them (an `<img name=...>` cannot
 * stand in for either). Null when there is none, or the browser has neither.
 */
export function caretFromPoint(doc: Document, x: number, y: number): CaretPoint | null {
  const position = caretPositionOf(doc) as unknown;
  if (typeof position === 'function') {
    const p = (position as (this: Document, x: number, y: number) => CaretPosition | null).call(
      doc,
      x,
      y,
    );
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const range = caretRangeOf(doc) as unknown;
  if (typeof range === 'function') {
    const r = (range as (this: Document, x: number, y: number) => Range | null).call(doc, x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}
