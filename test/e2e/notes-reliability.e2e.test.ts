/**
 * The notes' reliability in real Chromium (extension/chrome):
 *
 * - A save whose worker is stopped after the note is committed and before it answers is
 *   asked once more by the popup on its own, and is one note. The gap between commit and answer is
 *   made wide without a hook in the shipped code: the test patches the worker's
 *   `IDBTransaction.prototype.addEventListener` (in the worker's own global, through the
 *   DevTools connection) so the store's wait for a `notes` write to complete never ends,
 *   while the browser still commits it. Then CDP `ServiceWorker.stopAllWorkers` stops
 *   the worker, as Chromium does to an idle or stuck worker; the popup's message fails.
 *   The popup's retry wakes a fresh worker (no patch) and is answered.
 * - 100,000 notes imported from a file in the options page, with progress shown.
 * - The options page says the notes are kept until the reader deletes them.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  launchChromium,
  serveDir,
  tabIdFor,
  waitFor,
  type LaunchedChromium,
} from '../../scripts/lib/browser-launch.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = resolve(root, 'extension/chrome');

/** Notes in the extension's store, counted in the worker with plain IndexedDB. */
function countNotes(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('who-said');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('notes').objectStore('notes').count();
          count.onsuccess = () => {
            db.close();
            done(count.result);
          };
          count.onerror = () => fail(count.error);
        };
      }),
  );
}

const statusOf = async (page: Page) => (await page.textContent('[data-testid=status]')) ?? '';

describe('Chromium: notes that are never doubled or lost', () => {
  let chromium: LaunchedChromium;
  let server: { origin: string; close(): Promise<void> };
  let scratch: string;

  beforeAll(async () => {
    server = await serveDir(resolve(root, 'test/fixtures'));
    chromium = await launchChromium({ dist, headless: true });
    scratch = await mkdtemp(join(tmpdir(), 'whosaid-notes-'));
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('a save the worker stopped between commit and answer is retried and is one note', async () => {
    const { context, extensionId } = chromium;
    const url = `${server.origin}/article.html`;
    const page = await context.newPage();
    await page.goto(url);
    await clickToolbarButton(context, extensionId, page);
    const tabId = (await waitFor('the clicked tab', () =>
      tabIdFor(chromium.worker(), url),
    )) as number;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/src/ui/popup/index.html?tab=${tabId}`);
    await waitFor('the popup to finish reading', async () =>
      /Read [\d,]+ characters/.test(await statusOf(popup)),
    );
    const before = await countNotes(chromium.worker());

    // The worker will commit the next notes write but never learn that it completed.
    const worker = chromium.worker();
    await worker.evaluate(() => {
      const scope = globalThis as { whoSaidCommits?: number };
      scope.whoSaidCommits = 0;
      const original = IDBTransaction.prototype.addEventListener;
      IDBTransaction.prototype.addEventListener = function (
        this: IDBTransaction,
        type: string,
        listener: EventListenerOrEventListenerObject | null,
        options?: boolean | AddEventListenerOptions,
      ) {
        if (
          type === 'complete' &&
          this.mode === 'readwrite' &&
          [...this.objectStoreNames].includes('notes')
        ) {
          const counted = () => {
            scope.whoSaidCommits = (scope.whoSaidCommits ?? 0) + 1;
          };
          return original.call(this, type, counted, options);
        }
        return original.call(this, type, listener as EventListenerOrEventListenerObject, options);
      } as typeof IDBTransaction.prototype.addEventListener;
    });

    const body = `Which officials? (${Date.now()})`;
    await popup.fill('[data-testid=note-body]', body);
    await popup.click('[data-testid=note-save]');
    await waitFor('the write to commit', () =>
      worker.evaluate(() => (globalThis as { whoSaidCommits?: number }).whoSaidCommits === 1),
    );
    expect(await countNotes(worker)).toBe(before + 1);
    expect(await statusOf(popup)).not.toBe('Note saved.');

    // Stopped before it could answer.
    const cdp = await context.newCDPSession(popup);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The popup asks once more on its own: a fresh worker finds the note written and answers it.
    await waitFor(
      'the retry to be answered',
      async () => (await statusOf(popup)) === 'Note saved.',
    );
    expect(await countNotes(chromium.worker())).toBe(before + 1);
    const listed = await popup.locator('[data-testid=note-item]').allTextContents();
    expect(listed.filter((t) => t.includes(body))).toHaveLength(1);
    await cdp.detach();
    await popup.close();
    await page.close();
  });

  it('imports 100,000 notes from the options page, showing progress', async () => {
    const { context, extensionId } = chromium;
    const total = 100_000;
    const notes = Array.from({ length: total }, (_, i) => {
      const n = String(i).padStart(12, '0');
      const at = new Date(Date.UTC(2025, 0, 1) + i * 1000).toISOString();
      return {
        id: `60000000-0000-4000-8000-${n}`,
        url: `https://news.example/2025/story-${i % 5000}`,
        title: `Story ${i % 5000}: officials said the plan was sound`,
        body: `Note ${i}: which officials? The second paragraph names nobody; compare with the wire copy.`,
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
    });
    const file = join(scratch, 'who-said-notes-100k.json');
    const text = JSON.stringify(
      {
        format: 'who-said-export',
        version: 2,
        exportedAt: new Date().toISOString(),
        notes,
        sites: [],
      },
      null,
      2,
    );
    await writeFile(file, text);
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
    await waitFor(
      'the options page',
      async () => (await options.$('[data-testid=import]')) !== null,
    );
    const before = await countNotes(chromium.worker());

    const seen = new Set<string>();
    const started = Date.now();
    await options.setInputFiles('[data-testid=import]', file);
    let firstProgressMs: number | null = null;
    const phases: Record<string, number> = {};
    const status = await waitFor(
      'the import to finish',
      async () => {
        const step = await options
          .textContent('[data-testid=import-step]', { timeout: 50 })
          .catch(() => null);
        if (step) {
          firstProgressMs ??= Date.now() - started;
          seen.add(step);
          const phase = step.split(/[:…]/)[0] ?? step;
          phases[phase] ??= Date.now() - started;
        }
        const text = await statusOf(options);
        return /^Imported/.test(text) ? text : null;
      },
      120_000,
    );
    const ms = Date.now() - started;
    console.log(
      `Imported ${total.toLocaleString('en')} notes (${(text.length / 1e6).toFixed(1)} MB) in ${ms} ms; ` +
        `first progress after ${firstProgressMs} ms; ${seen.size} distinct progress texts; ` +
        `each step began at (ms): ${JSON.stringify(phases)}`,
    );
    expect(status).toBe('Imported: 100,000 new notes, 0 updated, 0 already here.');
    // Progress was shown part-way, not only at the start and the end.
    expect(
      [...seen].some(
        (s) =>
          /(Handing notes to Who Said|Saving notes): [\d,]+ of 100,000/.test(s) &&
          !/: 100,000 of/.test(s),
      ),
    ).toBe(true);
    expect(await countNotes(chromium.worker())).toBe(before + total);
    await options.close();
  });

  it('the options page says the notes are kept until the reader deletes them', async () => {
    const { context, extensionId } = chromium;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/ui/options/index.html`);
    const text = await waitFor('the persistence line', () =>
      options.textContent('[data-testid=persistence]', { timeout: 1000 }).catch(() => null),
    );
    expect(text).toMatch(/keeps your notes until you delete them/);
    await options.close();
  });
});
