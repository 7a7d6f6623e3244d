import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// People new to the story whom a raising hedge reports acting inside a `with` absolute clause
// (with-absolute.ts: `withAbsolutePeople`).
describe('people a hedge reports acting after `with`', () => {
  test.each([
    [
      'The board faces a revolt over pay, with several large investors understood to have backed a rival slate.',
      'several large investors',
    ],
    [
      'The newsroom is in turmoil, with two senior editors said to be drafting a letter of complaint.',
      'two senior editors',
    ],
    [
      'The unit is short of doctors, with several surgeons believed to have quit in protest.',
      'several surgeons',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a hedge on a state or a place, not an act
    [
      'The studio is casting the lead, with two actresses said to be interested in the part.',
      'two actresses',
    ],
    ['The club wants a forward, with three strikers said to be on its list.', 'three strikers'],
    // what befell them, and people known from before
    [
      'The firm is cutting costs, with two managers said to have been told to leave.',
      'two managers',
    ],
    ['The club is in turmoil, with the directors said to be weighing a sale.', 'the directors'],
    // a companion, no clause of its own
    ['She arrived with two colleagues from the embassy.', 'two colleagues'],
  ])('not: %s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
