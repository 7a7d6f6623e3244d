/**
 * People of a named body or person given by a definite description: one who serves a person the
 * story named by a title (`an aide to the minister` after `Health Minister Ana Pell`) speaks for
 * that person (decision 20 of the labelled sets), and an official `with` a named body works for
 * it, as one `at` it does. A title held by no one named, a relation (`a friend of the minister`)
 * and `familiar with` stay unnamed. Titles given in apposition after a name with a possessive
 * (`Ana Pell, Kessland's minister of health`) or before it with a complement (`The minister for
 * health, Ana Pell,`) make a later `the minister` that person. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('people of a named person or body given by a definite description', () => {
  test.each([
    [
      'Health Minister Ana Pell visited the ward. An aide to the minister said the ward would stay open.',
      'said',
      'An aide to the minister',
      'partial',
    ],
    [
      'Prime Minister Lena Fors did not resign, and a spokesman for the prime minister described the reports as fiction.',
      'described',
      'a spokesman for the prime minister',
      'partial',
    ],
    [
      'The Relief Coordination Office has appealed for funds. A senior official with the office said donors had pledged little.',
      'said',
      'A senior official with the office',
      'partial',
    ],
    [
      'The minister for health, Ana Pell, faced questions. The minister told reporters she would stay.',
      'told',
      'The minister',
      true,
    ],
    [
      "Lawmakers questioned Ana Pell, Kessland's minister of health, on Monday. The minister told reporters she would stay.",
      'told',
      'The minister',
      true,
    ],
  ])('%s', (text, cue, source, named) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, named]);
  });
});

describe('near misses: a relation, no one named, familiar with', () => {
  test.each([
    [
      'Health Minister Ana Pell visited the ward. A friend of the minister said the ward would stay open.',
      'said',
      'A friend of the minister',
    ],
    [
      'The ward will stay open. An aide to the minister said the decision was final.',
      'said',
      'An aide to the minister',
    ],
    [
      "People familiar with the agency's plans said the rules would change.",
      'said',
      "People familiar with the agency's plans",
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
