/**
 * The subject of a reporting verb after a relative clause that holds another one: `A witness
 * who lives on the street where the boy died said`, `The officer who arrested the man who
 * attacked her said`. The inner clause modifies a noun inside the outer one; the source is the
 * antecedent of the outer `who` (ANNOTATION.md §1: relative clauses are left out of the span).
 * Every sentence is invented, in the shapes of local news with witnesses and neighbours.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a clause nested in a `who` clause', () => {
  test.each([
    ['A witness who lives on the street where the boy died said she heard a bang.', 'A witness'],
    ['A woman who lives in the house where the fire started said she smelled smoke.', 'A woman'],
    ['The officer who arrested the man who attacked her said he was drunk.', 'The officer'],
    ['A neighbour who saw the car that hit the boy said it did not stop.', 'A neighbour'],
    [
      'A man whose son attends the school where the teacher worked said parents were angry.',
      'A man',
    ],
    [
      'Volunteers who staff the shelter where the families sleep said beds had run out.',
      'Volunteers',
    ],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.[0]).toBe(source);
  });
});

describe('what stays as it was', () => {
  test.each([
    // a single relative clause of a place
    [
      'Doctors at the clinic where the boy was treated said he was stable.',
      'Doctors at the clinic',
    ],
    // a `that` clause of a body, with no `who` before it
    [
      'The pastor of the church that runs the centre said it would close.',
      'The pastor of the church',
    ],
    ['Two growers whose crops were lost said they would sue.', 'Two growers'],
  ])('%s', (text, source) => {
    expect(cueSource(text, 'said')?.[0]).toBe(source);
  });
});
