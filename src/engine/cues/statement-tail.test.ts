/**
 * A statement phrase that opens its sentence with a participle of issuing or sending after its
 * noun (`In a statement released through police,`, `In a letter sent to parents on Monday,`) is
 * credited, like the bare phrase (`In a statement, the council said`), to the subject after the
 * comma; a possessive opens that subject (`her family`, `his lawyer`), which is no pronoun.
 * Every sentence is invented, in the shapes of local, court and regional news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a participle after the statement noun', () => {
  test.each([
    [
      'In a statement released through police, the family said she was loved.',
      'In a statement',
      'the family',
    ],
    [
      'In a statement issued on Friday, the school said the pupil was safe.',
      'In a statement',
      'the school',
    ],
    [
      // (a medium such as a letter or a post is left to the verb beside it, decision 33)
      'In a letter sent to parents on Monday, the head teacher said the school would close.',
      'said',
      'the head teacher',
    ],
    [
      'In a post shared on Facebook, the landlord said the pub would not reopen.',
      'said',
      'the landlord',
    ],
    [
      "In a statement read out by a solicitor outside court, the victim's mother said justice had been done.",
      'In a statement',
      "the victim's mother",
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('a possessive opening the subject after the comma', () => {
  test.each([
    ['In a statement released through police, her family said she was loved.', 'her family'],
    ['In a statement, his lawyer said he would appeal.', 'his lawyer'],
    ['In a statement, their landlord said the flats were safe.', 'their landlord'],
    ['In a statement to members, its chairman said the ground would be sold.', 'its chairman'],
  ])('%s', (text, source) => {
    const cue = text.slice(0, text.indexOf(',')).split(' ').slice(0, 3).join(' ');
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
  test('a personal pronoun stays the source', () => {
    expect(cueSource('In a statement, she said she was resting.', 'In a statement')?.[0]).toBe(
      'she',
    );
  });
});
