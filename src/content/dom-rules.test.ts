// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import {
  isCaption,
  isSkippedElement,
  lowerAscii,
  namesCaption,
  namesUnlikely,
  type ElementNames,
} from './dom-rules';

/** The first element of `html`'s body, parsed as a page would be. */
function first(html: string): Element {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const el = doc.body.firstElementChild;
  if (el === null) throw new Error(`no element in ${html}`);
  return el;
}

describe('isSkippedElement: the attribute rules, read from the names the element has', () => {
  test.each([
    ['<div>Plain</div>', false],
    ['<div class="story" id="main">Named</div>', false],
    ['<div hidden>Hidden</div>', true],
    ['<div HIDDEN>Upper case in the markup (the parser lowers it)</div>', true],
    ['<div data-whosaid="card">Ours</div>', true],
    ['<div data-whosaid-not="x">Another name</div>', false],
    ['<div aria-hidden="true">Aria hidden</div>', true],
    ['<div aria-hidden="false">Aria shown</div>', false],
    ['<div contenteditable>Editable</div>', true],
    ['<div contenteditable="FALSE">Not editable</div>', false],
    ['<div role=" Navigation ">Navigation</div>', true],
    ['<div role="main">Main</div>', false],
    ['<p style="color: red; display : none">Not shown</p>', true],
    ['<p style="color: red">Shown</p>', false],
    ['<span class="lead sr-only">Skip to content</span>', true],
    ['<span class="lead">Lead</span>', false],
    ['<div title="hidden" lang="en" class="x">Other attributes only</div>', false],
    ['<span itemprop="caption">Workers repair a sign.</span>', true],
    ['<span itemprop="name creditText">Ann Lens/Wire</span>', true],
    ['<div itemprop="articleBody">The story</div>', false],
  ])('%s', (html, skipped) => {
    expect(isSkippedElement(first(html))).toBe(skipped);
  });

  test('an attribute given a name the parser would not lower is not the rule’s', () => {
    const el = first('<div>Set by a script</div>');
    el.setAttributeNS(null, 'HIDDEN', '');
    expect(el.getAttribute('hidden')).toBeNull();
    expect(isSkippedElement(el)).toBe(false);
  });

  test('a banner header is skipped with or without attributes, an article’s own is not', () => {
    expect(isSkippedElement(first('<header>Site</header>'))).toBe(true);
    expect(isSkippedElement(first('<header class="top">Site</header>'))).toBe(true);
    const own = first('<article><header class="h">Headline</header></article>');
    expect(isSkippedElement(own.firstElementChild as Element)).toBe(false);
  });
});

describe('isSkippedElement: the class and id read on the way', () => {
  test('a kept element gives its class and id, as getAttribute reads them', () => {
    const names: ElementNames = { cls: 'stale', id: 'stale' };
    const el = first('<div title="t" class="story body" data-x="1" id="main">Named</div>');
    expect(isSkippedElement(el, 'div', names)).toBe(false);
    expect(names).toEqual({ cls: el.getAttribute('class'), id: el.getAttribute('id') });
    expect(names).toEqual({ cls: 'story body', id: 'main' });
  });

  test('an element without them leaves both null, whatever the object held before', () => {
    const names: ElementNames = { cls: 'story', id: 'main' };
    expect(isSkippedElement(first('<p>Plain</p>'), 'p', names)).toBe(false);
    expect(names).toEqual({ cls: null, id: null });
    expect(isSkippedElement(first('<p lang="en">Other attribute</p>'), 'p', names)).toBe(false);
    expect(names).toEqual({ cls: null, id: null });
    expect(isSkippedElement(first('<p id="lede">Id only</p>'), 'p', names)).toBe(false);
    expect(names).toEqual({ cls: null, id: 'lede' });
    expect(isSkippedElement(first('<p class="">Empty class</p>'), 'p', names)).toBe(false);
    expect(names).toEqual({ cls: '', id: null });
  });

  test('the answer is the same with or without names', () => {
    for (const html of [
      '<div class="lead sr-only" id="a">Skipped by class</div>',
      '<div id="b" hidden>Hidden</div>',
      '<nav class="c">Nav</nav>',
      '<div class="d" id="e">Kept</div>',
    ]) {
      const el = first(html);
      expect(isSkippedElement(el, undefined, { cls: null, id: null })).toBe(isSkippedElement(el));
    }
  });
});

describe('isCaption: the text around a story, named by tag, class or id', () => {
  test.each([
    ['<figure><img alt=""><figcaption>Workers repair a sign.</figcaption></figure>', true],
    ['<figcaption>Workers repair a sign.</figcaption>', true],
    ['<p class="caption">Workers repair a sign. Source: Supplied</p>', true],
    ['<span class="pb-caption">Workers repair a sign.</span>', true],
    ['<div class="inline-video-caption">Gunmen stormed a museum.</div>', true],
    ['<div class="caption--immersive hide-from-leftcol">Main image</div>', true],
    ['<div class="media--caption pt-6">I was not allowed to film.</div>', true],
    ['<div class="photoCaption">Workers repair a sign.</div>', true],
    ['<span class="image-credit">Ann Lens/Wire</span>', true],
    ['<div class="credit-bar clearfix">By Ann Writer</div>', true],
    ['<div class="post-body-bio">Ann Writer covers the council.</div>', true],
    ['<div id="author-bio">Ann Writer covers the council.</div>', true],
    ['<div class="slideshow-description">A rocket on its pad, the agency said.</div>', true],
    ['<ul class="Carousel-Slider"><li>One</li></ul>', true],
    // near misses: a flag about a caption, words that only contain one, the byline
    ['<div class="superlist_item no_caption">The story goes on, officials said.</div>', false],
    ['<div class="media-item has-caption">The story goes on.</div>', false],
    ['<div class="bionic-arm">The story goes on.</div>', false],
    ['<div class="accredited">The story goes on.</div>', false],
    ['<div class="captioned-story">The story goes on.</div>', false],
    ['<p class="byline">By Ann Writer</p>', false],
    ['<article class="caption">The story</article>', false],
  ])('%s', (html, caption) => {
    expect(isCaption(first(html))).toBe(caption);
  });
});

describe('lowerAscii: small letters where a case-insensitive pattern sees them', () => {
  test.each([
    ['Sidebar-Left', 'sidebar-left'],
    ['already lower', 'already lower'],
    ['', ''],
    // Outside ASCII nothing changes, as `i` without `u` folds no other letter onto ASCII.
    ['\u212Aicker', '\u212Aicker'],
    ['\u0130NTRO', '\u0130ntro'],
    ['\u017FHARE', '\u017Fhare'],
    ['Caf\u00C9 BANNER', 'caf\u00C9 banner'],
  ])('%s', (s, lower) => {
    expect(lowerAscii(s)).toBe(lower);
  });
});

describe('the class and id patterns: ASCII letters in any case, no other letter for them', () => {
  test.each([
    ['div', 'SideBar', null, true],
    ['div', null, 'Comment-List', true],
    ['div', 'AD-Slot', null, true],
    ['div', 'Article-Sidebar', null, false],
    ['div', 'story', 'Main', false],
    // The Kelvin sign is not a k, nor the long s an s, to the pattern: not furniture.
    ['div', 'S\u212Ayscraper', null, false],
    ['div', '\u017Fhare', null, false],
  ])('namesUnlikely(%s, %s, %s)', (tag, cls, id, unlikely) => {
    expect(namesUnlikely(tag, cls, id)).toBe(unlikely);
  });

  test.each([
    ['div', 'Photo-Caption', null, true],
    ['div', null, 'IMAGE_CREDIT', true],
    ['div', 'photoCaption', null, true],
    ['div', 'Has-Caption story', null, false],
    ['div', 'story', 'BIONIC', false],
    ['div', 'Capt\u0130on', null, false],
  ])('namesCaption(%s, %s, %s)', (tag, cls, id, caption) => {
    expect(namesCaption(tag, cls, id)).toBe(caption);
  });

  test.each([
    ['<p style="DISPLAY: None">Not shown</p>', true],
    ['<span class="SR-Only">Skip</span>', true],
    ['<span class="Visually-Hidden lead">Skip</span>', true],
    ['<span class="hid\u212Ae">A Kelvin sign, no k</span>', false],
  ])('isSkippedElement %s', (html, skipped) => {
    expect(isSkippedElement(first(html))).toBe(skipped);
  });
});
