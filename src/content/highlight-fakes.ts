/**
 * Test doubles for the CSS Custom Highlight API (happy-dom has none): a
 * registry, Highlight and StaticRange that record what they were given.
 * Used by the content script's tests only.
 */
import type { HighlightEnv, HighlightRegistryLike } from './highlighter';

/** A StaticRange double: keeps its init, as the real one does. */
export class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  readonly collapsed: boolean;

  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
    this.collapsed =
      init.startContainer === init.endContainer && init.startOffset === init.endOffset;
  }

  /** The text the range covers when it starts and ends in one text node (enough for tests). */
  get text(): string {
    if (this.startContainer !== this.endContainer) return '';
    return (this.startContainer.textContent ?? '').slice(this.startOffset, this.endOffset);
  }
}

/** A Highlight double: a set of ranges with a priority. */
export class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
  type = 'highlight';
  constructor(...ranges: AbstractRange[]) {
    super(ranges);
  }
}

/** A HighlightRegistry double: a Map from name to highlight. */
export class FakeRegistry extends Map<string, Highlight> implements HighlightRegistryLike {}

/** A complete fake environment plus its registry, for assertions. */
export function fakeHighlightEnv(): HighlightEnv & { registry: FakeRegistry } {
  return {
    registry: new FakeRegistry(),
    Highlight: FakeHighlight as unknown as HighlightEnv['Highlight'],
    StaticRange: FakeStaticRange as unknown as HighlightEnv['StaticRange'],
  };
}

/** The texts of a registered highlight's ranges, in order. */
export function highlightTexts(h: Highlight | undefined): string[] {
  if (h === undefined) return [];
  return [...(h as unknown as Set<FakeStaticRange>)].map((r) => r.text);
}
