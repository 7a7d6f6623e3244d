// A party known only by its rank among, or its dealings with, someone the story names ("the
// firm's largest shareholder", "its supplier"), acting or credited: an unnamed actor
// (ranked-parties.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('a party known by its rank or dealing, acting', () => {
  test.each([
    [
      "Orvane Foods' largest shareholder is pushing the board to sell the snacks unit.",
      "Orvane Foods' largest shareholder",
    ],
    [
      "Pellmark Steel's two biggest investors have written to the chairman demanding changes.",
      "Pellmark Steel's two biggest investors",
    ],
    [
      "The town's biggest employer, a frozen-food maker, cut 300 jobs last month.",
      "The town's biggest employer",
    ],
    [
      "Dunmore's largest dairy processor has stopped buying milk from six farms.",
      "Dunmore's largest dairy processor",
    ],
    [
      'The museum reopened late after its heating supplier missed two deadlines.',
      'its heating supplier',
    ],
    [
      "The team's insurer initially refused to pay for the surgery, two people said.",
      "The team's insurer",
    ],
    [
      "The charity's main lender has agreed to extend the loan by a year.",
      "The charity's main lender",
    ],
    ["The club's lenders are said to be seeking new guarantees.", "The club's lenders"],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // named in apposition or by `is`, a preposition's object, a passive that befalls it, the
    // reader's own, the body's own part, no rank and no dealing noun
    "The firm's largest shareholder, the pension fund Harlow Teachers Trust, backed the plan.",
    'Its biggest customer is Norda Retail.',
    "Shares in Kessmark's second-largest lender fell 4 percent on Tuesday.",
    "The studio's insurers are understood to have been told of the delay.",
    'Your insurer may refuse to pay for a claim like this.',
    'The group sold its largest division to a rival last year.',
    "The company's chief executive resigned on Monday.",
  ])('%s', (text) => {
    expect(
      spans(text, 'unnamed').filter((x) =>
        /shareholder|customer|lender|insurer|division|executive/.test(x),
      ),
    ).toEqual([]);
  });
});

describe('a party inside the reason a source gives for anonymity (decision 97)', () => {
  test.each([
    'One tenant, who asked us not to use her name because her landlord owns half the street, showed us the damp.',
    'A driver, who spoke on condition of anonymity because his insurer is still weighing the claim, said the brakes failed.',
    'The farmer asked that his name be withheld because his lender is reviewing the loan.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed').filter((x) => /landlord|insurer|lender/.test(x))).toEqual([]);
  });

  // near misses: a reason that grants no anonymity, a name given
  test.each([
    ['She moved out in March because her landlord raised the rent twice.', 'her landlord'],
    ['He gave his name to the clerk because his insurer had asked for it.', 'his insurer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });
});
