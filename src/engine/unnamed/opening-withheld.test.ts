// A sentence's opening phrase for a person or body that the clause after its comma shows kept back
// ("The supplier, whose name the ministry has not released,"): an anonymous actor or source
// (opening-withheld.ts). The sentences are invented.
import { describe, expect, test } from 'vitest';
import { spans } from '../test-helpers';

describe('an opening phrase its clause shows withheld', () => {
  test.each([
    // (a title, and main clauses where the phrase does not act: other rules miss these)
    [
      "The judge, whose name the county's ethics commission has not released, has not been charged.",
      'The judge',
    ],
    [
      'The seller, which the two bankers asked the Courier not to name, could raise more than 300 million euros from the sale.',
      'The seller',
    ],
    [
      'The lender, which the three executives asked the Journal not to name, could call in the loan next month.',
      'The lender',
    ],
    ['The officer, who was not named in court, has been suspended on full pay.', 'The officer'],
  ])('%s', (text, want) => {
    expect(spans(text, 'unnamed')).toContain(want);
  });

  test.each([
    // a victim whose name is kept back, a clause that names something else, a clause that keeps
    // nothing back, a thing
    'The boy, whose name has not been released, was taken to hospital.',
    'The injured driver, whose name was not released, was heading home from work.',
    'The minister, who did not name a date, promised the law would change.',
    'The trust, which runs eleven schools, opened a new campus in May.',
    'The drug, whose name the maker withheld, is sold in thirty countries.',
    // left out of a document's list of parties, not kept back
    'Brenmoor Foods sells cheese. The company, which was not named in the complaint, said it would help.',
  ])('%s', (text) => {
    expect(spans(text, 'unnamed')).toEqual([]);
  });
});
