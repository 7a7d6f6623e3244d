import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Unnamed bodies whose own verb comes after what picks them out (position.ts): an `-ing` phrase
// with coordinated objects, a place after the core of a progressive's subject, and the subject of
// a `with` absolute clause (with-absolute.ts).

describe('a body picked out by an -ing phrase before its verb', () => {
  test.each([
    [
      'Trade groups representing bakers and corner shops sent a letter to the minister on Monday.',
      'Trade groups',
    ],
    ['A fund holding bonds and loans of the group has filed a claim.', 'A fund'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a second clause after `and`, not a second object
    ['Lobby groups representing farmers and the board said nothing.', 'Lobby groups'],
    // a bare class in a general rule
    ['Companies operating in the region face new rules from March.', 'Companies'],
  ])('%s', (text, unwanted) => {
    expect(spans(text, 'unnamed')).not.toContain(unwanted);
  });
});

describe('a progressive whose body is placed by a name after its core', () => {
  test.each([
    [
      'Grain traders in Ostravel have been hoarding stock since the harvest, a broker said.',
      'Grain traders in Ostravel',
    ],
    [
      'Fishing cooperatives in the southern province of Telmar have been selling boats, two dealers said.',
      'Fishing cooperatives in the southern province of Telmar',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a named body's part or a place that modifies another body
    ['A supplier of Brackwell Foods has been rationing deliveries.', 'A supplier'],
    [
      'Militias from the Tarsian army and the rebel front have been meeting in secret.',
      'Militias from the Tarsian army',
    ],
  ])('%s', (text, unwanted) => {
    expect(spans(text, 'unnamed').some((s) => s.startsWith(unwanted))).toBe(false);
  });
});

describe('the subject of a with absolute clause', () => {
  test.each([
    [
      'The bakery chain is likely to be sold this year, with at least two buyout firms having made offers.',
      'at least two buyout firms',
    ],
    [
      'Phishing attacks on councils doubled, with one group thought to be behind most of them.',
      'one group',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a companion, not a clause
    ['The ministry shared the maps with several charities last week.', 'several charities'],
    // a finite verb after the phrase: its subject is what comes before `with`
    ['Photos shared with several charities appeared to show the damage.', 'several charities'],
    // what befell the body
    ['The deal closed, with a rival firm having been fined.', 'a rival firm'],
  ])('%s', (text, unwanted) => {
    expect(spans(text, 'unnamed')).not.toContain(unwanted);
  });
});
