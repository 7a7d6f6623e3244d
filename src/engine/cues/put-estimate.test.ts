/**
 * Session 26's desk probe (scripts/probe-cues-desks.ts): a poll, figures or a person that "puts"
 * something at a quantity or a party on a percentage gives an estimate, a required cue (decisions
 * 50, 110, 153: "puts the death toll at"), also when the object has its own post-modifier ("the
 * cost of the repairs at £3m"); a clock time is a schedule, not an estimate.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('putting a figure on something', () => {
  test.each([
    ['A poll puts the party on 34%.', 'puts', 'A poll'],
    ['The latest survey put support for the plan on 41 per cent.', 'put', 'The latest survey'],
    ['Official figures put the cost of the repairs at £3m.', 'put', 'Official figures'],
    ['Analysts put the cost at £3m.', 'put', 'Analysts'],
    [
      'A consultancy, which puts the rise at between 8% and 11%, advised delay.',
      'puts',
      'A consultancy',
    ],
    // session 31: more words of degree, a longer post-modifier, `it`, a point put to a hearer
    [
      'A survey by the trust put the cost of the work at just under £300,000.',
      'put',
      'A survey by the trust',
    ],
    ['Official figures put the number of empty posts at more than 600.', 'put', 'Official figures'],
    [
      'Her analysis put the number of homes exposed to noise above the limit at 38,000.',
      'put',
      'Her analysis',
    ],
    ["The council's own estimate puts it at 11,500.", 'puts', "The council's own estimate"],
    [
      'Counsel for the airport put it to her that she had relied on old maps.',
      'put',
      'Counsel for the airport',
    ],
    [
      'One backbencher put it to me more bluntly: "We were told to vote for it."',
      'put',
      'One backbencher',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    'They put the meeting at 3pm.',
    'They put the start at 10:00 GMT.',
    'He put the box on the table.',
    'He put the bill on 2 cards.',
    'She put the children to bed at 8.',
    'They put it to a vote on Monday.',
    'We put it at the back of the shed.',
    'They put the matter to the committee at 10am.',
    'The savings, put at 310,000 crowns a year, will keep the pools open.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a figure put on something after the verb', () => {
  test.each([['The firm collapsed with debts it put at 4.3 billion dollars.', 'put']])(
    '%s',
    (text, cue) => {
      expect(spans(text, 'attribution')).toContain(cue);
    },
  );
});

describe("a poll's placing of a contender", () => {
  test.each([
    ['An exit poll puts the Greens ahead as counting begins.', 'puts', 'An exit poll'],
    [
      'A survey of party members put Moreau narrowly ahead of Lind.',
      'put',
      'A survey of party members',
    ],
    ['Meet the outsider a new poll puts within reach of the presidency.', 'puts', 'a new poll'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    // a match's play, a thing handled, a question put
    'A late goal put the visitors ahead.',
    'The survey put the question to 2,000 voters.',
    'The win put the club level on points with the leaders.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('a way of saying, or a matter put to a hearer', () => {
  // session 41: "as one judge put it to me," and "put it more bluntly:" are ways of saying
  // (decision 153's idiom); a reporter who puts "this" or the claims to a person or body asks
  // for an answer (required in the labelled sets of sessions 34-38)
  test.each([
    [
      'Tenants pay more because, as one landlord put it to me, "the market allows it".',
      'put',
      'one landlord',
    ],
    ['A retired nurse put it more bluntly: nobody was listening.', 'put', 'A retired nurse'],
    ['I put this to a senior engineer on Tuesday.', 'put', 'I'],
    ['When we put these claims to the council, a spokesman said they were wrong.', 'put', 'we'],
    ['The Herald put the allegations to Mr Quarry, who denied them.', 'put', 'The Herald'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  // point 290: "the faults had been put to managers" in the passive, its cue beside the passive
  test.each([
    ['A former nurse said the failings had been put to the managers.', 'put'],
    ['These claims were put to the company, which denied them.', 'put'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'She put this to use in her garden.',
    'They put these plans to the test.',
    'The board put that to a vote in June.',
    'He put it to bed early.',
    'As a rule, they put it to one side.',
    'The plan was put to a vote on Monday.',
    'The prisoner was put to death in 1820.',
    'The council was consulted on the offer before it was put to members.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

// point 335: a reporter's or speaker's question put to someone for an answer is a required cue;
// a poll's question put to voters and a matter put to a vote are not
describe('a question put to someone', () => {
  test.each([
    ['We put the question to the harbour master on Friday.', 'put'],
    ['The Courier put these questions to the council, which did not reply.', 'put'],
    ['We have put our queries to the club.', 'have put'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The survey put the question to 2,000 voters.',
    'The chair put the question to a vote.',
  ])('not: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('put');
  });
});
