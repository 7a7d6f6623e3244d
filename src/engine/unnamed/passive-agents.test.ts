import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a bare plural agent of a past or perfect passive did the act the story tells of', () => {
  test.each([
    ['The transfer of the estate was handled by trustees, the filing shows.', 'trustees'],
    ['Palace sources said the accounts had been kept by surveyors.', 'surveyors'],
    ['The first draft of the budget was rewritten by accountants over the weekend.', 'accountants'],
    ['Both proposals have been rejected by planners, the developer confirmed.', 'planners'],
    // `other` brings in people besides those the story has
    ['The guard said he had been threatened by other inmates.', 'other inmates'],
    ['The fake reviews were written by other sellers, the platform found.', 'other sellers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // what happens in general: a passive in the present
    ['The bridge is used by commuters every day.', 'commuters'],
    ['The vaccines are given by pharmacists.', 'pharmacists'],
    // a count or a determiner: the phrase is judged as before
    ['The losses were borne by shareholders.', 'shareholders'],
    // not an agent
    ['Shoppers were injured when the roof collapsed.', 'Shoppers'],
    ['The scheme is popular with holidaymakers.', 'holidaymakers'],
    ['Fans love a winner.', 'Fans'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

// A focusing adverb between `by` and a counted or indefinite agent leaves it the agent.
describe('a counted agent after `by` and a focusing adverb', () => {
  test.each([
    [
      'The discount scheme had been used by only a handful of riders in four years.',
      'a handful of riders',
    ],
    ['The gates were opened by just two guards on Friday.', 'two guards'],
    ['The draft was written by mainly junior analysts, the report says.', 'junior analysts'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a measure, not an agent
    ['Sales rose by only 2 per cent last year.', 'per cent'],
    ['The vote was carried by just two votes.', 'votes'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
