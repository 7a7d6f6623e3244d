// @vitest-environment happy-dom
/**
 * Pages whose markup would trip up a script that reads DOM properties from elements: named
 * form controls and named images "clobber" built-in properties (`<input name="localName">`
 * makes `form.localName` the input), and code, keyboard input and sample output must never be
 * highlighted. happy-dom does not implement named properties, so `clobber` gives an element
 * the own property a browser's named-property lookup gives it (Chromium e2e checks the real
 * thing: test/e2e/long-and-hostile-pages.e2e.test.ts).
 */
import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import { extractArticle } from './article';
import { fakeHighlightEnv, highlightTexts } from './highlight-fakes';
import { Highlighter } from './highlighter';
import { startContent, type RuntimeLike } from './lifecycle';
import { STORY } from './test-pages';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** What a browser does for `<form><input name="NAME"></form>`: form.NAME is the input. */
function clobber(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true });
}

const page = (middle: string): string =>
  `<!doctype html><html><head><title>Library</title></head><body><main><article>
<h1>Council votes to close Elm Street library</h1>
<p>${STORY[0]}</p>${middle}<p>${STORY[1]}</p><p>${STORY[2]}</p><p>${STORY[3]}</p>
</article></main></body></html>`;

/**
 * Named-control clobbers a form can carry that the content script could trip on. (Not
 * `getAttribute`: happy-dom calls it on the element internally, so the simulation would break
 * happy-dom itself; the content script reads it from the prototype like the rest.)
 */
const FORM_NAMES = [
  'localName',
  'nextSibling',
  'firstChild',
  'parentNode',
  'nodeType',
  'hasAttribute',
  'closest',
  'contains',
  'children',
  'textContent',
  'nextElementSibling',
  'querySelectorAll',
];

describe('named form controls and images', () => {
  test.each(FORM_NAMES)('<form><input name="%s"></form> in the article changes nothing', (name) => {
    const clean = extractArticle(parse(page('<form id="f"><input name="q"></form>'))).map.text;
    const doc = parse(page(`<form id="f"><input name="${name}"></form>`));
    const form = doc.getElementById('f') as HTMLFormElement;
    clobber(form, name, form.querySelector('input'));
    const { map } = extractArticle(doc);
    expect(map.text).toBe(clean);
    for (const p of STORY) expect(map.text).toContain(p);
  });

  test('a form outside the article, and every clobber at once', () => {
    const doc = parse(page(''));
    const form = doc.createElement('form');
    doc.body.prepend(form);
    for (const name of FORM_NAMES) {
      const input = doc.createElement('input');
      input.setAttribute('name', name);
      form.append(input);
      clobber(form, name, input);
    }
    expect(extractArticle(doc).map.text).toContain(STORY[3]);
  });

  test('named images on the document (document.body, querySelectorAll, title)', () => {
    const doc = parse(page(''));
    const img = doc.createElement('img');
    for (const name of ['body', 'documentElement', 'querySelectorAll', 'querySelector', 'title']) {
      clobber(doc, name, img);
    }
    const { map, title } = extractArticle(doc);
    expect(map.text).toContain(STORY[3]);
    expect(title).toBe('Council votes to close Elm Street library');
  });

  test('the content script analyses and highlights such a page', async () => {
    const doc = parse(
      page('<form id="f"><input name="localName"><input name="nextSibling"></form>'),
    );
    const form = doc.getElementById('f') as HTMLFormElement;
    clobber(form, 'localName', form.elements[0]);
    clobber(form, 'nextSibling', form.elements[1]);
    const env = fakeHighlightEnv();
    const runtime: RuntimeLike = {
      id: 'x',
      sendMessage: () => Promise.resolve(null),
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    };
    const analyze = (text: string): Finding[] =>
      [...text.matchAll(/reportedly/g)].map((m) => ({
        start: m.index,
        end: m.index + 10,
        kind: 'hedge' as const,
        why: 'test',
      }));
    const c = startContent({ runtime, document: doc, analyze, highlighter: new Highlighter(env) });
    const summary = await c.analyze();
    // "reportedly" is in the third paragraph, after the form.
    expect(summary.counts.hedge).toBe(1);
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['reportedly']);
    c.dispose();
  });
});

describe('code, keyboard input, sample output and preformatted text', () => {
  const QUIET = page(
    '<p>The flag <code>--reportedly</code> was <kbd>said</kbd> to fail; it printed ' +
      '<samp>officials said no</samp>.</p><pre>The mayor reportedly said so.\n  officials said</pre>',
  );

  test('is read as part of the text but marked quiet', () => {
    const { map } = extractArticle(parse(QUIET));
    expect(map.text).toContain('The flag --reportedly was said to fail');
    expect(map.text).toContain('The mayor reportedly said so.\n  officials said');
    const quiet = map.quiet.map(([a, b]) => map.text.slice(a, b));
    expect(quiet).toEqual([
      '--reportedly',
      'said',
      'officials said no',
      'The mayor reportedly said so.\n  officials said',
    ]);
    const at = map.text.indexOf('was said') + 4;
    expect(map.isQuiet(at, at + 4)).toBe(true);
    expect(map.isQuiet(at - 4, at - 1)).toBe(false);
    // A span that only touches a quiet one does not overlap it.
    expect(map.isQuiet(at - 4, at)).toBe(false);
  });

  test('is never highlighted nor counted', async () => {
    const doc = parse(QUIET);
    const env = fakeHighlightEnv();
    const runtime: RuntimeLike = {
      id: 'x',
      sendMessage: () => Promise.resolve(null),
      onMessage: { addListener: () => undefined, removeListener: () => undefined },
    };
    const analyze = (text: string): Finding[] => {
      const out: Finding[] = [];
      for (const m of text.matchAll(/reportedly|said/g)) {
        const kind = m[0] === 'said' ? 'attribution' : 'hedge';
        const f: Finding = { start: m.index, end: m.index + m[0].length, kind, why: 'test' };
        // Credit every "said" to the word before it, which may be quiet.
        if (kind === 'attribution') {
          const before = text.lastIndexOf(' ', m.index - 2) + 1;
          f.source = { start: before, end: m.index - 1, named: false };
        }
        out.push(f);
      }
      return out;
    };
    const c = startContent({ runtime, document: doc, analyze, highlighter: new Highlighter(env) });
    const summary = await c.analyze();
    const hedges = highlightTexts(env.registry.get('whosaid-hedge'));
    const cues = highlightTexts(env.registry.get('whosaid-attribution'));
    // STORY has one "reportedly" and two "said"; the quiet copies are left out.
    expect(hedges).toEqual(['reportedly']);
    expect(cues).toEqual(['said', 'said']);
    expect(summary.counts).toMatchObject({ hedge: 1, attribution: 2 });
    c.dispose();
  });
});
