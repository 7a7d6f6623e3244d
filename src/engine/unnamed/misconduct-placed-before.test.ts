// People of a named body whom a word before the head places, told of as accused, charged or
// held on their own account (misconduct-of-body.ts; decisions 81 and 126 of the labelled sets):
// withheld actors, though the phrase carries the body. The sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('an indefinite or counted person of a named body accused on their own account', () => {
  test.each([
    [
      'Calloway Foods recalled the pies. A Calloway Foods engineer is accused of faking the tests.',
      'A Calloway Foods engineer',
    ],
    [
      'Two former Marrick Logistics drivers have been charged with smuggling cigarettes.',
      'Two former Marrick Logistics drivers',
    ],
    ['One Ostby Athletic coach was arrested on Friday night.', 'One Ostby Athletic coach'],
    [
      'Brannock Council froze the contract. A council officer is alleged to have stolen the funds.',
      'A council officer',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // acting for the body or honoured by it: no act of their own the story holds against them
    ['One Ostby Athletic coach was promoted on Friday night.', 'One Ostby Athletic coach'],
    ['One Ostby Athletic coach has been praised by the board.', 'One Ostby Athletic coach'],
    // a unique office behind a possessive is no one of many
    [
      "Ostby Athletic lost again. The club's chief executive was charged with fraud.",
      "The club's chief executive",
    ],
  ])('not flagged: %s', (text, not) => {
    expect(found(text)).not.toContain(not);
  });

  test('speaking for the body, the person stays its person, named through it', () => {
    const text =
      'Calloway Foods recalled the pies. A Calloway Foods engineer said the tests were sound.';
    expect(cueSource(text, 'said')?.[1]).toBe('partial');
  });
});
