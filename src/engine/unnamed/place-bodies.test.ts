// A place or institution noun standing for the body that runs it, counted or plural and unnamed,
// doing what only people or bodies do: an unnamed actor (decision 157 of the labelled sets: a
// counted group with a specific act) (place-bodies.ts). Found with scripts/probe-heads.ts; the
// sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a counted place or institution, acting', () => {
  test.each([
    ['At least nine towns have pulled out of the resettlement scheme since March.', 'towns'],
    [
      'The agency blamed the withdrawal of several municipalities that had agreed to host families.',
      'municipalities',
    ],
    [
      'A surveyor said several dioceses were quietly preparing lists of churches to sell.',
      'dioceses',
    ],
    ['Schools in three regions were told by officials to stay open during the strike.', 'Schools'],
    ['Several of the largest universities declined to provide figures.', 'universities'],
    ['Boundaries were moved twice as exam boards argued over the final figures.', 'boards'],
    ['At least one other streaming platform is believed to have bid for the rights.', 'platform'],
    ['Two counties have sued the state over the new maps.', 'counties'],
    ['Dozens of schools have banned mobile phones this term.', 'schools'],
    ['At least a dozen churches have opted out of the new rules.', 'churches'],
    ['Towns pull out of refugee scheme as several villages object', 'villages'],
    ['Several independent labels say they were not consulted.', 'labels'],
    ['Fishing clubs downstream have long complained of falling catches.', 'clubs'],
    ['Two platforms removed the video within hours of the broadcast.', 'platforms'],
    ['Three supermarket chains have pulled the product from their shelves.', 'chains'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').some((x) => x.endsWith(want))).toBe(true);
  });

  test.each([
    // the place as a place, a passive that is no instruction, a habit, a supposition, a negated
    // act, a definite mention
    'Several towns flooded after the river burst its banks.',
    'Schools reopen on Monday after the half-term break.',
    'Three hospitals were built in the region last decade.',
    'Two schools were damaged in the storm.',
    'Small towns often vote against new housing.',
    'If several towns withdrew, the scheme would collapse.',
    // (a county is also a body, like a company: "Four counties have not signed" is flagged)
    'Four towns have not signed the agreement.',
    'The towns have agreed to share a bus service.',
    'Prices in several cities rose sharply last month.',
    // an apposition to a named place whose voters voted, a generic class told to act, a site in
    // a series of incidents
    'In Ostley, a mining town that voted heavily for independence, the mood was bitter.',
    'A spokesman for the forum said institutions had been asked to show flexibility.',
    'Unconfirmed reports that a second hospital had paused procedures could not be verified.',
    'The data was collected from sites that had blocked automated crawlers.',
    'Dozens of stations were flooded overnight.',
    'A building site has dropped in value.',
  ])('%s', (text) => {
    const noun =
      /\b(?:towns?|schools|hospitals?|counties|cities|institutions|sites?|stations)\b/i.exec(
        text,
      )![0];
    expect(spans(text, 'unnamed').filter((x) => x.includes(noun))).toEqual([]);
  });
});

// The same bodies placed by a phrase that runs straight into a past act ("in Marsh Vale turned
// away"), a trade's house or a care home, an app, a progressive act done to an object, and a
// place body in what someone tells "how" it acted. Invented sentences.
describe('a place or institution placed, acting on something', () => {
  test.each([
    [
      'A hospital in Marsh Vale turned away patients for six hours on Monday, a nurse said.',
      'hospital',
    ],
    ['An auction house has withdrawn two paintings from sale.', 'house'],
    ['A regional theatre in Pellow has cancelled the tour.', 'theatre'],
    [
      'A grain trading house based in Kessport has bought up most of the harvest, traders said.',
      'house',
    ],
    ['A retired teacher has told how a hospital sent debt collectors to her home.', 'hospital'],
    ['Two pharmacies in the county have been charging patients extra fees.', 'pharmacies'],
    ['Hospitals across the county have been charging patients extra fees.', 'Hospitals'],
    ["A popular budgeting app has been sharing users' bank details with marketers.", 'app'],
    ['A betting app offered free bets to children, a regulator said.', 'app'],
    ['Two care homes near Brill turned away visitors last week.', 'homes'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').some((x) => x.endsWith(want))).toBe(true);
  });

  test.each([
    // a dwelling, what befalls a place or comes to it, a class's habit
    'A house in the village hosted a wedding last week.',
    'A house near the river burned down on Sunday.',
    'Homes in the area lost power overnight.',
    'Schools are using the new app to track attendance.',
    'A hotel in the resort flooded after the storm.',
    'Care homes in the region are receiving more residents.',
    'A hotel near the station has been housing families since March.',
  ])('%s', (text) => {
    const noun = /\b(?:houses?|homes?|schools|hotels?)\b/i.exec(text)![0];
    expect(spans(text, 'unnamed').filter((x) => x.includes(noun))).toEqual([]);
  });
});
