import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Invented sentences: the body a named person belongs to, given right after the name, is no
// actor of its own, even where an unnamed mention of it came before.
describe('unnamed: the body of a named person', () => {
  test.each([
    [
      'Traffic was halted for hours, police said. Sergeant Ola Berg of the Kelm police told reporters the lorry had overturned.',
      ['police'],
    ],
    [
      'The pills are dangerous, police warned. "We are working with partners," said inspector Dana Holt from the Brixley police.',
      ['police'],
    ],
    [
      'Officials said the bridge would stay shut. Engineer Rui Sato at the highways agency said repairs would take a month.',
      ['Officials'],
    ],
    // near-misses: the place-qualified force speaking on its own (decision 60), and a body
    // after a title with no name
    [
      'Police said the road was closed. Hours later the Kelm police said two men had been arrested.',
      ['Police', 'the Kelm police', 'two men'],
    ],
    [
      'A sergeant from the Kelm police said the lorry had overturned.',
      ['A sergeant from the Kelm police'],
    ],
  ])('%s', (text, expected) => {
    expect(spans(text, 'unnamed')).toEqual(expected);
  });
});

describe('a name with `the` is no person in apposition (anon23b)', () => {
  test.each([
    [
      'Speaking to the Ledger, a former aide to the mayor, who asked not to be named, said the plan was dead.',
      'a former aide',
    ],
    [
      'In a recording obtained by the Courier, a man who identified himself as a council officer can be heard offering cash.',
      'a man',
    ],
    [
      'Talking to the Gazette, a senior nurse, who did not want to be named, said wards were full.',
      'a senior nurse',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a person's name in apposition still identifies
    ['Jo Smith, a former aide to the mayor, said the plan was dead.', 'aide'],
    ['The paper spoke to Jo Smith, a senior nurse, who said wards were full.', 'nurse'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
