import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

const found = (text: string) => spans(text, 'unnamed').join(' | ');

describe('an apposition that describes an unnamed person again is unnamed (decision 78)', () => {
  test.each([
    [
      'A police official said the suspect, a 31-year-old man whose name has not been released, was arrested at dawn.',
      'a 31-year-old man',
    ],
    ['One of them, a retired teacher, said the fence had been cut twice.', 'a retired teacher'],
    [
      'Three drivers who saw the crash said the van sped off. One of them, an engineer, said it never braked.',
      'an engineer',
    ],
    [
      'The other, a junior analyst at the time, described the meeting as tense.',
      'a junior analyst',
    ],
    ['A third person, a contractor who worked on the site, confirmed the account.', 'a contractor'],
    [
      'His former teammate, now a coach in Belhaven, said the two had fallen out.',
      'a coach in Belhaven',
    ],
    [
      'The investigating detective, a sergeant with 15 years on the force, testified that the gun was never found.',
      'a sergeant',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // a name, not a description; a named person described; a body's people
    ['One of them, Lena Orr, said the fence had been cut twice.', 'Lena Orr'],
    ['Mayor Ana Ruiz, a former teacher, said the school would stay open.', 'a former teacher'],
    ['The company, a supplier of car parts, said profits fell.', 'a supplier'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

describe('people placed by where they come from or by a party are unnamed', () => {
  test.each([
    [
      'According to a person close to the campaign, a wealthy donor from Kessby has offered to pay the bills.',
      'a wealthy donor from Kessby',
    ],
    [
      'The painting was bought by an anonymous collector from Orlow for $2 million, the auction house said.',
      'an anonymous collector from Orlow',
    ],
    [
      'Buyers at the Marden trade fair said exhibitors were cutting prices.',
      'Buyers at the Marden trade fair',
    ],
    [
      'Senior figures in the Reform Party fear the contest could split the membership.',
      'Senior figures in the Reform Party',
    ],
    [
      'Some councillors in the ruling group are understood to have privately questioned the plan.',
      'Some councillors in the ruling group',
    ],
    ['Two women from Sarra told the court they had been paid in cash.', 'Two women from Sarra'],
    ['One witness, a woman from Kessby, said the car had no lights.', 'a woman from Kessby'],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // staff of a named body, and a party's own officers, speak for it
    ['Analysts at Skarvik Securities said the deal made sense.', 'Analysts'],
    ['Engineers at the Orvane Rail depot said the brakes had been checked.', 'Engineers'],
    ['Officials in the Finance Ministry said the figures were wrong.', 'Officials'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});

describe('a stake-holder with a `to` phrase keeps it', () => {
  test.each([
    [
      'Lenders to the retailer have hired restructuring advisers, according to people with knowledge of the matter.',
      'Lenders to the retailer',
    ],
    ['Creditors to the builder said they would reject the offer.', 'Creditors to the builder'],
    ['Donors to the senator have begun to withhold money, aides say.', 'Donors to the senator'],
    [
      'Suppliers to the chain have stopped deliveries, two people familiar with the matter said.',
      'Suppliers to the chain',
    ],
    [
      'A former bodyguard to the singer said she had feared for her safety.',
      'A former bodyguard to the singer',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test('not: a market in general', () => {
    expect(found('The firm sold its stake to lenders last year.')).not.toContain('lenders');
  });
});

describe('a group placed in a place or body, at work in a progressive, acts', () => {
  test.each([
    [
      'Campaign volunteers in Marden County have been knocking on doors with old lists, two organizers said.',
      'Campaign volunteers in Marden County',
    ],
    [
      'Parents in a chat group for the district are organizing a boycott of the new timetable.',
      'Parents in a chat group for the district',
    ],
    ['Traders in Orlow said a buyer in Sarra had been snapping up cargoes.', 'a buyer in Sarra'],
    [
      'Students at the Kelby campus are collecting signatures against the fee rise.',
      'Students at the Kelby campus',
    ],
    [
      'Volunteers in Tarrow County are clearing the beach after the spill.',
      'Volunteers in Tarrow County',
    ],
  ])('%s', (text, want) => {
    expect(found(text)).toContain(want);
  });

  test.each([
    // what they wear, a state of mind, a speaker's summing up
    ['Two men in hi-vis jackets were walking their dogs near the river.', 'Two men'],
    ['Residents in the village are hoping for a quick repair.', 'Residents'],
    ['She said: "Families in this town are choosing between heating and eating."', 'Families'],
  ])('not: %s', (text, word) => {
    expect(found(text)).not.toContain(word);
  });
});
