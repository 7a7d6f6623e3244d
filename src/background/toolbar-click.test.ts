import { describe, expect, test } from 'vitest';
import type { PageSummary } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { POPUP_PAGE, toolbarClick, type ToolbarDeps } from './toolbar-click';

/** Deps whose run settles when the test says; `calls` lists what the click did, in order. */
function deps(): {
  deps: ToolbarDeps;
  calls: string[];
  finish(): void;
} {
  const calls: string[] = [];
  let finish = (): void => undefined;
  const run = new Promise<Result<PageSummary>>((resolve) => {
    finish = () => {
      calls.push('run over');
      resolve(ok({} as PageSummary));
    };
  });
  return {
    calls,
    finish: () => finish(),
    deps: {
      action: {
        setPopup: async ({ popup }) => void calls.push(`setPopup ${popup}`),
        openPopup: async () => void calls.push('openPopup'),
      },
      summaries: { get: async () => null },
      run: () => {
        calls.push('run');
        return run;
      },
      showOutcome: async () => void calls.push('showOutcome'),
    },
  };
}

describe('toolbarClick: the popup opens once the run is over, or after a while', () => {
  test('a quick run: the popup opens when it is over', async () => {
    const { deps: d, calls, finish } = deps();
    const click = toolbarClick(d, 7, 60_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run']);
    finish();
    await click;
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run', 'run over', 'openPopup', 'setPopup ']);
  });

  test('a long run (a cold worker, a huge page): the popup opens after the wait meanwhile', async () => {
    const { deps: d, calls, finish } = deps();
    await toolbarClick(d, 7, 10);
    expect(calls).toEqual([`setPopup ${POPUP_PAGE}`, 'run', 'openPopup', 'setPopup ']);
    finish();
  });
});
