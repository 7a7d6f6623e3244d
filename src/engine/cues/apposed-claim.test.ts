/**
 * Decision 106's apposed noun: a claim or a finding set after a comma in apposition to the
 * clause before it is a required cue with no source, when a relative clause says it was checked
 * or answered ("..., a claim that could not be verified", "..., a finding he has always
 * disputed"). A claim filed and settled, or a relative clause of anything else, is none.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a claim apposed to the clause before it', () => {
  test.each([
    ['Rebels said they had taken the bridge, a claim that could not be verified.', 'claim'],
    [
      'The hacker said he held more files, an assertion that could not be independently verified.',
      'assertion',
    ],
    ['She was banned for doping in 2014, a finding she has always disputed.', 'finding'],
    ['The troops fired first, an allegation which the army denies.', 'allegation'],
    ['The mayor knew of the plan, a suggestion that was later denied by his office.', 'suggestion'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'They filed a claim that was later settled.',
    'Divers reached the wreck at dawn, a finding that surprised nobody.',
    'He sold the house, a claim on which the bank holds a lien.',
  ])('no claim cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
