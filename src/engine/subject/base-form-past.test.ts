/**
 * A relative `that` after a noun, then an act verb whose past is spelled like its present (`bid`,
 * `spread`), opens a relative clause when an object, a preposition, `and` or the clause's end
 * follows the verb: the subject is the noun before `that` ("A supplier that bid for the work and
 * lost said"), not a phrase headed by the verb read as a noun. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a past spelled like its present after a relative that', () => {
  test.each([
    ['A caterer that bid for the contract said the tender was rigged.', 'said', 'A caterer'],
    ['A builder that bid and lost told the council the rules had changed.', 'told', 'A builder'],
    [
      'One haulier that bid for the route and lost said the scoring was opaque.',
      'said',
      'One haulier',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: `that` before a noun is a demonstrative or opens the content
  test.each([
    ['The mayor told the council that bid papers had gone missing.', 'told', 'The mayor'],
    ['Rivals say that bid was too low, the chairman said.', 'said', 'the chairman'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
