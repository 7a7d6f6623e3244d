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
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed').join(' | ')).toContain(want);
  });

  test.each([
    // the employer's people doing its acts, and the union's own members
    ['Engineers at Varden Aerospace designed the new wing.', 'Engineers'],
    ['Members of the Kelmer Drivers Union voted to strike.', 'Members'],
    ['Engineers at Varden Aerospace walked visitors round the plant.', 'Engineers'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });
});
