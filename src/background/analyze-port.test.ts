import { describe, expect, test } from 'vitest';
import type { Finding } from '../engine/types';
import type { AnalyzePortAnswer } from '../shared/messages';
import { ok, type Result } from '../shared/result';
import { MAX_BATCH, serveAnalyzePort } from './analyze-port';
import type { EngineService } from './engine-service';

/** An engine service that records its requests and answers each with one finding at 0. */
function fakeEngine() {
  const asked: Array<{ tabId: number; run: string; text: string }> = [];
  const engine: EngineService = {
    analyze(tabId, run, text) {
      asked.push({ tabId, run, text });
      const found: Finding[] = [{ start: 0, end: text.length, kind: 'hedge', why: text }];
      return Promise.resolve(ok(found));
    },
    warmUp: () => undefined,
    stopWarmUp: () => undefined,
  };
  return { engine, asked };
}

/** A port: `send` delivers a message to the listener; `posted` is what was answered. */
function fakePort(closed = false) {
  const listeners: Array<(message: unknown) => void> = [];
  const posted: AnalyzePortAnswer[] = [];
  return {
    posted,
    send: (message: unknown) => listeners.forEach((l) => l(message)),
    onMessage: { addListener: (l: (message: unknown) => void) => void listeners.push(l) },
    postMessage(message: AnalyzePortAnswer) {
      if (closed) throw new Error('Attempting to use a disconnected port object');
      posted.push(message);
    },
  };
}

const request = (id: unknown, text: string, type = 'page.analyze') => ({
  id,
  request: { ws: 1, type, payload: { run: 'r-1', text } },
});
const settle = () => new Promise((done) => setTimeout(done, 0));
const hedge = (text: string): Result<Finding[]> =>
  ok([{ start: 0, end: text.length, kind: 'hedge', why: text }]);

describe('page.analyze on a port, in the background', () => {
  test('each request is analysed for the port’s tab and answered under its id', async () => {
    const { engine, asked } = fakeEngine();
    const port = fakePort();
    serveAnalyzePort(port, 7, engine);
    port.send(request(4, 'one'));
    port.send(request(9, 'two'));
    await settle();
    expect(asked).toEqual([
      { tabId: 7, run: 'r-1', text: 'one' },
      { tabId: 7, run: 'r-1', text: 'two' },
    ]);
    expect(port.posted).toEqual([
      { id: 4, answer: hedge('one') },
      { id: 9, answer: hedge('two') },
    ]);
  });

  test('a batch is queued request by request, in its order, up to MAX_BATCH', async () => {
    const { engine, asked } = fakeEngine();
    const port = fakePort();
    serveAnalyzePort(port, 2, engine);
    const texts = Array.from({ length: MAX_BATCH + 3 }, (_, i) => `part ${i}`);
    port.send({ batch: texts.map((t, i) => request(i + 1, t)) });
    await settle();
    expect(asked.map((a) => a.text)).toEqual(texts.slice(0, MAX_BATCH));
    expect(port.posted.map((p) => p.id)).toEqual(texts.slice(0, MAX_BATCH).map((_, i) => i + 1));
  });

  test('a request that is not a valid page.analyze is refused in words and never analysed', async () => {
    const { engine, asked } = fakeEngine();
    const port = fakePort();
    serveAnalyzePort(port, 2, engine);
    port.send(request(1, 'x'.repeat(100_001)));
    port.send({ id: 2, request: { ws: 1, type: 'page.setup', payload: {} } });
    port.send(request(3, 'x', 'settings.get'));
    port.send({ id: 4, request: 'page.analyze' });
    // Without a usable id nothing can be answered.
    for (const id of [undefined, -1, 1.5, '5']) port.send(request(id, 'x'));
    port.send(null);
    await settle();
    expect(asked).toEqual([]);
    expect(port.posted.map((p) => [p.id, p.answer.ok ? null : p.answer.error.code])).toEqual([
      [1, 'invalid-message'],
      [2, 'forbidden'],
      [3, 'forbidden'],
      [4, 'invalid-message'],
    ]);
  });

  test('an answer for a port that closed meanwhile is dropped quietly', async () => {
    const { engine, asked } = fakeEngine();
    const port = fakePort(true);
    serveAnalyzePort(port, 2, engine);
    port.send(request(1, 'x'));
    await settle();
    expect(asked).toHaveLength(1);
    expect(port.posted).toEqual([]);
  });
});
