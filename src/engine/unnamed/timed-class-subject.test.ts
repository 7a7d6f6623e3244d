// A described plural before a time set between subject and verb ("Angry parents last night
// demanded answers") is the subject of a past act, not a class in general whose plain-present
// verb is `last` (position.ts genericClass). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a described plural, a time, then its verb', () => {
  test.each([
    ['Furious councillors last night demanded a recount.', 'Furious councillors'],
    ['Angry MPs last night called for the minister to quit.', 'Angry MPs'],
    ['Rail chiefs last week refused to rule out more strikes.', 'Rail chiefs'],
    [
      'Consumer campaigners this morning accused the firm of hiding the fault.',
      'Consumer campaigners',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a class in general with a plain-present verb, and `last` as that verb
    'Disruptive companies last longer than their rivals.',
    'Small charities rarely survive a second bad year.',
    'Cheap batteries last only a few months.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
