/**
 * A verb that needs a clause (`added`, `claimed`) inverted after a quotation, its
 * subject and then that subject's apposition to the end of the sentence: `"...," added Irene Moss,
 * the union's lawyer.` The apposition describes the speaker; the cue is credited as with `said`.
 * Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

describe('inverted after the quotation, with an apposition to the end', () => {
  test.each([
    ['"We will appeal," added Irene Moss, the union\'s lawyer.', 'added', 'Irene Moss'],
    ['"It is over," added Tom Hale, a former transport minister.', 'added', 'Tom Hale'],
    ['"The plan is dead," claimed Rosa Lind, a councillor.', 'claimed', 'Rosa Lind'],
    [
      'The vote was close. "Nobody should celebrate," claimed Dana Okafor, the council leader.',
      'claimed',
      'Dana Okafor',
    ],
    ['"The bridge was never safe," added a resident, a retired engineer.', 'added', 'a resident'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('what stays as it was', () => {
  test.each([
    // adding a thing, not a statement: no quotation before the verb
    ['He stirred the pot and added salt, the last of the jar.', 'added'],
    // a verb of adding after `and`: a thing or a person added, with no quotation before it
    ['The club signed a striker and added Jon Reyes, a winger from Dunmore.', 'added'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});
