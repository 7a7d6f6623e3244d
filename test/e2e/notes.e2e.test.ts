/**
 * Notes on passages in real Chromium (extension/chrome), the way a reader keeps them:
 *
 * - select words with the mouse and press the small "Note" button by the selection (it lives
 *   in a closed shadow root, so the test clicks where it is drawn and types where the focus
 *   is, like a reader); choose "Note this passage" from the context menu for another passage
 *   (no automation API clicks a browser context menu, so the test calls the menu's handler
 *   through the service worker's test hook: what `contextMenus.onClicked` runs);
 * - reload and see both passages highlighted again; hover one and read its note;
 * - change the article (a paragraph added above, a passage edited, one deleted) and see the
 *   notes re-anchored or listed as orphans with their quote in the popup;
 * - a note whose text is markup shows as text in the page card, the popup and the options page;
 * - export from one profile, import into a fresh one through the options page: same notes;
 * - the service worker stopped while a note is being saved leaves it whole or absent.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  waitForHighlights,
  type LaunchedChromium,
} from '../../scripts/lib/browser-launch.mjs';
import {
  HIGHLIGHT_TEXTS,
  NOTE_BUTTON_COVERS,
  noteButtonPoint,
  SELECTION_BOXES,
  writeNote,
} from './in-page-support';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');
const ARTICLE_HTML = readFileSync(resolve(root, 'test/fixtures/article.html'), 'utf8');
const XSS = '<img src=x onerror=alert(1)>';

/** The service worker's test hook (src/background/index.ts). */
declare const whoSaid: {
  runOnTab(tabId: number): Promise<unknown>;
  menuClicked(id: string, tabId: number): Promise<void>;
};
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** Selects `phrase` in the article with the mouse, as a reader drags over words. */
async function selectWithMouse(page: Page, phrase: string): Promise<void> {
  const box = await page.evaluate((words) => {
    // Through the prototype: the page may shadow the document's methods (the clobbering test).
    const d = Document.prototype;
    const article = d.querySelector.call(document, 'article') as Node;
    const walker = d.createTreeWalker.call(document, article, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n as Text).data.replace(/\s+/g, ' ');
      const raw = (n as Text).data;
      const at = raw.indexOf(words);
      if (at < 0) {
        if (text.includes(words)) throw new Error(`"${words}" spans a line break in the source`);
        continue;
      }
      const range = d.createRange.call(document);
      range.setStart(n, at);
      range.setEnd(n, at + words.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0] as DOMRect;
      const last = rects[rects.length - 1] as DOMRect;
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
      };
    }
    throw new Error(`"${words}" is not in the article`);
  }, phrase);
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, { steps: 4 });
  await page.mouse.move(box.x1, box.y1, { steps: 4 });
  await page.mouse.up();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe(phrase);
}

/** The text of every range of a highlight, read in the page. */
const highlightTexts = (page: Page, name: string): Promise<string[]> =>
  page.evaluate(HIGHLIGHT_TEXTS, name);

/** All text in the page's accessibility tree: it includes closed shadow roots, as a screen reader hears them. */
async function spokenText(cdp: CDPSession): Promise<string> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: { name?: { value?: string } }[];
  };
  return nodes.map((n) => n.name?.value ?? '').join('\n');
}

/** Sends a message to the background from an extension page (the options page). */
function ask(
  page: Page,
  type: string,
  payload: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return page.evaluate(([t, p]) => chrome.runtime.sendMessage({ ws: 1, type: t, payload: p }), [
    type,
    payload,
  ] as const) as never;
}

describe('Chromium: notes on passages', () => {
  let chromium: LaunchedChromium;
  let fresh: LaunchedChromium | null = null;
  let server: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    server = await serveDir(resolve(root, 'test/fixtures'));
    chromium = await launchChromium({
      dist,
      headless: true,
      viewport: { width: 1100, height: 900 },
    });
  });

  afterAll(async () => {
    await chromium?.close();
    await fresh?.close();
    await server?.close();
  });

  it('select, note, reload, see it; changed text re-anchors or orphans; markup stays text', async () => {
    const { context, extensionId } = chromium;
    const url = `${server.origin}/article.html`;
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    await clickToolbarButton(context, extensionId, page);
    await waitForHighlights(page, chromium.worker());
    const tabId = (await waitFor('the tab', () => tabIdFor(chromium.worker(), url))) as number;

    // 1. The Note button by a selection.
    await selectWithMouse(page, 'A senior engineer');
    const boxes = await page.evaluate(SELECTION_BOXES);
    await page.waitForTimeout(100);
    await page
      .screenshot({ path: resolve(root, '.tmp/notes-button-chromium.png') })
      .catch(() => undefined);
    // (beside the selection's last line, in the margin: not over the next line of the text)
    const button = noteButtonPoint(boxes);
    expect(button.x).toBeGreaterThan(boxes.at.column.right);
    expect(button.y).toBeLessThan(boxes.at.last.bottom);
    await page.mouse.click(button.x, button.y);
    await writeNote(page, 'Which engineer? Ask the board.', 'sources, follow up');
    await waitFor(
      'the first note highlighted',
      async () => (await highlightTexts(page, 'whosaid-note')).length === 1,
    );
    expect(await highlightTexts(page, 'whosaid-note')).toEqual(['A senior engineer']);

    // 2. The context menu's "Note this passage" (its handler, through the test hook).
    await selectWithMouse(page, 'The repairs were delayed in October.');
    await chromium
      .worker()
      .evaluate((id) => whoSaid.menuClicked('who-said-note-passage', id), tabId);
    await writeNote(page, XSS, 'dates');
    await waitFor(
      'two notes highlighted',
      async () => (await highlightTexts(page, 'whosaid-note')).length === 2,
    );

    // 3. Reload: after the reader runs Who Said again, both passages are highlighted again.
    await page.reload();
    await clickToolbarButton(context, extensionId, page);
    await waitFor(
      'both notes again',
      async () => (await highlightTexts(page, 'whosaid-note')).length === 2,
    );
    expect((await highlightTexts(page, 'whosaid-note')).sort()).toEqual([
      'A senior engineer',
      'The repairs were delayed in October.',
    ]);

    // Hovering a noted passage shows its note, as text (the accessibility tree reaches into the closed root).
    const cdp = await context.newCDPSession(page);
    const where = await page.evaluate(() => {
      const h = CSS.highlights.get('whosaid-note');
      for (const r of h ?? []) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        if (range.toString().startsWith('The repairs')) {
          const b = range.getClientRects()[0] as DOMRect;
          return { x: b.left + 12, y: b.top + b.height / 2 };
        }
      }
      return null;
    });
    expect(where).not.toBeNull();
    await page.mouse.move((where?.x ?? 0) - 40, (where?.y ?? 0) - 40);
    await page.mouse.move(where?.x ?? 0, where?.y ?? 0, { steps: 3 });
    await waitFor('the note card', async () => (await spokenText(cdp)).includes(XSS));
    expect(await page.evaluate(() => document.querySelectorAll('img').length)).toBe(0);
    await page
      .screenshot({ path: resolve(root, '.tmp/notes-hover-chromium.png') })
      .catch(() => undefined);

    // The popup lists both notes, with Show in page; markup in a note is text there too.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
    await waitFor(
      'two notes in the popup',
      async () => (await popup.locator('[data-testid=note-item]').count()) === 2,
    );
    expect(await popup.locator('[data-testid=note-item] img').count()).toBe(0);
    expect(await popup.locator('.note__body').allTextContents()).toContain(XSS);
    expect(await popup.locator('[data-testid=note-show]').count()).toBe(2);
    await popup.setViewportSize({ width: 380, height: 760 });
    await popup
      .screenshot({ path: resolve(root, '.tmp/notes-popup-chromium.png') })
      .catch(() => undefined);
    await popup.close();

    // 4. The article changes: a paragraph above, the engineer's sentence reworded, the
    //    October sentence gone (and a lookalike sentence elsewhere).
    const changed = ARTICLE_HTML.replace(
      '<p class="byline">By Tamsin Orrell</p>',
      '<p class="byline">By Tamsin Orrell</p><p>Update: this story was corrected on Friday to add comment from the board.</p>',
    )
      .replace('A senior engineer, who spoke', 'A senior engineer at the plant, who spoke')
      .replace(' The repairs were delayed in October.', '')
      .replace(
        'officials said on Thursday,',
        'officials said on Thursday. The repairs were delayed in November,',
      );
    await context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: changed }),
    );
    await page.reload();
    await clickToolbarButton(context, extensionId, page);
    await waitFor(
      'the moved note re-anchored',
      async () => (await highlightTexts(page, 'whosaid-note')).length === 1,
    );
    expect(await highlightTexts(page, 'whosaid-note')).toEqual(['A senior engineer']);
    const popup2 = await context.newPage();
    await popup2.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
    await waitFor(
      'the orphan in the popup',
      async () => (await popup2.locator('[data-testid=note-orphan]').count()) === 1,
    );
    const items = await popup2.locator('[data-testid=note-item]').allTextContents();
    const orphan = items.find((t) => t.includes('Not found in the page'));
    expect(orphan).toContain('The repairs were delayed in October.');
    expect(await popup2.locator('[data-testid=note-changed]').count()).toBe(1);
    expect(await popup2.textContent('[data-testid=orphan-count]')).toContain('1 note’s passage');
    await popup2.setViewportSize({ width: 380, height: 900 });
    await popup2
      .screenshot({ path: resolve(root, '.tmp/notes-popup-orphan-chromium.png') })
      .catch(() => undefined);
    await popup2.close();
    await context.unroute(url);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('export, import into a fresh profile: the same notes; the options page shows markup as text', async () => {
    const options = await chromium.context.newPage();
    await options.goto(`chrome-extension://${chromium.extensionId}/src/ui/options/index.html`);
    await waitFor(
      'the notes listed',
      async () => (await options.locator('[data-testid=note-item]').count()) === 2,
    );
    expect(await options.locator('[data-testid=note-item] img').count()).toBe(0);
    expect(await options.locator('.note__body').allTextContents()).toContain(XSS);
    await options.fill('[data-testid=search]', 'engin');
    await waitFor(
      'the search',
      async () => (await options.textContent('[data-testid=results]')) === '1 matching note',
    );
    await options
      .screenshot({ path: resolve(root, '.tmp/notes-options-chromium.png'), fullPage: true })
      .catch(() => undefined);
    const exported = await ask(options, 'data.export', {});
    expect(exported.ok).toBe(true);
    const file = exported.value as {
      notes: { id: string }[];
      snapshots: unknown[];
      articles: unknown[];
    };
    expect(file.notes).toHaveLength(2);
    expect(file.snapshots.length).toBeGreaterThanOrEqual(1);

    fresh = await launchChromium({ dist, headless: true });
    const page = await fresh.context.newPage();
    await page.goto(`chrome-extension://${fresh.extensionId}/src/ui/options/index.html`);
    await waitFor('the empty list', async () =>
      ((await page.textContent('body')) ?? '').includes('No notes yet.'),
    );
    await page.setInputFiles('[data-testid=import]', {
      name: 'who-said-notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await waitFor('the import', async () =>
      /Imported: 2 new notes/.test((await page.textContent('[data-testid=status]')) ?? ''),
    );
    const again = await ask(page, 'data.export', {});
    const strip = (v: unknown) => {
      const { exportedAt: _t, sites: _s, ...rest } = v as Record<string, unknown>;
      return rest;
    };
    expect(strip(again.value)).toEqual(strip(file));
    // The same file twice changes nothing.
    await page.setInputFiles('[data-testid=import]', {
      name: 'who-said-notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await waitFor('the second import', async () =>
      /0 new notes, 0 updated, 2 already here/.test(
        (await page.textContent('[data-testid=status]')) ?? '',
      ),
    );
    await options.close();
  });

  it('the service worker stopped while a note is saved leaves it whole or absent', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/src/ui/options/index.html`);
    const cdp = await chromium.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const outcomes: string[] = [];
    for (const delay of [0, 1, 2, 4, 8, 16]) {
      const id = `30000000-0000-4000-8000-${String(delay).padStart(12, '0')}`;
      const body = `Interrupted after ${delay} ms ${'x'.repeat(2000)}`;
      const saving = ask(page, 'notes.save', {
        note: {
          id,
          url: 'https://news.example/interrupted',
          title: 'Interrupted',
          body,
          tags: ['a', 'b'],
        },
      }).catch((e: unknown) => ({ ok: false, error: { message: String(e) } }));
      await new Promise((r) => setTimeout(r, delay));
      await cdp.send('ServiceWorker.stopAllWorkers');
      // The answer may be lost with the worker (undefined), or be an error.
      const answer = ((await saving) ?? { ok: false }) as { ok: boolean };
      // The worker starts again for the next message; the store says what happened.
      const stored = await waitFor('the worker back', async () => {
        const r = await ask(page, 'notes.list', { url: 'https://news.example/interrupted' }).catch(
          () => null,
        );
        return r?.ok ? (r.value as { id: string; body: string; tags?: string[] }[]) : null;
      });
      const note = (stored ?? []).find((n) => n.id === id);
      if (note) {
        expect(note.body).toBe(body);
        expect(note.tags).toEqual(['a', 'b']);
        outcomes.push(answer.ok ? 'saved' : 'saved, answer lost');
      } else {
        expect(answer.ok).toBe(false);
        outcomes.push('absent');
      }
    }
    console.log('Worker stopped mid-save:', outcomes.join(', '));
    await page.close();
  });

  it('on a page whose text runs the full width, the Note button goes after the words of a paragraph end, over no line', async () => {
    const full = ARTICLE_HTML.replace(
      '</style>',
      'body { max-width: none; margin: 0; padding: 0 6px; } p { margin: 0 0 1em; }</style>',
    );
    const url = `${server.origin}/full-width-notes.html`;
    await chromium.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: full }),
    );
    const page = await chromium.context.newPage();
    await page.goto(url);
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitForHighlights(page, chromium.worker());
    // (the last sentence of its paragraph: the rest of its line is blank)
    await selectWithMouse(page, 'The repairs were delayed in October.');
    const { at, view } = await page.evaluate(SELECTION_BOXES);
    // (no margin to put it in: the column runs to the window's edge)
    expect(at.column.right + 84).toBeGreaterThan(view.width - 4);
    // Where the reader finds it: on the selection's last line, just after its words.
    const x = at.last.right + 8 + 24;
    const y = (at.last.top + at.last.bottom) / 2;
    expect(x + 52).toBeLessThan(view.width);
    await page.mouse.click(x, y);
    await writeNote(page, 'Which October?', 'dates');
    await waitFor('the note highlighted', async () =>
      (await highlightTexts(page, 'whosaid-note')).includes('The repairs were delayed in October.'),
    );
    await chromium.context.unroute(url);
    await page.close();
  });

  it('in mid-paragraph on a page whose text runs the full width, the Note button covers no words', async () => {
    const full = ARTICLE_HTML.replace(
      '</style>',
      'body { max-width: none; margin: 0; padding: 0 6px; } p { margin: 0 0 0.6em; }</style>',
    );
    const url = `${server.origin}/full-width-mid-notes.html`;
    await chromium.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: full }),
    );
    const page = await chromium.context.newPage();
    // (narrow enough that the paragraphs run to several lines, each to the window's edge)
    await page.setViewportSize({ width: 560, height: 800 });
    await page.goto(url);
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitForHighlights(page, chromium.worker());
    for (const phrase of [
      'lowest point in a decade',
      'a leaking outflow pipe',
      'everything we can',
      'the contractor had reportedly',
    ]) {
      await selectWithMouse(page, phrase);
      const found = await waitFor('the Note button', () => page.evaluate(NOTE_BUTTON_COVERS));
      if (found === null) throw new Error('no Note button');
      expect(found.covered, phrase).toEqual([]);
      await page.mouse.click(
        (found.button.left + found.button.right) / 2,
        (found.button.top + found.button.bottom) / 2,
      );
      await waitFor('the note editor', () =>
        page.evaluate(() => document.activeElement?.getAttribute('data-whosaid') === 'notes'),
      );
      await page.keyboard.press('Escape');
      await page.mouse.click(3, 790);
    }
    await chromium.context.unroute(url);
    await page.close();
  });

  it('a page whose markup clobbers DOM properties still takes notes (wrapping form, named images)', async () => {
    // An ASP.NET-style page: everything in one form, with controls named after DOM members,
    // and images named after the document's (each shadows the property of that name).
    const controls = ['nodeType', 'ownerDocument', 'textContent', 'getAttribute', 'localName']
      .map((n) => `<input type="hidden" name="${n}" />`)
      .join('');
    const images = [
      'createElement',
      'createElementNS',
      'createTextNode',
      'createRange',
      'createTreeWalker',
      'getSelection',
      'caretPositionFromPoint',
      'caretRangeFromPoint',
      'querySelector',
      'querySelectorAll',
      'URL',
      'title',
      'defaultView',
    ]
      .map((n) => `<img name="${n}" alt="" />`)
      .join('');
    const clobbered = ARTICLE_HTML.replace('<body>', `<body><form id="aspnetForm">${controls}`)
      .replace('</footer>', `</footer>${images}</form>`)
      .replace(/<form role="search"[\s\S]*?<\/form>/, '');
    const url = `${server.origin}/clobbered-notes.html`;
    await chromium.context.route(url, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: clobbered }),
    );
    const page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    expect(await page.evaluate(() => typeof document.createElement)).toBe('object');
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitForHighlights(page, chromium.worker());
    const tabId = (await waitFor('the tab', () => tabIdFor(chromium.worker(), url))) as number;
    await selectWithMouse(page, 'Councillor Ines Barraclough');
    await chromium
      .worker()
      .evaluate((id) => whoSaid.menuClicked('who-said-note-passage', id), tabId);
    await writeNote(page, 'Ask the councillor', 'council');
    await waitFor('the note highlighted', async () =>
      (await highlightTexts(page, 'whosaid-note')).includes('Councillor Ines Barraclough'),
    );
    await page.reload();
    await clickToolbarButton(chromium.context, chromium.extensionId, page);
    await waitFor('the note placed again', async () =>
      (await highlightTexts(page, 'whosaid-note')).includes('Councillor Ines Barraclough'),
    );
    expect(errors).toEqual([]);
    await chromium.context.unroute(url);
    await page.close();
  });
});
