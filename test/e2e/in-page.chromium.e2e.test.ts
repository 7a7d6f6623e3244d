/**
 * The in-page layer of the built Chrome extension (extension/chrome) in Chromium, used the way
 * a reader uses it: the toolbar button (CDP `Extensions.triggerAction`, as in
 * chromium.e2e.test.ts), the mouse over a highlight, the keyboard, the card's buttons, the
 * popup's ledger. The card is read from the accessibility tree (in-page-support.ts), and
 * the page's own markup is compared, without Who Said's card host, at every step.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  tabIdFor,
  askContent,
  clickToolbarButton,
  launchChromium,
  type LaunchedChromium,
  requireBuild,
  serveDir,
  waitFor,
  waitForHighlights,
} from '../../scripts/lib/browser-launch.mjs';
import {
  type CardView,
  chromiumCard,
  chromiumCardButton,
  chromiumClickCard,
  chromiumLiveText,
  FOCUS_BOX,
  HIGHLIGHT_TEXTS,
  hoverWords,
  LEDGER_ROWS,
  MARKUP_WITHOUT_OURS,
  writeNote,
} from './in-page-support';

/** The extension API of the popup page the test evaluates in. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');

describe('Chromium: cards, keyboard, corrections, ledger', () => {
  let chromium: LaunchedChromium;
  let fixtures: { origin: string; close(): Promise<void> };
  let demo: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    requireBuild(dist);
    fixtures = await serveDir(resolve(root, 'test/fixtures'));
    demo = await serveDir(resolve(root, 'demo'));
    chromium = await launchChromium({
      dist,
      headless: true,
      viewport: { width: 1200, height: 800 },
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await fixtures?.close();
    await demo?.close();
  });

  /** Opens `url` in a new tab, clicks the toolbar button, waits for the highlights. */
  async function open(url: string): Promise<{ page: Page; cdp: CDPSession; errors: string[] }> {
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    await run(page);
    const cdp = await chromium.context.newCDPSession(page);
    return { page, cdp, errors };
  }

  async function run(page: Page): Promise<void> {
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitForHighlights(page, chromium.worker());
    // The toolbar click opened the popup; the tests open their own when they need one.
    for (const other of chromium.context.pages()) {
      if (other.url().includes('/src/ui/popup/') && other !== page) await other.close();
    }
  }

  const markup = (page: Page) => page.evaluate(MARKUP_WITHOUT_OURS);
  const card = (cdp: CDPSession): Promise<CardView> =>
    waitFor('the card', () => chromiumCard(cdp)) as Promise<CardView>;

  it('hovering a highlight shows its card, with the source, beside the words', async () => {
    const { page, cdp } = await open(`${fixtures.origin}/article.html`);
    const before = await markup(page);

    await hoverWords(page, 'Rowan Hesketh');
    const view = await card(cdp);
    expect(view.name).toBe('Attribution');
    expect(view.text).toContain('“said”');
    expect(view.text).toMatch(/Source Rowan Hesketh named In this article backs 1 claim/);
    expect(view.buttons).toEqual(['Close', 'Note this passage', 'Dismiss', 'Reclassify…']);

    // The card does not cover the words it explains.
    const words = await page.evaluate(() => {
      const t = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('Hesketh'));
      const walker = document.createTreeWalker(t as Node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n as Text).data.indexOf('said Rowan Hesketh');
        if (i < 0) continue;
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 'said Rowan Hesketh'.length);
        return [...r.getClientRects()].map((b) => ({
          top: b.top,
          bottom: b.bottom,
          left: b.left,
          right: b.right,
        }));
      }
      return [];
    });
    const box = await cardBox(cdp);
    expect(box).not.toBeNull();
    for (const w of words) {
      const overlaps =
        box !== null &&
        box.left < w.right &&
        w.left < box.right &&
        box.top < w.bottom &&
        w.top < box.bottom;
      expect(overlaps).toBe(false);
    }

    // Away from the words, the card goes.
    await page.mouse.move(5, 5);
    await waitFor('the card to close', async () => (await chromiumCard(cdp)) === null);
    expect(await markup(page)).toBe(before);
    await page.close();
  });

  it('an anonymous source’s own highlight says what the story gives of their anonymity', async () => {
    const { page, cdp } = await open(`${fixtures.origin}/article.html`);
    await hoverWords(page, 'A senior engineer');
    const view = await card(cdp);
    expect(view.name).toBe('Unnamed actor');
    expect(view.text).toMatch(/Source of 1 claim in this article/);
    expect(view.text).toMatch(/Why anonymous no reason given How they know not said/);
    await page.close();
  });

  it('steps through the findings with the keyboard; Escape closes', async () => {
    const { page, cdp } = await open(`${fixtures.origin}/article.html`);
    const before = await markup(page);
    await page.click('h1');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const first = await card(cdp);
    const firstFocus = await page.evaluate(FOCUS_BOX);
    expect(firstFocus?.text).toBeTruthy();
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await waitFor(
      'the next finding',
      async () => (await page.evaluate(FOCUS_BOX))?.text !== firstFocus?.text,
    );
    const second = await card(cdp);
    expect(second.text).toMatch(/2 of \d+/);
    expect(first.text).toMatch(/1 of \d+/);
    await waitFor('the live region', async () => /2 of \d+/.test(await chromiumLiveText(cdp)));
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await waitFor(
      'the previous finding',
      async () => (await page.evaluate(FOCUS_BOX))?.text === firstFocus?.text,
    );

    // Tab past the card's last button goes back to the words, not to the end of the page.
    const buttons = (await card(cdp)).buttons.length;
    for (let i = 0; i <= buttons; i++) await page.keyboard.press('Tab');
    await waitFor('the card to close', async () => (await chromiumCard(cdp)) === null);
    const words = firstFocus?.text ?? '';
    expect(
      await page.evaluate((w) => document.activeElement?.textContent?.includes(w) ?? false, words),
    ).toBe(true);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await card(cdp);

    // The page's search box keeps its keys.
    await page.keyboard.press('Escape');
    await waitFor('the card to close', async () => (await chromiumCard(cdp)) === null);
    expect(await page.evaluate(FOCUS_BOX)).toBeNull();
    await page.click('#search');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.waitForTimeout(300);
    expect(await chromiumCard(cdp)).toBeNull();
    expect(await markup(page)).toBe(before);
    await page.close();
  });

  it('a dismissed flag stays dismissed after a reload, and the popup can undo it', async () => {
    const url = `${fixtures.origin}/article.html`;
    const { page, cdp } = await open(url);
    const before = await markup(page);
    expect(await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge')).toContain('reportedly');

    await hoverWords(page, 'reportedly');
    expect((await card(cdp)).name).toBe('Hedge');
    await chromiumClickCard(page, cdp, 'Dismiss');
    await waitFor(
      'the hedge to go',
      async () => !(await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge')).includes('reportedly'),
    );
    await waitFor('the card to offer undo', async () =>
      (await chromiumCard(cdp))?.buttons.includes('Undo'),
    );
    // Dismissed already: the card offers Undo and Reclassify, not Dismiss a second time.
    expect((await chromiumCard(cdp))?.buttons).toEqual([
      'Close',
      'Note this passage',
      'Reclassify…',
      'Undo',
    ]);
    // Undo reads as one word on one line beside the two-line notice (it was squeezed to "Un/do").
    const undo = await chromiumCardButton(cdp, 'Undo');
    const other = await chromiumCardButton(cdp, 'Reclassify…');
    expect(undo.bottom - undo.top).toBeLessThanOrEqual(other.bottom - other.top + 1);
    expect(await markup(page)).toBe(before);

    await page.reload();
    await run(page);
    const hedges = await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge');
    expect(hedges).not.toContain('reportedly');
    expect(hedges).toContain('allegedly');

    // The popup lists the correction; undo puts the flag back on the page at once.
    const tabId = (await tabIdFor(chromium.worker(), url)) as number;
    const popup = await chromium.context.newPage();
    await popup.goto(
      `chrome-extension://${chromium.extensionId}/src/ui/popup/index.html?tab=${tabId}`,
    );
    await waitFor('the correction in the popup', async () =>
      (await popup.locator('[data-testid=correction]').allTextContents()).some((t) =>
        t.includes('reportedly'),
      ),
    );
    await popup.click('[data-testid=correction-undo]');
    await waitFor('the hedge to come back', async () =>
      (await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge')).includes('reportedly'),
    );
    await popup.close();
    await page.close();
  });

  it('"Note this passage" on a card writes a note on the finding’s words, kept with the finding', async () => {
    const url = `${fixtures.origin}/article.html`;
    const { page, cdp, errors } = await open(url);
    await hoverWords(page, 'reportedly');
    const view = await card(cdp);
    expect(view.name).toBe('Hedge');
    expect(view.buttons).toContain('Note this passage');
    await page.screenshot({ path: resolve(root, '.tmp/e2e-chromium-card-note.png') });
    await chromiumClickCard(page, cdp, 'Note this passage');
    // The card gives way to the note editor, on the words the card was about.
    await waitFor('the card to close', async () => (await chromiumCard(cdp)) === null);
    expect(await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-note-active')).toEqual(['reportedly']);
    await writeNote(page, 'Reportedly by whom?', 'hedges');
    await waitFor('the note highlighted', async () =>
      (await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-note')).includes('reportedly'),
    );

    // The popup lists it with its quote; the store keeps the finding it was made on.
    const tabId = (await tabIdFor(chromium.worker(), url)) as number;
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 380, height: 1400 });
    await popup.goto(
      `chrome-extension://${chromium.extensionId}/src/ui/popup/index.html?tab=${tabId}`,
    );
    await waitFor(
      'the note in the popup',
      async () => (await popup.locator('[data-testid=note-item]').count()) === 1,
    );
    expect(await popup.locator('[data-testid=note-item]').textContent()).toContain('reportedly');
    const stored = (await popup.evaluate(() =>
      chrome.runtime.sendMessage({ ws: 1, type: 'notes.search', payload: { query: 'whom' } }),
    )) as {
      ok: boolean;
      value: {
        notes: { body: string; tags?: string[]; finding?: { kind: string; why: string } }[];
      };
    };
    expect(stored.value.notes).toMatchObject([
      { body: 'Reportedly by whom?', tags: ['hedges'], finding: { kind: 'hedge' } },
    ]);
    // The note keeps the reason the card gave (the card capitalises it).
    const why = stored.value.notes[0]?.finding?.why ?? '';
    expect(why).not.toBe('');
    expect(view.text.toLowerCase()).toContain(why.toLowerCase());
    await popup.screenshot({
      path: resolve(root, '.tmp/e2e-chromium-popup-notes.png'),
      fullPage: true,
    });
    await popup.close();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the ledger lists the demo article’s sources, and a click shows each claim in the page', async () => {
    const url = `${demo.origin}/article.html`;
    const { page, cdp } = await open(url);
    const tabId = (await tabIdFor(chromium.worker(), url)) as number;
    // The first highlights go up before the run is over; the ledger comes with its end.
    const ledger = (await waitFor('the page’s ledger', async () => {
      const answer = (await askContent(chromium.worker(), tabId, 'content.ledger')) as {
        value: unknown;
      } | null;
      return answer?.value ? answer : null;
    })) as {
      value: {
        entries: { name: string; group: string; claims: unknown[] }[];
        attributions: number;
      };
    };
    const popup = await chromium.context.newPage();
    await popup.setViewportSize({ width: 360, height: 1400 });
    await popup.goto(
      `chrome-extension://${chromium.extensionId}/src/ui/popup/index.html?tab=${tabId}`,
    );
    await waitFor(
      'the ledger',
      async () => (await popup.locator('[data-testid=ledger-entry]').count()) > 0,
    );
    const rows = await popup.evaluate(LEDGER_ROWS);
    // Sources a reader of the demo article can check by eye.
    const row = (name: string) => rows.find((r) => r.name === name);
    for (const name of ['Marisol Quenby', 'Desmond Fairlie', 'Agnes Tullow', 'Priya Lanneau']) {
      expect(row(name), name).toEqual({ group: 'named', name, count: '1 claim' });
    }
    // "The spokesperson" later in the story is the same source (the engine's entities), a
    // person of the council the story names: partly named
    expect(row('a council spokesperson')).toMatchObject({ group: 'partial', count: '2 claims' });
    expect(row('Sources familiar with the matter')).toMatchObject({ group: 'unnamed' });
    expect(row('an internal memo seen by the Courier')).toMatchObject({ group: 'documents' });
    // Every claim (a source's cues in one sentence) is in the ledger once, and the popup shows
    // what the page reports; a claim has one cue or more ("spoke on condition of anonymity ...
    // said" is one claim).
    const total = rows.reduce((n, r) => n + Number(r.count?.split(' ')[0]), 0);
    expect(total).toBe(ledger.value.entries.reduce((n, e) => n + e.claims.length, 0));
    expect(total).toBeLessThanOrEqual(ledger.value.attributions);
    expect(ledger.value.attributions).toBe(
      Number(await popup.textContent('[data-testid=count-attribution]')),
    );
    expect(row('Two senior officials')).toMatchObject({ group: 'unnamed', count: '1 claim' });
    // The same sources as the page reports, grouped (named, partly named, ...) in the popup.
    const named = (list: { group: string | null; name?: string | null }[]) =>
      list
        .filter((e) => e.group !== 'unsourced')
        .map((e) => `${e.group}: ${e.name}`)
        .sort();
    expect(named(rows)).toEqual(named(ledger.value.entries));
    // Each group's hint is a key away (it was a tooltip only): Enter on its "?" shows it.
    const why = popup.locator('section[aria-label="Named"] .ledger__why');
    await why.focus();
    await popup.keyboard.press('Enter');
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    expect(
      await popup.locator('section[aria-label="Named"] [data-testid=ledger-hint]').isVisible(),
    ).toBe(true);
    await popup.screenshot({ path: resolve(root, '.tmp/e2e-chromium-popup.png'), fullPage: true });

    // A source far down the page: the page scrolls to its claim and opens its card.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await popup.click(
      '[data-testid=ledger-entry]:has-text("Agnes Tullow") [data-testid=ledger-source]',
    );
    await waitFor(
      'the page to scroll to the claim',
      async () => (await page.evaluate(() => window.scrollY)) > 0,
    );
    const shown = await page.evaluate(FOCUS_BOX);
    const height = await page.evaluate(() => window.innerHeight);
    expect(shown?.text).toBe('said');
    expect(shown && shown.top >= 0 && shown.bottom <= height).toBe(true);
    expect((await card(cdp)).text).toContain('Agnes Tullow');

    // A source with several claims: one click per claim, round and round.
    const officials = '[data-testid=ledger-entry]:has-text("a council spokesperson")';
    const seen: string[] = [];
    for (let i = 0; i < 3; i++) {
      await popup.click(`${officials} [data-testid=ledger-source]`);
      await waitFor('the claim number', async () =>
        (await popup.textContent(`${officials} [data-testid=ledger-count]`))?.startsWith(
          `${(i % 2) + 1} of 2`,
        ),
      );
      const box = await page.evaluate(FOCUS_BOX);
      seen.push(
        `${box?.text}@${Math.round((box?.top ?? 0) + (await page.evaluate(() => window.scrollY)))}`,
      );
    }
    expect(new Set(seen.slice(0, 2)).size).toBe(2);
    expect(seen[2]).toBe(seen[0]);
    await page.screenshot({ path: resolve(root, '.tmp/e2e-chromium-card.png') });
    await popup.close();
    await page.close();
  });

  it('a page that re-renders its article keeps working: no page error, corrections kept', async () => {
    const { page, cdp, errors } = await open(`${fixtures.origin}/rerender.html`);
    const before = await markup(page);
    await hoverWords(page, 'reportedly');
    expect((await card(cdp)).name).toBe('Hedge');
    await chromiumClickCard(page, cdp, 'Dismiss');
    await waitFor(
      'the hedge to go',
      async () => (await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge')).length === 0,
    );
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => (window as unknown as { rerender(): void }).rerender());
      await page.waitForTimeout(150);
    }
    // Re-read after the page settled: highlights on the new elements, the flag still gone.
    await waitFor('highlights on the new paragraphs', async () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('whosaid-attribution');
        return h !== undefined && [...h].every((r) => r.startContainer.isConnected);
      }),
    );
    expect(await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-hedge')).toEqual([]);
    expect(await page.evaluate(HIGHLIGHT_TEXTS, 'whosaid-source')).toContain('Dana Whitlock');
    // Keyboard stepping works on the new elements.
    await page.mouse.move(5, 5);
    await page.keyboard.press('Alt+Shift+ArrowDown');
    expect((await card(cdp)).text).toMatch(/1 of \d+/);
    await page.keyboard.press('Escape');
    expect(errors).toEqual([]);
    expect((await markup(page)).replace(/Rendered \d+ times/, '')).toBe(
      before.replace(/Rendered \d+ times/, ''),
    );
    await page.close();
  });
});

/** The card's box in the viewport, from its accessibility node. */
async function cardBox(
  cdp: CDPSession,
): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
  await cdp.send('Accessibility.enable');
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { role?: { value?: string }; backendDOMNodeId?: number; ignored?: boolean }[];
  };
  const dialog = nodes.find((n) => n.role?.value === 'dialog' && !n.ignored);
  if (!dialog?.backendDOMNodeId) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', {
    backendNodeId: dialog.backendDOMNodeId,
  })) as { model: { border: number[] } };
  const [left = 0, top = 0, , , right = 0, bottom = 0] = model.border;
  return { left, top, right, bottom };
}
