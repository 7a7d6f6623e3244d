/**
 * The options page layout: what to highlight and how, the reader's phrases,
 * all notes with search, sites, export and import. Pure display.
 */
import { NoteList } from '../components/note-list';
import { LIMITS, sizeInWords } from '../../shared/limits';
import type { ImportStep } from './import-file';
import { KindsAndColours, NeverRunSites, ReaderPhrases, SettingsLine } from './reader-settings';
import type { OptionsActions, OptionsState } from './use-options';
import type { SettingsActions, SettingsState } from './use-reader-settings';

const count = new Intl.NumberFormat('en');

/** What an import is doing, in words, with a bar. */
function stepText({ phase, done, total }: ImportStep): string {
  if (phase === 'reading') return 'Reading and checking the file…';
  const what = phase === 'sending' ? 'Handing notes to Who Said' : 'Saving notes';
  return `${what}: ${count.format(done)} of ${count.format(total)}…`;
}

function ImportProgressView({ step }: { step: ImportStep }) {
  // Sending and writing are each half of the way.
  const half = step.total === 0 ? 0 : step.done / step.total / 2;
  const value = step.phase === 'reading' ? undefined : step.phase === 'sending' ? half : 0.5 + half;
  return (
    <div class="import-progress" data-testid="import-progress" aria-live="polite">
      <progress max={1} value={value} aria-label="Import progress" />
      <span data-testid="import-step">{stepText(step)}</span>
    </div>
  );
}

export type OptionsViewProps = OptionsState &
  OptionsActions & { reader: SettingsState & SettingsActions };

export function OptionsView(props: OptionsViewProps) {
  const { query, notes, searching, sites, status, importing, persistent, reader } = props;
  return (
    <main class="options">
      <header class="options__header">
        <p class="header__brand">Who Said</p>
        <h1 class="options__title">Your notes and settings</h1>
        <p class="muted">Everything here stays in this browser. Nothing is sent anywhere.</p>
        {persistent !== null && (
          <p class="muted" data-testid="persistence">
            {persistent
              ? 'The browser keeps your notes until you delete them: it won’t clear them to make room.'
              : 'The browser may clear your notes when the disk runs low: export them now and then.'}
          </p>
        )}
      </header>

      <p
        class={`status${status?.tone === 'error' ? ' status--error' : ''}`}
        data-testid="status"
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ''}
      </p>

      <section class="section" aria-labelledby="highlights">
        <h2 id="highlights" class="section__title">
          Highlights
        </h2>
        <KindsAndColours {...reader} />
        <SettingsLine status={reader.settingsStatus} section="highlights" />
      </section>

      <section class="section" aria-labelledby="phrases">
        <h2 id="phrases" class="section__title">
          Your own phrases
        </h2>
        <p class="muted">
          Words you want flagged as well, one per line, under the kind they belong to (for example
          “insiders say” as an unnamed actor). Found as whole words, in any case. Letters, digits,
          spaces, apostrophes and hyphens only.
        </p>
        <ReaderPhrases {...reader} />
        <SettingsLine status={reader.settingsStatus} section="phrases" />
      </section>

      <section class="section" aria-labelledby="never">
        <h2 id="never" class="section__title">
          Never run on these sites
        </h2>
        <p class="muted">
          Who Said stays off these sites even when you click its button, and stops running there by
          itself.
        </p>
        <NeverRunSites {...reader} />
        <SettingsLine status={reader.settingsStatus} section="sites" />
      </section>

      <section class="section" aria-labelledby="all-notes">
        <h2 id="all-notes" class="section__title">
          All notes
        </h2>
        <label class="note-form__label" for="search">
          Search notes, titles and quoted passages
        </label>
        <input
          id="search"
          type="search"
          class="input"
          data-testid="search"
          value={query}
          placeholder="e.g. officials"
          onInput={(event) => props.search(event.currentTarget.value)}
        />
        <div aria-busy={searching}>
          <NoteList
            notes={notes}
            onDelete={props.deleteNote}
            onEdit={props.editNote}
            showArticle
            empty={searching ? 'Searching…' : query.trim() ? 'No note matches.' : 'No notes yet.'}
          />
        </div>
      </section>

      <section class="section" aria-labelledby="sites">
        <h2 id="sites" class="section__title">
          Sites
        </h2>
        {sites.length === 0 ? (
          <p class="muted">
            No sites yet. Tick “Always on this site” in the popup to have Who Said run by itself on
            a site.
          </p>
        ) : (
          <ul class="sites">
            {sites.map((site) => (
              <li key={site.origin}>
                <label class="toggle">
                  <input
                    type="checkbox"
                    data-testid="site-always-on"
                    checked={site.alwaysOn}
                    onChange={(event) =>
                      props.setAlwaysOn(site.origin, event.currentTarget.checked)
                    }
                  />
                  <span class="toggle__text">
                    <span class="toggle__label">{new URL(site.origin).host}</span>
                    <span class="muted">
                      {site.alwaysOn ? 'Runs by itself on every page' : 'Runs only when you ask'}
                    </span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section class="section" aria-labelledby="backup">
        <h2 id="backup" class="section__title">
          Export and import
        </h2>
        <p class="muted">
          Save your notes and your corrections of highlights to a file, or bring them back from a
          file saved by Who Said. Importing keeps what you have; a note in both places keeps its
          latest version.
        </p>
        <div class="backup">
          <button
            type="button"
            class="button button--primary"
            data-testid="export"
            onClick={props.exportData}
          >
            Export notes
          </button>
          <label class={`button file-button${importing ? ' button--busy' : ''}`}>
            {importing ? 'Importing…' : 'Import notes…'}
            <input
              type="file"
              accept="application/json,.json"
              data-testid="import"
              class="visually-hidden"
              disabled={importing !== null}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                // The size is checked before the file is read (see importFile).
                if (file) void props.importFile(file);
              }}
            />
          </label>
        </div>
        <p class="muted">Files of up to {sizeInWords(LIMITS.importBytes)}.</p>
        {importing && <ImportProgressView step={importing} />}
      </section>
    </main>
  );
}
