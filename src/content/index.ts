/**
 * Content script entry (built into one self-contained `content.js`): wires the
 * real browser, page and engine into the lifecycle. Injecting it twice is
 * harmless: `installContent` keeps the instance already running, and with it
 * its in-page layer (`__whoSaidInPage`), where other features hook in, e.g.
 * `setNoteHandler` for "Note this passage" on a finding's card.
 */
import { analyze } from '../engine';
import { browser } from '../shared/browser';
import { createAsk } from './background-client';
import { detectHighlightEnv, Highlighter } from './highlighter';
import { createInPage, type InPage } from './in-page';
import { installContent, type ContentGlobal } from './lifecycle';

const scope = globalThis as ContentGlobal & { __whoSaidInPage?: InPage };
const highlightEnv = detectHighlightEnv(globalThis);
const highlighter = new Highlighter(highlightEnv);
const inPage = createInPage({
  document,
  ask: createAsk(browser.runtime),
  highlightEnv,
});
const before = scope.__whoSaidContent;
const running = installContent(scope, {
  runtime: browser.runtime,
  document,
  analyze: (text) => analyze(text),
  highlighter,
  MutationObserver: globalThis.MutationObserver,
  view: inPage,
});
if (running !== before) scope.__whoSaidInPage = inPage;
