// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import { extractArticle } from './article';
import { fakeHighlightEnv, FakeHighlight, highlightTexts } from './highlight-fakes';
import { HIGHLIGHT_NAMES, PRIORITY } from '../shared/highlight-styles';
import { detectHighlightEnv, Highlighter } from './highlighter';
import { ARTICLE_PAGE } from './test-pages';

let doc: Document;

/** Parses the fixture page and reads its article. */
function load(): ReturnType<typeof extractArticle> {
  doc = new DOMParser().parseFromString(ARTICLE_PAGE, 'text/html');
  return extractArticle(doc);
}

/** A finding over the first occurrence of `phrase` in `text`. */
function at(text: string, phrase: string, kind: Finding['kind'], source?: string): Finding {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`fixture lacks "${phrase}"`);
  const f: Finding = { start, end: start + phrase.length, kind, why: 'test' };
  if (source !== undefined) {
    const s = text.lastIndexOf(source, start + phrase.length);
    f.source = { start: s, end: s + source.length, named: false };
  }
  return f;
}

const serialize = (): string => new XMLSerializer().serializeToString(doc);

describe('highlighter', () => {
  test('registers one StaticRange highlight per kind, and the source spans', () => {
    const { map } = load();
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    const findings = [
      at(map.text, 'said', 'attribution', 'officials'),
      at(map.text, 'According to', 'attribution'),
      at(map.text, 'officials', 'unnamed'),
      at(map.text, 'Mistakes were made', 'agentless'),
      at(map.text, 'reportedly', 'hedge'),
    ];
    const counts = h.show(findings, map);
    expect(counts).toEqual({ attribution: 2, source: 1, unnamed: 1, agentless: 1, hedge: 1 });
    expect([...env.registry.keys()].sort()).toEqual(Object.values(HIGHLIGHT_NAMES).sort());
    expect(highlightTexts(env.registry.get('whosaid-attribution'))).toEqual([
      'said',
      'According to',
    ]);
    expect(highlightTexts(env.registry.get('whosaid-source'))).toEqual(['officials']);
    expect(highlightTexts(env.registry.get('whosaid-agentless'))).toEqual(['Mistakes were made']);
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['reportedly']);
    // Each highlight carries its place in the stated order; an unnamed source shows as unnamed.
    for (const [key, name] of Object.entries(HIGHLIGHT_NAMES)) {
      expect(env.registry.get(name)?.priority, key).toBe(PRIORITY[key as keyof typeof PRIORITY]);
    }
    const unnamed = env.registry.get('whosaid-unnamed')?.priority ?? 0;
    expect(unnamed).toBeGreaterThan(env.registry.get('whosaid-source')?.priority ?? 0);
    expect(h.showing).toBe(true);
  });

  test('a range across inline tags starts and ends in the right text nodes', () => {
    const { map } = load();
    const env = fakeHighlightEnv();
    // "a report seen by the Herald, the building" spans one text node; "By Ann Writer\n\nThe city" two blocks.
    new Highlighter(env).show([at(map.text, 'Writer\n\nThe city', 'hedge')], map);
    const [range] = [...(env.registry.get('whosaid-hedge') as unknown as Set<StaticRangeInit>)];
    expect(range?.startContainer.textContent?.slice(range.startOffset)).toBe('Writer');
    expect(range?.endContainer.textContent?.slice(0, range.endOffset)).toBe('The city');
  });

  test('leaves the DOM byte-identical through show and clear', () => {
    const { map } = load();
    const before = serialize();
    expect(before).toContain('Elm Street library');
    const h = new Highlighter(fakeHighlightEnv());
    h.show(
      [at(map.text, 'said', 'attribution', 'officials'), at(map.text, 'reportedly', 'hedge')],
      map,
    );
    expect(serialize()).toBe(before);
    h.clear();
    expect(serialize()).toBe(before);
  });

  test('clear removes exactly our highlights', () => {
    const { map } = load();
    const env = fakeHighlightEnv();
    const pageOwn = new FakeHighlight() as unknown as Highlight;
    env.registry.set('page-search', pageOwn);
    const h = new Highlighter(env);
    h.show([at(map.text, 'said', 'attribution'), at(map.text, 'reportedly', 'hedge')], map);
    // Someone else (a newer instance of the script) took over one of the names.
    const newer = new FakeHighlight() as unknown as Highlight;
    env.registry.set('whosaid-hedge', newer);
    h.clear();
    expect(env.registry.get('page-search')).toBe(pageOwn);
    expect(env.registry.get('whosaid-hedge')).toBe(newer);
    expect(env.registry.has('whosaid-attribution')).toBe(false);
    expect(h.showing).toBe(false);
  });

  test('showing again replaces the previous highlights; kinds now absent are removed', () => {
    const { map } = load();
    const env = fakeHighlightEnv();
    const h = new Highlighter(env);
    h.show([at(map.text, 'said', 'attribution'), at(map.text, 'reportedly', 'hedge')], map);
    h.show([at(map.text, 'reportedly', 'hedge')], map);
    expect([...env.registry.keys()]).toEqual(['whosaid-hedge']);
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['reportedly']);
  });

  test('skips findings that cover no real text', () => {
    const { map } = load();
    const env = fakeHighlightEnv();
    const brk = map.text.indexOf('\n\n');
    const counts = new Highlighter(env).show(
      [{ start: brk, end: brk + 2, kind: 'hedge', why: 'test' }],
      map,
    );
    expect(counts.hedge).toBe(0);
    expect(env.registry.size).toBe(0);
  });

  test('does nothing, and says so, without the Highlight API', () => {
    const { map } = load();
    expect(detectHighlightEnv({})).toBeNull();
    expect(
      detectHighlightEnv({ CSS: {}, Highlight: FakeHighlight, StaticRange: class {} }),
    ).toBeNull();
    const h = new Highlighter(null);
    expect(h.supported).toBe(false);
    const counts = h.show([at(map.text, 'said', 'attribution')], map);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(h.showing).toBe(false);
    expect(() => h.clear()).not.toThrow();
  });

  test('detects the API on a global that has it', () => {
    const env = fakeHighlightEnv();
    const scope = {
      CSS: { highlights: env.registry },
      Highlight: env.Highlight,
      StaticRange: env.StaticRange,
    };
    expect(detectHighlightEnv(scope)?.registry).toBe(env.registry);
  });
});
