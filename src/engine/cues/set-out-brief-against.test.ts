/**
 * Round two of session 25's cue probe (scripts/probe-cues.ts): a person or body that sets out or
 * lays out its plan or case says what it proposes, like "outlined" (decision 34's "sets out"
 * holds for documents; the physical and travelling senses stay no cue); "briefing against" a
 * colleague (decision 99's required "briefing against") in every tense and as a participle.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('setting out a plan or a case', () => {
  test.each([
    ['The ministry set out its plan for the rail network.', 'set out', 'The ministry'],
    ['The chancellor has set out proposals to cut the deficit.', 'has set out', 'The chancellor'],
    ['The minister laid out his vision for the party.', 'laid out', 'The minister'],
    ['Ruiz spoke for an hour, setting out the case for a new bridge.', 'setting out', 'Ruiz'],
    ['The union sets out its demands in a letter to members.', 'sets out', 'The union'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test.each([
    'The walkers set out at dawn.',
    'She set out to prove them wrong.',
    'Volunteers set out the chairs before the meeting.',
    'The gardener laid out the beds in rows.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('briefing against someone', () => {
  test.each([
    ['Aides were briefing against the chancellor.', 'were briefing against', 'Aides'],
    ['The whips brief against rebels every week.', 'brief against', 'The whips'],
    ['She left the party after briefing against its leader.', 'briefing against', 'She'],
    [
      'One adviser spoke to reporters on Monday, briefing against the home secretary.',
      'briefing against',
      'One adviser',
    ],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });
});
