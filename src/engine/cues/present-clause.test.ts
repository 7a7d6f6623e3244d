/**
 * A zero-that clause whose present verb the noun phrase reader took as a compound's last word
 * ("claims its cameras spot a swimmer": "cameras spot" is no compound when a determiner follows),
 * and a clause whose own words are quoted from its verb on ('claimed he "looked downcast"').
 * An object with a time after it ("maintains the park gates every spring") is no clause.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a zero-that clause with a present verb', () => {
  test.each([
    ['The maker claims its filters stop nearly all pollen.', 'claims', 'The maker'],
    ['The firm insists the new pumps use 40 percent less power.', 'insists', 'The firm'],
  ])('%s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });

  test.each([
    ['Neighbours claimed he "shouted at them every night".', 'claimed'],
    ['The company claims it "protects every user".', 'claims'],
  ])('a quoted verb: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    'The council maintains the park gates every spring.',
    'The council maintains the park gates each year.',
    'He claimed the prize money last week.',
    'The league has agreed a deal under which the channel will show 140 live matches a season.',
    'We need to challenge the social structures that encourage abuse.',
    'Nobody knows how the two engineers wrote the specific programs that ran the landing.',
  ])('no cue in %j', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
