/**
 * "Note this passage" on a finding's card (`InPage.setNoteHandler`): the card
 * hands over the finding's offsets in the article text and what the engine
 * said of it; the note editor opens on those words, and the note keeps the
 * finding it was made on.
 */
import { LIMITS, shorten } from '../../shared/limits';
import type { NoteHandler } from '../in-page';
import type { PageNotes } from './page-notes';

/** The card's note handler over the page's notes. */
export function noteFromCard(notes: Pick<PageNotes, 'notePassage'>): NoteHandler {
  return (passage) => {
    notes.notePassage(passage.start, passage.end, {
      kind: passage.finding.kind,
      // Kept within what a stored note may hold, whatever the engine wrote.
      why: shorten(passage.finding.why, LIMITS.findingWhy),
    });
  };
}
