// Whom an accusation or a blame names in the accuser's own words, in quotation marks, acts as
// the unquoted object does ("blamed armed gangs for the attack"): known only by a description
// (parties.ts accusedObject; decisions 56 and 70 of the labelled sets make the accused actors).
// The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('a quoted object of accuse or blame', () => {
  test.each([
    ['The governor has blamed "paid saboteurs" for the riot.', 'saboteurs'],
    ['The ministry blames "foreign provocateurs" for the unrest', 'provocateurs'],
    ['The coach accused "a few disloyal players" of leaking the team sheet.', 'a few'],
    [
      'The charity accused "a small group of former volunteers" of spreading lies.',
      'a small group',
    ],
    ['Her agent blamed "a couple of hangers-on" for the damage to the suite.', 'a couple'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // no accusation: the quotation is not the object of accuse or blame
    ['The governor praised "foreign provocateurs" in a speech on the riot.', 'provocateurs'],
    ['The singer thanked "a couple of hangers-on" for the flowers.', 'hangers-on'],
    // a blame with nothing it is for
    ['The mayor blamed "provocateurs" and said nothing more.', 'provocateurs'],
    // a quotation that does not close within the phrase's reach
    [
      'The mayor blamed "provocateurs and the people who paid them to come here and sleep in the square" for it.',
      'provocateurs',
    ],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

// A censure of a body's or a person's conduct lays the deed at its object as accusing does
// ("criticised a county council for delays").
describe('the object of a censure for a deed', () => {
  test.each([
    [
      'An ombudsman has criticised a housing association for ignoring damp complaints.',
      'a housing association',
    ],
    ['The tribunal condemned a security firm over the treatment of detainees.', 'a security firm'],
    ['The judge rebuked two officers for losing the evidence bags.', 'two officers'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // no deed: a censure of a thing, or with nothing it is for
    ['The watchdog criticised a plan for the bypass.', 'a plan'],
    ['The ombudsman criticised a housing trust and said nothing more.', 'a housing trust'],
    // praise is no fault
    ['The mayor praised a housing trust for its work with tenants.', 'a housing trust'],
  ])('not: %s', (text, not) => {
    expect(found(text)).not.toContain(not);
  });
});
