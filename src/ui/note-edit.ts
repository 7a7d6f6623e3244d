/**
 * An edit of a stored note, from the popup or the options page: it names the
 * version it was based on, so the background refuses it (in words) when the
 * note changed elsewhere since, and a retry after a lost answer is the same
 * write.
 */
import type { Note } from '../shared/notes';
import type { Result } from '../shared/result';
import type { Client } from './messaging';

/** Saves `body` (and `tags`, when given) as the new text of `note`. */
export function saveEdit(
  client: Client,
  note: Note,
  body: string,
  tags?: string[],
): Promise<Result<Note>> {
  return client.request('notes.save', {
    note: {
      id: note.id,
      baseVersion: note.version,
      url: note.url,
      title: note.title,
      body,
      ...(tags ? { tags } : {}),
    },
  });
}
