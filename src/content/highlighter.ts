/**
 * Shows findings on the page with the CSS Custom Highlight API: one Highlight
 * per kind, registered under a `whosaid-*` name and styled by content.css's
 * `::highlight()` rules. Ranges are StaticRanges built from the text map, so
 * the page's DOM is never touched: no wrapper elements, no attributes, nothing
 * to undo but the registry entries, which `clear()` deletes.
 */
import type { Finding } from '../engine/types';
import { highlightName } from '../shared/highlight-schemes';
import type { SchemeId } from '../shared/settings';
import type { TextMap, TextRangeInit } from './text-map';

/** Highlight names, one per thing shown. `source` is the span a claim is credited to. */
export const HIGHLIGHT_NAMES = {
  attribution: 'whosaid-attribution',
  source: 'whosaid-source',
  unnamed: 'whosaid-unnamed',
  agentless: 'whosaid-agentless',
  hedge: 'whosaid-hedge',
} as const;

export type HighlightKey = keyof typeof HIGHLIGHT_NAMES;
/** A registered name: `HIGHLIGHT_NAMES` in the default scheme, `whosaid-cb-*` etc. in others. */
export type HighlightName = string;

const KEYS = Object.keys(HIGHLIGHT_NAMES) as HighlightKey[];

/**
 * Which highlight paints on top where two overlap (higher wins for the same
 * property): a source underline over the attribution background, the narrow
 * kinds over the broad ones.
 */
const PRIORITY: Record<HighlightKey, number> = {
  attribution: 1,
  agentless: 2,
  hedge: 3,
  unnamed: 4,
  source: 5,
};

/** The registry part of `CSS.highlights` that the highlighter uses. */
export interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  get(name: string): Highlight | undefined;
  delete(name: string): boolean;
}

/** The browser pieces the highlighter needs; tests hand in doubles. */
export interface HighlightEnv {
  registry: HighlightRegistryLike;
  Highlight: new (...ranges: AbstractRange[]) => Highlight;
  StaticRange: new (init: StaticRangeInit) => StaticRange;
}

/** What `CSS`, `Highlight` and `StaticRange` look like on a global object, if present. */
interface HighlightGlobals {
  CSS?: { highlights?: HighlightRegistryLike };
  Highlight?: HighlightEnv['Highlight'];
  StaticRange?: HighlightEnv['StaticRange'];
}

/** The Custom Highlight API of `scope` (the page's global by default), or null when it lacks one. */
export function detectHighlightEnv(scope: object = globalThis): HighlightEnv | null {
  const g = scope as HighlightGlobals;
  const registry = g.CSS?.highlights;
  if (registry === undefined || g.Highlight === undefined || g.StaticRange === undefined) {
    return null;
  }
  return { registry, Highlight: g.Highlight, StaticRange: g.StaticRange };
}

/** Ranges registered per highlight name in the last `show`. */
export type HighlightCounts = Record<HighlightKey, number>;

const emptyCounts = (): HighlightCounts => ({
  attribution: 0,
  source: 0,
  unnamed: 0,
  agentless: 0,
  hedge: 0,
});

/** Registers and removes Who Said's highlights. */
export class Highlighter {
  private readonly env: HighlightEnv | null;
  private readonly ours = new Map<HighlightName, Highlight>();
  private scheme: SchemeId = 'default';

  /** `env`: the Highlight API, or null when the browser has none (then nothing is shown). */
  constructor(env: HighlightEnv | null) {
    this.env = env;
  }

  /** Whether this browser can show highlights at all. */
  get supported(): boolean {
    return this.env !== null;
  }

  /** Whether highlights are registered right now. */
  get showing(): boolean {
    return this.ours.size > 0;
  }

  /**
   * Paints with the reader's colour scheme from the next `show` on: each scheme
   * has its own highlight names, styled in content.css.
   */
  setScheme(scheme: SchemeId): void {
    if (scheme === this.scheme) return;
    this.clear();
    this.scheme = scheme;
  }

  /**
   * Shows `findings` (offsets into `map.text`), replacing what was shown.
   * Returns the number of ranges per highlight; all zero when unsupported.
   */
  show(findings: readonly Finding[], map: TextMap): HighlightCounts {
    const counts = emptyCounts();
    const env = this.env;
    if (env === null) return counts;
    const ranges = new Map<HighlightKey, StaticRange[]>(KEYS.map((k) => [k, []]));
    const add = (key: HighlightKey, init: TextRangeInit | null): void => {
      if (init === null) return;
      ranges.get(key)?.push(new env.StaticRange(init));
    };
    for (const f of findings) {
      add(f.kind, map.rangeFor(f.start, f.end));
      if (f.kind === 'attribution' && f.source) {
        add('source', map.rangeFor(f.source.start, f.source.end));
      }
    }
    for (const key of KEYS) {
      const list = ranges.get(key) ?? [];
      const name = highlightName(this.scheme, key);
      if (list.length === 0) {
        this.remove(name);
        continue;
      }
      const highlight = new env.Highlight(...list);
      highlight.priority = PRIORITY[key];
      env.registry.set(name, highlight);
      this.ours.set(name, highlight);
      counts[key] = list.length;
    }
    return counts;
  }

  /** Removes our highlights, and only ours: a name someone else re-registered is left alone. */
  clear(): void {
    for (const name of [...this.ours.keys()]) this.remove(name);
  }

  private remove(name: HighlightName): void {
    const mine = this.ours.get(name);
    if (mine === undefined) return;
    this.ours.delete(name);
    if (this.env !== null && this.env.registry.get(name) === mine) this.env.registry.delete(name);
  }
}
