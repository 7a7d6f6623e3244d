import 'fake-indexeddb/auto';
import { describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

/** An event object that records its listeners, like browser.*.on* events. */
function fakeEvent() {
  const listeners: ((...args: never[]) => unknown)[] = [];
  return {
    listeners,
    addListener: (listener: (...args: never[]) => unknown) => listeners.push(listener),
  };
}

const fake = fakeBrowser();
const events = {
  onMessage: fakeEvent(),
  onConnect: fakeEvent(),
  onInstalled: fakeEvent(),
  onStartup: fakeEvent(),
  onCommand: fakeEvent(),
  onAdded: fakeEvent(),
  onRemoved: fakeEvent(),
  onUpdated: fakeEvent(),
  onTabRemoved: fakeEvent(),
  onClicked: fakeEvent(),
  onMenuClicked: fakeEvent(),
};
/** Listeners each event gets: install and start-up also make the context menu. */
const EXPECTED: Record<keyof typeof events, number> = {
  onMessage: 1,
  onInstalled: 2,
  onStartup: 2,
  onCommand: 1,
  onAdded: 1,
  onRemoved: 1,
  onUpdated: 1,
  onTabRemoved: 1,
  onClicked: 1,
  onMenuClicked: 1,
  onConnect: 1,
};

vi.mock('../shared/browser', () => ({
  browser: {
    ...fake,
    runtime: {
      ...fake.runtime,
      onMessage: events.onMessage,
      onConnect: events.onConnect,
      onInstalled: events.onInstalled,
      onStartup: events.onStartup,
    },
    commands: { onCommand: events.onCommand },
    action: { ...fake.action, onClicked: events.onClicked },
    permissions: { ...fake.permissions, onAdded: events.onAdded, onRemoved: events.onRemoved },
    tabs: { ...fake.tabs, onUpdated: events.onUpdated, onRemoved: events.onTabRemoved },
    contextMenus: { ...fake.contextMenus, onClicked: events.onMenuClicked },
  },
}));

describe('service worker entry', () => {
  test('registers every listener synchronously at load and exposes the test hook', async () => {
    await import('./index');
    for (const [name, event] of Object.entries(events)) {
      expect(event.listeners, name).toHaveLength(EXPECTED[name as keyof typeof events]);
    }
    const hook = (globalThis as { whoSaid?: { runOnTab(id: number): Promise<unknown> } }).whoSaid;
    expect(typeof hook?.runOnTab).toBe('function');
    expect(await hook?.runOnTab(404)).toMatchObject({ ok: false, error: { code: 'no-tab' } });
  });

  test('the message listener answers with a Result', async () => {
    await import('./index');
    const listener = events.onMessage.listeners[0] as (m: unknown, s: unknown) => Promise<unknown>;
    const popup = { id: fake.runtime.id, url: fake.runtime.getURL('src/ui/popup/index.html') };
    expect(await listener({ ws: 1, type: 'notes.search', payload: { query: '' } }, popup)).toEqual({
      ok: true,
      value: { notes: [], total: 0, offset: 0 },
    });
    expect(await listener({ ws: 1, type: 'bogus', payload: {} }, popup)).toMatchObject({
      ok: false,
      error: { code: 'unknown-message' },
    });
  });

  test('keeps a content script port from a top frame and closes every other port', async () => {
    await import('./index');
    const listener = events.onConnect.listeners[0] as (port: unknown) => void;
    const port = (name: string, sender: object) => {
      const p = { name, sender, closed: false, disconnect: () => void (p.closed = true) };
      listener(p);
      return p.closed;
    };
    const page = { id: fake.runtime.id, url: 'https://news.example/story', tab: { id: 3 } };
    expect(port('whosaid-content', { ...page, frameId: 0 })).toBe(false);
    // An iframe, another extension, an extension page, a port under another name, no sender.
    expect(port('whosaid-content', { ...page, frameId: 2 })).toBe(true);
    expect(port('whosaid-content', { ...page, id: 'other@example' })).toBe(true);
    expect(
      port('whosaid-content', { id: fake.runtime.id, url: fake.runtime.getURL('x.html') }),
    ).toBe(true);
    expect(port('notes', { ...page, frameId: 0 })).toBe(true);
    expect(port('whosaid-content', {})).toBe(true);
  });

  test('keeps a content script’s analysis port and answers page.analyze on it', async () => {
    await import('./index');
    const listener = events.onConnect.listeners[0] as (port: unknown) => void;
    const page = { id: fake.runtime.id, url: 'https://news.example/story', tab: { id: 3 } };
    const open = (sender: object) => {
      const onMessage: Array<(message: unknown) => void> = [];
      const posted: unknown[] = [];
      const p = {
        name: 'whosaid-analyze',
        sender,
        closed: false,
        disconnect: () => void (p.closed = true),
        onMessage: { addListener: (l: (message: unknown) => void) => void onMessage.push(l) },
        postMessage: (message: unknown) => void posted.push(message),
      };
      listener(p);
      return { p, posted, send: (m: unknown) => onMessage.forEach((l) => l(m)) };
    };
    // From an iframe or another extension: closed at once.
    expect(open({ ...page, frameId: 2 }).p.closed).toBe(true);
    expect(open({ ...page, id: 'other@example' }).p.closed).toBe(true);
    const { p, posted, send } = open({ ...page, frameId: 0 });
    expect(p.closed).toBe(false);
    send({ id: 1, request: { ws: 1, type: 'page.analyze', payload: { run: 'r-1', text: '' } } });
    await vi.waitFor(() => expect(posted).toEqual([{ id: 1, answer: { ok: true, value: [] } }]));
  });
});
