import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, test } from 'vitest';
import { decisionKey, type DecisionInput, type FindingAnchor } from '../shared/decisions';
import { defaultSettings } from '../shared/settings';
import { readWhoSaidExport } from '../shared/formats/who-said-json';
import { LIMITS } from '../shared/validate';
import { deleteDecision, listDecisions, putDecision } from './corrections-store';
import { importAll, openDb } from './db';
import { createNotesService } from './notes-service';
import { getSettings, setSettings } from './settings-store';

const ARTICLE = 'https://news.example/story?utm_source=x#top';
const anchor = (quote: string): FindingAnchor => ({
  kind: 'attribution',
  quote,
  prefix: 'the council ',
  suffix: ' on Friday.',
});
const dismiss = (quote: string): DecisionInput => ({ anchor: anchor(quote), action: 'dismiss' });
let tick = Date.UTC(2026, 0, 1);
const clock = { now: () => new Date((tick += 1000)), uuid: () => crypto.randomUUID() };

describe('corrections store', () => {
  test('keeps one correction per finding, per article, under the normalised address', async () => {
    const db = await openDb(new IDBFactory());
    await putDecision(db, ARTICLE, dismiss('said'), clock);
    await putDecision(
      db,
      ARTICLE,
      { anchor: anchor('said'), action: 'reclassify', kind: 'hedge' },
      clock,
    );
    await putDecision(db, ARTICLE, dismiss('told'), clock);
    await putDecision(db, 'https://news.example/other', dismiss('said'), clock);
    const list = await listDecisions(db, 'https://news.example/story');
    expect(list.map((d) => [d.anchor.quote, d.action])).toEqual([
      ['said', 'reclassify'],
      ['told', 'dismiss'],
    ]);
    expect(list[0]).toMatchObject({
      url: 'https://news.example/story',
      key: decisionKey(anchor('said')),
      kind: 'hedge',
    });
    expect(await deleteDecision(db, ARTICLE, decisionKey(anchor('said')))).toBe(true);
    expect(await deleteDecision(db, ARTICLE, decisionKey(anchor('said')))).toBe(false);
    expect((await listDecisions(db, ARTICLE)).map((d) => d.anchor.quote)).toEqual(['told']);
    db.close();
  });

  test('an article holds a bounded number of corrections', async () => {
    const db = await openDb(new IDBFactory());
    const tx = db.transaction('decisions', 'readwrite');
    for (let i = 0; i < LIMITS.decisionsPerArticle; i++) {
      const a = anchor(`said ${i}`);
      void tx.store.put({
        anchor: a,
        action: 'dismiss',
        url: 'https://news.example/story',
        key: decisionKey(a),
        createdAt: '2026-01-01T00:00:00.000Z',
      });
    }
    await tx.done;
    const refused = await putDecision(db, ARTICLE, dismiss('one more'), clock);
    expect(refused).toMatchObject({ ok: false, error: { code: 'too-many-decisions' } });
    // Changing one already there is still allowed.
    expect((await putDecision(db, ARTICLE, dismiss('said 3'), clock)).ok).toBe(true);
    db.close();
  });

  test('corrections travel in the export and come back on import, newest kept', async () => {
    const source = await openDb(new IDBFactory());
    await putDecision(source, ARTICLE, dismiss('said'), clock);
    const exported = await createNotesService(async () => source, clock).exportData();
    const file = JSON.parse(JSON.stringify(exported)) as unknown;
    expect(exported.decisions).toHaveLength(1);
    const read = readWhoSaidExport(file);
    if (!read.ok) throw new Error(read.error.message);
    const checked = { value: { ...read.value, snapshots: [] } };

    const target = await openDb(new IDBFactory());
    // A later change on the same finding in the target is kept.
    await putDecision(
      target,
      ARTICLE,
      { anchor: anchor('said'), action: 'reclassify', kind: 'none' },
      clock,
    );
    expect((await importAll(target, checked.value, clock)).decisions).toBe(0);
    expect((await listDecisions(target, ARTICLE))[0]?.action).toBe('reclassify');
    const empty = await openDb(new IDBFactory());
    expect((await importAll(empty, checked.value, clock)).decisions).toBe(1);
    expect(await listDecisions(empty, ARTICLE)).toEqual(await listDecisions(source, ARTICLE));
    for (const db of [source, target, empty]) db.close();
  });
});

describe('settings store', () => {
  test('defaults until set; a damaged record falls back to the defaults', async () => {
    const db = await openDb(new IDBFactory());
    expect(await getSettings(db)).toEqual(defaultSettings());
    const mine = {
      ...defaultSettings(),
      scheme: 'high-contrast' as const,
      neverRun: ['example.com'],
    };
    await setSettings(db, mine);
    expect(await getSettings(db)).toEqual(mine);
    await db.put('meta', { key: 'settings', value: { scheme: 'neon' } });
    expect(await getSettings(db)).toEqual(defaultSettings());
    db.close();
  });
});
