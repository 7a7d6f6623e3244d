/**
 * A figure credited only by an attributive `an estimated` or `a reported` (DECISIONS 190): the
 * participle is a cue with no source, unless the sentence has a cue of its own that credits the
 * figure. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

const cues = (text: string) => seen(text, 'attribution');

describe('a figure credited by an estimated or a reported', () => {
  test.each([
    ['The two ferries passed within an estimated 90 metres of each other in fog.', 'estimated'],
    ['The shirt deal, worth a reported 8 million crowns a season, ends in June.', 'reported'],
    ['The three buyers paid a reported $40 million each for the islands.', 'reported'],
    [
      'Relief lorries carrying food for an estimated 6,000 families are stuck at the border.',
      'estimated',
    ],
    ['The bridge has been a decade in the making and cost an estimated £300 million.', 'estimated'],
    ['The storm left an estimated two thousand homes without power.', 'estimated'],
  ])('%s', (text, cue) => {
    expect(cues(text)).toEqual([{ text: cue }]);
  });

  test.each([
    // another cue credits the figure
    [
      'The strike has cost the port an estimated 30 million crowns, according to the chamber of commerce.',
      'according to',
    ],
    ['The closures cost an estimated 30 million crowns, analysts said.', 'said'],
  ])('beside another cue: %s', (text, cue) => {
    expect(cues(text).map((c) => c.text)).toEqual([cue]);
  });

  test.each([
    // no figure after the participle
    'An estimated budget was drawn up in March.',
    'The council published a reported total of complaints for each ward.',
    // a determiner other than the article
    'The estimated 40 minutes became two hours.',
  ])('not: %s', (text) => {
    expect(cues(text).filter((c) => c.text === 'estimated' || c.text === 'reported')).toEqual([]);
  });
});

describe('a figure in a comma aside beside another cue', () => {
  // session 41 (point 291): the other cue credits the clause's event, not the sum set apart
  test.each([
    [
      'The deal, worth a reported 12 million crowns a year, was signed on Friday, the club said.',
      'reported',
    ],
    [
      'The ship, carrying an estimated 400 people, was turned back, according to the coastguard.',
      'estimated',
    ],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).toContain(cue);
  });

  test.each([
    // no aside: the other cue credits the figure too
    ['Thieves took rings worth an estimated 3 million marks, police said.', 'estimated'],
    ['Patrols cost an estimated 40 million a year, the group said.', 'estimated'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution')).not.toContain(cue);
  });
});
