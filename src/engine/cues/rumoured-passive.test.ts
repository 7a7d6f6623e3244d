/**
 * Session 41: `rumour` is a reporting verb in the passive, like "it is believed that": "It is
 * rumoured that" + clause and "had been rumoured for weeks" are cues beside their `agentless`
 * (point 290), the hedge optional. "is rumoured to" stays the hedge of "is said to", and the
 * noun and the attributive adjective are no verbs.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a passive of rumour', () => {
  test.each([
    ['It is rumoured that the coach will leave in May.', 'rumoured', 'It is rumoured'],
    ['It has been rumoured for years that the pier is unsafe.', 'rumoured', 'It has been rumoured'],
    ['The merger had been rumoured since the spring.', 'rumoured', 'had been rumoured'],
  ])('%s', (text, cue, passive) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(spans(text, 'agentless')).toContain(passive);
  });

  test.each([
    'The actor is rumoured to be leaving the show.',
    'The rumoured takeover never happened.',
    'Rumours swirled, but nothing came of them.',
    'The rumour mill was busy all week.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
