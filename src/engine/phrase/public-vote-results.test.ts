/**
 * The results of a public vote or count (`the election results`, `referendum results`, `census
 * returns`) have one issuer a reader can tell, the body that runs it: a source with `named: true`
 * and no `unnamed` (decision 105 of the labelled sets). The results of a poll, a test or a study
 * have no such issuer and stay unnamed documents. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../index';
import { cueSource } from '../test-helpers';

const unnamedSpans = (text: string): string[] =>
  analyze(text, { kinds: ['unnamed'] }).map((f) => text.slice(f.start, f.end));

describe('results of a public vote: named, not unnamed', () => {
  test.each([
    ['The Kestrian election results also suggest that most voters back the coalition.', 'suggest'],
    ['The election results show a swing to the smaller parties.', 'show'],
    ['Early referendum results show a narrow win for the yes side.', 'show'],
    ['The latest census results show the town has grown by a fifth.', 'show'],
  ])('%s', (text, cue) => {
    expect(cueSource(text, cue)?.[1]).toBe(true);
    expect(unnamedSpans(text)).toEqual([]);
  });
});

describe('near misses: results with no one issuer stay unnamed', () => {
  test.each([
    ['Poll results suggest that voters are split on the plan.', 'suggest', 'Poll results'],
    ['Test results suggest that the water is safe to drink.', 'suggest', 'Test results'],
  ])('%s', (text, cue, span) => {
    expect(cueSource(text, cue)?.[1]).toBe(false);
    expect(unnamedSpans(text)).toContain(span);
  });
});
