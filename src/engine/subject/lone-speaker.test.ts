/**
 * A word standing alone for one more of the people before it ("another", "one", "others",
 * "both") as the source of a verb that follows a quotation, in either order: `"...," another
 * added`, `"...," said another`, `"...," added one`. Decision 72 of the labelled sets keeps these
 * words optional as `unnamed`, but they are the cue's source (`named: false`), as the labelled
 * sets give "Another", "One" and "Others" after other speakers. Every sentence is invented, in
 * the shapes of local news with neighbours, residents, parents and fans as sources.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('after the quotation, before the verb', () => {
  test.each([
    [
      'Neighbours gathered at the cordon. "It is heartbreaking," another added.',
      'added',
      'another',
    ],
    ['Parents waited at the gates. "Nobody told us anything," another said.', 'said', 'another'],
    ['Fans booed at the whistle. "He has to go," another wrote.', 'wrote', 'another'],
    ['The couple ran the shop for years. "We never had a problem," both said.', 'said', 'both'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('after an inverted verb, ending the clause', () => {
  test.each([
    ['Residents were angry. "The road floods every winter," said another.', 'said', 'another'],
    ['Residents were angry. "The road floods every winter," added another.', 'added', 'another'],
    ['Volunteers worked through the night. "We will not stop," added one.', 'added', 'one'],
    ['Shoppers were stunned. "It was total chaos," added others.', 'added', 'others'],
    ['The two sisters ran the farm. "We were never asked," said both.', 'said', 'both'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});

describe('what stays as it was', () => {
  test('an object of adding is no speaker', () => {
    expect(cueSource('He added one more thing to the list.', 'added')).toBeUndefined();
  });
  test('a phrase after the determiner is the source', () => {
    expect(cueSource('"It is heartbreaking," said another neighbour.', 'said')?.[0]).toBe(
      'another neighbour',
    );
  });
});
