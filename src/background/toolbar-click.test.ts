import { afterEach, describe, expect, test, vi } from 'vitest';
import type { PageSummary } from '../shared/messages';
import { err, ok, type Result } from '../shared/result';
import { POPUP_PAGE, POPUP_WAIT_MS, toolbarClick, type ToolbarDeps } from './toolbar-click';

/**
 * Deps whose run settles when the test says (`finish`); `calls` lists what the click did, in
 * order. `previous` is the tab's stored summary; `opens` whether the browser opens the popup.
 */
function deps(options: { previous?: Partial<PageSummary>; opens?: boolean } = {}): {
  deps: ToolbarDeps;
  calls: string[];
  finish(result?: Result<PageSummary>): void;
} {
  const calls: string[] = [];
  let finish: (result: Result<PageSummary>) => void = () => undefined;
  const run = new Promise<Result<PageSummary>>((resolve) => {
    finish = (result) => {
      calls.push(result.ok ? 'run over' : `run failed: ${result.error.code}`);
      resolve(result);
    };
  });
  return {
    calls,
    finish: (result = ok({ highlighted: true } as PageSummary)) => finish(result),
    deps: {
      action: {
        setPopup: async ({ popup }) => void calls.push(`setPopup ${popup}`),
        openPopup: async () => {
          calls.push('openPopup');
          if (options.opens === false) throw new Error('Could not find an active browser window.');
        },
      },
      summaries: {
        get: async () => (options.previous ? (options.previous as PageSummary) : null),
      },
      run: () => {
        calls.push('run');
        return run;
      },
      showOutcome: async (_tabId, result) =>
        void calls.push(`showOutcome ${result.ok ? 'ok' : result.error.code}`),
    },
  };
}

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  vi.useRealTimers();
});

describe('toolbarClick: the popup opens once the run is over, or a while after the click', () => {
  test('a quick run: the page is read first, the popup opens when the run is over', async () => {
    const { deps: d, calls, finish } = deps();
    const click = toolbarClick(d, 7, 60_000);
    await tick(20);
    // The popup set for the tab at once (a second click meanwhile opens it natively), not opened.
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run']);
    finish();
    await click;
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run', 'run over', 'openPopup', 'setPopup ']);
  });

  test('a long run (a cold worker, a huge page): the popup opens POPUP_WAIT_MS after the click', async () => {
    vi.useFakeTimers();
    const { deps: d, calls, finish } = deps();
    const click = toolbarClick(d, 7);
    await vi.advanceTimersByTimeAsync(POPUP_WAIT_MS - 1);
    expect(calls).not.toContain('openPopup');
    await vi.advanceTimersByTimeAsync(1);
    await click;
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run', 'openPopup', 'setPopup ']);
    // The run goes on; the popup is handed it when it asks (run-on-tab.ts, `runForPopup`).
    finish();
    expect(POPUP_WAIT_MS).toBeLessThanOrEqual(300);
  });

  test('a page that cannot be read: the popup opens when the run fails, to say why', async () => {
    const { deps: d, calls, finish } = deps();
    const click = toolbarClick(d, 7, 60_000);
    await tick();
    finish(err('restricted', 'Browsers do not let extensions read this page.'));
    await click;
    // The popup says it (its request gets this run's answer); the button is left alone.
    expect(calls).toEqual([
      `setPopup ${POPUP_PAGE}`,
      'run',
      'run failed: restricted',
      'openPopup',
      'setPopup ',
    ]);
  });

  test('highlights the reader turned off: no run to wait for, the popup opens at once', async () => {
    const { deps: d, calls } = deps({ previous: { highlighted: false } });
    await toolbarClick(d, 7, 60_000);
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'openPopup', 'setPopup ']);
  });

  test('a second click before the popup opened is the same click: one run, one popup', async () => {
    const { deps: d, calls, finish } = deps();
    const first = toolbarClick(d, 7, 60_000);
    await tick();
    const second = toolbarClick(d, 7, 60_000);
    expect(second).toBe(first);
    finish();
    await Promise.all([first, second]);
    expect(calls.filter((c) => c === 'run')).toHaveLength(1);
    expect(calls.filter((c) => c === 'openPopup')).toHaveLength(1);
  });

  test('a click once the popup has opened is a new click', async () => {
    const { deps: d, calls, finish } = deps();
    finish();
    await toolbarClick(d, 7, 60_000);
    await toolbarClick(d, 7, 60_000);
    expect(calls.filter((c) => c === 'openPopup')).toHaveLength(2);
  });

  test('clicks on two tabs do not wait for each other', async () => {
    const { deps: d, calls, finish } = deps();
    const a = toolbarClick(d, 7, 60_000);
    const b = toolbarClick(d, 8, 60_000);
    expect(b).not.toBe(a);
    finish();
    await Promise.all([a, b]);
    expect(calls.filter((c) => c === 'openPopup')).toHaveLength(2);
  });

  test('no popup (another tab active by then, the tab closed): the button says the outcome', async () => {
    const { deps: d, calls, finish } = deps({ opens: false });
    const click = toolbarClick(d, 7, 60_000);
    await tick();
    finish(err('tab-gone', 'The tab was closed.'));
    await click;
    // The popup stays set for the tab, so that the next click there opens it.
    expect(calls).toEqual([
      `setPopup ${POPUP_PAGE}`,
      'run',
      'run failed: tab-gone',
      'openPopup',
      'showOutcome tab-gone',
    ]);
  });
});
