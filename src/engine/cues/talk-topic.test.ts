/**
 * Nouns of talk and quarrel are cues with their topic (decision 168 of the labelled sets, points
 * 209 and 313), with no source; bare, or a row (a controversy or a line of things), they are not. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a noun of talk with its topic', () => {
  test.each([
    ['The report reignited debate about whether the tax is fair.', 'debate'],
    ['The vote revived a debate over school funding.', 'debate'],
    ['The two brothers had an argument over a dog.', 'argument'],
    ['Discussions about a merger began last year.', 'Discussions'],
    ['A bitter quarrel over money ended their friendship.', 'quarrel'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBeNull();
  });
});

describe('no topic, or no talk', () => {
  test.each([
    'The debate lasted three hours.',
    'Pupils held a debate in the hall.',
    'The row over the new flats has split the village.',
    'A row of houses stood by the river.',
    'The front row was empty.',
    'It was their fifth win in a row over the holidays.',
    'She sat two rows over from the mayor.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('talks with a stated topic (points 195 and 209)', () => {
  test.each([
    ['The brewer is in early talks with a rival about a merger.', 'talks'],
    ['The firm has been in talks with its lenders since March over a missed payment.', 'talks'],
    ['He had a long argument with his landlord about the boiler.', 'argument'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('talks held with a purpose are talks with a topic (points 223 and 365)', () => {
  test.each([
    ['The union is in talks to buy the building.', 'The union'],
    ['Brackwater Mills in advanced talks to sell its flour arm', 'Brackwater Mills'],
    ['The carrier is understood to be in early talks with two funds to raise cash.', 'The carrier'],
  ])('%s', (text, source) => {
    expect(spans(text, 'attribution')).toContain('talks');
    expect(sourceText(text, 'talks')).toBe(source);
  });

  test.each([
    'The union sought talks to end the row.',
    'Both sides called for talks to settle the dispute.',
  ])('not talks only sought: %s', (text) => {
    expect(spans(text, 'attribution')).not.toContain('talks');
  });
});

describe('talks with no topic, over a stretch of time, or only sought', () => {
  test.each([
    'The talks over the weekend went well.',
    'Talks over two days ended without a deal.',
    'Talks collapsed on Monday.',
    'The two clubs held talks with each other on Friday.',
    'The union would seek talks with the owners over redundancy terms.',
    'Residents have called for urgent talks about the closures.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('talks that are the event that fails stay optional whatever their topic (point 325)', () => {
  test.each([
    'The strike began after talks over a new contract broke down.',
    'Talks over a shared stadium stalled in the spring.',
    'Talks with the landlord about the rent collapsed on Monday.',
    'The walkout followed talks on staffing that fell apart last week.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test('not talks held to avert a collapse', () => {
    const text = 'The two sides are in talks about a loan to stop the club from collapsing.';
    expect(spans(text, 'attribution')).toContain('talks');
  });
});

describe('the party in the talks is their source (points 195 and 223)', () => {
  test.each([
    ['The brewer is in early talks with a rival about a merger.', 'The brewer'],
    ['Orbel Foods has been in talks with its banks since January over a breach.', 'Orbel Foods'],
    ['The airline is understood to be in talks with lessors about new jets.', 'The airline'],
    ['A union source said officials had held talks with the owners about pay.', 'officials'],
    ['Marrow Pictures has entered exclusive talks about a sale with a fund.', 'Marrow Pictures'],
    ['Kestrel Bank in talks with regulator over capital plan', 'Kestrel Bank'],
  ])('%s', (text, source) => {
    expect(sourceText(text, 'talks')).toBe(source);
  });

  test('talks that are only the subject of the clause have none', () => {
    expect(sourceText('A spokesman said talks about pay were going well.', 'talks')).toBeNull();
  });
});
