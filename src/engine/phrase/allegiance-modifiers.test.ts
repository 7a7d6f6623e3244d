/**
 * "allied to" and "loyal to" after a person or group noun are closeness, like "close to": the
 * phrase runs on over its object, and the person or group stays unnamed however named the
 * leader is (decision 67: closeness is not representation). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('allegiance as closeness', () => {
  test.each([
    [
      'A veteran councillor allied to Mayor Ines Korda claimed the vote was rigged.',
      'claimed',
      'A veteran councillor allied to Mayor Ines Korda',
    ],
    [
      'Soldiers loyal to General Brann said the palace had fallen.',
      'said',
      'Soldiers loyal to General Brann',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  test('the unnamed group runs over its allegiance', () => {
    expect(
      spans('Officers loyal to a local warlord said the road was closed.', 'unnamed'),
    ).toContain('Officers loyal to a local warlord');
  });

  // near misses: an adjective before its noun, and `to` of an infinitive
  test.each([
    ['Loyal supporters said the club had let them down.', 'said', 'Loyal supporters'],
    ['Staff allied themselves to the plan, the manager said.', 'said', 'the manager'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
