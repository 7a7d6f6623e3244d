/**
 * What the in-page end-to-end tests share. The card lives in a closed shadow
 * root, which page scripts (and so the test's page-world evaluation) cannot
 * open: the tests read it the way a screen reader does, from the browser's
 * accessibility tree (Chromium: CDP `Accessibility`; Firefox: the parent
 * process's accessibility service, reached over WebDriver BiDi with
 * `--remote-allow-system-access`).
 */
import type { CDPSession, Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { waitFor } from '../../scripts/lib/browser-launch.mjs';
import { noteButtonPlace, type Box, type SelectionBoxes } from '../../src/content/notes/note-ui';

/** What the card shows, as the accessibility tree has it. */
export interface CardView {
  /** The dialog's name: the kind ("Attribution"). */
  name: string;
  /** Its text, in reading order, joined by single spaces. */
  text: string;
  /** Its buttons' names. */
  buttons: string[];
}

interface AxNode {
  nodeId: string;
  ignored?: boolean;
  role?: { value?: string };
  name?: { value?: string };
  childIds?: string[];
  backendDOMNodeId?: number;
  properties?: { name: string; value: { value?: unknown } }[];
}

async function axTree(cdp: CDPSession): Promise<Map<string, AxNode>> {
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
  return new Map(nodes.map((n) => [n.nodeId, n]));
}

function descendants(tree: Map<string, AxNode>, root: AxNode): AxNode[] {
  const out: AxNode[] = [];
  const walk = (node: AxNode) => {
    for (const id of node.childIds ?? []) {
      const child = tree.get(id);
      if (!child) continue;
      out.push(child);
      walk(child);
    }
  };
  walk(root);
  return out;
}

const textOf = (tree: Map<string, AxNode>, root: AxNode): string =>
  descendants(tree, root)
    .filter((n) => n.role?.value === 'StaticText' && !n.ignored)
    .map((n) => String(n.name?.value ?? ''))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Chromium: Who Said's card (a dialog with a Reclassify… button), or null when none is open. */
export async function chromiumCard(cdp: CDPSession): Promise<CardView | null> {
  const tree = await axTree(cdp);
  for (const node of tree.values()) {
    if (node.role?.value !== 'dialog' || node.ignored) continue;
    const buttons = descendants(tree, node)
      .filter((n) => n.role?.value === 'button' && !n.ignored)
      .map((n) => String(n.name?.value ?? ''));
    // (Reclassify is always there; Dismiss goes once the flag is dismissed)
    if (!buttons.includes('Reclassify…')) continue;
    return { name: String(node.name?.value ?? ''), text: textOf(tree, node), buttons };
  }
  return null;
}

/** Chromium: what the card's live region last said (a screen reader speaks it). */
export async function chromiumLiveText(cdp: CDPSession): Promise<string> {
  const tree = await axTree(cdp);
  const texts: string[] = [];
  for (const node of tree.values()) {
    const live = node.properties?.find((p) => p.name === 'live')?.value.value;
    if (live === 'polite') texts.push(textOf(tree, node));
  }
  return texts.filter(Boolean).join(' | ');
}

/** Chromium: the content box of a button of the card, in viewport pixels. */
export async function chromiumCardButton(
  cdp: CDPSession,
  label: string,
): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const tree = await axTree(cdp);
  const button = [...tree.values()].find(
    (n) => n.role?.value === 'button' && n.name?.value === label && !n.ignored,
  );
  if (!button?.backendDOMNodeId) throw new Error(`No "${label}" button on the card.`);
  const { model } = (await cdp.send('DOM.getBoxModel', {
    backendNodeId: button.backendDOMNodeId,
  })) as { model: { content: number[] } };
  const [left = 0, top = 0, , , right = 0, bottom = 0] = model.content;
  return { left, top, right, bottom };
}

/** Chromium: clicks a button of the card with the mouse, like a reader. */
export async function chromiumClickCard(page: Page, cdp: CDPSession, label: string): Promise<void> {
  const box = await chromiumCardButton(cdp, label);
  await page.mouse.click((box.left + box.right) / 2, (box.top + box.bottom) / 2);
}

/**
 * Firefox: the card as its accessibility tree has it, or null when none is open (see the
 * top of this file). Undefined when this Firefox's BiDi cannot reach its parent process
 * (`moz:scope` arrived after ESR 140).
 */
export async function firefoxCard(browser: PuppeteerBrowser): Promise<CardView | null | undefined> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const contexts = (tree.result as { contexts: { context: string; 'moz:scope'?: string }[] })
    .contexts;
  const chrome = contexts.find((c) => c['moz:scope'] === 'chrome')?.context;
  if (!chrome) return undefined;
  const answer = await connection.send('script.evaluate', {
    target: { context: chrome },
    awaitPromise: true,
    expression: FIREFOX_CARD,
  });
  const result = answer.result as { result?: { value?: string }; exceptionDetails?: unknown };
  if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
  return JSON.parse(result.result?.value ?? 'null') as CardView | null;
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

// Runs in Firefox's parent process: the selected tab's accessible document, walked for a
// dialog holding a Reclassify… button.
const FIREFOX_CARD = `(async () => {
  const svc = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const browser = gBrowser.selectedBrowser;
  let doc = null;
  for (let i = 0; i < 50 && !doc; i++) {
    doc = svc.getAccessibleFor(browser);
    if (!doc) await new Promise((r) => setTimeout(r, 100));
  }
  const role = (a) => svc.getStringRole(a.role);
  const all = (a, out = []) => {
    for (let c = a.firstChild; c; c = c.nextSibling) { out.push(c); all(c, out); }
    return out;
  };
  for (const a of doc ? all(doc) : []) {
    if (role(a) !== 'dialog') continue;
    const inside = all(a);
    const buttons = inside.filter((c) => role(c) === 'pushbutton').map((c) => c.name);
    if (!buttons.includes('Reclassify…')) continue;
    const text = inside.filter((c) => role(c) === 'text leaf').map((c) => c.name).join(' ');
    return JSON.stringify({ name: a.name, text: text.replace(/\\s+/g, ' ').trim(), buttons });
  }
  return 'null';
})()`;

/** The page's markup without Who Said's own UI (the card's host), serialised. */
export const MARKUP_WITHOUT_OURS = (): string => {
  const copy = document.cloneNode(true) as Document;
  for (const el of copy.querySelectorAll('[data-whosaid]')) el.remove();
  return new XMLSerializer().serializeToString(copy);
};

/**
 * The viewport point near the start of the `nth` occurrence of `words` in the page's text,
 * scrolled into view first when it is not.
 */
export const WORDS_AT = ([words, nth]: [string, number]): { x: number; y: number } | null => {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    for (let i = data.indexOf(words); i >= 0; i = data.indexOf(words, i + 1)) {
      if (seen++ < nth) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + words.length);
      let r = range.getClientRects()[0];
      // Well inside the viewport (browsers disagree about its height by the odd toolbar).
      const height = Math.min(innerHeight, document.documentElement.clientHeight);
      if (r && (r.top < 0 || r.bottom > height * 0.7)) {
        window.scrollBy(0, r.top - height / 3);
        r = range.getClientRects()[0];
      }
      return r ? { x: r.left + Math.min(r.width / 2, 20), y: r.top + r.height / 2 } : null;
    }
  }
  return null;
};

/** The popup's ledger rows: group, source (or cue words) and claim count, read in the popup. */
export const LEDGER_ROWS = () =>
  [...document.querySelectorAll('[data-testid=ledger-entry]')].map((li) => ({
    group: li.getAttribute('data-group'),
    name: li.querySelector('.source__text')?.textContent,
    count: li.querySelector('[data-testid=ledger-count]')?.textContent,
  }));

/** The text of every range of one highlight, read in the page. */
export const HIGHLIGHT_TEXTS = (name: string): string[] => {
  const highlight = CSS.highlights.get(name);
  return highlight
    ? [...highlight].map((r) => {
        // Through the prototype: a page may shadow `document.createRange` with a named image.
        const range = Document.prototype.createRange.call(document);
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      })
    : [];
};

/** Where the focus mark is, in the viewport, or null. */
export const FOCUS_BOX = (): { text: string; top: number; bottom: number } | null => {
  const highlight = CSS.highlights.get('whosaid-focus');
  const r = highlight ? [...highlight][0] : undefined;
  if (!r) return null;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  const box = range.getBoundingClientRect();
  return { text: range.toString(), top: box.top, bottom: box.bottom };
};

/** Moves the pointer onto words in a puppeteer page (Firefox), the way a reader's mouse does. */
export async function hoverWords(
  page: Page | PuppeteerPage,
  words: string,
  nth = 0,
): Promise<void> {
  const at = await (page as Page).evaluate(WORDS_AT, [words, nth] as [string, number]);
  if (!at) throw new Error(`"${words}" is not on the page.`);
  await page.mouse.move(at.x - 30, at.y + 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
}

/** Whether Who Said's note UI (closed shadow root) has the focus: its editor opened. */
const editorFocused = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-whosaid') === 'notes');

/** Types a note and its tags into the open note editor and saves with Ctrl+Enter (Chromium). */
export async function writeNote(page: Page, body: string, tags: string): Promise<void> {
  await waitFor('the note editor', () => editorFocused(page));
  await page.keyboard.type(body);
  await page.keyboard.press('Tab');
  await page.keyboard.type(tags);
  await page.keyboard.press('Control+Enter');
}

/**
 * Runs in the page: where the selection's first and last lines are and the paragraph it ends in,
 * with the window's size (what the content script places the Note button by).
 */
export const SELECTION_BOXES = (): {
  at: SelectionBoxes;
  view: { width: number; height: number };
} => {
  const range = getSelection()!.getRangeAt(0);
  const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const rects = [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
  const end = range.endContainer;
  const el = end.nodeType === 1 ? (end as Element) : end.parentElement!;
  return {
    at: {
      first: box(rects[0]!),
      last: box(rects[rects.length - 1]!),
      column: box(el.closest('p,li,blockquote,div,article')!.getBoundingClientRect()),
    },
    view: { width: innerWidth, height: innerHeight },
  };
};

/** Where to click the Note button by the selection whose boxes `SELECTION_BOXES` read. */
export function noteButtonPoint(boxes: ReturnType<typeof SELECTION_BOXES>): {
  x: number;
  y: number;
} {
  const { left, top } = noteButtonPlace(boxes.at, boxes.view);
  return { x: left + 24, y: top + 12 };
}

/**
 * In the page: where Who Said's Note button is drawn (the points whose topmost element is its
 * notes layer, which takes the pointer only on the button), and the page's text line boxes that
 * it covers, a line box's blank top and bottom 3 pixels aside (`noteButtonPlace`'s grazing).
 * Null when no button is shown.
 */
export const NOTE_BUTTON_COVERS = (): { button: Box; covered: string[] } | null => {
  let button: Box | null = null;
  for (let y = 2; y < innerHeight; y += 3)
    for (let x = 2; x < innerWidth; x += 3) {
      if (document.elementFromPoint(x, y)?.getAttribute('data-whosaid') !== 'notes') continue;
      button = button
        ? {
            left: Math.min(button.left, x),
            top: Math.min(button.top, y),
            right: Math.max(button.right, x),
            bottom: Math.max(button.bottom, y),
          }
        : { left: x, top: y, right: x, bottom: y };
    }
  if (button === null) return null;
  const b = button;
  const covered: string[] = [];
  const walker = document.createTreeWalker(document.body, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const range = document.createRange();
    range.selectNodeContents(n);
    for (const r of range.getClientRects())
      if (
        r.width > 0 &&
        r.left < b.right &&
        b.left < r.right &&
        r.top + 3 < b.bottom &&
        b.top < r.bottom - 3
      )
        covered.push((n as Text).data.trim().slice(0, 40));
  }
  return { button: b, covered };
};
