/**
 * A passive in the stated reason for anonymity is no span, nor is its cue (decision 13: "as the
 * stated reason for anonymity ... it is not a span"; decision 97 reads a disclosure withheld there,
 * "because the figures had not been made public", the same way); the passives outside that reason
 * stay.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the stated reason for anonymity holds no passive and no cue', () => {
  test.each([
    'A director spoke on condition of anonymity because the talks are still being held.',
    'A porter, who asked not to be identified because staff have been warned not to talk to reporters, said the lifts failed.',
    'A steward, who asked not to be named because he feared being sacked, said the gates opened late.',
  ])('%s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
    expect(spans(text, 'attribution').join(' ')).not.toMatch(/held|warned|sacked/);
  });

  test.each([
    'A director spoke on condition of anonymity because the sale has not been announced.',
    'Two engineers asked not to be named because the audit had not been made public.',
    'One trader spoke on condition of anonymity because the figures are not disclosed publicly.',
    'The banker declined to be identified because the review has not been published.',
  ])('a disclosure withheld in the reason is no passive and no cue: %s', (text) => {
    expect(spans(text, 'agentless')).toEqual([]);
    expect(spans(text, 'attribution').join(' ')).not.toMatch(
      /announced|made public|disclosed|published/,
    );
  });

  test.each([
    ['The sale has not been announced, a director said.', 'has not been announced'],
    ['Staff have been warned not to talk to reporters.', 'have been warned'],
    [
      'The audit had not been made public because the board had not met, the chairman said.',
      'had not been made',
    ],
  ])('outside the reason the passive stays: %s', (text, passive) => {
    expect(spans(text, 'agentless')).toContain(passive);
  });
});
