/** The popup's layout. Pure display: state and callbacks come from `usePopup`. */
import { Corrections } from './corrections';
import { Counts, NotEnglish } from './counts';
import { Ledger } from './ledger';
import { NoteForm } from './note-form';
import { NoteList } from '../components/note-list';
import { StatusLine } from '../components/status-line';
import type { PopupActions, PopupState } from './use-popup';

export type PopupViewProps = PopupState & PopupActions & { openNotesPage(): void };

function hostOf(url: string | undefined | null): string {
  if (!url) return '';
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function PopupView(props: PopupViewProps) {
  const { tab, summary, running, site, notes, status, articleUrl, title, notesOff, variant } =
    props;
  const { ledger, decisions } = props;
  const host = hostOf(articleUrl ?? tab?.url ?? summary?.url);
  const highlighted = summary?.highlighted ?? false;
  const orphans = notes.filter((n) => props.anchors.get(n.id)?.status === 'orphan').length;
  const foreign = summary?.language !== undefined && !summary.language.english;

  return (
    <main class="popup">
      <header class="header">
        <p class="header__brand">Who Said</p>
        <h1 class="header__title" title={title}>
          {title || (props.loading ? 'Loading…' : 'This page')}
        </h1>
        {host && <p class="header__host muted">{host}</p>}
      </header>

      <section class="section" aria-label="Analysis">
        {foreign ? (
          <NotEnglish code={summary?.language?.code ?? null} />
        ) : (
          <Counts
            summary={summary}
            running={running}
            variant={variant}
            scheme={props.scheme}
            off={props.off}
          />
        )}
        <div class="actions">
          <button
            type="button"
            class="button button--primary"
            data-testid="run"
            disabled={!tab || running}
            onClick={props.run}
          >
            {running ? 'Reading…' : summary ? 'Re-run' : 'Run'}
          </button>
          <button
            type="button"
            class="button"
            data-testid="highlights"
            aria-pressed={highlighted}
            disabled={!tab || running || !summary}
            onClick={props.toggleHighlights}
          >
            {/* A toggle keeps its name ("Highlights on" read as a state or an order); the
                check and aria-pressed say whether they show. */}
            {highlighted && <span aria-hidden="true">✓ </span>}
            Show highlights
          </button>
        </div>
        <StatusLine status={status} />
        {props.blocked && (
          <button type="button" class="button" data-testid="allow-here" onClick={props.allowHere}>
            Allow Who Said on {host || 'this site'} again
          </button>
        )}
        <label class={`toggle${site ? '' : ' toggle--disabled'}`}>
          <input
            type="checkbox"
            data-testid="always-on"
            checked={site?.alwaysOn ?? false}
            disabled={!site}
            // (its name is the label's words alone: the help under them is its description,
            // which the wrapping label would otherwise read out twice)
            aria-labelledby="always-on-label"
            aria-describedby="always-on-help"
            onChange={(event) => props.setAlwaysOn(event.currentTarget.checked)}
          />
          <span class="toggle__text">
            <span id="always-on-label" class="toggle__label">
              Always on this site
            </span>
            <span id="always-on-help" class="muted">
              {site
                ? `Run by itself on every page of ${hostOf(site.origin)}.`
                : 'Only available on web pages.'}
            </span>
          </span>
        </label>
      </section>

      {summary && !foreign && (
        <section class="section" aria-labelledby="sources-heading" data-testid="ledger">
          <h2 id="sources-heading" class="section__title">
            Sources
          </h2>
          {ledger ? (
            <Ledger ledger={ledger} revealed={props.revealed} onReveal={props.reveal} />
          ) : (
            <p class="muted">
              {highlighted ? 'Reading the sources…' : 'Turn the highlights on to list the sources.'}
            </p>
          )}
        </section>
      )}

      <section class="section notes" aria-labelledby="notes-heading">
        <div class="notes__head">
          <h2 id="notes-heading" class="section__title">
            Your notes{notes.length > 0 ? ` (${notes.length})` : ''}
          </h2>
          {notes.length > 0 && (
            <span class="notes__export">
              <button
                type="button"
                class="link-button"
                data-testid="copy-markdown"
                onClick={props.copyMarkdown}
              >
                Copy as Markdown
              </button>
              <select
                class="select select--small"
                aria-label="Download these notes"
                data-testid="export-article"
                value=""
                onChange={(event) => {
                  const format = event.currentTarget.value;
                  event.currentTarget.value = '';
                  if (format === 'json' || format === 'w3c' || format === 'markdown')
                    props.exportArticle(format);
                }}
              >
                <option value="">Download…</option>
                <option value="markdown">Markdown</option>
                <option value="json">Who Said JSON</option>
                <option value="w3c">W3C Web Annotation</option>
              </select>
            </span>
          )}
        </div>
        {orphans > 0 && (
          <p class="notes__orphans" data-testid="orphan-count">
            {orphans === 1 ? '1 note’s passage' : `${orphans} notes’ passages`} can’t be found in
            the page now.
          </p>
        )}
        <NoteList
          notes={notes}
          anchors={props.anchors}
          fingerprint={props.fingerprint}
          onDelete={props.deleteNote}
          onEdit={props.editNote}
          onShow={props.showNote}
          loadOriginal={props.loadOriginal}
          empty="No notes on this article yet. Select a passage in the page to note it."
        />
        {notesOff ? (
          <p class="notice" data-testid="notes-off" role="note">
            {notesOff}
          </p>
        ) : (
          <NoteForm disabled={!articleUrl} onSave={props.saveNote} />
        )}
      </section>

      {(decisions.length > 0 || summary) && (
        <section class="section" aria-labelledby="corrections-heading">
          <h2 id="corrections-heading" class="section__title">
            Your corrections{decisions.length > 0 ? ` (${decisions.length})` : ''}
          </h2>
          <Corrections decisions={decisions} onUndo={props.undoDecision} />
        </section>
      )}

      <footer class="footer">
        <button type="button" class="link-button" onClick={props.openNotesPage}>
          All notes, export and import
        </button>
      </footer>
    </main>
  );
}
