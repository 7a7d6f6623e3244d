/**
 * Entity ids. The engine links sources within one text part (src/engine/analyze.ts, `PART`) and
 * keeps nothing from one part to the next, so that a part analysed on its own (as the content
 * script does, src/content/parts.ts) gives the findings the whole text gives. Ids stay unique in
 * the whole text all the same: `e1`, `e2`, ... in the first part, `e1@32801`, `e2@32801`, ... in
 * the part that starts at offset 32801.
 */

/** The id of the `n`th entity (from 1) of the part that starts at offset `partStart`. */
export function entityId(n: number, partStart: number): string {
  return partStart > 0 ? `e${n}@${partStart}` : `e${n}`;
}

/**
 * The id in the whole text of an entity found by analysing on its own the part that starts at
 * `partStart`: `e3` becomes `e3@32801`. (The part's own analysis numbered it as a first part.)
 */
export function entityIdInText(id: string, partStart: number): string {
  return partStart > 0 && !id.includes('@') ? `${id}@${partStart}` : id;
}

/** Orders entity ids as the entities were made: by part, then by number. */
export function compareEntityIds(a: string, b: string): number {
  const [na, pa] = parts(a);
  const [nb, pb] = parts(b);
  return pa - pb || na - nb;
}

function parts(id: string): [number, number] {
  const at = id.indexOf('@');
  return at < 0 ? [Number(id.slice(1)), 0] : [Number(id.slice(1, at)), Number(id.slice(at + 1))];
}
