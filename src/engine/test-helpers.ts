/** Helpers for the engine's unit tests: findings as readable text. */
import { analyze } from './analyze';
import type { FindingKind, Named } from './types';

export interface Seen {
  text: string;
  source?: string;
  named?: Named;
}

/** The findings of `kind` in `text`, as their covered text (and source text and namedness). */
export function seen(text: string, kind: FindingKind): Seen[] {
  return analyze(text, { kinds: [kind] }).map((f) => {
    const out: Seen = { text: text.slice(f.start, f.end) };
    if (f.source) {
      out.source = text.slice(f.source.start, f.source.end);
      out.named = f.source.named;
    }
    return out;
  });
}

/** Just the covered texts of the findings of `kind`. */
export function spans(text: string, kind: FindingKind): string[] {
  return seen(text, kind).map((s) => s.text);
}

/**
 * The source words of the first cue whose words end with `cue` in `text` (null when the cue has
 * no source; undefined when there is no such cue).
 */
export function sourceText(text: string, cue: string): string | null | undefined {
  const f = seen(text, 'attribution').find((s) => s.text.endsWith(cue));
  return f ? (f.source ?? null) : undefined;
}

/** The source words, namedness and entity name of the `nth` cue reading `cue` in `text`. */
export function cueSource(
  text: string,
  cue: string,
  nth = 0,
): [string, Named, string?] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).filter(
    (g) => text.slice(g.start, g.end) === cue,
  )[nth];
  return f?.source
    ? [text.slice(f.source.start, f.source.end), f.source.named, f.source.entity?.name]
    : undefined;
}

/** Per cue of `text`: its source's words, its entity's name and the names of its members. */
export function joints(text: string): [string, string, string[]][] {
  return analyze(text, { kinds: ['attribution'] }).flatMap((f) =>
    f.source?.entity
      ? [
          [
            text.slice(f.source.start, f.source.end),
            f.source.entity.name,
            (f.source.entity.members ?? []).map((m) => m.name),
          ] as [string, string, string[]],
        ]
      : [],
  );
}
