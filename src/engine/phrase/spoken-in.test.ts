/**
 * `in` before a noun of what is said (`a statement`, `a filing`, `an interview`, `remarks`)
 * after a person or a body tells where they said it, which belongs to the verb: the by-agent
 * "officials in a statement" is "officials". A place or a group the people belong to stays
 * in the phrase ("campaigners in the town"), and so does the medium after a document. Every
 * sentence is invented, in the shapes of wire and court news.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('the statement a by-agent speaks in is not part of the agent', () => {
  test.each([
    [
      'The claims were rejected by officials in a statement on Friday.',
      'were rejected',
      'officials',
    ],
    ['The claims were denied by the company in a filing.', 'were denied', 'the company'],
    [
      'The plan was defended by executives in an interview with the Gazette.',
      'was defended',
      'executives',
    ],
    ['His death was announced by his family in a notice.', 'was announced', 'his family'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});

describe('a place or setting of the people stays in the agent', () => {
  test.each([
    [
      'The decision was welcomed by campaigners in the town.',
      'was welcomed',
      'campaigners in the town',
    ],
    [
      'The plan was criticised by officials in the finance ministry.',
      'was criticised',
      'officials in the finance ministry',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
