// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isSkippedElement } from './dom-rules';

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
