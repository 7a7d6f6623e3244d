/**
 * Who Said's note UI inside the page: the small "Note" button by a selection,
 * the editor, the card a note shows on hover, and a toast with Undo. All of it
 * lives in one closed shadow root, so the page's styles and scripts cannot
 * reach into it; every text is set with `textContent`, never parsed as markup.
 * The host element carries `data-whosaid`, which the content script's
 * MutationObserver ignores.
 */
import type { Note } from '../../shared/notes';
import { parseTags } from '../../shared/notes';
import { LIMITS } from '../../shared/validate';
import {
  createElement,
  createElementNS,
  createTextNode,
  defaultView,
  documentBody,
  documentElement,
} from '../dom-access';

/** Where a thing the UI points at is on screen (viewport coordinates). */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a selection is on screen, for the Note button: its first and last lines, its column. */
export interface SelectionBoxes {
  first: Box;
  last: Box;
  /** The block the selection ends in (its paragraph): the text column. */
  column: Box;
  /**
   * Where the words of the selection's last line end, its own or those after it on that line
   * (the end of a paragraph leaves the rest of its last line blank). Unknown: the column's edge.
   */
  lineEnd?: number;
  /**
   * The line boxes of the words around the selection (its own paragraph and the ones beside it),
   * when measured: a place for the button is taken only if it covers none of them.
   */
  words?: readonly Box[];
}

/** The Note button's room on screen, a little over its size (an icon and "Note"). */
const BUTTON = { width: 76, height: 26 };

/** Whether two boxes overlap (touching edges do not). */
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Pixels at the top and bottom of a line box that hold no ink (leading, the ascent's room). */
const GRAZE = 3;

/** A line box without the edges that hold no ink. */
const inked = (b: Box): Box => ({ ...b, top: b.top + GRAZE, bottom: b.bottom - GRAZE });

/** The lines of `words`: boxes on one line (overlapping in height) merged, top to bottom. */
function wordLines(words: readonly Box[]): Box[] {
  const lines: Box[] = [];
  for (const b of [...words].sort((x, y) => x.top - y.top)) {
    const line = lines.find((l) => b.top < l.bottom - 1 && b.bottom > l.top + 1);
    if (line === undefined) lines.push({ ...b });
    else {
      line.left = Math.min(line.left, b.left);
      line.right = Math.max(line.right, b.right);
      line.top = Math.min(line.top, b.top);
      line.bottom = Math.max(line.bottom, b.bottom);
    }
  }
  return lines;
}

/**
 * Where the Note button goes by a selection (viewport coordinates), over no words when there is
 * room anywhere: in the margin beside the selection's last line when the column leaves room
 * there; else after the words of that line when they end short of the window's edge (a
 * paragraph's last line, on a page whose text runs the full width); else in the left margin
 * beside its first line; else just above its first line; else (at the top of the window) below
 * its last. Below the selection, where it went first, it covered the next line, the one the
 * reader goes on to; above it, on a full-width page, it covered the start of the line before.
 * When the words around the selection were measured (`at.words`), a place that covers any of
 * them, or the selection, is passed over, and failing all those the button goes after the words
 * of the nearest line around that ends short (a paragraph's end): in mid-paragraph on a
 * full-width page, "just above" covered the last words of the paragraph above (Firefox draws
 * taller line boxes). Pure.
 */
export function noteButtonPlace(
  at: SelectionBoxes,
  view: { width: number; height: number },
): { left: number; top: number } {
  const { first, last, column, words } = at;
  const clampTop = (top: number): number =>
    Math.min(Math.max(8, top), Math.max(8, view.height - BUTTON.height - 8));
  const beside = (line: Box): number => clampTop((line.top + line.bottom - BUTTON.height) / 2);
  // (a line box's top and bottom edges hold no ink: the button may graze them)
  const taken = words === undefined ? [] : [...words, first, last].map(inked);
  const free = (p: { left: number; top: number }): boolean =>
    words === undefined ||
    (p.left >= 4 &&
      p.left + BUTTON.width <= view.width - 4 &&
      !taken.some((b) =>
        overlaps(b, { ...p, right: p.left + BUTTON.width, bottom: p.top + BUTTON.height }),
      ));
  const margin = Math.max(column.right, last.right) + 8;
  const places: { left: number; top: number }[] = [];
  if (margin + BUTTON.width <= view.width - 4) places.push({ left: margin, top: beside(last) });
  const lineEnd = Math.max(at.lineEnd ?? column.right, last.right) + 8;
  if (lineEnd + BUTTON.width <= view.width - 4) places.push({ left: lineEnd, top: beside(last) });
  const leftMargin = column.left - 8 - BUTTON.width;
  if (leftMargin >= 4) places.push({ left: leftMargin, top: beside(first) });
  const left = Math.min(Math.max(8, first.left), view.width - BUTTON.width - 4);
  const above = first.top - BUTTON.height - 4;
  if (above >= 8) places.push({ left, top: above });
  const below = {
    left: Math.min(Math.max(8, last.right - 20), view.width - BUTTON.width - 4),
    top: clampTop(last.bottom + 4),
  };
  places.push(below);
  const found = places.find(free);
  if (found !== undefined) return found;
  // (after the words of the nearest line around that ends short of the window's edge)
  const middle = (first.top + last.bottom) / 2;
  const ends = wordLines(words ?? [])
    .map((line) => ({ left: line.right + 8, top: beside(line), line }))
    .filter(free)
    .sort(
      (a, b) =>
        Math.abs((a.line.top + a.line.bottom) / 2 - middle) -
        Math.abs((b.line.top + b.line.bottom) / 2 - middle),
    );
  const end = ends[0];
  return end ? { left: end.left, top: end.top } : (places[0] ?? below);
}

export interface EditorOptions {
  at: Box;
  heading: string;
  /** The passage, shown above the text box. */
  quote?: string;
  body?: string;
  tags?: string[];
  /** Resolves to an error to show, or null when saved (the editor then closes). */
  onSave(body: string, tags: string[]): Promise<string | null>;
  onClose?(): void;
}

export interface CardOptions {
  at: Box;
  note: Note;
  /** The article text changed since the note was written. */
  changed: boolean;
  onEdit(): void;
  onDelete(): void;
}

const STYLE = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer {
  position: fixed; inset: 0; pointer-events: none; z-index: 2147483647;
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1d2330; -webkit-font-smoothing: antialiased;
}
.layer > * { pointer-events: auto; position: fixed; }
[hidden] { display: none !important; }
.pill {
  display: inline-flex; align-items: center; gap: 5px; padding: 5px 10px 5px 8px;
  border: 0; border-radius: 999px; background: #1d2330; color: #fff; cursor: pointer;
  font: 600 12px/1 system-ui, sans-serif; box-shadow: 0 2px 8px rgba(0,0,0,.25);
}
.pill:hover, .pill:focus-visible { background: #0b6b8f; outline: none; }
.pill svg { width: 13px; height: 13px; }
.card {
  width: min(320px, calc(100vw - 16px)); padding: 12px 14px; border-radius: 10px;
  background: #fff; border: 1px solid #d9dee7; box-shadow: 0 8px 28px rgba(16,24,40,.18);
}
.brand { margin: 0 0 6px; font-size: 10.5px; font-weight: 700; letter-spacing: .08em;
  text-transform: uppercase; color: #5b6577; display: flex; align-items: center; gap: 6px; }
.brand::before { content: ""; width: 8px; height: 8px; border-radius: 2px; background: #a8b088; box-shadow: inset 0 -2px 0 #687838; }
.quote { margin: 0 0 8px; padding: 2px 0 2px 9px; border-left: 3px solid #687838; color: #3a4353;
  font-style: italic; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical;
  overflow: hidden; overflow-wrap: anywhere; }
.body { margin: 0 0 8px; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 220px; overflow: auto; }
.tags { display: flex; flex-wrap: wrap; gap: 4px; margin: 0 0 8px; padding: 0; list-style: none; }
.tags li { padding: 1px 7px; border-radius: 999px; background: #e4e8d6; color: #3d4621; font-size: 11.5px; }
.meta { margin: 0; color: #5b6577; font-size: 11.5px; }
.changed { margin: 0 0 8px; padding: 5px 8px; border-radius: 6px; background: #fff4d6; color: #6b4a00; font-size: 12px; }
.row { display: flex; align-items: center; justify-content: space-between; gap: 8px; margin-top: 8px; }
.buttons { display: flex; gap: 6px; }
button.b { font: 600 12px/1 system-ui, sans-serif; padding: 6px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid #c8cfdb; background: #fff; color: #1d2330; }
button.b:hover { background: #f2f4f8; }
button.b:focus-visible, textarea:focus-visible, input:focus-visible { outline: 2px solid #0b6b8f; outline-offset: 1px; }
button.primary { background: #0b6b8f; border-color: #0b6b8f; color: #fff; }
button.primary:hover { background: #095a78; }
button.primary:disabled { opacity: .5; cursor: default; }
button.danger { color: #a1261b; }
label { display: block; margin: 0 0 3px; font-weight: 600; font-size: 12px; }
textarea, input { width: 100%; font: 13px/1.4 system-ui, sans-serif; color: inherit; background: #fff;
  border: 1px solid #c8cfdb; border-radius: 6px; padding: 6px 8px; }
textarea { resize: vertical; min-height: 64px; margin-bottom: 8px; }
.hint { color: #5b6577; font-size: 11px; }
.error { margin: 6px 0 0; color: #a1261b; font-size: 12px; }
.toast { left: 50%; bottom: 20px; transform: translateX(-50%); display: flex; align-items: center; gap: 12px;
  padding: 9px 12px 9px 14px; border-radius: 8px; background: #1d2330; color: #fff;
  box-shadow: 0 6px 20px rgba(0,0,0,.3); }
.toast button { font: 700 12px/1 system-ui, sans-serif; padding: 5px 8px; border: 0; border-radius: 5px;
  background: transparent; color: #8fd3ff; cursor: pointer; }
.toast button:hover { background: rgba(255,255,255,.1); }
@media (prefers-color-scheme: dark) {
  .layer { color: #e6e9ef; }
  .card { background: #1f2430; border-color: #39404f; box-shadow: 0 8px 28px rgba(0,0,0,.5); }
  .brand, .meta, .hint { color: #a3acbd; }
  .quote { color: #c9d0dc; }
  .tags li { background: #33391f; color: #dfe6c4; }
  .changed { background: #4a3a10; color: #ffe3a3; }
  button.b { background: #2a3040; border-color: #4a5366; color: #e6e9ef; }
  button.b:hover { background: #343b4d; }
  button.primary { background: #2b8fb8; border-color: #2b8fb8; }
  textarea, input { background: #151922; border-color: #4a5366; }
  .error, button.danger { color: #ff9b8f; }
}
`;

const PEN =
  'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z';

/** A note's date and time; made on first use (a page's first `Intl` formatter costs milliseconds). */
let dateFormat: Intl.DateTimeFormat | null = null;
const formatWhen = (date: Date): string =>
  (dateFormat ??= new Intl.DateTimeFormat(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })).format(date);

/** What the editor says when Escape would throw away a note not saved. */
export const UNSAVED_WARNING =
  'Not saved yet. Press Esc again to discard this note, or Ctrl+Enter to save it.';

/**
 * Whether Escape may close a note editor: at once when nothing was written (or nothing changed
 * in a note being edited), else only when pressed a second time, the first saying what it would
 * throw away in `line` (a note typed and lost to a stray Escape vanished without a word). Typing
 * again takes the warning back.
 */
function discardGuard(
  body: HTMLTextAreaElement,
  tags: HTMLInputElement,
  line: HTMLElement,
): () => boolean {
  const initial = [body.value, tags.value];
  let warned = false;
  const unsaved = (): boolean =>
    body.value.trim() !== '' && (body.value !== initial[0] || tags.value !== initial[1]);
  const unwarn = (): void => {
    if (!warned) return;
    warned = false;
    line.hidden = true;
  };
  body.addEventListener('input', unwarn);
  tags.addEventListener('input', unwarn);
  return () => {
    if (warned || !unsaved()) return true;
    warned = true;
    line.textContent = UNSAVED_WARNING;
    line.hidden = false;
    return false;
  };
}

/** The in-page note UI. */
export class NoteUi {
  private readonly doc: Document;
  /** The host, its layer and the selection button: made on first use, not with the script. */
  private built: { host: HTMLElement; layer: HTMLElement; button: HTMLButtonElement } | null = null;
  private panel: HTMLElement | null = null;
  private panelKind: 'editor' | 'card' | null = null;
  private toastEl: HTMLElement | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private onButton: (() => void) | null = null;
  /** Called when the pointer enters or leaves the card (to keep it open while read). */
  onCardHover: ((inside: boolean) => void) | null = null;

  constructor(doc: Document) {
    this.doc = doc;
  }

  private get host(): HTMLElement {
    return this.parts().host;
  }

  private get layer(): HTMLElement {
    return this.parts().layer;
  }

  private get button(): HTMLButtonElement {
    return this.parts().button;
  }

  private parts(): { host: HTMLElement; layer: HTMLElement; button: HTMLButtonElement } {
    if (this.built !== null) return this.built;
    const host = createElement(this.doc, 'div');
    host.setAttribute('data-whosaid', 'notes');
    const root = host.attachShadow({ mode: 'closed' });
    const style = createElement(this.doc, 'style');
    style.textContent = STYLE;
    const layer = this.el('div', 'layer');
    root.append(style, layer);
    // Keys typed in the editor are ours: keep them from the page's shortcuts.
    for (const type of ['keydown', 'keyup', 'keypress', 'input']) {
      layer.addEventListener(type, (e) => e.stopPropagation());
    }
    const button = this.el('button', 'pill');
    button.type = 'button';
    button.hidden = true;
    button.setAttribute('aria-label', 'Note this passage (Who Said)');
    button.append(this.icon(), createTextNode(this.doc, 'Note'));
    // Pressing must not take the selection away.
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', () => this.onButton?.());
    layer.append(button);
    this.built = { host, layer, button };
    return this.built;
  }

  /** Puts the UI into the page (once). */
  attach(): void {
    if (this.host.isConnected) return;
    (documentElement(this.doc) ?? documentBody(this.doc))?.append(this.host);
  }

  /** Whether an event target is this UI. */
  owns(target: EventTarget | null): boolean {
    return this.built !== null && target === this.built.host;
  }

  /** Whether the editor is open (then selections and hovers leave it alone). */
  get editing(): boolean {
    return this.panelKind === 'editor';
  }

  get cardOpen(): boolean {
    return this.panelKind === 'card';
  }

  /** Shows the Note button by a selection (`noteButtonPlace`: never over the lines after it). */
  showButton(at: SelectionBoxes, onClick: () => void): void {
    this.attach();
    this.onButton = onClick;
    this.button.hidden = false;
    const { left, top } = noteButtonPlace(at, this.viewport());
    this.place(this.button, left, top);
  }

  hideButton(): void {
    if (this.built !== null) this.built.button.hidden = true;
    this.onButton = null;
  }

  openEditor(options: EditorOptions): void {
    this.attach();
    this.hideButton();
    const card = this.el('div', 'card');
    card.setAttribute('role', 'dialog');
    card.setAttribute('aria-label', options.heading);
    card.append(this.text('p', 'brand', options.heading));
    if (options.quote) card.append(this.text('blockquote', 'quote', options.quote));
    const bodyId = 'whosaid-note-body';
    const bodyLabel = this.text('label', '', 'Your note');
    bodyLabel.htmlFor = bodyId;
    const body = this.el('textarea', '');
    body.id = bodyId;
    body.rows = 3;
    body.maxLength = LIMITS.noteBody;
    body.placeholder = 'What do you want to remember about this passage?';
    body.value = options.body ?? '';
    const tagsLabel = this.text('label', '', 'Tags');
    tagsLabel.htmlFor = 'whosaid-note-tags';
    const tags = this.el('input', '');
    tags.id = 'whosaid-note-tags';
    tags.placeholder = 'sources, follow up';
    tags.value = (options.tags ?? []).join(', ');
    const error = this.text('p', 'error', '');
    error.setAttribute('role', 'alert');
    error.hidden = true;
    const save = this.button_('Save', 'b primary');
    const cancel = this.button_('Cancel', 'b');
    const buttons = this.el('div', 'buttons');
    buttons.append(cancel, save);
    const row = this.el('div', 'row');
    row.append(this.text('span', 'hint', 'Ctrl+Enter saves · Esc closes'), buttons);
    card.append(bodyLabel, body, tagsLabel, tags, row, error);

    const sync = (): void => {
      save.disabled = body.value.trim() === '';
    };
    const submit = async (): Promise<void> => {
      if (save.disabled) return;
      save.disabled = true;
      save.textContent = 'Saving…';
      const problem = await options.onSave(body.value, parseTags(tags.value));
      if (problem === null) {
        this.closePanel();
        return;
      }
      error.textContent = problem;
      error.hidden = false;
      save.textContent = 'Save';
      sync();
    };
    const close = (): void => {
      this.closePanel();
      options.onClose?.();
    };
    const discard = discardGuard(body, tags, error);
    body.addEventListener('input', sync);
    card.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        if (discard()) close();
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void submit();
      }
    });
    save.addEventListener('click', () => void submit());
    cancel.addEventListener('click', close);
    sync();
    this.show(card, 'editor', options.at);
    body.focus({ preventScroll: true });
  }

  showCard(options: CardOptions): void {
    this.attach();
    const { note } = options;
    const card = this.el('div', 'card');
    card.setAttribute('role', 'note');
    card.setAttribute('data-testid', 'note-card');
    card.append(this.text('p', 'brand', 'Your note'));
    if (options.changed) {
      card.append(this.text('p', 'changed', 'The article changed since this note.'));
    }
    card.append(this.text('p', 'body', note.body));
    if (note.tags && note.tags.length > 0) {
      const list = this.el('ul', 'tags');
      for (const tag of note.tags) list.append(this.text('li', '', tag));
      card.append(list);
    }
    const edited = note.updatedAt !== note.createdAt ? ' · edited' : '';
    const meta = this.text('p', 'meta', `${formatWhen(new Date(note.createdAt))}${edited}`);
    const edit = this.button_('Edit', 'b');
    const remove = this.button_('Delete', 'b danger');
    edit.addEventListener('click', () => options.onEdit());
    remove.addEventListener('click', () => options.onDelete());
    const buttons = this.el('div', 'buttons');
    buttons.append(edit, remove);
    const row = this.el('div', 'row');
    row.append(meta, buttons);
    card.append(row);
    card.addEventListener('pointerenter', () => this.onCardHover?.(true));
    card.addEventListener('pointerleave', () => this.onCardHover?.(false));
    this.show(card, 'card', options.at);
  }

  /** Closes the card (not the editor). */
  hideCard(): void {
    if (this.panelKind === 'card') this.closePanel();
  }

  closePanel(): void {
    this.panel?.remove();
    this.panel = null;
    this.panelKind = null;
  }

  /** A short message at the bottom of the window, with an optional action (Undo). */
  toast(message: string, action?: { label: string; run(): void }): void {
    this.attach();
    this.toastEl?.remove();
    clearTimeout(this.toastTimer);
    const toast = this.el('div', 'toast');
    toast.setAttribute('role', 'status');
    toast.append(this.text('span', '', message));
    if (action) {
      const undo = this.button_(action.label, '');
      undo.addEventListener('click', () => {
        toast.remove();
        action.run();
      });
      toast.append(undo);
    }
    this.layer.append(toast);
    this.toastEl = toast;
    this.toastTimer = setTimeout(() => toast.remove(), action ? 8000 : 3000);
  }

  /** Takes the UI out of the page. */
  destroy(): void {
    clearTimeout(this.toastTimer);
    this.closePanel();
    this.built?.host.remove();
  }

  private show(card: HTMLElement, kind: 'editor' | 'card', at: Box): void {
    this.closePanel();
    this.panel = card;
    this.panelKind = kind;
    card.style.visibility = 'hidden';
    this.layer.append(card);
    // Measure, then place below the passage, or above when there is no room: never over it.
    const size = card.getBoundingClientRect();
    const view = this.viewport();
    const width = size.width || 320;
    const height = size.height || 200;
    const left = Math.min(Math.max(8, at.left), Math.max(8, view.width - width - 8));
    const below = at.bottom + 8;
    const above = at.top - height - 8;
    const top = below + height <= view.height - 8 || above < 8 ? below : above;
    this.place(card, left, Math.max(8, top));
    card.style.visibility = '';
  }

  private viewport(): { width: number; height: number } {
    const view = defaultView(this.doc);
    return { width: view?.innerWidth ?? 1024, height: view?.innerHeight ?? 768 };
  }

  private place(el: HTMLElement, left: number, top: number): void {
    el.style.left = `${Math.round(left)}px`;
    el.style.top = `${Math.round(top)}px`;
  }

  private el<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
  ): HTMLElementTagNameMap[K] {
    const el = createElement(this.doc, tag);
    if (className) el.className = className;
    return el;
  }

  private text<K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    text: string,
  ): HTMLElementTagNameMap[K] {
    const el = this.el(tag, className);
    el.textContent = text;
    return el;
  }

  private button_(label: string, className: string): HTMLButtonElement {
    const b = this.text('button', className, label);
    b.type = 'button';
    return b;
  }

  private icon(): Element {
    const ns = 'http://www.w3.org/2000/svg';
    const svg = createElementNS(this.doc, ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    const path = createElementNS(this.doc, ns, 'path');
    path.setAttribute('d', PEN);
    path.setAttribute('fill', 'currentColor');
    svg.append(path);
    return svg;
  }
}
