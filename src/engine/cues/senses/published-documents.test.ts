/**
 * A document's publication told in a reduced relative after it, with no by-agent, is no cue of
 * its own: the document's verb ("Figures ... published on Tuesday showed") or the phrase that
 * cites it ("according to a report ... published in March") reports. With a by-agent, or as a
 * finite verb, publishing stays a cue.
 */
import { describe, expect, test } from 'vitest';
import { spans } from '../../test-helpers';

describe('a document published on a day is not itself a cue', () => {
  test.each([
    ['Figures from the retail council published on Tuesday showed sales fell.', ['showed']],
    [
      'Smuggling has grown, according to a report by the coastguard published in March.',
      ['according to'],
    ],
    ['A council document published alongside the plan estimates a saving.', ['estimates']],
    // past adverbs, and circumstances other than a day or a place
    [
      "The regulator's written findings, published shortly after the vote, say the fund broke rules.",
      ['say'],
    ],
    ['The losses appear in the annual accounts, quietly published on a Sunday.', []],
    ['The tally published with the ruling shows three judges dissented.', ['shows']],
    ['The contract, published when the sale closed, gives the city a veto.', []],
  ])('%s', (text, cues) => {
    expect(spans(text, 'attribution')).toEqual(cues);
  });

  test.each([
    ['The report was published on Tuesday by the regulator.', 'was published'],
    ['The ministry published the report on Monday.', 'published'],
    ['The report, published with little notice by the regulator, was brief.', 'published'],
    ['The union quietly published on Friday a list of its demands.', 'published'],
  ])('publishing stays a cue with its publisher: %s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });
});
