/**
 * The options page layout: all notes with search, export and import first (the
 * popup's link to this page promises them), then the settings: what to
 * highlight and how, the reader's phrases, the note button, sites, and sites
 * never to run on. Pure display.
 */
import type { ComponentChildren } from 'preact';
import { NoteList } from '../components/note-list';
import { StatusLine } from '../components/status-line';
import { LIMITS, sizeInWords } from '../../shared/limits';
import type { ImportStep } from './import-file';
import { KindsAndColours, NeverRunSites, ReaderPhrases, SettingsLine } from './reader-settings';
import { PAGE_SIZE, type OptionsActions, type OptionsState } from './use-options';
import type { SettingsActions, SettingsState } from './use-reader-settings';

const numbers = new Intl.NumberFormat('en');
const count = (n: number): string => numbers.format(n);

/** What an import is doing, in words, with a bar. */
function stepText({ phase, done, total }: ImportStep): string {
  if (phase === 'reading') return 'Reading and checking the file…';
  const what = phase === 'sending' ? 'Handing notes to Who Said' : 'Saving notes';
  return `${what}: ${count(done)} of ${count(total)}…`;
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

/** A part of the options page under its heading (which names it for screen readers). */
function Section({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ComponentChildren;
}) {
  return (
    <section class="section" aria-labelledby={id}>
      <h2 id={id} class="section__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

interface FilterProps {
  label: string;
  /** The first choice, which filters nothing. */
  any: string;
  testid: string;
  value: string;
  /** Each choice with the number of notes it has. */
  counts: readonly (readonly [string, number])[];
  onChange(value: string): void;
}

/** A filter of the notes search (by tag, by site), each choice with its count. */
function Filter({ label, any, testid, value, counts, onChange }: FilterProps) {
  return (
    <label class="filter">
      <span class="muted">{label}</span>
      <select
        class="select"
        data-testid={testid}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{any}</option>
        {counts.map(([name, n]) => (
          <option key={name} value={name}>
            {name} ({count(n)})
          </option>
        ))}
      </select>
    </label>
  );
}

export function OptionsView(props: OptionsViewProps) {
  const { query, notes, searching, sites, status, total, offset, facets, tag, site } = props;
  const { importing, persistent, reader } = props;
  const filtered = query.trim() !== '' || tag !== '' || site !== '';
  const first = total === 0 ? 0 : offset + 1;
  const last = Math.min(total, offset + notes.length);
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

      {/* (the line shows where the reader acted: an export's or an import's by its buttons,
          which sit below a page of notes; both live regions stay, so either is announced) */}
      <StatusLine
        status={status?.near === 'backup' ? null : status}
        testid={status?.near === 'backup' ? 'status-top' : 'status'}
      />

      <Section id="all-notes" title="All notes">
        <div class="search">
          <label class="note-form__label" for="search">
            Search notes, quoted passages, titles and tags
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
          <div class="filters">
            <Filter
              label="Tag"
              any="Any tag"
              testid="filter-tag"
              value={tag}
              counts={facets.tags.map((t) => [t.tag, t.count] as const)}
              onChange={(value) => props.filter({ tag: value })}
            />
            <Filter
              label="Site"
              any="Any site"
              testid="filter-site"
              value={site}
              counts={facets.sites.map((s) => [s.site, s.count] as const)}
              onChange={(value) => props.filter({ site: value })}
            />
          </div>
        </div>
        <p class="results" data-testid="results" aria-live="polite">
          {searching && notes.length === 0
            ? 'Searching…'
            : total === 0
              ? ''
              : `${filtered ? `${count(total)} matching` : `${count(total)}`} note${total === 1 ? '' : 's'}${
                  total > notes.length ? ` · showing ${count(first)}–${count(last)}` : ''
                }`}
        </p>
        <div aria-busy={searching}>
          <NoteList
            notes={notes}
            onDelete={props.deleteNote}
            onEdit={props.editNote}
            showArticle
            empty={searching ? 'Searching…' : filtered ? 'No note matches.' : 'No notes yet.'}
          />
        </div>
        {total > PAGE_SIZE && (
          <nav class="pager" aria-label="Pages of notes">
            <button
              type="button"
              class="button button--small"
              data-testid="page-previous"
              disabled={offset === 0}
              onClick={() => props.goTo(offset - PAGE_SIZE)}
            >
              Previous
            </button>
            <span class="muted">
              Page {count(Math.floor(offset / PAGE_SIZE) + 1)} of{' '}
              {count(Math.ceil(total / PAGE_SIZE))}
            </span>
            <button
              type="button"
              class="button button--small"
              data-testid="page-next"
              disabled={offset + PAGE_SIZE >= total}
              onClick={() => props.goTo(offset + PAGE_SIZE)}
            >
              Next
            </button>
          </nav>
        )}
      </Section>

      <Section id="backup" title="Export and import">
        <p class="muted">
          Save everything to a file (notes, articles, your corrections of highlights, your own
          phrases and never-run sites), or bring it back from a file saved by Who Said, as Who Said
          JSON or W3C Web Annotation. Importing keeps what you have; a note in both places keeps its
          latest version, and phrases and sites are added to yours.
        </p>
        <div class="backup">
          <button
            type="button"
            class="button button--primary"
            data-testid="export"
            onClick={() => props.exportData('json')}
          >
            Export (Who Said JSON)
          </button>
          <button
            type="button"
            class="button"
            data-testid="export-w3c"
            onClick={() => props.exportData('w3c')}
          >
            Export (W3C Web Annotation)
          </button>
          <label class={`button file-button${importing ? ' button--busy' : ''}`}>
            {importing ? 'Importing…' : 'Import notes…'}
            <input
              type="file"
              accept="application/json,application/ld+json,.json,.jsonld"
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
        <StatusLine
          status={status?.near === 'backup' ? status : null}
          testid={status?.near === 'backup' ? 'status' : 'status-backup'}
        />
      </Section>

      <Section id="highlights" title="Highlights">
        <KindsAndColours {...reader} />
        <SettingsLine status={reader.settingsStatus} section="highlights" />
      </Section>

      <Section id="phrases" title="Your own phrases">
        <p class="muted">
          Words you want flagged as well, one per line, under the kind they belong to (for example
          “insiders say” as an unnamed actor). Found as whole words, in any case. Letters, digits,
          spaces, apostrophes and hyphens only.
        </p>
        <ReaderPhrases {...reader} />
        <SettingsLine status={reader.settingsStatus} section="phrases" />
      </Section>

      <Section id="in-page" title="In the page">
        <label class={`toggle${props.prefs ? '' : ' toggle--disabled'}`}>
          <input
            type="checkbox"
            data-testid="pref-selection-button"
            checked={props.prefs?.selectionButton ?? true}
            disabled={!props.prefs}
            onChange={(event) => props.setPrefs({ selectionButton: event.currentTarget.checked })}
          />
          <span class="toggle__text">
            <span class="toggle__label">Show a “Note” button by selected text</span>
            <span class="muted">
              You can also right-click a selection and choose “Note this passage”, or press the
              shortcut set for Who Said.
            </span>
          </span>
        </label>
      </Section>

      <Section id="sites" title="Sites">
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
      </Section>

      <Section id="never" title="Never run on these sites">
        <p class="muted">
          Who Said stays off these sites even when you click its button, and stops running there by
          itself.
        </p>
        <NeverRunSites {...reader} />
        <SettingsLine status={reader.settingsStatus} section="sites" />
      </Section>
    </main>
  );
}
