import { describe, expect, test } from 'vitest';
import { seen } from '../../test-helpers';

// Invented sentences (session 26, the probe scripts/probe-features.ts): feature writing credits
// memories the way news credits statements. A person who recalls or remembers someone, an
// occasion or an act ("A neighbour recalls the day", "Friends remember him as", "remembers
// visiting") gives the writer an account, a cue with that person as source; a product or an
// envoy called back, a memory nobody states (modal, negated, imperative, nobody) is none.

describe('recall and remember report a recollection', () => {
  test.each([
    ['A neighbour recalls the day he first walked into the yard.', 'recalls', 'A neighbour'],
    ['His widow recalls the night the lights went out.', 'recalls', 'His widow'],
    ['Friends remember him as a quiet, stubborn man.', 'remember', 'Friends'],
    ['Colleagues remember a negotiator who never gave up.', 'remember', 'Colleagues'],
    [
      'One former team-mate remembers that he cried after the final.',
      'remembers',
      'One former team-mate',
    ],
    ['Parishioners remember her as generous to a fault.', 'remember', 'Parishioners'],
    [
      'An old schoolfriend recalls a boy who never stopped drawing.',
      'recalls',
      'An old schoolfriend',
    ],
    ['Her sister recalls their father as a hard man.', 'recalls', 'Her sister'],
    ['Friends remember Marsh as a quiet man.', 'remember', 'Friends'],
    ['Mourners remembered him as a man who never turned anyone away.', 'remembered', 'Mourners'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution')).toContainEqual({ text: cue, source, named: false });
  });

  test("an act remembered is one's own account", () => {
    expect(
      seen('Okafor remembers visiting one Sunday and finding nobody there.', 'attribution'),
    ).toContainEqual({
      text: 'remembers',
      source: 'Okafor',
      named: true,
    });
  });

  test.each([
    'Nordeva recalls 180,000 phones over battery swelling.',
    'Brightway recalls strollers after reports of folding frames.',
    'Toyota recalled the cars last week.',
    'The firm recalled the batch as a precaution.',
    'Toyota recalled 2,000 cars as a precaution.',
    'The president recalled the ambassador.',
    'It is the second recall involving a Brackwater product in two years.',
    'A voluntary recall affecting 2,000 units began on Monday.',
    'Remember that the vote is on Tuesday.',
    'He could not remember who gave the instruction.',
    'Voters will remember the scandal in November.',
    'It is something nobody remembers.',
    'She wanted to remember the day forever.',
  ])('no recollection reported: %s', (text) => {
    expect(seen(text, 'attribution').map((c) => c.text)).not.toContain(
      text.match(/\b(?:recall|remember)\w*/i)![0],
    );
  });
});
