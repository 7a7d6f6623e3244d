/**
 * Shows findings on the page with the CSS Custom Highlight API: one Highlight
 * per kind, registered under a `whosaid-*` name and styled by the `::highlight()`
 * stylesheet the background inserts (drawn from src/shared/highlight-styles.ts).
 * Ranges are StaticRanges built from the text map, so the page's DOM is never
 * touched: no wrapper elements, no attributes, nothing to undo but the registry
 * entries, which `clear()` deletes.
 *
 * Ranges go into a Highlight one by one (`highlight.add`), never as arguments of one call:
 * `new Highlight(...ranges)` overflows the stack near 100,000 ranges. `begin`/`add`/`show`
 * build new highlights off the page and put them up in one step each time: Chromium redoes
 * the markers of every range of a registered highlight on each frame after a change, so
 * ranges added one by one to a registered highlight of thousands cost a long frame each
 * (measured: 400 more ranges on a registered highlight of 10,000 made an 800 ms frame on a
 * busy machine, registering 10,000 at once 240 ms).
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
  /** Highlights being built since `begin`, by key, off the page until `flush` or `commit`. */
  private building: Map<HighlightKey, Highlight> | null = null;
  private live = false;
  /** Whether ranges were added since the last `flush`. */
  private added = false;

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
    this.begin(false);
    for (const f of findings) {
      this.add(f.kind, map.rangeFor(f.start, f.end));
      if (f.kind === 'attribution' && f.source) {
        this.add('source', map.rangeFor(f.source.start, f.source.end));
      }
    }
    return this.commit();
  }

  /**
   * Starts new highlights that will replace the ones shown. `live`: what is shown goes now
   * (and `flush` puts up what was added so far); otherwise the old highlights stay until
   * `commit`.
   */
  begin(live: boolean): void {
    if (live) this.clear();
    this.building = new Map();
    this.live = live;
    this.added = false;
  }

  /** Adds a range to the highlights begun (not yet on the page), or does nothing if null. */
  add(key: HighlightKey, init: TextRangeInit | null): void {
    const env = this.env;
    const building = this.building;
    if (env === null || building === null || init === null) return;
    let highlight = building.get(key);
    if (highlight === undefined || this.ours.get(HIGHLIGHT_NAMES[key]) === highlight) {
      // New, or already on the page (flushed): add to a copy, which the next flush swaps in.
      const copy = new env.Highlight();
      copy.priority = PRIORITY[key];
      if (highlight !== undefined) for (const range of highlight) copy.add(range);
      highlight = copy;
      building.set(key, highlight);
    }
    highlight.add(new env.StaticRange(init));
    this.added = true;
  }

  /** Live: puts the highlights begun on the page (with what was added since the last time). */
  flush(): void {
    if (!this.live || !this.added || this.building === null) return;
    for (const [key, highlight] of this.building) this.register(key, highlight);
    this.added = false;
  }

  /** Shows the highlights begun in place of the old ones. Returns their ranges per highlight. */
  commit(): HighlightCounts {
    const counts = emptyCounts();
    const building = this.building;
    if (this.env === null || building === null) return counts;
    for (const key of HIGHLIGHT_KEYS) {
      const highlight = building.get(key);
      if (highlight === undefined || highlight.size === 0) {
        this.remove(HIGHLIGHT_NAMES[key]);
        continue;
      }
      this.register(key, highlight);
      counts[key] = highlight.size;
    }
    this.building = null;
    return counts;
  }

  /** Removes our highlights, and only ours: a name someone else re-registered is left alone. */
  clear(): void {
    this.building = null;
    for (const name of [...this.ours.keys()]) this.remove(name);
  }

  private register(key: HighlightKey, highlight: Highlight): void {
    const name = HIGHLIGHT_NAMES[key];
    if (this.ours.get(name) === highlight && this.env?.registry.get(name) === highlight) return;
    this.env?.registry.set(name, highlight);
    this.ours.set(name, highlight);
  }

  private remove(name: HighlightName): void {
    const mine = this.ours.get(name);
    if (mine === undefined) return;
    this.ours.delete(name);
    if (this.env !== null && this.env.registry.get(name) === mine) this.env.registry.delete(name);
  }
}
