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
