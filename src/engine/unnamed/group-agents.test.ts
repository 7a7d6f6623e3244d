import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A group the story does not name as the `by` agent of a past act, past the participle's object
// or of a noun of an act (group-agents.ts).
describe('a group that did a past act, after `by`', () => {
  test.each([
    ['Some were put up in a school gym by volunteers overnight.', 'volunteers'],
    ['The councillor said he had been contacted by several anxious families.', 'families'],
    ['The ransom was paid in cash by relatives of the crew.', 'relatives of the crew'],
    ['The seal was freed after a four-hour effort by volunteers.', 'volunteers'],
    ['Guards reported a sharp rise in assaults by prisoners.', 'prisoners'],
    ['He said he had been "driven out of town" by strangers.', 'strangers'],
    // a bare workforce that passed a document on acts (decisions 65, 79: bare `staff` carry no
    // body)
    [
      'The report was shared with the paper by staff who wanted to show the vote was close.',
      'staff',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });

  test.each([
    // a habit, a state, the public, people at large
    ['The boxes are put in the van each week by volunteers.', 'volunteers'],
    ['He was surrounded in the bar by friends.', 'friends'],
    ['The cut was decided by the cabinet rather than by technical staff.', 'technical staff'],
    ['The bridge was paid for in full by taxpayers.', 'taxpayers'],
    ['The money was given in good faith by people.', 'people'],
    ['The fund was set up in 2019 by the families.', 'families'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});

describe('a group that made a record, by-agent of a participle on it', () => {
  test.each([
    ['Footage filmed by onlookers shows a man climbing the fence.', 'onlookers'],
    ['Photos taken by commuters show water pouring through the roof.', 'commuters'],
    ['Video recorded by shoppers appears to show the guard pushing a boy.', 'shoppers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join('|')).toContain(want);
  });

  test.each([
    // no record: what a group built or grew is no document the story relies on
    ['A chapel built by monks in 1400 still stands on the hill.', 'monks'],
    ['Apples grown by farmers in the valley are sold in the square.', 'farmers'],
    // a record a habit makes, with no participle right on it
    ['The records are kept each week by volunteers.', 'volunteers'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
