/**
 * A side named by its role with `the` ("the opposition", "the prosecution", "the leadership")
 * speaks as one body, so stance verbs that ask for a subject who can judge report with it; the
 * same words naming an act ("opposition to the plan", "the defence of the title") do not. Every
 * sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { sourceText, spans } from '../../test-helpers';

describe('a side named by its role judges', () => {
  test.each([
    ['The opposition criticised the ruling on Tuesday.', 'criticised', 'The opposition'],
    ['The opposition welcomed the decision to reopen the inquiry.', 'welcomed', 'The opposition'],
    ["The prosecution disputed the expert's account.", 'disputed', 'The prosecution'],
    ['The defence attacked the timing of the raid.', 'attacked', 'The defence'],
    ['The party leadership condemned the remarks.', 'condemned', 'The party leadership'],
  ])('%s', (text, cue, source) => {
    expect(spans(text, 'attribution')).toContain(cue);
    expect(sourceText(text, cue)).toBe(source);
  });
});

describe('the same words naming an act or a thing', () => {
  test.each([
    'The opposition to the plan slammed into a wall of local anger.',
    'The defence of the title ended in a heavy defeat.',
    'Opposition to the scheme criticised nothing and changed nothing.',
  ])('%s', (text) => {
    expect(spans(text, 'attribution')).toEqual([]);
  });
});
