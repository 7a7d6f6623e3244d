/**
 * "quoting incident 412" in a police appeal gives a reference number, nobody quoted: `quoting` or
 * `citing` with a reference noun and a number is no cue; quoting a person still is.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a reference number after quoting is no cue', () => {
  test.each([
    'Anyone with information is asked to call police on 101, quoting incident 412.',
    'She appealed for dashcam footage, quoting incident number 1187.',
    'Call the force quoting crime reference 4471, or contact Crimestoppers.',
    'Witnesses should ring the incident room, quoting log 233 of 4 May.',
    'Please write to the council quoting ref. 0412.',
    'Customers should call the helpline, quoting case number 88120.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => /quoting|citing/.test(c))).toEqual([]);
  });

  test('quoting a person stays a cue with that source', () => {
    const cue = seen(
      'The paper ran the story, quoting a senior officer as saying the case was closed.',
      'attribution',
    ).find((c) => c.text === 'quoting');
    expect(cue?.source).toBe('a senior officer');
  });
});
