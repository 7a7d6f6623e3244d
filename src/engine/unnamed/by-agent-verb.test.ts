import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A `by` agent is never the subject of the verb after it (position.ts): in "a page set up by
// friends had raised", `had raised` is the page's, and `friends` is the agent of `set up`.

describe('by-agents followed by the verb of the noun before them', () => {
  test.each([
    ['A memorial fund set up by neighbours had raised £8,000 by Friday.', 'neighbours'],
    [
      'She said photographs taken by residents had been left out of the planning report.',
      'residents',
    ],
    ['Footage filmed by bystanders was later shared thousands of times.', 'bystanders'],
    [
      'Two aid workers held for months by an armed group were released on Sunday.',
      'an armed group',
    ],
    ['A petition started by commuters had gathered 3,000 names within a day.', 'commuters'],
    ['The complaints were first raised on a forum by a user posting under a false name.', 'a user'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a present passive tells of what happens in general
    ['Flu jabs given by pharmacists are free for the over-65s.', 'pharmacists'],
    // a named agent
    ['A mural painted by Ana Ruiz was unveiled on Monday.', 'Ana Ruiz'],
    // not people: a time
    ['Repairs finished by Friday had cost the council £2m.', 'Friday'],
    // the agent of a general present rule
    ['Parcels sent by customers are checked at the depot.', 'customers'],
    // people the next sentence names
    [
      'A page set up by two friends had raised £900. The pair were named as Jo Hale and Sam Reid.',
      'two friends',
    ],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed')).not.toContain(word);
  });
});
