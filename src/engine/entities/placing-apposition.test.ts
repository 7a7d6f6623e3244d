/**
 * An indefinite apposition after an unnamed source that places the person in a named body ("A
 * third person, a former Pennard employee, said") is part of the source, and makes the person one
 * of that body (decisions 65 and 78 of the labelled sets). An apposition that places no one, or
 * only gives where the person is from, leaves the source unnamed.
 */
import { describe, expect, test } from 'vitest';
import { seen } from '../test-helpers';

const said = (text: string) => seen(text, 'attribution').filter((f) => f.text === 'said');

describe('an apposition that places an unnamed source in a named body', () => {
  test.each([
    [
      'Pennard Logistics cut 40 jobs. Two people described the cuts. A third person, a former Pennard employee, said the plan was rushed.',
      'A third person, a former Pennard employee',
    ],
    [
      'Pennard Logistics cut 40 jobs. Two people described the cuts. One of them, a former Pennard employee, said the plan was rushed.',
      'One of them, a former Pennard employee',
    ],
  ])('%s', (text, source) => {
    const cue = said(text).at(-1);
    expect(cue?.source).toBe(source);
    expect(cue?.named).toBe('partial');
  });

  test.each([
    // the apposition places no one in a body
    'Pennard Logistics cut 40 jobs. Two people described the cuts. One of them, a retired ferryman, said the plan was rushed.',
    // a name after `from` may be a place of origin
    'Vaultline froze withdrawals. Users were angry. One user, a nurse from Kelm, said she had lost everything.',
  ])('stays unnamed: %j', (text) => {
    expect(said(text).at(-1)?.named).toBe(false);
  });
});
