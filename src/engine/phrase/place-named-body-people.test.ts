// People placed by a preposition in a body that a country's or a place's word names in the same
// phrase ("a spokesman for the Russian embassy", "two officers in the Kelvadian navy") are people
// of a named body, `named: 'partial'`, as the body alone is named ("The Russian embassy said"):
// decision 65's of/at/for phrase and point 286's source inside a named country's army
// (namedness.ts, placeNamedBody). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a person in a body a country's word names", () => {
  test.each([
    [
      'A spokesman for the Russian embassy said the claims were false.',
      'A spokesman for the Russian embassy',
    ],
    [
      'Two senior officers in the Kelvadian navy said the frigate was sound.',
      'Two senior officers in the Kelvadian navy',
    ],
    [
      'Lawyers for the Castrian government said the treaty was binding.',
      'Lawyers for the Castrian government',
    ],
    [
      'A source in the Turkish army said the raid had been planned for weeks.',
      'A source in the Turkish army',
    ],
    ["A spokesman for France's navy said the ship was safe.", "A spokesman for France's navy"],
    [
      'A spokeswoman for the Polish border guard service said the fence would stay.',
      'A spokeswoman for the Polish border guard service',
    ],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, 'partial']);
  });
});

describe('near misses: the country places the people, names no body', () => {
  test.each([
    // a place, not a body
    [
      'Officials in the Russian capital said the roads were closed.',
      'Officials in the Russian capital',
    ],
    // the country's word before the person, not in a body (the guideline's "U.S. officials")
    ['A Russian army officer said the raid had been planned.', 'A Russian army officer'],
    // a party's members are only placed by it (decision 5)
    [
      'Two members of the Danish Liberal party said the vote was lost.',
      'Two members of the Danish Liberal party',
    ],
    // one of several bodies of the kind, none picked
    [
      'A spokesman for one of the Russian banks said the fees would rise.',
      'A spokesman for one of the Russian banks',
    ],
    // a country's government as a whole only qualifies its officials (decision 116)
    [
      'Senior officials in the Kelvadian government said a default was likely.',
      'Senior officials in the Kelvadian government',
    ],
    // a district is a part of a place
    ['Growers in the Kelso district said the river was low.', 'Growers in the Kelso district'],
    // a body with no country's word in view stays as it was: a bare service word
    ['A source in the army said the raid had been planned.', 'A source in the army'],
  ])('%s', (text, want) => {
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual([want, false]);
  });
});
