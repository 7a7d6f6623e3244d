/**
 * A description that counts bodies as a pair (`both ministries`, `the two companies`, `each
 * network`, `both armies`) refers back to the bodies the story named, and its source is named;
 * and a document `by the BODY` is the document of the body the story named. Every sentence is
 * invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';

/** The source of the first cue reading `cue`: its words and namedness, or undefined. */
function sourceOf(text: string, cue: string): [string, unknown] | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source ? [text.slice(f.source.start, f.source.end), f.source.named] : undefined;
}

describe('a counted description of bodies the story named', () => {
  test.each([
    [
      'Kestrel Air and Palm Jet have agreed to merge in a deal worth $2bn. The two companies said the deal would close in May.',
      'said',
      'The two companies',
    ],
    [
      'The Interior Ministry and the Defence Ministry met on Monday. Both ministries said no one had been hurt.',
      'said',
      'Both ministries',
    ],
    [
      'Brenton Mobile, Skylark Telecom and Orvin Networks will switch off 3G in June. All three networks say older handsets will stop working.',
      'say',
      'All three networks',
    ],
    [
      'Harlan Bank and the Ostmark Bank cut their rates on Friday. Both banks said mortgage demand had fallen.',
      'said',
      'Both banks',
    ],
    // the parties to a conflict, each a place with forces of its own
    [
      'Shelling resumed near the river after the Talvan army crossed the bridge. Forces of neighbouring Orsk fired back overnight. Both armies claimed gains on Sunday.',
      'claimed',
      'Both armies',
    ],
    // (named in the sentences after the summing-up)
    [
      'Both armies claimed progress on Sunday. The Talvan defence ministry said it had taken two villages. A spokesman for the Orskan general staff dismissed the claim.',
      'claimed',
      'Both armies',
    ],
    // a headline's count, named in the story's first sentences
    [
      'Shelling kills nine in border town as both armies trade blame\n\nThe Talvan army accused forces of neighbouring Orsk of firing more than 40 rounds into the town.',
      'trade blame',
      'both armies',
    ],
  ])('%s', (text, cue, source) => {
    expect(sourceOf(text, cue)).toEqual([source, true]);
  });

  test.each([
    // (only one of the pair named)
    [
      'Kestrel Air and a rival carrier have agreed to merge. The two companies said the deal would close in May.',
      'said',
    ],
    // (one ministry named, not two)
    ['The Interior Ministry met on Monday. Both ministries said no one had been hurt.', 'said'],
    // (people, not bodies: a count of people is no pair of named bodies)
    [
      'Kestrel Air and Palm Jet have agreed to merge. Two executives said the deal would close in May.',
      'said',
    ],
    // (a count with no determiner is new)
    [
      'Kestrel Air and Palm Jet have agreed to merge. Two companies said they would bid for the rest.',
      'said',
    ],
    // (no forces of a second party)
    [
      'Shelling resumed near Karvets after the Talvan army crossed the bridge. Both armies claimed gains on Sunday.',
      'claimed',
    ],
  ])('stays unnamed: %s', (text, cue) => {
    expect(sourceOf(text, cue)?.[1]).toBe(false);
  });
});

describe('a document by a body the story named', () => {
  test('an initial report by the operator', () => {
    const text =
      'Varnish Energy runs the pipeline. An initial report by the operator found that a valve had failed.';
    expect(sourceOf(text, 'found')).toEqual(['An initial report by the operator', true]);
  });

  test.each([
    // (no operator named)
    'The pipeline burst on Monday. An initial report by the operator found that a valve had failed.',
    // (a body the story withholds)
    'A contractor was hired to inspect the pipeline. An initial report by the contractor found that a valve had failed.',
  ])('stays unnamed: %s', (text) => {
    expect(sourceOf(text, 'found')?.[1]).toBe(false);
  });
});
