/**
 * Session 49: a bare "the mission" or "the journal" repeats an earlier mention of the same noun
 * that a name identified, though that mention was no source ("a 40-member mission of the
 * Arven Security Council ... the mission said"; "the Union's official journal ... the journal
 * said"), and a report that named source was credited in is its report ("In a short report, the
 * mission said ... the report noted"): named, as decision 15 of the labelled sets reads a definite
 * description that refers back to a named entity. Every sentence is invented.
 */
import { describe, expect, test } from 'vitest';
import { cueSource } from '../test-helpers';

const MISSION =
  'The truce is watched by a 40-member mission of the Arven Security Council. In a short report on Sunday, the mission said its observers had counted 90 blasts. Most shells came from the west, the report noted.';

describe('a repeat of a mention a name identified', () => {
  test('the mission of the named council', () => {
    expect(cueSource(MISSION, 'said')?.slice(0, 2)).toEqual(['the mission', true]);
  });

  test('the report the mission was credited in', () => {
    expect(cueSource(MISSION, 'noted')?.slice(0, 2)).toEqual(['the report', true]);
  });

  test("a named body's journal", () => {
    const text =
      "The ban covers 40 tankers, according to a list in the Union's official journal. Several are registered abroad, the journal said.";
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['the journal', true]);
  });
});

describe('a mention no name identified stays unnamed', () => {
  test('a mission the text never tied to a name', () => {
    const text =
      'A rescue mission reached the village of Orvik on Sunday. The roads were cut, the mission said.';
    expect(cueSource(text, 'said')?.slice(0, 2)).toEqual(['the mission', false]);
  });
});
