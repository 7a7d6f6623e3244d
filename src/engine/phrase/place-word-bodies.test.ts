/**
 * Session 49: a name with a place word in it (`Harbour`, `Port`) is a place unless the story
 * calls it a body in an apposition ("Bay Haven, a homelessness charity"): then it is that body,
 * and its board's minutes are its own documents (decision 127 of the labelled sets). A name
 * apposed to a kind of place stays a place. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

describe('a place-word name apposed to a body is that body', () => {
  test.each([
    [
      'Trustees at Bay Haven, a homelessness charity, split over a pay rise, according to board minutes seen by the Evening Post.',
      'according to',
      'board minutes seen by the Evening Post',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, true]);
  });
});

describe('a place-word name apposed to a place stays a place', () => {
  test.each([
    [
      'Floods hit Port Ellis, a town of 5,000, on Monday. Officials in Port Ellis said 40 homes were lost.',
      'said',
      'Officials in Port Ellis',
    ],
  ])('%s', (text, cue, source) => {
    expect(cueSource(text, cue)?.slice(0, 2)).toEqual([source, false]);
  });
});
