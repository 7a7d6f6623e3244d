/**
 * Session 24's false cues and sources seen on saved news pages, each family on invented
 * sentences: a generic `one`/`few` with a modal, a thing asked about that depicts, `find` with
 * its object before it, and verbs whose object is the person addressed, which never invert.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../test-helpers';

describe('a generic `one` or `few` with a modal credits nobody', () => {
  test.each([
    ['One could argue that the merger was doomed from the start.', 'argue'],
    ['Few would dispute that the bridge needs repairs.', 'dispute'],
    ['one might say the council moved too slowly.', 'say'],
    ['Few can deny that the season was a disappointment.', 'deny'],
  ])('%s', (text, cue) => {
    expect(spans(text, 'attribution').some((s) => s.endsWith(cue))).toBe(false);
  });

  test.each([
    ['One official could argue that the rule is fair.', 'argue', 'One official'],
    ['One of the engineers said the cables were worn.', 'said', 'One of the engineers'],
    ['Few residents said they had seen the letter.', 'said', 'Few residents'],
  ])('a phrase or a plain verb keeps its cue: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('a thing asked about with `which` depicts, it reports nothing', () => {
  test.each([
    'The hard part was knowing which equations described the river.',
    'Nobody could tell which sensors revealed the leak.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['The officer was suspended, which the force described as routine.', 'described', 'the force'],
    ['It is unclear which officials described the plan as final.', 'described', 'officials'],
  ])('an actor, or `which` as an object, keeps the cue: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('`find` with its object before it and a clause of time after it', () => {
  test.each([
    'She wrote of the comfort and deep calm people find when they pray together.',
    'The bargains shoppers find if they wait are real.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((s) => s.endsWith('find'))).toEqual([]);
  });

  test.each([
    ['Researchers found when they tested the mice that the drug worked.', 'found', 'Researchers'],
    ['Inspectors found the kitchen dirty when they visited.', 'found', 'Inspectors'],
  ])('a finding keeps its cue: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('verbs whose object is the person addressed never invert', () => {
  test.each([
    ['The network disrupted markets, informed communities of the storm, and changed politics.'],
    ['The clinic cut its hours, notified patients by letter and closed in May.'],
    ['The coach dropped him, reminded players of the rules, and left.'],
  ])('the phrase after the verb is its object, no source: %s', (text) => {
    const f = spans(text, 'attribution');
    for (const cue of ['informed', 'notified', 'reminded'])
      if (f.includes(cue)) expect(sourceText(text, cue)).toBeNull();
  });

  test.each([
    ['"We will close the road," warned the mayor.', 'warned', 'the mayor'],
    ['The road will close, the council informed residents on Monday.', 'informed', 'the council'],
  ])('others still invert, and a subject before stays: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('`say` between a break and a comma offers an example', () => {
  test.each([
    'The chart tracked one or two variables — say, the speed of the wind — over a year.',
    'It could take a few years or, say, a decade.',
    'They may, say, raise prices in the spring.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });

  test.each([
    ['The fire, say officials, started at noon.', 'say', 'officials'],
    ['"It will hold," they say, though few believe it.', 'say', 'they'],
  ])('a saying keeps its cue: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('a form in -s before a plural `be` is a plural noun', () => {
  test.each([
    'Special thanks are due to the crew of the lifeboat.',
    'Heartfelt thanks were offered by the family.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution').filter((c) => c.endsWith('thanks'))).toEqual([]);
  });

  test.each([
    [
      'The museum returned objects that it now acknowledges were taken by troops.',
      'acknowledges',
      'it',
    ],
    ['The bank holds assets the regulator says were overvalued.', 'says', 'the regulator'],
  ])('a relative clause keeps the verb: %s', (text, cue, source) => {
    expect(sourceText(text, cue)).toBe(source);
  });
});
