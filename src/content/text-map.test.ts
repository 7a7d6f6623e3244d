// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { isSkippedElement } from './dom-rules';
import { buildTextMap, type TextMap } from './text-map';

/** Parses `html` into a fresh body and reads it with the fixed skip rules. */
function read(html: string): { map: TextMap; root: HTMLElement } {
  const root = document.createElement('div');
  // Test fixtures only: never page or user text.
  root.innerHTML = html; // eslint-disable-line no-restricted-properties, no-unsanitized/property
  document.body.replaceChildren(root);
  return { map: buildTextMap([root], isSkippedElement), root };
}

/** The DOM text a range covers, read straight from the nodes. */
function domText(map: TextMap, start: number, end: number): string {
  const r = map.rangeFor(start, end);
  if (r === null) return '';
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.toString();
}

const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

describe('reading the DOM into one string', () => {
  test.each([
    ['paragraphs', '<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['headings and paragraphs', '<h1>Title</h1><p>Body.</p>', 'Title\n\nBody.'],
    ['list items', '<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    ['br as a line break', '<p>line one<br>line two</p>', 'line one\nline two'],
    ['divs as blocks', '<div>first</div><div>second</div>', 'first\n\nsecond'],
    ['table cells on lines', '<table><tr><td>a</td><td>b</td></tr></table>', 'a\nb'],
    [
      'nested inline tags',
      '<p>Officials <b>said</b> <i>on <a href="#">Monday</a></i>.</p>',
      'Officials said on Monday.',
    ],
    ['inline tags inside words', '<p>re<b>port</b>edly</p>', 'reportedly'],
    ['whitespace runs', '<p>  a \n\t b   </p>', 'a b'],
    ['space across nodes', '<p>a <b> b</b> <i> c </i></p>', 'a b c'],
    [
      'entities',
      '<p>Smith &amp; Co &#8217;s&nbsp;plan &lt;ok&gt;</p>',
      'Smith & Co \u2019s plan <ok>',
    ],
    ['soft hyphens and zero-width spaces', '<p>ac\u00adcording\u200b to</p>', 'according to'],
    ['pre keeps its lines', '<pre>a  b\nc</pre>', 'a  b\nc'],
    ['no break at the edges', '<div><p>only</p></div>', 'only'],
    ['empty blocks give one break', '<p>a</p><p> </p><div></div><p>b</p>', 'a\n\nb'],
  ])('%s', (_name, html, expected) => {
    expect(read(html).map.text).toBe(expected);
  });

  test.each([
    ['script', '<p>a</p><script>var said = 1;</script><p>b</p>'],
    ['style', '<p>a</p><style>p { color: red }</style><p>b</p>'],
    ['noscript', '<p>a</p><noscript>enable js</noscript><p>b</p>'],
    ['template', '<p>a</p><template><p>said</p></template><p>b</p>'],
    [
      'form controls',
      '<p>a</p><form><input value="x"><textarea>said</textarea><select><option>o</option></select></form><p>b</p>',
    ],
    ['svg', '<p>a</p><svg><text>said</text></svg><p>b</p>'],
    ['iframe and canvas', '<p>a</p><iframe>said</iframe><canvas>said</canvas><p>b</p>'],
    ['nav and aside', '<p>a</p><nav>Home</nav><aside>said</aside><p>b</p>'],
    [
      'hidden',
      '<p>a</p><p hidden>said</p><p aria-hidden="true">said</p><p style="display: none">said</p><p>b</p>',
    ],
    [
      'contenteditable',
      '<p>a</p><div contenteditable="true">said</div><div contenteditable="">said</div><p>b</p>',
    ],
    ['our own UI', '<p>a</p><div data-whosaid="panel">said</div><p>b</p>'],
    ['screen-reader-only text', '<p>a</p><span class="sr-only">Advertisement</span><p>b</p>'],
  ])('leaves out %s', (_name, html) => {
    expect(read(html).map.text).toBe('a\n\nb');
  });

  test('whitespace and invisible characters in any arrangement read as a reader sees them', () => {
    // Plain letters, collapsing whitespace, invisible characters, and spaces that do not
    // collapse in HTML (vertical tab, em space): strings drawn from them by a fixed generator.
    const alphabet = [
      'a',
      'b',
      ' ',
      ' ',
      '\n',
      '\t',
      '\r',
      '\u00a0',
      '\u00ad',
      '\u200b',
      '\ufeff',
      '\v',
      '\u2003',
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let k = 0; k < 300; k++) {
      let s = '';
      for (let len = 1 + next(9); len > 0; len--) s += alphabet[next(alphabet.length)];
      const seen = s
        .replace(/[\u00ad\u200b\ufeff]/g, '')
        .replace(/[ \t\n\f\r\u00a0]+/g, ' ')
        .replace(/^ | $/g, '');
      const p = document.createElement('p');
      p.textContent = s;
      document.body.replaceChildren(p);
      const map = buildTextMap([p], isSkippedElement);
      expect(JSON.stringify(map.text), JSON.stringify(s)).toBe(JSON.stringify(seen));
      for (const seg of map.segments) {
        const from = seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + (seg.end - seg.start));
        expect(map.text.slice(seg.start, seg.end)).toBe(from.replace(/[\t\n\r\u00a0]/g, ' '));
      }
    }
  });

  test('a text node longer than one step reads as a short one does', () => {
    // Read in pieces of 32,768 characters: spaces and runs of them fall on the cuts.
    const unit = 'said  a\u00a0b c\n';
    const s = unit.repeat(Math.ceil(70_000 / unit.length));
    const { map } = read(`<p>${s}</p>`);
    expect(map.text).toBe(s.replace(/[\s\u00a0]+/g, ' ').trim());
    for (const seg of map.segments) {
      const from = seg.node.data.slice(seg.nodeOffset, seg.nodeOffset + (seg.end - seg.start));
      expect(map.text.slice(seg.start, seg.end)).toBe(from.replace(/[\n\u00a0]/g, ' '));
    }
  });

  test('reads a contenteditable="false" region', () => {
    expect(read('<p contenteditable="false">kept</p>').map.text).toBe('kept');
  });

  test('reads several roots in order with a break between them', () => {
    document.body.replaceChildren();
    const a = document.createElement('h1');
    a.textContent = 'Head';
    const b = document.createElement('section');
    b.textContent = 'Body';
    document.body.append(b, a);
    expect(buildTextMap([a, b], isSkippedElement).text).toBe('Head\n\nBody');
  });
});

describe('block quotations', () => {
  test.each([
    [
      'each paragraph between quotation marks',
      '<p>She wrote:</p><blockquote><p>I was there.</p><p>We left at <b>noon</b>.</p></blockquote><p>After.</p>',
      'She wrote:\n\n“I was there.”\n\n“We left at noon.”\n\nAfter.',
    ],
    [
      'bare text, with a line break kept inside one quotation',
      '<blockquote>I said no<br>and meant it</blockquote>',
      '“I said no\nand meant it”',
    ],
    [
      'a nested quotation read once',
      '<blockquote><blockquote><p>I won.</p></blockquote></blockquote>',
      '“I won.”',
    ],
    [
      'a quotation the page marks itself keeps its own marks',
      '<blockquote><p>“I won,” he said.</p><p>— A. Reader</p></blockquote>',
      '“I won,” he said.\n\n— A. Reader',
    ],
    // near miss: a quotation mark in a paragraph, outside a block quotation, is the page's alone
    [
      'no marks outside one',
      '<p>I was there.</p><div><p>We left.</p></div>',
      'I was there.\n\nWe left.',
    ],
  ])('%s', (_name, html, expected) => {
    expect(read(html).map.text).toBe(expected);
  });

  test('the marks map to the words beside them, like a break', () => {
    const { map } = read('<p>Aye.</p><blockquote><p>I was there.</p></blockquote>');
    const at = map.text.indexOf('I was');
    expect(domText(map, at - 1, at + 12)).toBe('I was there.');
    expect(map.rangeFor(at - 1, at)).toBeNull();
  });
});

describe('offsets back to the DOM', () => {
  const html =
    '<h2>A  headline</h2><p>Officials <b>said</b> on <i>Mon<u>day</u></i> that&nbsp;the ' +
    'plan, <a href="#">reportedly</a> drafted\n  in May, was ac\u00adcepted.</p>' +
    '<ul><li>one</li><li>two <br> three</li></ul><p>Smith &amp; Co.</p>';

  test('every mapped character is the node character it came from', () => {
    const { map } = read(html);
    for (const s of map.segments) {
      for (let i = s.start; i < s.end; i++) {
        const fromNode = s.node.data.charAt(s.nodeOffset + (i - s.start));
        const shown = /[\s\u00a0]/.test(fromNode) ? ' ' : fromNode;
        expect(map.text.charAt(i)).toBe(shown);
      }
    }
  });

  test('characters between segments are inserted breaks only', () => {
    const { map } = read(html);
    let at = 0;
    for (const s of map.segments) {
      expect(map.text.slice(at, s.start)).toMatch(/^\n*$/);
      at = s.end;
    }
    expect(at).toBe(map.text.length);
  });

  test('any span maps to a DOM range holding the same words', () => {
    const { map } = read(html);
    const words = [...map.text.matchAll(/\S+/g)];
    for (const w of words) {
      const start = w.index;
      const end = start + w[0].length;
      expect(squash(domText(map, start, end)).replace(/\u00ad/g, '')).toBe(w[0]);
    }
    // Spans crossing inline tags, paragraphs and list items.
    for (const phrase of [
      'Officials said on Monday',
      'that the plan',
      'accepted.\n\none',
      'two\nthree',
    ]) {
      const start = map.text.indexOf(phrase);
      expect(start).toBeGreaterThanOrEqual(0);
      // Range.toString has no separators between blocks: compare without whitespace.
      const got = domText(map, start, start + phrase.length).replace(/[\s\u00ad]+/g, '');
      expect(got).toBe(phrase.replace(/\s+/g, ''));
    }
  });

  test('a span ending at a tag boundary ends inside the right node', () => {
    const { map } = read(html);
    const start = map.text.indexOf('said');
    const r = map.rangeFor(start, start + 4);
    expect(r?.startContainer.data).toBe('said');
    expect(r?.startOffset).toBe(0);
    expect(r?.endContainer.data).toBe('said');
    expect(r?.endOffset).toBe(4);
  });

  test('positions on inserted breaks resolve to the nearest real character', () => {
    const { map } = read('<p>one</p><p>two</p>');
    expect(map.text).toBe('one\n\ntwo');
    expect(map.positionAt(3, 'start')).toMatchObject({ offset: 0 });
    expect(map.positionAt(3, 'start')?.node.data).toBe('two');
    expect(map.positionAt(5, 'end')?.node.data).toBe('one');
    expect(map.positionAt(5, 'end')?.offset).toBe(3);
    expect(map.rangeFor(3, 5)).toBeNull();
    expect(map.rangeFor(2, 2)).toBeNull();
    expect(map.positionAt(-1, 'start')).toBeNull();
    expect(map.positionAt(99, 'end')).toBeNull();
  });

  test('offsetAt inverts the map, collapsed whitespace going to the next character', () => {
    const { map, root } = read('<p>a   b <b>c</b></p>');
    expect(map.text).toBe('a b c');
    const first = root.querySelector('p')?.firstChild as Text;
    expect(map.offsetAt(first, 0)).toBe(0);
    expect(map.offsetAt(first, 1)).toBe(1);
    expect(map.offsetAt(first, 3)).toBe(2);
    const c = root.querySelector('b')?.firstChild as Text;
    expect(map.offsetAt(c, 1)).toBe(5);
    expect(map.offsetAt(document.createTextNode('x'), 0)).toBeNull();
  });

  test('round trip: text offset -> DOM position -> text offset', () => {
    const { map } = read(html);
    for (let i = 0; i < map.text.length; i++) {
      if (map.text.charAt(i) === '\n') continue;
      const pos = map.positionAt(i, 'start');
      expect(pos).not.toBeNull();
      if (pos) expect(map.offsetAt(pos.node, pos.offset)).toBe(i);
    }
  });

  test('a run of invisible and collapsing characters is one space, mapped to its first space', () => {
    const { map, root } = read('<p>one\u00ad\u200b \n\t two\u2060\ufeffthree  </p>');
    expect(map.text).toBe('one twothree');
    const node = root.querySelector('p')?.firstChild as Text;
    // "one", soft hyphen and zero-width space (dropped), then the space at offset 5 stands for
    // the run " \n\t ".
    expect(map.positionAt(3, 'start')).toEqual({ node, offset: 5 });
    expect(map.positionAt(4, 'start')).toEqual({ node, offset: 9 });
    expect(map.positionAt(7, 'start')).toEqual({ node, offset: 14 });
  });

  test('a long text node read in pieces reads as a whole, runs across the cut included', () => {
    // Whitespace runs of every length around the 32 KiB cut between two pieces.
    for (const pad of [0, 1, 2, 3, 4, 5]) {
      const head = 'x'.repeat(32_768 - 3 + pad);
      const data = `${head} \u00ad\n \t\u200b  word  end`;
      const { map, root } = read(`<p>${data}</p>`);
      expect(map.text).toBe(`${head} word end`);
      const node = root.querySelector('p')?.firstChild as Text;
      // Every segment is a one-to-one copy of its node's characters.
      for (const s of map.segments) {
        expect(map.text.slice(s.start, s.end)).toBe(
          node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start),
        );
      }
      expect(map.positionAt(head.length, 'start')).toEqual({ node, offset: head.length });
    }
  });
});
