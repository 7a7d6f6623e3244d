import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// find-unnamed.ts's `hasPeopleName`: a counted people or one person of a people, known only by
// nationality or home town, who acts or is held, like any person noun (decision 102: people
// arrested are withheld actors), not only when a cue credits them; a people whole or quantified
// ("Many Britons") stays the public in general (decision 99)
describe('a counted people or one person of a people who acts or is held', () => {
  test.each([
    ['A Briton was arrested on suspicion of arson at the depot.', 'A Briton'],
    ['Two Syrians were detained at the border crossing on Sunday.', 'Two Syrians'],
    ['Police arrested three Ukrainians after the raid on the warehouse.', 'three Ukrainians'],
    ['Dozens of Kenyans marched to the embassy on Friday.', 'Dozens of Kenyans'],
    ['A Texan called police after hearing shots near the ranch.', 'A Texan'],
  ])('%s', (text, span) => {
    expect(spans(text, 'unnamed')).toContain(span);
  });

  test.each([
    // victims; a people as a whole; a named person's nationality
    ['Three Syrians were injured when the bus overturned.', 'Three Syrians'],
    ['Britons voted in large numbers on Thursday.', 'Britons'],
    ['Ana Petrov, a Ukrainian, opened the bakery in 2019.', 'a Ukrainian'],
  ])('not: %s', (text, span) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(span);
  });
});
