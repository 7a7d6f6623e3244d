// The people of political news a party only places (decisions 5, 80, 100 and 172 of the labelled
// sets): a party's name of any shape, the common noun "party", an uncounted one-word party before
// elected members, and an adjective that opens the sentence before "MPs". Found with
// scripts/probe-politics.ts; the sentences are invented.
import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe("a word of a party's name the text gives stands for the party (placed-members.ts)", () => {
  const lead = 'The Civic Renewal Party has led the polls since May. ';
  test.each([
    [`${lead}A senior Renewal figure said the leader would not survive the summer.`, 'said'],
    [`${lead}Renewal strategists believe the seat is safe.`, 'believe'],
    ['The Forward Party lost two seats. Forward operatives said turnout was to blame.', 'said'],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test.each([
    [`${lead}Renewal donors pulled out of the gala on Friday.`, 'Renewal donors'],
    [`${lead}Several Renewal activists walked out of the conference.`, 'Several Renewal activists'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test("the party's officers stay persons of it", () => {
    expect(cueSource(`${lead}A Renewal spokesman said the leader would stay.`, 'said')?.[1]).toBe(
      'partial',
    );
  });

  test('a capitalised word no party name in the text has stays a name', () => {
    // (a firm's strategists may work for it: "Goldman strategists")
    expect(cueSource('The bank will cut rates, Goldfarb strategists said.', 'said')?.[1]).toBe(
      'partial',
    );
  });
});

describe('the common noun "party" places its people in any case', () => {
  test.each([
    [
      'Voters deserted the Unity Party. Three senior party sources said the leader must go.',
      'said',
    ],
    ['The Unity Party lost badly. A party source said the leader would resign.', 'said'],
    ['On Tuesday, party donors said they would stop giving.', 'said'],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test("a party's spokesman stays its officer", () => {
    expect(
      cueSource(
        'The Unity Party lost badly. A party spokesman said the leader would stay.',
        'said',
      )?.[1],
    ).toBe('partial');
  });
});

describe('a one-word party before elected members, counted or not (namedness.ts)', () => {
  test.each([
    ['Liberty MPs said the bill would fail.', 'said'],
    ['Local Liberty councillors said the count was rigged.', 'said'],
    ['A group of House Commonwealth lawmakers said the bill was dead.', 'said'],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test('a definite one may be the members a story named', () => {
    expect(cueSource('The Liberty MPs said the bill would fail.', 'said')?.[1]).not.toBe(false);
  });
});

describe('an adjective that opens the sentence before "MPs" is no name (context.ts)', () => {
  test.each([
    ['Furious MPs demanded a recount on Tuesday.', 'Furious MPs'],
    ['Rebellious MPs voted against the bill.', 'Rebellious MPs'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('source not named', () => {
    expect(cueSource('Furious MPs said the bill would fail.', 'said')?.[1]).toBe(false);
  });
});
