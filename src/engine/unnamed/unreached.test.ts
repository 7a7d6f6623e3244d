import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A body or an occupation the story tried and failed to reach or identify acts (unreached.ts),
// though it stands as the subject of a passive.

describe('a party the story could not reach or identify acts', () => {
  test.each([
    ['A haulage firm operating in the north could not be reached for comment.', 'A haulage firm'],
    ['The recruiter could not be reached for comment on Friday.', 'The recruiter'],
    ['The broker has not been publicly identified.', 'The broker'],
    ['A landlord, who owns six flats on the street, could not be contacted.', 'A landlord'],
    ['A lender has not been named in court papers.', 'A lender'],
    ["The locksmith couldn't be reached.", 'The locksmith'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // reached or named after all, or a clause the phrase does not head
    ['A lender was reached by phone on Friday.', 'A lender'],
    ['A supplier has been named as the preferred bidder.', 'A supplier'],
    // named in the same sentence after all
    ['The buyer was not named, but it is understood to be Halcyon Partners.', 'The buyer'],
    ['A plumber said the pipe could not be reached without lifting the floor.', 'the pipe'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
