/**
 * Notes on passages in Firefox ESR (extension/firefox): select words with the mouse, press the
 * "Note" button by the selection, write the note, reload, and see the passage highlighted
 * again. Firefox gives BiDi no toolbar click, so the site is granted the way "Always on this
 * site" does it (see firefox.e2e.test.ts), and the popup page runs Who Said on the article.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allowSiteInFirefox,
  FIREFOX,
  type LaunchedFirefox,
  launchFirefox,
  openExtensionPage,
  requireBuild,
  serveDir,
  waitFor,
} from '../../scripts/lib/browser-launch.mjs';
import { GECKO_ID } from '../../scripts/lib/browser-manifest';
import { NOTE_BUTTON_COVERS, noteButtonPoint, SELECTION_BOXES } from './in-page-support';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/firefox');

/** The article's tab as the add-on sees it: the one tab that is not this extension page. */
async function otherTabId(page: Page): Promise<number> {
  const ids = await page.evaluate(async () => {
    type Tabs = {
      getCurrent(): Promise<{ id?: number } | undefined>;
      query(q: object): Promise<{ id?: number }[]>;
    };
    const tabs = (globalThis as unknown as { browser: { tabs: Tabs } }).browser.tabs;
    const self = await tabs.getCurrent();
    return (await tabs.query({})).filter((t) => t.id !== self?.id).map((t) => t.id);
  });
  if (ids.length !== 1) throw new Error(`expected one other tab, found ${ids.length}`);
  return ids[0] as number;
}

/** The text of every range of the note highlight. */
function noteTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const h = CSS.highlights.get('whosaid-note');
    return h
      ? [...h].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        })
      : [];
  });
}

/** Where `phrase` is drawn, to drag over it with the mouse. */
function phraseBox(page: Page, phrase: string) {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.querySelector('article') as Node, 4);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + words.length);
      const rects = [...range.getClientRects()];
      const first = rects[0] as DOMRect;
      const last = rects[rects.length - 1] as DOMRect;
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
        bottom: last.bottom,
        right: last.right,
      };
    }
    throw new Error(`"${words}" is not in the article`);
  }, phrase);
}

describe('Firefox: notes on passages', () => {
  let firefox: LaunchedFirefox | null = null;
  let server: { origin: string; close(): Promise<void> };
  let unavailable: string | null = null;

  beforeAll(async () => {
    requireBuild(dist);
    if (!existsSync(FIREFOX)) {
      unavailable = `no Firefox at ${FIREFOX}`;
      return;
    }
    server = await serveDir(resolve(root, 'test/fixtures'));
    firefox = await launchFirefox({ dist, geckoId: GECKO_ID, width: 1100, height: 900 });
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('select, note, reload, see it', async (ctx) => {
    if (unavailable || !firefox) {
      console.log(`Firefox notes e2e skipped: ${unavailable ?? 'no browser'}`);
      ctx.skip();
      return;
    }
    const { browser } = firefox;
    const POPUP = `${firefox.origin}/src/ui/popup/index.html`;
    const [first] = await browser.pages();
    const article = first ?? (await browser.newPage());
    const url = `${server.origin}/article.html`;
    await article.goto(url);
    let popup = await openExtensionPage(browser, POPUP);
    const tabId = await otherTabId(popup);
    expect(await allowSiteInFirefox(popup, 'http://127.0.0.1/*')).toBe(true);
    const run = async () => {
      popup = await openExtensionPage(browser, `${POPUP}?tab=${tabId}&t=${Date.now()}`, popup);
      await waitFor('the popup to finish reading', async () =>
        /Read [\d,]+ characters/.test(
          await popup.$eval('[data-testid=status]', (e) => e.textContent ?? ''),
        ),
      );
    };
    await run();
    await article.bringToFront();

    // Drag over the words, then press the Note button drawn beside the selection's last line.
    const box = await phraseBox(article, 'A senior engineer');
    await article.mouse.move(box.x0, box.y0);
    await article.mouse.down();
    await article.mouse.move((box.x0 + box.x1) / 2, box.y0, { steps: 4 });
    await article.mouse.move(box.x1, box.y1, { steps: 4 });
    await article.mouse.up();
    expect(await article.evaluate(() => getSelection()?.toString())).toBe('A senior engineer');
    await new Promise((r) => setTimeout(r, 200));
    await article
      .screenshot({ path: resolve(root, '.tmp/notes-button-firefox.png') })
      .catch(() => undefined);
    const button = noteButtonPoint(await article.evaluate(SELECTION_BOXES));
    await article.mouse.click(button.x, button.y);
    await waitFor('the note editor', () =>
      article.evaluate(() => document.activeElement?.getAttribute('data-whosaid') === 'notes'),
    );
    await article
      .screenshot({ path: resolve(root, '.tmp/notes-editor-firefox.png') })
      .catch(() => undefined);
    await article.keyboard.type('Firefox: which engineer?');
    await article.keyboard.down('Control');
    await article.keyboard.press('Enter');
    await article.keyboard.up('Control');
    await waitFor('the note highlighted', async () => (await noteTexts(article)).length === 1);
    expect(await noteTexts(article)).toEqual(['A senior engineer']);

    // Reload: the site is granted, so Who Said runs by itself and the passage is highlighted again.
    await article.reload();
    await run();
    await waitFor('the note after a reload', async () => (await noteTexts(article)).length === 1);
    expect(await noteTexts(article)).toEqual(['A senior engineer']);
    await article.bringToFront();
    // Hovering the passage opens its note below it (the card is Who Said's closed shadow root,
    // so the test asks what is drawn there).
    const again = await phraseBox(article, 'A senior engineer');
    await article.mouse.move(again.x0 - 30, again.y0 - 30);
    await article.mouse.move(again.x0 + 10, again.y0, { steps: 3 });
    await waitFor('the note card', () =>
      article.evaluate(
        (x, y) => document.elementFromPoint(x, y)?.getAttribute('data-whosaid') === 'notes',
        again.x0 + 40,
        again.bottom + 30,
      ),
    );
    await article
      .screenshot({ path: resolve(root, '.tmp/notes-hover-firefox.png') })
      .catch(() => undefined);
    // On a page whose text runs the full width, the Note button is just after the words of a
    // paragraph's last sentence, on its line (there is no margin to put it in).
    await article.mouse.move(5, 5);
    await article.addStyleTag({
      content:
        'body { max-width: none !important; margin: 0 !important; padding: 0 6px !important; }',
    });
    const end = await phraseBox(article, 'The repairs were delayed in October.');
    await article.mouse.move(end.x0, end.y0);
    await article.mouse.down();
    await article.mouse.move(end.x1, end.y1, { steps: 6 });
    await article.mouse.up();
    await new Promise((r) => setTimeout(r, 200));
    const { view } = await article.evaluate(SELECTION_BOXES);
    expect(end.right + 8 + 76).toBeLessThan(view.width);
    await article.mouse.click(end.right + 8 + 24, end.y1);
    await waitFor('the note editor by a full-width paragraph', () =>
      article.evaluate(() => document.activeElement?.getAttribute('data-whosaid') === 'notes'),
    );
    await article.keyboard.press('Escape');
    // In mid-paragraph, with lines full to the edge above and below, it covers no words (just
    // above the selection, it covered the last words of the paragraph above: Firefox's line boxes
    // are taller than Chromium's).
    // Firefox ESR 140's WebDriver BiDi has no `emulation.setScreenOrientationOverride`, which
    // puppeteer sends beside `browsingContext.setViewport`: the call rejects there, but the
    // viewport is set all the same. Wait for it, so that the lines do run to the edge.
    await article.setViewport({ width: 560, height: 800 }).catch(() => undefined);
    await waitFor('the narrow viewport', () => article.evaluate(() => window.innerWidth === 560));
    for (const phrase of [
      'lowest point in a decade',
      'a leaking outflow pipe',
      'everything we can',
    ]) {
      const at = await phraseBox(article, phrase);
      await article.mouse.move(at.x0, at.y0);
      await article.mouse.down();
      await article.mouse.move(at.x1, at.y1, { steps: 6 });
      await article.mouse.up();
      const found = await waitFor('the Note button', () => article.evaluate(NOTE_BUTTON_COVERS));
      if (found === null) throw new Error('no Note button');
      expect(found.covered, phrase).toEqual([]);
      await article.mouse.click(
        (found.button.left + found.button.right) / 2,
        (found.button.top + found.button.bottom) / 2,
      );
      await waitFor('the note editor in mid-paragraph', () =>
        article.evaluate(() => document.activeElement?.getAttribute('data-whosaid') === 'notes'),
      );
      await article.keyboard.press('Escape');
      await article.mouse.click(3, 790);
    }
    const items = await popup.$$eval('[data-testid=note-item]', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(items.join('\n')).toContain('Firefox: which engineer?');
    await popup
      .screenshot({ path: resolve(root, '.tmp/notes-popup-firefox.png') })
      .catch(() => undefined);

    // All notes, searched as typed, in the options page.
    const options = await openExtensionPage(
      browser,
      `${firefox.origin}/src/ui/options/index.html`,
      popup,
    );
    await options.type('[data-testid=search]', 'engin');
    await waitFor('the search', async () =>
      /1 matching note/.test(
        await options.$eval('[data-testid=results]', (e) => e.textContent ?? ''),
      ),
    );
    await options
      .screenshot({ path: resolve(root, '.tmp/notes-options-firefox.png') })
      .catch(() => undefined);
  });
});
