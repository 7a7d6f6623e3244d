/**
 * A list of the reader's notes, in the order given: each with its passage,
 * text and tags, edited in place, deleted at once (the caller offers Undo).
 * In the popup each note also says where it stands in the page now ("Show in
 * page", not found, or the article changed since); the options page shows
 * which article each note is on.
 */
import { useState } from 'preact/hooks';
import type { NoteAnchorState } from '../../shared/messages';
import { parseTags, quoteOf, type Note } from '../../shared/notes';
import { LIMITS } from '../../shared/validate';

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface NoteListProps {
  notes: Note[];
  onDelete(note: Note): void;
  /** Saves new text and tags; resolves true when saved. */
  onEdit(note: Note, body: string, tags: string[]): Promise<boolean>;
  /** Show each note's article, linked. */
  showArticle?: boolean;
  /** Where each note stands in the page (popup). */
  anchors?: ReadonlyMap<string, NoteAnchorState>;
  /** The article text's fingerprint in the page now (popup). */
  fingerprint?: string | null;
  /** Scrolls the page to a note (popup). */
  onShow?(note: Note): void;
  /** The passage as it stood when noted, for notes whose passage moved or went (popup). */
  loadOriginal?(note: Note): Promise<string | null>;
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

function Editor({
  note,
  onSave,
  onCancel,
}: {
  note: Note;
  onSave(body: string, tags: string[]): Promise<boolean>;
  onCancel(): void;
}) {
  const [body, setBody] = useState(note.body);
  const [tags, setTags] = useState((note.tags ?? []).join(', '));
  const [saving, setSaving] = useState(false);
  const save = async () => {
    if (body.trim() === '' || saving) return;
    setSaving(true);
    const done = await onSave(body, parseTags(tags));
    setSaving(false);
    if (done) onCancel();
  };
  return (
    <form
      class="note-edit"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <textarea
        class="note-form__body"
        data-testid="note-edit-body"
        aria-label="Note"
        rows={3}
        maxLength={LIMITS.noteBody}
        value={body}
        onInput={(e) => setBody(e.currentTarget.value)}
        ref={(el) => el?.focus({ preventScroll: true })}
      />
      <input
        class="input input--small"
        data-testid="note-edit-tags"
        aria-label="Tags, separated by commas"
        placeholder="Tags, separated by commas"
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
      />
      <div class="note-edit__row">
        <button type="button" class="button button--small" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="submit"
          class="button button--primary button--small"
          data-testid="note-edit-save"
          disabled={saving || body.trim() === ''}
        >
          {saving ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}

/** Where a note stands in the page, in words, with what the popup can do about it. */
function Whereabouts({
  note,
  state,
  changed,
  loadOriginal,
}: {
  note: Note;
  state: NoteAnchorState | undefined;
  changed: boolean;
  loadOriginal?(note: Note): Promise<string | null>;
}) {
  const [original, setOriginal] = useState<string | null | undefined>(undefined);
  if (state === undefined || state.status === 'article') return null;
  const quote = quoteOf(note)?.exact ?? '';
  const showOriginal = loadOriginal
    ? () => {
        void loadOriginal(note).then((text) => setOriginal(text));
      }
    : undefined;
  if (state.status === 'orphan') {
    return (
      <div class="anchor anchor--orphan" data-testid="note-orphan">
        <p class="anchor__line">Not found in the page as it is now.</p>
        {state.current && (
          <p class="anchor__now">
            <span class="anchor__label">Now near where it was:</span> {state.current}
          </p>
        )}
        {showOriginal && original === undefined && (
          <button type="button" class="link-button" onClick={showOriginal}>
            Show the passage as it was
          </button>
        )}
        {original && (
          <p class="anchor__was">
            <span class="anchor__label">As it was:</span> {original}
          </p>
        )}
      </div>
    );
  }
  return (
    <div class={`anchor${changed ? ' anchor--changed' : ''}`}>
      {changed && (
        <p class="anchor__line" data-testid="note-changed">
          The article changed since this note.
        </p>
      )}
      {state.current !== undefined && state.current !== quote && (
        <p class="anchor__now">
          <span class="anchor__label">Now reads:</span> {state.current}
        </p>
      )}
      {changed && showOriginal && original === undefined && (
        <button type="button" class="link-button" onClick={showOriginal}>
          Show the passage as it was
        </button>
      )}
      {original && (
        <p class="anchor__was">
          <span class="anchor__label">As it was:</span> {original}
        </p>
      )}
    </div>
  );
}

/** Characters of a passage or a note that name it on its buttons, for a screen reader. */
const NAME_CHARS = 40;

/**
 * What a note's buttons call it, so that a screen reader's list of buttons tells one note's
 * "Edit" from the next one's: its passage's first words, else its own, else when it was written.
 */
export function noteName(note: Note, stamp: string): string {
  const words = (quoteOf(note)?.exact || note.body).replace(/\s+/g, ' ').trim();
  if (words === '') return `from ${stamp}`;
  // (cut between words: "according to a review…", not "a revie…")
  const cut = words.lastIndexOf(' ', NAME_CHARS);
  const short =
    words.length > NAME_CHARS ? `${words.slice(0, cut > 0 ? cut : NAME_CHARS).trimEnd()}…` : words;
  return `on “${short}”`;
}

export function NoteList(props: NoteListProps) {
  const { notes, showArticle = false, empty = 'No notes on this article yet.' } = props;
  const [editing, setEditing] = useState<string | null>(null);
  if (notes.length === 0) {
    return <p class="muted notes__empty">{empty}</p>;
  }
  return (
    <ul class="notes__list">
      {notes.map((note) => {
        const quote = quoteOf(note);
        const state = props.anchors?.get(note.id);
        const changed =
          props.fingerprint != null &&
          note.articleFingerprint !== undefined &&
          note.articleFingerprint !== props.fingerprint;
        const stamp = when.format(new Date(note.createdAt));
        const name = noteName(note, stamp);
        return (
          <li
            key={note.id}
            class={`note${state?.status === 'orphan' ? ' note--orphan' : ''}`}
            data-testid="note-item"
          >
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
            {quote && <blockquote class="note__quote">{quote.exact}</blockquote>}
            {editing === note.id ? (
              <Editor
                note={note}
                onSave={(body, tags) => props.onEdit(note, body, tags)}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <>
                <p class="note__body">{note.body}</p>
                {note.tags && note.tags.length > 0 && (
                  <ul class="note__tags" aria-label="Tags">
                    {note.tags.map((tag) => (
                      <li key={tag} class="tag">
                        {tag}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            <Whereabouts
              note={note}
              state={state}
              changed={changed}
              loadOriginal={props.loadOriginal}
            />
            <div class="note__meta">
              <time dateTime={note.createdAt}>
                {stamp}
                {note.updatedAt !== note.createdAt ? ' · edited' : ''}
              </time>
              {editing !== note.id && (
                <span class="note__actions">
                  {props.onShow && state?.status === 'anchored' && (
                    <button
                      type="button"
                      class="button button--quiet button--small"
                      data-testid="note-show"
                      aria-label={`Show in page the note ${name}`}
                      onClick={() => props.onShow?.(note)}
                    >
                      Show in page
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    data-testid="note-edit"
                    aria-label={`Edit note ${name}`}
                    onClick={() => setEditing(note.id)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    class="button button--quiet button--small"
                    data-testid="note-delete"
                    aria-label={`Delete note ${name}`}
                    onClick={() => props.onDelete(note)}
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
