import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A person or body whose identity a clause right after it says the text keeps back is unnamed
// whatever its determiner (reason.ts's `withheldUnnamed`) and whatever its head (withheld-heads.ts:
// `who` makes a person of any noun, `whose identity` a person or a body; `which`, `whose` and
// `that` a place of business).
describe('an identity a clause keeps back, whatever the determiner', () => {
  test.each([
    ['The developer, whose name has not been released, is under investigation.', 'The developer'],
    ['The coach, whose name the club has not released, was suspended on Monday.', 'The coach'],
    ['The referee, whose identity the league did not disclose, was stood down.', 'The referee'],
    ['The agency, whose name officials declined to give, has lost the contract.', 'The agency'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a name given, or a name that only appears somewhere
    ['The bakery, which was named business of the year, closed in May.', 'The bakery'],
    ['The coach, whose name appears on the letter, was suspended on Monday.', 'The coach'],
    // a post not yet filled, and a place kept back, not who
    ["The club's chief executive has not been named.", "The club's chief executive"],
    ['The officer declined to name the country.', 'the country'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

describe('an identity a clause keeps back, whatever the head', () => {
  test.each([
    ['The pair, who cannot be named for legal reasons, deny the charges.', 'The pair'],
    ['The bakery, which inspectors declined to identify, was closed last week.', 'The bakery'],
    [
      'The trading house, which the people declined to identify, is betting on drought.',
      'The trading house',
    ],
    ['The depot, whose name has not been released, failed its inspection.', 'The depot'],
    // an identity only a person or a body has, whatever the head's word
    [
      'The acquirer, whose identity could not be learned, has offered about $2 billion.',
      'The acquirer',
    ],
    ['The booster, whose identity has not been disclosed, paid the fees.', 'The booster'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a thing, not a place of business
    ['The drug, which the company declined to name, is being withdrawn.', 'The drug'],
    ['The vessel, whose name has not been released, sank off the coast.', 'The vessel'],
    // `who` after a thing belongs to the person before it
    [
      'The woman who filmed the rescue, who asked not to be named, said she was shaking.',
      'the rescue',
    ],
    [
      'An employee at the Harbour Herald, another Brell title, who spoke on condition of anonymity, said staff had been told.',
      'another Brell title',
    ],
    // a victim, who is no actor
    ['The pair, who cannot be named, were taken to hospital.', 'The pair'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});

// A place of business or institution standing for the firm running it, counted or indefinite,
// that does a past act to something (place-bodies.ts).
describe('a place of business that acts', () => {
  test.each([
    ['Several garages fitted the faulty part to customers\u2019 cars.', 'Several garages'],
    ['Residents said a pharmacy had twice delivered the wrong medication.', 'a pharmacy'],
    ['A hospital sent bailiffs to her door over a parking fine.', 'A hospital'],
    ['At least six galleries had bought works from him since 2015.', 'At least six galleries'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // the place as a place: no object, a patient, or what befalls it
    ['A factory closed in May.', 'A factory'],
    ['The dairy was inspected twice.', 'The dairy'],
    ['A warehouse caught fire overnight.', 'A warehouse'],
    ['A hospital received 40 patients after the crash.', 'A hospital'],
    ['Some farms had seen crops fail across the valley.', 'Some farms'],
    ['Staff were sent to a school that opened nearby in 2021.', 'a school'],
    // a by-agent acts, not the place
    ['The comments were removed by moderators.', 'The comments'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed')).not.toContain(not);
  });
});
