/**
 * The noun `claim(s)` for payment is no claim that something is true (decisions 1 and 22): a kind
 * of payment before it, `for` after it, or a word of insuring, assessing or settling in its
 * sentence; content after it ("claims that") keeps the cue, and accusations ("fraud claims") stay
 * cues. `on suspicion of` and `under suspicion` are the ground of an arrest, nobody's claim.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

const claimCues = (text: string): string[] =>
  spans(text, 'attribution').filter((c) => /\bclaims?\b/i.test(c));

describe('claims for payment are no cue', () => {
  test.each([
    'Insurers have warned that claims from the town could exceed £15m.',
    'Its claims for extra costs are understood to total around £40m.',
    'The figure does not include flood claims from the estuary.',
    'One broker said their claims would take weeks to settle.',
    'One farmer said his claim had been rejected after an assessor visited.',
    'The board is facing compensation claims from families.',
    "The union's claim for back pay was rejected.",
    'Storm claims from the coast have doubled.',
    'Policyholders said their claims had been ignored.',
  ])('%s', (text) => {
    expect(claimCues(text)).toEqual([]);
  });
});

describe('claims with content, an owner in no payment frame, or an accusation stay cues', () => {
  test.each([
    ["The minister's claims were rejected by the council.", 'claims'],
    ['Insurers rejected claims that the floods were foreseeable.', 'claims'],
    ['The union repeated its claim that the pay offer was a cut.', 'claim'],
  ])('%s', (text, cue) => {
    expect(claimCues(text)).toContain(cue);
  });
});

describe('suspicion as the ground of an arrest is no cue', () => {
  test.each([
    'The man was being held on suspicion of wounding with intent, police said.',
    'Two women were arrested on suspicion of fraud.',
    'The firm came under suspicion after the audit.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.includes('suspicion'))).toEqual([]);
  });

  test('suspicions with an owner stay a cue', () => {
    expect(
      seen(
        "The inspector's suspicions that the books were falsified proved right.",
        'attribution',
      ).map((c) => c.text),
    ).toContain('suspicions');
  });
});
