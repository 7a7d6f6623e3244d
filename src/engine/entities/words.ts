/** Small helpers over the words of a phrase, shared by the entities pass. */
import { ruleWords } from '../lexicon';

/** `s` with each run of white space made one space (most phrases have none to make). */
export function squash(s: string): string {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10 || c === 9 || c === 13 || c === 160 || (c === 32 && s.charCodeAt(k + 1) === 32))
      return s.replace(/\s+/g, ' ');
  }
  return s;
}

/**
 * A hash of `text[a, b)` as lowercase words (any run of white space counts as one space), so
 * that a description repeated word for word is found without building its string.
 */
export function wordsHash(text: string, a: number, b: number): number {
  let h = 0x811c9dc5;
  let space = false;
  for (let k = a; k < b; k++) {
    let c = text.charCodeAt(k);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      space = true;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, 0x01000193);
      space = false;
    }
    if (c >= 65 && c <= 90) c |= 32;
    h = Math.imul(h ^ c, 0x01000193);
  }
  // 30 bits: a small integer in every engine (a larger number is a heap object, which a Map
  // hashes and compares more slowly)
  return h & 0x3fffffff;
}

const AUTHOR_HEADS = ruleWords('authorHeads');

/**
 * Whether `w` names a study's authors: `researchers`, `scientists`, and the scientists of a field
 * (`archaeologists`, `epidemiologists`, `geologists`).
 */
export function authorsNoun(w: string): boolean {
  return AUTHOR_HEADS.has(w) || (w.endsWith('ologists') && w.length > 9);
}
