import { describe, expect, test } from 'vitest';
import { createSlicer, type Steps } from './steps';

/** A job of `n` steps, each advancing the clock by `ms`. */
function* job(clock: { t: number }, n: number, ms: number): Steps<number> {
  for (let i = 0; i < n; i++) {
    clock.t += ms;
    yield;
  }
  return n;
}

describe('createSlicer: a budget per job', () => {
  test('slices end at the slicer’s budget, or at the one given to a job', async () => {
    const clock = { t: 0 };
    let yields = 0;
    const slicer = createSlicer({
      budgetMs: 12,
      now: () => clock.t,
      yieldNow: () => {
        yields++;
        return Promise.resolve();
      },
    });
    // 20 steps of 2 ms: a pause every 6 steps at 12 ms.
    expect(await slicer.run(job(clock, 20, 2), undefined)).toBe(20);
    expect(yields).toBe(3);
    slicer.finish();
    yields = 0;
    // The same job with a budget of 30 ms: a pause every 15 steps.
    expect(await slicer.run(job(clock, 20, 2), undefined, 30)).toBe(20);
    expect(yields).toBe(1);
    slicer.finish();
    expect(slicer.stats.longestMs).toBe(30);
    // The slicer's own budget is unchanged for the next job.
    yields = 0;
    await slicer.run(job(clock, 20, 2));
    expect(yields).toBe(3);
  });
});
