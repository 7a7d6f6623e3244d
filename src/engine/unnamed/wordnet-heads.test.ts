/**
 * Heads that only WordNet's list (`wordnet-actors.json`) knows: people and bodies the hand lists
 * never met are actors the same way, in wire, tabloid, sports, local and trade prose.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a person or body that only WordNet lists is an unnamed actor or source', () => {
  test.each([
    // credited, with shapes the agent-noun endings miss (-man, -maid, -eer, -ain, -ary)
    ['Two linesmen said the ball had crossed the line.', 'Two linesmen'],
    ['A chambermaid told the Daily Star the singer had trashed the suite.', 'A chambermaid'],
    [
      'According to an alderman who sat on the planning committee, the vote had been rigged.',
      'an alderman',
    ],
    ['Some natives of the island claim the reef was dynamited.', 'Some natives of the island'],
    // a plural opening its sentence is no name
    ['Churchwardens have long complained that the roof leaks.', 'Churchwardens'],
    // acting, counted or indefinite
    ['The mutiny was led by a handful of mutineers, two officers said.', 'a handful of mutineers'],
    [
      'Several tribal chieftains have rejected the deal, according to a local radio station.',
      'Several tribal chieftains',
    ],
    ['A platoon opened fire on the convoy, two witnesses said.', 'A platoon'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // people are not these nouns' main sense, or no body that acts
    ['Whales were spotted off the coast on Sunday.', 'Whales'],
    ['A predator was seen near the school gates.', 'predator'],
    ['The airline industry has lobbied hard against the tax.', 'industry'],
    ['Households in the valley were told to boil their water.', 'Households'],
    ['Batteries in the phones overheated, the company said.', 'Batteries'],
    // a class in general
    ['Natives of the valley are known for their wool.', 'Natives'],
  ])('not: %s', (text, word) => {
    expect(spans(text, 'unnamed').join(' | ')).not.toContain(word);
  });

  test('a WordNet noun in a personal name is a surname', () => {
    expect(
      seen('Ann Potter, the council treasurer, said the accounts were in order.', 'attribution'),
    ).toEqual([{ text: 'said', source: 'Ann Potter', named: true }]);
    expect(spans('Potter said the plan was sound.', 'unnamed')).toEqual([]);
  });
});
