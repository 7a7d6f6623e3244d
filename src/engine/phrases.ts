/**
 * Multiword phrase lookup as a tree of words (`on` -> `condition` -> `of` -> `anonymity`), so
 * matching costs one Map probe per token of the match, however many phrases share a first word.
 */
import type { Token } from './tokenize';

/** A node of the tree: the words that may follow, and whether a phrase ends here. */
interface PhraseNode {
  next: Map<string, PhraseNode>;
  ends: boolean;
}

export type PhraseIndex = PhraseNode;

/** Indexes phrases (already split into words). */
export function indexPhrases(phrases: readonly (readonly string[])[]): PhraseIndex {
  const root: PhraseNode = { next: new Map(), ends: false };
  for (const p of phrases) {
    let node = root;
    for (const w of p) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), ends: false }));
      node = child;
    }
    node.ends = true;
  }
  return root;
}

/** The length in tokens of the longest phrase of `index` starting at token `i`, or 0. */
export function matchPhrase(
  index: PhraseIndex,
  tokens: readonly Token[],
  i: number,
  limit: number,
): number {
  let node: PhraseNode | undefined = index;
  let longest = 0;
  for (let k = i; k < limit; k++) {
    node = node.next.get(tokens[k]!.lower);
    if (!node) break;
    if (node.ends) longest = k - i + 1;
  }
  return longest;
}
