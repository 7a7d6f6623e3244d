import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a bare plural group whose act a raising hedge reports is unnamed', () => {
  test.each([
    ['Objectors are understood to be considering a legal challenge.', 'Objectors'],
    ['Worshippers are believed to be weighing a move to a larger hall.', 'Worshippers'],
    ['Smugglers are thought to have launched the boats from a beach near the port.', 'Smugglers'],
    ['Rival demonstrators were said to have blocked the road to the hotel.', 'Rival demonstrators'],
    ['Local parishioners are understood to have organised a petition.', 'Local parishioners'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the public, a body's own people, a definite mention, a state, dying, a passive
    'Voters are expected to be considering the question for weeks.',
    'Staff are understood to be considering a strike.',
    'The objectors are understood to be considering a challenge.',
    'Migrants are feared to have drowned off the coast.',
    'Asylum seekers are believed to be unhappy with the food.',
    'Applicants are understood to have been told to wait.',
  ])('not: %s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
