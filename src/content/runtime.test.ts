import { describe, expect, it, vi } from 'vitest';
import { contentRuntime, wrapChromeRuntime, type ChromeRuntimeLike } from './runtime';

type Callback = Parameters<ChromeRuntimeLike['onMessage']['addListener']>[0];

function fakeChrome(): ChromeRuntimeLike & { listeners: Set<Callback> } {
  const listeners = new Set<Callback>();
  return {
    id: 'ext',
    listeners,
    sendMessage: vi.fn(() => Promise.resolve('answer')),
    onMessage: {
      addListener: (l) => void listeners.add(l),
      removeListener: (l) => void listeners.delete(l),
    },
    connect: vi.fn(() => ({
      onDisconnect: { addListener: () => undefined },
      disconnect: () => undefined,
    })),
  };
}

/** Delivers a message to every listener; resolves with the first response sent. */
function deliver(
  chrome: ReturnType<typeof fakeChrome>,
  message: unknown,
): {
  kept: boolean[];
  response: Promise<unknown>;
} {
  let respond: (r: unknown) => void = () => undefined;
  const response = new Promise((resolve) => (respond = resolve));
  const kept = [...chrome.listeners].map((l) => l(message, { id: 'ext' }, respond));
  return { kept, response };
}

describe('wrapChromeRuntime', () => {
  it("answers a listener's promise through sendResponse and keeps the channel open", async () => {
    const chrome = fakeChrome();
    const runtime = wrapChromeRuntime(chrome);
    runtime.onMessage.addListener((message) => Promise.resolve({ ok: true, value: message }));
    const { kept, response } = deliver(chrome, 'hello');
    expect(kept).toEqual([true]);
    expect(await response).toEqual({ ok: true, value: 'hello' });
  });

  it('leaves a message unanswered when the listener returns nothing', () => {
    const chrome = fakeChrome();
    const runtime = wrapChromeRuntime(chrome);
    runtime.onMessage.addListener(() => undefined);
    expect(deliver(chrome, 'x').kept).toEqual([false]);
  });

  it("sends a rejection as the polyfill's marker", async () => {
    const chrome = fakeChrome();
    const runtime = wrapChromeRuntime(chrome);
    runtime.onMessage.addListener(() => Promise.reject(new Error('broke')));
    runtime.onMessage.addListener(() => {
      throw new Error('threw');
    });
    const { response } = deliver(chrome, 'x');
    expect(await response).toEqual({ __mozWebExtensionPolyfillReject__: true, message: 'broke' });
  });

  it('removes the listener it wrapped', () => {
    const chrome = fakeChrome();
    const runtime = wrapChromeRuntime(chrome);
    const listener = (): undefined => undefined;
    runtime.onMessage.addListener(listener);
    runtime.onMessage.addListener(listener);
    expect(chrome.listeners.size).toBe(1);
    runtime.onMessage.removeListener(listener);
    expect(chrome.listeners.size).toBe(0);
  });

  it("passes sendMessage and connect through and reads the runtime's id live", async () => {
    const chrome = fakeChrome();
    const runtime = wrapChromeRuntime(chrome);
    expect(await runtime.sendMessage({ ws: 1, type: 'page.summary', payload: {} } as never)).toBe(
      'answer',
    );
    runtime.connect?.({ name: 'port' });
    expect(chrome.connect).toHaveBeenCalledWith({ name: 'port' });
    expect(runtime.id).toBe('ext');
    (chrome as { id?: string }).id = undefined;
    expect(runtime.id).toBeUndefined();
  });
});

describe('contentRuntime', () => {
  it('uses a promise-based browser.runtime as it is', () => {
    const native = { id: 'ext' };
    expect(
      contentRuntime({ browser: { runtime: native }, chrome: { runtime: fakeChrome() } }),
    ).toBe(native);
  });

  it('wraps chrome.runtime where there is no browser.runtime', () => {
    const chrome = fakeChrome();
    const runtime = contentRuntime({ chrome: { runtime: chrome } });
    expect(runtime).not.toBe(chrome);
    expect(runtime.id).toBe('ext');
  });

  it('refuses to run outside an extension', () => {
    expect(() => contentRuntime({})).toThrow(/browser extension/);
  });
});
