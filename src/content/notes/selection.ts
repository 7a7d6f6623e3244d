/**
 * The reader's selection as offsets into the article text. A selection's ends
 * can sit on elements (a triple click selects a whole paragraph) or outside
 * the article; each end is moved to the nearest character of the article
 * inside the selection.
 */
import { isText, ownerDocument, textData, textWalker } from '../dom-access';
import type { TextMap } from '../text-map';

/** The article offsets a DOM range covers, or null when it covers no article text. */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  // Node properties through dom-access: a selection can end on a form whose controls are named
  // "nodeType" or "ownerDocument" (a page wrapped in one form, as ASP.NET pages are).
  const doc = ownerDocument(range.startContainer);
  if (doc === null) return null;
  const start = boundary(map, doc, range, 'start');
  const end = boundary(map, doc, range, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

function boundary(map: TextMap, doc: Document, range: Range, side: 'start' | 'end'): number | null {
  const node = side === 'start' ? range.startContainer : range.endContainer;
  const offset = side === 'start' ? range.startOffset : range.endOffset;
  if (isText(node)) {
    const at = map.offsetAt(node, offset);
    if (at !== null) return at;
  }
  // Walk the text nodes inside the range, from this end inwards, to the first one in the article.
  const walker = textWalker(doc, range.commonAncestorContainer);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    if (range.intersectsNode(n)) texts.push(n as Text);
  }
  if (isText(range.commonAncestorContainer)) texts.push(range.commonAncestorContainer);
  const ordered = side === 'start' ? texts : texts.reverse();
  for (const text of ordered) {
    const within =
      side === 'start'
        ? text === range.startContainer
          ? offset
          : 0
        : text === range.endContainer
          ? offset
          : textData(text).length;
    const at = map.offsetAt(text, within);
    if (at !== null) return at;
  }
  return null;
}
