/**
 * Data that shows or assumes: a tracker, a register's entries, telemetry and a budget state what
 * they record (decision 10's "show(s)" with data as subject; decision 182's estimate that
 * assumes), so evidence verbs report with them; an event or a trend still shows nothing anyone
 * said. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('data as the subject of an evidence verb', () => {
  test.each([
    ['The outage tracker shows complaints falling sharply.', 'shows', 'The outage tracker'],
    ['The entries show that five of the meetings were with the minister.', 'show', 'The entries'],
    ['The budget assumes that growth will reach 2 per cent.', 'assumes', 'The budget'],
    ['The telemetry showed that the engine had overheated.', 'showed', 'The telemetry'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('no report', () => {
  test.each([
    'The budget was cut by a third last year.',
    'Entries for the race close on Friday.',
    'The decline suggests that demand is weakening.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
