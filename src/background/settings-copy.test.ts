import { describe, expect, test, vi } from 'vitest';
import { defaultSettings, type ReaderSettings } from '../shared/settings';
import { settingsCopy } from './settings-copy';

/** A session storage area over a Map, whose `set` can be made to fail. */
function area() {
  const items = new Map<string, unknown>();
  const state = { failSet: false };
  return {
    items,
    state,
    get: vi.fn(async (key: string) => (items.has(key) ? { [key]: items.get(key) } : {})),
    set: vi.fn(async (values: Record<string, unknown>) => {
      if (state.failSet) throw new Error('quota');
      for (const [k, v] of Object.entries(values)) items.set(k, structuredClone(v));
    }),
    remove: vi.fn(async (key: string) => void items.delete(key)),
  };
}

/** A record read that waits until `release` gives it the defaults. */
function slowRecord() {
  let release = (): void => undefined;
  const record = vi.fn(
    () =>
      new Promise<ReaderSettings>((done) => {
        release = () => done(defaultSettings());
      }),
  );
  return { record, release: () => release() };
}

const contrast = (): ReaderSettings => ({ ...defaultSettings(), scheme: 'high-contrast' });
const neverOn = (host: string): ReaderSettings => ({ ...defaultSettings(), neverRun: [host] });

describe('settingsCopy', () => {
  test('the first read comes from the record and is copied; the next from the copy', async () => {
    const session = area();
    const record = vi.fn(async () => contrast());
    const settings = settingsCopy(session, record);
    expect(await settings.read()).toEqual(contrast());
    expect(session.items.get('settings')).toEqual(contrast());
    expect(await settings.read()).toEqual(contrast());
    expect(record).toHaveBeenCalledTimes(1);
  });

  test('a copy left by an earlier worker is read without the record', async () => {
    const session = area();
    session.items.set('settings', neverOn('shop.example'));
    const record = vi.fn(async () => defaultSettings());
    expect(await settingsCopy(session, record).read()).toEqual(neverOn('shop.example'));
    expect(record).not.toHaveBeenCalled();
  });

  test('stored settings replace the copy', async () => {
    const session = area();
    const settings = settingsCopy(session, async () => defaultSettings());
    await settings.read();
    await settings.remember(neverOn('shop.example'));
    expect(await settings.read()).toEqual(neverOn('shop.example'));
  });

  test('a damaged copy is not trusted: the record is read and copied again', async () => {
    const session = area();
    session.items.set('settings', { scheme: 'high-contrast' });
    const settings = settingsCopy(session, async () => contrast());
    expect(await settings.read()).toEqual(contrast());
    expect(session.items.get('settings')).toEqual(contrast());
  });

  test('a record read while new settings were stored is not copied over them', async () => {
    const session = area();
    const { record, release } = slowRecord();
    const settings = settingsCopy(session, record);
    const reading = settings.read();
    await vi.waitFor(() => expect(record).toHaveBeenCalled());
    await settings.remember(neverOn('shop.example'));
    release();
    expect(await reading).toEqual(defaultSettings());
    expect(session.items.get('settings')).toEqual(neverOn('shop.example'));
    expect(await settings.read()).toEqual(neverOn('shop.example'));
  });

  test('a worker stopped between the record’s write and the copy’s leaves no stale copy', async () => {
    const session = area();
    let record = contrast();
    const settings = settingsCopy(session, async () => record);
    expect(await settings.read()).toEqual(contrast());
    await settings.forget();
    record = neverOn('shop.example'); // stored; the worker stops before remember()
    const nextWorker = settingsCopy(session, async () => record);
    expect(await nextWorker.read()).toEqual(neverOn('shop.example'));
  });

  test('a record read while the copy was dropped for new settings is not copied', async () => {
    const session = area();
    const { record, release } = slowRecord();
    const settings = settingsCopy(session, record);
    const reading = settings.read();
    await vi.waitFor(() => expect(record).toHaveBeenCalled());
    await settings.forget();
    release();
    await reading;
    expect(session.items.has('settings')).toBe(false);
  });

  test('a copy that cannot be written is removed rather than left out of step', async () => {
    const session = area();
    const settings = settingsCopy(session, async () => defaultSettings());
    await settings.remember(contrast());
    session.state.failSet = true;
    await settings.remember(neverOn('shop.example'));
    expect(session.items.has('settings')).toBe(false);
  });

  test('an unreadable session area falls back to the record', async () => {
    const session = area();
    session.get.mockRejectedValue(new Error('gone'));
    expect(await settingsCopy(session, async () => contrast()).read()).toEqual(contrast());
  });

  test('without storage.session every read is the record’s', async () => {
    const record = vi.fn(async () => contrast());
    const settings = settingsCopy(undefined, record);
    await settings.remember(defaultSettings());
    expect(await settings.read()).toEqual(contrast());
    expect(await settings.read()).toEqual(contrast());
    expect(record).toHaveBeenCalledTimes(2);
  });
});
