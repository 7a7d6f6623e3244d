/**
 * Test scaffolding shared by the popup and options page tests: a fake messaging
 * client that answers from a table of handlers and records every request, and a
 * mount point that renders a component and lets its effects settle.
 */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach } from 'vitest';
import type { ExtensionPageMessages, ExtensionPageName } from '../shared/messages';
import { err, type Result } from '../shared/result';
import type { Client } from './messaging';

type Handler<N extends ExtensionPageName> = (
  payload: ExtensionPageMessages[N]['req'],
) => Result<ExtensionPageMessages[N]['res']> | Promise<Result<ExtensionPageMessages[N]['res']>>;

/** Fake answers, per message name; a message without one gets an `unhandled` error. */
export type FakeHandlers = { [N in ExtensionPageName]?: Handler<N> };

/** A client answering from `handlers`; `requests` records what was asked, in order. */
export function fakeClient(handlers: FakeHandlers) {
  const requests: { type: ExtensionPageName; payload: unknown }[] = [];
  const client: Client = {
    request: async (type, payload) => {
      requests.push({ type, payload });
      const handler = handlers[type] as
        ((p: typeof payload) => Result<ExtensionPageMessages[typeof type]['res']>) | undefined;
      return handler ? handler(payload) : err('unhandled', `No fake for ${type}`);
    },
  };
  return { client, requests };
}

/**
 * Gives each test a fresh element in the document and unmounts it afterwards.
 * Call at the top of a test file; use `mount` and `byTestId` on the result.
 */
export function useTestRoot() {
  let root: HTMLElement | undefined;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    if (!root) return;
    render(null, root);
    root.remove();
  });
  const current = (): HTMLElement => {
    if (!root) throw new Error('useTestRoot: no test is running');
    return root;
  };
  return {
    get root(): HTMLElement {
      return current();
    },
    /** Renders `vnode` and waits until pending promises and renders are done. */
    async mount(vnode: ComponentChild): Promise<void> {
      await act(() => {
        render(vnode, current());
      });
      await settle();
    },
    /** The element with `data-testid=id`; throws when there is none. */
    byTestId<T extends HTMLElement = HTMLElement>(id: string): T {
      const found = current().querySelector<T>(`[data-testid="${id}"]`);
      if (!found) throw new Error(`no element with data-testid=${id}`);
      return found;
    },
  };
}

/** Lets pending promises and renders finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}
