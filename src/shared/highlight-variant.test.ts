import { describe, expect, test } from 'vitest';
import { detectVariant, variantFor } from './highlight-variant';

describe('which style variant a browser gets', () => {
  test.each([
    [null, 'decorated'],
    [{ name: 'Firefox', version: '140.12.0' }, 'tint'],
    [{ name: 'Firefox', version: '141.0' }, 'tint'],
    [{ name: 'Firefox', version: '152.0.1' }, 'tint'],
    [{ name: 'Firefox', version: '153.8.0' }, 'decorated'],
    [{ name: 'Firefox', version: '160.0a1' }, 'decorated'],
    [{ name: 'Firefox', version: 'garbage' }, 'tint'],
  ] as const)('%j → %s', (info, variant) => {
    expect(variantFor(info)).toBe(variant);
  });

  test('Chromium has no getBrowserInfo: decorations', async () => {
    expect(await detectVariant({})).toBe('decorated');
  });

  test('Firefox says its version', async () => {
    const runtime = { getBrowserInfo: async () => ({ name: 'Firefox', version: '140.12.0' }) };
    expect(await detectVariant(runtime)).toBe('tint');
  });

  test('a failing getBrowserInfo gets the tints every version paints', async () => {
    const runtime = {
      getBrowserInfo: async (): Promise<{ name: string; version: string }> => {
        throw new Error('no');
      },
    };
    expect(await detectVariant(runtime)).toBe('tint');
  });
});
