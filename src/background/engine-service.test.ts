import { describe, expect, test } from 'vitest';
import { analyze } from '../engine';
import type { Finding } from '../engine/types';
import { COOL_AFTER_MS, createEngineService, MAX_WAITING } from './engine-service';

/**
 * A service over a recording engine, whose tasks run only when the test says (`tick` runs the
 * next one): what runs in one task is then plain to see. Its warm-up text is `CHUNKS`; its clock
 * moves only when the test moves it (`clock.ms`).
 */
/** The warm-up text of `setup`'s services. */
const CHUNKS = ['warm 1', 'warm 2', 'warm 3'];

function setup(engine: (text: string) => Finding[] = () => []) {
  const analysed: string[] = [];
  const tasks: Array<() => void> = [];
  const clock = { ms: 0 };
  const service = createEngineService({
    now: () => clock.ms,
    engine: (text) => {
      analysed.push(text);
      return engine(text);
    },
    later: (task) => void tasks.push(task),
    warmUpText: () => CHUNKS,
  });
  const tick = async (): Promise<void> => {
    tasks.shift()?.();
    // Let the answers' promise callbacks run.
    await Promise.resolve();
  };
  return { service, analysed, tasks, tick, clock };
}

describe('the engine service', () => {
  test('answers with the engine’s findings, offsets into the text sent', async () => {
    const text = 'The minister said the plan would be delayed.';
    const service = createEngineService();
    const answer = await service.analyze(7, 'r1', text);
    expect(answer).toEqual({ ok: true, value: analyze(text) });
    expect(answer.ok && answer.value.length).toBeGreaterThan(0);
  });

  test('one request per task, in the order they came, across tabs', async () => {
    const { service, analysed, tasks, tick } = setup();
    const answers: string[] = [];
    for (const [tab, text] of [
      [1, 'a'],
      [2, 'b'],
      [1, 'c'],
    ] as const) {
      void service.analyze(tab, `run${tab}`, text).then(() => answers.push(text));
    }
    expect(analysed).toEqual([]);
    expect(tasks).toHaveLength(1);
    await tick();
    expect(analysed).toEqual(['a']);
    expect(answers).toEqual(['a']);
    await tick();
    await tick();
    expect(analysed).toEqual(['a', 'b', 'c']);
    expect(answers).toEqual(['a', 'b', 'c']);
    expect(tasks).toHaveLength(0);
  });

  test('a newer run of a tab drops what its older run still waits for, not other tabs’', async () => {
    const { service, analysed, tick } = setup();
    const old1 = service.analyze(1, 'old', 'old part 1');
    const old2 = service.analyze(1, 'old', 'old part 2');
    const other = service.analyze(2, 'x', 'other tab');
    await tick();
    expect(analysed).toEqual(['old part 1']);
    const fresh = service.analyze(1, 'new', 'new part 1');
    expect(await old2).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    await tick();
    await tick();
    expect(analysed).toEqual(['old part 1', 'other tab', 'new part 1']);
    expect(await old1).toMatchObject({ ok: true });
    expect(await other).toMatchObject({ ok: true });
    expect(await fresh).toMatchObject({ ok: true });
  });

  test('a tab asking for too much at once is refused; others are not held up', async () => {
    const { service, analysed, tick } = setup();
    const waiting = Array.from({ length: MAX_WAITING }, (_, i) => service.analyze(1, 'r', `${i}`));
    expect(await service.analyze(1, 'r', 'one more')).toMatchObject({
      ok: false,
      error: { code: 'busy' },
    });
    const other = service.analyze(2, 'r', 'other tab');
    for (let i = 0; i <= MAX_WAITING; i++) await tick();
    expect(analysed).toEqual([...waiting.map((_, i) => `${i}`), 'other tab']);
    for (const answer of [...waiting, other]) expect(await answer).toMatchObject({ ok: true });
    // Once answered, the tab may ask again.
    const again = service.analyze(1, 'r', 'again');
    await tick();
    expect(await again).toMatchObject({ ok: true });
  });

  test('an engine that throws: that request fails in words, the next is answered', async () => {
    const { service, tick } = setup((text) => {
      if (text === 'bad') throw new Error('boom');
      return [];
    });
    const bad = service.analyze(1, 'r', 'bad');
    const good = service.analyze(1, 'r', 'good');
    await tick();
    await tick();
    expect(await bad).toEqual({
      ok: false,
      error: { code: 'analysis-failed', message: 'Who Said could not analyse this article.' },
    });
    expect(await good).toEqual({ ok: true, value: [] });
  });

  test('warms up one chunk per task, in order, and not again while the engine is warm', async () => {
    const first = setup();
    first.service.warmUp();
    first.service.warmUp();
    expect(first.analysed).toEqual([]);
    for (let i = 1; i <= 3; i++) {
      await first.tick();
      expect(first.analysed).toEqual(CHUNKS.slice(0, i));
    }
    expect(first.tasks).toHaveLength(0);
    // The setup's call soon after the click's: the engine has just run.
    first.clock.ms += COOL_AFTER_MS - 1;
    first.service.warmUp();
    expect(first.tasks).toHaveLength(0);

    const second = setup();
    const answer = second.service.analyze(1, 'r', 'text');
    second.service.warmUp();
    await second.tick();
    await answer;
    second.service.warmUp();
    expect(second.tasks).toHaveLength(0);
    expect(second.analysed).toEqual(['text']);
  });

  test('after an idle time the next run warms the engine up again', async () => {
    const { service, analysed, tasks, tick, clock } = setup();
    const answer = service.analyze(1, 'r', 'page 1');
    await tick();
    await answer;
    clock.ms += COOL_AFTER_MS;
    service.warmUp();
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['page 1', ...CHUNKS]);
    // and once more after the next page
    const next = service.analyze(1, 's', 'page 2');
    await tick();
    await next;
    clock.ms += 2 * COOL_AFTER_MS;
    service.warmUp();
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['page 1', ...CHUNKS, 'page 2', ...CHUNKS]);
  });

  test('a request waits behind one warm-up chunk at most, and the warm-up then stops', async () => {
    const { service, analysed, tasks, tick } = setup();
    service.warmUp();
    await tick();
    expect(analysed).toEqual(['warm 1']);
    // The request comes while the next chunk's task is waiting: that task does nothing.
    const answer = service.analyze(1, 'r', 'page');
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['warm 1', 'page']);
    expect(await answer).toMatchObject({ ok: true });
    // The worker had real work: the rest of the warm-up never runs.
    service.warmUp();
    expect(tasks).toHaveLength(0);
    expect(analysed).toEqual(['warm 1', 'page']);
  });

  test('a request sent with the warm-up, before any chunk ran, goes first and alone', async () => {
    const { service, analysed, tasks, tick } = setup();
    service.warmUp();
    const answer = service.analyze(1, 'r', 'page');
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['page']);
    expect(await answer).toMatchObject({ ok: true });
  });

  test('warm-up chunks run at their own (idle) priority, requests at theirs', async () => {
    const idle: Array<() => void> = [];
    const tasks: Array<() => void> = [];
    const analysed: string[] = [];
    const service = createEngineService({
      engine: (text) => (analysed.push(text), []),
      later: (task) => void tasks.push(task),
      whenIdle: (task) => void idle.push(task),
      warmUpText: () => CHUNKS,
    });
    service.warmUp();
    expect([idle.length, tasks.length]).toEqual([1, 0]);
    idle.shift()?.();
    expect(analysed).toEqual(['warm 1']);
    expect([idle.length, tasks.length]).toEqual([1, 0]);
    const answer = service.analyze(1, 'r', 'page');
    expect(tasks).toHaveLength(1);
    tasks.shift()?.();
    expect(await answer).toMatchObject({ ok: true });
    // the idle task planned before the request finds nothing to do
    idle.shift()?.();
    expect(analysed).toEqual(['warm 1', 'page']);
    expect([idle.length, tasks.length]).toEqual([0, 0]);
  });

  test('a stopped warm-up analyses nothing more, and may start again', async () => {
    const { service, analysed, tasks, tick, clock } = setup();
    service.warmUp();
    await tick();
    service.stopWarmUp();
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['warm 1']);
    clock.ms += COOL_AFTER_MS;
    service.warmUp();
    while (tasks.length > 0) await tick();
    expect(analysed).toEqual(['warm 1', ...CHUNKS]);
    // A page's request is never dropped by a stop.
    const again = setup();
    const answer = again.service.analyze(1, 'r', 'page');
    again.service.stopWarmUp();
    again.service.warmUp();
    while (again.tasks.length > 0) await again.tick();
    expect(await answer).toMatchObject({ ok: true });
    expect(again.analysed).toEqual(['page']);
  });

  test('a warm-up chunk that throws ends the warm-up; requests are still answered', async () => {
    const { service, analysed, tasks, tick } = setup((text) => {
      if (text === 'warm 2') throw new Error('boom');
      return [];
    });
    service.warmUp();
    await tick();
    await tick();
    expect(tasks).toHaveLength(0);
    expect(analysed).toEqual(['warm 1', 'warm 2']);
    const answer = service.analyze(1, 'r', 'page');
    await tick();
    expect(await answer).toEqual({ ok: true, value: [] });
  });
});
