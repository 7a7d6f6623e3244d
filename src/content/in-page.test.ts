// @vitest-environment happy-dom
/**
 * The in-page layer on a DOM: the card's text and placement, hovering, keyboard
 * stepping, corrections kept through a re-render and a next visit, the ledger.
 * Layout is modelled (happy-dom has none): every character of the page sits in
 * a grid of 100 per line, 7 px wide and 24 px high.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding, FindingKind, Named } from '../engine/types';
import type { Decision } from '../shared/decisions';
import type { PageLedger } from '../shared/ledger';
import type { PageNoteInput } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { styleOf } from '../shared/highlight-styles';
import { defaultSettings, type PageSetup } from '../shared/settings';
import type { Ask } from './background-client';
import { fakeHighlightEnv, highlightTexts } from './highlight-fakes';
import { Highlighter } from './highlighter';
import { createInPage, mentionWords, type InPage, type NotePassage } from './in-page';
import { noteFromCard } from './notes/note-from-card';
import { createPageNotes, type PageNotes } from './notes/page-notes';
import { startContent, type ContentController, type MessageListener } from './lifecycle';

const ID = 'whosaid@example';
const ARTICLE = 'https://news.example/library';
const STORY = [
  'The city council voted on Tuesday to close the library, officials said, ending a long fight.',
  'According to a report seen by the Herald, the building needs repairs costing $4 million.',
  'The council would reportedly consider a smaller branch nearby, though no site has been named.',
  '"We have been told nothing," said Maria Lopez, who organised a petition with her neighbours.',
  'Mistakes were made in the first survey, and officials said the figures would be checked.',
];
const PAGE = `<!doctype html><html lang="en"><head><title>Library to close</title></head><body>
<nav><a href="/">Home</a></nav><label>Search <input id="search"></label>
<article><h1>Council votes to close the library</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}</article>
<button id="elsewhere">A page button</button></body></html>`;

/** A stand-in engine: the findings a reader would expect in STORY, with sources. */
function analyzeStory(text: string): Finding[] {
  const out: Finding[] = [];
  const add = (
    context: string,
    words: string,
    kind: FindingKind,
    why: string,
    source?: [string, Named],
  ) => {
    for (const m of text.matchAll(new RegExp(context.replace(/[.$]/g, '\\$&'), 'g'))) {
      const start = m.index + context.indexOf(words);
      const f: Finding = { start, end: start + words.length, kind, why };
      if (source) {
        const s = m.index + context.indexOf(source[0]);
        f.source = { start: s, end: s + source[0].length, named: source[1] };
      }
      out.push(f);
    }
  };
  add('officials said', 'officials', 'unnamed', 'officials: an unnamed group');
  add('officials said', 'said', 'attribution', 'said: a neutral reporting verb', [
    'officials',
    false,
  ]);
  add('According to a report seen by the Herald', 'According to', 'attribution', 'a phrase', [
    'a report seen by the Herald',
    true,
  ]);
  add('reportedly', 'reportedly', 'hedge', 'reportedly: the claim is passed on');
  add('said Maria Lopez', 'said', 'attribution', 'said: a neutral reporting verb', [
    'Maria Lopez',
    true,
  ]);
  add('Mistakes were made', 'were made', 'agentless', 'were made: no one is said to act');
  return out.sort((a, b) => a.start - b.start);
}

// --- a layout model -----------------------------------------------------------

const PER_LINE = 100;
const CHAR = 7;
const LINE = 24;
const TOP = 40;
const LEFT = 20;

/** Text nodes of the body in order, with the page offset each starts at. */
function textNodes(doc: Document): { node: Text; at: number }[] {
  const out: { node: Text; at: number }[] = [];
  const walker = doc.createTreeWalker(doc.body, 4);
  let at = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    out.push({ node: n as Text, at });
    at += (n as Text).data.length;
  }
  return out;
}

const pageOffset = (doc: Document, node: Node, offset: number): number =>
  (textNodes(doc).find((t) => t.node === node)?.at ?? 0) + offset;

/** Line boxes of page offsets [a, b). */
function boxes(a: number, b: number): DOMRect[] {
  const out: DOMRect[] = [];
  for (let line = Math.floor(a / PER_LINE); line <= Math.floor((b - 1) / PER_LINE); line++) {
    const from = Math.max(a, line * PER_LINE) % PER_LINE;
    const to = Math.min(b, (line + 1) * PER_LINE) - line * PER_LINE;
    const rect = {
      left: LEFT + from * CHAR,
      right: LEFT + to * CHAR,
      top: TOP + line * LINE,
      bottom: TOP + (line + 1) * LINE,
    };
    out.push({ ...rect, x: rect.left, y: rect.top, width: 0, height: LINE } as DOMRect);
  }
  return out;
}

/** The viewport point in the middle of the first character of `words` (the n-th occurrence). */
function pointOn(doc: Document, words: string, nth = 0): { x: number; y: number } {
  let at = -1;
  const all = textNodes(doc)
    .map((t) => t.node.data)
    .join('');
  for (let i = 0; i <= nth; i++) at = all.indexOf(words, at + 1);
  return {
    x: LEFT + (at % PER_LINE) * CHAR + CHAR / 2,
    y: TOP + Math.floor(at / PER_LINE) * LINE + LINE / 2,
  };
}

function installLayout(doc: Document): void {
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    const a = pageOffset(doc, this.startContainer, this.startOffset);
    const b = pageOffset(doc, this.endContainer, this.endOffset);
    return boxes(a, b) as unknown as DOMRectList;
  });
  Object.assign(doc, {
    caretPositionFromPoint(x: number, y: number) {
      const line = Math.floor((y - TOP) / LINE);
      const col = Math.round((x - LEFT) / CHAR);
      const at = line * PER_LINE + col;
      const hit = [...textNodes(doc)].reverse().find((t) => t.at <= at);
      return hit
        ? { offsetNode: hit.node, offset: Math.min(at - hit.at, hit.node.data.length) }
        : null;
    },
  });
}

// --- a background that keeps this page's corrections ------------------------------

function fakeBackground(setup: Partial<PageSetup> = {}) {
  const stored = new Map<string, Decision>();
  const asked: { type: string; payload: unknown }[] = [];
  let failing = false;
  const ask = (async (type: string, payload: unknown): Promise<Result<unknown>> => {
    asked.push({ type, payload });
    if (failing) return err('no-background', 'Who Said isn’t responding.');
    if (type === 'page.setup') {
      const { kinds, scheme, phrases } = defaultSettings();
      const decisions = [...stored.values()];
      return ok({ run: true, kinds, scheme, variant: 'tint', phrases, decisions, ...setup });
    }
    if (type === 'page.decide') {
      const input = (payload as { decision: Decision }).decision;
      const decision = {
        ...input,
        url: 'https://news.example/library',
        key: JSON.stringify([
          input.anchor.kind,
          input.anchor.prefix,
          input.anchor.quote,
          input.anchor.suffix,
        ]),
        createdAt: '2026-01-01T00:00:00.000Z',
      } as Decision;
      stored.set(decision.key, decision);
      return ok(decision);
    }
    if (type === 'page.undecide') {
      stored.delete((payload as { key: string }).key);
      return ok(null);
    }
    return ok(null);
  }) as Ask;
  return {
    ask,
    stored,
    asked,
    fail(on: boolean) {
      failing = on;
    },
  };
}

// --- the page under test ----------------------------------------------------------

let doc: Document;
let env: ReturnType<typeof fakeHighlightEnv>;
let background: ReturnType<typeof fakeBackground>;
let inPage: InPage;
let content: ContentController;

function start(
  setup: Partial<PageSetup> = {},
  keep = false,
  notes?: PageNotes,
  analyze = analyzeStory,
): void {
  if (!keep) background = fakeBackground(setup);
  const highlighter = new Highlighter(env);
  inPage = createInPage({
    document: doc,
    ask: background.ask,
    highlightEnv: env,
    hoverDelayMs: 0,
    leaveDelayMs: 0,
  });
  const listeners = new Set<MessageListener>();
  content = startContent({
    runtime: {
      id: ID,
      sendMessage: () => Promise.resolve({ ok: true, value: null }),
      onMessage: {
        addListener: (l) => listeners.add(l),
        removeListener: (l) => listeners.delete(l),
      },
    },
    document: doc,
    analyze,
    highlighter,
    MutationObserver,
    debounceMs: 10,
    maxWaitMs: 100,
    view: inPage,
    ...(notes ? { notes } : {}),
  });
  send = async (type, payload = {}) => {
    const [listener] = [...listeners];
    return (await listener?.({ ws: 1, type, payload }, { id: ID })) as Result<unknown>;
  };
}
let send: (type: string, payload?: unknown) => Promise<Result<unknown>>;

const wait = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `done()` holds (the card follows the pointer after a short delay; it may not exist
 * yet, then `done` throws), at most 2 s.
 */
async function settle(done: () => boolean): Promise<void> {
  const holds = (): boolean => {
    try {
      return done();
    } catch {
      return false;
    }
  };
  for (let t = 0; t < 2000 && !holds(); t += 10) await wait(10);
}
const shadow = () => inPage.card.root as ShadowRoot;
const cardEl = () => shadow().querySelector('.card') as HTMLElement;
const facts = () =>
  Object.fromEntries(
    [...shadow().querySelectorAll('dt')].map((dt) => [
      dt.textContent,
      dt.nextElementSibling?.textContent,
    ]),
  );
const liveText = () => shadow().querySelector('.live')?.textContent ?? '';
const press = (key: string, target: EventTarget = doc.body, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init }),
  );
const step = (key: 'ArrowDown' | 'ArrowUp', target?: EventTarget) =>
  press(key, target, { altKey: true, shiftKey: true });
const focused = () => highlightTexts(env.registry.get('whosaid-focus'));
const shownTexts = (kind: string) => highlightTexts(env.registry.get(`whosaid-${kind}`));
const clickCard = (action: string, kind?: string) => {
  const selector = kind
    ? `button[data-action="${action}"][data-kind="${kind}"]`
    : `button[data-action="${action}"]`;
  (shadow().querySelector(selector) as HTMLElement).click();
};

beforeEach(async () => {
  // The window's own document: happy-dom's ranges misbehave in a DOMParser document.
  const parsed = new DOMParser().parseFromString(PAGE, 'text/html');
  const imported = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.append(imported);
  doc = document;
  installLayout(doc);
  env = fakeHighlightEnv();
  start();
  expect(await send('content.analyze')).toMatchObject({ ok: true });
});

afterEach(() => {
  content.dispose();
  vi.restoreAllMocks();
});

describe('the card', () => {
  test('explains an attribution: kind, words, why, source, whether named, claims it backs', () => {
    step('ArrowDown');
    step('ArrowDown');
    expect(cardEl().hidden).toBe(false);
    expect(shadow().querySelector('.kind')?.textContent).toBe('Attribution');
    expect(shadow().querySelector('.quote')?.textContent).toBe('“said”');
    expect(facts()).toEqual({
      Why: 'A neutral reporting verb',
      Source: 'officialsnot named',
      'In this article': 'backs 2 claims',
    });
    expect(shadow().querySelector('.position')?.textContent).toBe('2 of 8');
  });

  test('names the source as the ledger does, with this sentence’s words when they do not', async () => {
    // The engine links "officials" to the body they speak for, as it links "he" to a person.
    const board = { id: 'e1', name: 'Library Board', named: true, type: 'organisation' } as const;
    content.dispose();
    start({}, false, undefined, (text) =>
      analyzeStory(text).map((f) =>
        f.source && text.slice(f.source.start, f.source.end) === 'officials'
          ? { ...f, source: { ...f.source, named: true, entity: board } }
          : f,
      ),
    );
    await send('content.analyze');
    step('ArrowDown');
    step('ArrowDown');
    expect(facts()).toMatchObject({
      Source: 'Library Board, here “officials”named',
      'In this article': 'backs 2 claims',
    });
    await settle(() => liveText().startsWith('Attribution'));
    expect(liveText()).toContain('Source: Library Board, here “officials”, named.');
  });

  test('a pronoun tied to no one is its words, with no source’s claims to count', async () => {
    // (the stand-in credits the first "officials said" to the quotation's "We", linked to no one)
    content.dispose();
    start({}, false, undefined, (text) =>
      analyzeStory(text).map((f) => {
        if (!f.source || text.slice(f.source.start, f.source.end) !== 'officials') return f;
        const we = text.indexOf('We have');
        return { ...f, source: { start: we, end: we + 2, named: false } };
      }),
    );
    await send('content.analyze');
    step('ArrowDown');
    step('ArrowDown');
    expect(facts()).toEqual({ Why: 'A neutral reporting verb', Source: 'Weno source' });
  });

  test('an unnamed actor who is a source says how many claims they back', () => {
    step('ArrowDown');
    expect(shadow().querySelector('.kind')?.textContent).toBe('Unnamed actor');
    expect(facts()).toEqual({
      Why: 'An unnamed group',
      'Source of': '2 claims in this article',
    });
  });

  test('sits below the words, starting where they start, and never over them', () => {
    step('ArrowDown');
    step('ArrowDown');
    Object.defineProperties(cardEl(), {
      offsetWidth: { value: 320, configurable: true },
      offsetHeight: { value: 200, configurable: true },
    });
    inPage.card.place();
    const words = boxes(
      ...(() => {
        const p = pointOn(doc, 'officials said');
        const at = Math.floor((p.y - TOP) / LINE) * PER_LINE + Math.floor((p.x - LEFT) / CHAR);
        return [at, at + 'officials said'.length] as [number, number];
      })(),
    );
    const top = parseFloat(cardEl().style.top);
    const left = parseFloat(cardEl().style.left);
    for (const b of words) {
      const overlaps = left < b.right && b.left < left + 320 && top < b.bottom && b.top < top + 200;
      expect(overlaps).toBe(false);
    }
    expect(top).toBe((words.at(-1) as DOMRect).bottom + 8);
  });

  test('opening the reclassify menu places the card again, still clear of the words', () => {
    // A short window: the card fits only above the last sentence's words, until the menu
    // makes it taller.
    const lastSaid = pointOn(doc, 'officials said', 1);
    const line = Math.floor((lastSaid.y - TOP) / LINE);
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(TOP + (line + 1) * LINE + 60);
    step('ArrowUp');
    expect(shadow().querySelector('.quote')?.textContent).toBe('“said”');
    const menuShown = () => shadow().querySelector<HTMLElement>('.menu')?.hidden === false;
    Object.defineProperties(cardEl(), {
      offsetWidth: { get: () => 320, configurable: true },
      offsetHeight: { get: () => (menuShown() ? 260 : 100), configurable: true },
    });
    inPage.card.place();
    const at =
      Math.floor((lastSaid.y - TOP) / LINE) * PER_LINE + Math.floor((lastSaid.x - LEFT) / CHAR);
    const words = boxes(at, at + 'officials said'.length);
    const clear = () => {
      const top = parseFloat(cardEl().style.top);
      const left = parseFloat(cardEl().style.left);
      const height = cardEl().offsetHeight;
      return words.every(
        (b) => !(left < b.right && b.left < left + 320 && top < b.bottom && b.top < top + height),
      );
    };
    expect(clear()).toBe(true);
    clickCard('reclassify');
    expect(menuShown()).toBe(true);
    expect(clear()).toBe(true);
    clickCard('reclassify');
    expect(menuShown()).toBe(false);
    expect(clear()).toBe(true);
  });

  test('in a window too short for the whole card, it is shortened beside the words, not over them', () => {
    const at = pointOn(doc, 'officials said', 1);
    const line = Math.floor((at.y - TOP) / LINE);
    // Room for 120 px above the words and 122 px below, for a card of 330 px, and none beside
    // them for a card 600 px wide.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(TOP + (line + 1) * LINE + 138);
    vi.spyOn(window, 'innerWidth', 'get').mockReturnValue(LEFT + PER_LINE * CHAR);
    step('ArrowUp');
    Object.defineProperties(cardEl(), {
      offsetWidth: { get: () => 600, configurable: true },
      offsetHeight: {
        get: () => Math.min(330, parseFloat(cardEl().style.maxHeight) || 330),
        configurable: true,
      },
    });
    inPage.card.place();
    const top = parseFloat(cardEl().style.top);
    const height = parseFloat(cardEl().style.maxHeight);
    expect(height).toBeGreaterThan(0);
    const words = { top: TOP + line * LINE, bottom: TOP + (line + 1) * LINE };
    expect(top >= words.bottom || top + height <= words.top).toBe(true);
    expect(top + height).toBeLessThanOrEqual(window.innerHeight);
    // A taller window gives the card its whole height back.
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(2000);
    inPage.card.place();
    expect(cardEl().style.maxHeight).toBe('');
  });

  test('Escape in the reclassify menu closes the menu, not the card; the next Escape the card', () => {
    step('ArrowDown');
    step('ArrowDown');
    clickCard('reclassify');
    const menuShown = () => shadow().querySelector<HTMLElement>('.menu')?.hidden === false;
    expect(menuShown()).toBe(true);
    const first = shadow().querySelector<HTMLElement>('button[data-action="as"]') as HTMLElement;
    first.focus();
    press('Escape', first);
    expect(menuShown()).toBe(false);
    expect(cardEl().hidden).toBe(false);
    expect(shadow().activeElement?.getAttribute('data-action')).toBe('reclassify');
    press('Escape', shadow().activeElement as HTMLElement);
    expect(cardEl().hidden).toBe(true);
  });

  test('shows nothing from the page as markup', async () => {
    const evil = doc.createElement('p');
    evil.textContent = 'The <img src=x onerror=alert(1)> officials said so.';
    doc.querySelector('article')?.append(evil);
    await send('content.analyze');
    for (let i = 0; i < 9; i++) step('ArrowUp');
    expect(shadow().querySelector('img')).toBeNull();
  });
});

describe('mentionWords', () => {
  test.each([
    ['he', 'Edward Norton Lorenz', 'he'],
    ['the company', 'Whole Foods', 'the company'],
    // whole words only: "he" is not in "Stephen"
    ['he', 'Stephen Hawking', 'he'],
    ['Lorenz', 'Edward Norton Lorenz', null],
    ['Lorenz’s', 'Edward Norton Lorenz', null],
    ['Commenter Paul Stoffregen', 'Paul Stoffregen', null],
    ['The company', 'the company', null],
  ])('“%s” for %s: %s', (words, name, shown) => {
    expect(mentionWords(words, name)).toBe(shown);
  });
});

describe('hovering a highlight', () => {
  const move = (p: { x: number; y: number }, target: EventTarget = doc.body) =>
    target.dispatchEvent(
      Object.assign(new MouseEvent('pointermove', { bubbles: true, clientX: p.x, clientY: p.y }), {
        pointerType: 'mouse',
      }),
    );

  test('opens the card of the words under the pointer, and closes when it leaves', async () => {
    move(pointOn(doc, 'Maria Lopez'));
    await settle(() => shadow().querySelector('.kind')?.textContent === 'Attribution');
    expect(shadow().querySelector('.kind')?.textContent).toBe('Attribution');
    expect(facts().Source).toBe('Maria Lopeznamed');
    // The pointer over the card keeps it.
    move({ x: 5, y: 5 }, inPage.card.element as HTMLElement);
    await wait(40);
    expect(cardEl().hidden).toBe(false);
    move({ x: 5, y: 5 });
    await settle(() => cardEl().hidden === true);
    expect(cardEl().hidden).toBe(true);
  });

  test('a hover card goes when the reader starts selecting words (the Note button’s place)', async () => {
    const drag = (p: { x: number; y: number }, target: EventTarget = doc.body) =>
      target.dispatchEvent(
        Object.assign(
          new MouseEvent('pointermove', { bubbles: true, clientX: p.x, clientY: p.y, buttons: 1 }),
          { pointerType: 'mouse' },
        ),
      );
    const at = pointOn(doc, 'Maria Lopez');
    move(at);
    await settle(() => cardEl().hidden === false);
    expect(cardEl().hidden).toBe(false);
    // Selecting inside the card keeps it.
    drag({ x: 5, y: 5 }, inPage.card.element as HTMLElement);
    expect(cardEl().hidden).toBe(false);
    drag({ x: at.x + 3 * CHAR, y: at.y });
    expect(cardEl().hidden).toBe(true);
  });

  test('the narrowest finding wins where two overlap', async () => {
    move(pointOn(doc, 'officials said'));
    await settle(() => shadow().querySelector('.kind')?.textContent === 'Unnamed actor');
    expect(shadow().querySelector('.kind')?.textContent).toBe('Unnamed actor');
    move(pointOn(doc, 'said, ending'));
    await settle(() => shadow().querySelector('.kind')?.textContent === 'Attribution');
    expect(shadow().querySelector('.kind')?.textContent).toBe('Attribution');
  });

  test('text that is not a finding opens nothing', async () => {
    move(pointOn(doc, 'library'));
    await wait(40);
    expect(inPage.card.isOpen).toBe(false);
  });

  test('no card opens while words are selected or being selected', async () => {
    const p = pointOn(doc, 'Maria Lopez');
    doc.body.dispatchEvent(
      Object.assign(
        new MouseEvent('pointermove', { bubbles: true, buttons: 1, clientX: p.x, clientY: p.y }),
        { pointerType: 'mouse' },
      ),
    );
    await wait(40);
    expect(inPage.card.isOpen).toBe(false);
    // A selection made: the note button has the place below the words, not a card.
    const range = doc.createRange();
    range.selectNodeContents(doc.querySelector('p') as Node);
    doc.getSelection()?.addRange(range);
    move(p);
    await wait(40);
    expect(inPage.card.isOpen).toBe(false);
    doc.getSelection()?.removeAllRanges();
    move({ x: 5, y: 5 });
    move(p);
    await settle(() => inPage.card.isOpen);
    expect(inPage.card.isOpen).toBe(true);
  });
});

describe('keyboard stepping', () => {
  test('next and previous, in reading order, wrapping; the focus mark and the live region follow', async () => {
    const order: string[] = [];
    for (let i = 0; i < 9; i++) {
      step('ArrowDown');
      order.push(focused().join());
    }
    expect(order).toEqual([
      'officials',
      'said',
      'According to',
      'reportedly',
      'said',
      'were made',
      'officials',
      'said',
      'officials',
    ]);
    step('ArrowUp');
    expect(focused()).toEqual(['said']);
    await wait(80);
    expect(liveText()).toBe(
      'Attribution, 8 of 8. “said”. Why: A neutral reporting verb. Source: officials, not named. In this article: backs 2 claims.',
    );
  });

  test('a step after Escape goes on from the finding last stepped to, not back to the first', () => {
    step('ArrowDown');
    step('ArrowDown');
    expect(focused()).toEqual(['said']);
    press('Escape', inPage.card.element as HTMLElement);
    expect(inPage.card.isOpen).toBe(false);
    step('ArrowDown');
    expect(focused()).toEqual(['According to']);
    press('Escape', inPage.card.element as HTMLElement);
    step('ArrowUp');
    expect(focused()).toEqual(['said']);
  });

  test('keys typed into the page’s own fields are left alone', () => {
    const input = doc.getElementById('search') as HTMLInputElement;
    expect(step('ArrowDown', input)).toBe(true);
    expect(inPage.card.isOpen).toBe(false);
    expect(press('ArrowDown', doc.body, { ctrlKey: true, altKey: true, shiftKey: true })).toBe(
      true,
    );
    expect(inPage.card.isOpen).toBe(false);
    // Ours: the event is consumed.
    expect(step('ArrowDown')).toBe(false);
  });

  test('the card takes focus; Escape closes it and gives focus back', () => {
    const button = doc.getElementById('elsewhere') as HTMLButtonElement;
    button.focus();
    step('ArrowDown', button);
    expect(inPage.card.hasFocus()).toBe(true);
    press('Escape', inPage.card.element as HTMLElement);
    expect(inPage.card.isOpen).toBe(false);
    expect(focused()).toEqual([]);
    expect(doc.activeElement).toBe(button);
  });

  test('Tab past the card’s last button, or Shift+Tab before its first, goes back to the words', () => {
    const buttons = () => [...shadow().querySelectorAll<HTMLElement>('button')];
    const paragraph = doc.querySelectorAll('article p')[0] as HTMLElement;
    step('ArrowDown');
    const last = buttons()
      .filter((b) => b.closest('[hidden]') === null)
      .at(-1)!;
    last.focus();
    expect(press('Tab', last)).toBe(false);
    expect(inPage.card.isOpen).toBe(false);
    // the paragraph of the words takes the focus, focusable only while it has it
    expect(doc.activeElement).toBe(paragraph);
    expect(paragraph.getAttribute('tabindex')).toBe('-1');
    paragraph.blur();
    expect(paragraph.hasAttribute('tabindex')).toBe(false);
    // backwards from the first button
    step('ArrowDown');
    buttons()[0]!.focus();
    expect(press('Tab', buttons()[0]!, { shiftKey: true })).toBe(false);
    expect(inPage.card.isOpen).toBe(false);
    expect(doc.activeElement?.tagName).toBe('P');
    // Tab between the card's buttons is the browser's: the card stays open
    step('ArrowDown');
    expect(press('Tab', buttons()[0]!)).toBe(true);
    expect(inPage.card.isOpen).toBe(true);
  });

  test('clearing the highlights takes the card and its listeners off the page', async () => {
    step('ArrowDown');
    expect(doc.querySelector('[data-whosaid]')).not.toBeNull();
    await send('content.clear');
    expect(doc.querySelector('[data-whosaid]')).toBeNull();
    expect(step('ArrowDown')).toBe(true);
  });
});

describe('corrections', () => {
  const toMaria = () => {
    for (let i = 0; i < 5; i++) step('ArrowDown');
    expect(facts().Source).toBe('Maria Lopeznamed');
  };

  test('dismiss hides the flag at once, is kept, and can be undone', async () => {
    toMaria();
    clickCard('dismiss');
    expect(shownTexts('attribution')).toEqual(['said', 'According to', 'said']);
    expect(shadow().querySelector('.notice')?.textContent).toContain('Flag dismissed');
    // Dismissed already: the card offers Undo and Reclassify, not Dismiss again.
    expect(shadow().querySelector('button[data-action="dismiss"]')).toBeNull();
    expect(shadow().querySelector('button[data-action="reclassify"]')).not.toBeNull();
    // The card still says whose words they are (the flag left the ledger, not the sentence).
    expect(facts()).toEqual({ Why: 'A neutral reporting verb', Source: 'Maria Lopeznamed' });
    await wait();
    expect(background.stored.size).toBe(1);
    const summary = (await send('content.summary')) as Result<{ counts: Record<string, number> }>;
    expect(summary.ok && summary.value.counts.attribution).toBe(3);
    clickCard('undo');
    expect(shownTexts('attribution')).toEqual(['said', 'According to', 'said', 'said']);
    expect(shadow().querySelector('button[data-action="dismiss"]')).not.toBeNull();
    await wait();
    expect(background.stored.size).toBe(0);
  });

  test('focus stays in the card through Dismiss and Undo (a keyboard reader keeps their place)', async () => {
    toMaria();
    const button = (action: string) =>
      shadow().querySelector<HTMLElement>(`button[data-action="${action}"]`) as HTMLElement;
    const focusedAction = () => shadow().activeElement?.getAttribute('data-action');
    button('dismiss').focus();
    button('dismiss').click();
    expect(focusedAction()).toBe('undo');
    button('undo').click();
    await wait();
    expect(shadow().querySelector('.notice')?.textContent).toContain('Undone');
    expect(focusedAction()).toBe('dismiss');
  });

  test('arrow keys move between the reclassify menu’s choices, round and round', () => {
    step('ArrowDown');
    clickCard('reclassify');
    const choice = () => shadow().activeElement?.textContent;
    const first = choice();
    expect(press('ArrowDown', shadow().activeElement!)).toBe(false);
    expect(choice()).not.toBe(first);
    press('ArrowUp', shadow().activeElement!);
    expect(choice()).toBe(first);
    press('ArrowUp', shadow().activeElement!);
    expect(choice()).toBe('Not a finding');
    // (outside the menu the card leaves arrows to the page)
    (shadow().querySelector('[data-action="dismiss"]') as HTMLElement).focus();
    expect(press('ArrowDown', shadow().activeElement!)).toBe(true);
  });

  test('an action taken with the reclassify menu open closes the menu', () => {
    toMaria();
    clickCard('reclassify');
    clickCard('dismiss');
    expect(shadow().querySelector<HTMLElement>('.menu')?.hidden).toBe(true);
    expect(shadow().querySelector('.notice')?.textContent).toContain('Flag dismissed');
  });

  test('reclassify moves the finding to the kind chosen, "not a finding" hides it', async () => {
    for (let i = 0; i < 4; i++) step('ArrowDown');
    expect(focused()).toEqual(['reportedly']);
    clickCard('reclassify');
    clickCard('as', 'agentless');
    expect(shownTexts('hedge')).toEqual([]);
    expect(shownTexts('agentless')).toEqual(['reportedly', 'were made']);
    expect(shadow().querySelector('.corrected')?.textContent).toBe(
      'You marked this as agentless passive; Who Said had it as hedge.',
    );
    clickCard('reclassify');
    clickCard('as', 'none');
    expect(shownTexts('agentless')).toEqual(['were made']);
    await wait();
    expect([...background.stored.values()].map((d) => d.action === 'reclassify' && d.kind)).toEqual(
      ['none'],
    );
  });

  test('survive the page re-rendering its article', async () => {
    toMaria();
    clickCard('dismiss');
    await wait();
    // The page's script rebuilds every paragraph (new text nodes), with an edit nearby.
    const article = doc.querySelector('article') as HTMLElement;
    const fresh = STORY.map((s) => {
      const p = doc.createElement('p');
      p.textContent = s.replace('organised a petition', 'organised the petition');
      return p;
    });
    article.replaceChildren(article.querySelector('h1') as Node, ...fresh);
    await wait(60);
    expect(shownTexts('source')).toEqual(['officials', 'a report seen by the Herald', 'officials']);
    expect(shownTexts('attribution')).toHaveLength(3);
  });

  test('are there again on the next visit', async () => {
    toMaria();
    clickCard('dismiss');
    await wait();
    content.dispose();
    env = fakeHighlightEnv();
    start({}, true);
    await send('content.analyze');
    expect(shownTexts('source')).toEqual(['officials', 'a report seen by the Herald', 'officials']);
  });

  test('a correction the background refuses is rolled back and says why', async () => {
    toMaria();
    background.fail(true);
    clickCard('dismiss');
    await wait();
    expect(shownTexts('attribution')).toHaveLength(4);
    expect(shadow().querySelector('.notice')?.textContent).toBe(
      'Couldn’t keep this: Who Said isn’t responding.',
    );
  });
});

describe('settings from the background', () => {
  test('kinds switched off and the reader’s phrases', async () => {
    content.dispose();
    env = fakeHighlightEnv();
    const { kinds, phrases } = defaultSettings();
    start({ kinds: { ...kinds, hedge: false }, phrases: { ...phrases, unnamed: ['the council'] } });
    await send('content.analyze');
    expect(shownTexts('hedge')).toEqual([]);
    expect(shownTexts('unnamed')).toEqual(['officials', 'The council', 'officials']);
  });

  test('the card’s sample is painted as the page paints it, in the reader’s scheme', async () => {
    content.dispose();
    env = fakeHighlightEnv();
    start({ scheme: 'high-contrast', variant: 'tint' });
    await send('content.analyze');
    step('ArrowDown');
    const sample = shadow().querySelector('.sample') as HTMLElement;
    const hc = styleOf('unnamed', 'tint', 'high-contrast').background;
    expect(sample.getAttribute('style')).toBe(`background-color: ${hc?.color}; color: ${hc?.ink};`);
  });

  test('a site the reader never runs on is left alone', async () => {
    content.dispose();
    env = fakeHighlightEnv();
    start({ run: false });
    expect(await send('content.analyze')).toMatchObject({
      ok: false,
      error: { code: 'never-run' },
    });
    expect(env.registry.size).toBe(0);
  });
});

describe('"Note this passage"', () => {
  test('is hidden until the notes feature registers, then hands over the passage', () => {
    step('ArrowDown');
    expect(shadow().querySelector('[data-action="note"]')).toBeNull();
    const notes: NotePassage[] = [];
    inPage.setNoteHandler((p) => notes.push(p));
    clickCard('note');
    expect(notes).toEqual([
      {
        quote: 'officials',
        prefix: expect.stringMatching(/close the library, $/),
        suffix: expect.stringMatching(/^ said, ending/),
        start: expect.any(Number),
        end: expect.any(Number),
        finding: { kind: 'unnamed', why: 'officials: an unnamed group' },
      },
    ]);
    expect(inPage.card.isOpen).toBe(false);
  });

  test('on the page’s notes: the editor opens on the finding’s words, the note keeps the finding', async () => {
    // The note UI's closed shadow root, caught as it is made (a page cannot reach it).
    const roots: ShadowRoot[] = [];
    const attach = Element.prototype.attachShadow;
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (
      this: Element,
      init: ShadowRootInit,
    ) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    const saves: { note: PageNoteInput; text?: string }[] = [];
    const ask = (async (type: string, payload: unknown): Promise<Result<unknown>> => {
      if (type === 'page.notes') {
        return ok({
          articleUrl: ARTICLE,
          notes: [],
          snapshots: [],
          prefs: { selectionButton: true },
        });
      }
      if (type !== 'page.note.save') return ok(null);
      const { note, text } = payload as { note: PageNoteInput; text?: string };
      saves.push({ note, ...(text === undefined ? {} : { text }) });
      const now = '2026-01-01T00:00:00.000Z';
      const { id, body, target, finding } = note;
      return ok({
        id,
        url: ARTICLE,
        title: 'T',
        body,
        target,
        finding,
        createdAt: now,
        updatedAt: now,
        version: 1,
      });
    }) as Ask;
    content.dispose();
    const notes = createPageNotes({ doc, ask, env });
    start({}, false, notes);
    await send('content.analyze');
    await wait();
    inPage.setNoteHandler(noteFromCard(notes));

    step('ArrowDown');
    clickCard('note');
    // The words the card was about are marked as the passage being noted.
    expect(highlightTexts(env.registry.get('whosaid-note-active'))).toEqual(['officials']);
    const editor = roots.find((r) => r.querySelector('textarea') !== null);
    const body = editor?.querySelector('textarea') as HTMLTextAreaElement;
    body.value = 'Which officials?';
    body.dispatchEvent(new Event('input', { bubbles: true }));
    const saveButton = [...(editor?.querySelectorAll('button') ?? [])].find(
      (b) => b.textContent === 'Save',
    );
    saveButton?.click();
    await wait();

    expect(saves).toHaveLength(1);
    const [saved] = saves;
    expect(saved?.note).toMatchObject({
      body: 'Which officials?',
      finding: { kind: 'unnamed', why: 'officials: an unnamed group' },
      target: {
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact: 'officials',
            suffix: expect.stringMatching(/^ said/),
          },
          { type: 'TextPositionSelector' },
        ],
      },
    });
    // The article as it stands goes with the first note on it, and the note is painted.
    expect(saved?.text).toContain(STORY[0]);
    const position = saved?.note.target?.selectors[1] as { start: number; end: number };
    expect(saved?.text?.slice(position.start, position.end)).toBe('officials');
    expect(highlightTexts(env.registry.get('whosaid-note'))).toEqual(['officials']);
  });
});

describe('the ledger', () => {
  test('lists the sources with their claims, and reveal cycles through them', async () => {
    const answer = (await send('content.ledger')) as Result<PageLedger>;
    if (!answer.ok) throw new Error(answer.error.message);
    expect(answer.value.entries.map((e) => [e.group, e.name, e.claims.length])).toEqual([
      ['unnamed', 'officials', 2],
      ['documents', 'a report seen by the Herald', 1],
      ['named', 'Maria Lopez', 1],
    ]);
    const officials = answer.value.entries[0]?.id;
    expect(await send('content.reveal', { entry: officials, claim: 0 })).toEqual(
      ok({ claim: 0, claims: 2 }),
    );
    expect(shadow().querySelector('.position')?.textContent).toBe('2 of 8');
    expect(await send('content.reveal', { entry: officials, claim: 3 })).toEqual(
      ok({ claim: 1, claims: 2 }),
    );
    expect(shadow().querySelector('.position')?.textContent).toBe('8 of 8');
    expect(await send('content.reveal', { entry: 'named:words:nobody', claim: 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('presenting an analysis part by part', () => {
  test('a correction applies once, in whichever part is presented first; represent agrees', async () => {
    const text =
      'Officials said it. Later, officials said it.\nOfficials said it. Later, officials said it.';
    const said = [...text.matchAll(/said/g)].map((m): Finding => ({
      start: m.index,
      end: m.index + 4,
      kind: 'attribution',
      why: 'w',
    }));
    const second = text.indexOf('\n') + 1;
    // A correction on the second line's first "said", in the same context as the first line's.
    const anchor = {
      kind: 'attribution' as const,
      quote: 'said',
      prefix: '. Officials ',
      suffix: ' it. Later, officials said it.',
    };
    const decision = {
      anchor,
      action: 'dismiss' as const,
      url: 'https://news.example/a',
      key: JSON.stringify([anchor.kind, anchor.prefix, anchor.quote, anchor.suffix]),
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const view = createInPage({
      document: doc,
      ask: fakeBackground({ decisions: [decision] }).ask,
      highlightEnv: env,
    });
    expect(await view.prepare(false)).toBe(true);
    view.begin(text);
    // The part the reader sees first is presented first.
    const later = view.present(
      said.filter((f) => f.start >= second),
      { start: second, end: text.length },
    );
    const earlier = view.present(
      said.filter((f) => f.start < second),
      { start: 0, end: second },
    );
    expect(later.map((f) => f.start)).toEqual([text.lastIndexOf('said')]);
    expect(earlier).toHaveLength(2);
    expect(view.represent().map((f) => f.start)).toEqual(
      [...earlier, ...later].map((f) => f.start).sort((a, b) => a - b),
    );
  });
});
