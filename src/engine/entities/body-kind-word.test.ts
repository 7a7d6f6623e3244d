/**
 * A named body met again by the word for its kind that ends its name (`the trust` after `the
 * Hartwell Trust`, `the bank` after `Ostmark Bank`), or an outlet by a word for an outlet (`the
 * newspaper` after `the Harbour Gazette`): the same entity, named. `the company` stays the company
 * the story is about, not the latest name ending in "Company". Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The entity of the `nth` cue reading `cue`: its name and type, and whether it is named. */
function entityOf(text: string, cue: string, nth = 0): [string, string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).filter(
    (x) => text.slice(x.start, x.end) === cue,
  )[nth];
  const e = f?.source?.entity;
  return e ? [e.name, e.type, f.source!.named] : undefined;
}

describe('"the trust" is the named trust, "the newspaper" the named outlet', () => {
  test.each([
    [
      'The Hartwell Trust was at the meeting on Monday. "The bridge will close," said the trust.',
      'said',
      0,
      ['Hartwell Trust', 'organisation', true],
    ],
    [
      'The Harbour Gazette reported on Monday that the bridge would close. The newspaper added that buses would run.',
      'added',
      0,
      ['Harbour Gazette', 'organisation', true],
    ],
    // (past another body named since; an outlet met as the audience of a cue)
    [
      'The Hartwell Trust owns the pier. Brightwater Energy said it would lease it. "We are pleased," the trust said.',
      'said',
      1,
      ['Hartwell Trust', 'organisation', true],
    ],
    [
      'Ana Okafor told the Harbour Gazette that the bridge would close. The newspaper said it had seen the plans.',
      'said',
      0,
      ['Harbour Gazette', 'organisation', true],
    ],
    // (guards: a body the walk back already found stays found)
    [
      'The Orrell Heart Foundation funds the clinic. Kestrel Energy sponsors it. The foundation said the clinic would stay open.',
      'said',
      0,
      ['Orrell Heart Foundation', 'organisation', true],
    ],
    [
      'A regulator fined Ostmark Bank on Monday. A former officer at the bank said staff were discouraged. The bank said it was cooperating.',
      'said',
      1,
      ['Ostmark Bank', 'organisation', true],
    ],
  ])('%s', (text, cue, nth, want) => {
    expect(entityOf(text, cue, nth)).toEqual(want);
  });

  test('"the company" is the story\'s company, not a name that ends in "Company"', () => {
    const text =
      '"Prices have never been this low," said Tom Hale, president of the Hale Fishing Company. Whole Foods plans more cuts. The company also said it would open two stores.';
    expect(entityOf(text, 'said', 1)?.[0]).toBe('Whole Foods');
  });
});
