// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { NoteUi, noteButtonPlace, UNSAVED_WARNING } from './note-ui';

/** The UI's shadow roots are closed to the page; the test opens them to read the editor. */
const attachShadow = Element.prototype.attachShadow;
beforeEach(() => {
  Element.prototype.attachShadow = function (init: ShadowRootInit) {
    return attachShadow.call(this, { ...init, mode: 'open' });
  };
});
afterEach(() => {
  Element.prototype.attachShadow = attachShadow;
  for (const host of document.querySelectorAll('[data-whosaid="notes"]')) host.remove();
});

const AT = { left: 10, top: 10, right: 200, bottom: 30 };

/** An editor opened on a passage; its parts, and what it was asked to do. */
function editor(body?: string) {
  const ui = new NoteUi(document);
  const onClose = vi.fn();
  const onSave = vi.fn(async () => null);
  ui.openEditor({
    at: AT,
    heading: 'Note this passage',
    quote: 'the pipe leaks',
    onSave,
    onClose,
    ...(body ? { body } : {}),
  });
  const hosts = document.querySelectorAll('[data-whosaid="notes"]');
  const root = hosts[hosts.length - 1]?.shadowRoot as ShadowRoot;
  const card = root.querySelector('[role="dialog"]') as HTMLElement;
  const textarea = root.querySelector('textarea') as HTMLTextAreaElement;
  const alert = root.querySelector('[role="alert"]') as HTMLElement;
  const type = (words: string) => {
    textarea.value += words;
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const escape = () =>
    card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  return { ui, onClose, onSave, card, alert, type, escape };
}

describe('the note editor and Escape', () => {
  test('a note typed and not saved is not thrown away by one Escape: it says so first', () => {
    const e = editor();
    e.type('Who first said this?');
    e.escape();
    expect(e.ui.editing).toBe(true);
    expect(e.alert.hidden).toBe(false);
    expect(e.alert.textContent).toBe(UNSAVED_WARNING);
    expect(e.onClose).not.toHaveBeenCalled();
    // a second Escape discards it, as the warning said
    e.escape();
    expect(e.ui.editing).toBe(false);
    expect(e.onClose).toHaveBeenCalledOnce();
  });

  test('typing again takes the warning back; the next Escape warns again', () => {
    const e = editor();
    e.type('Ask the council');
    e.escape();
    e.type(' about the dates');
    expect(e.alert.hidden).toBe(true);
    e.escape();
    expect(e.ui.editing).toBe(true);
  });

  test('near misses: an empty editor, or a note opened and left unchanged, closes at once', () => {
    const empty = editor();
    empty.escape();
    expect(empty.ui.editing).toBe(false);
    expect(empty.onClose).toHaveBeenCalledOnce();
    const unchanged = editor('Checked with the board');
    unchanged.escape();
    expect(unchanged.ui.editing).toBe(false);
  });
});

describe('noteButtonPlace', () => {
  const view = { width: 1200, height: 800 };
  const line = (top: number, left: number, right: number) => ({
    left,
    right,
    top,
    bottom: top + 20,
  });
  const column = { left: 200, right: 900, top: 100, bottom: 600 };

  test('beside the last line, in the margin, not over the next line', () => {
    const at = { first: line(300, 400, 900), last: line(324, 200, 480), column };
    expect(noteButtonPlace(at, view)).toEqual({ left: 908, top: 321 });
  });

  test('a column that leaves no margin (a narrow window): just above the first line', () => {
    const at = {
      first: line(300, 40, 340),
      last: line(324, 20, 200),
      column: { ...column, left: 16, right: 344 },
    };
    expect(noteButtonPlace(at, { width: 360, height: 640 })).toEqual({ left: 40, top: 270 });
  });

  test('a full-width page: after the words of a last line that ends short, over no words', () => {
    const full = { ...column, left: 8, right: 1192 };
    // (the selection ends its paragraph: the rest of the line is blank)
    const at = { first: line(300, 8, 1190), last: line(324, 8, 640), column: full, lineEnd: 640 };
    expect(noteButtonPlace(at, view)).toEqual({ left: 648, top: 321 });
    // (words follow the selection to the edge: not over them, nor over the line above's start)
    const before = noteButtonPlace({ ...at, lineEnd: 1190 }, view);
    expect(before).toEqual({ left: 8, top: 270 });
  });

  test('a column with a left margin and none on the right: beside the first line, on the left', () => {
    const right = { ...column, left: 120, right: 1192 };
    const at = { first: line(300, 400, 1190), last: line(324, 120, 1190), column: right };
    expect(noteButtonPlace(at, view)).toEqual({ left: 36, top: 297 });
  });

  test('mid-paragraph on a full-width page: after the words of the nearest line that ends short, over no words', () => {
    const full = { ...column, left: 8, right: 1192 };
    const lines = [
      line(252, 8, 600), // the paragraph above ends short
      line(276, 8, 1190),
      line(300, 8, 1190),
      line(324, 8, 1190),
      line(348, 8, 1190),
      line(372, 8, 500), // the selection's paragraph ends
    ];
    const sel = line(300, 400, 700);
    const at = { first: sel, last: sel, column: full, lineEnd: 1190, words: lines };
    // (just above would cover the line before; just below, the line after)
    expect(noteButtonPlace(at, view)).toEqual({ left: 608, top: 249 });
    // (the nearer of two short lines)
    const nearer = [...lines.slice(1, 4), line(348, 8, 500)];
    expect(noteButtonPlace({ ...at, words: nearer }, view)).toEqual({ left: 508, top: 345 });
  });

  test("measured words that leave a place free change nothing; a line box's blank edges may be grazed", () => {
    const at = { first: line(300, 400, 900), last: line(324, 200, 480), column };
    expect(noteButtonPlace({ ...at, words: [at.first, at.last] }, view)).toEqual({
      left: 908,
      top: 321,
    });
    // (the line above ends before the selection starts: just above it is blank)
    const full = { ...column, left: 8, right: 1192 };
    const first = line(300, 700, 1190);
    const words = [line(274, 8, 640), first, line(324, 8, 1190)];
    const mid = { first, last: line(324, 8, 1190), column: full, lineEnd: 1190, words };
    expect(noteButtonPlace(mid, view)).toEqual({ left: 700, top: 270 });
  });

  test('no margin and no room above (the top of the window): below, kept in the window', () => {
    const narrow = { width: 360, height: 640 };
    const wide = { ...column, left: 0, right: 360 };
    expect(
      noteButtonPlace({ first: line(10, 40, 340), last: line(10, 40, 200), column: wide }, narrow),
    ).toEqual({ left: 180, top: 34 });
    // (never past the window's right edge)
    expect(
      noteButtonPlace({ first: line(10, 40, 360), last: line(10, 300, 360), column: wide }, narrow)
        .left,
    ).toBe(280);
  });
});
