/**
 * Places every note of the page in the article text: offsets in, offsets out.
 * A note on the whole article has no passage; a note whose passage cannot be
 * found is an orphan, with what now stands near where it was.
 */
import type { NoteAnchorState } from '../../shared/messages';
import { positionOf, quoteOf, type Note } from '../../shared/notes';
import { anchorPassage } from '../anchoring/match-quote';

/** A note placed in the text. */
export interface PlacedNote {
  note: Note;
  state: NoteAnchorState;
  /** Offsets into the text, for anchored notes. */
  start?: number;
  end?: number;
}

/** Characters shown of what now stands where an orphan's passage was. */
const NEARBY = 160;

/** What stands around `start..end` in `text` now, cut at word edges. */
function around(text: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, text.length) - NEARBY / 2);
  const to = Math.min(text.length, Math.max(end, from) + NEARBY / 2);
  let slice = text.slice(from, to).replace(/\s+/g, ' ').trim();
  if (from > 0) slice = `…${slice.replace(/^\S*\s/, '')}`;
  if (to < text.length) slice = `${slice.replace(/\s\S*$/, '')}…`;
  return slice;
}

/** Places `notes` in `text`. */
export function placeNotes(text: string, notes: readonly Note[]): PlacedNote[] {
  return notes.map((note): PlacedNote => {
    const quote = quoteOf(note);
    const position = positionOf(note);
    if (quote === undefined && position === undefined) {
      return { note, state: { id: note.id, status: 'article' } };
    }
    const anchor = anchorPassage(text, quote, position);
    if (anchor === null) {
      const state: NoteAnchorState = { id: note.id, status: 'orphan' };
      if (position !== undefined && position.start < text.length) {
        state.current = around(text, position.start, position.end);
      }
      return { note, state };
    }
    const state: NoteAnchorState = { id: note.id, status: 'anchored', method: anchor.method };
    const now = text.slice(anchor.start, anchor.end);
    if (quote !== undefined && now !== quote.exact) state.current = now.slice(0, 5000);
    return { note, state, start: anchor.start, end: anchor.end };
  });
}
