import { describe, expect, test } from 'vitest';
import { createClient } from './messaging';

describe('createClient', () => {
  test('sends an envelope and returns the answer', async () => {
    const sent: unknown[] = [];
    const client = createClient(async (message) => {
      sent.push(message);
      return { ok: true, value: [] };
    });
    expect(await client.request('notes.search', { query: 'x' })).toEqual({ ok: true, value: [] });
    expect(sent).toEqual([{ ws: 1, type: 'notes.search', payload: { query: 'x' } }]);
  });

  test('passes on an error Result', async () => {
    const client = createClient(async () => ({ ok: false, error: { code: 'x', message: 'Y.' } }));
    expect(await client.request('tab.run', { tabId: 1 })).toEqual({
      ok: false,
      error: { code: 'x', message: 'Y.' },
    });
  });

  test.each([
    ['no answer', async () => undefined],
    ['a malformed answer', async () => ({ ok: 'yes' })],
    ['a failed send', async () => Promise.reject(new Error('Receiving end does not exist.'))],
  ])('turns %s into a readable error', async (_name, send) => {
    const client = createClient(send);
    expect(await client.request('tab.run', { tabId: 1 })).toMatchObject({
      ok: false,
      error: { code: 'no-background' },
    });
  });

  test('asks a safe request once more when the send fails (the worker was stopped)', async () => {
    let calls = 0;
    const client = createClient(async () => {
      calls += 1;
      if (calls === 1)
        throw new Error(
          'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
        );
      return { ok: true, value: null };
    });
    expect(await client.request('tab.summary', { tabId: 1 })).toEqual({ ok: true, value: null });
    expect(calls).toBe(2);
  });

  test('a save is asked once more: its note id and base version make it the same write', async () => {
    let calls = 0;
    const note = { id: 'n1', title: 't', body: 'b', url: 'https://example.com/a' };
    const client = createClient(async (message) => {
      calls += 1;
      if (calls === 1) throw new Error('Could not establish connection.');
      return { ok: true, value: (message as { payload: { note: unknown } }).payload.note };
    });
    expect(await client.request('notes.save', { note })).toEqual({ ok: true, value: note });
    expect(calls).toBe(2);
  });

  test('asks only once more, and never repeats a request that is not safe to repeat', async () => {
    let calls = 0;
    const failing = createClient(async () => {
      calls += 1;
      throw new Error('Receiving end does not exist.');
    });
    expect(await failing.request('tab.run', { tabId: 1 })).toMatchObject({
      error: { code: 'no-background' },
    });
    expect(calls).toBe(2);
    calls = 0;
    expect(await failing.request('notes.delete', { id: 'n1' })).toMatchObject({
      error: { code: 'no-background' },
    });
    expect(calls).toBe(1);
  });
});
