/**
 * The explanation card: a small panel beside a highlighted finding saying what
 * it is, why it was flagged and, for an attribution, who the source is. It
 * lives in a closed shadow root on a host marked `data-whosaid` (the content
 * script's observer ignores it), is built from text nodes only, and is placed
 * so it never covers the words it explains.
 */
import { FINDING_KINDS, type FindingKind } from '../engine/types';
import { declarations, type HighlightStyle } from '../shared/highlight-styles';
import { KIND_WORDS, NOT_A_FINDING } from '../shared/kind-words';
import type { LedgerGroup, SourceStandards } from '../shared/ledger';
import { placeCard, type Box } from './card-placement';
import { CARD_CSS } from './card-styles';

/** What the card says. */
export interface CardModel {
  /** The kind shown (after the reader's correction). */
  kind: FindingKind;
  quote: string;
  why: string;
  /** Set when the reader corrected the finding: the kind the engine gave it. */
  correctedFrom?: FindingKind;
  /** Set when the reader dismissed the flag: the card offers Undo and Reclassify, not Dismiss again. */
  dismissed?: boolean;
  /** For an attribution: its source. */
  source?: {
    /** Who the source is, as the ledger lists it ("Edward Norton Lorenz"). */
    name: string;
    /** This sentence's words for it, when they do not show the name ("he", "the company"). */
    words?: string;
    group: LedgerGroup;
    /** Claims this source backs in the article (none for a flag the reader took away). */
    claims?: number;
    standards?: SourceStandards;
    /** For a joint source (`Lind and Brack said`): each of the two, as the ledger lists them. */
    members?: { name: string; claims: number }[];
    /** How this claim reached the article, when it did not hear it itself (`told Reuters`). */
    via?: string;
    /**
     * For a person or people partly named by a body the ledger lists (`A Whole Foods
     * spokeswoman`), or by whom a possessive says they speak for (`his spokesman`): that body or
     * person, as the ledger lists it, and the claims it backs itself (none when it backs none).
     */
    body?: { name: string; claims?: number };
  };
  /** For an attribution: the reporter's question before the answer ("Asked about the delay,"). */
  question?: boolean;
  /** For an unnamed actor who is also a source: the claims they back. */
  backs?: number;
  /**
   * For an unnamed actor who is also a source: what the story says of them against newsroom
   * standards, as the ledger lists it (why anonymous, how they know), where the reader weighs them.
   */
  backsStandards?: SourceStandards;
  /** The finding's place among all findings, when stepping by keyboard. */
  position?: { index: number; total: number };
  /** How the page paints this kind, for the sample beside the title. */
  sample: HighlightStyle;
  /** Whether "Note this passage" has somewhere to go. */
  canNote: boolean;
  /** Show the keyboard hints (the card was reached by keyboard). */
  keys: boolean;
}

/** What the reader did on the card. */
export type CardAction =
  | { type: 'note' }
  | { type: 'dismiss' }
  | { type: 'reclassify'; kind: FindingKind | 'none' }
  | { type: 'undo' }
  | { type: 'close' }
  /** Tab past the last button, or Shift+Tab before the first: the reader leaves the card. */
  | { type: 'leave' };

/** A line under the actions: what just happened, with Undo when it can be undone. */
export interface CardNotice {
  text: string;
  tone: 'info' | 'error';
  undo: boolean;
}

const GROUP_WORDS: Record<LedgerGroup, string> = {
  named: 'named',
  partial: 'partly named',
  unnamed: 'not named',
  documents: 'a document',
  unsourced: 'no source',
};

/** Arrow keys to the step they take through the reclassify menu's choices. */
const ARROW_STEPS: Partial<Record<string, number>> = {
  ArrowDown: 1,
  ArrowRight: 1,
  ArrowUp: -1,
  ArrowLeft: -1,
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** The rows of facts under the quote. */
export function cardFacts(model: CardModel): [string, string, string?][] {
  // (a finding the reader made another kind keeps the engine's reason for its old one: said as
  // Who Said's, not as why this is the kind the card now shows)
  const why = model.correctedFrom === undefined ? 'Why' : 'Who Said’s reason';
  const rows: [string, string, string?][] = [[why, model.why]];
  const { source } = model;
  if (model.kind === 'attribution') {
    if (source) {
      const here = source.words === undefined ? '' : `, here “${source.words}”`;
      rows.push(['Source', `${source.name}${here}`, GROUP_WORDS[source.group]]);
      if (source.members) {
        const each = source.members.map((m) => `${m.name} backs ${plural(m.claims, 'claim')}`);
        rows.push(['In this article', each.join('; ')]);
      } else if (source.claims !== undefined) {
        rows.push(['In this article', `backs ${plural(source.claims, 'claim')}`]);
      }
      // (a person's as well as a body's: "the source of", not "itself the source of")
      if (source.body)
        rows.push([
          'Of',
          source.body.claims === undefined
            ? source.body.name
            : `${source.body.name}, the source of ${plural(source.body.claims, 'claim')} here too`,
        ]);
      if (source.via) rows.push(['Second-hand', source.via]);
      rows.push(...standardsRows(source.standards));
    } else if (model.question) {
      rows.push(['Source', 'a question, not a claim: the answer that follows credits its source']);
    } else {
      rows.push(['Source', 'none given in this sentence']);
    }
  } else if (model.backs !== undefined && model.backs > 0) {
    rows.push(['Source of', `${plural(model.backs, 'claim')} in this article`]);
    rows.push(...standardsRows(model.backsStandards));
  }
  return rows;
}

/** The card's rows for what the story says of a source against newsroom standards. */
function standardsRows(s: SourceStandards | undefined): [string, string][] {
  const rows: [string, string][] = [];
  if (s && 'reason' in s) rows.push(['Why anonymous', s.reason ?? 'no reason given']);
  if (s && 'basis' in s) rows.push(['How they know', s.basis ?? 'not said']);
  if (s && 'specificity' in s && s.specificity) rows.push(['Described as', s.specificity]);
  if (s && 'obtained' in s) rows.push(['How obtained', s.obtained ?? 'not said']);
  return rows;
}

/** What the reader's correction did, in words. */
export function correctionText(model: CardModel): string | null {
  if (model.correctedFrom === undefined) return null;
  return `You marked this as ${KIND_WORDS[model.kind].one.toLowerCase()}; Who Said had it as ${KIND_WORDS[model.correctedFrom].one.toLowerCase()}.`;
}

/** The card's text as one sentence run, for the live region (what a screen reader says). */
export function spokenText(model: CardModel): string {
  const parts = [KIND_WORDS[model.kind].one];
  if (model.position) parts[0] += `, ${model.position.index} of ${model.position.total}`;
  parts.push(`“${model.quote}”`);
  for (const [label, value, tag] of cardFacts(model)) {
    parts.push(`${label}: ${value}${tag ? `, ${tag}` : ''}`);
  }
  const corrected = correctionText(model);
  if (corrected) parts.push(corrected);
  return parts.map((p) => p.replace(/[.:]$/, '')).join('. ') + '.';
}

type Child = Node | string | null | undefined | false;

/** Builds an element from text only (never markup): page text stays text. */
function h(
  doc: Document,
  tag: string,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElement {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/** Whether this browser has the Popover API (the card then sits in the top layer). */
const hasPopover = (el: HTMLElement): boolean => typeof el.showPopover === 'function';

export class FindingCard {
  private readonly doc: Document;
  private readonly onAction: (action: CardAction) => void;
  private host: HTMLElement | null = null;
  private shadow: ShadowRoot | null = null;
  private card: HTMLElement | null = null;
  private live: HTMLElement | null = null;
  private open = false;
  private model: CardModel | null = null;
  private notice: CardNotice | null = null;
  private menuOpen = false;
  private boxes: readonly Box[] = [];

  constructor(doc: Document, onAction: (action: CardAction) => void) {
    this.doc = doc;
    this.onAction = onAction;
  }

  get isOpen(): boolean {
    return this.open;
  }

  /** The host element on the page, once the card has been shown. */
  get element(): HTMLElement | null {
    return this.host;
  }

  /** The shadow root (closed to the page; tests read the card through this). */
  get root(): ShadowRoot | null {
    return this.shadow;
  }

  /** Whether keyboard focus is inside the card. */
  hasFocus(): boolean {
    return this.shadow?.activeElement != null;
  }

  /** Creates the host, its shadow root and the live region, once. */
  private ensureHost(): { shadow: ShadowRoot; card: HTMLElement; live: HTMLElement } {
    if (this.host && this.shadow && this.card && this.live && this.host.isConnected) {
      return { shadow: this.shadow, card: this.card, live: this.live };
    }
    const doc = this.doc;
    // A custom element name: page rules aimed at div or span never match it.
    const host = doc.createElement('whosaid-card');
    host.setAttribute('data-whosaid', '');
    const shadow = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    const card = h(doc, 'div', {
      class: 'card',
      role: 'dialog',
      'aria-modal': 'false',
      'aria-labelledby': 'whosaid-kind',
      tabindex: '-1',
      hidden: '',
    });
    if (hasPopover(card)) card.setAttribute('popover', 'manual');
    const live = h(doc, 'div', { class: 'live', 'aria-live': 'polite', 'aria-atomic': 'true' });
    shadow.append(style, card, live);
    card.addEventListener('click', (event) => this.clicked(event));
    card.addEventListener('keydown', (event) => {
      this.tabbed(event);
      this.arrowed(event);
    });
    (doc.documentElement ?? doc.body)?.append(host);
    this.host = host;
    this.shadow = shadow;
    this.card = card;
    this.live = live;
    return { shadow, card, live };
  }

  private clicked(event: Event): void {
    const button = (event.target as Element | null)?.closest?.('button');
    const action = button?.getAttribute('data-action');
    if (!button || !action) return;
    if (action === 'reclassify') {
      this.menuOpen = !this.menuOpen;
      this.redrawInPlace();
      if (this.menuOpen) this.focusButton('as');
      else this.focusButton('reclassify');
      return;
    }
    if (action === 'as') {
      const kind = button.getAttribute('data-kind') as FindingKind | 'none';
      this.menuOpen = false;
      this.onAction({ type: 'reclassify', kind });
      return;
    }
    // (the menu stays open only while the reader picks from it)
    this.menuOpen = false;
    this.onAction({ type: action } as CardAction);
  }

  /**
   * Tab on the card's last button (Shift+Tab on its first, or on the card itself) leaves the
   * card: the page's next stop after the card is the end of the document, not the reader's place.
   */
  private tabbed(event: KeyboardEvent): void {
    if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(this.card?.querySelectorAll('button') ?? [])].filter(
      (b) => !b.disabled && b.closest('[hidden]') === null,
    );
    const active = this.shadow?.activeElement ?? null;
    const edge = event.shiftKey ? buttons[0] : buttons[buttons.length - 1];
    if (active !== edge && active !== this.card) return;
    // (Tab from the card itself enters its first button, as the browser would)
    if (active === this.card && !event.shiftKey && buttons.length > 0) return;
    event.preventDefault();
    event.stopPropagation();
    this.onAction({ type: 'leave' });
  }

  /**
   * Arrow keys move between the reclassify menu's choices, round and round, as a keyboard
   * reader expects of a list of choices (Tab still does); not with Alt, the stepping shortcut.
   */
  private arrowed(event: KeyboardEvent): void {
    const step = ARROW_STEPS[event.key];
    if (step === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
      return;
    const choices = [...(this.card?.querySelectorAll<HTMLElement>('.menu button') ?? [])];
    const at = choices.indexOf(this.shadow?.activeElement as HTMLElement);
    if (at < 0) return;
    event.preventDefault();
    event.stopPropagation();
    choices[(at + step + choices.length) % choices.length]?.focus();
  }

  /**
   * Closes the reclassify menu when it is open (Escape does this before it closes the card),
   * giving focus back to its button; false when there was no menu to close.
   */
  closeMenu(): boolean {
    if (!this.open || !this.menuOpen) return false;
    const inMenu = this.hasFocus();
    this.menuOpen = false;
    this.redrawInPlace();
    if (inMenu) this.focusButton('reclassify');
    return true;
  }

  /** Redraws the card and places it again: the menu changes its height, so where it fits. */
  private redrawInPlace(): void {
    this.draw();
    this.place();
  }

  /** Focuses the card's button for `action`; false when the card has none. */
  private focusButton(action: string): boolean {
    const button = this.card?.querySelector<HTMLElement>(`button[data-action="${action}"]`);
    button?.focus();
    return button != null;
  }

  /** Shows the card for `model` beside the words drawn in `boxes`. */
  show(model: CardModel, boxes: readonly Box[], options: { focus: boolean }): void {
    const { card } = this.ensureHost();
    const changed = this.model?.quote !== model.quote || this.model?.kind !== model.kind;
    this.model = model;
    if (changed) {
      this.notice = null;
      this.menuOpen = false;
    }
    this.boxes = boxes;
    this.draw();
    card.hidden = false;
    if (card.hasAttribute('popover') && !card.matches(':popover-open')) card.showPopover();
    this.open = true;
    this.place();
    if (options.focus) card.focus({ preventScroll: true });
  }

  /** Redraws the same card with a notice (after an action), keeping focus in place. */
  update(model: CardModel, notice: CardNotice | null): void {
    if (!this.open) return;
    const active = this.shadow?.activeElement as HTMLElement | null;
    const focused = active?.getAttribute('data-action') ?? null;
    this.model = model;
    this.notice = notice;
    this.draw();
    this.place();
    if (!active) return;
    // The button that had focus may be gone (Dismiss once dismissed, Undo once undone): Undo
    // takes it when offered, else the action Undo undid, else the card itself, never the page's
    // body (the card holds it between the redraw and the notice).
    const next = notice?.undo ? 'undo' : focused;
    if (next !== null && this.focusButton(next)) return;
    if (focused !== null && this.focusButton('dismiss')) return;
    this.card?.focus({ preventScroll: true });
  }

  /** Places the card again (after a scroll or resize) beside `boxes`. */
  place(boxes: readonly Box[] = this.boxes): void {
    const card = this.card;
    if (!card || !this.open) return;
    this.boxes = boxes;
    const view = this.doc.defaultView;
    const viewport = {
      width: view?.innerWidth ?? 1024,
      height: view?.innerHeight ?? 768,
    };
    // Measured at its full height (a short window may have capped it last time).
    card.style.maxHeight = '';
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const { left, top, maxHeight } = placeCard(boxes, size, viewport);
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
    if (maxHeight !== undefined) card.style.maxHeight = `${Math.floor(maxHeight)}px`;
  }

  /** Says `text` through the live region (screen readers speak it). */
  announce(text: string): void {
    const { live } = this.ensureHost();
    // Emptied first so the same text twice is spoken twice.
    live.textContent = '';
    const view = this.doc.defaultView;
    const set = () => {
      live.textContent = text;
    };
    if (view) view.setTimeout(set, 60);
    else set();
  }

  close(): void {
    if (!this.open || !this.card) return;
    this.open = false;
    this.menuOpen = false;
    this.notice = null;
    this.model = null;
    if (this.card.hasAttribute('popover') && this.card.matches(':popover-open')) {
      this.card.hidePopover();
    }
    this.card.hidden = true;
  }

  /** Takes the card off the page. */
  dispose(): void {
    this.close();
    this.host?.remove();
    this.host = null;
    this.shadow = null;
    this.card = null;
    this.live = null;
  }

  private draw(): void {
    const { card } = this.ensureHost();
    const model = this.model;
    if (!model) return;
    const doc = this.doc;
    const words = KIND_WORDS[model.kind];
    const sample = h(doc, 'span', { class: 'sample', 'aria-hidden': 'true' }, 'abc');
    sample.setAttribute(
      'style',
      declarations(model.sample)
        .map(([property, value]) => `${property}: ${value};`)
        .join(' '),
    );
    const head = h(
      doc,
      'div',
      { class: 'head' },
      sample,
      h(doc, 'h2', { class: 'kind', id: 'whosaid-kind' }, words.one),
      model.position &&
        h(doc, 'span', { class: 'position' }, `${model.position.index} of ${model.position.total}`),
      h(
        doc,
        'button',
        { class: 'close', type: 'button', 'data-action': 'close', 'aria-label': 'Close' },
        '×',
      ),
    );
    const facts = h(doc, 'dl', { class: 'facts' });
    for (const [label, value, tag] of cardFacts(model)) {
      facts.append(
        h(doc, 'dt', {}, label),
        h(doc, 'dd', {}, value, tag && h(doc, 'span', { class: 'tag' }, tag)),
      );
    }
    const corrected = correctionText(model);
    const button = (action: string, label: string, extra: Record<string, string> = {}) =>
      h(doc, 'button', { class: 'action', type: 'button', 'data-action': action, ...extra }, label);
    const actions = h(
      doc,
      'div',
      { class: 'actions' },
      model.canNote && button('note', 'Note this passage', { class: 'action primary' }),
      !model.dismissed && button('dismiss', 'Dismiss'),
      button('reclassify', 'Reclassify…', {
        'aria-expanded': String(this.menuOpen),
        'aria-controls': 'whosaid-menu',
      }),
    );
    const menu = h(
      doc,
      'div',
      { class: 'menu', id: 'whosaid-menu', role: 'group', 'aria-label': 'Reclassify as' },
      h(doc, 'p', { class: 'menu-label' }, 'This is really:'),
      ...FINDING_KINDS.filter((k) => k !== model.kind).map((k) =>
        button('as', KIND_WORDS[k].one, { 'data-kind': k }),
      ),
      button('as', NOT_A_FINDING, { 'data-kind': 'none' }),
    );
    menu.hidden = !this.menuOpen;
    const notice = this.notice;
    const noticeLine = h(
      doc,
      'p',
      { class: `notice${notice?.tone === 'error' ? ' error' : ''}`, role: 'status' },
      notice?.text,
      notice?.undo && button('undo', 'Undo'),
    );
    const keys =
      model.keys &&
      h(
        doc,
        'p',
        { class: 'keys' },
        h(doc, 'kbd', {}, 'Alt'),
        '+',
        h(doc, 'kbd', {}, 'Shift'),
        '+',
        h(doc, 'kbd', {}, '↓'),
        ' / ',
        h(doc, 'kbd', {}, '↑'),
        ' next, previous · ',
        h(doc, 'kbd', {}, 'Esc'),
        ' close',
      );
    const parts: Child[] = [
      head,
      h(doc, 'p', { class: 'meaning' }, words.meaning),
      h(doc, 'blockquote', { class: 'quote' }, `“${model.quote}”`),
      facts,
      corrected && h(doc, 'p', { class: 'corrected' }, corrected),
      actions,
      menu,
      noticeLine,
      keys,
    ];
    card.replaceChildren(...parts.filter((p): p is Node => typeof p === 'object' && p !== null));
  }
}
