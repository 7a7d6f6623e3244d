// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import { fakeHighlightEnv, highlightTexts } from './highlight-fakes';
import { Highlighter } from './highlighter';
import { nearestFirst, Painter, paintWindow } from './painter';
import { runSteps } from './steps';
import { buildTextMap } from './text-map';

/** A page of `n` paragraphs "Word0 said.", "Word1 said.", ... and its text map. */
function page(n: number) {
  const root = document.createElement('div');
  for (let i = 0; i < n; i++) {
    const p = document.createElement('p');
    p.textContent = `Word${i} said.`;
    root.append(p);
  }
  document.body.replaceChildren(root);
  return buildTextMap([root], () => false);
}

/** One attribution per paragraph ("said", sourced to the word before it). */
function findings(text: string): Finding[] {
  return [...text.matchAll(/(Word\d+) said/g)].map((m) => ({
    start: m.index + (m[1] as string).length + 1,
    end: m.index + m[0].length,
    kind: 'attribution' as const,
    source: { start: m.index, end: m.index + (m[1] as string).length, named: true },
    why: 'test',
  }));
}

describe('painting findings', () => {
  test('paints every finding and its source while under the cap', () => {
    const map = page(5);
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    h.begin(true);
    const painter = new Painter(h, map, 100);
    runSteps(painter.paint(findings(map.text)));
    h.commit();
    expect(painter).toMatchObject({ painted: 5, ranges: 10, capped: false });
    expect(highlightTexts(env.registry.get('whosaid-source'))).toEqual([
      'Word0',
      'Word1',
      'Word2',
      'Word3',
      'Word4',
    ]);
  });

  test('wouldCap: whether findings need more ranges than the cap leaves (a source is one more)', () => {
    const map = page(10);
    const all = findings(map.text);
    const painter = new Painter(new Highlighter(fakeHighlightEnv()), map, 7);
    expect(painter.wouldCap(all.slice(0, 3))).toBe(false);
    expect(painter.wouldCap(all.slice(0, 4))).toBe(true);
    expect(painter.wouldCap(all.slice(0, 4).map(({ source: _, ...f }) => f))).toBe(false);
    runSteps(painter.paint(all.slice(0, 2)));
    expect(painter.wouldCap(all.slice(2, 3))).toBe(false);
    expect(painter.wouldCap(all.slice(2, 4))).toBe(true);
  });

  test('stops at the cap (never half a finding), nearest the reader first', () => {
    const map = page(10);
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    h.begin(true);
    const painter = new Painter(h, map, 7);
    const all = findings(map.text);
    const focus = map.text.indexOf('Word6');
    runSteps(painter.paint(nearestFirst(all, focus)));
    h.commit();
    expect(painter).toMatchObject({ painted: 3, ranges: 6, capped: true });
    expect(highlightTexts(env.registry.get('whosaid-source'))).toEqual(['Word6', 'Word7', 'Word8']);
  });

  test('pauses every few hundred ranges', () => {
    const map = page(2000);
    const h = new Highlighter(fakeHighlightEnv());
    h.begin(true);
    const steps = new Painter(h, map, 10_000).paint(findings(map.text));
    let pauses = 0;
    while (!steps.next().done) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(4);
  });

  test('a window of findings follows the reader on a page longer than the cap', () => {
    const map = page(50);
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    const all = findings(map.text);
    const top = paintWindow(h, map, all, 0, 20);
    expect(top).toMatchObject({ painted: 10, ranges: 20, from: map.text.indexOf('said') });
    expect(highlightTexts(env.registry.get('whosaid-source'))[0]).toBe('Word0');
    // Scrolled to Word30: a fifth of the cap (one finding) above it, the rest below.
    const lower = paintWindow(h, map, all, map.text.indexOf('Word30'), 20);
    expect(highlightTexts(env.registry.get('whosaid-source'))).toEqual(
      Array.from({ length: 10 }, (_, i) => `Word${28 + i}`),
    );
    expect(lower.from).toBe(map.text.indexOf('Word28 said') + 7);
  });

  test('nearestFirst: from the focus on, then backwards', () => {
    const f = (start: number): Finding => ({ start, end: start + 1, kind: 'hedge', why: '' });
    const list = [f(0), f(10), f(20), f(30)];
    expect(nearestFirst(list, 15).map((x) => x.start)).toEqual([20, 30, 10, 0]);
    expect(nearestFirst(list, 0).map((x) => x.start)).toEqual([0, 10, 20, 30]);
    expect(nearestFirst(list, 99).map((x) => x.start)).toEqual([30, 20, 10, 0]);
  });
});

describe('the highlighter with many ranges', () => {
  test('200,000 ranges: no spread into a call, so no stack overflow', () => {
    const map = page(1);
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    const many: Finding[] = Array.from({ length: 200_000 }, () => ({
      start: 0,
      end: 5,
      kind: 'hedge' as const,
      why: '',
    }));
    expect(h.show(many, map).hedge).toBe(200_000);
  });

  test('highlights go up whole: at commit, or at each flush of a live run (never grown in place)', () => {
    const map = page(2);
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    h.show(findings(map.text).slice(0, 1), map);
    const old = env.registry.get('whosaid-attribution');
    h.begin(false);
    h.add('hedge', map.rangeFor(0, 5));
    h.flush(); // not live: nothing changes until commit
    expect(env.registry.get('whosaid-attribution')).toBe(old);
    expect(env.registry.has('whosaid-hedge')).toBe(false);
    h.commit();
    expect(env.registry.has('whosaid-attribution')).toBe(false);
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['Word0']);

    h.begin(true);
    expect(env.registry.size).toBe(0);
    h.add('unnamed', map.rangeFor(0, 5));
    expect(env.registry.size).toBe(0);
    h.flush();
    const first = env.registry.get('whosaid-unnamed');
    expect(highlightTexts(first)).toEqual(['Word0']);
    h.add('unnamed', map.rangeFor(map.text.indexOf('Word1'), map.text.indexOf('Word1') + 5));
    // The highlight on the page is not changed in place; the next flush swaps in a new one.
    expect(highlightTexts(first)).toEqual(['Word0']);
    h.flush();
    expect(highlightTexts(env.registry.get('whosaid-unnamed'))).toEqual(['Word0', 'Word1']);
    expect(env.registry.get('whosaid-unnamed')).not.toBe(first);
    h.commit();
    expect(highlightTexts(env.registry.get('whosaid-unnamed'))).toEqual(['Word0', 'Word1']);
  });
});
