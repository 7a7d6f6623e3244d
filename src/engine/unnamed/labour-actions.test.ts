import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a named employer’s workforce in its own labour action acts', () => {
  test.each([
    [
      'Drivers at Kelmer Buses voted on Sunday to reject the latest pay offer and strike.',
      'Drivers at Kelmer Buses',
    ],
    ['Cleaners at Orsa General Hospital have staged a walkout over pay.', 'Cleaners at Orsa'],
    ['Porters at the Dunmoor Royal Infirmary walked off the job on Monday.', 'Porters at the'],
    ['Engineers at Varden Aerospace are to strike for three days.', 'Engineers at Varden'],
    // past an apposition, and a vote on the employer's terms
    [
      'Guards at Norland Rail, the regional operator, are preparing to picket the depot.',
      'Guards at Norland Rail',
    ],
    [
      'Porters at Ashby Freight have voted to accept a 6% pay offer, ending the dispute.',
      'Porters at Ashby Freight',
    ],
    [
      'Mechanics at Orrin Transit voted narrowly on Sunday to reject the latest contract offer.',
      'Mechanics at Orrin Transit',
    ],
    // a workforce named as one, and one placed on a route
    ['Staff at a Harlow Foods warehouse walked out over pay on Friday.', 'Staff at a Harlow'],
    ['Cabin crew at Aurora Air have voted to strike over rosters.', 'Cabin crew at Aurora Air'],
    ['Crews on the Corran ferry route walked out on Monday in a row over rosters.', 'Crews on the'],
    // a workforce placed across a country or a region
    ['Postal workers across Ostmark walked out at dawn over pensions.', 'Postal workers across'],
    // a walkout to come, and a workforce placed by `of`
    ['Baggage handlers at Kelbury Air will walk out for 24 hours from Friday.', 'Baggage handlers'],
    ['Players of the Marrow Symphony Orchestra walked out on Friday.', 'Players of the Marrow'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the employer's people doing its acts, and the union's own members
    ['Engineers at Varden Aerospace designed the new wing.', 'Engineers'],
    ['Members of the Kelmer Drivers Union voted to strike.', 'Members'],
    ['Engineers at Varden Aerospace walked visitors round the plant.', 'Engineers'],
    ['Engineers at Varden Aerospace will walk visitors round the plant.', 'Engineers'],
    ['Engineers at Varden Aerospace voted to approve the new wing design.', 'Engineers'],
    ['Staff at Harlow Foods designed the new packaging.', 'Staff'],
    ['Crews on the Corran ferry route sailed through the storm.', 'Crews'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});

describe('a workforce the entities file under its named body still acts in its labour action', () => {
  test.each([
    // a source in the sentence, so the entities track the phrase under the body
    [
      'Flight attendants at Norvik Air picketed the terminal on Friday, warning that fares would rise.',
      'Flight attendants at Norvik Air',
    ],
    // a protest, and a vote of no confidence, against those they work for
    [
      'Staff at the Penrose Gallery have written to its trustees to protest against the sponsorship deal, a curator said.',
      'Staff at the Penrose Gallery',
    ],
    [
      'Staff at the Orrin Courier have passed a motion of no confidence in its owners, a union official said.',
      'Staff at the Orrin Courier',
    ],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a strike or a protest they speak of, not one they take part in
    [
      'Analysts at Korvin Securities estimated the strike could cost the airline 22 million.',
      'Analysts',
    ],
    [
      'Analysts at Skarvik Securities wrote in a note that a two-day strike would cost the airline dearly.',
      'Analysts',
    ],
    ['Engineers at Varden Aerospace said the protest had been peaceful.', 'Engineers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
