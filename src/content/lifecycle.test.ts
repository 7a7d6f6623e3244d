// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import type { Finding } from '../engine/types';
import type { Result } from '../shared/result';
import { AHEAD, type EngineRun } from './analysis-run';
import { fakeHighlightEnv, highlightTexts } from './highlight-fakes';
import { Highlighter } from './highlighter';
import {
  installContent,
  startContent,
  type ContentDeps,
  type ContentGlobal,
  type MessageListener,
  type PageView,
  type RuntimeLike,
} from './lifecycle';
import { ARTICLE_PAGE } from './test-pages';

const ID = 'whosaid@example';

/** A port double: `drop()` closes it from the other end. */
function fakePort() {
  const onDisconnect = new Set<() => void>();
  const port = {
    closedByUs: false,
    onDisconnect: { addListener: (l: () => void) => void onDisconnect.add(l) },
    disconnect: () => void (port.closedByUs = true),
    drop: () => onDisconnect.forEach((l) => l()),
  };
  return port;
}

/** A runtime double: records listeners; `send` delivers a message as the browser would. */
function fakeRuntime() {
  const listeners = new Set<MessageListener>();
  const ports: ReturnType<typeof fakePort>[] = [];
  /** What the content script told the background. */
  const told: unknown[] = [];
  const runtime = {
    id: ID as string | undefined,
    sendMessage: (message: unknown) => {
      told.push(message);
      return Promise.resolve({ ok: true, value: null });
    },
    onMessage: {
      addListener: (l: MessageListener) => void listeners.add(l),
      removeListener: (l: MessageListener) => void listeners.delete(l),
    },
    connect: ({ name }: { name: string }) => {
      if (runtime.id === undefined) throw new Error('Extension context invalidated.');
      if (name !== 'whosaid-content') throw new Error(`unexpected port ${name}`);
      const port = fakePort();
      ports.push(port);
      return port;
    },
  };
  const send = async (message: unknown, sender: { id?: string } = { id: ID }) => {
    const [listener] = [...listeners];
    if (listener === undefined) throw new Error('Could not establish connection.');
    return (await listener(message, sender)) as Result<unknown>;
  };
  return {
    runtime: runtime as RuntimeLike & { id: string | undefined },
    listeners,
    send,
    told,
    ports,
  };
}

/** A tiny stand-in engine so these tests do not depend on the real one. */
function fakeAnalyze(calls: string[]) {
  return (text: string): Finding[] => {
    calls.push(text);
    const out: Finding[] = [];
    for (const [word, kind] of [
      ['said', 'attribution'],
      ['reportedly', 'hedge'],
    ] as const) {
      for (const m of text.matchAll(new RegExp(`\\b${word}\\b`, 'g'))) {
        out.push({ start: m.index, end: m.index + word.length, kind, why: 'test' });
      }
    }
    return out;
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const msg = (type: string, payload: unknown = {}) => ({ ws: 1, type, payload });

let doc: Document;
let env: ReturnType<typeof fakeHighlightEnv>;
let calls: string[];
let rt: ReturnType<typeof fakeRuntime>;

function deps(overrides: Partial<ContentDeps> = {}): ContentDeps {
  return {
    runtime: rt.runtime,
    document: doc,
    analyze: fakeAnalyze(calls),
    highlighter: new Highlighter(env),
    MutationObserver,
    debounceMs: 20,
    maxWaitMs: 200,
    ...overrides,
  };
}

const article = (): Element => doc.querySelector('article') as Element;
const addParagraph = (parent: Element, text: string): void => {
  const p = doc.createElement('p');
  p.textContent = text;
  parent.append(p);
};

beforeEach(() => {
  doc = new DOMParser().parseFromString(ARTICLE_PAGE, 'text/html');
  env = fakeHighlightEnv();
  calls = [];
  rt = fakeRuntime();
});

describe('messages', () => {
  test('answers ping with the protocol version', async () => {
    startContent(deps());
    expect(await rt.send(msg('content.ping'))).toEqual({ ok: true, value: { version: 1 } });
  });

  test('refuses messages from anyone but our extension', async () => {
    startContent(deps());
    for (const sender of [{ id: 'other@example' }, {}]) {
      const answer = await rt.send(msg('content.analyze'), sender);
      expect(answer).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    expect(calls).toHaveLength(0);
    expect(env.registry.size).toBe(0);
  });

  test.each([
    ['null', null],
    ['a string', 'content.analyze'],
    ['no ws mark', { type: 'content.ping', payload: {} }],
    ['another ws', { ws: 2, type: 'content.ping', payload: {} }],
    ['an unknown type', msg('content.rewrite')],
    ['a background type', msg('tab.run', { tabId: 1 })],
    ['a payload where none is expected', msg('content.analyze', { html: '<b>x</b>' })],
    ['no payload', { ws: 1, type: 'content.ping' }],
    ['an extra key', { ...msg('content.ping'), extra: true }],
    [
      'a prototype key',
      JSON.parse('{"ws":1,"type":"content.ping","payload":{"__proto__":{"x":1}}}'),
    ],
  ])('rejects %s with a readable error', async (_name, message) => {
    startContent(deps());
    const answer = await rt.send(message);
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toMatch(/invalid-message|unknown-message/);
      expect(answer.error.message.length).toBeGreaterThan(5);
    }
    expect(calls).toHaveLength(0);
  });

  test('analyze extracts, highlights and summarises; summary and clear follow', async () => {
    startContent(deps());
    expect(await rt.send(msg('content.summary'))).toEqual({ ok: true, value: null });
    const answer = await rt.send(msg('content.analyze'));
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const text = calls[0] ?? '';
    expect(answer.value).toMatchObject({
      url: doc.URL,
      title: 'Council votes to close Elm Street library',
      counts: { attribution: 2, unnamed: 0, agentless: 0, hedge: 1 }, // "officials said", "said Maria Lopez"
      textLength: text.length,
      highlighted: true,
    });
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['reportedly']);
    expect((answer.value as { ms: number }).ms).toBeGreaterThanOrEqual(0);

    expect(await rt.send(msg('content.clear'))).toEqual({ ok: true, value: null });
    expect(env.registry.size).toBe(0);
    const after = await rt.send(msg('content.summary'));
    expect(after).toMatchObject({
      ok: true,
      value: { highlighted: false, textLength: text.length },
    });
  });

  test('analysing twice is harmless', async () => {
    startContent(deps());
    const a = await rt.send(msg('content.analyze'));
    const b = await rt.send(msg('content.analyze'));
    expect(b).toMatchObject({
      ok: true,
      value: { counts: (a as { value: { counts: object } }).value.counts },
    });
    expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual(['reportedly']);
  });

  test('on a page without findings the notes are placed after the next frame, not before it', async () => {
    const frames: (() => void)[] = [];
    const placed: unknown[] = [];
    const notes = { update: (x: unknown) => void placed.push(x), clear: () => undefined };
    startContent(
      deps({
        analyze: () => [],
        afterFrame: (callback) => void frames.push(callback),
        notes: notes as unknown as ContentDeps['notes'],
      }),
    );
    expect(await rt.send(msg('content.analyze'))).toMatchObject({ ok: true });
    await wait(5);
    // Nothing to paint, so the run did not wait for a frame: the notes' work must not go
    // before it (a timer set now would run ahead of the next frame).
    expect(placed).toHaveLength(0);
    frames.splice(0).forEach((f) => f());
    await wait(5);
    expect(placed).toHaveLength(1);
  });

  test('on a page with findings the notes are placed once the run’s frame has passed', async () => {
    const placed: unknown[] = [];
    const notes = { update: (x: unknown) => void placed.push(x), clear: () => undefined };
    startContent(
      deps({
        afterFrame: (callback) => void setTimeout(callback, 0),
        notes: notes as unknown as ContentDeps['notes'],
      }),
    );
    expect(await rt.send(msg('content.analyze'))).toMatchObject({ ok: true });
    expect(placed).toHaveLength(0);
    await wait(5);
    expect(placed).toHaveLength(1);
  });

  test('an engine failure comes back as an error, not an exception', async () => {
    startContent(
      deps({
        analyze: () => {
          throw new Error('boom');
        },
      }),
    );
    const answer = await rt.send(msg('content.analyze'));
    expect(answer).toMatchObject({ ok: false, error: { code: 'analysis-failed' } });
  });
});

describe('following the article', () => {
  test('re-analyses (debounced) when the article changes, with fresh ranges', async () => {
    const c = startContent(deps());
    await c.analyze();
    addParagraph(article(), 'The mayor reportedly objected.');
    addParagraph(article(), 'Another line, the clerk said.');
    // Polled, not timed: a loaded machine may take longer than the debounce to get there.
    await vi.waitFor(
      () => {
        expect(calls).toHaveLength(2);
        expect(highlightTexts(env.registry.get('whosaid-hedge'))).toEqual([
          'reportedly',
          'reportedly',
        ]);
        expect(c.summary()?.counts.hedge).toBe(2);
      },
      { timeout: 10_000, interval: 10 },
    );
    expect(calls[1]).toContain('The mayor reportedly objected.');
    // The background asked for the first analysis and has its answer; the re-analysis it is told.
    expect(rt.told).toEqual([msg('page.summary', { summary: c.summary() })]);
  });

  test('ignores changes outside the article and to our own UI', async () => {
    const c = startContent(deps());
    await c.analyze();
    addParagraph(doc.querySelector('footer') as Element, 'Footer reportedly changed.');
    const ours = doc.createElement('div');
    ours.setAttribute('data-whosaid', 'panel');
    article().append(ours);
    ours.textContent = 'Our panel text said';
    await wait(80);
    expect(calls).toHaveLength(1);
  });

  test('clear stops following changes and leaves the page as it was', async () => {
    const before = new XMLSerializer().serializeToString(doc);
    const c = startContent(deps());
    await c.analyze();
    c.clear();
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
    addParagraph(article(), 'Later it was reportedly changed.');
    await wait(80);
    expect(calls).toHaveLength(1);
    expect(env.registry.size).toBe(0);
  });

  test('an orphan (extension reloaded) cleans up quietly on the next change', async () => {
    const c = startContent(deps());
    await c.analyze();
    expect(env.registry.size).toBeGreaterThan(0);
    rt.runtime.id = undefined;
    addParagraph(article(), 'It reportedly changed.');
    // (the change is noticed after the lifecycle's debounce: slower on a loaded machine)
    for (let t = 0; t < 2000 && env.registry.size > 0; t += 20) await wait(20);
    expect(calls).toHaveLength(1);
    expect(env.registry.size).toBe(0);
    expect(rt.listeners.size).toBe(0);
    expect(c.alive()).toBe(false);
  });
});

describe('an extension reload under the page', () => {
  test('the port closing with the runtime gone clears the highlights at once', async () => {
    const c = startContent(deps());
    await c.analyze();
    expect(rt.ports).toHaveLength(1);
    expect(env.registry.size).toBeGreaterThan(0);
    rt.runtime.id = undefined;
    rt.ports[0]?.drop();
    // At once: no change to the page, no timer.
    expect(env.registry.size).toBe(0);
    expect(rt.listeners.size).toBe(0);
    expect(c.alive()).toBe(false);
    expect(rt.ports).toHaveLength(1);
  });

  test('the worker going idle closes the port: the script does not wake it again, it watches its runtime', async () => {
    vi.useFakeTimers();
    try {
      const c = startContent(deps());
      const analysed = c.analyze();
      await vi.runAllTimersAsync();
      await analysed;
      rt.ports[0]?.drop(); // the worker went idle
      vi.advanceTimersByTime(120_000);
      // No new port: connecting would start the worker again every half minute.
      expect(rt.ports).toHaveLength(1);
      expect(env.registry.size).toBeGreaterThan(0);
      expect(c.alive()).toBe(true);
      // The extension is reloaded later: the highlights go within a second.
      rt.runtime.id = undefined;
      vi.advanceTimersByTime(1000);
      expect(env.registry.size).toBe(0);
      expect(c.alive()).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  test('disposed, the script closes its port and stops watching', async () => {
    vi.useFakeTimers();
    try {
      const c = startContent(deps());
      c.dispose();
      expect(rt.ports[0]?.closedByUs).toBe(true);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('a long article', () => {
  test('is read, analysed and painted in many slices, yielding to the page between them', async () => {
    const article = doc.querySelector('article') as Element;
    for (let i = 0; i < 2000; i++) {
      addParagraph(article, `Paragraph ${i}: the clerk said the count was reportedly close.`);
    }
    let yields = 0;
    const c = startContent(
      deps({
        sliceMs: 0,
        yieldNow: () => {
          yields++;
          return Promise.resolve();
        },
      }),
    );
    const summary = await c.analyze();
    const stats = c.stats();
    expect(summary.textLength).toBeGreaterThan(3 * 32_768);
    // One engine call per part, each in a slice of its own.
    expect(calls.length).toBe(stats?.parts);
    expect(calls.length).toBeGreaterThanOrEqual(4);
    for (const text of calls) expect(text.length).toBeLessThanOrEqual(3 * 32_768);
    expect(yields).toBeGreaterThan(calls.length);
    expect(stats).toMatchObject({ done: true, findings: 4000 + 3 });
    // More than are painted at once: the summary says how many are shown.
    expect(stats?.ranges).toBeLessThanOrEqual(2000);
    expect(summary.painted).toBe(stats?.painted);
    expect(summary.painted).toBeLessThan(4003);
    expect(stats?.slices).toBe(yields + 1);
    expect(summary.counts).toEqual({ attribution: 2002, unnamed: 0, agentless: 0, hedge: 2001 });
  });

  test('clearing during the analysis stops it and leaves nothing shown', async () => {
    const article = doc.querySelector('article') as Element;
    for (let i = 0; i < 1500; i++) addParagraph(article, `Paragraph ${i}, it reportedly said.`);
    let c: ReturnType<typeof startContent> | null = null;
    let yields = 0;
    c = startContent(
      deps({
        sliceMs: 0,
        yieldNow: async () => {
          if (++yields === 20) c?.clear();
        },
      }),
    );
    await expect(c.analyze()).rejects.toMatchObject({ name: 'AbortError' });
    expect(env.registry.size).toBe(0);
    expect(c.stats()?.done).toBe(false);
  });
});

describe('an engine that answers later (in the background)', () => {
  /** `fakeAnalyze` answering after `ms`, with the runs it was asked for and the most in flight. */
  function later(ms: number) {
    const local = fakeAnalyze(calls);
    const seen = { runs: [] as string[], inFlight: 0, most: 0 };
    const analyze = (text: string, run: EngineRun) => {
      seen.runs.push(run.id);
      seen.most = Math.max(seen.most, ++seen.inFlight);
      return new Promise<Finding[]>((resolve) =>
        setTimeout(() => {
          seen.inFlight--;
          resolve(local(text));
        }, ms),
      );
    };
    return { analyze, seen };
  }

  test('finds what an engine at once finds, asking a few parts ahead, one run per analysis', async () => {
    const article = doc.querySelector('article') as Element;
    for (let i = 0; i < 4000; i++) {
      addParagraph(article, `Paragraph ${i}: the clerk said the count was reportedly close.`);
    }
    const atOnce = startContent(deps());
    const expected = await atOnce.analyze();
    const shown = () => [...env.registry].map(([name, h]) => [name, highlightTexts(h)]);
    const expectedHighlights = shown();
    atOnce.dispose();
    const parts = calls.length;
    calls.length = 0;
    env = fakeHighlightEnv();
    const { analyze, seen } = later(5);
    // Fewer ahead than the extension asks (`AHEAD`, 31), so that this page has more parts.
    const ahead = 3;
    expect(AHEAD).toBeGreaterThan(ahead);
    const c = startContent({ ...deps({ analyze }), ahead });
    const summary = await c.analyze();
    expect(summary.counts).toEqual(expected.counts);
    expect(summary.painted).toBe(expected.painted);
    expect(shown()).toEqual(expectedHighlights);
    expect(calls).toHaveLength(parts);
    // The next parts are asked for while one is awaited, never more than `ahead` beyond it.
    expect(parts).toBeGreaterThan(ahead + 1);
    expect(seen.most).toBeGreaterThan(1);
    expect(seen.most).toBeLessThanOrEqual(ahead + 1);
    // Every part of one analysis under one name; the next analysis has another.
    expect(new Set(seen.runs).size).toBe(1);
    c.clear();
    await c.analyze();
    expect(new Set(seen.runs).size).toBe(2);
    // A wait for the engine ends the slice: each part is painted in a slice (a task) of its own.
    expect(c.stats()?.slices).toBeGreaterThanOrEqual(parts);
  });

  test('a one-part article is not measured (it is put up at once); a long one is, before it is asked for', async () => {
    const { analyze } = later(5);
    const order: string[] = [];
    const asking = (text: string, run: EngineRun) => {
      order.push('ask');
      return analyze(text, run);
    };
    const measure = () => {
      order.push('measure');
      return { top: 0, bottom: 10 };
    };
    const c = startContent(deps({ analyze: asking, measure }));
    const one = await c.analyze();
    expect(calls).toHaveLength(1);
    // Its findings go up together whatever their order: where the reader is changes nothing.
    expect(order).toEqual(['ask']);
    expect(one.counts.attribution).toBeGreaterThan(0);
    c.clear();
    for (let i = 0; i < 2000; i++) {
      addParagraph(article(), `Paragraph ${i}: the clerk said the count was reportedly close.`);
    }
    order.length = 0;
    calls.length = 0;
    await c.analyze();
    expect(calls.length).toBeGreaterThan(1);
    // Several parts: where the reader is decides which is asked first.
    expect(order[0]).toBe('measure');
  });

  test('a one-part article with more findings than the cap is measured once answered: the reader’s place picks those shown', async () => {
    const order: string[] = [];
    // 2,500 findings on one word each (the cap is 2,000 ranges): the painted ones are those from
    // the reader's place on, then the nearest before it.
    const crowded = (text: string): Promise<Finding[]> => {
      order.push('ask');
      const words = [...text.matchAll(/\S+/g)];
      const out: Finding[] = [];
      for (let i = 0; i < 2500; i++) {
        const m = words[i % words.length] as RegExpMatchArray;
        const start = m.index as number;
        out.push({ start, end: start + m[0].length, kind: 'hedge', why: 'test' });
      }
      out.sort((a, b) => a.start - b.start);
      return new Promise((resolve) => setTimeout(() => resolve(out), 5));
    };
    const measure = () => {
      order.push('measure');
      return { top: 0, bottom: 10 };
    };
    const c = startContent(deps({ analyze: crowded, measure }));
    const summary = await c.analyze();
    expect(order[0]).toBe('ask');
    expect(order).toContain('measure');
    expect(summary.painted).toBe(2000);
  });

  test('an engine that says it answers later is asked in the slice that read the page', async () => {
    /** The pauses before the first request, with an engine that says it answers later or not. */
    const pausesBeforeAsking = async (declared: boolean): Promise<number> => {
      const { analyze } = later(1);
      let pauses = 0;
      let atAsk = -1;
      const asking = (text: string, run: EngineRun) => {
        if (atAsk < 0) atAsk = pauses;
        return analyze(text, run);
      };
      const engine = declared ? Object.assign(asking, { answersLater: true }) : asking;
      const yieldNow = () => {
        pauses++;
        return Promise.resolve();
      };
      // Slices of no time: every step of the reading is a slice of its own.
      const c = startContent(deps({ analyze: engine, yieldNow, sliceMs: 0 }));
      await c.analyze();
      c.dispose();
      return atAsk;
    };
    const undeclared = await pausesBeforeAsking(false);
    expect(undeclared).toBeGreaterThan(0);
    expect(await pausesBeforeAsking(true)).toBe(undeclared - 1);
  });

  test('clearing while an answer is awaited stops the analysis at once, nothing shown', async () => {
    const never = (text: string, run: EngineRun) => {
      calls.push(text);
      return new Promise<Finding[]>((_resolve, reject) =>
        run.signal.addEventListener('abort', () => reject(run.signal.reason as Error)),
      );
    };
    const c = startContent(deps({ analyze: never }));
    const analysis = c.analyze();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    c.clear();
    await expect(analysis).rejects.toMatchObject({ name: 'AbortError' });
    expect(env.registry.size).toBe(0);
  });

  test('an engine that cannot answer: the popup is told in the engine’s words', async () => {
    const failing = () => Promise.reject(new Error('Who Said isn’t responding.'));
    startContent(deps({ analyze: failing }));
    expect(await rt.send(msg('content.analyze'))).toMatchObject({
      ok: false,
      error: { code: 'analysis-failed', message: expect.stringContaining('isn’t responding') },
    });
    expect(env.registry.size).toBe(0);
  });
});

describe('installing once per page', () => {
  test('a second injection keeps the running instance', () => {
    const scope: ContentGlobal = {};
    const first = installContent(scope, deps());
    const second = installContent(scope, deps());
    expect(second).toBe(first);
    expect(rt.listeners.size).toBe(1);
  });

  test('analyses on its own when it starts, and tells the background', async () => {
    const c = installContent({}, deps());
    await vi.waitFor(() => expect(rt.told).toHaveLength(1));
    expect(calls).toHaveLength(1);
    expect(env.registry.size).toBeGreaterThan(0);
    // Nobody asked: the background is told what the page shows, about this page only.
    expect(rt.told).toEqual([msg('page.summary', { summary: c.summary() })]);
    expect(JSON.stringify(rt.told)).not.toMatch(/tabId/);
  });

  test('a content.analyze arriving while it starts joins that analysis', async () => {
    installContent({}, deps());
    const answer = await rt.send(msg('content.analyze'));
    expect(answer.ok).toBe(true);
    expect(calls).toHaveLength(1);
  });

  /** A reader's layer whose setup answers when the test says so. */
  function slowView() {
    let answer: (yes: boolean) => void = () => undefined;
    const setup = new Promise<boolean>((resolve) => (answer = resolve));
    const view: PageView = {
      prepare: () => setup,
      begin: () => undefined,
      present: (found) => [...found],
      represent: () => [],
      attach: () => undefined,
      detach: () => undefined,
      ledger: () => Promise.resolve(null),
      reveal: () => ({ ok: false, error: { code: 'not-found', message: 'none' } }),
    };
    return { view, answer };
  }

  test('reads the page while the setup goes; an engine on the page’s thread waits for it, nothing shown', async () => {
    const { view, answer } = slowView();
    const c = installContent({}, deps({ view }));
    await vi.waitFor(() => expect(c.stats()).not.toBeNull());
    await wait(30);
    expect(calls).toHaveLength(0);
    expect(env.registry.size).toBe(0);
    expect(rt.told).toHaveLength(0);
    answer(true);
    await vi.waitFor(() => expect(rt.told).toHaveLength(1));
    expect(env.registry.size).toBeGreaterThan(0);
  });

  /** `fakeAnalyze` as the background's engine: it says it answers later, and does. */
  function backgroundLike() {
    const local = fakeAnalyze(calls);
    return Object.assign((text: string) => Promise.resolve(local(text)), {
      answersLater: true as const,
    });
  }

  test('an engine that answers later is asked while the setup goes; nothing shown before it is there', async () => {
    const { view, answer } = slowView();
    const c = installContent({}, deps({ view, analyze: backgroundLike() }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    await wait(30);
    expect(env.registry.size).toBe(0);
    expect(rt.told).toHaveLength(0);
    expect(c.summary()).toBeNull();
    answer(true);
    await vi.waitFor(() => expect(rt.told).toHaveLength(1));
    expect(env.registry.size).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
  });

  test('a setup that says no after the engine was asked: its answer is not shown', async () => {
    const { view, answer } = slowView();
    const c = installContent({}, deps({ view, analyze: backgroundLike() }));
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    answer(false);
    await wait(30);
    expect(env.registry.size).toBe(0);
    expect(rt.told).toHaveLength(0);
    expect(c.summary()).toBeNull();
  });

  test('a setup that says no stops the run: nothing shown, nothing told', async () => {
    const { view, answer } = slowView();
    const c = installContent({}, deps({ view }));
    await vi.waitFor(() => expect(c.stats()).not.toBeNull());
    answer(false);
    await wait(30);
    expect(calls).toHaveLength(0);
    expect(env.registry.size).toBe(0);
    expect(rt.told).toHaveLength(0);
    expect(c.summary()).toBeNull();
  });

  test('replaces an orphaned instance left by an extension reload', async () => {
    const scope: ContentGlobal = {};
    const old = installContent(scope, deps());
    const oldRuntime = rt;
    oldRuntime.runtime.id = undefined; // the old context is gone
    rt = fakeRuntime();
    const fresh = installContent(scope, deps());
    expect(fresh).not.toBe(old);
    expect(scope.__whoSaidContent).toBe(fresh);
    expect(oldRuntime.listeners.size).toBe(0);
    expect(await rt.send(msg('content.ping'))).toMatchObject({ ok: true });
  });
});
