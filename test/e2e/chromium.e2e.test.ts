/**
 * The built Chrome extension (extension/chrome) in real Chromium, driven the way a reader
 * uses it.
 *
 * What runs the extension: a click on its toolbar button, sent as Chrome DevTools
 * Protocol `Extensions.triggerAction` on a browser-level session to the article's tab
 * target (scripts/lib/browser-launch.mjs). Chromium then does what a real click does:
 * it grants activeTab for that tab and fires `action.onClicked` (the Chrome build declares no
 * popup, ADR 0006): the background injects content.js, which highlights the page, and opens
 * the popup once the page is painted (ADR 0007), whose `tab.run` is handed that run. Nothing is called in the service
 * worker to start the analysis, and the shipped manifest has no host permission.
 *
 * The popup is then opened once more as an ordinary tab at its own URL with `?tab=ID`
 * (the way the popup accepts a target tab), to compare its counts with the content
 * script's summary, turn highlights off and keep a note.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { variantFor } from '../../src/shared/highlight-variant';
import {
  tabIdFor,
  askContent,
  clickToolbarButton,
  launchChromium,
  type LaunchedChromium,
  requireBuild,
  serveDir,
  waitFor,
} from '../../scripts/lib/browser-launch.mjs';
import { COMMANDS } from '../../scripts/lib/browser-manifest';
import type { RunPhase } from '../../src/background/run-on-tab';
import { POPUP_WAIT_MS } from '../../src/background/toolbar-click';
import { checkPaint, type PageLike } from './lib/paint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');
const HIGHLIGHTS = [
  'whosaid-attribution',
  'whosaid-source',
  'whosaid-unnamed',
  'whosaid-agentless',
  'whosaid-hedge',
] as const;
const KINDS = ['attribution', 'unnamed', 'agentless', 'hedge'] as const;

/** Either driver's page, as the pixel checks see it. */
const pageLike = (page: Page): PageLike => ({
  // Playwright's serialisable-argument types are stricter than the checks need.
  evaluate: <A, R>(fn: (arg: A) => R, arg: A) =>
    page.evaluate(fn as (arg: unknown) => R, arg as unknown),
  // caret: 'initial', or Playwright hides the caret with a style attribute in the page.
  screenshot: () => page.screenshot({ caret: 'initial' }),
});

/** The page's markup and visible text, read in the page. */
function snapshot(page: Page): Promise<{ markup: string; text: string }> {
  return page.evaluate(() => ({
    // Serialised rather than read from outerHTML (which the lint rule fences): the same markup.
    markup: new XMLSerializer().serializeToString(document),
    text: document.body.innerText,
  }));
}

/** The text of every range in each of our highlights, read in the page. */
function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate((names) => {
    const out: Record<string, string[]> = {};
    for (const name of names) {
      const highlight = CSS.highlights.get(name);
      out[name] = highlight
        ? [...highlight].map((r) => {
            const range = document.createRange();
            range.setStart(r.startContainer, r.startOffset);
            range.setEnd(r.endContainer, r.endOffset);
            return range.toString();
          })
        : [];
    }
    return out;
  }, HIGHLIGHTS);
}

/** The steps the worker's last runs and clicks reached (`whoSaid.runPhases`, run-on-tab.ts). */
function runSteps(chromium: LaunchedChromium): Promise<RunPhase[]> {
  return chromium
    .worker()
    .evaluate(() =>
      (globalThis as unknown as { whoSaid: { runPhases(): RunPhase[] } }).whoSaid.runPhases(),
    );
}

/** The last step that `test` accepts. */
function lastOf(steps: RunPhase[], test: (p: RunPhase) => boolean): RunPhase | undefined {
  return steps.filter(test).pop();
}

/** The toolbar button's badge for a tab ('!' when a failure shows there). */
function badgeText(chromium: LaunchedChromium, tabId: number): Promise<string> {
  return chromium.worker().evaluate((id) => {
    const api = globalThis as unknown as {
      chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };
    };
    return api.chrome.action.getBadgeText({ tabId: id });
  }, tabId);
}

/** Ranges per highlight name (0 when the name is not registered). */
function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    (names) => Object.fromEntries(names.map((n) => [n, CSS.highlights.get(n)?.size ?? 0])),
    HIGHLIGHTS,
  );
}

describe('Chromium: extension/chrome', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };

  beforeAll(async () => {
    requireBuild(dist);
    const started = Date.now();
    server = await serveDir(resolve(root, 'test/fixtures'));
    chromium = await launchChromium({ dist, headless: true });
    console.log(
      `Chromium ${chromium.context.browser()?.version()} with the extension started in ${Date.now() - started} ms`,
    );
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('highlights an article on a toolbar click, leaves the page alone, and keeps notes', async () => {
    const { context, extensionId } = chromium;
    const page = await context.newPage();
    const url = `${server.origin}/article.html`;
    await page.goto(url);
    const before = await snapshot(page);

    // Before the click the extension may not even see the tab's URL (no host permission).
    expect(await tabIdFor(chromium.worker(), url)).toBeNull();

    const clicked = Date.now();
    await clickToolbarButton(context, extensionId, page);
    const sizes = await waitFor('highlights in the page', async () => {
      const s = await highlightSizes(page);
      return HIGHLIGHTS.every((n) => (s[n] ?? 0) > 0) ? s : null;
    });
    console.log(`Highlights ${Date.now() - clicked} ms after the click:`, sizes);

    // The click opened the popup: in this build the background opens it (ADR 0006).
    const cdp = await context.browser()!.newBrowserCDPSession();
    const popupUrl = `chrome-extension://${extensionId}/src/ui/popup/index.html`;
    await waitFor('the popup the click opened', async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((t) => t.type === 'page' && t.url === popupUrl) || null;
    });
    await cdp.detach();
    // It opened once the page was read and painted, or POPUP_WAIT_MS after the click if that
    // came first, never beside the start of the run (its window took a core from it, ADR 0007).
    // (`openPopup` resolves a moment after the popup's page shows.)
    const steps = (await waitFor('the popup opened, in the run steps', async () => {
      const all = await runSteps(chromium);
      return all.some((p) => p.phase === 'popup opened') ? all : null;
    })) as RunPhase[];
    const click = lastOf(steps, (p) => p.phase === 'click');
    const done = steps.find((p) => p.phase === 'done' && p.at >= (click?.at ?? 0));
    const opened = steps.find((p) => p.phase === 'popup opened' && p.at >= (click?.at ?? 0));
    expect(click && opened, JSON.stringify(steps)).toBeTruthy();
    expect(opened!.at, JSON.stringify(steps)).toBeGreaterThanOrEqual(
      Math.min(done?.at ?? Infinity, click!.at + POPUP_WAIT_MS),
    );

    const texts = await highlightTexts(page);
    expect(texts['whosaid-hedge']).toEqual(
      expect.arrayContaining([expect.stringMatching(/^reportedly$/i)]),
    );
    expect(texts['whosaid-attribution']).toEqual(expect.arrayContaining(['said']));
    expect(texts['whosaid-source']?.join(' | ')).toContain('Rowan Hesketh');
    expect(texts['whosaid-unnamed']?.join(' | ')).toMatch(/senior engineer/i);
    expect(texts['whosaid-agentless']?.join(' | ')).toMatch(/postponed|delayed/);

    // Highlighting does not touch the page's DOM or text.
    const during = await snapshot(page);
    expect(during.markup).toBe(before.markup);
    expect(during.text).toBe(before.text);

    // The page's own script still works.
    await page.click('#counter');
    await page.click('#counter');
    expect(await page.textContent('#counter')).toBe('Clicked 2 times');

    // The click granted activeTab: the extension can now see the tab.
    const tabId = await tabIdFor(chromium.worker(), url);
    expect(tabId).not.toBeNull();
    const summary = (await askContent(chromium.worker(), tabId as number, 'content.summary')) as {
      ok: boolean;
      value?: { counts: Record<string, number> };
    };
    expect(summary.ok).toBe(true);
    const counts = summary.value?.counts ?? {};

    // The popup at its own URL, for this tab: same counts as the content script.
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test((await popup.textContent('[data-testid=status]')) ?? ''),
    );
    for (const kind of KINDS) {
      expect(await popup.textContent(`[data-testid=count-${kind}]`), kind).toBe(
        String(counts[kind]),
      );
    }
    expect(counts.attribution).toBeGreaterThan(0);

    // What a reader sees: every highlight painted in its colour, as the popup's legend shows
    // it. The screenshot without highlights is taken after turning them off from the popup.
    await waitFor('the legend samples', () =>
      popup.$eval('[data-testid=swatch-source]', (e) => (e as HTMLElement).style.length > 0),
    );
    const paint = await checkPaint({
      page: pageLike(page),
      legend: pageLike(popup),
      variant: variantFor(null),
      bringToFront: async () => undefined,
      turnOff: async () => {
        await popup.click('[data-testid=highlights]');
        await waitFor('highlights to go', async () =>
          Object.values(await highlightSizes(page)).every((n) => n === 0),
        );
      },
    });
    console.table(paint);

    // Highlights off: gone from the page, the page unchanged.
    const after = await snapshot(page);
    expect(after.text).toBe(before.text.replace('Clicked 0 times', 'Clicked 2 times'));
    expect(after.markup).toBe(before.markup.replace('Clicked 0 times', 'Clicked 2 times'));

    // A note kept in the extension's IndexedDB, there again after the popup reloads.
    const body = `Who is the senior engineer? (${Date.now()})`;
    await popup.fill('[data-testid=note-body]', body);
    await popup.click('[data-testid=note-save]');
    await waitFor('the note in the list', async () =>
      (await popup.locator('[data-testid=note-item]').allTextContents()).some((t) =>
        t.includes(body),
      ),
    );
    await popup.reload();
    await waitFor('the note after a reload', async () =>
      (await popup.locator('[data-testid=note-item]').allTextContents()).some((t) =>
        t.includes(body),
      ),
    );
    await popup.close();
    await page.close();
  });

  it('a double click and a page it cannot read: one popup each, opened after the run', async () => {
    const { context, extensionId } = chromium;
    const cdp = await context.browser()!.newBrowserCDPSession();
    const popupUrl = `chrome-extension://${extensionId}/src/ui/popup/index.html`;
    const popups = async () =>
      (await cdp.send('Target.getTargets')).targetInfos.filter(
        (t) => t.type === 'page' && t.url === popupUrl,
      ).length;
    try {
      // Two clicks in a row on an article: one run, one popup, no failure on the button.
      const page = await context.newPage();
      const url = `${server.origin}/article.html?double`;
      await page.goto(url);
      await waitFor('no popup left open', async () => (await popups()) === 0 || null);
      await clickToolbarButton(context, extensionId, page);
      await clickToolbarButton(context, extensionId, page);
      await waitFor('highlights in the page', async () =>
        Object.values(await highlightSizes(page)).every((n) => n > 0) ? true : null,
      );
      await waitFor('the popup', async () => (await popups()) > 0 || null);
      const tabId = (await tabIdFor(chromium.worker(), url)) as number;
      const steps = (await runSteps(chromium)).filter((p) => p.tabId === tabId);
      expect(
        steps.filter((p) => p.phase === 'start'),
        JSON.stringify(steps),
      ).toHaveLength(1);
      // (The second click finds the popup set for the tab and Chromium opens it itself, or
      // reaches the first click's wait: either way, one popup.)
      await new Promise((r) => setTimeout(r, POPUP_WAIT_MS + 200));
      expect(await popups()).toBe(1);
      expect(await badgeText(chromium, tabId)).toBe('');
      await page.close();
      await waitFor('the popup to close with its tab', async () => (await popups()) === 0 || null);

      // A browser page: the run is refused at once, and the popup opens to say why.
      const browserPage = await context.newPage();
      await browserPage.goto('chrome://version/');
      await clickToolbarButton(context, extensionId, browserPage);
      await waitFor('the popup on a browser page', async () => (await popups()) > 0 || null);
      const refused = (await waitFor('the popup opened, in the run steps', async () => {
        const all = await runSteps(chromium);
        const failed = all.findIndex((p) => p.phase.startsWith('failed:'));
        return failed >= 0 && all.slice(failed).some((p) => p.phase === 'popup opened')
          ? all
          : null;
      })) as RunPhase[];
      const failed = lastOf(refused, (p) => p.phase.startsWith('failed:'));
      const opened = lastOf(refused, (p) => p.phase === 'popup opened');
      expect(failed?.phase, JSON.stringify(refused)).toBe('failed: restricted-page');
      expect(opened!.at).toBeGreaterThanOrEqual(failed!.at);
      await browserPage.close();
    } finally {
      await cdp.detach().catch(() => undefined);
    }
  });

  it('registers every suggested keyboard shortcut', async () => {
    const commands = await chromium.worker().evaluate(() => {
      type Command = { name?: string; shortcut?: string };
      const api = globalThis as unknown as {
        chrome: { commands: { getAll(): Promise<Command[]> } };
      };
      return api.chrome.commands.getAll();
    });
    const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut ?? '']));
    const suggested = Object.fromEntries(
      Object.entries(COMMANDS).map(([name, c]) => [name, c.suggested_key.default]),
    );
    console.log('Chromium shortcuts:', shortcuts);
    // A key the browser keeps for itself is dropped silently (Alt+Shift+W in Chromium 150).
    expect(shortcuts).toEqual(suggested);
  });
});
