/**
 * The finding in focus (keyboard stepping, a ledger click, an open card): one
 * more highlight, painted over the others in a strong colour, since a
 * highlight cannot take an outline and Firefox 140 paints colours only.
 */
import { highlightName } from '../shared/highlight-schemes';
import type { SchemeId } from '../shared/settings';
import type { HighlightEnv } from './highlighter';
import type { TextRangeInit } from './text-map';

/** Above every kind's priority (highlighter.ts), so the focus always shows. */
const FOCUS_PRIORITY = 100;

export class FocusMark {
  private readonly env: HighlightEnv | null;
  private mine: { name: string; highlight: Highlight } | null = null;

  constructor(env: HighlightEnv | null) {
    this.env = env;
  }

  /** Marks `ranges` (the finding's words), replacing any earlier mark. */
  set(ranges: readonly TextRangeInit[], scheme: SchemeId): void {
    this.clear();
    const env = this.env;
    if (env === null || ranges.length === 0) return;
    const name = highlightName(scheme, 'focus');
    const highlight = new env.Highlight(...ranges.map((r) => new env.StaticRange(r)));
    highlight.priority = FOCUS_PRIORITY;
    env.registry.set(name, highlight);
    this.mine = { name, highlight };
  }

  /** Removes the mark, and only ours. */
  clear(): void {
    const mine = this.mine;
    if (mine === null || this.env === null) return;
    this.mine = null;
    if (this.env.registry.get(mine.name) === mine.highlight) this.env.registry.delete(mine.name);
  }
}
