// @vitest-environment happy-dom
/**
 * The popup over the real background and store (fake-indexeddb): the worker
 * commits a note, then its answer is lost (it was stopped before answering).
 * The popup asks once more on its own; if that is lost too, it says so and the
 * reader saves again. One note, not two.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { act } from 'preact/test-utils';
import { expect, test, vi } from 'vitest';
import { createBackground } from '../../background/background';
import { fakeBrowser } from '../../background/fake-browser';
import type { Note } from '../../shared/notes';
import { createClient } from '../messaging';
import { settle, useTestRoot } from '../test-support';
import { Popup } from './popup';
import type { PopupEnv } from './popup-env';

const ARTICLE = 'https://news.example/2026/01/story';
const POPUP = {
  id: 'who-said-test',
  url: 'chrome-extension://who-said-test/src/ui/popup/index.html',
};

const t = useTestRoot();

/** Settles until `check` holds: the store (fake-indexeddb) answers on timers, slower when the machine is busy. */
async function until(check: () => boolean): Promise<void> {
  // Bounded by time, not by a count of ticks: a loaded machine needs more ticks, never a wrong answer.
  const end = Date.now() + 15_000;
  while (!check() && Date.now() < end) await settle();
}
const status = () => t.byTestId('status').textContent ?? '';

test.each([
  [1, 'is asked once more by the popup'],
  [2, 'twice, is saved again by the reader'],
])(
  'a save whose answer was lost %i time(s) after the commit %s: one note',
  { timeout: 60_000 },
  async (lost) => {
    const browser = fakeBrowser();
    browser.tabsById.set(5, { url: ARTICLE, title: 'Officials said so', scriptable: true });
    browser.respond = (_tab, message) =>
      (message as { type: string }).type === 'content.analyze'
        ? {
            ok: true,
            value: {
              url: ARTICLE,
              title: 'Officials said so',
              counts: { attribution: 1, unnamed: 0, agentless: 0, hedge: 0 },
              textLength: 100,
              highlighted: true,
              ms: 1,
            },
          }
        : { ok: true, value: null };
    const background = createBackground({ browser, indexedDB: new IDBFactory() });
    let toLose = lost;
    const client = createClient(async (message) => {
      const answer = await background.route(message, POPUP);
      if (message.type === 'notes.save' && toLose > 0) {
        toLose -= 1;
        // What the popup sees when the worker stops after committing, before answering.
        throw new Error('The message port closed before a response was received.');
      }
      return answer;
    });
    const env: PopupEnv = {
      client,
      currentTab: async () => ({ id: 5, url: ARTICLE, title: 'Officials said so' }),
      requestSiteAccess: vi.fn(async () => true),
      openNotesPage: vi.fn(),
      newId: () => crypto.randomUUID(),
      copy: vi.fn(async () => undefined),
      download: vi.fn(),
      highlightVariant: async () => 'decorated',
    };
    await t.mount(<Popup env={env} />);
    await until(() => status().startsWith('Read'));

    const textarea = t.byTestId<HTMLTextAreaElement>('note-body');
    await act(() => {
      textarea.value = 'Who are the officials?';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => t.byTestId('note-save').click());
    if (lost > 1) {
      await until(() => status().includes('isn’t responding'));
      expect(status()).toContain('isn’t responding');
      expect(textarea.value).toBe('Who are the officials?');
      // The reader tries again, as the popup asks.
      await act(() => t.byTestId('note-save').click());
    }
    await until(() => status() === 'Note saved.');
    expect(status()).toBe('Note saved.');
    const stored = (await background.route(
      { ws: 1, type: 'notes.search', payload: { query: '' } },
      POPUP,
    )) as { ok: true; value: { notes: Note[] } };
    expect(stored.value.notes.map((n) => n.body)).toEqual(['Who are the officials?']);
    expect(t.root.querySelectorAll('[data-testid="note-item"]')).toHaveLength(1);
  },
);
