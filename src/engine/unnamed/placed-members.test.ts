import { describe, expect, test } from 'vitest';
import { cueSource, spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('people a named party places are unnamed, `named: false` (decisions 5, 67, 80, 100)', () => {
  test.each([
    [
      'Nine Liberty Alliance members have signed a letter against the budget.',
      'Nine Liberty Alliance members',
    ],
    [
      'The claim has been repeated by several Harmony Party candidates in the north.',
      'several Harmony Party candidates',
    ],
    [
      'A veteran Liberty Alliance figure described the result as a disaster.',
      'A veteran Liberty Alliance figure',
    ],
    [
      'Unity Alliance strategists fear the seat is lost, one of them said.',
      'Unity Alliance strategists',
    ],
    [
      'Party strategists on both sides said turnout would decide the race.',
      'Party strategists on both sides',
    ],
    [
      'The Social Progress Party leads the polls. Several SPP candidates privately worry that the leader is a liability.',
      'Several SPP candidates',
    ],
    [
      'Some Freedom Party members of the committee questioned the timing.',
      'Some Freedom Party members of the committee',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    ['A veteran Liberty Alliance figure described the result as a disaster.', 'described'],
    ['Unity Alliance strategists fear the seat is lost, one of them said.', 'said'],
    ['Party strategists on both sides said turnout would decide the race.', 'said'],
    [
      'The Social Progress Party leads the polls. Several SPP candidates privately worry that the leader is a liability.',
      'worry',
    ],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test.each([
    // a party's staff and a body's officers work for it; members of a board govern it
    ['A Liberty Alliance spokesman said the party would appeal.', 'said', 'partial'],
    ['Two Acme board members said the offer was too low.', 'said', 'partial'],
  ])('staff stay persons of the body: %s', (text, cue, named) => {
    expect(cueSource(text, cue)?.[1]).toBe(named);
  });

  test('an acronym the text never spells out as a party is left alone', () => {
    expect(found('Several DVT engineers said the launch slipped.')).not.toContain('DVT engineers');
  });
});

describe('members of a party by its own noun, with a chamber or a wing (decision 100)', () => {
  test.each([
    [
      'Several Senate Republicans told leaders they would not back the bill.',
      'Several Senate Republicans',
    ],
    [
      'Moderate Democrats have privately complained that the bill goes too far.',
      'Moderate Democrats',
    ],
    ['Senior Conservatives have warned the whips they will rebel.', 'Senior Conservatives'],
    ['One House Democrat called the plan a giveaway.', 'One House Democrat'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('the party itself, bare, is no group of members', () => {
    expect(found('Republicans pilloried the plan on Tuesday.')).toBe('');
  });
});

describe("a stake in a named body or a rival of it, by the body's possessive (decision 80)", () => {
  test.each([
    ["Halvard's biggest creditors said the plan was unworkable.", 'said'],
    ["Two of Orlin's largest shareholders said the board should go.", 'said'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test("a named body's own staff stay its people", () => {
    expect(cueSource("Orlin's engineers said the design was sound.", 'said')?.[1]).toBe('partial');
  });
});

describe('party members by their chamber alone, opening the sentence and acting (decision 159)', () => {
  test.each([
    [
      'House Republicans are drafting a bill that would cap the agency’s budget, according to two aides.',
      'House Republicans',
    ],
    ['Senate Democrats are weighing a vote on the package next month.', 'Senate Democrats'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // described, not acting, and the chamber's leader by name
    ['House Republicans are a minority in the chamber.', 'House Republicans'],
    ['House Speaker Mike Johnson said the vote would be held on Friday.', 'House'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

describe("a named body's stakeholders by the name as a modifier are not its people (decisions 80, 140)", () => {
  test.each([
    [
      'Some Kessler shareholders have questioned whether the board moved quickly enough.',
      'Some Kessler shareholders',
    ],
    ['Two Orvane rivals have cut their prices since the recall.', 'Two Orvane rivals'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // the phrase's own name, and a body's people
    ['Greyfield Investors said it would vote against the deal.', 'Investors'],
    ['Some Kessler engineers have questioned the design.', 'Kessler engineers'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

describe('sources of a body of members place its people (decisions 144, 172, 184; point 267)', () => {
  test.each([
    ['The Eastern Hockey League is reviewing the trade, league sources told the Courier.', 'told'],
    [
      'The Valmoran Cycling Federation banned the rider. A federation source said the panel was split.',
      'said',
    ],
    [
      'The Rail Workers Union will ballot members. Union sources said the vote would be close.',
      'said',
    ],
    [
      'The Rail Workers Union will ballot members. A senior union source said the leader was isolated.',
      'said',
    ],
  ])('source not named: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
  });

  test('the source is flagged though the league is named before it', () => {
    expect(
      found('The Eastern Hockey League is reviewing the trade, league sources told the Courier.'),
    ).toContain('league sources');
  });

  test.each([
    // the body's office words stay its officers; a name before "League" is the body's own name
    [
      'The Valmoran Cycling Federation banned the rider. A federation official said the ban was final.',
      'said',
    ],
    [
      'The Rail Workers Union will ballot members. A union spokesman said talks had failed.',
      'said',
    ],
    ['Harwick Rovers were fined. Premier League sources said the fine was fair.', 'said'],
  ])('named through the body: %s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe('partial');
  });

  test('"source" after another body word stays the body\'s person', () => {
    expect(
      cueSource(
        'Harnmouth Council cut the budget. A council source said jobs would go.',
        'said',
      )?.[1],
    ).toBe('partial');
  });
});
