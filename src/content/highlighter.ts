/**
 * Shows findings on the page with the CSS Custom Highlight API: one Highlight
 * per kind, registered under a `whosaid-*` name and styled by the `::highlight()`
 * stylesheet the background inserts (drawn from src/shared/highlight-styles.ts).
 * Ranges are StaticRanges built from the text map, so the page's DOM is never
 * touched: no wrapper elements, no attributes, nothing to undo but the registry
 * entries, which `clear()` deletes.
 */
import type { Finding } from '../engine/types';
import {
  HIGHLIGHT_KEYS,
  HIGHLIGHT_NAMES,
  PRIORITY,
  type HighlightKey,
  type HighlightName,
} from '../shared/highlight-styles';
import type { TextMap, TextRangeInit } from './text-map';

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
   * Shows `findings` (offsets into `map.text`), replacing what was shown.
   * Returns the number of ranges per highlight; all zero when unsupported.
   */
  show(findings: readonly Finding[], map: TextMap): HighlightCounts {
    const counts = emptyCounts();
    const env = this.env;
    if (env === null) return counts;
    const ranges = new Map<HighlightKey, StaticRange[]>(HIGHLIGHT_KEYS.map((k) => [k, []]));
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
    for (const key of HIGHLIGHT_KEYS) {
      const list = ranges.get(key) ?? [];
      const name = HIGHLIGHT_NAMES[key];
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
