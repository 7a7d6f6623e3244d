import { describe, expect, test } from 'vitest';
import { arrive, reply, startTiming, takeTiming, timingOn } from './analyze-timing';
import { createEngineService } from './engine-service';

const service = () =>
  createEngineService({
    engine: (text) => [{ start: 0, end: text.length, kind: 'hedge', why: 'may' }],
    later: (task) => setTimeout(task, 0),
    warmUpText: () => [],
  });

describe('timing page.analyze requests in the worker (bench:page)', () => {
  test('off: nothing is recorded', async () => {
    expect(timingOn()).toBe(false);
    expect(arrive('r-1', 3)).toBeNull();
    await service().analyze(1, 'r-1', 'may');
    expect(takeTiming()).toEqual([]);
  });

  test('on: one row per request, its stages in order, its answer serialised when taken', async () => {
    startTiming();
    const engine = service();
    const row = arrive('r-1', 3);
    expect(row).not.toBeNull();
    const result = await engine.analyze(1, 'r-1', 'may');
    if (row !== null) reply(row, result);
    const [timed, ...rest] = takeTiming();
    expect(rest).toEqual([]);
    expect(timed).toMatchObject({ run: 'r-1', chars: 3, findings: 1 });
    const t = timed as NonNullable<typeof timed>;
    expect(t.arrived).toBeLessThanOrEqual(t.queued);
    expect(t.queued).toBeLessThanOrEqual(t.started);
    expect(t.started).toBeLessThanOrEqual(t.ended);
    expect(t.ended).toBeLessThanOrEqual(t.replied);
    expect(t.jsonChars).toBe(JSON.stringify(result).length);
    // Taking the rows stops the recording.
    expect(timingOn()).toBe(false);
  });
});
