/**
 * The article text in parts the engine can analyse one at a time, so that a long article is
 * analysed in many short tasks instead of one long one, with exactly the findings that one
 * `analyze(text)` call gives.
 *
 * The engine itself reads a long text in parts of about 32 KiB that end at a line break (no
 * sentence crosses one), and keeps nothing from one part to the next, source entities included
 * (src/engine/analyze.ts, `PART`). Cutting the text where the engine does and analysing each
 * part on its own therefore gives the same findings, shifted by the part's start, entity ids
 * made the whole text's (`e3@32801`, src/engine/entities/ids.ts): `parts.test.ts` checks that on
 * generated prose of several parts, and `scripts/check-parts.ts` on the labelled corpus and
 * the real pages. If the engine changes its part size, change `ENGINE_PART` with it.
 *
 * One exception: a stretch of more than `MAX_PART` characters without a line break (a whole
 * book in one paragraph) would be one long task; such a part is cut further after a sentence
 * end. The engine then sees those sentences apart, which can only change what it learns from
 * the rest of the part (whether a capitalised word is a name elsewhere in it, which earlier
 * mention a later "the official" refers to).
 */
import { entityIdInText } from '../engine/entities/ids';
import type { Finding, SourceEntity } from '../engine/types';

/** The engine's part size (src/engine/analyze.ts). */
export const ENGINE_PART = 32_768;

/** The longest part analysed in one go; longer ones are cut after a sentence. */
export const MAX_PART = 3 * ENGINE_PART;

/** A part of the text, `[start, end)`. */
export interface Part {
  start: number;
  end: number;
}

/** A sentence end followed by the start of the next sentence. */
const SENTENCE_END = /[.!?]['"’”)\]]*\s+(?=['"‘“(]?[\p{Lu}\p{N}])/gu;

/** Cuts `[start, end)` after sentence ends into pieces of at most MAX_PART (or at any space). */
function cutLong(text: string, start: number, end: number, out: Part[]): void {
  let from = start;
  while (end - from > MAX_PART) {
    const limit = from + MAX_PART;
    let cut = -1;
    SENTENCE_END.lastIndex = from + ENGINE_PART;
    for (let m = SENTENCE_END.exec(text); m !== null; m = SENTENCE_END.exec(text)) {
      const at = m.index + m[0].length;
      if (at > limit) break;
      cut = at;
      if (at >= from + 2 * ENGINE_PART) break;
    }
    if (cut < 0) {
      // No sentence end: any space will do, else a hard cut.
      const space = text.lastIndexOf(' ', limit);
      cut = space > from ? space + 1 : limit;
    }
    out.push({ start: from, end: cut });
    from = cut;
  }
  out.push({ start: from, end });
}

/** The parts of `text`, in order, covering it exactly. */
export function partsOf(text: string): Part[] {
  const out: Part[] = [];
  for (let from = 0; from < text.length;) {
    let to = from + ENGINE_PART;
    if (to >= text.length) to = text.length;
    else {
      const nl = text.indexOf('\n', to);
      to = nl < 0 ? text.length : nl + 1;
    }
    if (to - from > MAX_PART) cutLong(text, from, to, out);
    else out.push({ start: from, end: to });
    from = to;
  }
  return out;
}

/** The findings of one part, with offsets into the whole text. */
export function analyzePart(
  analyze: (text: string) => Finding[],
  text: string,
  part: Part,
): Finding[] {
  return shiftFindings(analyze(text.slice(part.start, part.end)), part.start);
}

/** `findings` of a part that starts at `shift`, with offsets into the whole text (in place). */
export function shiftFindings(findings: Finding[], shift: number): Finding[] {
  if (shift === 0) return findings;
  // findings of one source share its entity: rename each entity once
  const renamed = new Set<SourceEntity>();
  for (const f of findings) {
    f.start += shift;
    f.end += shift;
    if (!f.source) continue;
    const entity = f.source.entity;
    if (entity && !renamed.has(entity)) {
      renamed.add(entity);
      entity.id = entityIdInText(entity.id, shift);
      const check = entity.anonymity;
      if (check)
        for (const e of [check.reason, check.basis, check.obtained]) {
          if (!e) continue;
          e.start += shift;
          e.end += shift;
        }
    }
    f.source = { ...f.source, start: f.source.start + shift, end: f.source.end + shift };
  }
  return findings;
}

/**
 * The order to analyse parts in: the one holding `focus` (the text at the top of the screen)
 * first, then the ones after it, then the ones before it, nearest first. The parts analysed so
 * far always form one stretch of text around the focus.
 */
export function partOrder(parts: readonly Part[], focus: number): number[] {
  let first = parts.findIndex((p) => focus < p.end);
  if (first < 0) first = Math.max(0, parts.length - 1);
  const order: number[] = [];
  for (let i = first; i < parts.length; i++) order.push(i);
  for (let i = first - 1; i >= 0; i--) order.push(i);
  return order;
}
