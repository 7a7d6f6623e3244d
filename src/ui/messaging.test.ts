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
});
