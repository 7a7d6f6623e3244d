import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a new, indefinite mention of a title credited with a claim names no holder', () => {
  test.each([
    ['A deputy minister said the plan had been shelved.', 'A deputy minister'],
    ['One rival general manager told the station the pick was on the market.', 'general manager'],
    ['An executive director at a rival charity said the merger made sense.', 'executive director'],
    ['A senior vice president who left in March said the audit was rushed.', 'vice president'],
    ['Another chief executive in the sector warned that prices would rise.', 'chief executive'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the holder the story means, or a title given
    ['The general manager said the club would appeal the ban.', 'general manager'],
    ['The chief executive told staff the plant would close.', 'chief executive'],
    ['She was named deputy director of the museum in 2019.', 'deputy director'],
    ['The board hired a chief financial officer from a rival bank.', 'financial officer'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a reporting verb right after a name is the verb of its clause', () => {
  test.each([
    [
      'A memo obtained by the Gazette shows county officials knew about the leak.',
      'county officials',
    ],
    ['Internal emails reviewed by the Journal show executives knew of the defect.', 'executives'],
    ['A filing seen by Reuters showed investigators had traced the payments.', 'investigators'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('not: a noun after a name', () => {
    expect(spans('The Netflix show producers said the finale was rewritten.', 'unnamed')).toEqual(
      [],
    );
  });
});

describe('a group with a counted part after `including` acts', () => {
  test.each([
    [
      'Creditors including at least two pension funds have rejected the offer, a person briefed on the talks said.',
      'Creditors',
    ],
    [
      'Private equity firms including at least one based in Vessing have held early talks, one of the people said.',
      'Private equity firms',
    ],
    [
      'Hedge funds including two based in Lisbon have built short positions, according to people familiar with the trades.',
      'Hedge funds',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test('not: a group whose members are named', () => {
    expect(
      spans('Retailers including Acme and Borden have raised prices, the report said.', 'unnamed'),
    ).not.toContain('Retailers');
  });
});
