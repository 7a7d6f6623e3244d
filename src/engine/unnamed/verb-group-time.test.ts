import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A time of two words set inside a passive's verb group ("were last night accused") leaves the
// subject where it was: accused people the story does not name act (decision 56 of the labelled
// sets; position.ts insertedTime, people.ts accused).

describe('a time inside the verb group', () => {
  test.each([
    [
      'Health chiefs were last night accused of a cover-up over the ward closures.',
      'Health chiefs',
    ],
    ['Two nurses were this week charged with stealing drugs from the ward.', 'Two nurses'],
    ['Two teachers have this month been accused of selling exam papers.', 'Two teachers'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // praise or care is no accusation
    ['Two nurses were last night praised for their courage.', 'Two nurses'],
    ['Two nurses were last night treated for smoke inhalation.', 'Two nurses'],
    // "last" as an adjective of the subject's phrase, no inserted time
    ['The last nurses were charged a fee for parking.', 'The last nurses'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
