/**
 * Outside experts as science desks place them: people "not involved in" the study, "not familiar
 * with" the plan. The negated modifier stays inside the subject, so the source is the people,
 * not the study the modifier names. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a negated anonymity modifier stays in the subject', () => {
  test.each([
    [
      'Scientists not involved in the research cautioned that one model is not enough.',
      'cautioned',
      'Scientists not involved in the research',
    ],
    [
      'Researchers not involved in the study said the results were promising.',
      'said',
      'Researchers not involved in the study',
    ],
    [
      'Engineers not familiar with the design warned that the valves were untested.',
      'warned',
      'Engineers not familiar with the design',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
