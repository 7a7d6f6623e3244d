// People whose possessive is the source of a noun cue are unnamed sources (decision 153 of the
// labelled sets: "a possessive on a noun cue is its source"), where a head before a possessive
// is otherwise no head (cue-owners.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('people credited through their possessive', () => {
  test.each([
    ["Another claimed the centre had ignored residents' complaints for years.", 'residents'],
    ["The council ignored neighbours' warnings that the wall would collapse.", 'neighbours'],
    ["Parents' concerns that the crossing was unsafe were dismissed by the school.", 'Parents'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // (no cue: the people only own a thing)
    "Residents' homes were flooded on Monday.",
    "Fans' seats were moved to the north stand.",
    // (people known through whose they are)
    "Three babies might have survived if their mothers' concerns had been heeded.",
    // (a body's possessive is the entities pass's to judge)
    "The club's statement said the match would go ahead.",
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
