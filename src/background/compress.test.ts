import { describe, expect, test } from 'vitest';
import { gunzipText, gunzipTexts, gzipText, gzipTexts } from './compress';

describe('article texts, compressed', () => {
  const texts = ['', 'Officials said.', 'Ünïcödé “quotes” — 記者 😀 '.repeat(200)];

  test('one at a time through the browser streams, many at once through fflate: the same gzip', async () => {
    for (const text of texts) {
      const streamed = await gzipText(text);
      expect(gunzipTexts([streamed])).toEqual([text]);
      const [bulk] = gzipTexts([text]);
      expect(await gunzipText(bulk as Uint8Array)).toBe(text);
    }
  });

  test('news prose shrinks', async () => {
    const prose = 'The water board said repairs were delayed again, officials said. '.repeat(100);
    expect((await gzipText(prose)).length).toBeLessThan(prose.length / 3);
  });
});
