/**
 * A speaker or office partly named by a possessive (`his spokesman`, `her lawyer`, `her office`)
 * carries whom it speaks for (`SourceEntity.owner`): the named person or body the pronoun look-up
 * found, with that entity's id, so the ledgers can list the speaker there. A speaker named
 * otherwise, or one whose possessive finds no named party, carries none. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The owner of the source of the `nth` cue `cue`. */
function ownerOf(text: string, cue: string, nth = 0) {
  const findings = analyze(text, { kinds: ['attribution'] });
  const f = findings.filter((g) => text.slice(g.start, g.end) === cue)[nth];
  return f?.source?.entity?.owner;
}

describe('a possessive speaker says whom it speaks for', () => {
  test.each([
    [
      'Opposition leader Dara Quell, who has been abroad for a month, returned to the capital on Monday, his spokesman said.',
      'said',
      'Dara Quell',
    ],
    [
      'Governor Ana Marsh did not attend the opening. Her office said the trip had been cancelled for security reasons.',
      'said',
      'Ana Marsh',
    ],
    [
      'Striker Tomas Brenn is keen to stay at the club, his agent told the Evening Post.',
      'told',
      'Tomas Brenn',
    ],
  ])('%s', (text, cue, owner) => {
    expect(ownerOf(text, cue)?.name).toBe(owner);
  });

  test('with the id of the party when the story credits that party too', () => {
    const text =
      'Mayor Ilse Varn said the budget was balanced. Her spokeswoman said later that two posts would go.';
    const findings = analyze(text, { kinds: ['attribution'] });
    const mayor = findings.find((f) => text.slice(f.start, f.end) === 'said')?.source?.entity;
    const owner = ownerOf(text, 'said', 1);
    expect(owner?.name).toBe(mayor?.name);
    expect(owner?.id).toBe(mayor?.id);
  });

  test.each([
    ['A spokesman said the trip had been cancelled.', 'said'],
    ['A Talvik Foods spokeswoman said the plant would close.', 'said'],
    ['Their spokesman said the members would vote on Friday.', 'said'],
  ])('none: %s', (text, cue) => {
    expect(ownerOf(text, cue)).toBeUndefined();
  });
});
