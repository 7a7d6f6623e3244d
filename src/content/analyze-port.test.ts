import { describe, expect, test, vi } from 'vitest';
import type { Finding } from '../engine/types';
import { ANALYZE_PORT, type AnalyzePortMessage } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { portAsk, type PortRuntimeLike } from './analyze-port';
import type { Ask } from './background-client';

const FOUND: Finding[] = [{ start: 0, end: 4, kind: 'attribution', why: 'a verb of saying' }];

/** A runtime whose `connect` gives ports that record what is posted on them. */
function fakeRuntime() {
  const ports: Array<{
    name: string;
    posted: AnalyzePortMessage[];
    closed: boolean;
    answer(id: number, answer: Result<Finding[]>): void;
    drop(): void;
  }> = [];
  const runtime: PortRuntimeLike = {
    connect({ name }) {
      const onMessage: Array<(m: unknown) => void> = [];
      const onDisconnect: Array<() => void> = [];
      const port = {
        name,
        posted: [] as AnalyzePortMessage[],
        closed: false,
        answer: (id: number, answer: Result<Finding[]>) =>
          onMessage.forEach((l) => l({ id, answer })),
        drop: () => onDisconnect.forEach((l) => l()),
      };
      ports.push(port);
      return {
        onMessage: { addListener: (l: (m: unknown) => void) => void onMessage.push(l) },
        onDisconnect: { addListener: (l: () => void) => void onDisconnect.push(l) },
        postMessage(message: AnalyzePortMessage) {
          if (port.closed) throw new Error('closed');
          port.posted.push(message);
        },
        disconnect: () => void (port.closed = true),
      };
    },
  };
  return { runtime, ports };
}

/** A fallback `Ask` that records its requests and answers `ok(null)`. */
function fallback() {
  const asked: string[] = [];
  const ask = ((type: string) => {
    asked.push(type);
    return Promise.resolve(ok(null));
  }) as Ask;
  return { ask, asked };
}

const analyzeRequest = (id: number, text: string) => ({
  id,
  request: { ws: 1, type: 'page.analyze', payload: { run: 'r-1', text } },
});

describe('page.analyze on a port', () => {
  test('a request goes on the port with an id; the answer of that id settles it; the idle port closes', async () => {
    const { runtime, ports } = fakeRuntime();
    const ask = portAsk(runtime, fallback().ask, 1000);
    const answer = ask('page.analyze', { run: 'r-1', text: 'She said so.' });
    expect(ports).toHaveLength(1);
    expect(ports[0]?.name).toBe(ANALYZE_PORT);
    expect(ports[0]?.posted).toEqual([analyzeRequest(1, 'She said so.')]);
    ports[0]?.answer(2, ok([]));
    ports[0]?.answer(1, ok(FOUND));
    expect(await answer).toEqual(ok(FOUND));
    expect(ports[0]?.closed).toBe(true);
    // The next analysis opens a new port.
    void ask('page.analyze', { run: 'r-2', text: 'Again.' });
    expect(ports).toHaveLength(2);
  });

  test('requests asked after the first in one task go together in one message', async () => {
    const { runtime, ports } = fakeRuntime();
    const ask = portAsk(runtime, fallback().ask, 1000);
    const answers = ['a', 'b', 'c', 'd'].map((text) => ask('page.analyze', { run: 'r-1', text }));
    const port = ports[0];
    // The first at once, the others when the task's code is done.
    expect(port?.posted).toEqual([analyzeRequest(1, 'a')]);
    await Promise.resolve();
    expect(port?.posted).toEqual([
      analyzeRequest(1, 'a'),
      { batch: [analyzeRequest(2, 'b'), analyzeRequest(3, 'c'), analyzeRequest(4, 'd')] },
    ]);
    for (const id of [3, 1, 4]) port?.answer(id, ok([]));
    expect(port?.closed).toBe(false);
    port?.answer(2, ok(FOUND));
    expect(await Promise.all(answers)).toEqual([ok([]), ok(FOUND), ok([]), ok([])]);
    expect(port?.closed).toBe(true);
    // A request in a later task goes at once again.
    void ask('page.analyze', { run: 'r-1', text: 'e' });
    expect(ports[1]?.posted).toEqual([analyzeRequest(5, 'e')]);
  });

  test('a port that closes under its requests answers them as lost; the next opens another', async () => {
    const { runtime, ports } = fakeRuntime();
    const ask = portAsk(runtime, fallback().ask, 1000);
    const answer = ask('page.analyze', { run: 'r-1', text: 'x' });
    ports[0]?.drop();
    expect(await answer).toMatchObject({ ok: false, error: { code: 'no-background' } });
    const again = ask('page.analyze', { run: 'r-1', text: 'x' });
    expect(ports).toHaveLength(2);
    ports[1]?.answer(2, ok(FOUND));
    expect(await again).toEqual(ok(FOUND));
  });

  test('an answer of the wrong shape is taken as no answer', async () => {
    const { runtime, ports } = fakeRuntime();
    const ask = portAsk(runtime, fallback().ask, 1000);
    const answer = ask('page.analyze', { run: 'r-1', text: 'x' });
    ports[0]?.answer(1, { ok: true, value: 'not findings' } as unknown as Result<Finding[]>);
    expect(await answer).toMatchObject({ ok: false, error: { code: 'no-background' } });
  });

  test('an answer that does not come in time is lost', async () => {
    vi.useFakeTimers();
    try {
      const { runtime, ports } = fakeRuntime();
      const ask = portAsk(runtime, fallback().ask, 1000);
      const answer = ask('page.analyze', { run: 'r-1', text: 'x' });
      vi.advanceTimersByTime(1001);
      expect(await answer).toMatchObject({ ok: false, error: { code: 'no-background' } });
      expect(ports[0]?.closed).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  test('other requests, and every request where no port can be opened, go as one-time messages', async () => {
    const { runtime, ports } = fakeRuntime();
    const { ask: oneTime, asked } = fallback();
    await portAsk(runtime, oneTime, 1000)('page.setup', {} as never);
    expect(asked).toEqual(['page.setup']);
    expect(ports).toHaveLength(0);
    await portAsk({}, oneTime, 1000)('page.analyze', { run: 'r-1', text: 'x' });
    const failing: PortRuntimeLike = {
      connect() {
        throw new Error('no background');
      },
    };
    await portAsk(failing, oneTime, 1000)('page.analyze', { run: 'r-1', text: 'x' });
    expect(asked).toEqual(['page.setup', 'page.analyze', 'page.analyze']);
  });
});
