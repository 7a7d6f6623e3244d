/**
 * A list of the reader's notes, in the order given, each deletable after a
 * confirmation. The options page also shows which article each note is on.
 */
import { useState } from 'preact/hooks';
import type { Note } from '../../shared/notes';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteListProps {
  notes: Note[];
  onDelete(id: string): void;
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

export function NoteList({
  notes,
  onDelete,
  showArticle = false,
  empty = 'No notes on this article yet.',
}: NoteListProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
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
            <p class="note__body">{note.body}</p>
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
                <button
                  type="button"
                  class="button button--quiet button--small"
                  data-testid="note-delete"
                  aria-label={`Delete note from ${when.format(new Date(note.createdAt))}`}
                  onClick={() => setConfirming(note.id)}
                >
                  Delete
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
