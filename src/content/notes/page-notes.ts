/**
 * The reader's notes in the page: fetched from the background for this page's
 * article, placed in the article text (anchoring), painted as their own
 * highlight, shown on hover, written from a selection (button, context menu,
 * shortcut, or a finding's card), edited in place and deleted with Undo.
 *
 * Everything is about this page only: the background takes the page from the
 * sender and checks the canonical address the page claims.
 */
import { type ArticleClaim } from '../../shared/article';
import type { ContentNotes, PageNoteInput } from '../../shared/messages';
import type { Note, NoteFinding } from '../../shared/notes';
import { describePassage } from '../anchoring/match-quote';
import type { ExtractedArticle } from '../article';
import type { Ask } from '../background-client';
import { readArticleClaim } from '../article-meta';
import { NOTE_HIGHLIGHT_NAMES, NOTE_PRIORITY } from '../../shared/highlight-styles';
import type { HighlightEnv } from '../highlighter';
import { caretAt, onBoxes } from '../caret';
import {
  closest,
  createRange,
  defaultView,
  documentUrl,
  isElement,
  listen as on,
  nextElementSibling,
  parentElement,
  previousElementSibling,
  selectionOf,
  textWalker,
} from '../dom-access';
import type { TextRangeInit } from '../text-map';
import { placeNotes, type PlacedNote } from './note-anchors';
import { NoteUi, type Box, type SelectionBoxes } from './note-ui';
import { rangeToOffsets } from './selection';

/** Elements that hold a column of text: the block a selection's Note button goes beside. */
const TEXT_BLOCK =
  'p,li,dd,dt,td,th,blockquote,figcaption,pre,h1,h2,h3,h4,h5,h6,div,section,article';

/** A rectangle as a `Box`. */
const boxOfRect = (r: DOMRect): Box => ({
  left: r.left,
  top: r.top,
  right: r.right,
  bottom: r.bottom,
});

/** Where a selection's first and last lines are on screen, and the block it ends in. */
function selectionBoxes(range: Range): SelectionBoxes {
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 || r.height > 0);
  const all = boxOfRect(range.getBoundingClientRect());
  const first = rects[0] ? boxOfRect(rects[0]) : all;
  const last = rects[rects.length - 1] ? boxOfRect(rects[rects.length - 1]!) : all;
  const end = range.endContainer;
  const el = isElement(end) ? end : parentElement(end);
  const block = el ? closest(el, TEXT_BLOCK) : null;
  if (!block) return { first, last, column: all };
  return {
    first,
    last,
    column: boxOfRect(block.getBoundingClientRect()),
    lineEnd: lineEnd(range, block, last),
    words: wordsAround(range, block, first, last),
  };
}

/** How far above and below a selection the words around it are measured, in pixels. */
const WORDS_REACH = 160;

/** Text nodes measured for `wordsAround` at most: a huge paragraph is not walked whole. */
const WORDS_NODES = 600;

/**
 * The line boxes of the words near a selection (within `WORDS_REACH` of it): those of the blocks
 * it starts and ends in and of the blocks just before and after, read text node by text node (a
 * range over whole elements would also give their boxes, margins and all).
 */
function wordsAround(range: Range, block: Element, first: Box, last: Box): Box[] {
  const start = range.startContainer;
  const startEl = isElement(start) ? start : parentElement(start);
  const startBlock = (startEl && closest(startEl, TEXT_BLOCK)) ?? block;
  const blocks = new Set<Element>(
    [previousElementSibling(startBlock), startBlock, block, nextElementSibling(block)].filter(
      (b): b is Element => b !== null,
    ),
  );
  const doc = block.ownerDocument;
  const top = first.top - WORDS_REACH;
  const bottom = last.bottom + WORDS_REACH;
  const out: Box[] = [];
  let nodes = 0;
  for (const b of blocks) {
    const walker = textWalker(doc, b);
    for (let n = walker.nextNode(); n !== null && nodes < WORDS_NODES; n = walker.nextNode()) {
      nodes++;
      const r = createRange(doc);
      r.selectNodeContents(n);
      for (const rect of Array.from(r.getClientRects()))
        if (rect.width > 0 && rect.bottom > top && rect.top < bottom) out.push(boxOfRect(rect));
    }
  }
  return out;
}

/**
 * Where the words on a selection's last line end: its own end, or the right edge of the words
 * after it in its block that share that line.
 */
function lineEnd(range: Range, block: Element, last: Box): number {
  const doc = block.ownerDocument;
  const rest = createRange(doc);
  rest.setStart(range.endContainer, range.endOffset);
  rest.setEnd(block, block.childNodes.length);
  let end = last.right;
  for (const r of Array.from(rest.getClientRects()))
    if (r.width > 0 && r.top < last.bottom - 1 && r.bottom > last.top + 1)
      end = Math.max(end, r.right);
  return end;
}

/** Highlight names and order for notes: the style table holds them with every highlight's. */
const NOTE_HIGHLIGHTS = NOTE_HIGHLIGHT_NAMES;

export interface PageNotesDeps {
  doc: Document;
  /** Asks the background about this page (`createAsk`). */
  ask: Ask;
  env: HighlightEnv | null;
  uuid?: () => string;
}

/** The notes of one page. */
export interface PageNotes {
  /** The article was read (again): place the notes in it, fetching them the first time. */
  update(extracted: ExtractedArticle): void;
  /** Removes note highlights and UI; the notes stay known for the next `update`. */
  clear(): void;
  /** Where each note stands, for the popup; null before the article was read. */
  report(): ContentNotes | null;
  /** Scrolls to a note's passage, flashes it and opens its card; false when it is not in the page. */
  show(id: string): boolean;
  /** Opens the editor on the reader's selection; false (with a hint shown) when there is none. */
  noteSelection(): boolean;
  /** Opens the editor on a passage of the article text (a finding's card calls this). */
  notePassage(start: number, end: number, finding?: NoteFinding): boolean;
  /** Fetches the notes again (changed from the popup or options page). */
  sync(): Promise<void>;
  /** Forgets everything and detaches. */
  dispose(): void;
}

export function createPageNotes(deps: PageNotesDeps): PageNotes {
  const { doc, env } = deps;
  const uuid = deps.uuid ?? (() => crypto.randomUUID());
  const ui = new NoteUi(doc);
  let extracted: ExtractedArticle | null = null;
  let claim: ArticleClaim | null = null;
  let notes: Note[] = [];
  let placed: PlacedNote[] = [];
  let loadedFor: string | null = null;
  let loading: Promise<void> | null = null;
  let snapshots = new Set<string>();
  let selectionButton = true;
  let listening: AbortController | null = null;
  let hovered: string | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let overCard = false;
  let anchorMs = 0;
  const ours = new Map<string, Highlight>();

  const rangeOf = (start: number, end: number): TextRangeInit | null =>
    extracted?.map.rangeFor(start, end) ?? null;

  const liveRange = (init: TextRangeInit): Range => {
    const r = createRange(doc);
    r.setStart(init.startContainer, init.startOffset);
    r.setEnd(init.endContainer, init.endOffset);
    return r;
  };

  const boxOf = (init: TextRangeInit): Box => {
    const rects = Array.from(liveRange(init).getClientRects());
    const first = rects[0];
    const last = rects[rects.length - 1];
    if (!first || !last) return boxOfRect(liveRange(init).getBoundingClientRect());
    return {
      left: first.left,
      top: Math.min(...rects.map((r) => r.top)),
      right: last.right,
      bottom: Math.max(...rects.map((r) => r.bottom)),
    };
  };

  function setHighlight(name: string, ranges: readonly TextRangeInit[], priority: number): void {
    if (env === null) return;
    const mine = ours.get(name);
    if (ranges.length === 0) {
      if (mine !== undefined && env.registry.get(name) === mine) env.registry.delete(name);
      ours.delete(name);
      return;
    }
    const highlight = new env.Highlight();
    for (const init of ranges) highlight.add(new env.StaticRange(init));
    highlight.priority = priority;
    env.registry.set(name, highlight);
    ours.set(name, highlight);
  }

  function paint(): void {
    if (extracted === null) return;
    const started = performance.now();
    placed = placeNotes(extracted.map.text, notes);
    const ranges: TextRangeInit[] = [];
    for (const p of placed) {
      if (p.start === undefined || p.end === undefined) continue;
      const init = rangeOf(p.start, p.end);
      if (init !== null) ranges.push(init);
    }
    setHighlight(NOTE_HIGHLIGHTS.note, ranges, NOTE_PRIORITY.note);
    anchorMs = performance.now() - started;
  }

  function activate(start: number | undefined, end: number | undefined): void {
    const init = start === undefined || end === undefined ? null : rangeOf(start, end);
    setHighlight(NOTE_HIGHLIGHTS.active, init ? [init] : [], NOTE_PRIORITY.active);
  }

  async function load(): Promise<void> {
    if (claim === null) return;
    const key = claim.canonical ?? documentUrl(doc);
    const answer = await deps.ask('page.notes', { article: claim });
    if (!answer.ok) return;
    loadedFor = key;
    notes = answer.value.notes;
    snapshots = new Set(answer.value.snapshots);
    selectionButton = answer.value.prefs.selectionButton;
    if (!selectionButton) ui.hideButton();
    paint();
  }

  const notedAt = (offset: number): PlacedNote | undefined =>
    placed.find(
      (p) => p.start !== undefined && p.end !== undefined && p.start <= offset && offset < p.end,
    );

  function textOffsetAt(x: number, y: number): number | null {
    if (extracted === null) return null;
    const caret = caretAt(doc, x, y);
    return caret === null ? null : extracted.map.offsetAt(caret.node, caret.offset);
  }

  /** The note under the pointer: its passage's boxes must hold the point, not only the nearest caret. */
  function noteUnder(x: number, y: number): PlacedNote | undefined {
    const at = textOffsetAt(x, y);
    if (at === null) return undefined;
    const candidate = notedAt(at) ?? notedAt(at - 1);
    if (candidate?.start === undefined || candidate.end === undefined) return undefined;
    const init = rangeOf(candidate.start, candidate.end);
    if (init === null) return undefined;
    return onBoxes(Array.from(liveRange(init).getClientRects()), x, y) ? candidate : undefined;
  }

  function openCard(p: PlacedNote): void {
    if (p.start === undefined || p.end === undefined || claim === null) return;
    const init = rangeOf(p.start, p.end);
    if (init === null) return;
    clearTimeout(hideTimer);
    hovered = p.note.id;
    const changed =
      p.note.articleFingerprint !== undefined && p.note.articleFingerprint !== claim.fingerprint;
    ui.showCard({
      at: boxOf(init),
      note: p.note,
      changed,
      onEdit: () => edit(p.note),
      onDelete: () => void remove(p.note),
    });
  }

  function closeCardSoon(): void {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (overCard) return;
      hovered = null;
      ui.hideCard();
      activate(undefined, undefined);
    }, 300);
  }

  function listen(): void {
    if (listening !== null) return;
    listening = new AbortController();
    const signal = listening.signal;
    const view = defaultView(doc);
    let frame = 0;
    // Called on the window, not detached from it: Firefox refuses a detached call from a content script.
    const nextFrame = (callback: () => void): number =>
      view ? view.requestAnimationFrame(callback) : Number(setTimeout(callback, 16));
    let lastX = 0;
    let lastY = 0;
    ui.onCardHover = (inside) => {
      overCard = inside;
      if (inside) clearTimeout(hideTimer);
      else closeCardSoon();
    };
    on<MouseEvent>(
      doc,
      'mousemove',
      (e) => {
        if (ui.owns(e.target) || ui.editing || placed.length === 0) return;
        lastX = e.clientX;
        lastY = e.clientY;
        if (frame !== 0) return;
        frame = nextFrame(() => {
          frame = 0;
          const under = noteUnder(lastX, lastY);
          if (under !== undefined) {
            if (hovered !== under.note.id || !ui.cardOpen) openCard(under);
            else clearTimeout(hideTimer);
          } else if (hovered !== null) {
            closeCardSoon();
          }
        });
      },
      { passive: true, signal },
    );
    const offerButton = (): void => {
      setTimeout(() => {
        if (signal.aborted || ui.editing) return;
        const found = selectedPassage();
        if (!selectionButton || found === null) {
          ui.hideButton();
          return;
        }
        ui.showButton(selectionBoxes(found.range), () => {
          noteSelection();
        });
      }, 0);
    };
    on(doc, 'mouseup', (e) => ui.owns(e.target) || offerButton(), { signal });
    on<KeyboardEvent>(doc, 'keyup', (e) => (e.shiftKey || e.key === 'Shift') && offerButton(), {
      signal,
    });
    on(
      doc,
      'selectionchange',
      () => {
        if (selectionOf(doc)?.isCollapsed !== false) ui.hideButton();
      },
      { signal },
    );
    // What is drawn by a passage goes when the passage scrolls away from it (a scroll event
    // that moves nothing, which some browsers send, leaves it).
    let lastScroll = view?.scrollY ?? 0;
    if (view !== null) {
      on(
        view,
        'scroll',
        () => {
          const y = view.scrollY;
          if (Math.abs(y - lastScroll) < 24) return;
          lastScroll = y;
          ui.hideButton();
          if (!overCard) ui.hideCard();
        },
        { passive: true, signal },
      );
    }
  }

  /** The selection, when it covers article text. */
  function selectedPassage(): { range: Range; start: number; end: number } | null {
    if (extracted === null) return null;
    const selection = selectionOf(doc);
    if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
    const range = selection.getRangeAt(0);
    const offsets = rangeToOffsets(extracted.map, range);
    return offsets === null ? null : { range, ...offsets };
  }

  function openEditorOn(start: number, end: number, finding?: NoteFinding): boolean {
    if (extracted === null || claim === null) return false;
    const selectors = describePassage(extracted.map.text, start, end);
    if (selectors === null) return false;
    const init = rangeOf(selectors.position.start, selectors.position.end);
    if (init === null) return false;
    listen();
    activate(selectors.position.start, selectors.position.end);
    // Chosen once per editor: a retried save is the same note, never a second one.
    const id = uuid();
    const text = extracted.map.text;
    ui.openEditor({
      at: boxOf(init),
      heading: 'Note this passage',
      quote: selectors.quote.exact,
      onSave: async (body, tags) => {
        const current = claim;
        if (current === null) return 'Who Said stopped on this page. Reload it and try again.';
        const note: PageNoteInput = {
          id,
          body,
          tags,
          target: { selectors: [selectors.quote, selectors.position] },
          ...(finding ? { finding } : {}),
        };
        const keep = !snapshots.has(current.fingerprint);
        const saved = await deps.ask('page.note.save', {
          article: current,
          note,
          ...(keep ? { text } : {}),
        });
        if (!saved.ok) return saved.error.message;
        snapshots.add(current.fingerprint);
        notes = [saved.value, ...notes.filter((n) => n.id !== saved.value.id)];
        activate(undefined, undefined);
        paint();
        selectionOf(doc)?.removeAllRanges();
        ui.toast('Note saved.');
        return null;
      },
      onClose: () => activate(undefined, undefined),
    });
    return true;
  }

  function noteSelection(): boolean {
    const found = selectedPassage();
    if (found === null) {
      ui.toast('Select words in the article, then choose “Note this passage”.');
      return false;
    }
    return openEditorOn(found.start, found.end);
  }

  function edit(note: Note): void {
    const p = placed.find((x) => x.note.id === note.id);
    const init = p?.start !== undefined && p.end !== undefined ? rangeOf(p.start, p.end) : null;
    if (init === null || claim === null || p === undefined) return;
    activate(p.start, p.end);
    ui.openEditor({
      at: boxOf(init),
      heading: 'Edit note',
      body: note.body,
      tags: note.tags ?? [],
      onSave: async (body, tags) => {
        if (claim === null) return 'Who Said stopped on this page. Reload it and try again.';
        const saved = await deps.ask('page.note.save', {
          article: claim,
          // Based on the version shown: an edit of a note changed elsewhere since is refused.
          note: { id: note.id, baseVersion: note.version, body, tags },
        });
        if (!saved.ok) return saved.error.message;
        notes = notes.map((n) => (n.id === saved.value.id ? saved.value : n));
        activate(undefined, undefined);
        paint();
        ui.toast('Note saved.');
        return null;
      },
      onClose: () => activate(undefined, undefined),
    });
  }

  async function remove(note: Note): Promise<void> {
    if (claim === null) return;
    ui.closePanel();
    activate(undefined, undefined);
    const removed = await deps.ask('page.note.delete', { article: claim, id: note.id });
    if (!removed.ok && removed.error.code !== 'not-found') {
      ui.toast(removed.error.message);
      return;
    }
    notes = notes.filter((n) => n.id !== note.id);
    paint();
    const deleted = removed.ok ? removed.value : note;
    ui.toast('Note deleted.', {
      label: 'Undo',
      run: () => {
        void (async () => {
          if (claim === null) return;
          const back = await deps.ask('page.note.restore', { article: claim, note: deleted });
          if (!back.ok) {
            ui.toast(back.error.message);
            return;
          }
          notes = [back.value, ...notes.filter((n) => n.id !== back.value.id)];
          paint();
          ui.toast('Note restored.');
        })();
      },
    });
  }

  function hideAll(): void {
    listening?.abort();
    listening = null;
    clearTimeout(hideTimer);
    hovered = null;
    overCard = false;
    ui.destroy();
    for (const name of Object.values(NOTE_HIGHLIGHTS)) setHighlight(name, [], 0);
  }

  return {
    update(next) {
      extracted = next;
      claim = readArticleClaim(doc, next.map.text, next.title);
      listen();
      const key = claim.canonical ?? documentUrl(doc);
      if (loadedFor !== key && loading === null) {
        loading = load().finally(() => {
          loading = null;
        });
      } else {
        paint();
      }
    },
    clear: hideAll,
    report() {
      if (claim === null) return null;
      return {
        canonical: claim.canonical ?? null,
        fingerprint: claim.fingerprint,
        anchors: placed.map((p) => p.state),
        anchorMs,
      };
    },
    show(id) {
      const p = placed.find((x) => x.note.id === id);
      if (p?.start === undefined || p.end === undefined) return false;
      const init = rangeOf(p.start, p.end);
      if (init === null) return false;
      const box = boxOf(init);
      const view = defaultView(doc);
      if (view) view.scrollBy({ top: box.top - view.innerHeight / 3, behavior: 'instant' });
      activate(p.start, p.end);
      openCard(p);
      return true;
    },
    noteSelection,
    notePassage: (start, end, finding) => openEditorOn(start, end, finding),
    async sync() {
      loadedFor = null;
      await load();
    },
    dispose() {
      hideAll();
      notes = [];
      placed = [];
      extracted = null;
      claim = null;
      loadedFor = null;
    },
  };
}
