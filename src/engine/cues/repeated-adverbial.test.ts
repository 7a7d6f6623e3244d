/**
 * Session 41: a repeated adverbial ("over and over", "again and again", "time and again") may
 * stand between a passive reporting verb and its by-agent (point 293's claim "restated over and
 * over by the sector"): the agent is the cue's source and the passive is not agentless.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a repeated adverbial before the by-agent', () => {
  test.each([
    ['The claim has been repeated again and again by ministers.', 'has been repeated', 'ministers'],
    ['The warning was issued time and again by the coastguard.', 'was issued', 'the coastguard'],
    ['That figure was cited over and over by the campaign.', 'was cited', 'the campaign'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
    expect(spans(text, 'agentless')).toEqual([]);
  });

  test.each([
    // no agent: the passive stays agentless
    ['The claim has been repeated over and over.', 'has been repeated'],
    // `and` joining two clauses still ends the search
    ['The claim was repeated and the vote was won by ministers.', 'was repeated'],
  ])('%s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});
