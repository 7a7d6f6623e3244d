/**
 * A definite document with no antecedent of its own word (`The report`, `the findings`) in a story
 * about a named body is the document that body issued, as decision 15 of the labelled sets has
 * it for definite descriptions that refer back (link/descriptions.ts, `storyDocument`); it stays
 * unnamed when the story relied on an unnamed document before, when a reporter got hold of it,
 * when its author is withheld, when it is a recording or a filing made against the body, and
 * when the phrase gives another owner. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe("a definite document in a named body's story is that body's", () => {
  test.each([
    [
      'An internal investigation by Marden Water found that a valve had failed. The report said the fault had since been repaired.',
      'said',
      'The report',
    ],
    [
      'The Harlow Transport Authority reviewed the timetable last year. The review concluded that three routes were unprofitable.',
      'concluded',
      'The review',
    ],
    [
      'Norvik Bank published its annual results on Tuesday. The figures show that lending fell by a tenth.',
      'show',
      'The figures',
    ],
    // read out in public, not got hold of by a reporter
    [
      'The Fenmoor Health Board investigated the ward last year. The report, which was read to the tribunal, said rotas had been cut.',
      'said',
      'The report',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)).toEqual([source, true, expect.any(String)]);
  });
});

describe('near misses: the document is not the named body own', () => {
  test.each([
    // an unnamed document the story relied on before
    [
      'Staff were warned about the budget, according to internal emails seen by the Dunmore Post. Officials at Kelby Council declined to comment. The messages show that the overspend was known in March.',
      'show',
      'The messages',
    ],
    // a reporter got hold of it
    [
      'Kelby Council approved the contract in May. The tender documents, which were obtained by this newspaper, show that two bids were rejected.',
      'show',
      'The tender documents',
    ],
    // its author withheld
    [
      'Kelby Council wants to close the library. The study, written by a consultancy the council declined to name, says visits have halved.',
      'says',
      'The study',
    ],
    // the press's coverage of the body, in the plural
    [
      'Files from inside Kelby Council have reached the press, and outlets began publishing them last week. The reports highlight the overspend on the library.',
      'highlight',
      'The reports',
    ],
    // a filing made against the body
    [
      'Three former officers of the Kellport Police Department were charged on Monday. The indictment says they took bribes for two years.',
      'says',
      'The indictment',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
