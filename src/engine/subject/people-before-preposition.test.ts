/**
 * People described by a prepositional phrase the phrase finder does not keep ("Campaigners against
 * the bypass", "Workers without contracts") are the subject, not the preposition's object. Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('people before a preposition', () => {
  test.each([
    [
      'Campaigners against the bypass have also questioned the survey.',
      'have also questioned',
      'Campaigners',
    ],
    ['Demonstrators against the levy said the talks had failed.', 'said', 'Demonstrators'],
    ['Activists behind the petition said the council had ignored them.', 'said', 'Activists'],
    ['Cleaners without contracts told the tribunal they were paid late.', 'told', 'Cleaners'],
    ['Voters under 30 said housing mattered most.', 'said', 'Voters'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });

  // near misses: a subordinator, a fronted adverbial, a comparison and a thing before the
  // preposition leave the phrase after it as the subject
  test.each([
    ['Shares fell after investors said the bank was weak.', 'said', 'investors'],
    ['In March the council said the bridge would close.', 'said', 'the council'],
    ['Fans like Ana Brook said the ticket price was too high.', 'said', 'Ana Brook'],
    ['A week after the vote the mayor said the result stood.', 'said', 'the mayor'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
