import { describe, expect, it } from 'vitest';
import { spans } from '../test-helpers';
import { gateCheck } from './gate';

/** The unnamed findings of `text`, and how many phrases the gate refused on the way. */
function run(text: string): [string[], number] {
  const before = gateCheck.refused;
  const found = spans(text, 'unnamed');
  return [found, gateCheck.refused - before];
}

describe('the gate before reason (gate.ts)', () => {
  it('runs checked in the unit tests', () => {
    expect(gateCheck.on).toBe(true);
  });

  it('refuses uncredited organisations, documents and titles no rule flags', () => {
    for (const text of [
      'Shares in the company fell after the agency had warned of losses.',
      'The museum reopened on Sunday after a year of repairs.',
      'He set out his plans in a statement on Tuesday.',
      'The figures had been revised twice since March.',
      'He questioned the secretary for three hours.',
      'Turnout was low, the council noted in its minutes.',
    ]) {
      const [found, refusedHere] = run(text);
      expect(found, text).toEqual([]);
      expect(refusedHere, text).toBeGreaterThan(0);
    }
  });

  it('lets through what a rule flags', () => {
    for (const [text, phrase] of [
      ['A rival company hired the same lawyers last week.', 'A rival company'],
      ['Leaked minutes of the meeting show the board was split.', 'Leaked minutes of the meeting'],
      ['The union cited an internal spreadsheet.', 'an internal spreadsheet'],
      ['At least one director voted against the plan.', 'At least one director'],
      ['An anonymous letter reached the newsroom on Friday.', 'An anonymous letter'],
      [
        'The money came in, with two investment firms buying most of the bonds.',
        'two investment firms',
      ],
    ] as const) {
      const [found] = run(text);
      expect(found, text).toContain(phrase);
    }
  });
});
