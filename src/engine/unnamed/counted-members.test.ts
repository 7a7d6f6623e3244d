import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a counted part of a body's people, picked by the body, is unnamed when it acts", () => {
  test.each([
    ['Several board members walked out before the vote on Tuesday.', 'Several board members'],
    ['Two crew members had refused to board the vessel.', 'Two crew members'],
    ['Some council members quietly lobbied against the plan.', 'Some council members'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the crew or staff counted, not a part picked out; no act; a passive
    'Some crew had worked 14-hour shifts all month.',
    'Two board members were replaced in March.',
    'Several family members were at the hearing.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
