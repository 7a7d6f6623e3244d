/**
 * A name the article takes (`the Carrow Wool Exchange`, `at the Holm Street Corn Hall`) is a
 * body's or a thing's, never a person's, though its last word is no actor noun the lexicon knows:
 * so `its own figures` after it are the named body's (decision 122 of the labelled sets: a
 * possessive that picks the story's one body). A name that only modifies a noun after the article
 * (`the Dana Fisher case`) stays a person's, unless the story also calls it by its last word (`the
 * exchange`); a person's name with a trade word and no article (`Jack Mason`) stays a person's.
 * A name the story also calls by its last word is that body, and the definite description its
 * back-reference. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze';
import { cueSource } from '../test-helpers';

/** The entity type of the source of the first cue reading `cue`. */
function sourceType(text: string, cue: string): string | undefined {
  const f = analyze(text, { kinds: ['attribution'] }).find(
    (g) => text.slice(g.start, g.end) === cue,
  );
  return f?.source?.entity?.type;
}

describe('a name after `the` is a body, and `its` after it is that named body', () => {
  test.each([
    // the name before a verb the lexicon does not know, called by its last word
    [
      'Prices at the Carrow Wool Exchange fell again this week. The exchange said its own figures showed a drop of a fifth.',
      'showed',
    ],
    // the name before a preposition
    [
      'Footfall at the Holm Street Corn Hall rose in May, the hall said, and its own counts suggest a record summer.',
      'suggest',
    ],
    // the name before a verb in -ed
    [
      'Work on the Tarnby Rope Works stopped last year. According to its own survey, the roof is unsafe.',
      'According to',
    ],
  ])('%s', (text, cue) => {
    const source = cueSource(text, cue);
    expect(source?.[0]).toMatch(/^its /i);
    expect(source?.[1]).toBe(true);
  });

  test.each([
    ['The Carrow Wool Exchange said prices would rise.', 'said'],
    ['The Orrin Cloth Exchange has said that prices would rise.', 'has said'],
  ])('%s', (text, cue) => {
    expect(sourceType(text, cue)).not.toBe('person');
  });

  test('a name the story calls by its last word is the body that last word then stands for', () => {
    const text =
      'A review by the Marlow Coastal Directorate found that the pier was unsafe, and the directorate said it would close it.';
    expect(cueSource(text, 'said')?.[2]).toBe('Marlow Coastal Directorate');
  });

  test.each([
    // a person's name with a trade word, no article
    ['Jack Mason said the repairs were finished.', 'said'],
    // a person's name that modifies the noun after the article
    ['Lawyers in the Dana Fisher case met on Monday. Fisher said she would appeal.', 'said'],
    ['The Ana Lind affair has dragged on for months. Lind said the claims were false.', 'said'],
  ])('%s stays a person', (text, cue) => {
    expect(sourceType(text, cue)).toBe('person');
  });

  test('a name with a style after `the` stays a person, whom `he` refers to', () => {
    const text =
      'The letter was signed by the Right Reverend Anselm Croft on Monday. Through his solicitor, he has said he regrets the delay.';
    expect(cueSource(text, 'has said')?.[1]).toBe(true);
  });

  test('a person whose name ends in a trade word gives `its` no body', () => {
    const text = 'Tom Baker runs the stall on the quay. According to its takings, trade fell.';
    expect(cueSource(text, 'According to')?.[1]).toBe(false);
  });
});
