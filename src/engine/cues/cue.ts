/** A cue as the cue finders return it: token offsets, its class and the source it credits. */
import type { Context } from '../context';
import type { SourcePhrase } from '../subject/result';
import type { CueClass } from '../types';

/** A cue found in the tokens, before it becomes a Finding. */
export interface Cue {
  /** Token range of the cue span. */
  start: number;
  end: number;
  cue: CueClass;
  /** The lemma or phrase, for the reader-facing reason. */
  label: string;
  source: SourcePhrase | null;
  /** The verb is passive with no agent: its subject is not the source. */
  passive: boolean;
}

/** The text of tokens `[a, b)`. */
export function words(ctx: Context, a: number, b: number): string {
  return ctx.text.slice(ctx.tokens[a]!.start, ctx.tokens[b - 1]!.end);
}
