/** The box for a new note on the whole article, with tags. Ctrl+Enter (⌘+Enter on a Mac) saves. */
import { useState } from 'preact/hooks';
import { parseTags } from '../../shared/notes';
import { LIMITS } from '../../shared/validate';

export interface NoteFormProps {
  disabled: boolean;
  /** Resolves true when saved; the box is then emptied. */
  onSave(body: string, tags: string[]): Promise<boolean>;
}

export function NoteForm({ disabled, onSave }: NoteFormProps) {
  const [body, setBody] = useState('');
  const [tags, setTags] = useState('');
  const [saving, setSaving] = useState(false);
  const empty = body.trim() === '';

  const save = async () => {
    if (empty || saving || disabled) return;
    setSaving(true);
    const saved = await onSave(body, parseTags(tags));
    setSaving(false);
    if (saved) {
      setBody('');
      setTags('');
    }
  };

  return (
    <form
      class="note-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label class="note-form__label" for="note-body">
        Add a note on the whole article
      </label>
      <textarea
        id="note-body"
        data-testid="note-body"
        class="note-form__body"
        rows={3}
        maxLength={LIMITS.noteBody}
        placeholder="What do you want to remember about this article? To note a passage, select it in the page."
        value={body}
        disabled={disabled}
        aria-describedby="note-help"
        onInput={(event) => setBody(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          }
        }}
      />
      <input
        class="input input--small note-form__tags"
        data-testid="note-tags"
        aria-label="Tags, separated by commas"
        placeholder="Tags, separated by commas"
        value={tags}
        disabled={disabled}
        onInput={(event) => setTags(event.currentTarget.value)}
      />
      <div class="note-form__row">
        <span id="note-help" class="muted">
          Ctrl+Enter to save
        </span>
        <button
          type="submit"
          class="button button--primary"
          data-testid="note-save"
          disabled={disabled || empty || saving}
        >
          {saving ? 'Saving…' : 'Save note'}
        </button>
      </div>
    </form>
  );
}
