/**
 * The finding in focus (keyboard stepping, a ledger click): one more
 * highlight, painted over the others (`FOCUS_PRIORITY`) in the scheme's focus
 * colours (highlight-styles.ts), since a highlight cannot take an outline and
 * Firefox 140 paints colours only.
 */
import { FOCUS_NAME, FOCUS_PRIORITY } from '../shared/highlight-styles';
import type { HighlightEnv } from './highlighter';
import type { TextRangeInit } from './text-map';

export class FocusMark {
  private readonly env: HighlightEnv | null;
  private mine: { name: string; highlight: Highlight } | null = null;

  constructor(env: HighlightEnv | null) {
    this.env = env;
  }

  /** Marks `ranges` (the finding's words), replacing any earlier mark. */
  set(ranges: readonly TextRangeInit[]): void {
    this.clear();
    const env = this.env;
    if (env === null || ranges.length === 0) return;
    const name = FOCUS_NAME;
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
