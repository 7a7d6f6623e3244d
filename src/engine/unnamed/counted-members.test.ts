import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe("a counted part of a body's people, picked by the body, is unnamed when it acts", () => {
  test.each([
    ['Several board members walked out before the vote on Tuesday.', 'Several board members'],
    ['Two crew members had refused to board the vessel.', 'Two crew members'],
    ['Some council members quietly lobbied against the plan.', 'Some council members'],
    // a counted workforce with no body in the phrase acts like any counted group (decision 65:
    // bare "staff", "crews" carry no body)
    ['Some crew had worked 14-hour shifts all month.', 'Some crew'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // no act; a passive
    'Two board members were replaced in March.',
    'Several family members were at the hearing.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
