/**
 * A new, empty array for strings or objects, made as an array of objects: an empty literal `[]`
 * starts as an array of small integers, and the first string or object pushed onto it changes
 * its kind. Code V8 had compiled with such an array's push inlined (for the kinds it had seen)
 * was thrown away when it met the other one ("not a Smi": `Names.push`, `LinkState.tracked`'s
 * push in `link`, session 25) and compiled again. (tokenize.ts's `tokenArray` and analyze.ts's
 * `findingArray` do the same for tokens and findings.)
 */
export function objectArray<T>(): T[] {
  const a: unknown[] = [null];
  a.length = 0;
  return a as T[];
}
