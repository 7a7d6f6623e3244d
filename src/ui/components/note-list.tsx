/**
 * A list of the reader's notes, in the order given, each deletable after a
 * confirmation. The options page also shows which article each note is on.
 */
import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits';
import type { Note } from '../../shared/notes';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteListProps {
  notes: Note[];
  onDelete(id: string): void;
  /** Saves a new text for a note; resolves true when saved (the editor then closes). */
  onEdit?(note: Note, body: string): Promise<boolean>;
  /** Show each note's article, linked. */
  showArticle?: boolean;
  /** What to say when there are no notes. */
  empty?: string;
}

/** Only web and file addresses become links: a stored URL never runs script. */
function safeHref(url: string): string | undefined {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || protocol === 'file:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The quoted passage a note is about, if any. */
function quoteOf(note: Note): string | null {
  const quote = note.target?.selectors.find((s) => s.type === 'TextQuoteSelector');
  return quote?.type === 'TextQuoteSelector' ? quote.exact : null;
}

/** The text of one note being edited, with Save and Cancel. */
function NoteEditor({
  note,
  onSave,
  onCancel,
}: {
  note: Note;
  onSave(body: string): Promise<boolean>;
  onCancel(): void;
}) {
  const [body, setBody] = useState(note.body);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (saving || body.trim() === '') return;
    setSaving(true);
    // On failure the editor stays open with the reader's text.
    if (!(await onSave(body))) setSaving(false);
  };
  return (
    <form
      class="note-edit"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        class="note-form__body"
        data-testid="note-edit-body"
        aria-label="Note text"
        rows={3}
        maxLength={LIMITS.noteBody}
        value={body}
        onInput={(event) => setBody(event.currentTarget.value)}
      />
      <div class="note__meta">
        <button
          type="submit"
          class="button button--primary button--small"
          data-testid="note-edit-save"
          disabled={saving || body.trim() === ''}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" class="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function NoteList({
  notes,
  onDelete,
  onEdit,
  showArticle = false,
  empty = 'No notes on this article yet.',
}: NoteListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  if (notes.length === 0) {
    return <p class="muted notes__empty">{empty}</p>;
  }
  return (
    <ul class="notes__list">
      {notes.map((note) => {
        const quote = quoteOf(note);
        return (
          <li key={note.id} class="note" data-testid="note-item">
            {showArticle && (
              <a
                class="note__article"
                href={safeHref(note.url)}
                target="_blank"
                rel="noreferrer noopener"
              >
                {note.title || note.url}
              </a>
            )}
            {quote && <blockquote class="note__quote">{quote}</blockquote>}
            {editing === note.id && onEdit ? (
              <NoteEditor
                note={note}
                onCancel={() => setEditing(null)}
                onSave={async (body) => {
                  const saved = await onEdit(note, body);
                  if (saved) setEditing(null);
                  return saved;
                }}
              />
            ) : (
              <p class="note__body">{note.body}</p>
            )}
            <div class="note__meta">
              <time dateTime={note.createdAt}>{when.format(new Date(note.createdAt))}</time>
              {confirming === note.id ? (
                <span class="note__confirm" role="group" aria-label="Confirm deletion">
                  <span>Delete this note?</span>
                  <button
                    type="button"
                    class="button button--danger button--small"
                    data-testid="note-delete-confirm"
                    onClick={() => {
                      setConfirming(null);
                      onDelete(note.id);
                    }}
                  >
                    Delete
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => setConfirming(null)}
                  >
                    Keep
                  </button>
                </span>
              ) : (
                <span class="note__actions">
                  {onEdit && editing !== note.id && (
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      data-testid="note-edit"
                      aria-label={`Edit note from ${when.format(new Date(note.createdAt))}`}
                      onClick={() => setEditing(note.id)}
                    >
                      Edit
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    data-testid="note-delete"
                    aria-label={`Delete note from ${when.format(new Date(note.createdAt))}`}
                    onClick={() => setConfirming(note.id)}
                  >
                    Delete
                  </button>
                </span>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
