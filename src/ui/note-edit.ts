/**
 * An edit or a deletion of a stored note, from the popup or the options page.
 * An edit names the version it was based on, so the background refuses it (in
 * words) when the note changed elsewhere since, and a retry after a lost answer
 * is the same write. A deletion offers Undo, which puts the deleted copy back.
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

/**
 * The popup's and the options page's "delete a note": deletes it, drops it from the listed
 * `notes` with an Undo in the status line, then runs `deleted` (the page's highlights, the
 * counts). Undo restores the deleted copy, says so and hands it to `restored`, which puts it
 * back in the page's list.
 */
export function useDeleteNote(
  client: Client,
  listed: { readonly current: { readonly notes: readonly Note[] } },
  update: (patch: { notes?: Note[]; status: Status }) => void,
  deleted: () => void,
  restored: (note: Note) => void,
): (note: Note) => void {
  return useCallback(
    (note: Note) => {
      void (async () => {
        const result = await client.request('notes.delete', { id: note.id });
        if (!result.ok) return update({ status: errorStatus(result.error) });
        const copy = result.value ?? note;
        const undo = async (): Promise<void> => {
          const back = await client.request('notes.restore', { note: copy });
          if (!back.ok) return update({ status: errorStatus(back.error) });
          update({ status: { tone: 'info', text: 'Note restored.' } });
          restored(back.value);
        };
        update({
          notes: listed.current.notes.filter((n) => n.id !== note.id),
          status: {
            tone: 'info',
            text: 'Note deleted.',
            action: { label: 'Undo', run: () => void undo() },
          },
        });
        deleted();
      })();
    },
    [client, listed, update, deleted, restored],
  );
}
