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
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the employer's people doing its acts, and the union's own members
    ['Engineers at Varden Aerospace designed the new wing.', 'Engineers'],
    ['Members of the Kelmer Drivers Union voted to strike.', 'Members'],
    ['Engineers at Varden Aerospace walked visitors round the plant.', 'Engineers'],
    ['Engineers at Varden Aerospace voted to approve the new wing design.', 'Engineers'],
    ['Staff at Harlow Foods designed the new packaging.', 'Staff'],
    ['Crews on the Corran ferry route sailed through the storm.', 'Crews'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
