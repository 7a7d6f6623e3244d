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
    ['The strike began after talks over a new contract broke down.', 'talks'],
    ['Talks over a shared stadium stalled in the spring.', 'Talks'],
    ['The firm has been in talks with its lenders since March over a missed payment.', 'talks'],
    ['He had a long argument with his landlord about the boiler.', 'argument'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});

describe('talks with no topic, over a stretch of time, or only sought', () => {
  test.each([
    'The talks over the weekend went well.',
    'Talks over two days ended without a deal.',
    'The union is in talks to buy the building.',
    'Talks collapsed on Monday.',
    'The two clubs held talks with each other on Friday.',
    'The union would seek talks with the owners over redundancy terms.',
    'Residents have called for urgent talks about the closures.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
