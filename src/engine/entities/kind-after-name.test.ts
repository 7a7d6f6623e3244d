/**
 * A body the story names with its kind written after the name, in lowercase (`the Tolnik health
 * centre`, `St Brigid's hospital`, `the Halvik steel plant`, `Dresvik city council`), is referred
 * back to by that kind noun: `the centre said`, `a spokesman for the plant`, `a hospital
 * spokesman` are the named body or its people (decision 15 of the labelled sets; context.ts,
 * `kindWords`). An indefinite before the name (`a Kessland hospital`) names no body, and places
 * many share (`airport`) only place the people at them (decision 187). Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the kind noun written after a name refers back to that body', () => {
  test.each([
    [
      'The Tolnik health centre opens at seven. The centre said patients waited for hours.',
      'said',
      'The centre',
      true,
    ],
    [
      "St Brigid's hospital in Port Averne is running on generators. The hospital said operations were cancelled.",
      'said',
      'The hospital',
      true,
    ],
    [
      'Workers at the Halvik steel plant walked out. The plant said the strike was illegal.',
      'said',
      'The plant',
      true,
    ],
    [
      'The waiting room of the Tolnik health centre opens at seven. A nurse at the centre said patients waited for hours.',
      'said',
      'A nurse at the centre',
      'partial',
    ],
    [
      'Workers at the Halvik steel plant walked out. A spokesman for the plant said the strike was illegal.',
      'said',
      'A spokesman for the plant',
      'partial',
    ],
    [
      "St Brigid's hospital in Port Averne is running on generators, a hospital spokesman told us.",
      'told',
      'a hospital spokesman',
      'partial',
    ],
    [
      'Prosecutors searched the planning department of Dresvik city council. Files were removed, according to a council employee.',
      'according to',
      'a council employee',
      'partial',
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});

describe('near misses: no body named, an indefinite one, a shared place', () => {
  test.each([
    ['A nurse at the centre said patients waited for hours.', 'said', 'A nurse at the centre'],
    ['A hospital spokesman said patients waited for hours.', 'said', 'A hospital spokesman'],
    [
      'A Kessland hospital was hit by the storm. A hospital spokesman said patients waited for hours.',
      'said',
      'A hospital spokesman',
    ],
    [
      'Flights at Kestrel Field airport were cancelled. Staff at the airport said the radar had failed.',
      'said',
      'Staff at the airport',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
