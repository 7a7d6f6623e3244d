/**
 * The reader's layer over the highlights (the lifecycle's `PageView`):
 *
 * - what is shown: the engine's findings plus the reader's phrases, their
 *   corrections applied, kinds switched off left out, in their colour scheme;
 * - the explanation card, opened by hovering a highlight (pointer position to
 *   text offset to finding, once per frame at most) or by keyboard;
 * - keyboard stepping: Alt+Shift+↓ / ↑ go to the next / previous finding
 *   (scrolled into view, marked, card open and spoken), Escape closes;
 * - corrections from the card (dismiss, reclassify, undo), kept through the
 *   background for this page only;
 * - the sourcing ledger and "show me this source" for the popup.
 *
 * Listeners live for one session (from `attach` to `detach`) on an
 * AbortController; the card's host leaves the page with them.
 */
import type { Finding, FindingKind } from '../engine/types';
import { decisionKey, type Decision, type Verdict } from '../shared/decisions';
import { styleOf, type SchemeName, type StyleVariant } from '../shared/highlight-styles';
import { KIND_WORDS } from '../shared/kind-words';
import { fitLedger, type LedgerEntry, type PageLedger, type RevealResult } from '../shared/ledger';
import { err, ok, type Result } from '../shared/result';
import { squash } from '../shared/squash';
import type { PageSetup } from '../shared/settings';
import type { ExtractedArticle } from './article';
import type { Ask } from './background-client';
import { FindingCard, spokenText, type CardAction, type CardModel, type CardNotice } from './card';
import type { Box } from './card-placement';
import { caretAt, onBoxes } from './caret';
import { selectionOf } from './dom-access';
import { anchorOf, type ShownFinding } from './corrections';
import { pickTarget, targetIndex, type Target } from './finding-targets';
import { FocusMark } from './focus-mark';
import { focusAtWords } from './focus-words';
import type { HighlightEnv } from './highlighter';
import {
  buildLedger,
  buildLedgerSteps,
  claimRelay,
  creditIds,
  groupOf,
  sourceIdentity,
  type BuiltLedger,
} from './ledger';
import type { PageView } from './lifecycle';
import { present, SHOW_ALL, type Display } from './present';
import type { SpanIndex } from './span-index';
import { createSlicer } from './steps';
import type { TextRangeInit } from './text-map';

/** The passage a reader wants to note, as "Note this passage" hands it over. */
export interface NotePassage {
  /** The finding's words, and 32 characters of text either side (a TextQuoteSelector). */
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets into the article text (a TextPositionSelector). */
  start: number;
  end: number;
  /** The finding the note is made on. */
  finding: { kind: FindingKind; why: string; source?: string };
}

/** What "Note this passage" does; registered by the notes feature. */
export type NoteHandler = (passage: NotePassage) => void;

export interface InPageDeps {
  document: Document;
  ask: Ask;
  /** The Highlight API, for the focus mark (null where the browser has none). */
  highlightEnv: HighlightEnv | null;
  /** The pointer's rest on a finding before its card opens (default 250 ms). */
  hoverDelayMs?: number;
  /** How long a hover card stays after the pointer left it (default 400 ms). */
  leaveDelayMs?: number;
  /** Longest wait for the reader's settings before analysing anyway (default 2000 ms). */
  setupTimeoutMs?: number;
}

/** The in-page layer: the lifecycle's view plus what other features call. */
export interface InPage extends PageView {
  /** What "Note this passage" does; null (the default) hides the button. */
  setNoteHandler(handler: NoteHandler | null): void;
  /** Steps to the next (1) or previous (-1) finding, as the keyboard shortcut does. */
  step(direction: 1 | -1): void;
  /** Closes the card, giving focus back to where it was. */
  closeCard(): void;
  /** The card (tests read it through its shadow root). */
  readonly card: FindingCard;
}

/** How the card was opened: hovering, stepping by keyboard, or from the popup's ledger. */
type Mode = 'pointer' | 'keyboard' | 'reveal';

interface Shown {
  findings: ShownFinding[];
  hidden: ShownFinding[];
  article: ExtractedArticle;
  text: string;
  /** What the pointer can hit: built on the first hover, not in the task that shows the run. */
  index: SpanIndex<Target> | null;
  refresh: () => void;
  /** Built when first needed: for the card (no sentences), for the popup (with them). */
  ledger: BuiltLedger | null;
  fullLedger: BuiltLedger | null;
  /** The popup's ledger while it is being built. */
  building: Promise<BuiltLedger> | null;
}

interface Open {
  finding: ShownFinding;
  mode: Mode;
  notice: CardNotice | null;
}

/**
 * The engine's reason without the words it starts with ("were not told: a passive
 * that ..."): the card shows the words just above it.
 */
export function whyWithoutQuote(why: string, quote: string): string {
  const lead = `${quote.toLowerCase()}: `;
  if (!why.toLowerCase().startsWith(lead)) return why;
  const rest = why.slice(lead.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** Lower-case words between spaces, without possessives, to compare as whole words. */
const wordsKey = (s: string): string =>
  ` ${s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * A source's words in one sentence, when the card should show them beside the ledger's name for
 * it: "he" or "the company" say nothing of who it is, "Lorenz" and "Commenter Paul Stoffregen"
 * show the name "Edward Norton Lorenz" / "Paul Stoffregen" well enough (null).
 */
export function mentionWords(words: string, name: string): string | null {
  const a = wordsKey(words);
  const b = wordsKey(name);
  return a.includes(b) || b.includes(a) ? null : words;
}

/**
 * What the card says of an attribution's source, as the ledger lists it (`entry`): its name, this
 * sentence's words for it, its claims, the standards; for a joint source each of the two with
 * their claims; and how this claim reached the article when it did not hear it itself.
 */
function sourceFacts(
  f: Finding,
  entry: LedgerEntry,
  built: BuiltLedger,
  findings: readonly Finding[],
  text: string,
): NonNullable<CardModel['source']> {
  const source = f.source!;
  const ids = creditIds(f, text);
  const members = ids.length > 1 ? built.ledger.entries.filter((e) => ids.includes(e.id)) : [];
  const name = members.length > 1 ? members.map((e) => e.name).join(' and ') : entry.name;
  const words = mentionWords(squash(text.slice(source.start, source.end)), name);
  const via = claimRelay(f, findings, text);
  const body = built.ledger.entries.find((e) => e.id === entry.body);
  return {
    name,
    ...(words === null ? {} : { words }),
    group: entry.group,
    claims: entry.claims.length,
    ...(entry.standards ? { standards: entry.standards } : {}),
    ...(members.length > 1
      ? { members: members.map((e) => ({ name: e.name, claims: e.claims.length })) }
      : {}),
    ...(via === null ? {} : { via }),
    ...(body
      ? { body: { name: body.name, claims: body.claims.length } }
      : entry.speaksFor !== undefined
        ? { body: { name: entry.speaksFor } }
        : {}),
  };
}

/** Whether a key event is aimed at something the reader types into. */
function typingTarget(event: Event): boolean {
  const first = event.composedPath()[0] ?? event.target;
  if (!(first instanceof Element)) return false;
  const el = first as HTMLElement;
  if (el.isContentEditable) return true;
  const tag = el.localName;
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input') {
    const type = (el as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'image', 'range', 'color'].includes(
      type,
    );
  }
  return el.closest('[role="textbox"],[role="combobox"],[role="searchbox"]') !== null;
}

const NOTICES: Record<string, string> = {
  dismiss: 'Flag dismissed. It stays hidden when you come back to this article.',
  none: 'Marked as not a finding. It stays hidden when you come back.',
};

function noticeFor(verdict: Verdict): string {
  if (verdict.action === 'dismiss') return NOTICES.dismiss as string;
  if (verdict.kind === 'none') return NOTICES.none as string;
  return `Marked as ${KIND_WORDS[verdict.kind].one.toLowerCase()}. Kept for this article.`;
}

/** Creates the in-page layer over `deps`. */
export function createInPage(deps: InPageDeps): InPage {
  const doc = deps.document;
  const view = doc.defaultView;
  const hoverDelay = deps.hoverDelayMs ?? 250;
  const leaveDelay = deps.leaveDelayMs ?? 400;
  const focus = new FocusMark(deps.highlightEnv);
  const card = new FindingCard(doc, (action) => act(action));

  let setup: PageSetup | null = null;
  let loading: Promise<boolean> | null = null;
  let decisions: Decision[] = [];
  // How the page paints (for the card's sample); the background says, with the settings.
  let scheme: SchemeName = 'standard';
  let variant: StyleVariant = 'tint';
  /** The analysis being shown: its text, the engine's findings, and what was hidden of them. */
  let analysis: {
    text: string;
    engine: Finding[];
    hidden: ShownFinding[];
    /** Decisions already applied in an earlier part (one finding each). */
    used: Set<string>;
  } | null = null;
  let shown: Shown | null = null;
  let session: AbortController | null = null;
  let open: Open | null = null;
  let returnFocus: HTMLElement | null = null;
  /** The finding the keyboard last stepped to (its card may be closed since). */
  let stepped: ShownFinding | null = null;
  let noteHandler: NoteHandler | null = null;

  const display = (): Display =>
    setup ? { kinds: setup.kinds, phrases: setup.phrases } : SHOW_ALL;

  // --- geometry -------------------------------------------------------------

  /** The DOM range init of text span [start, end), or null. */
  const rangeOf = (start: number, end: number): TextRangeInit | null =>
    shown?.article.map.rangeFor(start, end) ?? null;

  /** The line boxes of text span [start, end), in viewport coordinates. */
  function boxesOf(start: number, end: number): Box[] {
    const init = rangeOf(start, end);
    if (init === null) return [];
    const range = doc.createRange();
    try {
      range.setStart(init.startContainer, init.startOffset);
      range.setEnd(init.endContainer, init.endOffset);
      return Array.from(range.getClientRects(), (r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      })).filter((b) => b.right > b.left || b.bottom > b.top);
    } catch {
      // The page changed under the map; the next analysis brings a new one.
      return [];
    }
  }

  /** The words to keep clear: a finding's, and for an attribution its source's too. */
  function wordsOf(f: Finding): Box[] {
    const boxes = boxesOf(f.start, f.end);
    if (f.kind === 'attribution' && f.source) boxes.push(...boxesOf(f.source.start, f.source.end));
    return boxes;
  }

  // --- what the card says ---------------------------------------------------

  /** The ledger of what is shown, without the claims' sentences (what the card needs). */
  function ledger(): BuiltLedger | null {
    if (shown === null) return null;
    shown.ledger ??= shown.fullLedger ?? buildLedger(shown.findings, shown.text, false);
    return shown.ledger;
  }

  /**
   * The ledger with each claim's sentence (for the popup), built in slices with the page's
   * input and rendering in between: on a very long article it is many milliseconds of work.
   */
  function fullLedger(): Promise<BuiltLedger | null> {
    const s = shown;
    if (s === null) return Promise.resolve(null);
    if (s.fullLedger !== null) return Promise.resolve(s.fullLedger);
    s.building ??= createSlicer()
      .run(buildLedgerSteps(s.findings, s.text, true), session?.signal)
      .then((built) => (s.fullLedger = built))
      .finally(() => (s.building = null));
    return s.building;
  }

  function modelFor(f: ShownFinding, mode: Mode): CardModel {
    const s = shown as Shown;
    const built = ledger();
    const quote = squash(s.text.slice(f.start, f.end));
    const model: CardModel = {
      kind: f.kind,
      quote,
      why: whyWithoutQuote(f.engine.why, quote),
      sample: styleOf(f.kind, variant, scheme),
      canNote: noteHandler !== null,
      keys: mode === 'keyboard',
    };
    if (f.decision?.action === 'reclassify') model.correctedFrom = f.engine.kind;
    if (f.decision?.action === 'dismiss') model.dismissed = true;
    if (f.engine.cue === 'question') model.question = true;
    const entryId = built?.entryOf.get(f);
    const entry = built?.ledger.entries.find((e) => e.id === entryId);
    if (f.kind === 'attribution' && f.source && !entry) {
      // Dismissed or reclassified away: out of the ledger, but the sentence still credits it.
      const { name } = sourceIdentity(f.source, s.text);
      const words = mentionWords(squash(s.text.slice(f.source.start, f.source.end)), name);
      model.source = {
        name,
        ...(words === null ? {} : { words }),
        group: groupOf(f.source, name),
      };
    }
    if (f.kind === 'attribution' && f.source && entry?.group === 'unsourced') {
      // A pronoun tied to no one ("they thought"): its words, and no claims to count.
      model.source = {
        name: squash(s.text.slice(f.source.start, f.source.end)),
        group: 'unsourced',
      };
    } else if (f.kind === 'attribution' && f.source && entry) {
      model.source = sourceFacts(f, entry, built!, s.findings, s.text);
    }
    if (f.kind !== 'attribution' && built) {
      // An unnamed actor who is the source of claims: how many.
      const backed = s.findings.find(
        (a) =>
          a.kind === 'attribution' && a.source && a.source.start < f.end && f.start < a.source.end,
      );
      const id = backed && built.entryOf.get(backed);
      const backing = built.ledger.entries.find((e) => e.id === id);
      if (backing) model.backs = backing.claims.length;
      if (backing?.standards) model.backsStandards = backing.standards;
    }
    const at = s.findings.indexOf(f);
    if (mode !== 'pointer' && at >= 0) model.position = { index: at + 1, total: s.findings.length };
    return model;
  }

  // --- opening and closing --------------------------------------------------

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  let leaveTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHover = () => {
    clearTimeout(hoverTimer);
    hoverTimer = undefined;
  };
  const cancelLeave = () => {
    clearTimeout(leaveTimer);
    leaveTimer = undefined;
  };

  function scrollTo(f: Finding): void {
    const init = rangeOf(f.start, f.end);
    if (init === null || view === null) return;
    const first = boxesOf(f.start, f.end)[0];
    const height = view.innerHeight;
    if (first && first.top >= 60 && first.bottom <= height - 60) return;
    // Nested scroll boxes first, then the window, so the words sit a third of the way down.
    init.startContainer.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const now = boxesOf(f.start, f.end)[0];
    if (now) view.scrollBy({ top: now.top - height / 3, behavior: 'instant' });
  }

  function openCard(f: ShownFinding, mode: Mode): void {
    if (shown === null) return;
    cancelHover();
    cancelLeave();
    if (mode === 'keyboard' && !card.hasFocus()) {
      const active = doc.activeElement;
      returnFocus = active instanceof HTMLElement && active !== doc.body ? active : null;
    }
    if (mode !== 'pointer') {
      scrollTo(f);
      const words = rangeOf(f.start, f.end);
      focus.set(words ? [words] : []);
    } else {
      focus.clear();
    }
    open = { finding: f, mode, notice: null };
    const model = modelFor(f, mode);
    card.show(model, wordsOf(f), { focus: mode === 'keyboard' });
    if (mode !== 'pointer') card.announce(spokenText(model));
  }

  function closeCard(restore = true): void {
    cancelHover();
    cancelLeave();
    const hadFocus = card.hasFocus();
    card.close();
    focus.clear();
    open = null;
    if (restore && hadFocus && returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  /** Closes the card the reader tabbed out of, giving the focus to the words it was about. */
  function leaveCard(): void {
    const words = open ? rangeOf(open.finding.start, open.finding.end) : null;
    closeCard(false);
    if (words) focusAtWords(words.startContainer);
  }

  /** Redraws the open card from the finding it is about (after a correction). */
  function redraw(): void {
    if (open === null || shown === null) return;
    card.update(modelFor(open.finding, open.mode), open.notice);
  }

  // --- corrections ------------------------------------------------------------

  async function decide(f: ShownFinding, verdict: Verdict): Promise<void> {
    const s = shown;
    if (s === null) return;
    const anchor = anchorOf(f.engine, s.text);
    const key = decisionKey(anchor);
    const before = decisions;
    const local = { ...verdict, anchor, url: doc.URL, key, createdAt: new Date().toISOString() };
    decisions = [...decisions.filter((d) => d.key !== key), local];
    s.refresh();
    setNotice({ text: noticeFor(verdict), tone: 'info', undo: true });
    const answer = await deps.ask('page.decide', { decision: { anchor, ...verdict } });
    if (answer.ok) {
      decisions = decisions.map((d) => (d.key === key ? answer.value : d));
      return;
    }
    decisions = before;
    shown?.refresh();
    setNotice({ text: `Couldn’t keep this: ${answer.error.message}`, tone: 'error', undo: false });
  }

  async function undo(f: ShownFinding): Promise<void> {
    const s = shown;
    if (s === null) return;
    const key = f.decision?.key ?? decisionKey(anchorOf(f.engine, s.text));
    const before = decisions;
    decisions = decisions.filter((d) => d.key !== key);
    s.refresh();
    setNotice({ text: 'Undone: shown as Who Said found it.', tone: 'info', undo: false });
    const answer = await deps.ask('page.undecide', { key });
    if (answer.ok) return;
    decisions = before;
    shown?.refresh();
    setNotice({ text: `Couldn’t undo: ${answer.error.message}`, tone: 'error', undo: false });
  }

  function setNotice(notice: CardNotice): void {
    if (open === null) return;
    open.notice = notice;
    redraw();
    card.announce(notice.text);
  }

  function act(action: CardAction): void {
    const target = open?.finding;
    if (action.type === 'close') return closeCard();
    if (action.type === 'leave') return leaveCard();
    if (!target || shown === null) return;
    if (action.type === 'note') {
      const anchor = anchorOf(target, shown.text);
      const handler = noteHandler;
      closeCard();
      handler?.({
        quote: anchor.quote,
        prefix: anchor.prefix,
        suffix: anchor.suffix,
        start: target.start,
        end: target.end,
        finding: {
          kind: target.kind,
          why: target.engine.why,
          ...(target.source
            ? { source: squash(shown.text.slice(target.source.start, target.source.end)) }
            : {}),
        },
      });
      return;
    }
    if (action.type === 'undo') return void undo(target);
    if (action.type === 'dismiss') return void decide(target, { action: 'dismiss' });
    return void decide(target, { action: 'reclassify', kind: action.kind });
  }

  // --- pointer --------------------------------------------------------------

  /** The finding under viewport point (x, y), checked against its boxes. */
  function findingAt(x: number, y: number): ShownFinding | null {
    const s = shown;
    if (s === null || s.findings.length === 0) return null;
    const index = (s.index ??= targetIndex(s.findings));
    const caret = caretAt(doc, x, y);
    if (caret === null) return null;
    const offset = s.article.map.offsetAt(caret.node, caret.offset);
    if (offset === null) return null;
    // A caret sits between characters: the one before it may be the one under the pointer.
    const hits = [...index.at(offset), ...index.at(offset - 1)];
    while (hits.length > 0) {
      const best = pickTarget(hits, s.findings);
      if (best === null) return null;
      if (onBoxes(boxesOf(best.start, best.end), x, y)) {
        return s.findings[best.value.finding] ?? null;
      }
      hits.splice(hits.indexOf(best), 1);
    }
    return null;
  }

  let frame = 0;
  let pointer: { x: number; y: number; overCard: boolean } | null = null;

  function checkPointer(): void {
    frame = 0;
    const p = pointer;
    if (p === null || shown === null) return;
    if (p.overCard) {
      cancelLeave();
      return;
    }
    // A card reached by keyboard stays until Escape or the next step.
    if (open !== null && open.mode !== 'pointer') return;
    const f = findingAt(p.x, p.y);
    if (f === null) {
      cancelHover();
      if (open !== null && leaveTimer === undefined) {
        leaveTimer = setTimeout(() => closeCard(false), leaveDelay);
      }
      return;
    }
    cancelLeave();
    if (open?.finding === f) return;
    cancelHover();
    // Moving from one card to the next is quicker than opening the first.
    hoverTimer = setTimeout(
      () => {
        // A reader with words selected is acting on them (the note button sits where the card
        // would open): no hover card until the selection is gone.
        if (selectionOf(doc)?.isCollapsed === false) return;
        openCard(f, 'pointer');
      },
      open ? hoverDelay / 3 : hoverDelay,
    );
  }

  function onPointerMove(event: PointerEvent): void {
    if (event.pointerType !== '' && event.pointerType !== 'mouse') return;
    // Dragging to select words: no card meanwhile, and a hover card already open goes (the
    // selection's Note button takes its place), unless the drag is inside the card.
    if (event.buttons !== 0) {
      cancelHover();
      const inCard = card.element !== null && event.composedPath().includes(card.element);
      if (open?.mode === 'pointer' && !inCard) closeCard(false);
      return;
    }
    pointer = {
      x: event.clientX,
      y: event.clientY,
      overCard: card.element !== null && event.composedPath().includes(card.element),
    };
    if (frame === 0) {
      frame = view ? view.requestAnimationFrame(checkPointer) : 0;
      if (!view) checkPointer();
    }
  }

  // --- keyboard -------------------------------------------------------------

  /** The first finding at or below the top of the viewport (or the last above its bottom). */
  function fromViewport(direction: 1 | -1): number {
    const list = (shown as Shown).findings;
    const height = view?.innerHeight ?? 0;
    let lo = 0;
    let hi = list.length - 1;
    let found = direction === 1 ? 0 : list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const f = list[mid] as Finding;
      const top = boxesOf(f.start, f.end)[0]?.top ?? -Infinity;
      const visible = direction === 1 ? top >= 0 : top < height;
      if (direction === 1 ? visible : !visible) {
        if (direction === 1) found = mid;
        hi = mid - 1;
      } else {
        if (direction === -1) found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }

  function step(direction: 1 | -1): void {
    const s = shown;
    if (s === null) return;
    if (s.findings.length === 0) {
      card.announce('Who Said found nothing to step through on this page.');
      return;
    }
    const at = open ? s.findings.indexOf(open.finding) : steppedOnScreen(s.findings);
    const n = s.findings.length;
    const next = at >= 0 ? (at + direction + n) % n : fromViewport(direction);
    stepped = s.findings[next] as ShownFinding;
    openCard(stepped, 'keyboard');
  }

  /**
   * Where the finding the keyboard last stepped to is in `list`, while it is still on screen, or
   * -1: a reader who closed its card with Escape and steps again goes on from it, not back to the
   * first finding in view; one who scrolled it away starts from what is in view.
   */
  function steppedOnScreen(list: readonly ShownFinding[]): number {
    const f = stepped;
    const at = f ? list.indexOf(f) : -1;
    if (f === null || at < 0) return -1;
    const top = boxesOf(f.start, f.end)[0]?.top;
    return top !== undefined && top >= 0 && top < (view?.innerHeight ?? 0) ? at : -1;
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === 'Escape') {
      if (!card.isOpen) return;
      const inCard = card.hasFocus();
      // (this listener captures at the document, before any in the card: the menu goes first)
      if (!card.closeMenu()) closeCard();
      if (inCard) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const direction = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (direction === 0 || typingTarget(event)) return;
    event.preventDefault();
    event.stopPropagation();
    step(direction);
  }

  // --- session ----------------------------------------------------------------

  function listen(signal: AbortSignal): void {
    const options = { signal, capture: true } as const;
    doc.addEventListener('pointermove', onPointerMove, { ...options, passive: true });
    doc.addEventListener('keydown', onKeyDown, options);
    doc.addEventListener(
      'mouseout',
      (event) => {
        // The pointer left the window: a hover card goes.
        if (event.relatedTarget === null && open?.mode === 'pointer') {
          leaveTimer ??= setTimeout(() => closeCard(false), leaveDelay);
        }
      },
      options,
    );
    let placing = 0;
    const replace = () => {
      placing = 0;
      if (open) card.place(wordsOf(open.finding));
    };
    const onMove = () => {
      if (open && placing === 0 && view) placing = view.requestAnimationFrame(replace);
    };
    view?.addEventListener('scroll', onMove, { ...options, passive: true });
    view?.addEventListener('resize', onMove, { ...options, passive: true });
    signal.addEventListener('abort', () => {
      cancelHover();
      cancelLeave();
      if (frame !== 0) view?.cancelAnimationFrame(frame);
      if (placing !== 0) view?.cancelAnimationFrame(placing);
      frame = 0;
    });
  }

  /** The finding that stands for `f` in the new findings: the same engine finding, or its words. */
  function retarget(f: ShownFinding, s: Shown, text: string): ShownFinding | null {
    const all = [...s.findings, ...s.hidden];
    const same = all.find((g) => g.engine === f.engine);
    if (same) return same;
    const key = decisionKey(anchorOf(f.engine, text));
    return (
      all.find(
        (g) => g.engine.kind === f.engine.kind && decisionKey(anchorOf(g.engine, s.text)) === key,
      ) ?? null
    );
  }

  return {
    card,

    async prepare(force) {
      if (!force && setup !== null) return setup.run;
      if (!force && loading !== null) return loading;
      const load = (async () => {
        const timeout = new Promise<null>((resolve) =>
          setTimeout(() => resolve(null), deps.setupTimeoutMs ?? 2000),
        );
        const answer = await Promise.race([deps.ask('page.setup', {}), timeout]);
        if (answer?.ok) {
          setup = answer.value;
          decisions = setup.decisions;
          scheme = setup.scheme;
          variant = setup.variant;
        }
        // Without an answer (the background is gone or slow), the page shows everything.
        return setup?.run ?? true;
      })();
      loading = load;
      try {
        return await load;
      } finally {
        if (loading === load) loading = null;
      }
    },

    begin(text) {
      analysis = { text, engine: [], hidden: [], used: new Set() };
    },

    present(findings, part) {
      const a = analysis;
      if (a === null) return [...findings];
      for (const f of findings) a.engine.push(f);
      const open = decisions.filter((d) => !a.used.has(d.key));
      const out = present(findings, a.text, display(), open, part.start, part.end);
      for (const f of out.hidden) a.hidden.push(f);
      for (const f of [...out.shown, ...out.hidden]) if (f.decision) a.used.add(f.decision.key);
      return out.shown;
    },

    represent() {
      const a = analysis;
      if (a === null) return [];
      a.engine.sort((x, y) => x.start - y.start);
      const out = present(a.engine, a.text, display(), decisions);
      a.hidden = out.hidden;
      return out.shown;
    },

    attach(findings, article, refresh) {
      const text = article.map.text;
      // `findings` are what `present` returned (each knows its engine finding).
      const list = findings.map((f): ShownFinding =>
        'engine' in f ? (f as ShownFinding) : { ...f, engine: f },
      );
      const previousText = shown?.text ?? text;
      shown = {
        findings: list,
        hidden: analysis?.hidden ?? [],
        article,
        text,
        index: null,
        refresh,
        ledger: null,
        fullLedger: null,
        building: null,
      };
      if (session === null) {
        session = new AbortController();
        listen(session.signal);
      }
      if (open !== null) {
        const now = retarget(open.finding, shown, previousText);
        if (now === null) {
          closeCard(false);
        } else {
          open.finding = now;
          redraw();
          card.place(wordsOf(now));
        }
      }
    },

    detach() {
      session?.abort();
      session = null;
      closeCard(false);
      card.dispose();
      focus.clear();
      shown = null;
    },

    async ledger(): Promise<PageLedger | null> {
      const built = await fullLedger();
      return built ? fitLedger(built.ledger) : null;
    },

    reveal(entry, claim): Result<RevealResult> {
      const built = ledger();
      const list = built?.claims.get(entry);
      if (!built || !list || list.length === 0) {
        return err('not-found', 'That source is no longer shown on the page.');
      }
      const i = claim % list.length;
      openCard(list[i] as ShownFinding, 'reveal');
      return ok({ claim: i, claims: list.length });
    },

    setNoteHandler(handler) {
      noteHandler = handler;
      redraw();
    },

    step,
    closeCard: () => closeCard(),
  };
}
