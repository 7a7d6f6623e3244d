/**
 * Keyboard focus back in the page at a finding's words, for a reader who tabs out of its card.
 * The card's host hangs at the end of the document, so the browser's next stop after its last
 * button is the end of the page; the reader is brought back where they were reading instead,
 * and Tab goes on from there. Highlights are not elements: the element holding the words takes
 * the focus (a link or other control around them, else their element, focusable only until it
 * loses the focus, so the page is left as it was).
 */

/** Elements the page already lets the keyboard reach. */
const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';

/** Focuses the element holding `node` (a text node of the words), without scrolling. */
export function focusAtWords(node: Node): void {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!element) return;
  const own = element.closest(FOCUSABLE);
  if (own instanceof HTMLElement) {
    own.focus({ preventScroll: true });
    return;
  }
  if (!(element instanceof HTMLElement)) return;
  element.setAttribute('tabindex', '-1');
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  element.focus({ preventScroll: true });
}
