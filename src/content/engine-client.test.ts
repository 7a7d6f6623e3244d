import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import { err, ok, type Result } from '../shared/result';
import type { EngineRun } from './analysis-run';
import type { Ask } from './background-client';
import { backgroundEngine } from './engine-client';

const FOUND: Finding[] = [{ start: 4, end: 8, kind: 'attribution', why: 'a verb of saying' }];
const LOST = err('no-background', 'Who Said isn’t responding. Reload the page and try again.');

/** An `Ask` that gives the answers in `answers`, one per request, and records the requests. */
function scripted(answers: Array<Result<unknown> | Promise<Result<unknown>>>) {
  const asked: Array<{ type: string; payload: unknown }> = [];
  const ask = ((type: string, payload: unknown) => {
    asked.push({ type, payload });
    const next = answers.shift();
    if (next === undefined) throw new Error('asked once too often');
    return Promise.resolve(next);
  }) as Ask;
  return { ask, asked };
}

const run = (id = 'r-1'): EngineRun => ({ id, signal: new AbortController().signal });

describe('the engine in the background, from the page', () => {
  test('sends the text under the run’s name and returns the findings', async () => {
    const { ask, asked } = scripted([ok(FOUND)]);
    expect(await backgroundEngine(ask)('Officials said so.', run('abc-7'))).toEqual(FOUND);
    expect(asked).toEqual([
      { type: 'page.analyze', payload: { run: 'abc-7', text: 'Officials said so.' } },
    ]);
  });

  test('says that it answers later, so that the page asks it at once', () => {
    expect(backgroundEngine(scripted([]).ask).answersLater).toBe(true);
  });

  test('a request lost with a stopped worker is asked once more', async () => {
    const { ask, asked } = scripted([LOST, ok(FOUND)]);
    expect(await backgroundEngine(ask)('text', run())).toEqual(FOUND);
    expect(asked).toHaveLength(2);
    expect(asked[1]).toEqual(asked[0]);
  });

  test('lost twice: the analysis fails in the background’s words', async () => {
    const { ask, asked } = scripted([LOST, LOST]);
    await expect(backgroundEngine(ask)('text', run())).rejects.toThrow('isn’t responding');
    expect(asked).toHaveLength(2);
  });

  test('a refusal is not asked again', async () => {
    const { ask, asked } = scripted([err('invalid-message', 'payload.text is too long.')]);
    await expect(backgroundEngine(ask)('text', run())).rejects.toThrow('too long');
    expect(asked).toHaveLength(1);
  });

  test('replaced by a newer analysis of the page: stops as an aborted run', async () => {
    const { ask } = scripted([err('cancelled', 'A newer analysis took its place.')]);
    await expect(backgroundEngine(ask)('text', run())).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  test('a run stopped while it waits stops at once, without the answer', async () => {
    const { ask } = scripted([new Promise<Result<unknown>>(() => undefined)]);
    const stop = new AbortController();
    const answer = backgroundEngine(ask)('text', { id: 'r-2', signal: stop.signal });
    stop.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  });
});
