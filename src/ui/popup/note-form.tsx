/** The box for a new note. Ctrl+Enter (⌘+Enter on a Mac) saves. */
import { useState } from 'preact/hooks';
import { LIMITS } from '../../shared/validate';

export interface NoteFormProps {
  disabled: boolean;
  /** Resolves true when saved; the box is then emptied. */
  onSave(body: string): Promise<boolean>;
}

export function NoteForm({ disabled, onSave }: NoteFormProps) {
  const [body, setBody] = useState('');
  const [saving, setSaving] = useState(false);
  const empty = body.trim() === '';

  const save = async () => {
    if (empty || saving || disabled) return;
    setSaving(true);
    const saved = await onSave(body);
    setSaving(false);
    if (saved) setBody('');
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
        Add a note
      </label>
      <textarea
        id="note-body"
        data-testid="note-body"
        class="note-form__body"
        rows={3}
        maxLength={LIMITS.noteBody}
        placeholder="What do you want to remember about this article?"
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
