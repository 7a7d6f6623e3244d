/**
 * Particle verbs of dismissing and retracting with their object between verb and particle
 * (split-particle.ts): "brushed the criticism aside", "laughed that off" are one cue spanning
 * verb to particle, its subject the source; a particle that opens a place, an object that is a
 * thing handled and verbs that take no object between stay no cue.
 */
import { describe, expect, test } from 'vitest';
import { seen, spans } from '../test-helpers';

describe('a split particle verb of speaking is one cue, its subject the source', () => {
  test.each([
    [
      'The minister brushed the criticism aside on Tuesday.',
      'brushed the criticism aside',
      'The minister',
    ],
    [
      'Harbour Bank shrugged the warnings off in its results.',
      'shrugged the warnings off',
      'Harbour Bank',
    ],
    [
      'Officials waved those concerns away at the hearing.',
      'waved those concerns away',
      'Officials',
    ],
    ['The senator walked her remarks back a day later.', 'walked her remarks back', 'The senator'],
    [
      'Mayor Ines Vard played the risks down in an interview.',
      'played the risks down',
      'Mayor Ines Vard',
    ],
    ['A caller tipped officers off about the van.', 'tipped officers off', 'A caller'],
  ])('%s', (text, cue, source) => {
    expect(seen(text, 'attribution').find((s) => s.text === cue)?.source).toBe(source);
  });

  test('a pronoun object that points back to words said', () => {
    const text = 'Some claimed the coach would quit. Tomas Brandt laughed that off.';
    expect(spans(text, 'attribution')).toContain('laughed that off');
  });

  test.each([
    'The winger played the ball down the line.',
    'He walked the dog back to the house.',
    'She shrugged her coat off and sat down.',
    'The boxer hit him back.',
  ])('no cue: %s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});

describe('branding something a label after a long object', () => {
  test.each([
    'The campaign branded the decision to close three libraries and a pool "a disgrace".',
    'Residents branded the plan to build 400 homes on the meadow "madness".',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toContain('branded');
  });

  test('branded goods are no label', () => {
    expect(spans('The shop sells branded goods from three regions.', 'attribution')).toEqual([]);
  });
});
