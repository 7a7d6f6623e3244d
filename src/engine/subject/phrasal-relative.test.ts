/**
 * A reduced relative whose participle is phrasal ("carried out", "drawn up", "set out") sits
 * between the subject and its verb as a one-word participle does: the source is the phrase
 * before it. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a phrasal participle between subject and verb', () => {
  test.each([
    ['Samples carried out last month suggest the lake is recovering.', 'suggest', 'Samples'],
    ['Surveys carried out last spring show that the birds are declining.', 'show', 'Surveys'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });

  // near misses: a participle after an auxiliary is the clause's own verb, and a particle
  // after a finite verb ends a clause of its own
  test.each([
    ['Tenants who had moved out said the rent was too high.', 'said', 'Tenants'],
    ['Prices have gone up, traders say.', 'say', 'traders'],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.[0]).toBe(source);
  });
});
