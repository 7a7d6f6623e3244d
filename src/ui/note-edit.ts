/**
 * An edit of a stored note, from the popup or the options page: it names the
 * version it was based on, so the background refuses it (in words) when the
 * note changed elsewhere since, and a retry after a lost answer is the same
 * write.
 */
import { useCallback } from 'preact/hooks';
import type { Note } from '../shared/notes';
import type { ErrorInfo, Result } from '../shared/result';
import type { Client } from './messaging';
import type { Status } from './popup/use-popup';

/** A failed request as the status line shows it. */
export const errorStatus = (error: ErrorInfo): Status => ({ tone: 'error', text: error.message });

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

/**
 * The popup's and the options page's "edit a note": saves it, replaces it in the listed `notes`
 * (or says why not) and then runs `after` (the page's highlights, the tag counts). Resolves to
 * whether it was saved, so the editor can close.
 */
export function useEditNote(
  client: Client,
  listed: { readonly current: { readonly notes: readonly Note[] } },
  update: (patch: { notes?: Note[]; status: Status }) => void,
  after: () => void,
): (note: Note, body: string, tags: string[]) => Promise<boolean> {
  return useCallback(
    async (note: Note, body: string, tags: string[]): Promise<boolean> => {
      const result = await saveEdit(client, note, body, tags);
      if (!result.ok) {
        update({ status: errorStatus(result.error) });
        return false;
      }
      update({
        notes: listed.current.notes.map((n) => (n.id === note.id ? result.value : n)),
        status: { tone: 'info', text: 'Note saved.' },
      });
      after();
      return true;
    },
    [client, listed, update, after],
  );
}
