/**
 * Content script entry (built into one self-contained `content.js`): wires the
 * real browser, page and engine into the lifecycle. Injecting it twice is
 * harmless: `installContent` keeps the instance already running.
 */
import { analyze } from '../engine';
import { browser } from '../shared/browser';
import { detectHighlightEnv, Highlighter } from './highlighter';
import { installContent, type ContentGlobal } from './lifecycle';
import { createPageNotes } from './notes/page-notes';

const highlights = detectHighlightEnv(globalThis);

installContent(globalThis as ContentGlobal, {
  runtime: browser.runtime,
  document,
  analyze: (text) => analyze(text),
  highlighter: new Highlighter(highlights),
  MutationObserver: globalThis.MutationObserver,
  notes: createPageNotes({
    doc: document,
    send: (message) => browser.runtime.sendMessage(message),
    env: highlights,
  }),
});
