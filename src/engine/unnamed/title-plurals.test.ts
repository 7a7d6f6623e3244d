import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('the plural of a title is a group of office-holders who act or speak', () => {
  test.each([
    ['Union leaders reacted with dismay to the cuts.', 'Union leaders'],
    ['Several directors walked out of the meeting before the vote.', 'Several directors'],
    ['The inspectors found that leaders had not acted on complaints from parents.', 'leaders'],
    ['Two senior editors are thought to have resigned over the decision.', 'senior editors'],
    ['At least a dozen senators have backed the amendment.', 'a dozen senators'],
    ['Regional governors pushed back against the plan on Monday.', 'Regional governors'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // only when they act: whom something reaches or is about is no actor
    ['She met world leaders in Geneva last week.', 'leaders'],
    ['The letter was sent to the directors of every school in the county.', 'directors'],
    // the office-holders of a body or a story already known, as "the mayor" is
    ['A source said the directors rejected the offer.', 'the directors'],
    [
      'Sen. Ann Roe and Sen. Tom Vale met. An aide described the two senators as close.',
      'senators',
    ],
    // owners of things are their users, not office-holders (nor founders, whose "its" is the thing founded: its-opening-thing.test.ts)
    ['Owners can claim a refund through the website.', 'Owners'],
    // the plural of a title that is mostly a thing
    ['The school sold the old chairs and desks at auction.', 'chairs'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
