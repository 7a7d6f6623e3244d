import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

// A new mention of an occupation's people in a progressive with its object is a particular group
// at work on something the story tells of (position.ts, occupationAtWork), in the writer's words
// as in a source's; bare people at a progressive are often scenery, and a definite mention or a
// bare singular is someone the story already has.
describe('an occupation at work in a progressive', () => {
  test.each([
    ['Two Liberal senators are drafting a bill to cap rents.', 'Two Liberal senators'],
    [
      'Gas prices climbed as traders weighed reports that a major producer was considering output cuts.',
      'a major producer',
    ],
    [
      'Brokers said a large buyer, thought to be a pension fund, had been accumulating the shares since Monday.',
      'a large buyer',
    ],
    ['An outside investor has been meeting the club’s directors for weeks.', 'An outside investor'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // scenery: people who are no occupation
    ['Two men were walking their dogs near the reservoir.', 'Two men'],
    // a definite mention the story already has
    ['The pilot was preparing the aircraft for departure.', 'The pilot'],
    // a bare singular is a surname
    ['Mason is considering an appeal against the ruling.', 'Mason'],
    // a state of mind, or waiting
    ['Two plumbers were hoping for a quieter winter.', 'Two plumbers'],
    // no object after the progressive
    ['Several dentists were waiting.', 'Several dentists'],
  ])('%s', (text, not) => {
    expect(spans(text, 'unnamed').join('|')).not.toContain(not);
  });
});
