/** Multiword phrase lookup keyed by first word, so matching costs one Map probe per token. */
import type { Token } from './tokenize';

export type PhraseIndex = ReadonlyMap<string, readonly (readonly string[])[]>;

/** Indexes phrases (already split into words) by their first word, longest first. */
export function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const index = new Map<string, string[][]>();
  for (const p of [...phrases].sort((a, b) => b.length - a.length)) {
    const list = index.get(p[0]!) ?? [];
    list.push([...p]);
    index.set(p[0]!, list);
  }
  return index;
}

/** The length in tokens of the longest phrase of `index` starting at token `i`, or 0. */
export function matchPhrase(
  index: PhraseIndex,
  tokens: readonly Token[],
  i: number,
  limit: number,
): number {
  const list = index.get(tokens[i]!.lower);
  if (!list) return 0;
  for (const p of list) {
    if (i + p.length > limit) continue;
    let ok = true;
    for (let k = 1; k < p.length; k++) {
      if (tokens[i + k]!.lower !== p[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return p.length;
  }
  return 0;
}
