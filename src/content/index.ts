/**
 * Content script entry (built into one self-contained `content.js`): wires the
 * real browser, page and engine (in the background: engine-client.ts) into the
 * lifecycle. Injecting it twice is harmless: `installContent` keeps the
 * instance already running, and with it its in-page layer (`__whoSaidInPage`)
 * and the page's notes.
 */
import { portAsk } from './analyze-port';
import { createAsk } from './background-client';
import { backgroundEngine, ENGINE_TIMEOUT_MS } from './engine-client';
import { detectHighlightEnv, Highlighter } from './highlighter';
import { createInPage, type InPage } from './in-page';
import { installContent, type ContentGlobal } from './lifecycle';
import { createPageNotes } from './notes/page-notes';
import { noteFromCard } from './notes/note-from-card';
import { contentRuntime } from './runtime';

/** A note's save may carry the article text to a worker that is just starting: allow it time. */
const NOTE_ASK_TIMEOUT_MS = 30_000;

const runtime = contentRuntime();
const scope = globalThis as ContentGlobal & { __whoSaidInPage?: InPage };
const highlightEnv = detectHighlightEnv(globalThis);
const highlighter = new Highlighter(highlightEnv);
const inPage = createInPage({
  document,
  ask: createAsk(runtime),
  highlightEnv,
});
const notes = createPageNotes({
  doc: document,
  ask: createAsk(runtime, NOTE_ASK_TIMEOUT_MS),
  env: highlightEnv,
});
const before = scope.__whoSaidContent;
const running = installContent(scope, {
  runtime,
  document,
  // `page.analyze` on a port: a tab's one-time messages reach the worker one at a time.
  analyze: backgroundEngine(
    portAsk(runtime, createAsk(runtime, ENGINE_TIMEOUT_MS), ENGINE_TIMEOUT_MS),
  ),
  highlighter,
  MutationObserver: globalThis.MutationObserver,
  view: inPage,
  notes,
});
if (running !== before) {
  // "Note this passage" on a finding's card opens the note editor on the finding's words.
  inPage.setNoteHandler(noteFromCard(notes));
  scope.__whoSaidInPage = inPage;
}
