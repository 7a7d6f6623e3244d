import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// Person and body nouns of business, politics, industry and public services that were in no
// class of actor-nouns.json (session 21): each sentence is one the engine missed while the word
// was in no class.

describe('people of business and politics known by what they do', () => {
  test.each([
    ['A local businessman said he had been offered the site for a pound.', 'A local businessman'],
    ['Two businesswomen told the inquiry the loans were never repaid.', 'Two businesswomen'],
    ['The deal was brokered by intermediaries in a third country.', 'intermediaries'],
    ['Some policymakers have argued for a pause, the minutes show.', 'Some policymakers'],
    ['A major funder has pulled out of the project, two trustees said.', 'A major funder'],
    ['Skeptics note that the same pledge was made in 2019.', 'Skeptics'],
    ['A well-connected socialite introduced the pair at a gala.', 'A well-connected socialite'],
    ['At least three contenders have made offers for the forward.', 'at least three contenders'],
    ['Two CFOs told the paper the targets were unrealistic.', 'Two CFOs'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ').toLowerCase()).toContain(want.toLowerCase());
  });
});

describe('bodies of industry, trade and public services', () => {
  test.each([
    ['Three shippers have stopped taking bookings to the port.', 'Three shippers'],
    ['Two shipyards are understood to have submitted bids.', 'Two shipyards'],
    ['Some hospitals have begun rationing the drug, a doctor said.', 'Some hospitals'],
    ['Several navies were reconsidering similar orders, the attache said.', 'Several navies'],
    ['A large refinery on the coast has cut its output, traders said.', 'A large refinery'],
    ['Two foundries in the valley have laid off staff, a union official said.', 'Two foundries'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // a body named in the phrase, or a place only mentioned
    ['Acme Shipyards said it had submitted a bid.', 'Shipyards'],
    ['She was treated at two hospitals before she died.', 'two hospitals'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
